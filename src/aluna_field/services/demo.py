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
    ImpactCategory,
    MourningAlteration,
    MourningLoss,
    Sphere,
)
from .demo_activities import ACTIVITY_COUNT, demo_activities
from .demo_content import (
    ACCOMPANIMENT_TITLES,
    AGREEMENTS,
    CONTEXTS,
    EVENTS,
    FOLLOW_UPS,
    GROUP_FIELDS,
    GROUP_NAMES,
    IMPACTS,
    NEEDS,
    PERSON_NAMES,
    RESISTANCE,
    SPHERE_NOTES,
    STATES_OBSERVED,
)
from .demo_files import attach_examples
from .errors import ServiceError
from .session import Session

MARKER = "(Registro ficticio de práctica)"
TEAM = "Equipo de práctica (ficticio)"
DEVICE_NAME = "Persona de práctica (ficticia)"
# Text only (who does a measure, who calls back): the `accompaniers` of an accompaniment
# are device ids, the team's own (demo_team.py), so that entitlement can be practised.
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
_SOURCES = ("direct_testimony", "direct_testimony", "family", "witness", "organization", "media")
_JUSTICE = (
    "no_complaint",
    "complaint_filed",
    "under_investigation",
    "closed_without_result",
    "sentence",
)
# Events whose target is a whole community rather than one person.
_COMMUNITY_EVENTS = frozenset({"forced_displacement", "raid", "extrajudicial_execution"})
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

    def groups(self) -> list[dict[str, Any]]:
        """The collectives, organisations and communities (people join them after)."""
        return [
            {
                "type": kind,
                "alias": f"{name} {i + 1:02d}",
                "real_name": f"Nombre Inventado del Grupo {i + 1:02d}",
                "region": region,
                "field_of_work": list(GROUP_FIELDS[name]),
                "notes": f"{MARKER} Grupo inventado para los talleres.",
            }
            for i, (kind, name, region) in enumerate(GROUP_NAMES)
        ]

    def people(self, groups: list[str]) -> list[dict[str, Any]]:
        """Two people in each group, members of it and living in its region."""
        out = []
        for i in range(COUNTS["subject"] - len(groups)):
            g = i % len(groups)
            _kind, group_name, region = GROUP_NAMES[g]
            out.append(
                {
                    "type": "person",
                    "alias": f"{PERSON_NAMES[i % len(PERSON_NAMES)]} {group_name.split()[-1]}"
                    f" {len(groups) + i + 1:02d}",
                    "real_name": f"Nombre Inventado {len(groups) + i + 1:02d}",
                    "region": region,
                    "field_of_work": list(GROUP_FIELDS[group_name][:1]),
                    "member_of": [groups[g]],
                    "notes": f"{MARKER} Persona inventada para los talleres.",
                }
            )
        return out

    def accompaniment(
        self, i: int, group: str, members: list[str], team: list[str]
    ) -> dict[str, Any]:
        """A process with a group and its members, by one or two of the team's devices."""
        area = list(AccompanimentArea)[i % 5]
        who = [team[i % len(team)], team[(i + 1) % len(team)]][: 1 + i % 2]
        status = ("active", "active", "paused", "closed")[i % 4]
        return {
            "subject_ids": [group, *members[: 1 + i % 2]],
            "area": area.value,
            "status": status,
            "accompaniers": sorted(set(who)),
            "started_on": self.day(60, 540).isoformat(),
            "title": f"{ACCOMPANIMENT_TITLES[area.value]} ({i + 1:02d}, ficticio)",
            "notes": f"{MARKER} Proceso de acompañamiento inventado.",
        }

    def crisis_note(self, event: str, turn: int, subjects: list[str]) -> dict[str, Any]:
        """A note of `event` whose situation is the event's `turn`-th (round robin)."""
        spec = EVENTS[event]
        day = self.day(0, 400)
        # Never later today: a crisis note in the future is refused (domain/save_rules.py).
        day = day - dt.timedelta(days=1) if day == self.today else day
        when = dt.datetime.combine(day, dt.time(self.rng.randint(7, 21), 0))
        situation = spec.situations[turn % len(spec.situations)]
        context, need = self.rng.choice(CONTEXTS), self.rng.choice(NEEDS)
        urgency = self.rng.choice(spec.urgencies)
        return {
            "subject_ids": subjects,
            "occurred_at": when.isoformat(),
            "event": event,
            **self._who_and_justice(spec.perpetrators, turn),
            "narrative": f"{MARKER} {situation} {context} {need}",
            "state_observed": self.rng.choice(STATES_OBSERVED),
            "interventions": self._interventions(urgency),
            "urgency": urgency,
            "agreements": self.rng.choice(AGREEMENTS),
        }

    def _who_and_justice(self, known: tuple[str, ...], turn: int) -> dict[str, Any]:
        """Perpetrators that fit the event (now and then two together, as police aided by
        armed civilians), the State's role they imply, a source and a justice status."""
        who = sorted(self.rng.sample(known, 2)) if len(known) > 1 and turn % 4 == 1 else []
        who = who or [self.rng.choice(known)]
        state = any(p.startswith("state_") for p in who)
        role = ["action"] if state else []
        if state and len(who) > 1 and not all(p.startswith("state_") for p in who):
            role.append("acquiescence")
        elif not state and "unknown" not in who and self.rng.random() < 0.4:
            role = ["omission"]
        return {
            "perpetrator": who,
            "state_role": role,
            "source": self.rng.choice(_SOURCES),
            "justice_status": self.rng.choices(_JUSTICE, weights=(7, 5, 5, 2, 1))[0],
        }

    def _interventions(self, urgency: str) -> list[str]:
        base = ["emotional_containment", "grounding"] if urgency == "critical" else []
        more = self.pick(["psychoeducation", "safety_planning", "referral_legal"], 1)
        if urgency in ("high", "critical"):
            more += self.pick(["referral_shelter", "referral_medical", "safety_planning"], 1)
        return sorted(set(base + more))

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

    def impact(self, i: int, subject: str) -> dict[str, Any]:
        """An observation whose first category turns through the six, and its sentence
        through that category's three."""
        all_cats = list(IMPACTS)
        first = all_cats[i % len(all_cats)]
        others = [c for c in self.pick(all_cats, self.rng.randint(0, 2)) if c != first]
        cats = [first, *others]
        sphere = self.rng.choice(list(Sphere)).value
        seen = IMPACTS[first][(i // len(all_cats)) % len(IMPACTS[first])]
        mourning = ImpactCategory.MOURNING.value in cats
        return {
            "subject_ids": [subject],
            "observed_on": self.day(0, 500).isoformat(),
            "sphere": sphere,
            "categories": cats,
            "intensity": self.rng.randint(1, 4),
            "narrative": f"{MARKER} {seen} {SPHERE_NOTES[sphere]}",
            "mourning_losses": [x.value for x in self.pick(list(MourningLoss), 2)]
            if mourning
            else [],
            "mourning_alterations": [x.value for x in self.pick(list(MourningAlteration), 1)]
            if mourning
            else [],
            **self._resistance(),
        }

    def _resistance(self) -> dict[str, Any]:
        # Most observations name one mechanism; some two (the text says the first).
        said, code = self.rng.choice(RESISTANCE)
        codes = {code, self.rng.choice(RESISTANCE)[1]} if self.rng.random() < 0.3 else {code}
        return {"resistance": said, "resistance_mechanisms": sorted(codes)}

    def follow_up(self, rid: str, i: int) -> dict[str, Any]:
        # A third overdue, a third due this week, a third later; some already done.
        offset = (-self.rng.randint(1, 20), self.rng.randint(0, 6), self.rng.randint(8, 60))[i % 3]
        return {
            "record_id": rid,
            "due_on": (self.today + dt.timedelta(days=offset)).isoformat(),
            "description": f"{MARKER} {FOLLOW_UPS[i % len(FOLLOW_UPS)]}",
            "done": i % 5 == 4,
            "assignee": self.rng.choice(ACCOMPANIERS),
        }


def _event_order(rng: random.Random) -> list[str]:
    """Every event as often as EVENTS says, shuffled."""
    order = [event for event, spec in EVENTS.items() for _ in range(spec.notes)]
    rng.shuffle(order)
    return order


def fill_demo(session: Session, seed: int = 7, team: list[str] | None = None) -> int:
    """Add the fictional records to an empty vault; returns how many were added.

    `team`: the device ids that accompany (this device's own when None)."""
    if session.records.count()[0]:
        raise DemoNotEmpty("the vault is not empty")
    today = dt.datetime.fromtimestamp(session.ctx.now_ms() / 1000, tz=dt.UTC).date()
    # Not for secrets: a seeded generator so the same seed gives the same training vault.
    make = _Maker(random.Random(seed), today)  # noqa: S311
    team = team or [session.identity.device_id]
    groups = session.add("subject", make.groups())
    people = session.add("subject", make.people(groups))
    members = {
        g: [p for n, p in enumerate(people) if n % len(groups) == i] for i, g in enumerate(groups)
    }
    accompaniments = [
        make.accompaniment(i, groups[i % len(groups)], members[groups[i % len(groups)]], team)
        for i in range(COUNTS["accompaniment"])
    ]
    processes = session.add("accompaniment", accompaniments)
    communities = [g for g, spec in zip(groups, GROUP_NAMES, strict=True) if spec[0] == "community"]
    turns: dict[str, int] = {}
    notes_in = []
    for n, event in enumerate(_event_order(make.rng)):
        turns[event] = turns.get(event, -1) + 1
        if event in _COMMUNITY_EVENTS:
            about = [communities[n % len(communities)]]
        else:
            person = people[n % len(people)]
            group = groups[(n % len(people)) % len(groups)]
            about = [person, group] if n % 4 == 0 else [person]
        notes_in.append(make.crisis_note(event, turns[event], about))
    notes = session.add("crisis-note", notes_in)
    risk_about = [*groups[:4], *people[:6]]
    risks = session.add(
        "risk-assessment", [make.risk_assessment(risk_about[i % 10]) for i in range(30)]
    )
    everyone = [*groups, *people]
    impacts = session.add(
        "impact-observation",
        [make.impact(i, everyone[(i * 7) % len(everyone)]) for i in range(40)],
    )
    targets = notes[:20] + risks[:8] + processes[:6]
    session.add("follow-up", [make.follow_up(rid, i) for i, rid in enumerate(targets)])
    attach_examples(session, processes[0], notes[0], impacts[0])
    session.add("activity", demo_activities(make.rng, today, everyone, MARKER))
    return sum(COUNTS.values())
