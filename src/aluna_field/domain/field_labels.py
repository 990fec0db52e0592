"""Spanish and English labels of every record field, including nested parts.

Use `kinds.field_label`; this module only holds the tables. Keys are field names, or
"list.field" for the fields of list items ("threats.score").
"""

from __future__ import annotations

from collections.abc import Mapping

from aluna_field.domain.coded import Label

# Fields spelled alike in several kinds share a label unless the kind overrides it.
COMMON: Mapping[str, Label] = {
    "subject_ids": ("Sujetos", "Subjects"),
    "notes": ("Notas", "Notes"),
    "narrative": ("Qué pasó", "What happened"),
}

BY_KIND: Mapping[str, Mapping[str, Label]] = {
    "subject": {
        "type": ("Tipo de sujeto", "Subject type"),
        "alias": ("Seudónimo o código", "Alias or code"),
        "real_name": ("Nombre real", "Real name"),
        "region": ("Región (estado / municipio)", "Region (state / municipality)"),
        "field_of_work": ("Campo de trabajo", "Field of work"),
        "member_of": ("Integrante de", "Member of"),
    },
    "accompaniment": {
        "area": ("Área de trabajo", "Area of work"),
        "status": ("Estado del proceso", "Status"),
        "accompaniers": ("Acompañantes", "Accompaniers"),
        "started_on": ("Fecha de inicio", "Start date"),
        "title": ("Título", "Title"),
    },
    "crisis-note": {
        "occurred_at": ("Fecha y hora del hecho", "When it happened"),
        "event": ("Hecho", "Event"),
        "perpetrator": ("Presuntos perpetradores", "Presumed perpetrators"),
        "state_role": ("Papel del Estado", "The State's role"),
        "source": ("Fuente de la información", "Source of the information"),
        "justice_status": ("Situación ante la justicia", "Justice status"),
        "state_observed": ("Estado observado", "State observed"),
        "interventions": ("Intervenciones realizadas", "Interventions made"),
        "urgency": ("Urgencia", "Urgency"),
        "agreements": ("Acuerdos", "Agreements"),
        "follow_up_on": ("Fecha de seguimiento", "Follow-up date"),
    },
    "risk-assessment": {
        "subject_id": ("Sujeto", "Subject"),
        "assessed_on": ("Fecha del análisis", "Assessment date"),
        "threats": ("Amenazas", "Threats"),
        "threats.id": ("Identificador", "Id"),
        "threats.description": ("Amenaza", "Threat"),
        "threats.kind": ("Tipo de amenaza", "Kind of threat"),
        "threats.score": ("Puntuación (1-5)", "Score (1-5)"),
        "threats.perpetrators": ("Perpetradores", "Perpetrators"),
        "threats.who": ("Quién", "Who"),
        "threats.when": ("Cuándo", "When"),
        "threats.source": ("Fuente", "Source"),
        "threats.credibility": ("Credibilidad (1-5)", "Credibility (1-5)"),
        "threats.credibility_note": ("Por qué es creíble", "Why it is credible"),
        "threats.pattern": ("Repite un patrón", "Repeats a pattern"),
        "vulnerabilities": ("Vulnerabilidades", "Vulnerabilities"),
        "vulnerabilities.id": ("Identificador", "Id"),
        "vulnerabilities.description": ("Vulnerabilidad", "Vulnerability"),
        "vulnerabilities.score": ("Puntuación (1-5)", "Score (1-5)"),
        "vulnerabilities.threats": ("Amenazas a las que afecta", "Threats it bears on"),
        "capacities": ("Capacidades", "Capacities"),
        "capacities.id": ("Identificador", "Id"),
        "capacities.description": ("Capacidad", "Capacity"),
        "capacities.score": ("Puntuación (1-5)", "Score (1-5)"),
        "capacities.threats": ("Amenazas a las que afecta", "Threats it bears on"),
        "measures": ("Plan de protección", "Protection plan"),
        "measures.id": ("Identificador", "Id"),
        "measures.what": ("Medida", "Measure"),
        "measures.type": ("Tipo de medida", "Type of measure"),
        "measures.factor": ("Factor que atiende", "Factor addressed"),
        "measures.who": ("Responsable", "Who"),
        "measures.by": ("Fecha límite", "By when"),
        "measures.state": ("Estado", "State"),
        "measures.notes": ("Notas", "Notes"),
        "next_review_on": ("Próxima revisión", "Next review"),
        "risk_level": ("Nivel de riesgo", "Risk level"),
        "risk_rule": ("Regla del nivel", "Level rule"),
        "risk_threat": ("Amenaza más grave", "Most serious threat"),
        "threat_levels": ("Nivel por amenaza", "Level per threat"),
    },
    "impact-observation": {
        "observed_on": ("Fecha de observación", "Observation date"),
        "sphere": ("Ámbito", "Sphere"),
        "categories": ("Categorías de impacto", "Impact categories"),
        "intensity": ("Intensidad (0-4)", "Intensity (0-4)"),
        "narrative": ("Narrativa", "Narrative"),
        "mourning_losses": ("Pérdidas (duelo)", "Losses (mourning)"),
        "mourning_alterations": ("Qué altera el duelo", "What alters the mourning"),
        "resistance_mechanisms": ("Mecanismos de resistencia", "Resistance mechanisms"),
        "resistance": (
            "Mecanismos de afrontamiento y resistencia",
            "Confrontation and resistance mechanisms",
        ),
    },
    "activity": {
        "held_on": ("Fecha", "Date"),
        "type": ("Tipo de actividad", "Type of activity"),
        "area": ("Área de trabajo", "Area of work"),
        "duration_minutes": ("Duración (minutos)", "Duration (minutes)"),
        "subject_ids": ("Sujetos y organizaciones", "Subjects and organizations"),
        "facilitators": ("Facilitan (equipo)", "Facilitators (team)"),
        "participants": ("Participantes", "Participants"),
        "participants.women": ("Mujeres", "Women"),
        "participants.men": ("Hombres", "Men"),
        "participants.other": ("Otra identidad", "Other"),
        "participants.not_said": ("Sin dato", "Not said"),
        "participants.total": ("Total de participantes", "Total participants"),
        "topics": ("Temas", "Topics"),
        "method": ("Metodología", "Method"),
        "agreements": ("Acuerdos", "What was agreed"),
        "evaluation": ("Evaluación", "Evaluation"),
        "lessons": ("Aprendizajes", "Lessons learned"),
        "follow_up_on": ("Fecha de seguimiento", "Follow-up date"),
    },
    "follow-up": {
        "record_id": ("Registro", "Record"),
        "due_on": ("Fecha límite", "Due date"),
        "description": ("Qué hacer", "What to do"),
        "done": ("Realizado", "Done"),
        "assignee": ("Responsable", "Assignee"),
    },
}


def lookup(kind: str, field: str) -> Label | None:
    """The label (a marked msgid) of `field` in `kind`, or None if there is none."""
    return BY_KIND.get(kind, {}).get(field) or COMMON.get(field)
