"""The small interface every transport offers; the sync protocol uses nothing else.

Paths are relative, ``/``-separated, below the transport's root (``asn-sync/v1/...``). A missing
file is ``FileNotFoundError``; every other failure to reach or write the share is
``ShareUnavailable`` (``ShareFull`` when the disk is full), so the engine can report it plainly
and stop without touching local data. An object store (S3 through fsspec) fits the same five
methods: ``write_atomically`` maps to a single PUT there.
"""

from __future__ import annotations

import errno
from typing import Protocol

from asn_desktop.errors import AsnError


class ShareUnavailable(AsnError):
    """The share cannot be reached or refused an operation; local work is unaffected."""

    code = "share_unavailable"


class ShareFull(ShareUnavailable):
    """The share's disk is full."""

    code = "share_full"


# Anyone who can write to the share can leave a file of any size under any name: a reader takes
# no more than a file of its kind can honestly be, and refuses the rest before holding it whole.
MAX_FILE = 1 << 30  # a snapshot: a 10,000-employee agency's is 55 MB
MAX_BUNDLE_FILE = 256 << 20  # a bundle holds at most 20,000 changes and 5,000 audit events
MAX_BLOB_FILE = 64 << 20  # an evidence file is at most 20 MB before encryption
MAX_SMALL_FILE = 1 << 16  # a HEAD, a device record, a claim, a key file


class FileTooLarge(AsnError, ValueError):
    """A file on the share larger than any file of its kind: refused unread (a ``ValueError``,
    like any other file that is not what it should be)."""

    code = "file_too_large"


def protocol_names(names: list[str]) -> list[str]:
    """The names a listing gives the protocol: printable ASCII, sorted. Every name the protocol
    writes is; bytes that are no UTF-8 come back from a listing as lone surrogates, which no
    message or database row can hold, and anyone who can write to the share can make them."""
    return sorted(n for n in names if n.isascii() and n.isprintable())


def too_large(label: str, path: str, limit: int) -> FileTooLarge:
    size = f"{limit:,}".replace(",", ".")
    return FileTooLarge(
        f"Berkas {path} di penyimpanan bersama {label} lebih besar dari {size} bita; tidak dibaca."
    )


class Transport(Protocol):
    """Five operations on files below one root (module docstring)."""

    @property
    def label(self) -> str:
        """Where the share is, for messages (never with a password)."""
        ...

    def read(self, path: str, *, limit: int = MAX_FILE) -> bytes:
        """The file's bytes; ``FileTooLarge`` past ``limit`` (read no further than that)."""
        ...

    def write_atomically(self, path: str, data: bytes) -> None:
        """Write to a temporary name next to ``path`` and rename, so no reader sees half a file."""
        ...

    def exists(self, path: str) -> bool: ...

    def list(self, path: str) -> list[str]:
        """Names in folder ``path`` (``protocol_names``); empty when the folder does not exist."""
        ...

    def remove(self, path: str) -> None: ...


def share_error(exc: OSError, label: str, what: str) -> ShareUnavailable:
    """The plain message for an I/O failure on the share."""
    if exc.errno == errno.ENOSPC:
        return ShareFull(f"Penyimpanan bersama {label} penuh saat {what}; kosongkan ruang lalu ulangi.")
    return ShareUnavailable(
        f"Penyimpanan bersama {label} tidak dapat dijangkau saat {what} ({exc.strerror or exc}); "
        "pekerjaan di laptop ini aman, sinkronkan lagi nanti."
    )
