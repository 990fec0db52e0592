"""Errors of the services layer (beyond those of the store and the domain)."""

from __future__ import annotations

from ..domain.errors import FieldError


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


class DefinitionInvalid(ServiceError):
    """A custom field or code that cannot be defined; `errors` are domain FieldErrors,
    each naming the part of the definition at fault (never a value)."""

    code = "def_invalid"

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("invalid definition: " + ", ".join(e.field for e in errors))
        self.errors = errors


class DefinitionMissing(ServiceError):
    """No custom field (or code) with that code: `key` names the message."""

    code = "def_not_found"

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key
