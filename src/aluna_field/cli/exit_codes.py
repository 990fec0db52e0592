"""The one table of process exit codes (../shared/cli.md, "Exit codes")."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from ..domain.failures import Failure

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


def exit_code(failure: Failure | None) -> int:
    """The exit code of a kind of failure; 0 for none."""
    return EXIT_OK if failure is None else EXIT_CODES[failure]
