"""Which evidence files are accepted, and a clear Indonesian refusal for the rest.

Evidence (bukti dukung) is opened later by an appraiser on another laptop, so a file must be what
its extension says: the extension picks the program that opens it. The content is parsed by the
format's own library (``evidence.structure``: a PDF must parse, an image must decode, an office
file must be the zip or OLE file of its kind), programs, scripts and polyglots are refused whatever
their markers, and so is active content (PDF JavaScript, launch actions, embedded files; office
macros). The name is reduced to a safe display name first (``evidence.names``), and the type is
judged on that name. Nothing larger than the limit is read.
"""

from __future__ import annotations

import stat
from collections.abc import Callable
from functools import partial
from pathlib import Path, PurePath
from typing import NamedTuple

from asn_desktop.domain.formatting import format_number
from asn_desktop.errors import EvidenceRejected
from asn_desktop.evidence import structure
from asn_desktop.evidence.names import safe_display_name

__all__ = [
    "ALLOWED_TYPES",
    "MAX_EVIDENCE_BYTES",
    "FileType",
    "check_file",
    "format_size",
    "safe_display_name",
    "sniff",
]

MAX_EVIDENCE_BYTES = 20 * 1024 * 1024


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
    "pdf": FileType("application/pdf", structure.is_pdf),
    "png": FileType("image/png", partial(structure.is_image, fmt="PNG")),
    "jpg": FileType("image/jpeg", partial(structure.is_image, fmt="JPEG")),
    "jpeg": FileType("image/jpeg", partial(structure.is_image, fmt="JPEG")),
    "docx": FileType(_DOCX, partial(structure.is_ooxml, ext="docx")),
    "xlsx": FileType(_XLSX, partial(structure.is_ooxml, ext="xlsx")),
    "pptx": FileType(_PPTX, partial(structure.is_ooxml, ext="pptx")),
    "odt": FileType(_ODT, partial(structure.is_odf, mime=_ODT)),
    "ods": FileType(_ODS, partial(structure.is_odf, mime=_ODS)),
    "doc": FileType("application/msword", partial(structure.is_ole, ext="doc")),
    "xls": FileType("application/vnd.ms-excel", partial(structure.is_ole, ext="xls")),
    "txt": FileType("text/plain", structure.is_text),
    "csv": FileType("text/csv", structure.is_text),
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

_ACTIVE_HINTS: dict[str, str] = {
    "pdf": "Cetak ulang sebagai PDF biasa (Cetak → Simpan sebagai PDF), lalu lampirkan lagi.",
    "office": "Simpan ulang tanpa makro (DOCX/XLSX biasa), lalu lampirkan lagi.",
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
    name = safe_display_name(filename)
    _check_size(len(data), name, max_bytes)
    ext, kind = _file_type(name)
    danger = structure.hazard(data, ext)
    if danger is not None:
        raise EvidenceRejected(f"Berkas {name} ditolak: {danger}.")
    if not kind.check(data):
        raise EvidenceRejected(f"Isi berkas {name} bukan {_LABELS[ext]}.{_HINTS.get(ext, '')}")
    active = structure.active_content(data, ext)
    if active is not None:
        raise EvidenceRejected(
            f"Berkas {name} ditolak: berisi {active}, yang dapat berjalan sendiri saat dibuka. "
            f"{_ACTIVE_HINTS.get(ext, _ACTIVE_HINTS['office'])}"
        )
    return kind.mime


def check_file(path: Path, *, max_bytes: int = MAX_EVIDENCE_BYTES) -> tuple[str, bytes]:
    """Check a file on disk and return ``(mime, data)``.

    The size and the extension are checked from ``stat`` and the name before anything is read, so
    a 2 GB video picked by mistake is refused at once instead of filling memory; the read itself is
    bounded too, in case the file grows between the check and the read.
    """
    name = safe_display_name(path.name)
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
