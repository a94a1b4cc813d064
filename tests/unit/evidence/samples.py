"""Real minimal files of every evidence type, and hostile ones, built byte by byte or by Pillow."""

from __future__ import annotations

import io
import struct
import zipfile

from PIL import Image

from asn_desktop.evidence.specimen import simple_pdf, simple_png


def pdf(text: str = "Laporan kegiatan", *, extra_catalog: str = "") -> bytes:
    return simple_pdf(text, extra_catalog=extra_catalog)


def png() -> bytes:
    return simple_png(1, 1)


def jpeg(size: tuple[int, int] = (16, 16)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buf, "JPEG")
    return buf.getvalue()


def zip_of(members: dict[str, bytes], *, first_stored: str | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        if first_stored is not None:
            zf.writestr(
                zipfile.ZipInfo(first_stored), members[first_stored], compress_type=zipfile.ZIP_STORED
            )
        for name, body in members.items():
            if name != first_stored:
                zf.writestr(name, body)
    return buf.getvalue()


_MAIN = {
    "docx": ("word/document.xml", "wordprocessingml.document.main+xml"),
    "xlsx": ("xl/workbook.xml", "spreadsheetml.sheet.main+xml"),
    "pptx": ("ppt/presentation.xml", "presentationml.presentation.main+xml"),
}


def ooxml(ext: str, *, extra: dict[str, bytes] | None = None, macro: bool = False) -> bytes:
    part, kind = _MAIN[ext]
    if macro:
        kind = kind.replace(".main+xml", ".macroEnabled.main+xml")
    types = (
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        f'<Override PartName="/{part}" ContentType="application/vnd.openxmlformats-officedocument.{kind}"/>'
        "</Types>"
    )
    return zip_of({"[Content_Types].xml": types.encode(), part: b"<x/>", **(extra or {})})


def odf(mime: str, *, extra: dict[str, bytes] | None = None) -> bytes:
    members = {"mimetype": mime.encode(), "content.xml": b"<office:document-content/>", **(extra or {})}
    return zip_of(members, first_stored="mimetype")


_FREE, _END, _FAT, _NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def _dir_entry(
    name: str, kind: int, *, child: int = _NOSTREAM, right: int = _NOSTREAM, start: int = _END, size: int = 0
) -> bytes:
    encoded = (name + "\x00").encode("utf-16-le") if name else b""
    return (
        encoded.ljust(64, b"\x00")
        + struct.pack("<HBB", len(encoded), kind, 1)
        + struct.pack("<III", _NOSTREAM, right, child)
        + bytes(16 + 4 + 16)
        + struct.pack("<IIi", start, size, 0)
    )


def ole(*streams: str) -> bytes:
    """A real OLE2 compound file (version 3, 512-byte sectors) holding one 4 KiB stream per name.

    The entries are siblings chained to the right under the root; olefile reads it like the files
    Word 97-2003 and Excel 97-2003 write.
    """
    n = len(streams)
    dir_sectors = (n + 1 + 3) // 4
    data_start = 1 + dir_sectors
    fat = [_FAT] + [_END if i == dir_sectors - 1 else 2 + i for i in range(dir_sectors)]
    for s in range(n):
        first = data_start + 8 * s
        fat += [first + k + 1 for k in range(7)] + [_END]
    fat += [_FREE] * (128 - len(fat))
    entries = [_dir_entry("Root Entry", 5, child=1 if n else _NOSTREAM)]
    for s, name in enumerate(streams):
        kind = 1 if name.endswith("/") else 2
        entries.append(
            _dir_entry(
                name.rstrip("/"),
                kind,
                right=s + 2 if s + 1 < n else _NOSTREAM,
                start=data_start + 8 * s if kind == 2 else _END,
                size=4096 if kind == 2 else 0,
            )
        )
    entries += [_dir_entry("", 0)] * (dir_sectors * 4 - len(entries))
    header = (
        bytes.fromhex("D0CF11E0A1B11AE1")
        + bytes(16)
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + bytes(6)
        + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, _END, 0, _END, 0)
        + struct.pack("<I", 0)
        + struct.pack("<I", _FREE) * 108
    )
    body = struct.pack("<128I", *fat) + b"".join(entries) + b"\x11" * (4096 * n)
    return header + body


EXE = b"MZ\x90\x00\x03\x00\x00\x00" + b"%PDF-1.4\n" + b"\x00" * 200
ELF = b"\x7fELF\x02\x01\x01" + b"\x00" * 100
HTML_POLYGLOT = b"%PDF-1.4\n<html><script>alert(1)</script></html>\n" + pdf()[9:]
SCRIPT = b"#!/bin/sh\nrm -rf ~\n"
