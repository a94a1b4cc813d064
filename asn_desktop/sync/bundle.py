"""Bundle format v1: what one laptop writes to the share for the others (and snapshots).

Layout (habit 11: a magic that names the version comes first)::

    b"ASNBNDL1" | header length (4 bytes, big-endian) | JSON header
                | AES-256-GCM(zlib(JSON changes)) | Ed25519 signature (64 bytes)

* The **header** is plain JSON, so a laptop can read its own last bundle's ``upto`` after a crash
  without decrypting: ``format``, ``kind`` ("bundle" or "snapshot"), ``workspace``, ``device``,
  ``seq``, ``hlc_min``/``hlc_max``, ``count``, ``nonce`` and ``extra`` (push bookkeeping, a
  snapshot's cursors).
* The **ciphertext** uses the agency's sync key; magic, length and header are its associated
  data, so a header cannot be swapped onto another bundle's body.
* The **signature** by the writing device covers everything before it. It is checked first,
  against the key enrolled for the device the header names; an unknown device or a bad
  signature is refused before any decryption or decompression is attempted.
* The reader also checks that the header names the workspace, device and seq it expected from
  the file's place on the share, so an old bundle copied under a new name (a replay) is refused.

Every refusal raises ``BundleRejected`` with a reason in Indonesian that names the problem.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import struct
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from asn_desktop.errors import AsnError
from asn_desktop.sync.merge import Change

__all__ = ["FORMAT", "MAGIC", "BundleHeader", "BundleRejected", "decode", "encode", "read_header"]

MAGIC = b"ASNBNDL1"
FORMAT = 1
_LENGTH = struct.Struct(">I")
_SIG = 64
_NONCE = 12
_TAG = 16
_MAX_HEADER = 1 << 20
# A bundle inflates to at most this much (a zip bomb signed by an enrolled key is still refused).
MAX_PLAINTEXT = 1 << 30


class BundleRejected(AsnError):
    """A bundle was refused (unknown device, bad signature, damaged, replayed, other workspace)."""

    code = "bundle_rejected"


@dataclass(frozen=True)
class BundleHeader:
    workspace: str
    device: str
    seq: int
    hlc_min: str
    hlc_max: str
    count: int
    kind: str = "bundle"
    extra: dict[str, Any] = field(default_factory=dict)


def _header_json(header: BundleHeader, nonce: bytes, cipher_len: int) -> bytes:
    body = {
        "cipher_len": cipher_len,
        "format": FORMAT,
        "kind": header.kind,
        "workspace": header.workspace,
        "device": header.device,
        "seq": header.seq,
        "hlc_min": header.hlc_min,
        "hlc_max": header.hlc_max,
        "count": header.count,
        "extra": header.extra,
        "nonce": base64.b64encode(nonce).decode("ascii"),
    }
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def encode(header: BundleHeader, changes: list[Change], *, sync_key: bytes, signing_key: bytes) -> bytes:
    """Serialise, compress, encrypt and sign ``changes`` (module docstring)."""
    payload = json.dumps(
        [[c.table, c.row_id, c.hlc, dict(c.fields), c.deleted] for c in changes],
        separators=(",", ":"),
        ensure_ascii=False,
    ).encode()
    nonce = os.urandom(_NONCE)
    packed = zlib.compress(payload, 6)
    head = _header_json(header, nonce, len(packed) + _TAG)
    aad = MAGIC + _LENGTH.pack(len(head)) + head
    body = aad + AESGCM(sync_key).encrypt(nonce, packed, aad)
    return body + Ed25519PrivateKey.from_private_bytes(signing_key).sign(body)


def _split(blob: bytes, name: str) -> tuple[dict[str, Any], int]:
    if not blob.startswith(MAGIC):
        if blob.startswith(MAGIC[:7]) and len(blob) >= len(MAGIC):
            found = blob[: len(MAGIC)].decode("ascii", "replace")
            raise BundleRejected(
                f"{name}: format {found} belum dikenal versi aplikasi ini; perbarui aplikasi."
            )
        raise BundleRejected(f"{name}: bukan berkas bundel ASN Kinerja atau rusak.")
    start = len(MAGIC) + _LENGTH.size
    if len(blob) < start:
        raise BundleRejected(f"{name}: berkas terpotong.")
    (length,) = _LENGTH.unpack_from(blob, len(MAGIC))
    end = start + length
    if length > _MAX_HEADER or len(blob) < end + _SIG:
        raise BundleRejected(f"{name}: berkas terpotong.")
    try:
        raw = json.loads(blob[start:end])
    except ValueError:
        raise BundleRejected(f"{name}: kepala bundel rusak.") from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        version = raw.get("format") if isinstance(raw, dict) else None
        raise BundleRejected(f"{name}: versi format {version!r} tidak dikenal (dikenal: {FORMAT}).")
    expected = raw.get("cipher_len")
    if type(expected) is not int or len(blob) < end + expected + _SIG:
        raise BundleRejected(f"{name}: berkas terpotong.")
    if len(blob) > end + expected + _SIG:
        raise BundleRejected(f"{name}: berkas rusak (ada data tambahan).")
    return raw, end


def _header(raw: dict[str, Any], name: str) -> BundleHeader:
    try:
        header = BundleHeader(
            workspace=str(raw["workspace"]),
            device=str(raw["device"]),
            seq=int(raw["seq"]),
            hlc_min=str(raw["hlc_min"]),
            hlc_max=str(raw["hlc_max"]),
            count=int(raw["count"]),
            kind=str(raw["kind"]),
            extra=dict(raw["extra"]),
        )
    except (KeyError, TypeError, ValueError):
        raise BundleRejected(f"{name}: kepala bundel tidak lengkap.") from None
    return header


def read_header(blob: bytes, name: str = "bundel") -> BundleHeader:
    """The header only, unverified: for a device re-reading its own bundle after a crash."""
    raw, _ = _split(blob, name)
    return _header(raw, name)


def decode(
    blob: bytes,
    *,
    keys: Mapping[str, bytes],
    sync_key: bytes,
    expect_workspace: str,
    expect_device: str | None = None,
    expect_seq: int | None = None,
    name: str = "bundel",
) -> tuple[BundleHeader, list[Change]]:
    """Verify and open a bundle; ``keys`` maps enrolled device ids to raw Ed25519 public keys."""
    raw, end = _split(blob, name)
    header = _header(raw, name)
    key = keys.get(header.device)
    if key is None:
        raise BundleRejected(f"{name}: perangkat {header.device} tidak terdaftar; bundel ditolak.")
    body, signature = blob[:-_SIG], blob[-_SIG:]
    try:
        Ed25519PublicKey.from_public_bytes(key).verify(signature, body)
    except InvalidSignature:
        raise BundleRejected(
            f"{name}: tanda tangan perangkat {header.device} tidak sah; bundel ditolak."
        ) from None
    if header.workspace != expect_workspace:
        raise BundleRejected(f"{name}: bundel milik ruang kerja lain; ditolak.")
    if (expect_device is not None and header.device != expect_device) or (
        expect_seq is not None and header.seq != expect_seq
    ):
        raise BundleRejected(f"{name}: bundel diputar ulang (isinya bundel lain); ditolak.")
    try:
        nonce = base64.b64decode(raw["nonce"], validate=True)
        packed = AESGCM(sync_key).decrypt(nonce, body[end:], body[:end])
        inflater = zlib.decompressobj()
        payload = inflater.decompress(packed, MAX_PLAINTEXT)
        if inflater.unconsumed_tail:
            raise BundleRejected(f"{name}: isi bundel terlalu besar; ditolak.")
        rows = json.loads(payload)
        changes = [Change(t, r, h, f, bool(d)) for t, r, h, f, d in rows]
    except BundleRejected:
        raise
    except (InvalidTag, ValueError, TypeError, KeyError, binascii.Error, zlib.error):
        raise BundleRejected(f"{name}: isi bundel rusak atau kunci sinkronisasi tidak cocok.") from None
    if len(changes) != header.count:
        raise BundleRejected(f"{name}: jumlah perubahan tidak sesuai kepala bundel.")
    return header, changes
