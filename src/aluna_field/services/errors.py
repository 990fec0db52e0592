"""Errors of the services layer (beyond those of the store and the domain)."""

from __future__ import annotations


class ServiceError(Exception):
    code = "service"


class NotAllowed(ServiceError):
    code = "not_coordinator"


class UnknownField(ServiceError):
    code = "field_unknown"

    def __init__(self, field: str) -> None:
        super().__init__(f"unknown field {field}")
        self.field = field


class PassphraseTooShort(ServiceError):
    code = "passphrase_too_short"


class PassphraseTooWeak(ServiceError):
    """Long enough but too easy to guess; `reason` is a services.passphrases.WeakReason
    value, never the passphrase itself."""

    code = "passphrase_weak"

    def __init__(self, reason: str) -> None:
        super().__init__(f"passphrase too weak: {reason}")
        self.reason = reason
