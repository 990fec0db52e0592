"""A guard against a PySide6 build fault that aborts Python 3.11 after a few thousand calls.

The PySide6 6.12 wheels are built for the stable ABI with headers in which `None` is
immortal (PEP 683, Python 3.12 and later). Loaded by Python 3.11, every wrapped method
that returns nothing hands back a reference to `None` that it never took. `None` starts
with a few thousand references, so drawing a report (tens of thousands of `setPen`,
`drawText`…) ends in "Fatal Python error: none_dealloc: deallocating None".

Python 3.12 makes `None` immortal by itself. On 3.11 `keep_none_alive` does the same by
hand: it adds 2**40 to `None`'s reference count once, which no run can spend. Nothing is
ever freed because of it (`None` never is). Other interpreters are left alone.
"""

from __future__ import annotations

import ctypes
import sys

BOOST = 1 << 40


def keep_none_alive() -> None:
    """Make `None` effectively immortal on CPython 3.11 (idempotent; no-op elsewhere)."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    # ob_refcnt is the first field of every CPython object; id() is its address.
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < BOOST:
        count.value += BOOST
