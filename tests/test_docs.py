"""The threat model and the evidence page name tests; every test they name must exist."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_test_the_docs_name_exists() -> None:
    missing = []
    for doc in ("docs/threat-model.md", "docs/evidence.md"):
        text = (ROOT / doc).read_text(encoding="utf-8")
        for path in set(re.findall(r"`(tests/[\w/]+\.py)", text)):
            if not (ROOT / path).exists():
                missing.append(f"{doc}: {path}")
        named = re.findall(r"`(tests/[\w/]+\.py)::(\w+)`", text)
        for m in re.finditer(r"`(tests/[\w/]+\.py)`\s*\(([^)]*)\)", text):
            named += [(m.group(1), n) for n in re.findall(r"`(test_\w+)`", m.group(2))]
        for path, name in named:
            source = ROOT / path
            if not source.exists() or f"def {name}(" not in source.read_text(encoding="utf-8"):
                missing.append(f"{doc}: {path}::{name}")
    assert missing == []
