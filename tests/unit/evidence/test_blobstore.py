"""The encrypted, content-addressed evidence store."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from asn_desktop.errors import EvidenceRejected, KeyUnavailable, NotFound
from asn_desktop.evidence.blobstore import MAGIC, BlobStore

KEY = bytes(range(32))
DATA = b"%PDF-1.4 laporan kegiatan triwulan I\n" * 50


@pytest.fixture
def store(tmp_path: Path) -> BlobStore:
    return BlobStore(tmp_path / "blobs", KEY)


def test_put_get_round_trip_and_layout(store: BlobStore) -> None:
    sha = store.put(DATA)
    assert sha == hashlib.sha256(DATA).hexdigest()
    path = store.path_of(sha)
    assert path == store.root / sha[:2] / sha
    raw = path.read_bytes()
    assert raw.startswith(b"ASNBLOB1")
    assert len(raw) == len(MAGIC) + 12 + len(DATA) + 16
    assert DATA[:20] not in raw
    assert store.has(sha)
    assert store.get(sha) == DATA


def test_files_and_folders_are_private(store: BlobStore) -> None:
    sha = store.put(DATA)
    assert store.path_of(sha).stat().st_mode & 0o777 == 0o600
    assert store.path_of(sha).parent.stat().st_mode & 0o077 == 0
    assert [p.name for p in store.path_of(sha).parent.iterdir()] == [sha]  # no temp file left


def test_put_is_idempotent(store: BlobStore) -> None:
    sha = store.put(DATA)
    path = store.path_of(sha)
    before, mtime = path.read_bytes(), path.stat().st_mtime_ns
    assert store.put(DATA) == sha
    # A rewrite would use a fresh nonce, so equal bytes prove the file was left alone.
    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == mtime


def test_put_repairs_a_damaged_blob(store: BlobStore) -> None:
    sha = store.put(DATA)
    store.path_of(sha).write_bytes(b"ASNBLOB1" + b"\x00" * 40)
    assert store.put(DATA) == sha
    assert store.get(sha) == DATA


def test_empty_content_is_storable(store: BlobStore) -> None:
    sha = store.put(b"")
    assert store.get(sha) == b""


def test_missing_blob(store: BlobStore) -> None:
    sha = hashlib.sha256(b"tidak ada").hexdigest()
    assert not store.has(sha)
    with pytest.raises(NotFound, match="belum ada"):
        store.get(sha)
    with pytest.raises(NotFound):
        store.read_encrypted(sha)


@pytest.mark.parametrize("offset", [8, 15, 20, -1], ids=["nonce", "nonce-end", "ciphertext", "tag"])
def test_tampered_blob(store: BlobStore, offset: int) -> None:
    sha = store.put(DATA)
    path = store.path_of(sha)
    raw = bytearray(path.read_bytes())
    raw[offset] ^= 0x01
    path.write_bytes(bytes(raw))
    with pytest.raises(EvidenceRejected, match="Berkas bukti .* rusak atau diubah"):
        store.get(sha)


@pytest.mark.parametrize(
    "content",
    [b"", b"ASNBLOB1", b"ASNBLOB1" + b"\x00" * 27, b"%PDF-1.4 bukan blob terenkripsi"],
    ids=["empty", "magic-only", "truncated", "plaintext"],
)
def test_damaged_or_foreign_blob(store: BlobStore, content: bytes) -> None:
    sha = store.put(DATA)
    store.path_of(sha).write_bytes(content)
    with pytest.raises(EvidenceRejected, match="rusak atau diubah"):
        store.get(sha)


def test_newer_format_is_named(store: BlobStore) -> None:
    sha = store.put(DATA)
    path = store.path_of(sha)
    path.write_bytes(b"ASNBLOB9" + path.read_bytes()[8:])
    with pytest.raises(EvidenceRejected, match="ASNBLOB9"):
        store.get(sha)


def test_renamed_blob_fails(store: BlobStore) -> None:
    sha_a, sha_b = store.put(DATA), store.put(b"berkas lain")
    os.replace(store.path_of(sha_a), store.path_of(sha_b))
    with pytest.raises(EvidenceRejected, match="rusak atau diubah"):
        store.get(sha_b)


def test_wrong_key_fails(store: BlobStore, tmp_path: Path) -> None:
    sha = store.put(DATA)
    other = BlobStore(store.root, bytes(32))
    with pytest.raises(EvidenceRejected, match="rusak atau diubah"):
        other.get(sha)


def test_blob_under_its_own_name_but_wrong_content(store: BlobStore) -> None:
    # Someone with the key encrypts other content under a name: the hash check still catches it.
    sha = hashlib.sha256(b"yang diklaim").hexdigest()
    forged = store._encrypt(sha, b"yang sebenarnya")
    with pytest.raises(EvidenceRejected, match="isi tidak cocok"):
        store.put_encrypted(sha, forged)
    assert not store.has(sha)


@pytest.mark.parametrize(
    "bad",
    [
        "../x",
        "../../etc/passwd",
        "a" * 63,
        "a" * 65,
        "A" * 64,
        "g" * 64,
        "a" * 64 + "\n",
        "/" + "a" * 63,
        "",
    ],
)
def test_bad_names_are_refused(store: BlobStore, tmp_path: Path, bad: str) -> None:
    for call in (store.path_of, store.has, store.get, store.read_encrypted):
        with pytest.raises(EvidenceRejected, match="Nama berkas bukti tidak sah"):
            call(bad)
    with pytest.raises(EvidenceRejected, match="Nama berkas bukti tidak sah"):
        store.put_encrypted(bad, b"ASNBLOB1")
    assert not store.root.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_non_string_name_is_refused(store: BlobStore) -> None:
    with pytest.raises(EvidenceRejected):
        store.path_of(b"a" * 64)  # type: ignore[arg-type]


def test_ship_encrypted_blob_between_laptops(store: BlobStore, tmp_path: Path) -> None:
    sha = store.put(DATA)
    shipped = store.read_encrypted(sha)
    other = BlobStore(tmp_path / "laptop2" / "blobs", KEY)
    other.put_encrypted(sha, shipped)
    assert other.path_of(sha).read_bytes() == shipped
    assert other.path_of(sha).stat().st_mode & 0o777 == 0o600
    assert other.get(sha) == DATA
    mtime = other.path_of(sha).stat().st_mtime_ns
    other.put_encrypted(sha, store._encrypt(sha, DATA))  # same content, other nonce: kept as is
    assert other.path_of(sha).read_bytes() == shipped
    assert other.path_of(sha).stat().st_mtime_ns == mtime


def test_put_encrypted_refuses_what_does_not_decrypt_to_the_name(store: BlobStore, tmp_path: Path) -> None:
    sha_a, sha_b = store.put(DATA), store.put(b"berkas lain")
    other = BlobStore(tmp_path / "laptop2", KEY)
    with pytest.raises(EvidenceRejected, match="rusak atau diubah"):
        other.put_encrypted(sha_b, store.read_encrypted(sha_a))
    foreign = BlobStore(tmp_path / "lembaga-lain", bytes(32))
    with pytest.raises(EvidenceRejected, match="rusak atau diubah"):
        foreign.put_encrypted(sha_a, store.read_encrypted(sha_a))
    assert not other.has(sha_b)
    assert not foreign.has(sha_a)


def test_put_encrypted_replaces_a_damaged_copy(store: BlobStore) -> None:
    sha = store.put(DATA)
    good = store.read_encrypted(sha)
    store.path_of(sha).write_bytes(b"rusak")
    store.put_encrypted(sha, good)
    assert store.get(sha) == DATA


@pytest.mark.parametrize("key", [b"", b"k" * 16, b"k" * 33])
def test_key_must_be_32_bytes(tmp_path: Path, key: bytes) -> None:
    with pytest.raises(KeyUnavailable):
        BlobStore(tmp_path, key)


def test_repr_does_not_show_the_key(store: BlobStore) -> None:
    assert KEY.hex() not in repr(store)
    assert "blobs" in repr(store)
