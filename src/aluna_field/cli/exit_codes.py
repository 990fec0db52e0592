"""The one table of process exit codes and their meaning (../shared/cli.md, "Exit codes").

The meaning of each code is a message marked for gettext (services/message_codes.py);
the README's tables, in English and Spanish, say exactly that, and
tests/cli/test_exit_codes.py checks them.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from ..domain.failures import Failure
from ..l10n import _
from ..services.message_codes import BY_CODE

EXIT_OK = 0

EXIT_CODES: Mapping[Failure, int] = MappingProxyType(
    {
        Failure.INTERNAL: 1,
        Failure.USAGE: 2,
        Failure.VAULT: 3,
        Failure.INPUT: 4,
        Failure.BUNDLE: 5,
        Failure.RELAY_OFFLINE: 6,
        Failure.RELAY_AUTH: 7,
        Failure.RELAY_FULL: 8,
        Failure.RELAY_PROTOCOL: 9,
        Failure.RELAY_TLS: 10,
    }
)

EXIT_INTERNAL = EXIT_CODES[Failure.INTERNAL]
EXIT_USAGE = EXIT_CODES[Failure.USAGE]
EXIT_VAULT = EXIT_CODES[Failure.VAULT]
EXIT_INPUT = EXIT_CODES[Failure.INPUT]
EXIT_BUNDLE = EXIT_CODES[Failure.BUNDLE]
# Ctrl+C: the shell's convention (128 + SIGINT), not a kind of failure.
EXIT_INTERRUPTED = 130


def exit_code(failure: Failure | None) -> int:
    """The exit code of a kind of failure; 0 for none."""
    return EXIT_OK if failure is None else EXIT_CODES[failure]


# Code → the key of its meaning in the message catalogue.
MEANINGS: Mapping[int, str] = MappingProxyType(
    {
        0: "exit_0",
        1: "exit_1",
        2: "exit_2",
        3: "exit_3",
        4: "exit_4",
        5: "exit_5",
        6: "exit_6",
        7: "exit_7",
        8: "exit_8",
        9: "exit_9",
        10: "exit_10",
        EXIT_INTERRUPTED: "exit_130",
    }
)


def meaning(code: int, lang: str) -> str:
    """What exit code `code` means, in lang (as the README's table says it)."""
    return _(lang, BY_CODE[MEANINGS[code]])
