"""Evidence that lies about itself: programs with a PDF marker, active PDFs, polyglots, bombs, names."""

from __future__ import annotations

import struct
import zlib

import pytest

from asn_desktop.errors import EvidenceRejected
from asn_desktop.evidence.checks import sniff
from asn_desktop.evidence.names import safe_display_name
from tests.unit.evidence import samples


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("laporan.pdf", samples.EXE, "program Windows"),
        ("laporan.pdf", samples.ELF, "program Linux"),
        ("catatan.txt", samples.SCRIPT, "skrip"),
        ("laporan.pdf", samples.HTML_POLYGLOT, "HTML atau skrip"),
        ("catatan.txt", b"Catatan rapat <script>alert(1)</script>", "HTML atau skrip"),
        ("foto.png", samples.png() + b"<html><body>x</body></html>", "HTML atau skrip"),
        ("data.csv", b"@echo off\r\ndel *.*\r\n", "HTML atau skrip"),
    ],
)
def test_programs_and_scripts_are_refused_whatever_their_markers(name: str, data: bytes, reason: str) -> None:
    with pytest.raises(EvidenceRejected, match=reason):
        sniff(data, name)


def test_a_pdf_marker_is_not_a_pdf() -> None:
    """The header alone used to pass; now the file must parse and have a page."""
    for data in (b"%PDF-1.4 bukti", b"%PDF-1.7\n%%EOF\n", b"\r\n%PDF-1.4\n1 0 obj<<>>endobj\n"):
        with pytest.raises(EvidenceRejected, match="bukan PDF"):
            sniff(data, "laporan.pdf")


@pytest.mark.parametrize(
    ("catalog", "what"),
    [
        ("/OpenAction<</S/JavaScript/JS(app.alert(1))>>", "JavaScript"),
        ("/Names<</JavaScript<</Names[(x) <</S/JavaScript/JS(1)>>]>>>>", "JavaScript"),
        ("/OpenAction<</S/Launch/F(cmd.exe)>>", "menjalankan program"),
        ("/AA<</O<</S/Launch/F(calc.exe)>>>>", "menjalankan program"),
        ("/Names<</EmbeddedFiles<</Names[(a.exe) 5 0 R]>>>>", "berkas tersemat"),
        ("/AcroForm<</XFA 5 0 R>>", "XFA"),
        ("/OpenAction<</S/J#61vaScript/JS(1)>>", "JavaScript"),  # a name written with a hex escape
    ],
)
def test_active_pdf_content_is_refused(catalog: str, what: str) -> None:
    data = samples.pdf(extra_catalog=catalog)
    with pytest.raises(EvidenceRejected, match=what) as err:
        sniff(data, "laporan.pdf")
    assert "Cetak ulang sebagai PDF biasa" in err.value.message


def test_a_plain_pdf_with_an_open_destination_and_a_link_is_accepted() -> None:
    data = samples.pdf(extra_catalog="/OpenAction[3 0 R/Fit]/URI<</Base(https://bkn.go.id/)>>")
    assert sniff(data, "laporan.pdf") == "application/pdf"


def _png_header_only(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64))


def test_images_must_decode_within_the_pixel_bound() -> None:
    with pytest.raises(EvidenceRejected, match="bukan gambar PNG"):
        sniff(_png_header_only(60_000, 60_000), "foto.png")  # 3.6 gigapixels declared in 60 bytes
    with pytest.raises(EvidenceRejected, match="bukan gambar PNG"):
        sniff(_png_header_only(64, 64), "foto.png")  # truncated pixel data
    with pytest.raises(EvidenceRejected, match="bukan gambar JPEG"):
        sniff(samples.jpeg()[:200], "foto.jpg")
    assert sniff(samples.jpeg((640, 480)), "foto.jpg") == "image/jpeg"


def test_office_files_must_be_the_container_they_claim() -> None:
    with pytest.raises(EvidenceRejected, match="bukan dokumen Word \\(DOC\\)"):
        sniff(samples.ole("Workbook"), "nota.doc")  # an Excel 97 file renamed .doc
    with pytest.raises(EvidenceRejected, match="bukan dokumen Word \\(DOC\\)"):
        sniff(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504), "nota.doc")  # only the marker
    with pytest.raises(EvidenceRejected, match="bukan lembar kerja Excel \\(XLSX\\)"):
        sniff(samples.ooxml("docx"), "rekap.xlsx")
    for data, name in (
        (samples.ooxml("docx", macro=True), "nota.docx"),
        (samples.ooxml("xlsx", extra={"xl/vbaProject.bin": b"vba"}), "rekap.xlsx"),
        (samples.ole("WordDocument", "Macros/"), "nota.doc"),
        (samples.odf("application/vnd.oasis.opendocument.text", extra={"Basic/m.xml": b"x"}), "a.odt"),
    ):
        with pytest.raises(EvidenceRejected, match="makro"):
            sniff(data, name)


@pytest.mark.parametrize(
    ("given", "shown"),
    [
        ("..\\..\\x.pdf", "x.pdf"),
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("C:\\Users\\siti\\Laporan Akhir.pdf", "Laporan Akhir.pdf"),
        ("\\\\srv\\share\\bukti.pdf", "bukti.pdf"),
        ("laporan\u202efdp.exe", "laporanfdp.exe"),
        ("foto\u200b\u2066.png", "foto.png"),
        ("nota\r\n\t.pdf", "nota.pdf"),
        ("CON.pdf", "_CON.pdf"),
        ('tanya?"jawab".pdf', "tanya__jawab_.pdf"),
        ("...", "berkas"),
        ("a" * 300 + ".pdf", "a" * 146 + ".pdf"),
    ],
)
def test_names_are_reduced_to_a_safe_display_name(given: str, shown: str) -> None:
    assert safe_display_name(given) == shown


def test_the_type_is_judged_on_the_safe_name() -> None:
    """A right-to-left override hides ``.exe``: the cleaned name shows it, and it is refused."""
    with pytest.raises(EvidenceRejected, match="laporanfdp.exe.*tidak diterima"):
        sniff(samples.pdf(), "laporan\u202efdp.exe")
    assert sniff(samples.pdf(), "..\\..\\x.pdf") == "application/pdf"
