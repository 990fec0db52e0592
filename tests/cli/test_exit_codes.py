"""One table of exit codes: every kind of failure has its own number, and no other
module defines one."""

from __future__ import annotations

import re
from pathlib import Path

from aluna_field.cli.exit_codes import (
    EXIT_CODES,
    EXIT_INTERRUPTED,
    MEANINGS,
    exit_code,
    meaning,
)
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


def test_no_command_returns_a_number_of_its_own() -> None:
    # `return 0` is done; any other number comes from the table by name.
    literal = re.compile(r"\breturn [1-9]\d*\s*$|sys\.exit\(\s*[1-9]", re.MULTILINE)
    found = [
        str(p.relative_to(SRC))
        for p in (SRC / "cli").glob("*.py")
        if p.name != "exit_codes.py" and literal.search(p.read_text(encoding="utf-8"))
    ]
    assert found == []


ROOT = SRC.parents[1]


def _table(readme: Path, heading: str) -> dict[int, str]:
    """The rows of the exit-code table under heading: code → meaning."""
    text = readme.read_text(encoding="utf-8")
    assert heading in text, f"{readme.name} has no {heading!r} section"
    section = text.split(heading, 1)[1].split("\n#", 1)[0]
    rows: dict[int, str] = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 2 and cells[0].isdigit():
            assert int(cells[0]) not in rows, f"code {cells[0]} twice in {readme.name}"
            rows[int(cells[0])] = cells[1]
    return rows


def test_the_readmes_exit_code_tables_say_what_the_one_table_says() -> None:
    codes = {0, *EXIT_CODES.values(), EXIT_INTERRUPTED}
    assert set(MEANINGS) == codes
    for readme, heading, lang in (
        (ROOT / "README.md", "### Exit codes", "en"),
        (ROOT / "README.es.md", "### Códigos de salida", "es"),
    ):
        rows = _table(readme, heading)
        assert set(rows) == codes, readme.name
        for code in sorted(codes):
            assert rows[code] == meaning(code, lang), (readme.name, code)
