"""Fixtures for sync tests: a coordinator and two accompaniers, enrolled in person."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from teamkit import Team, make_team

from support import FakeClock


@pytest.fixture
def team(tmp_path: Path, clock: FakeClock) -> Iterator[Team]:
    t = make_team(tmp_path, clock)
    yield t
    t.close()
