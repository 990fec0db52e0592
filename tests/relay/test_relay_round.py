"""Rounds between real vaults through a real wsgidav server: delivery, acks, refusals."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from davserver import DavServer
from relaykit import FAST, round_trip, target_for
from teamkit import SUBJECT, Team, make_team, note, send, vault_digest

from aluna_field.domain.failures import Failure
from aluna_field.services import relay
from aluna_field.services import team as team_service
from aluna_field.services.messages import describe
from aluna_field.sync.relay import names
from aluna_field.sync.relay.state import load_state
from support import FakeClock


def _texts(session) -> set[str]:
    return {str(v.state.fields.get("narrative")) for v in session.list_records("crisis-note")}


def _finals(dav: DavServer) -> list[Path]:
    return [p for p in dav.files() if names.is_final(p.name)]


def test_two_vaults_exchange_records_and_the_relay_empties(team: Team, dav: DavServer) -> None:
    c, a1 = team.c, team.a1
    url = dav.url()
    first = round_trip(c, url)  # the roster for a1 (and a2) goes up
    assert first.error is None and len(first.sent) == 2
    got = round_trip(a1, url)
    assert got.error is None and [o.status for o in got.received] == ["imported"]
    assert got.skipped == 1  # the coordinator's bundle for a2
    sid = a1.add("subject", SUBJECT)[0]
    a1.add("crisis-note", note(sid, "Nota ficticia por el relevo"))
    sent = round_trip(a1, url)
    assert len(sent.sent) == 1 and sent.sent[0].ops == 2 and sent.pending_out == 1
    pulled = round_trip(c, url)
    assert "Nota ficticia por el relevo" in _texts(c)
    assert [o.status for o in pulled.received] == ["imported"]
    # a1 learns from the coordinator's answer that its note arrived, and deletes its file.
    done = round_trip(a1, url)
    assert done.deleted == 1 and done.pending_out == 0 and not done.sent
    for s in (c, a1):
        quiet = round_trip(s, url)
        assert quiet.error is None and not quiet.sent and not quiet.received
    own = {n for s in (c, a1, team.a2) for n in load_state(s.conn, target_for(url).url).pushed}
    assert {p.name for p in _finals(dav)} <= own  # nothing on the relay that no one owns


def test_the_relay_holds_nothing_readable(team: Team, dav: DavServer) -> None:
    c, a1 = team.c, team.a1
    round_trip(c, dav.url())
    round_trip(a1, dav.url())
    sid = a1.add("subject", {**SUBJECT, "alias": "MARCA-RELEVO-7731"})[0]
    a1.add("crisis-note", note(sid, "Texto MARCA-RELEVO-7731"))
    round_trip(a1, dav.url())
    stored = dav.files()
    assert stored
    needles = [b"MARCA-RELEVO-7731", b"Persona A1", b"Equipo Ficticio", a1.identity.device_id]
    for p in stored:
        data = p.read_bytes()
        assert not any(n.encode() in data if isinstance(n, str) else n in data for n in needles), (
            p.name
        )
        assert names.is_final(p.name)
    headers = " ".join(f"{m} {path} {r}" for m, path, r in dav.switches.requests)
    assert a1.identity.device_id not in headers and "Persona" not in headers


def test_strangers_files_are_skipped_and_counted(
    team: Team, dav: DavServer, tmp_path: Path, clock: FakeClock
) -> None:
    c, a1 = team.c, team.a1
    round_trip(c, dav.url())
    # Another team's coordinator writes a bundle for its own member into our folder.
    other = make_team(tmp_path / "other", clock)
    foreign = send(other.c, [], tmp_path / "other", [other.a1.identity.device_id])[0]
    other.close()
    dav.relay_dir.mkdir(parents=True, exist_ok=True)
    (dav.relay_dir / names.new_final()).write_bytes(foreign.read_bytes())
    (dav.relay_dir / names.new_final()).write_bytes(os.urandom(5000))
    (dav.relay_dir / names.new_final()).write_bytes(b"")
    (dav.relay_dir / "basura.bin").write_bytes(os.urandom(5000))
    (dav.relay_dir / "carpeta").mkdir()
    report = round_trip(a1, dav.url())
    assert report.error is None and report.failure is None
    assert [o.status for o in report.received] == ["imported"]
    assert report.skipped == 5  # four strangers' files and the bundle for a2
    again = round_trip(a1, dav.url())
    assert again.skipped == 5 and not again.received
    gets = [m for m, _p, _r in dav.switches.requests if m == "GET"]
    assert len(gets) <= 8  # headers read once, never again


def test_wrong_password_pulls_nothing(team: Team, dav: DavServer) -> None:
    c, a1 = team.c, team.a1
    round_trip(c, dav.url())
    before = vault_digest(a1)
    report = relay.run_round(a1, target_for(dav.url(), password="contraseña-mala"), FAST)
    assert report.error is not None and report.failure == Failure.RELAY_AUTH
    assert not report.received and not report.sent
    assert vault_digest(a1) == before
    assert "contraseña-mala" not in describe(report.error, "es")


def test_unreachable_relay_ends_offline_and_loses_nothing(team: Team, dav: DavServer) -> None:
    c, a1 = team.c, team.a1
    round_trip(c, dav.url())
    round_trip(a1, dav.url())
    sid = a1.add("subject", SUBJECT)[0]
    a1.add("crisis-note", note(sid, "Nota ficticia sin red"))
    dead = f"http://127.0.0.1:{_free_port()}/{dav.prefix}relay/"
    report = round_trip(a1, dead)
    assert report.failure == Failure.RELAY_OFFLINE and report.retries == 0
    round_trip(a1, dav.url())
    round_trip(c, dav.url())
    assert "Nota ficticia sin red" in _texts(c)


def _free_port() -> int:
    import socket

    with socket.create_server(("127.0.0.1", 0)) as s:
        return int(s.getsockname()[1])


def test_full_relay_stops_the_push_and_a_later_round_sends(team: Team, dav: DavServer) -> None:
    c, a1 = team.c, team.a1
    round_trip(c, dav.url())
    round_trip(a1, dav.url())
    sid = a1.add("subject", SUBJECT)[0]
    a1.add("crisis-note", note(sid, "Nota ficticia con relevo lleno"))
    before = _finals(dav)
    dav.switches.quota_bytes = 1
    full = round_trip(a1, dav.url())
    assert full.failure == Failure.RELAY_FULL and not full.sent
    assert _finals(dav) == before
    dav.switches.quota_bytes = None
    later = round_trip(a1, dav.url())
    assert later.error is None and len(later.sent) == 1
    round_trip(c, dav.url())
    assert "Nota ficticia con relevo lleno" in _texts(c)


def test_a_refused_bundle_for_us_is_reported_once(team: Team, dav: DavServer) -> None:
    c, a1 = team.c, team.a1
    round_trip(c, dav.url())
    round_trip(a1, dav.url())
    sid = a1.add("subject", SUBJECT)[0]
    a1.add("crisis-note", note(sid, "Nota ficticia alterada"))
    round_trip(a1, dav.url())
    mine = load_state(a1.conn, target_for(dav.url()).url).pushed
    path = dav.relay_dir / next(iter(mine))
    data = bytearray(path.read_bytes())
    data[-100] ^= 1  # past the header: only the full read finds it
    path.write_bytes(bytes(data))
    before = vault_digest(c)
    report = round_trip(c, dav.url())
    assert report.failure == Failure.BUNDLE and [o.reason.key for o in report.refused] == [
        "bundle_tampered"
    ]
    assert "Nota ficticia alterada" not in _texts(c)
    again = round_trip(c, dav.url())
    assert again.failure is None and not again.received
    assert vault_digest(c) != before  # the relay state was saved; the records were not
    assert "Nota ficticia alterada" not in _texts(c)


def test_revoked_recipient_needs_nothing_and_files_go(team: Team, dav: DavServer) -> None:
    c, a2 = team.c, team.a2
    round_trip(c, dav.url())
    c.add("subject", SUBJECT)
    round_trip(c, dav.url())  # superseding files for a1 and a2 (they never pulled)
    assert len(_finals(dav)) == 2
    team_service.revoke(c, a2.identity.device_id)
    report = round_trip(c, dav.url())
    assert report.deleted >= 1
    remaining = load_state(c.conn, target_for(dav.url()).url).pushed.values()
    assert all(a2.identity.device_id not in p.to for p in remaining)


def test_an_upload_cut_short_leaves_no_bundle_and_is_cleaned(
    team: Team, dav: DavServer, proxy
) -> None:
    from faultproxy import Fault

    c, a1 = team.c, team.a1
    round_trip(c, dav.url())
    round_trip(a1, dav.url())
    sid = a1.add("subject", SUBJECT)[0]
    a1.add("crisis-note", note(sid, "Nota ficticia cortada"))
    before = {p.name for p in _finals(dav)}
    proxy.plan = lambda n: Fault(up_after=3000)  # every PUT body is cut
    cut = relay.run_round(a1, target_for(proxy.url(dav.prefix)), replace(FAST, attempts=2))
    assert cut.failure == Failure.RELAY_OFFLINE and not cut.sent
    assert {p.name for p in _finals(dav)} == before
    proxy.plan = lambda n: Fault()
    ok = round_trip(a1, proxy.url(dav.prefix))
    assert len(ok.sent) == 1
    assert not [p for p in dav.files() if names.is_temp(p.name)]
    round_trip(c, dav.url())
    assert "Nota ficticia cortada" in _texts(c)


def test_the_vault_is_never_held_across_a_network_transfer(team: Team, dav: DavServer) -> None:
    """In the app a slow relay must not keep a save or a lock waiting for the vault."""
    import threading

    vault_lock = threading.Lock()
    held_during: list[str] = []

    def call(fn):  # type: ignore[no-untyped-def]
        with vault_lock:
            return fn(team.a1)

    def on_request(method: str) -> None:
        if vault_lock.locked():
            held_during.append(method)

    round_trip(team.c, dav.url())
    sid = team.a1.add("subject", SUBJECT)[0]
    team.a1.add("crisis-note", note(sid, "Nota ficticia sin bloqueo"))
    dav.switches.on_request = on_request
    report = relay.run_round_with(call, target_for(dav.url()), FAST)
    assert report.error is None and report.received and report.sent
    assert len(dav.switches.requests) > 3
    assert held_during == []
