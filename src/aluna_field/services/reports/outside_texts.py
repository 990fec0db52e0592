"""Words of the reports for outside readers (*Informe de actividades*, *Memoria*), in
Spanish and English ({key: (es, en)}), the convention of texts.py."""

from __future__ import annotations

from collections.abc import Mapping

TEXTS: Mapping[str, tuple[str, str]] = {
    "out_organisation": ("Organización: {name}", "Organisation: {name}"),
    "out_period": ("Periodo: {period}", "Period: {period}"),
    "out_made": ("Elaborado el {day}", "Made on {day}"),
    "out_method": ("Nota metodológica", "Method note"),
    "out_summary": ("Resumen", "Summary"),
    "out_count": ("Cantidad", "Count"),
    "out_share": ("Porcentaje", "Share"),
    "out_total": ("Total", "Total"),
    "out_area": ("Área", "Area"),
    "out_no_region": ("Sin región", "No region"),
    "out_other_place": ("Otro lugar", "Other place"),
    "out_no_data": ("Sin datos en este periodo.", "No data in this period."),
    "out_not_recorded": ("Sin registrar", "Not recorded"),
    "out_quarter": ("{year}-T{n}", "{year}-Q{n}"),
    "out_gender_women": ("Mujeres", "Women"),
    "out_gender_men": ("Hombres", "Men"),
    "out_gender_other": ("Otro", "Other"),
    "out_gender_not_said": ("No dicho", "Not said"),
    "out_small_counts": (
        "Los conteos son exactos y no se suprime ninguno: son registros de un equipo pequeño,"
        " y un conteo de 1 o 2 en un estado, un trimestre o un tipo puede bastar para que"
        " alguien reconozca a una persona o colectivo. Revisa cada tabla antes de entregar este"
        " informe y no lo publiques tal cual; para investigación usa los datos anonimizados.",
        "Counts are exact and none is suppressed: they are records of a small team, and a"
        " count of 1 or 2 in a state, a quarter or a type can be enough for someone to"
        " recognise a person or a collective. Review every table before handing this report"
        " over and do not publish it as it is; for research use the anonymised data.",
    ),
    "out_fu_on_time": ("Cumplidos a tiempo", "Met on time"),
    "out_fu_late": ("Cumplidos con retraso", "Met late"),
    "out_fu_done_unknown": ("Cumplidos (fecha desconocida)", "Met (date unknown)"),
    "out_fu_overdue": ("Pendientes y vencidos", "Open and overdue"),
    "out_fu_pending": ("Pendientes, aún en plazo", "Open, not yet due"),
    "out_sum_subjects": ("Sujetos acompañados", "Subjects accompanied"),
    "out_sum_accompaniments": ("Acompañamientos", "Accompaniments"),
    "out_sum_referred": ("Notas de crisis con canalización", "Crisis notes with a referral"),
    "out_sum_activities": ("Actividades", "Activities"),
    "out_sum_participants": ("Participantes en actividades", "Participants in activities"),
    "out_sum_fu_on_time": (
        "Seguimientos cumplidos a tiempo (de {n} con vencimiento en el periodo)",
        "Follow-ups met on time (of {n} due in the period)",
    ),
    # Informe de actividades
    "act_title": ("Informe de actividades", "Activity report"),
    "act_method": (
        "Cuenta los registros del equipo, solo por sus campos codificados: nunca nombres,"
        " alias ni relatos. Un sujeto (persona, colectivo, organización o comunidad) está"
        " acompañado cuando un acompañamiento lo nombra que empezó en el periodo, o que sigue"
        " activo o en pausa y empezó antes de que el periodo terminara; cuenta una vez en cada"
        " campo de trabajo y en cada área de sus acompañamientos. Las intervenciones y"
        " canalizaciones son las de las notas de crisis del periodo. Las sesiones de cuidado"
        " del equipo se cuentan como cuidado del equipo, sin nombrar a nadie. Un seguimiento"
        " se cumplió a tiempo cuando se marcó hecho a más tardar el día de su vencimiento"
        " (según el reloj del dispositivo que lo marcó).",
        "Counts the team's records by their coded fields only: never names, aliases or"
        " narratives. A subject (person, collective, organisation or community) is accompanied"
        " when an accompaniment names it that started in the period, or that is still active or"
        " paused and started before the period ended; it counts once in each field of work and"
        " in each area of its accompaniments. Interventions and referrals are those of the"
        " period's crisis notes. Team-care sessions count as team care, naming no one. A"
        " follow-up was met on time when it was marked done on or before its due day (by the"
        " clock of the device that marked it).",
    ),
    "act_subjects_type_title": ("Sujetos acompañados por tipo", "Subjects accompanied by type"),
    "act_subjects_type_head": ("Tipo", "Type"),
    "act_subjects_field_title": (
        "Sujetos acompañados por campo de trabajo",
        "Subjects accompanied by field of work",
    ),
    "act_subjects_field_head": ("Campo de trabajo", "Field of work"),
    "act_subjects_field_note": (
        "Un sujeto cuenta una vez en cada campo de trabajo que tiene.",
        "A subject counts once in each of its fields of work.",
    ),
    "act_subjects_region_title": (
        "Sujetos acompañados por estado o departamento",
        "Subjects accompanied by state or department",
    ),
    "act_subjects_region_head": ("Estado o departamento", "State or department"),
    "act_subjects_region_note": (
        "Solo nombres oficiales de estados y departamentos; cualquier otro lugar escrito"
        " cuenta como «Otro lugar».",
        "Official names of states and departments only; any other place typed counts as"
        " “Other place”.",
    ),
    "act_subjects_area_title": (
        "Sujetos acompañados por área de trabajo",
        "Subjects accompanied by area of work",
    ),
    "act_subjects_area_head": ("Área", "Area"),
    "act_subjects_area_note": (
        "Un sujeto cuenta una vez en cada área de sus acompañamientos.",
        "A subject counts once in each area of its accompaniments.",
    ),
    "act_accompaniments_title": (
        "Acompañamientos por área y estado",
        "Accompaniments by area and status",
    ),
    "act_accompaniments_note": (
        "El estado es el de hoy, no el del final del periodo.",
        "The status is today's, not the one at the end of the period.",
    ),
    "act_interventions_title": (
        "Intervenciones y canalizaciones",
        "Interventions and referrals",
    ),
    "act_interventions_head": ("Intervención", "Intervention"),
    "act_interventions_note": (
        "Notas de crisis del periodo que registran cada intervención.",
        "Crisis notes of the period that record each intervention.",
    ),
    "act_activities_title": (
        "Actividades y participantes por área",
        "Activities and participants by area",
    ),
    "act_activities_head": ("Actividades", "Activities"),
    "act_participants_total": ("Participantes", "Participants"),
    "act_activities_note": (
        "El total de participantes puede ser mayor que la suma por género (personas no"
        " contadas por género).",
        "The total of participants may be larger than the sum by gender (people not counted"
        " by gender).",
    ),
    "act_activity_types_title": ("Actividades por tipo", "Activities by type"),
    "act_activity_types_head": ("Tipo de actividad", "Activity type"),
    "act_follow_ups_title": ("Seguimientos", "Follow-ups"),
    "act_follow_ups_head": (
        "Seguimientos con vencimiento en el periodo",
        "Follow-ups due in the period",
    ),
    "act_follow_ups_note": (
        "Pendientes y vencidos: sin cumplir al {day}.",
        "Open and overdue: not met on {day}.",
    ),
    # Memoria
    "mem_title": ("Memoria", "Memory report"),
    "mem_method": (
        "Cuenta las notas de crisis (eventos) y las observaciones de impacto del periodo del"
        " equipo, solo por sus campos codificados: nunca nombres, alias ni relatos. Un evento"
        " cuenta una vez en cada estado o departamento de los sujetos a los que afectó; una"
        " observación, una vez en cada categoría y en cada mecanismo de resistencia que nombra.",
        "Counts the team's crisis notes (events) and impact observations of the period by"
        " their coded fields only: never names, aliases or narratives. An event counts once in"
        " each state or department of the subjects it affected; an observation once in each"
        " category and each mechanism of resistance it names.",
    ),
    "mem_method_perpetrators": (
        "Un evento con varios perpetradores cuenta una vez bajo cada uno: la suma por"
        " perpetrador es mayor que el número de eventos, que da la última columna.",
        "An event with several perpetrators counts once under each of them: the sum by"
        " perpetrator is larger than the number of events, given in the last column.",
    ),
    "mem_method_impunity": (
        "Impunidad: la parte de los eventos con situación de justicia registrada que está sin"
        " denuncia, con denuncia presentada, en investigación o cerrada sin resultado, es decir,"
        " todos menos los que tienen sentencia. Los eventos sin situación registrada quedan"
        " fuera del porcentaje.",
        "Impunity: the share of events with a recorded justice status that have no complaint,"
        " a complaint filed, are under investigation or were closed without result, that is,"
        " all but those with a sentence. Events with no recorded status are left out of the"
        " share.",
    ),
    "mem_sum_events": ("Eventos (notas de crisis)", "Events (crisis notes)"),
    "mem_sum_observations": ("Observaciones de impacto", "Impact observations"),
    "mem_sum_impunity": ("Impunidad", "Impunity"),
    "mem_impunity": ("{share} % ({n} de {of} eventos)", "{share} % ({n} of {of} events)"),
    "mem_impunity_none": (
        "sin situación de justicia registrada",
        "no justice status recorded",
    ),
    "mem_event": ("Tipo de evento", "Event type"),
    "mem_events": ("Eventos", "Events"),
    "mem_perpetrator": ("Perpetrador", "Perpetrator"),
    "mem_region": ("Estado o departamento", "State or department"),
    "mem_events_perpetrators_title": (
        "Eventos por tipo y perpetrador",
        "Events by type and perpetrator",
    ),
    "mem_events_perpetrators_note": (
        "Un evento con varios perpetradores cuenta bajo cada uno; «Eventos» cuenta cada evento"
        " una vez.",
        "An event with several perpetrators counts under each; “Events” counts each event once.",
    ),
    "mem_events_time_title": ("Eventos por tipo en el tiempo", "Events by type over time"),
    "mem_perpetrators_time_title": (
        "Eventos por perpetrador en el tiempo",
        "Events by perpetrator over time",
    ),
    "mem_perpetrators_time_note": (
        "Un evento con varios perpetradores cuenta bajo cada uno.",
        "An event with several perpetrators counts under each.",
    ),
    "mem_regions_time_title": (
        "Eventos por estado o departamento en el tiempo",
        "Events by state or department over time",
    ),
    "mem_regions_time_note": (
        "Un evento cuenta una vez en cada estado de los sujetos afectados; solo nombres oficiales.",
        "An event counts once in each state of the subjects affected; official names only.",
    ),
    "mem_state_role_title": ("Papel del Estado", "The State's role"),
    "mem_state_role": ("Papel", "Role"),
    "mem_no_role": ("Sin papel del Estado registrado", "No State role recorded"),
    "mem_state_role_note": (
        "Un evento cuenta una vez en cada papel; porcentaje de todos los eventos.",
        "An event counts once in each role; share of all events.",
    ),
    "mem_justice_title": ("Situación de justicia", "Justice status"),
    "mem_justice": ("Situación", "Status"),
    "mem_justice_note": ("Porcentaje de todos los eventos.", "Share of all events."),
    "mem_spheres_title": ("Observaciones de impacto por ámbito", "Impact observations by sphere"),
    "mem_sphere": ("Ámbito", "Sphere"),
    "mem_impacts_title": ("Impactos por categoría y ámbito", "Impacts by category and sphere"),
    "mem_category": ("Categoría", "Category"),
    "mem_impacts_note": (
        "Una observación cuenta una vez en cada categoría que nombra.",
        "An observation counts once in each category it names.",
    ),
    "mem_resistance_title": ("Mecanismos de resistencia", "Mechanisms of resistance"),
    "mem_mechanism": ("Mecanismo", "Mechanism"),
    "mem_resistance_note": (
        "Observaciones que nombran cada mecanismo codificado (el texto libre no se cuenta);"
        " porcentaje de todas las observaciones.",
        "Observations naming each coded mechanism (free text is not counted); share of all"
        " observations.",
    ),
}


def text(key: str, lang: str, **values: object) -> str:
    """The text `key` in lang ("en" → English, anything else → Spanish), filled in."""
    es, en = TEXTS[key]
    chosen = en if lang == "en" else es
    return chosen.format(**values) if values else chosen
