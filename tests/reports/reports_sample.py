"""A small fictional vault whose report counts are known by hand (see the tests).

Every name, alias, place detail and narrative here is invented.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from aluna_field.services.context import AppContext
from aluna_field.services.session import Session
from aluna_field.services.vaults import create_vault
from support import PASSPHRASE

TODAY = dt.date(2025, 4, 1)


@dataclass
class Sample:
    subjects: dict[str, str] = field(default_factory=dict)
    records: dict[str, str] = field(default_factory=dict)
    # Every free text the vault holds, to scan exports for.
    secrets: list[str] = field(default_factory=list)


def _risk(subject: str, day: str, t: int, v: int, c: int) -> dict[str, Any]:
    return {
        "subject_id": subject,
        "assessed_on": day,
        "threats": [{"description": f"Amenaza inventada {day} {t}", "score": t}],
        "vulnerabilities": [{"description": f"Vulnerabilidad inventada {day}", "score": v}],
        "capacities": [{"description": f"Capacidad inventada {day}", "score": c}],
    }


def fill(s: Session) -> Sample:
    """Four subjects in three states, two accompaniments, and dated records around 2025."""
    out = Sample()
    subjects = [
        ("S1", "person", "Colibrí Ficticio", "Nombre Inventado Uno", "Oaxaca / Juchitán"),
        ("S2", "collective", "Colectivo Ceiba Imaginaria", None, "Guerrero"),
        ("S3", "organization", "Red Prueba Jacaranda", None, "Cauca"),
        ("S4", "community", "Comunidad Río Inventado", "Persona Imaginaria Dos", "oaxaca"),
    ]
    for key, kind, alias, name, region in subjects:
        rec: dict[str, Any] = {"type": kind, "alias": alias, "region": region}
        if name:
            rec["real_name"] = name
            out.secrets.append(name)
        rec["notes"] = f"Notas ficticias sobre {alias}"
        out.secrets += [alias, rec["notes"]]
        out.subjects[key] = s.add("subject", rec)[0]
    S = out.subjects
    amate = {
        "subject_ids": [S["S1"], S["S2"]],
        "area": "crisis_support",
        "title": "Proceso inventado Amate",
        "accompaniers": ["Acompañante Ficticia Lila"],
    }
    nogal = {
        "subject_ids": [S["S3"]],
        "area": "research_analysis",
        "title": "Proceso inventado Nogal",
    }
    s.add("accompaniment", [amate, nogal])
    out.secrets += [
        "Proceso inventado Amate",
        "Acompañante Ficticia Lila",
        "Proceso inventado Nogal",
    ]
    crises = [
        ("C1", ["S1"], "2025-01-10T09:00:00", "threat", "state_police", "high"),
        ("C2", ["S1"], "2025-01-20T18:30:00", "harassment", "organized_crime", "medium"),
        ("C3", ["S2"], "2025-02-05T12:00:00", "threat", "state_police", "critical"),
        ("C4", ["S3"], "2025-03-15T07:45:00", "surveillance", "unknown", "low"),
        ("C5", ["S1", "S3"], "2025-03-20T21:10:00", "attack", "paramilitary", "critical"),
        ("C6", ["S4"], "2024-12-31T23:00:00", "raid", "state_military", "high"),
        ("C7", ["S2"], "2025-02-10T10:00:00", "torture", "state_military", "critical"),
    ]
    for key, subs, when, event, perp, urgency in crises:
        narrative = f"Relato inventado {key}: nada de esto ocurrió, es solo una prueba"
        agreements = f"Acuerdo ficticio {key}"
        rec = {
            "subject_ids": [S[x] for x in subs],
            "occurred_at": when,
            "event": event,
            "perpetrator": perp,
            "urgency": urgency,
            "narrative": narrative,
            "agreements": agreements,
            "state_observed": f"Estado observado ficticio {key}",
        }
        out.secrets += [narrative, agreements, rec["state_observed"]]
        out.records[key] = s.add("crisis-note", rec)[0]
    s.delete(out.records["C7"])
    impacts = [
        ("I1", "S1", "2025-01-15", "individual", ["fear", "stress_weariness"]),
        ("I2", "S2", "2025-02-01", "organizational", ["fear", "breaking_of_bonds"]),
        ("I3", "S3", "2025-03-01", "social", ["stigmatization_guilt"]),
        ("I4", "S1", "2025-03-10", "family", ["mourning"]),
        ("I5", "S4", "2024-11-01", "individual", ["fear"]),
    ]
    for key, sub, day, sphere, cats in impacts:
        narrative = f"Observación inventada {key} para probar reportes"
        resistance = f"Resistencia ficticia {key}"
        rec = {
            "subject_ids": [S[sub]],
            "observed_on": day,
            "sphere": sphere,
            "categories": cats,
            "intensity": 2,
            "narrative": narrative,
            "resistance": resistance,
        }
        out.secrets += [narrative, resistance]
        out.records[key] = s.add("impact-observation", rec)[0]
    # Scores give: 3 → medium, 8 → high, 1 → low, 12.5 → critical.
    for key, sub, day, t, v, c in [
        ("R1", "S1", "2025-01-05", 3, 2, 2),
        ("R2", "S1", "2025-03-05", 4, 4, 2),
        ("R3", "S2", "2025-02-10", 1, 2, 2),
        ("R4", "S3", "2025-03-25", 5, 5, 2),
    ]:
        rec = _risk(S[sub], day, t, v, c)
        out.secrets.append(rec["threats"][0]["description"])
        out.records[key] = s.add("risk-assessment", rec)[0]
    R = out.records
    for key, target, due, done in [
        ("F1", R["C1"], "2025-03-30", False),  # 2 days late
        ("F2", R["C3"], "2025-02-15", False),  # 45 days late
        ("F3", R["I3"], "2025-04-05", False),  # due in 4 days
        ("F4", S["S4"], "2025-03-01", True),
        ("F5", R["R4"], "2025-06-01", False),
    ]:
        description = f"Tarea ficticia {key}"
        out.secrets.append(description)
        rec = {"record_id": target, "due_on": due, "description": description, "done": done}
        out.records[key] = s.add("follow-up", rec)[0]
    return out


def coordinator_vault(ctx: AppContext, role: str = "coordinator") -> Sample:
    """Create the vault in ctx, fill it and close it again."""
    with create_vault(ctx, PASSPHRASE, "Coordinación Ficticia", role, "Equipo Ficticio") as s:
        return fill(s)
