"""Signed change batches: one author's changes, covered by that author's signature.

A batch is what a person did in one transaction (a large import is split into parts of at most
``MAX_BATCH`` changes). It is signed when the transaction commits, while its author is logged in
and their key is unsealed — a bundle is pushed later, maybe by somebody else on the same laptop,
so the signature cannot wait for the push. Its canonical form::

    ["asn-batch/1", workspace id, kind, author, [[table, row id, hlc, fields, deleted], …]]

as compact JSON with sorted keys; its *digest* is the SHA-256 of that text, and the author signs
the digest.

Format 2 (``asn-batch/2``, every batch signed since) adds ``prev`` after the author: the digest of
the batch the same author signed before on the same laptop (or null)::

    ["asn-batch/2", workspace id, kind, author, prev, [[table, row id, hlc, fields, deleted], …]]

So an author's batches from one laptop form a hash chain, and a valid signature on one batch
vouches for every batch before it in its chain (``sync.authz``): a receiver checks one signature
per author chain — the newest batch it holds — instead of one per transaction, which is what
lets a new laptop join an agency with years of history.

The receiving laptop rebuilds the canonical form from what it parsed, so a batch that was
re-encoded, reordered, relinked or edited no longer matches its signature, the digest listed in
the bundle header, or the ``prev`` its successor names.

``kind`` is ``user`` for a signed batch, or ``legacy`` for changes made before signatures
existed (an upgraded workspace's history): a legacy batch has no signature and counts only where
an admin attested its digest (``store.models.LegacyAttestation``).
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from asn_desktop.sync.hlc import Hlc, HlcInvalid

__all__ = [
    "FORMAT",
    "FORMAT_CHAINED",
    "LEGACY_LOCAL",
    "MAX_BATCH",
    "VERSION",
    "BatchInvalid",
    "SignedBatch",
    "canonical",
    "digest_of",
    "fields_text",
    "parse_batch",
    "signing_message",
]

FORMAT = "asn-batch/1"
FORMAT_CHAINED = "asn-batch/2"
VERSION = 2  # what this laptop signs
MAX_BATCH = 5000
LEGACY_LOCAL = "legacy:local"  # this laptop's own history from before the upgrade (never pushed as is)
_KINDS = ("user", "legacy")

Entry = tuple[str, str, str, Mapping[str, Any], bool]


class BatchInvalid(ValueError):
    """A batch that is not well formed (the reason is Indonesian, for the report)."""


def canonical(
    workspace_id: str,
    kind: str,
    author: str | None,
    entries: Iterable[Entry],
    *,
    version: int = 1,
    prev: str | None = None,
) -> bytes:
    rows = list(entries)
    texts = [fields_text(dict(f)) for _, _, _, f, _ in rows]
    return _canonical(workspace_id, kind, author, rows, texts, version=version, prev=prev)


# Compact JSON with sorted keys: the canonical form's encoding, and how the log stores fields.
_JSON = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)
fields_text = _JSON.encode
_string = json.encoder.encode_basestring  # what ``_JSON`` writes for a str (ensure_ascii off)


def _canonical(
    workspace_id: str,
    kind: str,
    author: str | None,
    rows: Sequence[Sequence[Any]],
    texts: Sequence[str],
    *,
    version: int,
    prev: str | None,
) -> bytes:
    """The canonical form of rows ``(table, row id, hlc, fields, deleted)`` whose fields are
    already encoded (``texts``, by ``fields_text``).

    It is the text ``json.dumps`` gives for the whole body with ``_JSON``'s settings (JSON is
    compositional: a value encodes the same alone as inside a list), assembled from the parts so
    that each entry's fields are encoded once, for the digest and for the log alike. The property
    test ``test_bundle.py::test_the_assembled_form_is_the_encoders_form`` holds it to
    ``json.dumps``; table, row id and HLC are checked to be strings before they get here.
    """
    head: list[Any] = (
        [FORMAT, workspace_id, kind, author]
        if version == 1
        else [FORMAT_CHAINED, workspace_id, kind, author, prev]
    )
    body = ",".join(
        f"[{_string(t)},{_string(r)},{_string(h)},{f},{'true' if d else 'false'}]"
        for (t, r, h, _, d), f in zip(rows, texts, strict=True)
    )
    return f"{_JSON.encode(head)[:-1]},[{body}]]".encode()


def signing_message(workspace_id: str, digest: str) -> bytes:
    """What an author signs for a batch: the digest, bound to the agency."""
    return f"asn-batch-sig/1\x00{workspace_id}\x00{digest}".encode()


def digest_of(
    workspace_id: str,
    kind: str,
    author: str | None,
    entries: Iterable[Entry],
    *,
    version: int = 1,
    prev: str | None = None,
) -> str:
    return hashlib.sha256(
        canonical(workspace_id, kind, author, entries, version=version, prev=prev)
    ).hexdigest()


@dataclass(frozen=True)
class SignedBatch:
    """A batch as it travels: who, what, and the signature (empty for a legacy batch)."""

    kind: str
    author: str | None
    entries: tuple[Entry, ...]
    signature: bytes
    digest: str
    version: int = 1
    prev: str | None = None
    # Each entry's fields as ``fields_text`` encodes them, when parsed from the wire (else empty):
    # the log stores this text, so a new laptop's half a million entries are encoded once.
    texts: tuple[str, ...] = field(default=(), compare=False, repr=False)

    @property
    def first_hlc(self) -> str:
        return self.entries[0][2]

    def wire(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "author": self.author,
            "sig": self.signature.hex(),
            "entries": [[t, r, h, dict(f), d] for t, r, h, f, d in self.entries],
        }
        if self.version != 1:
            out["v"], out["prev"] = self.version, self.prev
        return out


_NEVER = re.compile(r"(?!)")


@functools.lru_cache(maxsize=256)
def _stamp_of(origin: str) -> re.Pattern[str]:
    """An HLC of this origin: ``Hlc.parse``'s form with the device fixed. An origin that is not a
    device id in that form (a snapshot's hint is input) matches nothing, so ``_entry`` decides."""
    try:
        Hlc.device_of(f"{0:013d}-{0:05d}-{origin}")
    except HlcInvalid:
        return _NEVER
    return re.compile(r"[0-9]{13}-[0-9]{5}-" + re.escape(origin))


def _entry(raw: Any, origin: str) -> Entry:
    if not isinstance(raw, list) or len(raw) != 5:
        raise BatchInvalid("perubahan bukan daftar lima unsur")
    table, row_id, hlc, fields, deleted = raw
    if not isinstance(table, str) or not isinstance(row_id, str) or not isinstance(fields, dict):
        raise BatchInvalid("perubahan memuat jenis data yang salah")
    if type(deleted) is not bool:
        raise BatchInvalid("penanda hapus bukan benar/salah")
    try:
        device = Hlc.device_of(hlc)
    except HlcInvalid as exc:
        raise BatchInvalid(str(exc)) from None
    if device != origin:
        # Only a device can stamp its own id into a clock: another id would let a laptop pose as
        # a peer and win that peer's ties.
        raise BatchInvalid(f"cap waktu {hlc} menyebut perangkat lain daripada pengirimnya")
    return table, row_id, hlc, fields, deleted


def parse_batch(raw: Any, *, workspace_id: str, origin: str) -> SignedBatch:
    """A batch from its wire form, structurally checked and with its digest recomputed."""
    if not isinstance(raw, dict):
        raise BatchInvalid("kumpulan perubahan bukan objek")
    kind, author, sig, entries = raw.get("kind"), raw.get("author"), raw.get("sig"), raw.get("entries")
    if kind not in _KINDS:
        raise BatchInvalid(f"jenis kumpulan {str(kind)[:20]!r} tidak dikenal")
    if author is not None and (not isinstance(author, str) or len(author) > 36):
        raise BatchInvalid("penulis tidak sah")
    if kind == "user" and author is None:
        raise BatchInvalid("kumpulan perubahan tanpa penulis")
    if not isinstance(sig, str) or len(sig) > 128:
        raise BatchInvalid("tanda tangan tidak sah")
    try:
        signature = bytes.fromhex(sig)
    except ValueError:
        raise BatchInvalid("tanda tangan tidak sah") from None
    if not isinstance(entries, list) or not 0 < len(entries) <= MAX_BATCH:
        raise BatchInvalid("jumlah perubahan dalam kumpulan tidak sah")
    version, prev = raw.get("v", 1), raw.get("prev")
    if type(version) is not int or version not in (1, 2):
        raise BatchInvalid(f"versi kumpulan {str(version)[:10]!r} tidak dikenal")
    if version == 1 and prev is not None:
        raise BatchInvalid("kumpulan versi 1 tidak menyebut kumpulan sebelumnya")
    if prev is not None and not _is_digest(prev):
        raise BatchInvalid("rujukan ke kumpulan sebelumnya tidak sah")
    # The usual entry, checked in one step: a list of five whose HLC is this origin's, in the exact
    # form ``Hlc.parse`` takes; any other goes through ``_entry``, which names what is wrong.
    stamp = _stamp_of(origin)
    parsed = tuple(
        tuple(e)
        if type(e) is list
        and len(e) == 5
        and type(e[0]) is str
        and type(e[1]) is str
        and type(e[2]) is str
        and stamp.fullmatch(e[2]) is not None
        and type(e[3]) is dict
        and type(e[4]) is bool
        else _entry(e, origin)
        for e in entries
    )
    texts = tuple(fields_text(e[3]) for e in parsed)
    try:
        digest = hashlib.sha256(
            _canonical(workspace_id, kind, author, parsed, texts, version=version, prev=prev)
        ).hexdigest()
    except UnicodeEncodeError:
        # JSON's ``\ud800`` escapes decode to lone surrogates, which no UTF-8 text (so nothing an
        # author signed, and nothing the database can store) holds.
        raise BatchInvalid("perubahan memuat teks yang bukan UTF-8 sah") from None
    return SignedBatch(kind, author, parsed, signature, digest, version, prev, texts)


_DIGEST = re.compile(r"[0-9a-f]{64}")


def _is_digest(value: Any) -> bool:
    return isinstance(value, str) and _DIGEST.fullmatch(value) is not None
