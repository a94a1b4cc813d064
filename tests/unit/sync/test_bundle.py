"""Bundle format v1: round trip, and every refusal named."""

from __future__ import annotations

import json
import os
import struct
import zlib

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat
from hypothesis import given, settings
from hypothesis import strategies as st

from asn_desktop.sync import bundle
from asn_desktop.sync.bundle import MAGIC, BundleHeader, BundleRejected, decode, encode, read_header
from asn_desktop.sync.merge import Change

KEY = os.urandom(32)
SK = Ed25519PrivateKey.generate()
RAW = SK.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
PUB = SK.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
CHANGES = [
    Change("unit", "r1", "0000000000001-00000-dev", {"name": "Ä"}),
    Change("unit", "r2", "h2", {}, True),
]


def _make(changes=CHANGES, **kw) -> bytes:
    header = BundleHeader("ws", "dev", 3, "a", "b", len(changes), extra={"upto": 7}, **kw)
    return encode(header, changes, sync_key=KEY, signing_key=RAW)


def _open(blob: bytes, **kw):
    args = {"keys": {"dev": PUB}, "sync_key": KEY, "expect_workspace": "ws"} | kw
    return decode(blob, **args)


def test_round_trip_and_header_readable_without_keys() -> None:
    blob = _make()
    header, changes = _open(blob, expect_device="dev", expect_seq=3)
    assert changes == CHANGES
    assert header == read_header(blob)
    assert header.extra == {"upto": 7}
    assert header.kind == "bundle"


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.text(max_size=8),
            st.dictionaries(st.text(max_size=5), st.integers() | st.text(max_size=5), max_size=3),
            st.booleans(),
        ),
        max_size=8,
    )
)
def test_any_changes_round_trip(rows) -> None:
    changes = [
        Change("t", f"r{i}", f"h{i}", {"v" + k: v for k, v in f.items()}, d)
        for i, (_, f, d) in enumerate(rows)
    ]
    assert _open(_make(changes))[1] == changes


def _rebuild(blob: bytes, mutate) -> bytes:
    """Re-sign a bundle whose header JSON was changed (to reach checks past the signature)."""
    (length,) = struct.unpack_from(">I", blob, len(MAGIC))
    start = len(MAGIC) + 4
    head = json.loads(blob[start : start + length])
    mutate(head)
    new = json.dumps(head).encode()
    body = MAGIC + struct.pack(">I", len(new)) + new + blob[start + length : -64]
    return body + SK.sign(body)


@pytest.mark.parametrize(
    ("blob", "reason"),
    [
        (b"PK\x03\x04 not ours", "bukan berkas bundel"),
        (b"ASNBNDL9" + b"\0" * 80, "ASNBNDL9 belum dikenal"),
        (MAGIC + b"\0", "terpotong"),
        (MAGIC + struct.pack(">I", 10**9) + b"{}", "terpotong"),
        (MAGIC + struct.pack(">I", 3) + b"{x}" + b"\0" * 64, "kepala bundel rusak"),
        (MAGIC + struct.pack(">I", 2) + b"[]" + b"\0" * 64, "versi format None"),
        (MAGIC + struct.pack(">I", 12) + b'{"format":1}' + b"\0" * 64, "terpotong"),
    ],
)
def test_damaged_files_are_refused_by_name(blob: bytes, reason: str) -> None:
    with pytest.raises(BundleRejected, match=reason):
        _open(blob)


def test_truncated_extended_tampered_unknown_device_other_workspace_replayed() -> None:
    blob = _make()
    with pytest.raises(BundleRejected, match="terpotong"):
        _open(blob[:-10])
    with pytest.raises(BundleRejected, match="data tambahan"):
        _open(blob + b"x")
    flipped = bytearray(blob)
    flipped[-80] ^= 1
    with pytest.raises(BundleRejected, match="tanda tangan perangkat dev tidak sah"):
        _open(bytes(flipped))
    with pytest.raises(BundleRejected, match="perangkat dev tidak terdaftar"):
        _open(blob, keys={})
    with pytest.raises(BundleRejected, match="ruang kerja lain"):
        _open(blob, expect_workspace="lain")
    with pytest.raises(BundleRejected, match="diputar ulang"):
        _open(blob, expect_seq=4)
    with pytest.raises(BundleRejected, match="diputar ulang"):
        _open(blob, expect_device="dev2")


def test_wrong_key_incomplete_header_bad_body_count_mismatch_and_bomb(monkeypatch) -> None:
    blob = _make()
    with pytest.raises(BundleRejected, match="kunci sinkronisasi tidak cocok"):
        _open(blob, sync_key=os.urandom(32))
    with pytest.raises(BundleRejected, match="tidak lengkap"):
        _open(_rebuild(blob, lambda h: h.pop("seq")))
    lying = encode(BundleHeader("ws", "dev", 3, "a", "b", 5), CHANGES, sync_key=KEY, signing_key=RAW)
    with pytest.raises(BundleRejected, match="jumlah perubahan"):
        _open(lying)
    with pytest.raises(BundleRejected, match="tidak lengkap"):
        read_header(_rebuild(blob, lambda h: h.update(extra=5)))
    monkeypatch.setattr(bundle, "MAX_PLAINTEXT", 10)
    with pytest.raises(BundleRejected, match="terlalu besar"):
        _open(blob)


def test_body_that_decrypts_but_is_not_changes_is_refused(monkeypatch) -> None:
    real = zlib.compress
    monkeypatch.setattr(bundle.zlib, "compress", lambda data, level: real(b'[["only-two", 1]]', level))
    with pytest.raises(BundleRejected, match="isi bundel rusak"):
        _open(_make([]))
