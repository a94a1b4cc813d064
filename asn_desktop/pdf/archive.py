"""Archive packages: the PDFs plus ``manifest.json``, into a folder or a zip, written atomically.

* A zip is written whole into a temporary file and renamed into place: a reader sees either the
  previous archive or the complete new one, never a part (``atomic.atomic_writer``).
* In a folder, each PDF is written atomically, then the manifest last. The manifest is merged
  with the one already there (same file name → replaced, files that vanished → dropped), so
  running the export again, or for another unit into the same folder, neither duplicates an
  entry nor forgets one. Renders are deterministic and signed forms are re-read from the
  database, so a re-run rewrites identical bytes.
* Disk-full and permission failures become one Indonesian error; the temporary file of the
  failing write is removed by the atomic writer, so no half-written file bears a final name.
"""

from __future__ import annotations

import errno
import json
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import BinaryIO

from asn_desktop.atomic import atomic_writer, write_atomically
from asn_desktop.errors import AsnError
from asn_desktop.untrusted import json_of

MANIFEST = "manifest.json"
MANIFEST_FORMAT = "asn-archive/1"


class ArchiveError(AsnError):
    code = "archive"


@dataclass(frozen=True)
class ManifestEntry:
    file: str
    sha256: str
    form: str
    nip: str
    period: str
    signers: tuple[str, ...]
    content_hash: str


def os_error_message(exc: OSError, target: Path) -> ArchiveError:
    """The Indonesian error for a failed write of the archive."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return ArchiveError(
            f"Ruang disk tidak cukup untuk menulis arsip di {target}; tidak ada berkas setengah jadi."
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ArchiveError(f"Folder keluaran {target} tidak dapat ditulisi (izin ditolak atau hanya-baca).")
    return ArchiveError(f"Gagal menulis arsip di {target}: {exc.strerror or exc}.")


def _manifest_bytes(entries: dict[str, ManifestEntry]) -> bytes:
    body = {
        "format": MANIFEST_FORMAT,
        "files": [asdict(entries[name]) for name in sorted(entries)],
    }
    return json.dumps(body, indent=2, ensure_ascii=False).encode("utf-8")


def read_manifest(data: bytes) -> list[ManifestEntry]:
    raw = json_of(data)
    if raw.get("format") != MANIFEST_FORMAT:
        raise ArchiveError(f"Manifest arsip berformat {raw.get('format')!r} tidak dikenal.")
    return [ManifestEntry(**{**e, "signers": tuple(e["signers"])}) for e in raw["files"]]


class ArchiveWriter:
    """Add files with ``add``; ``manifest.json`` is written by ``close`` (see the module doc)."""

    def __init__(self, target: Path, zip_file: zipfile.ZipFile | None) -> None:
        self.target = target
        self._zip = zip_file
        self.entries: dict[str, ManifestEntry] = {}

    def add(self, entry: ManifestEntry, data: bytes) -> None:
        if self._zip is not None:
            self._zip.writestr(entry.file, data)
        else:
            write_atomically(self.target / entry.file, data, mode=0o644)
        self.entries[entry.file] = entry

    def _merged_folder_entries(self) -> dict[str, ManifestEntry]:
        merged: dict[str, ManifestEntry] = {}
        old = self.target / MANIFEST
        if old.exists():
            try:
                previous = read_manifest(old.read_bytes())
            except (ValueError, KeyError, TypeError, ArchiveError):
                previous = []  # an unreadable old manifest is rebuilt from this run
            merged = {e.file: e for e in previous if (self.target / e.file).exists()}
        merged.update(self.entries)
        return merged

    def finish(self) -> None:
        if self._zip is not None:
            self._zip.writestr(MANIFEST, _manifest_bytes(self.entries))
        else:
            write_atomically(
                self.target / MANIFEST, _manifest_bytes(self._merged_folder_entries()), mode=0o644
            )


@contextmanager
def open_archive(target: Path) -> Iterator[ArchiveWriter]:
    """A writer into ``target``: a zip if it ends in ``.zip``, otherwise a folder."""
    try:
        if target.suffix.lower() == ".zip":
            target.parent.mkdir(parents=True, exist_ok=True)
            with atomic_writer(target, mode=0o644) as fh, _zip(fh) as zf:
                writer = ArchiveWriter(target, zf)
                yield writer
                writer.finish()
        else:
            target.mkdir(parents=True, exist_ok=True)
            writer = ArchiveWriter(target, None)
            yield writer
            writer.finish()
    except OSError as exc:
        raise os_error_message(exc, target) from exc


@contextmanager
def _zip(fh: BinaryIO) -> Iterator[zipfile.ZipFile]:
    # PDFs are already compressed; deflating them again costs time for a few percent.
    with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_STORED) as zf:
        yield zf
