"""Errors of the sync layer: a message code and the kind of failure it is.

Messages name what failed (a reason, a file name, a device id), never record content,
a key or a passphrase.
"""

from __future__ import annotations

from ..domain.failures import Failure


class SyncError(Exception):
    """Base class; `key` is a message code that the layer showing the error translates
    (`services.messages.describe`); `values` fill its placeholders."""

    failure = Failure.INPUT

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


class CardInvalid(SyncError):
    """A team card that cannot be read (typed wrong, cut short, not a card): exit 4."""

    def __init__(self, key: str = "card_invalid", **values: object) -> None:
        super().__init__(key, **values)


class TeamError(SyncError):
    """A roster change that cannot be made (unknown device, not a coordinator…): exit 4."""


class RosterInvalid(SyncError):
    """A roster that fails its signatures or chain (refuses the bundle carrying it)."""

    failure = Failure.BUNDLE


class BundleRefused(SyncError):
    """A bundle that changes nothing: tampered, truncated, foreign, unknown sender…"""

    failure = Failure.BUNDLE

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key, **values)
