"""Is the content what its type claims? Parsed by the format's own library, never by a marker.

A PDF must parse (pypdf) and have a page; an image must decode (Pillow) within a pixel bound; an
office file must be the zip (OOXML, ODF) or OLE compound file (olefile) of its kind, with its main
part. ``hazard`` finds what must never reach the penilai whatever the type says: programs and
scripts (MZ, ELF, Mach-O, ``#!``), HTML or script text hidden in a document's first bytes
(polyglots), PDF active content (JavaScript, launch and other actions, embedded files) and office
macros. Every parser works on bytes already bounded by the size limit, and each walk is bounded.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from collections.abc import Iterator

__all__ = ["MAX_IMAGE_PIXELS", "hazard", "is_image", "is_odf", "is_ole", "is_ooxml", "is_pdf", "is_text"]

MAX_IMAGE_PIXELS = 50_000_000  # a 50 MP photo; larger is a decompression bomb or not evidence
_PDF_HEADER_WINDOW = 1024
_MAX_PDF_OBJECTS = 200_000
_MAX_ZIP_MEMBERS = 10_000
_MAX_SMALL_PART = 1 << 20  # [Content_Types].xml, mimetype: read only when declared this small
_HEAD = 4096

_EXECUTABLE_MAGIC = (
    (b"MZ", "program Windows"),
    (b"\x7fELF", "program Linux"),
    (b"\xfe\xed\xfa\xce", "program macOS"),
    (b"\xfe\xed\xfa\xcf", "program macOS"),
    (b"\xce\xfa\xed\xfe", "program macOS"),
    (b"\xcf\xfa\xed\xfe", "program macOS"),
    (b"\xca\xfe\xba\xbe", "program macOS/Java"),
    (b"#!", "skrip"),
    (b"L\x00\x00\x00\x01\x14\x02\x00", "pintasan Windows"),
)
# Text a browser, a script host or a shell would act upon, looked for in the first KiBs.
_ACTIVE_TEXT = re.compile(
    rb"<\s*(?:html|script|body|iframe|object|embed|svg|hta:|\?php|%@)|<!doctype\s+html"
    rb"|javascript:|vbscript:|@echo\s+off",
    re.IGNORECASE,
)
_PDF_ACTIVE_KEYS = {
    "/JS": "JavaScript",
    "/JavaScript": "JavaScript",
    "/EmbeddedFiles": "berkas tersemat",
    "/EmbeddedFile": "berkas tersemat",
    "/RichMedia": "media aktif",
    "/XFA": "formulir XFA (dapat berisi skrip)",
}
_PDF_ACTIVE_ACTIONS = {
    "/JavaScript": "JavaScript",
    "/Launch": "perintah menjalankan program",
    "/ImportData": "perintah mengimpor data",
    "/SubmitForm": "perintah mengirim formulir",
    "/GoToE": "tautan ke berkas tersemat",
    "/Rendition": "media aktif",
    "/RichMediaExecute": "media aktif",
}
# The main part's content type; a macro-enabled twin (``….macroEnabled.main+xml``) is the same kind
# of file, and is then refused for its macros with that reason.
_OOXML_MAIN = {
    "docx": re.compile(rb"wordprocessingml\.document(?:\.macroEnabled)?\.main\+xml", re.IGNORECASE),
    "xlsx": re.compile(rb"spreadsheetml\.sheet(?:\.macroEnabled)?\.main\+xml", re.IGNORECASE),
    "pptx": re.compile(rb"presentationml\.presentation(?:\.macroEnabled)?\.main\+xml", re.IGNORECASE),
}
_OLE_MAIN = {"doc": ("worddocument",), "xls": ("workbook", "book")}
_OLE_MACROS = ("macros", "_vba_project_cur", "vba")


# -- PDF --------------------------------------------------------------------------------------


def _pdf_reader(data: bytes) -> object | None:
    start = data.find(b"%PDF-", 0, _PDF_HEADER_WINDOW)
    if start < 0 or data[:start].strip(b" \t\r\n\x00\xef\xbb\xbf"):
        return None
    from pypdf import PdfReader  # noqa: PLC0415 - parsing PDFs is only needed here

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                return None
            return reader if len(reader.pages) >= 1 else None
        except Exception:
            # A damaged or crafted file fails in many ways inside a parser; all mean "not a PDF".
            return None


def is_pdf(data: bytes) -> bool:
    return _pdf_reader(data) is not None


def _children(obj: object) -> Iterator[object]:
    from pypdf.generic import ArrayObject, DictionaryObject  # noqa: PLC0415

    if isinstance(obj, DictionaryObject):
        yield from obj.values()
    elif isinstance(obj, ArrayObject):
        yield from obj


def _pdf_active(reader: object) -> str | None:
    """The first active content reachable from the trailer (walk bounded by object count)."""
    from pypdf.generic import DictionaryObject, IndirectObject  # noqa: PLC0415

    todo: list[object] = [reader.trailer]  # type: ignore[attr-defined]
    seen: set[tuple[int, int]] = set()
    steps = 0
    while todo:
        obj = todo.pop()
        steps += 1
        if steps > _MAX_PDF_OBJECTS:
            return "struktur terlalu rumit untuk diperiksa"
        if isinstance(obj, IndirectObject):
            ref = (obj.idnum, obj.generation)
            if ref in seen:
                continue
            seen.add(ref)
            obj = obj.get_object()
        if isinstance(obj, DictionaryObject):
            for key in obj:
                if key in _PDF_ACTIVE_KEYS:
                    return _PDF_ACTIVE_KEYS[key]
            action = obj.get("/S")
            if isinstance(action, str) and action in _PDF_ACTIVE_ACTIONS:
                return _PDF_ACTIVE_ACTIONS[action]
        todo.extend(_children(obj))
    return None


def pdf_active_content(data: bytes) -> str | None:
    """What active content a parseable PDF holds (Indonesian), or None."""
    reader = _pdf_reader(data)
    if reader is None:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return _pdf_active(reader)
        except RecursionError:
            return "struktur terlalu rumit untuk diperiksa"
        except Exception:
            return "struktur rusak"


# -- images -----------------------------------------------------------------------------------


def is_image(data: bytes, fmt: str) -> bool:
    """Pillow decodes the whole image of format ``fmt`` ("PNG", "JPEG") within the pixel bound."""
    from PIL import Image  # noqa: PLC0415

    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data), formats=[fmt]) as im:
                width, height = im.size
                if width * height > MAX_IMAGE_PIXELS:
                    return False
                if fmt == "JPEG":
                    im.draft("RGB", (1024, 1024))  # decode at a reduced scale: every block still read
                im.load()
        except Exception:
            return False
    return True


# -- office files -----------------------------------------------------------------------------


def _zip(data: bytes) -> zipfile.ZipFile | None:
    if not data.startswith(b"PK\x03\x04"):
        return None
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except Exception:
        return None
    if len(archive.infolist()) > _MAX_ZIP_MEMBERS:
        archive.close()
        return None
    return archive


def _small_member(archive: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        info = archive.getinfo(name)
        # Declared size bounds the read: zipfile stops at it (and a lie fails the CRC check).
        return archive.read(info) if info.file_size <= _MAX_SMALL_PART else None
    except Exception:
        return None


def is_ooxml(data: bytes, ext: str) -> bool:
    archive = _zip(data)
    if archive is None:
        return False
    with archive:
        types = _small_member(archive, "[Content_Types].xml")
        return types is not None and _OOXML_MAIN[ext].search(types) is not None


def is_odf(data: bytes, mime: str) -> bool:
    archive = _zip(data)
    if archive is None:
        return False
    with archive:
        found = _small_member(archive, "mimetype")
        return found is not None and found.strip() == mime.encode()


def _ole_entries(data: bytes) -> list[str] | None:
    import olefile  # noqa: PLC0415

    if not data.startswith(bytes.fromhex("D0CF11E0A1B11AE1")):
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            with olefile.OleFileIO(data) as ole:
                return ["/".join(parts).lower() for parts in ole.listdir(streams=True, storages=True)]
        except Exception:
            return None


def is_ole(data: bytes, ext: str) -> bool:
    entries = _ole_entries(data)
    return entries is not None and any(e in _OLE_MAIN[ext] for e in entries)


def _macros(data: bytes) -> bool:
    if data.startswith(b"PK\x03\x04"):
        archive = _zip(data)
        if archive is None:
            return False
        with archive:
            names = [n.lower() for n in archive.namelist()]
            types = _small_member(archive, "[Content_Types].xml") or b""
        return b"macroenabled" in types.lower() or any(
            n.endswith("vbaproject.bin") or n.startswith(("basic/", "scripts/")) for n in names
        )
    entries = _ole_entries(data) or []
    return any(part in _OLE_MACROS for e in entries for part in e.split("/"))


# -- text -------------------------------------------------------------------------------------


def is_text(data: bytes) -> bool:
    if b"\x00" in data:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# -- hazards, whatever the type ---------------------------------------------------------------


def hazard(data: bytes, ext: str) -> str | None:
    """Why ``data`` must be refused before its type is even considered, in Indonesian, or None."""
    for magic, what in _EXECUTABLE_MAGIC:
        if data.startswith(magic):
            return f"berkas ini adalah {what}, bukan dokumen"
    if _ACTIVE_TEXT.search(data[:_HEAD]):
        return "berkas ini berisi HTML atau skrip tersembunyi"
    return None


def active_content(data: bytes, ext: str) -> str | None:
    """Active content of a document already known to be of its type (PDF actions, macros)."""
    if ext == "pdf":
        return pdf_active_content(data)
    if ext in ("docx", "xlsx", "pptx", "odt", "ods", "doc", "xls") and _macros(data):
        return "makro"
    return None
