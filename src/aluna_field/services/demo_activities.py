"""Activities of every type for the training vault (services/demo.py calls this once).

Kept apart from demo.py on purpose: one small function, so the demo can be rewritten
around it. Fictional like everything in the training vault, and marked as such.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

# (type, area): each type of activity twice, in the area it belongs to.
_PLAN = (
    ("workshop", "education_training"),
    ("strengthening_session", "organizational_strengthening"),
    ("meeting", "crisis_support"),
    ("containment_session", "team_care"),
    ("systematization_session", "systematization"),
)
ACTIVITY_COUNT = 2 * len(_PLAN)


def demo_activities(
    rng: random.Random, today: dt.date, subject_ids: list[str], marker: str
) -> list[dict[str, Any]]:
    """ACTIVITY_COUNT fictional activities, every type twice, in the past 200 days.

    Team-care sessions name no subject (their rule); the others name one to three.
    """
    out = []
    for i in range(ACTIVITY_COUNT):
        kind, area = _PLAN[i % len(_PLAN)]
        women, men, other = rng.randint(2, 14), rng.randint(0, 9), rng.randint(0, 2)
        unsaid = rng.randint(0, 3)
        out.append(
            {
                "held_on": (today - dt.timedelta(days=rng.randint(3, 200))).isoformat(),
                "type": kind,
                "area": area,
                "duration_minutes": rng.choice((90, 120, 180, 240)),
                "subject_ids": []
                if area == "team_care"
                else rng.sample(subject_ids, rng.randint(1, 3)),
                "participants": {
                    "women": women,
                    "men": men,
                    "other": other,
                    "not_said": unsaid,
                    "total": women + men + other + unsaid + rng.randint(0, 2),
                },
                "topics": f"{marker} Cuidado colectivo, seguridad y memoria.",
                "method": "Círculo de palabra y ejercicios corporales.",
                "agreements": "Volver a reunirse en un mes.",
                "evaluation": "Participación activa; pedir más tiempo.",
                "lessons": "Abrir con un ejercicio de respiración ayuda a hablar.",
            }
        )
    return out
