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
    "save_csv": ("Guardar CSV…", "Save CSV…"),
    "save_anonymised": ("Datos anonimizados…", "Anonymised data…"),
    "save_anonymised_tip": (
        "Para socios de investigación: solo conteos por mes y estado, sin nombres, alias ni"
        " relatos; se omiten las celdas de menos de {k} registros.",
        "For research partners: only counts by month and state, with no names, aliases or"
        " narratives; cells of fewer than {k} records are left out.",
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
        "Guardado en {path}: {cells} celdas; se omitieron {suppressed} celdas de menos de"
        " {k} registros.",
        "Saved to {path}: {cells} cells; {suppressed} cells of fewer than {k} records were"
        " left out.",
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
