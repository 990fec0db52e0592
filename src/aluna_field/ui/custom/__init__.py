"""Formularios: the coordinators' custom fields and vocabulary codes (issue 16, item 5)."""
