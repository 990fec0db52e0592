"""The training team: the coordinator's vault and one vault per accompanier, enrolled,
with bundles already exchanged, so a workshop can practise what each one receives.

The accompaniments name the accompaniers' real device ids (entitlement follows them:
docs/team.md), Carla's own notes reach the coordinator through a bundle, and Beto and
the coordinator changed the same accompaniment's status apart: a conflict waits in the
coordinator's vault. Every vault has the workshop's passphrase. The exchange folder is
removed afterwards (its bundles are encrypted, but nothing is left lying about).
"""

from __future__ import annotations

import dataclasses
import shutil
from dataclasses import dataclass
from pathlib import Path

from . import exchange, intake, team
from .context import AppContext
from .demo import ACCOMPANIERS, DEVICE_NAME, MARKER, TEAM, DemoNotEmpty, fill_demo
from .errors import ServiceError
from .session import Session
from .vaults import create_vault, open_vault, vault_exists

MEMBER_NOTES = 2  # crisis notes Carla writes in her own vault


class DemoTeamExists(ServiceError):
    code = "demo_team_exists"


@dataclass(frozen=True)
class DemoTeam:
    """What was made: the records in the coordinator's vault and each member's folder."""

    records: int
    members: dict[str, Path]
    conflict: str  # the accompaniment left in conflict


def slug(name: str) -> str:
    return name.lower().replace(" ", "-")


def default_team_dir(vault_dir: Path) -> Path:
    """Beside the coordinator's vault: "<vault>-equipo"."""
    return vault_dir.parent / f"{vault_dir.name}-equipo"


def create_demo_vault(
    ctx: AppContext, passphrase: str, seed: int = 7, team_dir: Path | None = None
) -> DemoTeam:
    """Create (or fill, if new and empty) the training vault at ctx.vault_dir and the
    team's vaults in team_dir (default: beside it). Refuses, before writing anything, a
    vault with records (DemoNotEmpty) or a member folder that already holds a vault."""
    folder = team_dir or default_team_dir(ctx.vault_dir)
    contexts = {
        name: dataclasses.replace(ctx, vault_dir=folder / slug(name)) for name in ACCOMPANIERS
    }
    if any(vault_exists(c) for c in contexts.values()):
        raise DemoTeamExists("a member's vault already exists")
    if vault_exists(ctx):
        coord = open_vault(ctx, passphrase)
        if coord.records.count()[0]:
            coord.close()
            raise DemoNotEmpty("the vault is not empty")
    else:
        coord = create_vault(ctx, passphrase, DEVICE_NAME, "coordinator", TEAM)
    members: dict[str, Session] = {}
    try:
        for name, member_ctx in contexts.items():
            members[name] = create_vault(member_ctx, passphrase, name, "accompanier")
            team.join(members[name], team.my_card(coord))
            team.add(coord, team.my_card(members[name]), "accompanier")
        ids = [m.identity.device_id for m in members.values()]
        count = fill_demo(coord, seed, ids)
        conflict = _exchange(coord, members, folder / "intercambio-de-practica")
        return DemoTeam(
            count + MEMBER_NOTES, {n: c.vault_dir for n, c in contexts.items()}, conflict
        )
    finally:
        for member in members.values():
            member.close()
        coord.close()


def _exchange(coord: Session, members: dict[str, Session], stick: Path) -> str:
    """Send each member what they may receive; Carla writes notes, Beto and the
    coordinator change one status apart; bring both back. Returns the conflicted id."""
    try:
        exchange.export(coord, stick)
        for member in members.values():
            intake.import_paths(member, [stick])
        shutil.rmtree(stick)
        beto, carla = members["Beto Ejemplo"], members["Carla Muestra"]
        beto_id = beto.identity.device_id
        shared = next(
            v
            for v in beto.list_records("accompaniment")
            if beto_id in v.state.fields.get("accompaniers", [])
        )
        coord.edit(shared.rid, {"status": "closed"})
        beto.edit(shared.rid, {"status": "paused"})
        about = next(iter(carla.list_records("subject"))).rid
        carla.add("crisis-note", [_carla_note(about, n) for n in range(MEMBER_NOTES)])
        for member in (beto, carla):
            exchange.export(member, stick)
        intake.import_paths(coord, [stick])
        return shared.rid
    finally:
        shutil.rmtree(stick, ignore_errors=True)


def _carla_note(subject: str, n: int) -> dict[str, object]:
    situations = (
        "En la visita de seguimiento contó que volvieron a rondar la casa de noche.",
        "Llamó para avisar que la citaron a declarar sin decirle por qué.",
    )
    return {
        "subject_ids": [subject],
        "occurred_at": f"2026-0{n + 3}-1{n}T18:30:00",
        "event": ("surveillance", "criminalization")[n],
        "perpetrator": ("unknown", "state_officials")[n],
        "narrative": f"{MARKER} {situations[n]} Escrito por Carla en su propio dispositivo.",
        "urgency": ("medium", "high")[n],
    }
