"""Which evidence files are accepted, and a clear Indonesian refusal for the rest.

Evidence (bukti dukung) is opened later by an appraiser on another laptop, so a file must be what
its extension says: the extension picks the program that opens it, and a renamed executable or a
photo saved as ``.pdf`` only confuses the reader. The check looks at the content's signature
("magic"), never trusts the extension alone, and never reads a file larger than the limit.
"""

from __future__ import annotations

import io
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path, PurePath
from typing import NamedTuple

from asn_desktop.domain.formatting import format_number
from asn_desktop.errors import EvidenceRejected

__all__ = ["ALLOWED_TYPES", "MAX_EVIDENCE_BYTES", "FileType", "check_file", "sniff"]

MAX_EVIDENCE_BYTES = 20 * 1024 * 1024

_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"
_OLE_CFB = bytes.fromhex("D0CF11E0A1B11AE1")
_ZIP = b"PK\x03\x04"
_PDF = b"%PDF-"
# PDF readers accept the header anywhere in the first 1024 bytes (some scanners and mail gateways
# put bytes before it), so a real PDF is not refused for that.
_PDF_HEADER_WINDOW = 1024
_ODF_MIMETYPE_MAX = 200


def _is_pdf(data: bytes) -> bool:
    return _PDF in data[:_PDF_HEADER_WINDOW]


def _is_png(data: bytes) -> bool:
    return data.startswith(_PNG)


def _is_jpeg(data: bytes) -> bool:
    return data.startswith(_JPEG)


def _is_ole(data: bytes) -> bool:
    return data.startswith(_OLE_CFB)


def _zip_names(data: bytes) -> zipfile.ZipFile | None:
    if not data.startswith(_ZIP):
        return None
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except Exception:
        # A damaged or crafted archive can fail in many ways inside zipfile (BadZipFile,
        # ValueError, EOFError, struct errors…); all of them mean "not a document".
        return None


def _is_ooxml(data: bytes) -> bool:
    archive = _zip_names(data)
    if archive is None:
        return False
    with archive:
        return "[Content_Types].xml" in archive.namelist()


def _odf(mime: str) -> Callable[[bytes], bool]:
    def check(data: bytes) -> bool:
        archive = _zip_names(data)
        if archive is None:
            return False
        with archive:
            try:
                info = archive.getinfo("mimetype")
                # Bounded read: a crafted "mimetype" member could otherwise inflate to gigabytes.
                return info.file_size <= _ODF_MIMETYPE_MAX and archive.read(info).strip() == mime.encode()
            except Exception:
                return False

    return check


def _is_utf8_text(data: bytes) -> bool:
    if b"\x00" in data:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


class FileType(NamedTuple):
    """An accepted type: its MIME type and the check its content must pass."""

    mime: str
    check: Callable[[bytes], bool]


_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
_ODT = "application/vnd.oasis.opendocument.text"
_ODS = "application/vnd.oasis.opendocument.spreadsheet"

ALLOWED_TYPES: dict[str, FileType] = {
    "pdf": FileType("application/pdf", _is_pdf),
    "png": FileType("image/png", _is_png),
    "jpg": FileType("image/jpeg", _is_jpeg),
    "jpeg": FileType("image/jpeg", _is_jpeg),
    "docx": FileType(_DOCX, _is_ooxml),
    "xlsx": FileType(_XLSX, _is_ooxml),
    "pptx": FileType(_PPTX, _is_ooxml),
    "odt": FileType(_ODT, _odf(_ODT)),
    "ods": FileType(_ODS, _odf(_ODS)),
    "doc": FileType("application/msword", _is_ole),
    "xls": FileType("application/vnd.ms-excel", _is_ole),
    "txt": FileType("text/plain", _is_utf8_text),
    "csv": FileType("text/csv", _is_utf8_text),
}

# What the refusal says the content is not ("Isi berkas X bukan <label>.").
_LABELS: dict[str, str] = {
    "pdf": "PDF",
    "png": "gambar PNG",
    "jpg": "gambar JPEG",
    "jpeg": "gambar JPEG",
    "docx": "dokumen Word (DOCX)",
    "xlsx": "lembar kerja Excel (XLSX)",
    "pptx": "presentasi PowerPoint (PPTX)",
    "odt": "dokumen OpenDocument (ODT)",
    "ods": "lembar kerja OpenDocument (ODS)",
    "doc": "dokumen Word (DOC)",
    "xls": "lembar kerja Excel (XLS)",
    "txt": "teks UTF-8",
    "csv": "teks UTF-8",
}

_HINTS: dict[str, str] = {
    "txt": " Simpan ulang dengan pengodean UTF-8.",
    "csv": " Simpan ulang sebagai \u201cCSV UTF-8\u201d.",
}


def _id_number(value: float) -> str:
    """Indonesian number format: dot for thousands, comma for decimals, no trailing ",0"."""
    return format_number(value, decimals=1).removesuffix(",0")


def format_size(n_bytes: int) -> str:
    """A size for people, e.g. ``20 MB``, ``1,5 MB``, ``512 KB``, ``10 byte``."""
    if n_bytes >= 1024 * 1024:
        return f"{_id_number(n_bytes / (1024 * 1024))} MB"
    if n_bytes >= 1024:
        return f"{_id_number(n_bytes / 1024)} KB"
    return f"{n_bytes} byte"


def _name(filename: str) -> str:
    # Names may arrive with a Windows path from a file dialog or a drop.
    return PurePath(filename.replace("\\", "/")).name or filename


def _check_size(size: int, name: str, max_bytes: int) -> None:
    if size == 0:
        raise EvidenceRejected(f"Berkas kosong: {name} tidak berisi apa pun.")
    if size > max_bytes:
        raise EvidenceRejected(
            f"Berkas {name} terlalu besar ({format_size(size)}). "
            f"Ukuran berkas bukti paling besar {format_size(max_bytes)}."
        )


def _file_type(name: str) -> tuple[str, FileType]:
    ext = PurePath(name).suffix.lower().removeprefix(".")
    kind = ALLOWED_TYPES.get(ext)
    if kind is None:
        accepted = ", ".join(e.upper() for e in ALLOWED_TYPES)
        raise EvidenceRejected(
            f"Jenis berkas {name} tidak diterima sebagai bukti. Jenis yang diterima: {accepted}."
        )
    return ext, kind


def sniff(data: bytes, filename: str, *, max_bytes: int = MAX_EVIDENCE_BYTES) -> str:
    """The MIME type of an acceptable evidence file, or ``EvidenceRejected`` saying why not."""
    name = _name(filename)
    _check_size(len(data), name, max_bytes)
    ext, kind = _file_type(name)
    if not kind.check(data):
        raise EvidenceRejected(f"Isi berkas {name} bukan {_LABELS[ext]}.{_HINTS.get(ext, '')}")
    return kind.mime


def check_file(path: Path, *, max_bytes: int = MAX_EVIDENCE_BYTES) -> tuple[str, bytes]:
    """Check a file on disk and return ``(mime, data)``.

    The size and the extension are checked from ``stat`` and the name before anything is read, so
    a 2 GB video picked by mistake is refused at once instead of filling memory; the read itself is
    bounded too, in case the file grows between the check and the read.
    """
    name = path.name
    try:
        info = path.stat()
    except OSError as exc:
        raise EvidenceRejected(f"Berkas {name} tidak ditemukan atau tidak dapat dibuka.") from exc
    if not stat.S_ISREG(info.st_mode):
        raise EvidenceRejected(f"{name} bukan berkas biasa.")
    _check_size(info.st_size, name, max_bytes)
    _file_type(name)
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise EvidenceRejected(f"Berkas {name} tidak dapat dibaca.") from exc
    return sniff(data, name, max_bytes=max_bytes), data
