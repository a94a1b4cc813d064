"""A versioned, passphrase-sealed box (``keys.enc``, and backups' copy of the keys).

Layout (habit 11: every on-disk format starts with a magic that names its version)::

    b"ASNSEAL1" | header length (2 bytes, big-endian) | JSON header | AES-256-GCM ciphertext + tag

The JSON header names the KDF and its parameters, the salt and the nonce. Keeping the parameters
in the file lets a later release raise the cost without breaking boxes sealed today. Everything
before the ciphertext is the GCM associated data, so tampering with a KDF parameter, the salt or
the nonce is detected exactly like tampering with the ciphertext.

The key is derived with Argon2id (argon2-cffi); encryption is ``cryptography``'s AESGCM. A wrong
passphrase and a damaged box cannot be told apart (both fail the GCM tag), so both give the same
message.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import struct
import unicodedata
from dataclasses import dataclass
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from asn_desktop.errors import KeyUnavailable, WrongPassphrase
from asn_desktop.untrusted import json_of

__all__ = ["DEFAULT_PARAMS", "FAST_TEST_PARAMS", "KDF_NAME", "MAGIC", "KdfParams", "Sealer", "seal", "unseal"]

MAGIC = b"ASNSEAL1"
KDF_NAME = "argon2id"
_MAGIC_FAMILY = b"ASNSEAL"
_LENGTH = struct.Struct(">H")
_SALT_BYTES = 16
_NONCE_BYTES = 12
_KEY_BYTES = 32

# Limits on the parameters read back from a header. The header is only authenticated *after* the
# key has been derived, so without them a tampered header could ask for terabytes of memory or
# hours of work before the tag check fails.
_MAX_TIME_COST = 16
_MAX_MEMORY_KIB = 1024 * 1024  # 1 GiB
_MAX_PARALLELISM = 16

_BROKEN = "Frasa sandi salah, atau berkas kunci rusak."


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters; ``memory_cost`` is in KiB.

    The defaults follow RFC 9106's second recommended option (t=3, m=64 MiB) but with one lane.
    The derivation runs once per unlock, on office laptops that are often slow dual-core
    machines: one lane costs well under a second there, and keeps the time predictable instead
    of depending on how many cores are free. Guessing stays memory-bound for an attacker (64 MiB
    per guess) whatever the lane count.
    """

    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 1


DEFAULT_PARAMS = KdfParams()
# Same algorithm and format at 1 MiB and one pass: for tests only, which seal many boxes.
FAST_TEST_PARAMS = KdfParams(time_cost=1, memory_cost=1024, parallelism=1)


def _require_passphrase(passphrase: str) -> bytes:
    if not passphrase:
        raise KeyUnavailable("Frasa sandi tidak boleh kosong.")
    # The same passphrase typed on Windows and on a Mac can arrive in different Unicode forms
    # (composed or decomposed accents); NFC makes both derive the same key.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _derive(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret,
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_cost,
        parallelism=params.parallelism,
        hash_len=_KEY_BYTES,
        type=Type.ID,
    )


class Sealer:
    """Seals any number of boxes under one passphrase with a single key derivation.

    The boxes share the salt, hence the derived key, and each has its own random nonce (AES-GCM
    stays safe for far more boxes than any batch makes). That is right exactly when the boxes
    share the passphrase anyway: the demo's users, who all have ``demo12345``, or a batch of
    certificates an admin issues with one initial passphrase. It turns N Argon2id runs (about
    0.3 s each at the default cost) into one. Each box opens with ``unseal`` like any other, and
    re-sealing one with a new passphrase (``seal``) gives it a salt of its own.
    """

    def __init__(self, passphrase: str, *, params: KdfParams | None = None) -> None:
        secret = _require_passphrase(passphrase)
        self._params = params or DEFAULT_PARAMS
        self._salt = os.urandom(_SALT_BYTES)
        self._aead = AESGCM(_derive(secret, self._salt, self._params))

    def seal(self, plaintext: bytes) -> bytes:
        nonce = os.urandom(_NONCE_BYTES)
        header = json.dumps(
            {
                "kdf": KDF_NAME,
                "time_cost": self._params.time_cost,
                "memory_cost": self._params.memory_cost,
                "parallelism": self._params.parallelism,
                "salt": base64.b64encode(self._salt).decode("ascii"),
                "nonce": base64.b64encode(nonce).decode("ascii"),
            },
            sort_keys=True,
            separators=(",", ":"),
        ).encode("ascii")
        aad = MAGIC + _LENGTH.pack(len(header)) + header
        return aad + self._aead.encrypt(nonce, plaintext, aad)


def seal(plaintext: bytes, passphrase: str, *, params: KdfParams | None = None) -> bytes:
    """Encrypt ``plaintext`` under a key derived from ``passphrase`` (see the module docstring)."""
    return Sealer(passphrase, params=params).seal(plaintext)


def _check_magic(blob: bytes) -> None:
    if blob.startswith(MAGIC):
        return
    if blob.startswith(_MAGIC_FAMILY) and len(blob) >= len(MAGIC):
        found = blob[: len(MAGIC)].decode("ascii", errors="replace")
        raise KeyUnavailable(
            f"Berkas kunci memakai format {found}, yang belum dikenal versi aplikasi ini "
            f"(dikenal: {MAGIC.decode()}). Perbarui aplikasi."
        )
    raise KeyUnavailable(f"Berkas kunci tidak dikenal (bukan format {MAGIC.decode()}).")


def _int_field(header: dict[str, Any], name: str, low: int, high: int) -> int:
    value = header[name]
    # bool is an int in Python; a header saying "time_cost": true is not ours.
    if type(value) is not int or not low <= value <= high:
        raise ValueError(name)
    return value


def _b64_field(header: dict[str, Any], name: str, size: int) -> bytes:
    raw = base64.b64decode(header[name], validate=True)
    if len(raw) != size:
        raise ValueError(name)
    return raw


def _parse_header(blob: bytes) -> tuple[KdfParams, bytes, bytes, int]:
    """Return the parameters, salt, nonce and where the ciphertext starts; ValueError if bad."""
    start = len(MAGIC) + _LENGTH.size
    if len(blob) < start:
        raise ValueError("truncated")
    (length,) = _LENGTH.unpack_from(blob, len(MAGIC))
    end = start + length
    if len(blob) < end:
        raise ValueError("truncated")
    header = json_of(blob[start:end])
    if not isinstance(header, dict):
        raise ValueError("header")
    kdf = header.get("kdf")
    if kdf != KDF_NAME:
        raise KeyUnavailable(f"Berkas kunci memakai metode {kdf!r} yang tidak dikenal (dikenal: {KDF_NAME}).")
    parallelism = _int_field(header, "parallelism", 1, _MAX_PARALLELISM)
    params = KdfParams(
        time_cost=_int_field(header, "time_cost", 1, _MAX_TIME_COST),
        memory_cost=_int_field(header, "memory_cost", 8 * parallelism, _MAX_MEMORY_KIB),
        parallelism=parallelism,
    )
    return params, _b64_field(header, "salt", _SALT_BYTES), _b64_field(header, "nonce", _NONCE_BYTES), end


def unseal(blob: bytes, passphrase: str, *, derived: dict[tuple[Any, ...], bytes] | None = None) -> bytes:
    """Decrypt a box made by ``seal``.

    Raises ``KeyUnavailable`` for an empty passphrase or a format this version does not know, and
    ``WrongPassphrase`` for a wrong passphrase or a damaged box. ``derived``, when given, keeps
    the keys derived during one task (keyed by passphrase, salt and parameters), so the boxes of
    one ``Sealer`` — a batch export signing for every demo user — cost one derivation, not one each.
    """
    secret = _require_passphrase(passphrase)
    _check_magic(blob)
    try:
        params, salt, nonce, end = _parse_header(blob)
        cache_key = (secret, salt, params)
        key = derived.get(cache_key) if derived is not None else None
        if key is None:
            key = _derive(secret, salt, params)
        plain = AESGCM(key).decrypt(nonce, blob[end:], blob[:end])
    except (InvalidTag, ValueError, KeyError, TypeError, binascii.Error) as exc:
        # json.JSONDecodeError and UnicodeDecodeError are ValueErrors too.
        raise WrongPassphrase(_BROKEN) from exc
    if derived is not None:
        derived[cache_key] = key  # only a key that opened a box is kept
    return plain
