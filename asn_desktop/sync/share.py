"""The share's layout and its small signed files (HEAD, device records, claims, key files).

Share layout, below the transport's root::

    asn-sync/v1/root.json                       the agency's root admin, signed by the authority
    asn-sync/v1/devices/<device>.json           enrolled key, signed by the enrolment authority
    asn-sync/v1/devices/<device>.joined         the enrolment file's single use, signed by the device
    asn-sync/v1/devices/<device>.kx             the device's X25519 key (key rotation), signed by it
    asn-sync/v1/log/<device>/<seq:012d>.bundle  written only by that device
    asn-sync/v1/log/<device>/HEAD               latest seq (and floor) written, signed by the device
    asn-sync/v1/keys/<epoch:06d>/<device>.json  a rotated sync key wrapped for one device, signed by an admin
    asn-sync/v1/blobs/<sha[:2]>/<sha>           evidence as stored locally (already encrypted)
    asn-sync/v1/snapshots/<device>-<seq:012d>.snap

A small signed file is ``<signature hex>\\n<canonical JSON>``: the reader verifies the signature
with the key it expects *before* it parses the JSON, so a file written by anyone who can merely
write to the share is refused without being read.
"""

from __future__ import annotations

import json
import re
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from asn_desktop.untrusted import json_of

__all__ = [
    "ROOT",
    "SignedFileInvalid",
    "bundle_path",
    "canonical_json",
    "open_signed",
    "path",
    "sign_file",
]

ROOT = "asn-sync/v1"
_MAX_SMALL = 1 << 16


class SignedFileInvalid(ValueError):
    """A small signed file whose signature does not hold, or that is not ours in form."""


def path(*parts: str) -> str:
    return "/".join((ROOT, *parts))


def bundle_path(device: str, seq: int) -> str:
    return path("log", device, f"{seq:012d}.bundle")


_BUNDLE_NAME = re.compile(r"([0-9]{12})\.bundle")


def seq_of_bundle(name: str) -> int | None:
    """The seq a bundle's file name gives (``bundle_path``), or None for any other name: a
    listing of the share holds whatever anyone left there."""
    found = _BUNDLE_NAME.fullmatch(name)
    return None if found is None else int(found.group(1))


def canonical_json(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def sign_file(body: dict[str, Any], signing_key: bytes | Ed25519PrivateKey) -> bytes:
    key = (
        signing_key
        if isinstance(signing_key, Ed25519PrivateKey)
        else Ed25519PrivateKey.from_private_bytes(signing_key)
    )
    canon = canonical_json(body)
    return key.sign(canon).hex().encode() + b"\n" + canon


def open_signed(data: bytes, public_key: bytes) -> dict[str, Any]:
    """The JSON of a small signed file, once its signature by ``public_key`` (raw) holds."""
    if len(data) > _MAX_SMALL or b"\n" not in data:
        raise SignedFileInvalid("bukan berkas bertanda tangan")
    sig_hex, canon = data.split(b"\n", 1)
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(bytes.fromhex(sig_hex.decode("ascii")), canon)
    except (InvalidSignature, ValueError, UnicodeDecodeError):
        raise SignedFileInvalid("tanda tangan tidak sah") from None
    try:
        body = json_of(canon)
    except ValueError:
        raise SignedFileInvalid("isi rusak") from None
    if not isinstance(body, dict):
        raise SignedFileInvalid("isi rusak")
    return body
