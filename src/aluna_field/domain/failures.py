"""What kind of failure an error is, named by every layer that raises one.

Layers below the CLI say which kind of failure an error is; only the CLI turns a kind
into a process exit code (cli/exit_codes.py holds the one table), so no number is
defined twice and the window never needs one.
"""

from __future__ import annotations

from enum import StrEnum


class Failure(StrEnum):
    """The kinds of failure the command-line contract gives distinct exit codes."""

    INTERNAL = "internal"
    USAGE = "usage"
    VAULT = "vault"
    INPUT = "input"
    BUNDLE = "bundle"
    RELAY_OFFLINE = "relay_offline"
    RELAY_AUTH = "relay_auth"
    RELAY_FULL = "relay_full"
    RELAY_PROTOCOL = "relay_protocol"
    RELAY_TLS = "relay_tls"
