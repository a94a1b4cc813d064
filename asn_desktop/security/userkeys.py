"""A person's own signing key: what makes a change *theirs*, whichever laptop carries it.

Every user has an Ed25519 key pair. The private half is sealed with the user's own login
password (``kdf.seal``, Argon2id) — never with the workspace key, so whoever holds a laptop's
database key still cannot sign as anybody else. The sealed box travels with the user's account
row, so the user can log in and sign on any laptop of the agency; the public half is bound to
the user (with their role and employee, hence NIP) by an admin's change to that row, which is the
directory every laptop checks signatures against.

``DemoSealer`` exists for the demo agency only, where thousands of users share one password: it
derives the sealing key once and seals every user's key with it under the same salt — the same
box format, so the demo users log in exactly like real ones.
"""

from __future__ import annotations

import base64
import binascii
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from asn_desktop.errors import WrongPassphrase, WrongPassword
from asn_desktop.security.kdf import FAST_TEST_PARAMS, KdfParams, Sealer, seal, unseal
from asn_desktop.security.passwords import FAST_HASH_ENV

__all__ = [
    "DemoSealer",
    "UserKey",
    "new_user_key",
    "public_hex",
    "reseal",
    "unseal_user_key",
    "verify_signature",
]


def _params() -> KdfParams | None:
    # The test suite creates hundreds of users; ASN_FAST_HASH=1 keeps the format but not the cost.
    return FAST_TEST_PARAMS if os.environ.get(FAST_HASH_ENV) == "1" else None


def public_hex(key: Ed25519PrivateKey) -> str:
    """The raw public key as 64 hex digits (how the directory stores it)."""
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def _raw(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


@dataclass(frozen=True)
class UserKey:
    """A user's unsealed signing key, held in memory while they are logged in."""

    user_id: str
    private: Ed25519PrivateKey

    @property
    def public(self) -> str:
        return public_hex(self.private)

    def sign(self, message: bytes) -> bytes:
        return self.private.sign(message)


def new_user_key(password: str) -> tuple[Ed25519PrivateKey, str, str]:
    """A fresh key pair: (private key, public hex, sealed private key as base64 text)."""
    key = Ed25519PrivateKey.generate()
    sealed = base64.b64encode(seal(_raw(key), password, params=_params())).decode("ascii")
    return key, public_hex(key), sealed


def reseal(key: Ed25519PrivateKey, password: str) -> str:
    """The same key sealed with a new password (the user changed theirs)."""
    return base64.b64encode(seal(_raw(key), password, params=_params())).decode("ascii")


def unseal_user_key(sealed: str, password: str, *, expected_public: str | None) -> Ed25519PrivateKey:
    """Open a user's sealed key; ``WrongPassword`` if the password (or the box) is wrong.

    The public half must be the one the directory binds to the user: a box swapped in for
    another key opens, but does not make its holder that user.
    """
    try:
        raw = unseal(base64.b64decode(sealed, validate=True), password)
        key = Ed25519PrivateKey.from_private_bytes(raw)
    except (WrongPassphrase, ValueError, binascii.Error):
        raise WrongPassword("Nama pengguna atau kata sandi salah.") from None
    if expected_public is not None and public_hex(key) != expected_public:
        raise WrongPassword("Kunci pengguna ini tidak cocok dengan direktori; hubungi admin.")
    return key


def verify_signature(public: str, signature: bytes, message: bytes) -> bool:
    """Whether ``signature`` over ``message`` was made by the key ``public`` (hex)."""
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public)).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


class DemoSealer:
    """Seal many demo users' keys under one password with one key derivation (module docstring)."""

    def __init__(self, password: str, sealer: Sealer | None = None) -> None:
        self._sealer = sealer or Sealer(password, params=_params())

    def new_key(self) -> tuple[Ed25519PrivateKey, str, str]:
        key = Ed25519PrivateKey.generate()
        return key, public_hex(key), base64.b64encode(self._sealer.seal(_raw(key))).decode("ascii")
