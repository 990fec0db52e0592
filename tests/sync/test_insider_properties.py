"""Property: nothing a revoked or non-coordinator device does changes what an honest
coordinator shows (issue 13), over random sequences of legitimate and malicious bundles
on three real vaults.

The team: C, an honest coordinator; A, a member whose software is hostile (it writes
with its own keys and the project's own bundle writer) and who may be revoked; B, an
honest accompanier who may relay what A hands it before the revocation reaches it.
"""

from __future__ import annotations

import secrets
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from teamkit import SUBJECT, Team, craft, make_team, rehash, send, signed_ops
from test_insider import new_root

from aluna_field.domain.kinds import RecordInvalid, derived_fields, validate_record
from aluna_field.services import exchange, intake
from aluna_field.services import team as team_service
from aluna_field.services.session import Session
from aluna_field.store import oplog
from aluna_field.store.hlc import Hlc
from aluna_field.store.materialise import materialise
from aluna_field.store.ops import Op, make_op
from aluna_field.store.records import set_fields_of
from aluna_field.sync import team_store
from aluna_field.sync.roster import make_entry
from support import FakeClock

STEPS = (
    "a_legit",
    "b_legit",
    "c_out",
    "forged_seq",
    "collide",
    "empty_root",
    "junk_roster",
    "forged_redact",
    "forged_level",
    "self_widen",
    "revoke",
    "via_b",
)


class World:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.clock = FakeClock()
        self.team: Team = make_team(root, self.clock)
        self.revoked = False
        self.a_changesets_at_revocation = 0
        self.wall = 1_790_000_500_000
        t = self.team
        send(t.c, [t.a1, t.a2], root)
        c = t.c
        self.hidden = c.add(
            "subject",
            {
                "type": "collective",
                "alias": "Colectivo Ficticio Reservado",
                "real_name": "Nombre Real Ficticio",
                "region": "Guerrero",
            },
        )[0]
        self.person = c.add(
            "subject",
            {
                "type": "person",
                "alias": "Persona Ficticia",
                "region": "Guerrero",
                "member_of": [self.hidden],
            },
        )[0]
        self.target = c.add("subject", {**SUBJECT, "alias": "Alias Ficticio de C"})[0]
        c.add(
            "accompaniment",
            {
                "subject_ids": [self.person],
                "area": "crisis_support",
                "status": "active",
                "accompaniers": [t.a1.identity.device_id, t.a2.identity.device_id],
            },
        )
        self._deliver(c, [t.a1, t.a2])

    # -- moving bundles ------------------------------------------------------------------
    def _file(self, data: bytes) -> Path:
        folder = self.root / f"in-{secrets.token_hex(4)}"
        folder.mkdir()
        path = folder / f"{secrets.token_hex(12)}.afb"
        path.write_bytes(data)
        return path

    def _deliver(self, sender: Session, receivers: list[Session]) -> None:
        folder = self.root / f"usb-{secrets.token_hex(4)}"
        exchange.export(sender, folder)
        for r in receivers:
            intake.import_paths(r, [folder])

    def _to_c(self, data: bytes) -> None:
        intake.import_paths(self.team.c, [self._file(data)])

    def _op(self, kind: str, values: dict[str, object], rid: str | None = None) -> Op:
        self.wall += 1000
        a = self.team.a1.identity.device_id
        if rid is None:
            return new_root(a, kind, values, self.wall)
        # A root naming someone else's id: written as an edit (make_op derives ids only
        # for records it creates) and rehashed without parents, as hostile software would.
        edit = make_op(
            rid=rid,
            kind=kind,
            author=a,
            hlc=Hlc(0, 0),
            parents=["0" * 64],
            op_type="put",
            values=values,
        )
        return rehash(edit, parents=[])

    def _from_a(self, ops: list[Op], bundle_seq: int = 7, cs_seq: int = 1) -> bytes:
        t = self.team
        return craft(t.a1, [t.c.identity.public], signed_ops(t.a1, ops, seq=cs_seq), bundle_seq)

    # -- steps ---------------------------------------------------------------------------
    def step(self, name: str) -> None:
        t = self.team
        a, b, c = t.a1, t.a2, t.c
        if name == "a_legit":
            a.add("subject", {**SUBJECT, "alias": f"Alias Ficticio {secrets.token_hex(2)}"})
            self._deliver(a, [c])
        elif name == "b_legit":
            b.add(
                "follow-up",
                {"record_id": self.person, "due_on": "2026-12-20", "description": "Llamar"},
            )
            self._deliver(b, [c])
        elif name == "c_out":
            self._deliver(c, [b] if self.revoked else [a, b])
        elif name == "forged_seq":
            op = self._op("subject", {**SUBJECT, "alias": "Alias Ficticio Tardio"})
            self._to_c(self._from_a([op], bundle_seq=2**53 - 2, cs_seq=2**40))
        elif name == "collide":
            op = self._op(
                "follow-up",
                {"record_id": self.person, "due_on": "2026-12-20", "description": "Tomar"},
                rid=self.target,
            )
            self._to_c(self._from_a([op], cs_seq=3))
        elif name == "empty_root":
            self._to_c(self._from_a([self._op("subject", {}, rid=self.target)], cs_seq=4))
        elif name == "junk_roster":
            heads = team_store.load_state(a.conn).heads
            entries = []
            for i in range(5):
                e = make_entry(
                    a.identity,
                    heads,
                    self.wall + i,
                    "role",
                    device_id=a.identity.device_id,
                    role="coordinator",
                )
                entries.append(e)
                heads = [e.hash]
            team_store.store_entries(a.conn, entries)
            self._to_c(craft(a, [c.identity.public], []))
        elif name == "forged_redact":
            op = make_op(
                rid=self.target,
                kind="subject",
                author=a.identity.device_id,
                hlc=Hlc(1, 0),
                parents=c.show(self.target).state.heads,
                op_type="redact",
                target_field=None,
            )
            self._to_c(self._from_a([op], cs_seq=5))
        elif name == "forged_level":
            values = {
                "subject_id": self.person,
                "assessed_on": "2026-11-30",
                "threats": [{"description": "Amenaza ficticia", "score": 5}],
                "vulnerabilities": [{"description": "Vulnerabilidad ficticia", "score": 5}],
                "capacities": [{"description": "Capacidad ficticia", "score": 1}],
                "risk_level": "low",
            }
            self._to_c(self._from_a([self._op("risk-assessment", values)], cs_seq=6))
        elif name == "self_widen":
            if not self.revoked:
                read = a.show(self.person).state.fields["member_of"][0]
                a.add(
                    "follow-up", {"record_id": read, "due_on": "2026-12-21", "description": "Ver"}
                )
                self._deliver(a, [c])
        elif name == "revoke":
            if not self.revoked:
                team_service.revoke(c, a.identity.device_id)
                self.revoked = True
                self.a_changesets_at_revocation = _changesets_of(c, a)
        elif name == "via_b":
            op = self._op("subject", {**SUBJECT, "alias": "Alias Ficticio por B"})
            data = craft(a, [b.identity.public], signed_ops(a, [op], seq=1))
            intake.import_paths(b, [self._file(data)])
            self._deliver(b, [c])

    # -- what must hold ------------------------------------------------------------------
    def check(self) -> None:
        t = self.team
        a, b, c = t.a1, t.a2, t.c
        a_id = a.identity.device_id
        rows = c.conn.execute("SELECT rid, author FROM records").fetchall()
        for rid, author in rows:
            shown = c.show(str(rid)).state
            if str(author) != a_id:
                honest = [op for op in oplog.ops_for(c.conn, str(rid)) if op.author != a_id]
                expected = materialise(honest, set_fields_of(honest[0].kind))
                assert (shown.kind, shown.author, shown.created_ms, shown.deleted) == (
                    expected.kind,
                    expected.author,
                    expected.created_ms,
                    expected.deleted,
                )
                inputs = {k: v for k, v in shown.fields.items() if k != "risk_level"}
                assert inputs == expected.fields
            if shown.kind == "risk-assessment":
                _assert_level_is_computed(shown.fields)
        target = c.show(self.target).state
        assert target.kind == "subject" and target.author == c.identity.device_id
        assert target.fields.get("alias") == "Alias Ficticio de C"
        assert all(e.signer == c.identity.device_id for e in team_store.load_entries(c.conn))
        roster = team_store.load_state(c.conn)
        assert set(roster.members) == {c.identity.device_id, a_id, b.identity.device_id}
        assert roster.is_coordinator(c.identity.device_id)
        assert not roster.is_coordinator(a_id)
        if self.revoked:
            assert _changesets_of(c, a) == self.a_changesets_at_revocation
        for member in (a, b):
            held = member.conn.execute(
                "SELECT 1 FROM records WHERE rid = ?", (self.hidden,)
            ).fetchone()
            assert held is None


def _changesets_of(holder: Session, author: Session) -> int:
    row = holder.conn.execute(
        "SELECT count(*) FROM changesets WHERE author = ?", (author.identity.device_id,)
    ).fetchone()
    return int(row[0])


def _assert_level_is_computed(fields: dict[str, object]) -> None:
    # Every derived field (the level, its rule, the per-threat levels) is left out.
    derived = (*derived_fields("risk-assessment"), "attachments")
    inputs = {k: v for k, v in fields.items() if k not in derived}
    try:
        expected = validate_record("risk-assessment", inputs).get("risk_level")
    except RecordInvalid:
        expected = None
    assert fields.get("risk_level") == expected


@settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(steps=st.lists(st.sampled_from(STEPS), min_size=1, max_size=10))
def test_no_insider_sequence_changes_what_the_honest_coordinator_shows(steps: list[str]) -> None:
    with tempfile.TemporaryDirectory(prefix="aluna-insider-") as tmp:
        world = World(Path(tmp))
        try:
            for name in steps:
                world.step(name)
                world.check()
        finally:
            world.team.close()
