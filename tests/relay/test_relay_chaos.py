"""Three vaults sync through wsgidav while a proxy cuts, resets and stalls connections at
random points: every record arrives exactly once and no partial file is ever imported."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from davserver import DavServer
from faultproxy import Fault, FaultProxy
from relaykit import FAST, target_for
from teamkit import SUBJECT, Team, note

from aluna_field.services import relay
from aluna_field.sync.relay import names


def _plan(seed: int):
    rng = random.Random(seed)

    def plan(n: int) -> Fault:
        roll = rng.random()
        if roll < 0.3:
            return Fault(up_after=rng.randrange(0, 20_000), reset=rng.random() < 0.3)
        if roll < 0.6:
            return Fault(down_after=rng.randrange(0, 20_000), reset=rng.random() < 0.3)
        if roll < 0.65:
            return Fault(lose_reply_to=b"MOVE ")
        return Fault()

    return plan


@pytest.mark.parametrize("seed", [7, 2026])
def test_random_cuts_deliver_every_record_exactly_once(
    team: Team, dav: DavServer, seed: int
) -> None:
    c, a1, a2 = team.c, team.a1, team.a2
    proxy = FaultProxy(dav.port, _plan(seed))
    policy = replace(FAST, attempts=2)
    target = target_for(proxy.url(dav.prefix))
    outcomes = []
    stopped_early = 0
    expected: list[str] = []
    try:
        rng = random.Random(seed)
        subjects = {}
        for step in range(14):
            for who, s in (("a1", a1), ("a2", a2)):
                if rng.random() < 0.6 and step < 10:
                    if who not in subjects:
                        subjects[who] = s.add("subject", SUBJECT)[0]
                    text = f"Nota ficticia {who} {step}"
                    s.add("crisis-note", note(subjects[who], text))
                    expected.append(text)
            for s in rng.sample([c, a1, a2], 3):
                report = relay.run_round(s, target, policy)
                outcomes += report.received
                stopped_early += report.error is not None
        assert proxy.faults_applied >= 10 and stopped_early >= 2
        proxy.plan = lambda n: Fault()
        for _ in range(3):
            for s in (c, a1, a2):
                report = relay.run_round(s, target, policy)
                assert report.error is None
                outcomes += report.received
    finally:
        proxy.stop()
    assert all(o.status == "imported" for o in outcomes), [(o.status, o.reason) for o in outcomes]
    got = [str(v.state.fields.get("narrative")) for v in c.list_records("crisis-note")]
    assert sorted(got) == sorted(expected)  # every note, each exactly once
    leftovers = dav.files()
    assert not [p for p in leftovers if names.is_temp(p.name)]
    # What stays is at most one answer per sender and recipient group, nothing that
    # carries content still waiting: the relay does not grow with the history.
    assert len(leftovers) <= 4
    for s in (c, a1, a2):
        assert relay.pending_out(s.conn, target.url) == 0
