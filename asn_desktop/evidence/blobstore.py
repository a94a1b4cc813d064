"""Evidence files, encrypted with AES-256-GCM and named by the SHA-256 of their plaintext.

Content addressing means a file attached twice is stored once, and sync can ship each blob once,
as it is on disk (still encrypted with the agency's sync key). Layout: ``root/<sha[:2]>/<sha>``,
two hex characters of fan-out so that no folder grows to tens of thousands of entries.

Blob file format (habit 11)::

    b"ASNBLOB1" | nonce (12 bytes) | ciphertext + GCM tag               (the first sync key)
    b"ASNBLOB2" | key generation (4 bytes) | nonce | ciphertext + tag    (after a key rotation)

The sync key changes generation when an admin revokes a laptop (``sync.keys``); blobs written
since use the newest generation, older ones keep opening with the key they were written with.

The associated data is the magic plus the SHA-256 hex name, so a blob copied or renamed under
another hash fails to decrypt, and the plaintext's hash is checked against the name again after
decryption.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from asn_desktop.atomic import write_atomically
from asn_desktop.errors import EvidenceRejected, KeyUnavailable, NotFound

__all__ = ["MAGIC", "BlobStore"]

MAGIC = b"ASNBLOB1"
MAGIC2 = b"ASNBLOB2"
_MAGIC_FAMILY = b"ASNBLOB"
_EPOCH = 4
_NONCE_BYTES = 12
_TAG_BYTES = 16
_KEY_BYTES = 32
# Exactly 64 lowercase hex digits; fullmatch, since "$" would also accept a trailing newline.
_SHA_HEX = re.compile(r"[0-9a-f]{64}")


def _short(sha: str) -> str:
    return f"{sha[:12]}…"


class BlobStore:
    """Content-addressed, encrypted evidence blobs under ``root`` (the workspace's ``blobs/``)."""

    def __init__(self, root: Path, key: bytes) -> None:
        self.root = root
        self._keys: dict[int, AESGCM] = {}
        self.add_key(0, key)

    def add_key(self, epoch: int, key: bytes) -> None:
        """Know a sync key generation; the newest one encrypts what is stored from now on."""
        if len(key) != _KEY_BYTES:
            raise KeyUnavailable("Kunci berkas bukti tidak valid (harus 32 byte).")
        self._keys[epoch] = AESGCM(key)

    def __repr__(self) -> str:  # the key object must never end up in a log
        return f"BlobStore({str(self.root)!r})"

    @staticmethod
    def _valid(sha: str) -> str:
        # Names also arrive from sync bundles; anything else than a hash could walk out of root.
        if not isinstance(sha, str) or _SHA_HEX.fullmatch(sha) is None:
            raise EvidenceRejected(f"Nama berkas bukti tidak sah: {sha!r:.80}.")
        return sha

    def path_of(self, sha: str) -> Path:
        """Where the blob named ``sha`` is (or would be) stored."""
        sha = self._valid(sha)
        return self.root / sha[:2] / sha

    def has(self, sha: str) -> bool:
        """Whether a blob of that name is on this laptop (its content is not checked)."""
        return self.path_of(sha).is_file()

    def _encrypt(self, sha: str, data: bytes) -> bytes:
        nonce = os.urandom(_NONCE_BYTES)
        epoch = max(self._keys)
        if epoch == 0:
            return MAGIC + nonce + self._keys[0].encrypt(nonce, data, MAGIC + sha.encode("ascii"))
        head = MAGIC2 + epoch.to_bytes(_EPOCH, "big")
        return head + nonce + self._keys[epoch].encrypt(nonce, data, head + sha.encode("ascii"))

    def _open(self, sha: str, blob: bytes) -> tuple[AESGCM, bytes, bytes, bytes]:
        """(cipher, associated data, nonce, ciphertext) of a stored blob, by its format."""
        if blob.startswith(MAGIC2) and len(blob) >= len(MAGIC2) + _EPOCH:
            head = blob[: len(MAGIC2) + _EPOCH]
            aead = self._keys.get(int.from_bytes(head[len(MAGIC2) :], "big"))
            if aead is None:
                raise EvidenceRejected(
                    f"Berkas bukti {_short(sha)} memakai kunci sinkronisasi yang belum diterima laptop ini."
                )
        else:
            head, aead = MAGIC, self._keys[0]
        start = len(head) + _NONCE_BYTES
        if len(blob) < start + _TAG_BYTES:
            raise EvidenceRejected(f"Berkas bukti {_short(sha)} rusak atau diubah (terpotong).")
        return aead, head + sha.encode("ascii"), blob[len(head) : start], blob[start:]

    def _decrypt(self, sha: str, blob: bytes) -> bytes:
        if not blob.startswith((MAGIC, MAGIC2)):
            if blob.startswith(_MAGIC_FAMILY) and len(blob) >= len(MAGIC):
                found = blob[: len(MAGIC)].decode("ascii", errors="replace")
                raise EvidenceRejected(
                    f"Berkas bukti {_short(sha)} memakai format {found}, yang belum dikenal versi "
                    f"aplikasi ini (dikenal: {MAGIC.decode()})."
                )
            raise EvidenceRejected(f"Berkas bukti {_short(sha)} rusak atau diubah (bukan format ASNBLOB1).")
        aead, aad, nonce, cipher = self._open(sha, blob)
        try:
            data = aead.decrypt(nonce, cipher, aad)
        except InvalidTag:
            raise EvidenceRejected(f"Berkas bukti {_short(sha)} rusak atau diubah.") from None
        if hashlib.sha256(data).hexdigest() != sha:
            # Only someone holding the key can get here; still, the name must tell the truth.
            raise EvidenceRejected(f"Berkas bukti {_short(sha)} rusak atau diubah (isi tidak cocok).")
        return data

    def _is_intact(self, path: Path, sha: str) -> bool:
        try:
            self._decrypt(sha, path.read_bytes())
        except (EvidenceRejected, OSError):
            return False
        return True

    def _store(self, path: Path, blob: bytes) -> None:
        # 0700 folders and 0600 files (write_atomically): evidence is for this user only.
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_atomically(path, blob)

    def put(self, data: bytes) -> str:
        """Encrypt and store ``data``; return its SHA-256 hex.

        Idempotent: an intact blob of the same content is left as it is. A damaged one is
        replaced, so attaching the file again repairs it.
        """
        sha = hashlib.sha256(data).hexdigest()
        path = self.path_of(sha)
        if not self._is_intact(path, sha):
            self._store(path, self._encrypt(sha, data))
        return sha

    def read_encrypted(self, sha: str) -> bytes:
        """The blob as stored (still encrypted), for sync to ship as it is."""
        try:
            return self.path_of(sha).read_bytes()
        except FileNotFoundError:
            raise NotFound(f"Berkas bukti {_short(sha)} belum ada di laptop ini.") from None

    def get(self, sha: str) -> bytes:
        """The plaintext of blob ``sha``, checked against its name."""
        return self._decrypt(sha, self.read_encrypted(sha))

    def put_encrypted(self, sha: str, blob: bytes) -> None:
        """Store a blob received from sync, after checking that it decrypts to content ``sha``."""
        path = self.path_of(sha)
        self._decrypt(sha, blob)
        if not self._is_intact(path, sha):
            self._store(path, blob)
