"""The base of every rule violation: a code for programs, a message in Indonesian for people."""

from __future__ import annotations


class DomainError(ValueError):
    """A rule of the domain was broken.

    ``code`` is stable (tests and the UI may switch on it); ``message`` is plain Indonesian and is
    what the CLI prints and the UI shows.
    """

    code: str = "domain"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code


class PermissionDenied(DomainError):
    """The actor's role or relation to the record does not allow the action."""

    code = "permission_denied"


class InvalidTransition(DomainError):
    """A document is asked to move to a state its current state does not lead to."""

    code = "invalid_transition"


class InvalidPeriod(DomainError):
    """A period key or its parts name no real evaluation period, so nothing can be filed under it."""

    code = "invalid_period"


class DocumentLocked(DomainError):
    """A submitted, approved, final or signed document is a record others rely on; it changes only by
    the workflow (return, reopen) or by a new version, never by editing in place."""

    code = "document_locked"
