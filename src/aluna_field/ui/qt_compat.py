"""A guard against a reference-counting fault of PySide6 6.12 on Python 3.11.

The PySide6 6.12 wheels are built for the stable ABI with headers in which `None`,
`True` and `False` are immortal (PEP 683, Python 3.12+). Loaded by Python 3.11, every
wrapped call that returns one of them hands back a reference it never took: each
`signal.emit()` drops one on `True`, each method returning nothing one on `None`. After
some thousands of calls (minutes of typing) the interpreter aborts with "bool_dealloc:
deallocating True or False" or "none_dealloc". We measured it here: 200 emits, 200
references lost.

On 3.11 we give the three objects a reference count no run can spend, once, before any
Qt call. They live for the whole process anyway, so nothing changes but the count.
Python 3.12+ (immortal objects, which must not be touched) and other interpreters are
left alone. Importing `aluna_field.ui` runs it, so every screen (reports included) is
covered.
"""

from __future__ import annotations

import ctypes
import sys

PINNED = 1 << 40


def pin_singletons() -> bool:
    """Make None, True and False effectively immortal on CPython 3.11; True if it did."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    pinned = False
    for value in (None, True, False):
        # ob_refcnt is the first field of every CPython object; id() is its address.
        count = ctypes.c_ssize_t.from_address(id(value))
        if count.value < PINNED:
            count.value += PINNED
            pinned = True
    return pinned
