"""Evidence type and size checks, with real minimal files of each accepted type."""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path

import pytest

from asn_desktop.errors import EvidenceRejected
from asn_desktop.evidence import checks
from asn_desktop.evidence.checks import ALLOWED_TYPES, MAX_EVIDENCE_BYTES, check_file, sniff
from tests.unit.evidence import samples

_png = samples.png
_pdf = samples.pdf
_JPEG = samples.jpeg()
_docx = partial(samples.ooxml, "docx")
_odf = samples.odf
_zip = samples.zip_of
_ODT = "application/vnd.oasis.opendocument.text"
_ODS = "application/vnd.oasis.opendocument.spreadsheet"

VALID = [
    ("laporan.pdf", _pdf(), "application/pdf"),
    ("foto.png", _png(), "image/png"),
    ("foto.jpg", _JPEG, "image/jpeg"),
    ("foto.jpeg", _JPEG, "image/jpeg"),
    ("nota.docx", _docx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    (
        "rekap.xlsx",
        samples.ooxml("xlsx"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
    (
        "paparan.pptx",
        samples.ooxml("pptx"),
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ),
    ("nota.odt", _odf(_ODT), _ODT),
    ("rekap.ods", _odf(_ODS), _ODS),
    ("nota.doc", samples.ole("WordDocument"), "application/msword"),
    ("rekap.xls", samples.ole("Workbook"), "application/vnd.ms-excel"),
    ("catatan.txt", "Rapat koordinasi — hasil: disetujui.\n".encode(), "text/plain"),
    ("data.csv", "\ufeffnip;nama\n199001012015011001;Siti Aisyah\n".encode(), "text/csv"),
]


@pytest.mark.parametrize(("filename", "data", "mime"), VALID, ids=[v[0] for v in VALID])
def test_each_accepted_type(filename: str, data: bytes, mime: str) -> None:
    assert sniff(data, filename) == mime
    assert ALLOWED_TYPES[filename.rsplit(".", 1)[1]].mime == mime


def test_every_accepted_type_is_tested_and_labelled() -> None:
    assert {v[0].rsplit(".", 1)[1] for v in VALID} == set(ALLOWED_TYPES)
    assert set(checks._LABELS) == set(ALLOWED_TYPES)


def test_allowed_types_unpack_as_mime_and_check() -> None:
    mime, check = ALLOWED_TYPES["png"]
    assert mime == "image/png"
    assert check(_png())
    assert not check(_pdf())


def test_extension_case_and_windows_path() -> None:
    assert sniff(_pdf(), "SCAN.PDF") == "application/pdf"
    assert sniff(_pdf(), "C:\\Users\\siti\\Dokumen\\Laporan Akhir.Pdf") == "application/pdf"


def test_pdf_header_after_leading_bytes() -> None:
    assert sniff(b"\r\n" + _pdf(), "laporan.pdf") == "application/pdf"
    with pytest.raises(EvidenceRejected):
        sniff(b" " * 2000 + _pdf(), "laporan.pdf")


def test_empty_file() -> None:
    with pytest.raises(EvidenceRejected, match="Berkas kosong"):
        sniff(b"", "laporan.pdf")


def test_too_large_names_the_limit_in_indonesian() -> None:
    with pytest.raises(EvidenceRejected, match="Berkas laporan.pdf terlalu besar") as err:
        sniff(_pdf(), "laporan.pdf", max_bytes=len(_pdf()) - 1)
    assert "byte" in err.value.message
    big = b"%PDF-" + bytes(MAX_EVIDENCE_BYTES)
    with pytest.raises(EvidenceRejected) as err:
        sniff(big, "laporan.pdf")
    assert "paling besar 20 MB" in err.value.message
    assert "(20 MB)" in err.value.message  # 20 MB + 5 bytes rounds to 20


@pytest.mark.parametrize(
    ("n_bytes", "text"),
    [
        (20 * 1024 * 1024, "20 MB"),
        (1536 * 1024, "1,5 MB"),
        (2_500_000_000, "2.384,2 MB"),
        (2048, "2 KB"),
        (10, "10 byte"),
    ],
)
def test_sizes_in_indonesian_number_format(n_bytes: int, text: str) -> None:
    assert checks.format_size(n_bytes) == text


def test_exactly_at_the_limit_is_accepted() -> None:
    assert sniff(_pdf(), "laporan.pdf", max_bytes=len(_pdf())) == "application/pdf"


@pytest.mark.parametrize("filename", ["setup.exe", "arsip.zip", "foto.gif", "tanpa-ekstensi", "skrip.pdf.js"])
def test_unknown_extension_lists_what_is_accepted(filename: str) -> None:
    with pytest.raises(EvidenceRejected, match="tidak diterima") as err:
        sniff(b"MZ\x90\x00isi", filename)
    assert "PDF, PNG, JPG, JPEG, DOCX" in err.value.message
    assert filename in err.value.message


@pytest.mark.parametrize(
    ("filename", "data", "message"),
    [
        ("bukti.pdf", _png(), "Isi berkas bukti.pdf bukan PDF."),
        ("foto.png", _JPEG, "Isi berkas foto.png bukan gambar PNG."),
        ("foto.jpg", _png(), "Isi berkas foto.jpg bukan gambar JPEG."),
        (
            "nota.docx",
            _zip({"word/document.xml": b"<x/>"}),
            "Isi berkas nota.docx bukan dokumen Word (DOCX).",
        ),
        ("nota.docx", b"PK\x03\x04 bukan zip sungguhan", "Isi berkas nota.docx bukan dokumen Word (DOCX)."),
        ("nota.docx", _pdf(), "Isi berkas nota.docx bukan dokumen Word (DOCX)."),
        ("nota.odt", _odf(_ODS), "Isi berkas nota.odt bukan dokumen OpenDocument (ODT)."),
        ("nota.odt", _docx(), "Isi berkas nota.odt bukan dokumen OpenDocument (ODT)."),
        ("rekap.ods", _pdf(), "Isi berkas rekap.ods bukan lembar kerja OpenDocument (ODS)."),
        ("nota.odt", _zip({"mimetype": _ODT.encode() * 10}), "bukan dokumen OpenDocument (ODT)."),
        ("nota.doc", _docx(), "Isi berkas nota.doc bukan dokumen Word (DOC)."),
        ("catatan.txt", b"teks\x00biner", "Isi berkas catatan.txt bukan teks UTF-8."),
        ("data.csv", "nama;kota\nJosé;Bogor\n".encode("cp1252"), "Simpan ulang sebagai"),
    ],
)
def test_content_must_match_the_extension(filename: str, data: bytes, message: str) -> None:
    with pytest.raises(EvidenceRejected) as err:
        sniff(data, filename)
    assert message in err.value.message


def test_odf_with_damaged_mimetype_member() -> None:
    data = bytearray(_odf(_ODT))
    start = data.index(b"application/vnd.oasis")
    data[start : start + 5] = b"XXXXX"  # the stored member's CRC no longer matches
    with pytest.raises(EvidenceRejected, match="bukan dokumen OpenDocument"):
        sniff(bytes(data), "nota.odt")


# --- check_file ------------------------------------------------------------------------------


def test_check_file_returns_mime_and_bytes(tmp_path: Path) -> None:
    path = tmp_path / "foto.png"
    path.write_bytes(_png())
    assert check_file(path) == ("image/png", _png())


def test_check_file_refuses_a_huge_file_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "video.pdf"
    with path.open("wb") as fh:
        fh.truncate(2 * 1024**3)  # sparse: 2 GB on paper, nothing on disk

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    with pytest.raises(EvidenceRejected, match=r"terlalu besar \(2\.048 MB\)"):
        check_file(path)


def test_check_file_unknown_extension_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "setup.exe"
    path.write_bytes(b"MZ")
    monkeypatch.setattr(Path, "open", lambda *a, **k: pytest.fail("opened"))
    with pytest.raises(EvidenceRejected, match="tidak diterima"):
        check_file(path)


def test_check_file_empty_small_limit_and_mismatch(tmp_path: Path) -> None:
    empty, pdf, fake = tmp_path / "kosong.pdf", tmp_path / "laporan.pdf", tmp_path / "bukti.pdf"
    empty.write_bytes(b"")
    pdf.write_bytes(_pdf())
    fake.write_bytes(_png())
    with pytest.raises(EvidenceRejected, match="Berkas kosong"):
        check_file(empty)
    with pytest.raises(EvidenceRejected, match="terlalu besar"):
        check_file(pdf, max_bytes=10)
    with pytest.raises(EvidenceRejected, match="Isi berkas bukti.pdf bukan PDF"):
        check_file(fake)


def test_check_file_that_grows_after_stat(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "laporan.pdf"
    path.write_bytes(_pdf())
    real_stat = Path.stat

    def small_stat(self: Path, **kwargs: bool) -> os.stat_result:
        st = real_stat(self, **kwargs)
        return os.stat_result((st.st_mode, *st[1:6], 5, *st[7:]))

    monkeypatch.setattr(Path, "stat", small_stat)
    with pytest.raises(EvidenceRejected, match="terlalu besar"):
        check_file(path, max_bytes=10)


def test_check_file_missing_or_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(EvidenceRejected, match="tidak ditemukan"):
        check_file(tmp_path / "hilang.pdf")
    (tmp_path / "folder.pdf").mkdir()
    with pytest.raises(EvidenceRejected, match="bukan berkas biasa"):
        check_file(tmp_path / "folder.pdf")


def test_check_file_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "laporan.pdf"
    path.write_bytes(_pdf())

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", denied)
    with pytest.raises(EvidenceRejected, match="tidak dapat dibaca"):
        check_file(path)
