"""Words of the report tables, CSV and PDF, in Spanish and English ({key: (es, en)}).

The same convention as the UI catalogs (`ui/i18n.py`): the PDF and the reports screen
reuse these so that a heading reads the same everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping

TEXTS: Mapping[str, tuple[str, str]] = {
    "report_title": ("Reporte de coordinación", "Coordination report"),
    "confidential": (
        "Uso interno del equipo: contiene los alias de los sujetos. No compartir fuera.",
        "For the team's internal use: it holds the subjects' aliases. Do not share outside.",
    ),
    "generated_on": ("Fecha del reporte: {day}", "Report date: {day}"),
    "filters": ("Filtros", "Filters"),
    "period": ("Periodo", "Period"),
    "period_value": ("del {start} al {end}", "from {start} to {end}"),
    "period_all": ("todo", "all"),
    "period_from": ("desde el {start}", "from {start}"),
    "period_until": ("hasta el {end}", "until {end}"),
    "region": ("Región", "Region"),
    "all_regions": ("Todas las regiones", "All regions"),
    "area": ("Área de acompañamiento", "Accompaniment area"),
    "all_areas": ("Todas las áreas", "All areas"),
    "summary": ("Resumen", "Summary"),
    "count_crisis-note": ("Notas de crisis", "Crisis notes"),
    "count_impact-observation": ("Observaciones de impacto", "Impact observations"),
    "count_risk-assessment": ("Análisis de riesgo", "Risk assessments"),
    "count_follow-up": ("Seguimientos", "Follow-ups"),
    "total": ("Total", "Total"),
    "impacts_title": ("Impactos por categoría y ámbito", "Impacts by category and sphere"),
    "impacts_note": (
        "Una observación cuenta una vez en cada categoría que nombra.",
        "An observation counts once in each category it names.",
    ),
    "category": ("Categoría de impacto", "Impact category"),
    "events_title": ("Eventos por tipo de perpetrador", "Events by perpetrator type"),
    "custom_title": ("Campos propios del equipo", "The team's custom fields"),
    "custom_note": (
        "Cuántos registros del periodo tienen cada opción de los campos de opciones que "
        "añadió la coordinación. Un registro con varias opciones cuenta en cada una.",
        "How many records of the period hold each choice of the choice fields the "
        "coordinators added. A record with several choices counts in each.",
    ),
    "custom_field": ("Campo", "Field"),
    "custom_choice": ("Opción", "Choice"),
    "custom_records": ("Registros", "Records"),
    "event": ("Evento", "Event"),
    "urgency_title": ("Notas de crisis por mes y urgencia", "Crisis notes by month and urgency"),
    "month": ("Mes", "Month"),
    "regions_title": ("Registros por región y mes", "Records by region and month"),
    "regions_note": (
        "Un registro con sujetos de varios estados cuenta una vez en cada estado.",
        "A record about subjects in several states counts once in each state.",
    ),
    "no_region": ("Sin región", "No region"),
    "risk_title": ("Nivel de riesgo por sujeto", "Risk level by subject"),
    "risk_note": (
        "Cada análisis de riesgo del periodo, con su nivel derivado; los sujetos con el"
        " nivel más alto primero. Junto al nivel: cuántas medidas tenía el plan del análisis"
        " anterior del sujeto y cuántas están hechas.",
        "Every risk assessment in the period with its derived level; the subjects at the"
        " highest level first. Beside the level: how many measures the subject's previous"
        " analysis planned and how many are done.",
    ),
    "subject": ("Sujeto", "Subject"),
    "unknown_subject": ("Sujeto desconocido", "Unknown subject"),
    "date": ("Fecha", "Date"),
    "risk_level": ("Nivel de riesgo", "Risk level"),
    "follow_ups_title": ("Seguimientos", "Follow-ups"),
    "follow_ups_note": (
        "Abiertos, por vencer (próximos {days} días) y vencidos al {day}.",
        "Open, due (next {days} days) and overdue on {day}.",
    ),
    "status": ("Estado", "Status"),
    "count": ("Cantidad", "Count"),
    "fu_open": ("Abiertos", "Open"),
    "fu_due_soon": ("Por vencer", "Due soon"),
    "fu_overdue": ("Vencidos", "Overdue"),
    "fu_done": ("Cumplidos", "Done"),
    "age_1-7": ("Vencidos hace 1 a 7 días", "Overdue by 1 to 7 days"),
    "age_8-30": ("Vencidos hace 8 a 30 días", "Overdue by 8 to 30 days"),
    "age_31-90": ("Vencidos hace 31 a 90 días", "Overdue by 31 to 90 days"),
    "age_91+": ("Vencidos hace más de 90 días", "Overdue by more than 90 days"),
    "overdue_title": ("Seguimientos vencidos por antigüedad", "Overdue follow-ups by age"),
    "prior_measures": ("Medidas del análisis anterior", "Measures of the previous analysis"),
    "prior_done": ("Hechas", "Done"),
    "plan_title": ("Medidas del plan de protección", "Protection plan measures"),
    "plan_note": (
        "Las medidas de los análisis del periodo, por tipo y estado; vencidas: pendientes o"
        " en curso con fecha anterior al {day}.",
        "The measures of the period's assessments by type and state; overdue: pending or in"
        " progress, dated before {day}.",
    ),
    "measure_type": ("Tipo de medida", "Measure type"),
    "no_type": ("Sin tipo", "No type"),
    "plan_overdue": ("Vencidas", "Overdue"),
    "reviews_title": ("Revisiones del análisis vencidas", "Overdue reviews of the analysis"),
    "reviews_note": (
        "La fecha de revisión del último análisis de cada sujeto en el periodo, ya pasada"
        " al {day}.",
        "The review date of each subject's latest assessment in the period, passed on {day}.",
    ),
    "review_on": ("Revisar el", "Review on"),
    "days_late": ("Días de retraso", "Days late"),
    "empty": ("Sin datos para estos filtros.", "No data for these filters."),
    "page": ("Página {n}", "Page {n}"),
    # Reports for outside readers (words.py, anonymised_file.py)
    "words_period": ("del {start} al {end}", "from {start} to {end}"),
    "words_from": ("desde el {start}", "from {start}"),
    "words_until": ("hasta el {end}", "until {end}"),
    "words_all": ("todos los registros, sin límite de fechas", "every record, with no date limit"),
    "anon_title": ("Datos anonimizados", "Anonymised data"),
    "anon_organisation": ("Organización: {name}", "Organisation: {name}"),
    "anon_period": ("Periodo: {period}", "Period: {period}"),
    "anon_level": (
        "Celdas por {by} y {place}; solo conteos, sin nombres, alias, relatos ni identificadores.",
        "Cells by {by} and {place}; counts only, with no names, aliases, narratives or ids.",
    ),
    "anon_by_month": ("mes", "month"),
    "anon_by_quarter": ("trimestre", "quarter"),
    "anon_by_year": ("año", "year"),
    "anon_place_state": ("estado o departamento", "state or department"),
    "anon_place_country": ("país", "country"),
    "anon_kept": ("Celdas publicadas: {cells}.", "Cells published: {cells}."),
    "anon_suppressed": (
        "Celdas suprimidas: {total} ({records} con menos de {k} registros y {subjects} con"
        " registros de menos de {k} sujetos distintos), para que nadie pueda ser reconocido"
        " en un conteo pequeño.",
        "Cells suppressed: {total} ({records} with fewer than {k} records and {subjects} with"
        " records about fewer than {k} different subjects), so that no one can be recognised"
        " in a small count.",
    ),
    "anon_none_suppressed": (
        "Ninguna celda suprimida (umbral: {k}).",
        "No cell suppressed (threshold: {k}).",
    ),
    "anon_made": ("Elaborado el {day}.", "Made on {day}."),
}


def text(key: str, lang: str, **values: object) -> str:
    """The text `key` in lang ("en" → English, anything else → Spanish), filled in."""
    es, en = TEXTS[key]
    chosen = en if lang == "en" else es
    return chosen.format(**values) if values else chosen
