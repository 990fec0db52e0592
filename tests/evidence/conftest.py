"""Fixtures for the evidence tests: the sync tests' team of real vaults, enrolled in person.

`teamkit` lives beside the sync tests; it is put on the import path here so that these
tests also run on their own (pytest puts a test folder on the path only when it collects
a test from it).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

_SYNC_TESTS = str(Path(__file__).resolve().parents[1] / "sync")
if _SYNC_TESTS not in sys.path:
    sys.path.append(_SYNC_TESTS)

from teamkit import Team, make_team  # noqa: E402

from support import FakeClock  # noqa: E402


@pytest.fixture
def team(tmp_path: Path, clock: FakeClock) -> Iterator[Team]:
    t = make_team(tmp_path, clock)
    yield t
    t.close()
