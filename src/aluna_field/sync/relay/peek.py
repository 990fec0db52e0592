"""Telling, from its first bytes only, whether a file on the relay is a bundle for us.

The header holds one HPKE stanza per recipient and no recipient ids, so the only way
to know is to try our key on each stanza (a few hundred microseconds each) and check
the header MAC. Nothing past the header is fetched for a bundle that is not ours.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from .. import bundle_format as bf
from ..bundle_stream import BundleReader
from ..errors import BundleRefused

# Enough for bundles of up to four recipients in one request; more takes a second one.
FIRST_READ = bf.header_size(4)
OURS = "ours"
NOT_OURS = "not_ours"
NOT_A_BUNDLE = "not_a_bundle"


def header_length(first: bytes) -> int:
    """Bytes of header announced by the file's prefix; BundleRefused if not a bundle."""
    return bf.header_size(bf.parse_prefix(first))


def classify(read: Callable[[int], bytes], size: int | None, private: object) -> str:
    """OURS, NOT_OURS or NOT_A_BUNDLE for the file whose first n bytes read(n) returns."""
    if size is not None and size < bf.PREFIX_BYTES + bf.STANZA_BYTES:
        return NOT_A_BUNDLE
    head = read(FIRST_READ)
    try:
        needed = header_length(head)
        if len(head) < needed:
            head = read(needed)
        # An unknown size must not fail the truncation check: the download checks it.
        known = size if size is not None else needed + bf.TAG + 1
        reader = BundleReader(io.BytesIO(head[:needed]), known)
        reader.open(private)
    except BundleRefused as exc:
        return NOT_OURS if exc.key == "bundle_not_for_us" else NOT_A_BUNDLE
    return OURS
