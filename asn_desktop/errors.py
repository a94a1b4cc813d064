"""Typed errors of the core, each with a stable code and a plain Indonesian message.

Services, the store, sync and the PDF layer raise ``AsnError`` subclasses; the domain raises
``DomainError`` subclasses (re-exported here). The CLI prints ``.message`` on one line and the UI
shows it in a message box, so a message must make sense to an office worker on its own.
"""

from __future__ import annotations

from asn_desktop.domain.errors import DomainError, InvalidTransition, PermissionDenied

__all__ = [
    "AsnError",
    "AuditChainBroken",
    "DomainError",
    "EvidenceRejected",
    "ImportRejected",
    "InvalidTransition",
    "KeyUnavailable",
    "NotFound",
    "NotOurDatabase",
    "PermissionDenied",
    "ValidationFailed",
    "WorkspaceError",
    "WrongPassphrase",
    "WrongPassword",
    "user_message",
]


class AsnError(Exception):
    """Base of the core's non-domain errors."""

    code: str = "error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code


class WorkspaceError(AsnError):
    """The workspace folder is missing, not initialised, or already exists."""

    code = "workspace"


class WrongPassphrase(AsnError):
    """The passphrase does not open the sealed keys; nothing was changed."""

    code = "wrong_passphrase"


class KeyUnavailable(AsnError):
    """Neither the keyring nor a passphrase could provide the workspace key."""

    code = "key_unavailable"


class NotOurDatabase(AsnError):
    """``asn.db`` is not an ASN Kinerja database, is truncated, or the key does not fit it."""

    code = "not_our_database"


class WrongPassword(AsnError):
    """A user's login failed (unknown user or wrong password; the message does not say which)."""

    code = "wrong_password"


class NotFound(AsnError):
    """A record referred to does not exist (or is not visible to the actor)."""

    code = "not_found"


class ValidationFailed(AsnError):
    """Input that breaks a rule of form (missing field, not a number, unknown reference)."""

    code = "validation"


class EvidenceRejected(AsnError):
    """An evidence file is empty, too large, or its content does not match its extension."""

    code = "evidence_rejected"


class ImportRejected(AsnError):
    """An import file had bad rows; nothing was imported. ``row_errors`` lists them."""

    code = "import_rejected"

    def __init__(self, message: str, row_errors: list[tuple[int, str]]) -> None:
        super().__init__(message)
        self.row_errors = row_errors


class AuditChainBroken(AsnError):
    """The hash chain of the audit log does not verify; names the first bad event."""

    code = "audit_broken"


def user_message(exc: BaseException) -> str | None:
    """The Indonesian message of an expected error, or None for a bug."""
    if isinstance(exc, AsnError | DomainError):
        return exc.message
    return None
