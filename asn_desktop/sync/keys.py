"""Generations of the agency's sync key, and handing a new one to each laptop but a revoked one.

The sync key encrypts bundles and evidence on the share. When an admin revokes a laptop (lost,
stolen), the remaining laptops move to a new key generation: the admin's laptop draws a fresh key
and wraps it for each remaining device with that device's X25519 key (ephemeral-static ECDH,
HKDF-SHA256, AES-256-GCM), in one file per device that the admin signs with their own key. The
revoked laptop gets none, so it cannot read what is written from then on. Old generations stay
known (in the encrypted database) so old bundles and evidence still open.
"""

from __future__ import annotations

import base64
import binascii
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

__all__ = ["KeyWrapInvalid", "kx_public", "new_kx", "unwrap", "wrap"]


class KeyWrapInvalid(ValueError):
    """A wrapped key that does not open with this laptop's key."""


def new_kx() -> bytes:
    """A new X25519 private key (raw 32 bytes) for this laptop."""
    return X25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def kx_public(private: bytes) -> str:
    key = X25519PrivateKey.from_private_bytes(private).public_key()
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def _kek(shared: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(shared)


def wrap(key: bytes, recipient_public_hex: str, context: str) -> dict[str, Any]:
    """``key`` sealed for the holder of the X25519 key ``recipient_public_hex``."""
    eph = X25519PrivateKey.generate()
    shared = eph.exchange(X25519PublicKey.from_public_bytes(bytes.fromhex(recipient_public_hex)))
    nonce = os.urandom(12)
    info = f"asn-sync-key/1\x00{context}".encode()
    sealed = AESGCM(_kek(shared, info)).encrypt(nonce, key, info)
    return {
        "ephemeral": eph.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex(),
        "nonce": base64.b64encode(nonce).decode("ascii"),
        "wrapped": base64.b64encode(sealed).decode("ascii"),
    }


def unwrap(box: dict[str, Any], private: bytes, context: str) -> bytes:
    try:
        shared = X25519PrivateKey.from_private_bytes(private).exchange(
            X25519PublicKey.from_public_bytes(bytes.fromhex(str(box["ephemeral"])))
        )
        info = f"asn-sync-key/1\x00{context}".encode()
        nonce = base64.b64decode(str(box["nonce"]), validate=True)
        key = AESGCM(_kek(shared, info)).decrypt(
            nonce, base64.b64decode(str(box["wrapped"]), validate=True), info
        )
    except (InvalidTag, ValueError, KeyError, binascii.Error) as exc:
        raise KeyWrapInvalid("kunci sinkronisasi terbungkus tidak dapat dibuka") from exc
    if len(key) != 32:
        raise KeyWrapInvalid("kunci sinkronisasi terbungkus tidak sah")
    return key
