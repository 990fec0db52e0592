"""Every transaction goes through store.db's guarded helper, whose COMMIT sits inside
the rollback guard (issue 15, item 4): no other module writes BEGIN, COMMIT or ROLLBACK
itself, so none can leave a failed COMMIT (a full disk) half-done. The behaviour on a
full disk is tests/evidence/test_disk_full.py's."""

from __future__ import annotations

import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "aluna_field"
# A statement string that starts, ends or undoes a transaction (not a trigger's BEGIN).
STATEMENT = re.compile(r"""["'](BEGIN(\s+(IMMEDIATE|EXCLUSIVE|DEFERRED))?|COMMIT|ROLLBACK)\b""")


def test_only_store_db_begins_commits_or_rolls_back() -> None:
    found = [
        str(p.relative_to(SRC))
        for p in SRC.rglob("*.py")
        if p.relative_to(SRC).as_posix() != "store/db.py"
        and STATEMENT.search(p.read_text(encoding="utf-8"))
    ]
    assert found == []
