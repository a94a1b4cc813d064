"""Bundle format v2 (and reading v1 as legacy): round trip, and every refusal named.

The reader is handed files an attacker may have written: each test builds one the way an attacker
(or a damaged disk) would and checks that it is refused by name, before any field of it is used.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
import zlib

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat
from hypothesis import given, settings
from hypothesis import strategies as st

from asn_desktop.sync import bundle
from asn_desktop.sync.batch import (
    BatchInvalid,
    SignedBatch,
    canonical,
    digest_of,
    fields_text,
    parse_batch,
    signing_message,
)
from asn_desktop.sync.bundle import MAGIC, MAGIC_V1, BundleHeader, BundleRejected, decode, encode

WS = "01900000-0000-7000-8000-0000000000aa"
DEV = "01900000-0000-7000-8000-00000000000a"
OTHER = "01900000-0000-7000-8000-00000000000b"
ROW = "01900000-0000-7000-8000-0000000000r1".replace("r", "0")
KEY = os.urandom(32)
SK = Ed25519PrivateKey.generate()
RAW = SK.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
PUB = SK.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
AUTHOR = Ed25519PrivateKey.generate()


def h(wall: int, dev: str = DEV) -> str:
    return f"{wall:013d}-00000-{dev}"


def batch(*entries: list, author: str = "u1", origin: str = DEV) -> SignedBatch:
    rows = [list(e) for e in entries] or [["unit", ROW, h(1, origin), {"name": "Ä"}, False]]
    digest = digest_of(WS, "user", author, [tuple(r) for r in rows])
    sig = AUTHOR.sign(signing_message(WS, digest)).hex()
    return parse_batch(
        {"kind": "user", "author": author, "sig": sig, "entries": rows}, workspace_id=WS, origin=origin
    )


def no_problem(*_args: object) -> str | None:
    return None


def _make(batches: list[SignedBatch] | None = None, *, seq: int = 3, **kw) -> bytes:
    batches = [batch()] if batches is None else batches
    header = BundleHeader(
        WS, DEV, seq, sum(len(b.entries) for b in batches), tuple(b.digest for b in batches), **kw
    )
    return encode(header, batches, sync_key=KEY, signing_key=RAW, audit=[{"seq": 1}, "x"])


def _open(blob: bytes, **kw):
    args = {
        "key": PUB,
        "sync_keys": {0: KEY},
        "expect_workspace": WS,
        "expect_device": DEV,
        "expect_seq": 3,
        "check": no_problem,
    } | kw
    return decode(blob, **args)


def _resign(signed: bytes, body: bytes) -> bytes:
    return signed + SK.sign(signed) + body


def _with_header(blob: bytes, change) -> bytes:
    signed, _sig, body = bundle.split_signed(blob, "x")
    raw = json.loads(signed[len(MAGIC) + 4 :])
    change(raw)
    head = json.dumps(raw, sort_keys=True, separators=(",", ":")).encode()
    return _resign(MAGIC + struct.pack(">I", len(head)) + head, body)


def test_round_trip() -> None:
    b = batch()
    header, body = _open(_make([b], extra={"upto": 7}))
    assert (header.seq, header.extra, header.kind, header.batches) == (3, {"upto": 7}, "bundle", (b.digest,))
    assert [x.digest for x in body.batches] == [b.digest]
    assert body.batches[0].entries == b.entries
    assert body.audit == [{"seq": 1}]  # a non-object audit line is dropped
    assert body.refused == []


def test_chained_batches_keep_their_link_and_their_name_on_the_way() -> None:
    first = batch()
    rows = [["unit", ROW, h(2), {"name": "B"}, False]]
    digest = digest_of(WS, "user", "u1", [tuple(r) for r in rows], version=2, prev=first.digest)
    assert digest != digest_of(WS, "user", "u1", [tuple(r) for r in rows]), "the link is part of the name"
    wire = {
        "kind": "user",
        "author": "u1",
        "sig": AUTHOR.sign(signing_message(WS, digest)).hex(),
        "entries": rows,
        "v": 2,
        "prev": first.digest,
    }
    second = parse_batch(wire, workspace_id=WS, origin=DEV)
    assert (second.version, second.prev, second.digest) == (2, first.digest, digest)
    _, body = _open(_make([first, second]))
    assert [(b.version, b.prev, b.digest) for b in body.batches] == [
        (1, None, first.digest),
        (2, first.digest, digest),
    ]
    # a relinked batch is another batch: not the one the header lists
    relinked = {**wire, "prev": "0" * 64}
    assert parse_batch(relinked, workspace_id=WS, origin=DEV).digest != digest


def test_a_version_2_bundle_of_the_release_before_is_still_read(monkeypatch) -> None:
    b = batch()
    monkeypatch.setattr(bundle, "MAGIC", bundle.MAGIC_V2)
    monkeypatch.setattr(bundle, "FORMAT", 2)
    old = _make([b])
    monkeypatch.undo()
    assert old.startswith(b"ASNBNDL2")
    _, body = _open(old)
    assert [x.digest for x in body.batches] == [b.digest]
    assert _make([b]).startswith(b"ASNBNDL3")
    # a version-3 magic over a version-2 header (or the reverse) is neither
    signed, signature, rest = bundle.split_signed(old, "x")
    relabelled = MAGIC + signed[len(MAGIC) :]
    with pytest.raises(BundleRejected, match="versi format"):
        _open(_resign(relabelled, rest))
    assert signature


@settings(max_examples=20, deadline=None)
@given(
    st.lists(
        st.dictionaries(st.sampled_from(["name", "code"]), st.text(max_size=5) | st.none(), max_size=2),
        min_size=1,
        max_size=6,
    )
)
def test_any_batches_round_trip(fields) -> None:
    batches = [batch(["unit", ROW, h(i + 1), f, False]) for i, f in enumerate(fields)]
    _, body = _open(_make(batches))
    assert [b.entries for b in body.batches] == [b.entries for b in batches]


@pytest.mark.parametrize(
    ("blob", "reason"),
    [
        (b"", "bukan berkas bundel"),
        (b"PK\x03\x04zip", "bukan berkas bundel"),
        (b"ASNBNDL9" + b"\x00" * 80, "ASNBNDL9 belum dikenal"),
        (MAGIC_V1 + b"\x00" * 80, "bukan berkas bundel"),
        (MAGIC + b"\x00\x00", "terpotong"),
        (MAGIC + struct.pack(">I", 1 << 21) + b"x" * 100, "terpotong"),
        (MAGIC + struct.pack(">I", 10) + b"{}", "terpotong"),
    ],
)
def test_damaged_files_are_refused_by_name(blob: bytes, reason: str) -> None:
    with pytest.raises(BundleRejected, match=reason):
        _open(blob)


def test_signature_is_checked_before_any_field_is_read() -> None:
    blob = bytearray(_make())
    blob[len(MAGIC) + 6] ^= 1  # one byte of the header, which nobody may read before the check
    with pytest.raises(BundleRejected, match="tanda tangan perangkat tidak sah"):
        _open(bytes(blob))
    with pytest.raises(BundleRejected, match="tanda tangan perangkat tidak sah"):
        _open(
            _make(),
            key=Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw),
        )
    with pytest.raises(BundleRejected, match="tanda tangan perangkat tidak sah"):
        _open(_make(), key=b"short")


def test_signed_but_broken_headers() -> None:
    body = b"x"
    not_json = MAGIC + struct.pack(">I", 3) + b"{{{"
    with pytest.raises(BundleRejected, match="kepala bundel rusak"):
        _open(_resign(not_json, body))
    wrong = json.dumps({"format": 1}).encode()
    with pytest.raises(BundleRejected, match="versi format"):
        _open(_resign(MAGIC + struct.pack(">I", len(wrong)) + wrong, body))
    good = _make()
    for change, reason in [
        (lambda r: r.pop("seq"), "tidak lengkap"),
        (lambda r: r.update(seq=True), "tidak lengkap"),
        (lambda r: r.update(seq=-1), "tidak lengkap"),
        (lambda r: r.update(batches="abc"), "tidak lengkap"),
        (lambda r: r.update(batches=[1]), "tidak lengkap"),
        (lambda r: r.update(kind="other"), "tidak lengkap"),
        (lambda r: r.update(extra=[]), "tidak lengkap"),
        (lambda r: r.update(workspace="lain"), "ruang kerja lain"),
        (lambda r: r.update(device=OTHER), "perangkat lain"),
        (lambda r: r.update(body_sha256="0" * 64), "tidak cocok dengan kepalanya"),
        (lambda r: r.update(seq=4), "diputar ulang"),
        (lambda r: r.update(key_epoch=7), "generasi 7 belum diterima"),
        (lambda r: r.update(nonce="###"), "rusak atau kunci"),
    ]:
        with pytest.raises(BundleRejected, match=reason):
            _open(_with_header(good, change))


def test_truncated_body_wrong_sync_key_and_snapshot_for_a_bundle() -> None:
    blob = _make()
    with pytest.raises(BundleRejected, match="tidak cocok dengan kepalanya"):
        _open(blob[:-5])
    with pytest.raises(BundleRejected, match="rusak atau kunci"):
        _open(blob, sync_keys={0: os.urandom(32)})
    snap = encode(BundleHeader(WS, DEV, 3, 0, (), kind="snapshot"), [], sync_key=KEY, signing_key=RAW)
    with pytest.raises(BundleRejected, match="diputar ulang"):
        _open(snap)


def _encrypted(payload: bytes, **header_kw) -> bytes:
    """A bundle whose (correctly encrypted and signed) body holds ``payload`` as it is."""
    header = BundleHeader(WS, DEV, 3, 0, header_kw.pop("batches", ()), **header_kw)
    nonce = os.urandom(12)
    body = AESGCM(KEY).encrypt(nonce, payload, bundle._aad(header, MAGIC))
    head = bundle._header_json(header, nonce, body)
    return _resign(MAGIC + struct.pack(">I", len(head)) + head, body)


def test_bodies_that_decrypt_but_are_not_ours(monkeypatch) -> None:
    with pytest.raises(BundleRejected, match="rusak"):
        _open(_encrypted(zlib.compress(b"[1, 2]")))
    with pytest.raises(BundleRejected, match="rusak"):
        _open(_encrypted(zlib.compress(b'{"batches": {}}')))
    with pytest.raises(BundleRejected, match="rusak"):
        _open(_encrypted(b"not zlib"))
    _, body = _open(_encrypted(zlib.compress(b'{"batches": [], "audit": "x"}')))
    assert body.audit == []
    _, body = _open(
        _encrypted(zlib.compress(b'{"batches": [], "covered": [], "origins": []}'), kind="snapshot"),
        expect_seq=None,
    )
    assert body.covered == []
    monkeypatch.setattr(bundle, "MAX_PLAINTEXT", 1000)
    with pytest.raises(BundleRejected, match="terlalu besar"):
        _open(_encrypted(zlib.compress(b'{"batches": []' + b" " * 5000 + b"}")))


def test_json_nested_deeper_than_the_parser_goes_is_refused_by_name() -> None:
    """The parser raises RecursionError past about a thousand levels, which no ``except
    ValueError`` caught: a laptop's own header or body could stop every receiver's sync."""
    deep = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(BundleRejected, match="isi bundel rusak"):
        _open(_encrypted(zlib.compress(deep)))
    with pytest.raises(BundleRejected, match="kepala bundel rusak"):
        _open(_resign(MAGIC + struct.pack(">I", len(deep)) + deep, b""))


def test_a_bad_batch_is_refused_by_name_and_the_rest_kept() -> None:
    good = batch()
    forged = batch(["unit", ROW, h(2), {"name": "lain"}, False])
    header = BundleHeader(WS, DEV, 3, 2, (good.digest,))  # the forged one is not in the signed header
    blob = encode(header, [good, forged], sync_key=KEY, signing_key=RAW)
    _, body = _open(blob)
    assert [b.digest for b in body.batches] == [good.digest]
    assert "tidak tercantum di kepala bundel" in body.refused[0]
    wire = good.wire()
    wire["entries"][0][2] = "zzzz-0-x"
    payload = zlib.compress(json.dumps({"batches": [wire]}).encode())
    _, body = _open(_encrypted(payload))
    assert "cap waktu HLC tidak sah" in body.refused[0]
    _, body = _open(_make(), check=lambda t, r, f: "unit.name harus teks")
    assert body.batches == []
    assert "harus teks" in body.refused[0]
    # A lone surrogate (JSON's "\ud800") is no UTF-8 text: hashing or storing it would raise.
    for where in (
        lambda w: w["entries"][0][3].update(name="\ud800"),
        lambda w: w["entries"][0].__setitem__(1, "\udfff"),
    ):
        wire = good.wire()
        where(wire)
        payload = zlib.compress(json.dumps({"batches": [wire, good.wire()]}).encode())
        _, body = _open(_encrypted(payload, batches=(good.digest,)))
        assert [b.digest for b in body.batches] == [good.digest]
        assert "bukan UTF-8 sah" in body.refused[0]


_ANY_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats()
    | st.text(max_size=8)
    | st.sampled_from(["user", "legacy", DEV, h(1), "0" * 64, "\ud800", "é"]),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=6), inner, max_size=5),
    max_leaves=25,
)
_BODY = st.fixed_dictionaries(
    {},
    optional={
        "batches": st.lists(
            st.fixed_dictionaries(
                {},
                optional={
                    "kind": _ANY_JSON,
                    "author": _ANY_JSON,
                    "sig": _ANY_JSON,
                    "entries": st.lists(
                        st.tuples(
                            st.sampled_from(["unit", "employee", "x"]) | _ANY_JSON,
                            st.just(ROW) | _ANY_JSON,
                            st.sampled_from([h(1), h(2, OTHER), "zzzz-0-x"]) | _ANY_JSON,
                            st.dictionaries(st.sampled_from(["name", "code", "x"]), _ANY_JSON, max_size=2)
                            | _ANY_JSON,
                            st.booleans() | _ANY_JSON,
                        ).map(list)
                        | _ANY_JSON,
                        max_size=3,
                    )
                    | _ANY_JSON,
                    "v": _ANY_JSON,
                    "prev": _ANY_JSON,
                    "digest_hint": _ANY_JSON,
                },
            )
            | _ANY_JSON,
            max_size=4,
        )
        | _ANY_JSON,
        "covered": st.lists(
            st.tuples(
                st.sampled_from([DEV, OTHER]) | st.text(max_size=4),
                st.integers(-1, 4),
                st.sampled_from(["", "v1:" + "0" * 64, "é", "AAAA", "!"]) | st.text(max_size=6),
            ).map(list)
            | _ANY_JSON,
            max_size=4,
        )
        | _ANY_JSON,
        "origins": st.dictionaries(st.text(max_size=6), _ANY_JSON, max_size=3) | _ANY_JSON,
        "audit": _ANY_JSON,
    },
)


@settings(max_examples=400, deadline=None)
@given(content=_BODY, snapshot=st.booleans())
def test_any_body_behind_a_valid_header_is_read_or_refused_never_raises(content, snapshot) -> None:
    """An enrolled laptop's user can put any JSON behind their own valid header: the reader keeps
    what is well formed and refuses the rest by name; nothing else may come out of it."""
    payload = zlib.compress(json.dumps(content, ensure_ascii=True).encode())
    kw = {"kind": "snapshot"} if snapshot else {}
    try:
        _, body = _open(_encrypted(payload, **kw), **({"expect_seq": None} if snapshot else {}))
    except BundleRejected:
        return
    assert all(isinstance(reason, str) for reason in body.refused)
    for b in body.batches:
        assert b.digest == digest_of(WS, b.kind, b.author, b.entries, version=b.version, prev=b.prev)


def test_snapshots_carry_covered_headers_and_name_each_batch() -> None:
    b = batch(origin=OTHER)
    covered = [(OTHER, 1, b"signed header"), ("x", "bukan angka", "y"), (DEV, 2, b"h")]
    snap = encode(
        BundleHeader(WS, DEV, 9, 1, (), kind="snapshot"),
        [b],
        sync_key=KEY,
        signing_key=RAW,
        covered=covered[:1] + covered[2:],
        origins={b.digest: OTHER},
    )
    header, body = _open(snap, expect_seq=None)
    assert header.kind == "snapshot"
    assert [x.digest for x in body.batches] == [b.digest]
    assert body.covered == [(OTHER, 1, b"signed header"), (DEV, 2, b"h")]
    # A batch under another batch's name, and malformed covered entries, are left out.
    wire = b.wire()
    wire["digest_hint"] = "0" * 64
    odd = {"batches": [wire], "covered": [[OTHER, 1, "###"], "x", [1, 2, 3]], "origins": {"0" * 64: OTHER}}
    _, body = _open(_encrypted(zlib.compress(json.dumps(odd).encode()), kind="snapshot"), expect_seq=None)
    assert body.batches == []
    assert "tidak cocok dengan namanya" in body.refused[0]
    assert body.covered == []
    bad = _encrypted(zlib.compress(json.dumps({"batches": [], "covered": {}}).encode()), kind="snapshot")
    with pytest.raises(BundleRejected, match="dicakup rusak"):
        _open(bad, expect_seq=None)


def _v1(rows: list, *, seq: int = 3, device: str = DEV, workspace: str = WS, key: bytes = KEY) -> bytes:
    """A bundle as the previous release wrote it."""
    payload = zlib.compress(json.dumps(rows).encode())
    nonce = os.urandom(12)
    head = json.dumps(
        {
            "cipher_len": len(payload) + 16,
            "format": 1,
            "kind": "bundle",
            "workspace": workspace,
            "device": device,
            "seq": seq,
            "hlc_min": "",
            "hlc_max": "",
            "count": len(rows),
            "extra": {},
            "nonce": base64.b64encode(nonce).decode(),
        }
    ).encode()
    aad = MAGIC_V1 + struct.pack(">I", len(head)) + head
    body = aad + AESGCM(key).encrypt(nonce, payload, aad)
    return body + SK.sign(body)


def _open_v1(blob: bytes, **kw) -> SignedBatch:
    args = {
        "key": PUB,
        "sync_key": KEY,
        "expect_workspace": WS,
        "expect_device": DEV,
        "expect_seq": 3,
        "check": no_problem,
    } | kw
    return bundle.decode_v1(blob, **args)


def test_old_format_bundles_are_read_as_one_legacy_batch() -> None:
    rows = [["unit", ROW, h(5), {"name": "lama"}, 0]]
    legacy = _open_v1(_v1(rows))
    assert (legacy.kind, legacy.author, legacy.signature) == ("legacy", None, b"")
    assert legacy.entries == (("unit", ROW, h(5), {"name": "lama"}, False),)
    assert legacy.digest == bundle.legacy_digest(WS, legacy)
    good = _v1(rows)
    # Flip a bit of the signature: setting its last byte to a constant would leave it
    # unchanged whenever the (nonce-dependent) signature already ends in that byte.
    forged = good[:-1] + bytes([good[-1] ^ 0x01])
    for blob, kw, reason in [
        (b"ASNBNDL1", {}, "bukan berkas"),
        (_make(), {}, "bukan berkas"),
        (forged, {}, "tanda tangan"),
        (_v1(rows, workspace="lain"), {}, "ruang kerja atau perangkat lain"),
        (_v1(rows, seq=4), {}, "diputar ulang"),
        (_v1([]), {}, "format lama rusak"),
        (_v1(rows, key=os.urandom(32)), {}, "format lama rusak"),
        (_v1([["unit", ROW, "bukan-hlc", {}, False]]), {}, "format lama rusak"),
        (_v1(rows), {"check": lambda t, r, f: "unit.name harus teks"}, "harus teks"),
    ]:
        with pytest.raises(BundleRejected, match=reason):
            _open_v1(blob, **kw)


def test_batch_parsing_refuses_what_a_signer_could_not_have_signed() -> None:
    entry = ["unit", ROW, h(1), {}, False]
    for raw, reason in [
        ([], "bukan objek"),
        ({"kind": "x"}, "jenis kumpulan"),
        ({"kind": "user", "author": 5, "sig": "", "entries": [entry]}, "penulis tidak sah"),
        ({"kind": "user", "author": None, "sig": "", "entries": [entry]}, "tanpa penulis"),
        ({"kind": "user", "author": "u", "sig": 5, "entries": [entry]}, "tanda tangan tidak sah"),
        ({"kind": "user", "author": "u", "sig": "zz", "entries": [entry]}, "tanda tangan tidak sah"),
        ({"kind": "user", "author": "u", "sig": "", "entries": []}, "jumlah perubahan"),
        ({"kind": "user", "author": "u", "sig": "", "entries": [[1, 2]]}, "lima unsur"),
        ({"kind": "user", "author": "u", "sig": "", "entries": [[1, ROW, h(1), {}, False]]}, "jenis data"),
        (
            {"kind": "user", "author": "u", "sig": "", "entries": [["unit", ROW, h(1), {}, 0]]},
            "penanda hapus",
        ),
        (
            {"kind": "user", "author": "u", "sig": "", "entries": [["unit", ROW, h(1, OTHER), {}, False]]},
            "perangkat lain",
        ),
        ({"kind": "user", "author": "u", "sig": "", "entries": [entry], "v": 3}, "versi kumpulan"),
        ({"kind": "user", "author": "u", "sig": "", "entries": [entry], "v": "2"}, "versi kumpulan"),
        ({"kind": "user", "author": "u", "sig": "", "entries": [entry], "prev": "a" * 64}, "versi 1"),
        (
            {"kind": "user", "author": "u", "sig": "", "entries": [entry], "v": 2, "prev": "A" * 64},
            "sebelumnya",
        ),
        ({"kind": "user", "author": "u", "sig": "", "entries": [entry], "v": 2, "prev": 7}, "sebelumnya"),
    ]:
        with pytest.raises(BatchInvalid, match=reason):
            parse_batch(raw, workspace_id=WS, origin=DEV)
    digest = hashlib.sha256(b"").hexdigest()
    assert len(digest) == 64


_JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=12,
)


@settings(max_examples=200, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            st.text(max_size=6),
            st.text(max_size=6),
            st.text(max_size=6),
            st.dictionaries(st.text(max_size=6), _JSON_VALUES, max_size=4),
            st.booleans(),
        ),
        min_size=1,
        max_size=4,
    ),
    author=st.none() | st.text(max_size=5),
    prev=st.none() | st.text(max_size=5),
    version=st.sampled_from([1, 2]),
)
def test_the_assembled_form_is_the_encoders_form(rows, author, prev, version) -> None:
    """The canonical form is assembled from each entry's encoded fields (encoded once, for the
    digest and the log); it must be byte for byte what ``json.dumps`` gives for the whole body."""
    body = [list(r) for r in rows]
    head = ["asn-batch/1", WS, "user", author] if version == 1 else ["asn-batch/2", WS, "user", author, prev]
    expected = json.dumps([*head, body], sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    try:
        expected_bytes = expected.encode()
    except UnicodeEncodeError:
        with pytest.raises(UnicodeEncodeError):
            canonical(WS, "user", author, rows, version=version, prev=prev)
        return
    assert canonical(WS, "user", author, rows, version=version, prev=prev) == expected_bytes
    assert fields_text(rows[0][3]) == json.dumps(
        rows[0][3], sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )


def test_an_origin_that_is_no_device_id_passes_no_entry() -> None:
    """A snapshot names each batch's origin in a hint that is input: an origin that is not a device
    id in the HLC's form must not let an HLC of that form through (parse_batch's quick path), else
    a later strict parse of the HLC would fail in the middle of a pull."""
    for origin in ("x", DEV.upper(), DEV + "0", ""):
        raw = {"kind": "user", "author": "u", "sig": "", "entries": [["unit", ROW, h(1, origin), {}, False]]}
        with pytest.raises(BatchInvalid, match="cap waktu"):
            parse_batch(raw, workspace_id=WS, origin=origin)
    # The quick path and the exact one take the same entries and give the same batch.
    rows = [["unit", ROW, h(1), {"name": "Ä"}, False], ["unit", ROW, h(2), {}, True]]
    quick = parse_batch(
        {"kind": "user", "author": "u", "sig": "", "entries": rows}, workspace_id=WS, origin=DEV
    )
    assert quick.entries == (("unit", ROW, h(1), {"name": "Ä"}, False), ("unit", ROW, h(2), {}, True))
    assert quick.digest == digest_of(WS, "user", "u", quick.entries)
