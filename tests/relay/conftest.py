"""Fixtures for relay tests: a real wsgidav server, a fault proxy, teams of real vaults."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))

from davserver import DavServer
from faultproxy import FaultProxy
from teamkit import Team, make_team

from support import FakeClock


@pytest.fixture(scope="session")
def dav_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DavServer]:
    # One server for the session (stopping one takes half a second); a folder per test.
    server = DavServer(tmp_path_factory.mktemp("dav"))
    yield server
    server.stop()


_spaces = itertools.count()


@pytest.fixture
def dav(dav_server: DavServer) -> DavServer:
    dav_server.fresh_space(f"space{next(_spaces)}")
    return dav_server


@pytest.fixture
def proxy(dav: DavServer) -> Iterator[FaultProxy]:
    p = FaultProxy(dav.port)
    yield p
    p.stop()


@pytest.fixture
def team(tmp_path: Path, clock: FakeClock) -> Iterator[Team]:
    t = make_team(tmp_path, clock)
    yield t
    t.close()
