"""The training vault: a fictional team and about 210 fictional records for workshops.

Everything here is invented and says so: names are Spanish words for "test", "example",
"sample"; every subject alias carries "Ficticio/a"; every narrative opens with the
FICTIONAL marker. The same seed gives the same content; dates follow the context's
clock so that follow-ups are due "this week" whenever the vault is made.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from ..domain.taxonomy import (
    AccompanimentArea,
    AccompanimentStatus,
    EventType,
    FieldOfWork,
    ImpactCategory,
    Intervention,
    MourningAlteration,
    MourningLoss,
    PerpetratorType,
    Sphere,
    SubjectType,
    Urgency,
)
from .context import AppContext
from .demo_activities import ACTIVITY_COUNT, demo_activities
from .errors import ServiceError
from .session import Session
from .vaults import create_vault, open_vault, vault_exists

MARKER = "(Registro ficticio de práctica)"
TEAM = "Equipo de práctica (ficticio)"
DEVICE_NAME = "Persona de práctica (ficticia)"
ACCOMPANIERS = ("Ana Prueba", "Beto Ejemplo", "Carla Muestra", "Dani Ensayo")
COUNTS = {
    "subject": 24,
    "accompaniment": 12,
    "crisis-note": 60,
    "risk-assessment": 30,
    "impact-observation": 40,
    "follow-up": 34,
    "activity": ACTIVITY_COUNT,
}
REGIONS = (
    "Oaxaca",
    "Guerrero / Chilpancingo",
    "Chiapas",
    "Chihuahua / Ciudad Juárez",
    "Veracruz",
    "Cauca",
    "Antioquia / Medellín",
    "Chocó",
)
_SUBJECT_NAMES = {
    "person": ("Defensora Ficticia", "Periodista Ficticio", "Vocera Ficticia"),
    "collective": ("Colectivo Ficticio", "Red Ficticia"),
    "organization": ("Organización Ficticia", "Centro Ficticio"),
    "community": ("Comunidad Ficticia", "Asamblea Ficticia"),
}
_TREES = ("Ceiba", "Ahuehuete", "Guayacán", "Mezquite", "Ocote", "Sabino", "Nogal", "Roble")
_THREATS = (
    "Mensajes intimidatorios en redes sociales",
    "Vehículo sin placas frente a la oficina",
    "Llamadas anónimas por la noche",
    "Seguimiento a la salida de reuniones",
    "Señalamientos públicos de un funcionario",
)
_VULNERABILITIES = (
    "Vive lejos de la red de apoyo",
    "Rutas diarias siempre iguales",
    "Poca documentación de los incidentes",
    "Cansancio acumulado del equipo",
)
_CAPACITIES = (
    "Red de acompañamiento activa",
    "Protocolo de seguridad acordado",
    "Vínculo con medios aliados",
    "Asesoría jurídica disponible",
)
_STATES = (
    "Se observa cansancio y tensión, con momentos de llanto y de calma.",
    "Relato ordenado; expresa miedo por su familia y a la vez determinación.",
    "Dificultad para dormir desde el hecho; se muestra alerta.",
)


class DemoNotEmpty(ServiceError):
    code = "demo_not_empty"


@dataclass
class _Maker:
    rng: random.Random
    today: dt.date

    def day(self, back_from: int, back_to: int) -> dt.date:
        return self.today - dt.timedelta(days=self.rng.randint(back_from, back_to))

    def pick(self, options: tuple[Any, ...] | list[Any], k: int) -> list[Any]:
        return self.rng.sample(list(options), k)

    def subjects(self) -> list[dict[str, Any]]:
        out = []
        for i in range(COUNTS["subject"]):
            kind = list(SubjectType)[i % 4]
            base = self.rng.choice(_SUBJECT_NAMES[kind.value])
            out.append(
                {
                    "type": kind.value,
                    "alias": f"{base} {_TREES[i % len(_TREES)]} {i + 1:02d}",
                    "real_name": f"Nombre Inventado {i + 1:02d}",
                    "region": REGIONS[i % len(REGIONS)],
                    "field_of_work": [f.value for f in self.pick(list(FieldOfWork), 2)],
                    "notes": f"{MARKER} Sujeto inventado para los talleres.",
                }
            )
        return out

    def accompaniment(self, sids: list[str], i: int) -> dict[str, Any]:
        area = list(AccompanimentArea)[i % 5]
        return {
            "subject_ids": self.pick(sids, self.rng.randint(1, 3)),
            "area": area.value,
            "status": self.rng.choice(list(AccompanimentStatus)).value,
            "accompaniers": self.pick(ACCOMPANIERS, 2),
            "started_on": self.day(60, 540).isoformat(),
            "title": f"Proceso ficticio {i + 1:02d}: {area.label('es').lower()}",
            "notes": f"{MARKER} Proceso de acompañamiento inventado.",
        }

    def crisis_note(self, sids: list[str]) -> dict[str, Any]:
        event = self.rng.choice(list(EventType))
        day = self.day(0, 400)
        # Never later today: a crisis note in the future is refused (domain/save_rules.py).
        day = day - dt.timedelta(days=1) if day == self.today else day
        when = dt.datetime.combine(day, dt.time(self.rng.randint(7, 21), 0))
        return {
            "subject_ids": self.pick(sids, self.rng.randint(1, 2)),
            "occurred_at": when.isoformat(),
            "event": event.value,
            "perpetrator": self.rng.choice(list(PerpetratorType)).value,
            "narrative": (
                f"{MARKER} Relato inventado de un hecho de tipo «{event.label('es').lower()}»"
                " para practicar el registro. La persona cuenta lo ocurrido y lo que necesita."
            ),
            "state_observed": self.rng.choice(_STATES),
            "interventions": [x.value for x in self.pick(list(Intervention), 2)],
            "urgency": self.rng.choice(list(Urgency)).value,
            "agreements": "Volver a hablar en pocos días y revisar el plan de seguridad.",
        }

    def risk_assessment(self, sid: str) -> dict[str, Any]:
        """A made-up assessment threat by threat: factors linked to some threats (or to
        all), a declared threat now and then, and measures in every state."""
        threats = [
            {
                "id": f"t{n}",
                "description": d,
                "score": self.rng.randint(1, 5),
                "kind": self.rng.choice(("possible", "declared")),
                "credibility": self.rng.randint(1, 5),
            }
            for n, d in enumerate(self.pick(_THREATS, self.rng.randint(1, 3)), start=1)
        ]
        ids = [t["id"] for t in threats]

        def factors(texts: tuple[str, ...], prefix: str) -> list[dict[str, Any]]:
            return [
                {
                    "id": f"{prefix}{n}",
                    "description": d,
                    "score": self.rng.randint(1, 5),
                    # Some bear on every threat (no link), some on one or two.
                    "threats": self.pick(ids, self.rng.randint(0, min(2, len(ids)))),
                }
                for n, d in enumerate(self.pick(texts, self.rng.randint(1, 3)), start=1)
            ]

        vulnerabilities = factors(_VULNERABILITIES, "v")
        capacities = factors(_CAPACITIES, "c")
        plan = (
            ("reduce_threat", ids[0], "Denunciar las amenazas ante la red de apoyo"),
            ("reduce_vulnerability", vulnerabilities[0]["id"], "Cambiar rutas y horarios"),
            ("strengthen_capacity", capacities[0]["id"], "Avisar a la red al llegar"),
            ("reduce_vulnerability", vulnerabilities[0]["id"], "Revisar cerraduras"),
        )
        measures = [
            {
                "id": f"m{n}",
                "what": what,
                "type": kind,
                "factor": factor,
                "who": self.rng.choice(ACCOMPANIERS),
                "by": (self.today + dt.timedelta(days=self.rng.randint(-10, 30))).isoformat(),
                "state": state,
            }
            for n, ((kind, factor, what), state) in enumerate(
                zip(plan, ("pending", "in_progress", "done", "dropped"), strict=True), start=1
            )
        ]
        return {
            "subject_id": sid,
            "assessed_on": self.day(0, 500).isoformat(),
            "threats": threats,
            "vulnerabilities": vulnerabilities,
            "capacities": capacities,
            "measures": measures,
            "next_review_on": (self.today + dt.timedelta(days=self.rng.randint(7, 90))).isoformat(),
            "notes": f"{MARKER} Análisis inventado.",
        }

    def impact(self, sids: list[str]) -> dict[str, Any]:
        cats = [c.value for c in self.pick(list(ImpactCategory), self.rng.randint(1, 3))]
        mourning = ImpactCategory.MOURNING.value in cats
        return {
            "subject_ids": self.pick(sids, 1),
            "observed_on": self.day(0, 500).isoformat(),
            "sphere": self.rng.choice(list(Sphere)).value,
            "categories": cats,
            "intensity": self.rng.randint(0, 4),
            "narrative": f"{MARKER} Observación inventada de impactos para el taller.",
            "mourning_losses": [x.value for x in self.pick(list(MourningLoss), 2)]
            if mourning
            else [],
            "mourning_alterations": [x.value for x in self.pick(list(MourningAlteration), 1)]
            if mourning
            else [],
            "resistance": "Espacios colectivos de memoria y cuidado mutuo.",
        }

    def follow_up(self, rid: str, i: int) -> dict[str, Any]:
        # A third overdue, a third due this week, a third later; some already done.
        offset = (-self.rng.randint(1, 20), self.rng.randint(0, 6), self.rng.randint(8, 60))[i % 3]
        return {
            "record_id": rid,
            "due_on": (self.today + dt.timedelta(days=offset)).isoformat(),
            "description": f"{MARKER} Llamar para saber cómo sigue y revisar acuerdos.",
            "done": i % 5 == 4,
            "assignee": self.rng.choice(ACCOMPANIERS),
        }


def fill_demo(session: Session, seed: int = 7) -> int:
    """Add the fictional records to an empty vault; returns how many were added."""
    if session.records.count()[0]:
        raise DemoNotEmpty("the vault is not empty")
    today = dt.datetime.fromtimestamp(session.ctx.now_ms() / 1000, tz=dt.UTC).date()
    # Not for secrets: a seeded generator so the same seed gives the same training vault.
    make = _Maker(random.Random(seed), today)  # noqa: S311
    sids = session.add("subject", make.subjects())
    session.add("accompaniment", [make.accompaniment(sids, i) for i in range(12)])
    notes = session.add("crisis-note", [make.crisis_note(sids) for _ in range(60)])
    risks = session.add("risk-assessment", [make.risk_assessment(sids[i % 10]) for i in range(30)])
    session.add("impact-observation", [make.impact(sids) for _ in range(40)])
    targets = notes[:24] + risks[:10]
    session.add("follow-up", [make.follow_up(rid, i) for i, rid in enumerate(targets)])
    session.add("activity", demo_activities(make.rng, today, sids, MARKER))
    return sum(COUNTS.values())


def create_demo_vault(ctx: AppContext, passphrase: str, seed: int = 7) -> int:
    """Create (or fill, if new and empty) the training vault at ctx.vault_dir."""
    if vault_exists(ctx):
        session = open_vault(ctx, passphrase)
    else:
        session = create_vault(ctx, passphrase, DEVICE_NAME, "coordinator", TEAM)
    with session:
        return fill_demo(session, seed)
