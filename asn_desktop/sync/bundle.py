"""Bundle format v3: what one laptop writes to the share for the others (and snapshots).

Layout (habit 11: a magic that names the version comes first)::

    b"ASNBNDL3" | header length (4 bytes, big-endian) | header JSON | Ed25519 signature (64 bytes)
                | AES-256-GCM(zlib(JSON body))

* The **signature** by the writing device covers magic, length and header, and is checked
  *before anything is parsed*: the reader takes the device from the file's place on the share
  (``log/<device>/…``), verifies with that device's enrolled key, and only then reads the header.
  A file with no valid signature — a forged HEAD's bundle, a copy from another device's folder,
  a half-written file — is refused by name without reading a field of it.
* The **header** (signed, not encrypted) names format, kind, workspace, device, seq, key epoch,
  the body's length and SHA-256, and the digests of the signed change batches the body holds, so
  a body cannot be swapped under a header, nor a batch added or dropped.
* The **body** is encrypted with the agency's sync key of that key epoch, the header being its
  associated data; it holds the batches (``sync.batch``) and, for a bundle, the device's new audit
  events; a snapshot also holds the signed headers of the bundles it covers.
* Decoding bounds what input can cost: the header to 1 MiB, the inflated body to
  ``MAX_PLAINTEXT``, a batch to ``batch.MAX_BATCH`` changes.

Version 3 differs from version 2 only in what its batches may be: chained (``sync.batch`` format
2). A release that knows only version 2 would parse a chained batch as a format-1 one, find its
digest missing from the header and drop it — after which its cursor moves on. With a new magic
it refuses the whole bundle as "format belum dikenal; perbarui aplikasi" instead, keeps it among
the bundles to read again, and reads it once it is updated: a rolling upgrade loses nothing.
Version 2 bundles are still read as they are.

Version 1 bundles (unsigned changes, one device signature over the whole file) are still read,
as *legacy* history: ``decode_v1`` returns their changes as one legacy batch that counts where an
admin attested it.

Every refusal raises ``BundleRejected`` with a reason in Indonesian that names the problem.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import struct
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from asn_desktop.errors import AsnError
from asn_desktop.sync.batch import BatchInvalid, SignedBatch, digest_of, parse_batch
from asn_desktop.untrusted import json_of

__all__ = [
    "FORMAT",
    "MAGIC",
    "MAGIC_V1",
    "MAGIC_V2",
    "Body",
    "BundleHeader",
    "BundleRejected",
    "decode",
    "decode_v1",
    "encode",
    "verify_header",
]

MAGIC = b"ASNBNDL3"
MAGIC_V2 = b"ASNBNDL2"
MAGIC_V1 = b"ASNBNDL1"
FORMAT = 3
_FORMATS = {MAGIC: FORMAT, MAGIC_V2: 2}
_LENGTH = struct.Struct(">I")
_SIG = 64
_NONCE = 12
_MAX_HEADER = 1 << 20
# A bundle inflates to at most this much (a zip bomb signed by an enrolled key is still refused).
MAX_PLAINTEXT = 1 << 30
_KINDS = ("bundle", "snapshot")

EntryCheck = Callable[[str, str, Any], str | None]


class BundleRejected(AsnError):
    """A bundle was refused (unknown device, bad signature, damaged, replayed, other workspace)."""

    code = "bundle_rejected"


@dataclass(frozen=True)
class BundleHeader:
    workspace: str
    device: str
    seq: int
    count: int
    batches: tuple[str, ...]
    kind: str = "bundle"
    key_epoch: int = 0
    epoch: int = 1
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Body:
    """A decoded body: the batches that passed their checks, and what was refused by name."""

    batches: list[SignedBatch] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    audit: list[dict[str, Any]] = field(default_factory=list)
    covered: list[tuple[str, int, bytes]] = field(default_factory=list)  # device, seq, signed header
    epoch: int = 1  # the writer's epoch (a laptop restored from a backup counts up)


def _header_json(header: BundleHeader, nonce: bytes, body: bytes) -> bytes:
    raw = {
        "format": FORMAT,
        "kind": header.kind,
        "workspace": header.workspace,
        "device": header.device,
        "seq": header.seq,
        "epoch": header.epoch,
        "key_epoch": header.key_epoch,
        "count": header.count,
        "batches": list(header.batches),
        "body_len": len(body),
        "body_sha256": hashlib.sha256(body).hexdigest(),
        "nonce": base64.b64encode(nonce).decode("ascii"),
        "extra": header.extra,
    }
    return json.dumps(raw, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def encode(
    header: BundleHeader,
    batches: list[SignedBatch],
    *,
    sync_key: bytes,
    signing_key: bytes,
    audit: list[dict[str, Any]] | None = None,
    covered: list[tuple[str, int, bytes]] | None = None,
    origins: dict[str, str] | None = None,
) -> bytes:
    """Serialise, compress, encrypt and sign (module docstring)."""
    wires = [b.wire() for b in batches]
    body_json: dict[str, Any] = {"batches": wires}
    if audit:
        body_json["audit"] = audit
    if header.kind == "snapshot":
        for wire, b in zip(wires, batches, strict=True):
            wire["digest_hint"] = b.digest
        body_json["covered"] = [[d, s, base64.b64encode(h).decode("ascii")] for d, s, h in covered or []]
        body_json["origins"] = origins or {}
    packed = zlib.compress(json.dumps(body_json, separators=(",", ":"), ensure_ascii=False).encode(), 6)
    nonce = os.urandom(_NONCE)
    body = AESGCM(sync_key).encrypt(nonce, packed, _aad(header, MAGIC))
    head = _header_json(header, nonce, body)
    signed = MAGIC + _LENGTH.pack(len(head)) + head
    signature = Ed25519PrivateKey.from_private_bytes(signing_key).sign(signed)
    return signed + signature + body


def _aad(header: BundleHeader, magic: bytes) -> bytes:
    # The associated data binds the ciphertext to who wrote it where; the header's own hash of
    # the body binds it the other way, and the signature covers that header.
    return f"{magic.decode()}|{header.workspace}|{header.device}|{header.kind}|{header.seq}".encode()


def split_signed(blob: bytes, name: str) -> tuple[bytes, bytes, bytes]:
    """(signed part, signature, body) of a v2 or v3 file, checking only lengths."""
    if not blob.startswith((MAGIC, MAGIC_V2)):
        if blob.startswith(MAGIC[:7]) and len(blob) >= len(MAGIC) and not blob.startswith(MAGIC_V1):
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
    return blob[:end], blob[end : end + _SIG], blob[end + _SIG :]


def verify_header(signed: bytes, signature: bytes, key: bytes, name: str) -> dict[str, Any]:
    """The header's fields, after the signature by ``key`` (raw Ed25519) holds over them."""
    try:
        Ed25519PublicKey.from_public_bytes(key).verify(signature, signed)
    except (InvalidSignature, ValueError):
        raise BundleRejected(f"{name}: tanda tangan perangkat tidak sah; ditolak.") from None
    try:
        raw = json_of(signed[len(MAGIC) + _LENGTH.size :])
    except ValueError:
        raise BundleRejected(f"{name}: kepala bundel rusak.") from None
    if not isinstance(raw, dict) or raw.get("format") != _FORMATS.get(signed[: len(MAGIC)]):
        raise BundleRejected(f"{name}: versi format tidak dikenal (dikenal: {FORMAT}).")
    return raw


def _int(raw: Mapping[str, Any], key: str, low: int = 0, high: int = 2**53) -> int:
    value = raw.get(key)
    if type(value) is not int or not low <= value <= high:
        raise ValueError(key)
    return value


def _parse_header(raw: dict[str, Any], name: str) -> BundleHeader:
    try:
        batches = raw["batches"]
        if not isinstance(batches, list) or not all(isinstance(b, str) and len(b) <= 80 for b in batches):
            raise ValueError("batches")
        if raw.get("kind") not in _KINDS or not isinstance(raw.get("extra"), dict):
            raise ValueError("kind")
        return BundleHeader(
            workspace=str(raw["workspace"]),
            device=str(raw["device"]),
            seq=_int(raw, "seq"),
            count=_int(raw, "count"),
            batches=tuple(batches),
            kind=str(raw["kind"]),
            key_epoch=_int(raw, "key_epoch", 0, 10**6),
            epoch=_int(raw, "epoch", 1, 10**6),
            extra=dict(raw["extra"]),
        )
    except (KeyError, TypeError, ValueError):
        raise BundleRejected(f"{name}: kepala bundel tidak lengkap atau tidak sah.") from None


def signed_header(
    blob: bytes, *, key: bytes, expect_workspace: str, expect_device: str, name: str
) -> tuple[BundleHeader, dict[str, Any], bytes]:
    """Verify the device signature, then read and check the header, not yet the body it names;
    returns (header, raw, body)."""
    signed, signature, body = split_signed(blob, name)
    raw = verify_header(signed, signature, key, name)
    header = _parse_header(raw, name)
    if header.workspace != expect_workspace:
        raise BundleRejected(f"{name}: bundel milik ruang kerja lain; ditolak.")
    if header.device != expect_device:
        raise BundleRejected(f"{name}: bundel perangkat lain di folder ini; ditolak.")
    return header, raw, body


def open_header(
    blob: bytes, *, key: bytes, expect_workspace: str, expect_device: str, name: str
) -> tuple[BundleHeader, dict[str, Any], bytes]:
    """``signed_header``, and the body's length and hash checked against it."""
    header, raw, body = signed_header(
        blob, key=key, expect_workspace=expect_workspace, expect_device=expect_device, name=name
    )
    if raw.get("body_len") != len(body) or raw.get("body_sha256") != hashlib.sha256(body).hexdigest():
        raise BundleRejected(f"{name}: isi bundel tidak cocok dengan kepalanya (rusak atau diganti).")
    return header, raw, body


def decode(
    blob: bytes,
    *,
    key: bytes,
    sync_keys: Mapping[int, bytes],
    expect_workspace: str,
    expect_device: str,
    expect_seq: int | None,
    check: EntryCheck,
    name: str = "bundel",
) -> tuple[BundleHeader, Body]:
    """Verify and open a bundle or snapshot of ``expect_device`` (whose raw public key is ``key``)."""
    header, raw, body = open_header(
        blob, key=key, expect_workspace=expect_workspace, expect_device=expect_device, name=name
    )
    if expect_seq is not None and (header.kind != "bundle" or header.seq != expect_seq):
        raise BundleRejected(f"{name}: bundel diputar ulang (isinya bundel lain); ditolak.")
    sync_key = sync_keys.get(header.key_epoch)
    if sync_key is None:
        raise BundleRejected(
            f"{name}: kunci sinkronisasi generasi {header.key_epoch} belum diterima laptop ini."
        )
    try:
        nonce = base64.b64decode(raw["nonce"], validate=True)
        packed = AESGCM(sync_key).decrypt(nonce, body, _aad(header, blob[: len(MAGIC)]))
        inflater = zlib.decompressobj()
        payload = inflater.decompress(packed, MAX_PLAINTEXT)
        if inflater.unconsumed_tail:
            raise BundleRejected(f"{name}: isi bundel terlalu besar; ditolak.")
        content = json_of(payload)
        if not isinstance(content, dict) or not isinstance(content.get("batches"), list):
            raise ValueError("body")
    except BundleRejected:
        raise
    except (InvalidTag, ValueError, TypeError, KeyError, binascii.Error, zlib.error):
        raise BundleRejected(f"{name}: isi bundel rusak atau kunci sinkronisasi tidak cocok.") from None
    return header, _body(content, header, expect_workspace, check, name)


def _body(
    content: dict[str, Any], header: BundleHeader, workspace: str, check: EntryCheck, name: str
) -> Body:
    out = Body(epoch=header.epoch)
    origins = _origins(content, out, header, name)
    listed = set(header.batches)
    for i, raw_batch in enumerate(content["batches"]):
        label = f"{name}, kumpulan ke-{i + 1}"
        origin = header.device
        if isinstance(raw_batch, dict) and header.kind == "snapshot":
            origin = origins.get(str(raw_batch.get("digest_hint")), "")
        try:
            batch = parse_batch(raw_batch, workspace_id=workspace, origin=origin)
        except BatchInvalid as exc:
            out.refused.append(f"{label} ditolak: {exc}")
            continue
        if header.kind == "snapshot":
            if batch.digest != raw_batch.get("digest_hint"):
                out.refused.append(f"{label} ditolak: isinya tidak cocok dengan namanya")
                continue
        elif batch.digest not in listed:
            out.refused.append(f"{label} ditolak: tidak tercantum di kepala bundel yang ditandatangani")
            continue
        problem = next((p for t, r, _h, f, _d in batch.entries if (p := check(t, r, f)) is not None), None)
        if problem is not None:
            out.refused.append(f"{label} ({batch.digest[:12]}) ditolak: {problem}")
            continue
        out.batches.append(batch)
    audit = content.get("audit", [])
    if isinstance(audit, list):
        out.audit = [a for a in audit if isinstance(a, dict)]
    return out


def _origins(content: dict[str, Any], out: Body, header: BundleHeader, name: str) -> dict[str, str]:
    """For a snapshot: which device each batch digest came from, read off the covered headers."""
    if header.kind != "snapshot":
        return {}
    covered = content.get("covered", [])
    if not isinstance(covered, list):
        raise BundleRejected(f"{name}: daftar bundel yang dicakup rusak.")
    for item in covered:
        if (
            isinstance(item, list)
            and len(item) == 3
            and isinstance(item[0], str)
            and type(item[1]) is int
            and isinstance(item[2], str)
        ):
            try:
                out.covered.append((item[0], item[1], base64.b64decode(item[2], validate=True)))
            except ValueError:  # binascii.Error, or text that is not ASCII at all
                continue
    hints = content.get("origins", {})
    return {str(k): str(v) for k, v in hints.items()} if isinstance(hints, dict) else {}


def decode_v1(
    blob: bytes,
    *,
    key: bytes,
    sync_key: bytes,
    expect_workspace: str,
    expect_device: str,
    expect_seq: int,
    check: EntryCheck,
    name: str = "bundel",
) -> SignedBatch:
    """A version-1 bundle's changes as one *legacy* batch (module docstring); BundleRejected if bad."""
    if not blob.startswith(MAGIC_V1) or len(blob) < len(MAGIC_V1) + _LENGTH.size + _SIG:
        raise BundleRejected(f"{name}: bukan berkas bundel ASN Kinerja atau rusak.")
    signed, signature = blob[:-_SIG], blob[-_SIG:]
    try:
        Ed25519PublicKey.from_public_bytes(key).verify(signature, signed)
    except (InvalidSignature, ValueError):
        raise BundleRejected(f"{name}: tanda tangan perangkat tidak sah; ditolak.") from None
    try:
        (length,) = _LENGTH.unpack_from(blob, len(MAGIC_V1))
        end = len(MAGIC_V1) + _LENGTH.size + length
        raw = json_of(blob[len(MAGIC_V1) + _LENGTH.size : end])
        if raw.get("workspace") != expect_workspace or raw.get("device") != expect_device:
            raise BundleRejected(f"{name}: bundel milik ruang kerja atau perangkat lain; ditolak.")
        if raw.get("seq") != expect_seq:
            raise BundleRejected(f"{name}: bundel diputar ulang (isinya bundel lain); ditolak.")
        nonce = base64.b64decode(raw["nonce"], validate=True)
        packed = AESGCM(sync_key).decrypt(nonce, signed[end:], signed[:end])
        inflater = zlib.decompressobj()
        rows = json_of(inflater.decompress(packed, MAX_PLAINTEXT))
        if inflater.unconsumed_tail or not isinstance(rows, list) or not rows:
            raise ValueError("rows")
        entries = [[t, r, h, f, bool(d)] for t, r, h, f, d in rows]
        batch = parse_batch(
            {"kind": "legacy", "author": None, "sig": "", "entries": entries},
            workspace_id=expect_workspace,
            origin=expect_device,
        )
    except BundleRejected:
        raise
    except (InvalidTag, ValueError, TypeError, KeyError, binascii.Error, zlib.error, struct.error) as exc:
        raise BundleRejected(f"{name}: bundel format lama rusak ({exc}).") from None
    problem = next((p for t, r, _h, f, _d in batch.entries if (p := check(t, r, f)) is not None), None)
    if problem is not None:
        raise BundleRejected(f"{name}: {problem}")
    return batch


def legacy_digest(workspace: str, batch: SignedBatch) -> str:
    return digest_of(workspace, "legacy", None, batch.entries)
