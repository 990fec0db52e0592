"""Atheris harness: the team card parser (whole cards, QR parts, payloads behind a right
CHECK line). A result must read back the same; anything but CardInvalid is a finding.

Run through `make fuzz` (FUZZ_SECONDS per harness) or directly:
    python -m fuzz.fuzz_card -max_total_time=60 build/fuzz/corpus-card
"""

from __future__ import annotations

import atheris

with atheris.instrument_imports(include=["aluna_field"]):
    from aluna_field.sync.card import (
        CHECK,
        HEADER,
        LINE,
        Card,
        _b32,
        _check,
        encode_card,
        parse_card,
        qr_parts,
    )
    from aluna_field.sync.errors import CardInvalid
    from aluna_field.sync.identity import DeviceIdentity

    from .world import fuzz

WHOLE, PAYLOAD = 0, 1


def card_text(payload: bytes) -> str:
    """A card whose CHECK line is right for payload, so parsing reaches what is inside."""
    body = _b32(payload)
    lines = [HEADER, *(body[i : i + LINE] for i in range(0, len(body), LINE))]
    return "\n".join([*lines, CHECK + _check(payload)]) + "\n"


def test_one_input(data: bytes) -> None:
    if not data:
        return
    mode, rest = data[0] % 2, data[1:]
    text = rest.decode("utf-8", "replace") if mode == WHOLE else card_text(rest)
    try:
        card = parse_card(text)
    except CardInvalid:
        return
    if parse_card(encode_card(card)) != card:
        raise AssertionError("a card that was read does not read back the same")


def seeds() -> list[bytes]:
    ident = DeviceIdentity.generate()
    text = encode_card(Card("Persona Ficticia", "coordinator", "Equipo Ficticio", ident.public))
    parts = qr_parts(text)
    payload_meta = b'{"name":"Persona Ficticia","role":"accompanier","team":null,"v":1}'
    payload = len(payload_meta).to_bytes(2, "big") + payload_meta + ident.public.key_bytes()
    return [
        bytes([WHOLE]) + text.encode(),
        bytes([WHOLE]) + "\n".join(parts).encode(),
        bytes([WHOLE]) + "\n".join(reversed(parts)).encode(),
        bytes([PAYLOAD]) + payload,
    ]


if __name__ == "__main__":
    fuzz(test_one_input, seeds)
