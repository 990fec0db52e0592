"""One table of exit codes: every kind of failure has its own number, and no other
module defines one."""

from __future__ import annotations

import re
from pathlib import Path

from aluna_field.cli.exit_codes import EXIT_CODES, exit_code
from aluna_field.domain.failures import Failure

SRC = Path(__file__).resolve().parents[2] / "src" / "aluna_field"


def test_every_failure_has_a_distinct_code_as_the_contract_lists() -> None:
    assert set(EXIT_CODES) == set(Failure)
    assert sorted(EXIT_CODES.values()) == list(range(1, 11))
    assert exit_code(None) == 0
    assert exit_code(Failure.BUNDLE) == 5 and exit_code(Failure.VAULT) == 3


def test_no_module_but_the_table_defines_an_exit_code() -> None:
    pattern = re.compile(r"^\s*EXIT_\w+\s*=\s*\d", re.MULTILINE)
    found = [
        str(p.relative_to(SRC))
        for p in SRC.rglob("*.py")
        if p.name != "exit_codes.py" and pattern.search(p.read_text(encoding="utf-8"))
    ]
    assert found == []
