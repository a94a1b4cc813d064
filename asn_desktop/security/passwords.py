"""User passwords: Argon2id hashes (argon2-cffi's ``PasswordHasher``), never kept or logged in clear.

The stored string is argon2's PHC format (``$argon2id$v=19$m=...,t=...,p=...$salt$hash``), which
carries its own parameters; so raising the cost later only needs ``needs_rehash`` at the next
successful login, and old hashes keep verifying.
"""

from __future__ import annotations

import os

from argon2 import PasswordHasher
from argon2.exceptions import Argon2Error, InvalidHashError

from asn_desktop.errors import ValidationFailed

__all__ = [
    "FAST_HASH_ENV",
    "MIN_LENGTH",
    "check_password_strength",
    "hash_password",
    "needs_rehash",
    "verify_password",
]

MIN_LENGTH = 8
FAST_HASH_ENV = "ASN_FAST_HASH"


def _make_hasher(fast: bool) -> PasswordHasher:
    """argon2-cffi's defaults (RFC 9106 low-memory option: t=3, 64 MiB, p=4), or a cheap variant.

    The cheap variant exists because the test suite (and the demo seed) creates hundreds of users:
    at 64 MiB each, hashing alone would dominate the run. It is the same algorithm and format, so
    production hashes still verify under it and the code paths tested are the real ones.
    """
    if fast:
        return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    return PasswordHasher()


# Read once at import: ASN_FAST_HASH=1 is set by tests/conftest.py before the app is imported.
_hasher = _make_hasher(os.environ.get(FAST_HASH_ENV) == "1")


def check_password_strength(password: str) -> None:
    """Refuse a password that is too short to resist guessing; the message is shown as is."""
    if len(password) < MIN_LENGTH:
        raise ValidationFailed(f"Kata sandi terlalu pendek: minimal {MIN_LENGTH} karakter.")


def hash_password(password: str) -> str:
    """A salted Argon2id hash of ``password`` in PHC string format."""
    return _hasher.hash(password)


def verify_password(stored: str, password: str) -> bool:
    """Whether ``password`` matches ``stored``.

    Never raises: a mismatch, a damaged or empty stored hash, or a hash of another algorithm all
    mean "no", so the login screen can give one message for every failure.
    """
    try:
        return _hasher.verify(stored, password)
    except (Argon2Error, InvalidHashError, ValueError, TypeError):
        return False


def needs_rehash(stored: str) -> bool:
    """Whether ``stored`` was made with other parameters than today's (a damaged one: yes)."""
    try:
        return _hasher.check_needs_rehash(stored)
    except (InvalidHashError, ValueError):
        return True
