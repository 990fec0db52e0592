"""Good fictional records of every kind, shared by the domain tests."""

from typing import Any

SUBJECT_ID = "0123456789abcdef0123456789abcdef"
OTHER_ID = "fedcba9876543210fedcba9876543210"
NOTE_ID = "aaaaaaaabbbbbbbbccccccccdddddddd"


def good_records() -> dict[str, dict[str, Any]]:
    """One valid, entirely fictional record per kind (fresh dicts on every call)."""
    return {
        "subject": {
            "type": "collective",
            "alias": "Colectivo Ceiba",
            "region": "Oaxaca / Municipio Ficticio",
            "field_of_work": ["land_territory", "indigenous_rights"],
        },
        "accompaniment": {
            "subject_ids": [SUBJECT_ID],
            "area": "crisis_support",
            "status": "active",
            "started_on": "2024-02-01",
            "title": "Proceso de prueba",
        },
        "crisis-note": {
            "subject_ids": [SUBJECT_ID],
            "occurred_at": "2024-03-05T18:30:00",
            "event": "threat",
            "perpetrator": "unknown",
            "narrative": "Mensaje intimidatorio ficticio recibido por el colectivo.",
            "interventions": ["emotional_containment", "safety_planning"],
            "urgency": "high",
            "follow_up_on": "2024-03-12",
        },
        "risk-assessment": {
            "subject_id": SUBJECT_ID,
            "assessed_on": "2024-03-10",
            "threats": [
                {"description": "Llamadas anónimas", "score": 4, "who": "desconocido"},
                {"description": "Vehículo sin placas frente a la oficina", "score": 3},
            ],
            "vulnerabilities": [{"description": "Oficina sin cerradura", "score": 3}],
            "capacities": [{"description": "Red de apoyo local", "score": 2}],
            "measures": [{"what": "Cambiar cerradura", "who": "coordinación", "by": "2024-04-01"}],
        },
        "impact-observation": {
            "subject_ids": [SUBJECT_ID],
            "observed_on": "2024-03-15",
            "sphere": "organizational",
            "categories": ["fear", "stress_weariness"],
            "intensity": 3,
            "narrative": "Desgaste visible en el equipo ficticio.",
        },
        "follow-up": {
            "record_id": NOTE_ID,
            "due_on": "2024-03-20",
            "description": "Llamar para revisar acuerdos",
            "done": False,
        },
        "activity": {
            "held_on": "2024-03-22",
            "area": "organizational_strengthening",
            "type": "workshop",
            "duration_minutes": 210,
            "subject_ids": [SUBJECT_ID],
            "participants": {"women": 9, "men": 4, "other": 1, "not_said": 0, "total": 16},
            "topics": "Cuidado colectivo ficticio",
            "method": "Círculo de palabra",
            "agreements": "Reunirse de nuevo en abril",
            "evaluation": "Buena participación",
            "lessons": "Empezar con un ejercicio corporal",
        },
    }
