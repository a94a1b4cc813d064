"""The forms look right: A4, embedded font, page numbers, repeated headers, wrapped text, hash+QR."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, replace
from pathlib import Path

from asn_desktop.pdf.forms import render
from asn_desktop.pdf.model import (
    EvaluasiAppendix,
    FeedbackItemLine,
    FollowUpLine,
    RhkLine,
    content_hash,
)
from tests.unit.pdf.samples import LONG, evaluasi_doc, penetapan_doc, skp_doc
from tests.unit.pdf.tools import pdf_text, run_tool


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_skp_pages_are_numbered_and_table_header_repeats(tmp_path: Path) -> None:
    built = render(skp_doc(n_rhk=8))
    path = _write(tmp_path, "skp.pdf", built.pdf)
    pages = pdf_text(path)
    assert len(pages) >= 3
    for number, page in enumerate(pages, 1):
        assert f"Halaman {number} dari {len(pages)}" in page
    # the hasil kerja table spans pages 1-2: its header row is printed again on page 2
    assert "RENCANA HASIL KERJA" in pages[0]
    assert "RENCANA HASIL KERJA" in pages[1]
    assert "LAMPIRAN SASARAN KINERJA PEGAWAI" in pages[-1]
    assert "ab" * 16 in "".join(pages)  # the record's hash, printed as text
    assert set(built.boxes) == {"TTD_Pegawai", "TTD_Penilai"}


def test_font_is_embedded_and_pages_are_a4(tmp_path: Path) -> None:
    path = _write(tmp_path, "ev.pdf", render(evaluasi_doc()).pdf)
    fonts = run_tool("pdffonts", path).stdout
    assert "DejaVuSans" in fonts
    for line in fonts.splitlines()[2:]:
        assert " yes " in line, f"font not embedded: {line}"
    assert run_tool("qpdf", "--check", path).returncode == 0


def test_every_form_renders_to_png(tmp_path: Path) -> None:
    """The PNGs are what a reviewer looks at (kept under tmp); here their size is A4 at 50 dpi."""
    for name, doc in (
        ("skp", skp_doc()),
        ("evaluasi", evaluasi_doc(periodic=True)),
        ("penetapan", penetapan_doc()),
    ):
        path = _write(tmp_path, f"{name}.pdf", render(doc).pdf)
        result = run_tool("pdftoppm", "-r", "50", "-png", path, tmp_path / name)
        assert result.returncode == 0, result.stderr
        pngs = sorted(tmp_path.glob(f"{name}-*.png"))
        assert pngs
        header = pngs[0].read_bytes()[16:24]
        width, height = int.from_bytes(header[:4], "big"), int.from_bytes(header[4:], "big")
        assert (width, height) == (414, 585)  # 595 x 842 pt (A4) at 50 dpi, rounded up


def test_draft_carries_watermark_and_its_own_hash(tmp_path: Path) -> None:
    doc = skp_doc(draft=True, n_rhk=2)
    path = _write(tmp_path, "draft.pdf", render(doc).pdf)
    text = "".join(pdf_text(path))
    assert "DRAF" in text
    assert content_hash(doc)[:32] in text


def test_rendering_is_deterministic_and_hash_ignores_signers() -> None:
    doc = evaluasi_doc()
    assert render(doc).pdf == render(doc).pdf
    assert content_hash(doc) == content_hash(replace(doc, slots=()))
    assert content_hash(doc) != content_hash(replace(doc, predikat="Sangat Baik"))


def test_row_longer_than_a_page_is_split_not_lost(tmp_path: Path) -> None:
    huge = RhkLine("utama", " ".join([LONG] * 40), "induk", (), "")
    doc = replace(evaluasi_doc(n_rhk=1), rhk=(huge,))
    path = _write(tmp_path, "long.pdf", render(doc).pdf)
    text = "".join(pdf_text(path))
    assert text.count("ditindaklanjuti") >= 30


def test_text_is_escaped_not_markup(tmp_path: Path) -> None:
    doc = replace(evaluasi_doc(n_rhk=1), notes="nilai <b>tebal</b> & 5 < 7")
    path = _write(tmp_path, "esc.pdf", render(doc).pdf)
    assert "<b>tebal</b> & 5 < 7" in "".join(pdf_text(path))


def _appendix() -> EvaluasiAppendix:
    return EvaluasiAppendix(
        round_note="Putaran 360° Triwulan III 2026 (ditutup): diri 1, atasan 1, rekan kerja 4 dari 5.",
        feedback=(
            FeedbackItemLine("Perilaku Kerja BerAKHLAK", "Berorientasi Pelayanan", "", "4", "3", "3,8 (4)"),
            FeedbackItemLine("Perilaku Kerja BerAKHLAK", "Akuntabel", "", "5", "4", "4,3 (4)"),
            FeedbackItemLine("Kompetensi Teknis", "Analisis Kebijakan", "3", "3", "2", "2,5 (4)"),
        ),
        follow_ups=(
            FollowUpLine(
                "Pembinaan",
                "Pendampingan penyusunan telaahan",
                "Telaahan tanpa revisi mayor",
                "Berjalan",
                "31 Desember 2026",
                ("5 Oktober 2026: dilaksanakan", "2 November 2026: direncanakan"),
                "",
            ),
            FollowUpLine("Pelatihan", "Diklat analisis kebijakan", "", "Rencana", "", (), ""),
        ),
    )


def test_evaluation_appendix_prints_360_summary_and_follow_up_plan(tmp_path: Path) -> None:
    plain = evaluasi_doc()
    with_appendix = replace(plain, appendix=_appendix())
    pages = pdf_text(_write(tmp_path, "ev.pdf", render(with_appendix).pdf))
    plain_pages = pdf_text(_write(tmp_path, "plain.pdf", render(plain).pdf))
    assert len(pages) == len(plain_pages) + 1, "the appendix starts on a page of its own"
    last = pages[-1]
    assert "LAMPIRAN EVALUASI KINERJA PEGAWAI" in last
    assert "KOMPETENSI TEKNIS" in last
    assert "Analisis Kebijakan" in last
    assert "2,5 (4)" in last
    assert "Pendampingan penyusunan telaahan" in last
    assert "5 Oktober 2026:" in last
    assert "dilaksanakan" in last
    assert "LAMPIRAN" not in plain_pages[-1]
    # The appendix is part of what the hash covers; a form without it keeps its former hash.
    assert content_hash(with_appendix) != content_hash(plain)
    body = asdict(plain)
    del body["slots"], body["appendix"]
    assert body["header"].pop("logo") == b""  # no logo: nothing of it in the hash
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    assert content_hash(plain) == hashlib.sha256(canonical.encode()).hexdigest()


def test_empty_appendix_says_no_follow_up_yet(tmp_path: Path) -> None:
    doc = replace(
        evaluasi_doc(),
        appendix=EvaluasiAppendix("Belum ada putaran umpan balik 360° untuk periode ini.", (), ()),
    )
    last = pdf_text(_write(tmp_path, "ev.pdf", render(doc).pdf))[-1]
    assert "Belum ada putaran umpan balik 360°" in last
    assert "Belum ada tindak lanjut yang dicatat." in last
