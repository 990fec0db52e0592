"""Visible strings of the reports screen and its PDF, Spanish first ({key: (es, en)}).

Table titles and column headings are shared with the CSV and live in
`services/reports/texts.py`.
"""

from __future__ import annotations

from ..i18n import Texts

TEXTS: Texts = {
    "pane_name": ("Reportes", "Reports"),
    "filters": ("Filtros del reporte", "Report filters"),
    "period": ("Periodo", "Period"),
    "period_all": ("Todo", "All time"),
    "period_this_year": ("Este año", "This year"),
    "period_last_year": ("Año pasado", "Last year"),
    "period_12_months": ("Últimos 12 meses", "Last 12 months"),
    "period_custom": ("Fechas elegidas", "Chosen dates"),
    "from": ("Desde", "From"),
    "to": ("Hasta", "To"),
    "no_limit": ("sin límite", "no limit"),
    "region": ("Región", "Region"),
    "area": ("Área", "Area"),
    "dates_reversed": (
        "La fecha «Desde» es posterior a la fecha «Hasta».",
        "The From date is after the To date.",
    ),
    "apply": ("Actualizar", "Update"),
    "apply_tip": ("Calcular el reporte con estos filtros", "Compute the report with these filters"),
    "save_pdf": ("Guardar PDF…", "Save PDF…"),
    "outside_label": ("&Informe para fuera del equipo:", "Report for &outside readers:"),
    "outside_name": ("Informe para fuera del equipo", "Report for outside readers"),
    "outside_activities": (
        "Informe de actividades (para financiadoras)",
        "Activity report (for funders)",
    ),
    "outside_memory": ("Memoria (para la memoria histórica)", "Memory report (historical memory)"),
    "outside_save_pdf": ("PDF…", "PDF…"),
    "outside_save_csv": ("CSV…", "CSV…"),
    "outside_save_pdf_name": (
        "Guardar el informe para fuera del equipo en PDF",
        "Save the report for outside readers as PDF",
    ),
    "outside_save_csv_name": (
        "Guardar el informe para fuera del equipo en CSV",
        "Save the report for outside readers as CSV",
    ),
    "outside_hint": (
        "Usa el periodo de los filtros y abarca todas las regiones y áreas; sin alias ni relatos.",
        "Uses the filters' period and covers every region and area; no aliases or narratives.",
    ),
    "outside_dialog": ("Guardar el informe para fuera del equipo", "Save the outside report"),
    "file_activities": ("informe-de-actividades", "activity-report"),
    "file_memory": ("memoria", "memory-report"),
    "save_csv": ("Guardar CSV…", "Save CSV…"),
    "save_anonymised": ("Datos anonimizados…", "Anonymised data…"),
    "save_anonymised_tip": (
        "Para socios de investigación: solo conteos por periodo y lugar, sin nombres, alias"
        " ni relatos; se omiten las celdas de menos de {k} registros o de {k} sujetos.",
        "For research partners: only counts by period and place, with no names, aliases or"
        " narratives; cells of fewer than {k} records or {k} subjects are left out.",
    ),
    "pdf_dialog": ("Guardar el reporte en PDF", "Save the report as PDF"),
    "csv_dialog": ("Guardar el reporte en CSV", "Save the report as CSV"),
    "anonymised_dialog": ("Guardar el conjunto anonimizado", "Save the anonymised dataset"),
    "file_report": ("reporte", "report"),
    "file_anonymised": ("datos-anonimizados", "anonymised-data"),
    "cancel": ("Cancelar", "Cancel"),
    "working": ("Calculando el reporte…", "Computing the report…"),
    "saving": ("Guardando…", "Saving…"),
    "ready": (
        "Reporte al {day}. Los datos de cada gráfico están en la tabla de abajo.",
        "Report as of {day}. Each chart's data is in the table below it.",
    ),
    "saved": ("Guardado en {path}.", "Saved to {path}."),
    "anonymised_saved": (
        "Guardado en {path}: {cells} celdas publicadas. {suppression}",
        "Saved to {path}: {cells} cells published. {suppression}",
    ),
    "anon_by": ("por:", "by:"),
    "anon_area": ("y por:", "and by:"),
    "anon_by_name": ("Datos anonimizados por periodo", "Anonymised data by period"),
    "anon_area_name": ("Datos anonimizados por lugar", "Anonymised data by place"),
    "anon_month": ("mes", "month"),
    "anon_quarter": ("trimestre", "quarter"),
    "anon_year": ("año", "year"),
    "anon_state": ("estado", "state"),
    "anon_country": ("todo el país", "whole country"),
    "anon_suggest": (
        "Sugerido: {by} y {area} (el nivel más fino con datos).",
        "Suggested: {by} and {area} (the finest level with data).",
    ),
    "anon_suggest_none": (
        "Con tan pocos registros se suprimirían todas las celdas.",
        "With so few records every cell would be suppressed.",
    ),
    "write_failed": (
        "No se pudo guardar {path} (¿disco lleno o sin permiso?). No quedó ningún archivo a"
        " medias.",
        "Could not save {path} (disk full or no permission?). No partial file was left.",
    ),
    "out_in_vault": (
        "Los reportes no se guardan dentro de la carpeta de la bóveda.",
        "Reports are not saved inside the vault's folder.",
    ),
    "failed": (
        "No se pudo calcular el reporte. Nada cambió en la bóveda.",
        "The report could not be computed. Nothing changed in the vault.",
    ),
    "not_coordinator": (
        "Los reportes son solo para coordinación.",
        "Reports are for coordinators only.",
    ),
    "locked": ("La bóveda está cerrada.", "The vault is locked."),
    "cancelled": ("Cancelado: no se guardó nada.", "Cancelled: nothing was saved."),
    "tab_impacts": ("Impactos", "Impacts"),
    "tab_events": ("Eventos", "Events"),
    "tab_urgency": ("Crisis por mes", "Crises by month"),
    "tab_regions": ("Regiones", "Regions"),
    "tab_risk": ("Riesgo", "Risk"),
    "tab_follow_ups": ("Seguimientos", "Follow-ups"),
    "tab_plan": ("Plan de protección", "Protection plan"),
    "tab_reviews": ("Revisiones", "Reviews"),
    "tab_custom": ("Campos propios", "Custom fields"),
    "chart_hint": (
        "Gráfico. Los mismos datos están en la tabla que sigue.",
        "Chart. The same data is in the table that follows.",
    ),
    "table_name": ("Tabla: {title}", "Table: {title}"),
    "summary": ("Resumen del reporte", "Report summary"),
    "regions_chart": ("Registros por región", "Records by region"),
    "regions_chart_top": (
        "Registros por región (las {n} con más registros; todas en la tabla)",
        "Records by region (the {n} with the most records; all in the table)",
    ),
    "risk_chart_top": (
        "Nivel de riesgo por sujeto (los {n} de mayor riesgo; todos en la tabla)",
        "Risk level by subject (the {n} at highest risk; all in the table)",
    ),
    "age_short_1-7": ("1 a 7 días", "1 to 7 days"),
    "age_short_8-30": ("8 a 30 días", "8 to 30 days"),
    "age_short_31-90": ("31 a 90 días", "31 to 90 days"),
    "age_short_91+": ("Más de 90 días", "Over 90 days"),
    "no_data": ("Sin datos para estos filtros.", "No data for these filters."),
}

# Format names read the same in both languages.
SAME_IN_BOTH = {"outside_save_pdf", "outside_save_csv"}
