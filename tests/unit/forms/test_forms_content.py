"""Issue 13, forms: what each exported form says, read back with pdftotext (findings → tests)."""

from __future__ import annotations

import re
import zlib
from pathlib import Path

import pytest

from asn_desktop.errors import ValidationFailed
from asn_desktop.pdf.forms import render
from asn_desktop.pdf.verify import verify_pdf
from asn_desktop.services import agency, export, signing
from asn_desktop.services import assessment as asm
from asn_desktop.services import employees as emp_svc
from asn_desktop.services import skp as skp_svc
from tests.conftest import PASSPHRASE
from tests.unit.forms.helpers import STAFF1, STAFF2, exported_text, staff_skp, with_positions
from tests.unit.pdf.samples import evaluasi_doc, skp_doc
from tests.unit.pdf.tools import pdf_stream_text, pdf_text, pdfsig_blocks, run_tool
from tests.unit.services.helpers import approved_skp, head_skp

KEY = "kunci-ttd-1"


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def _final(org, who: str, period: str = "2026", hasil: str = "sesuai", perilaku: str = "sesuai") -> str:
    boss = {"staff1": "kasi", "staff2": "kasi", "kasi": "head"}[who]
    asm.assess(
        org.ctx[boss],
        employee_id=getattr(org, who),
        period_key=period,
        rating_hasil=hasil,
        rating_perilaku=perilaku,
    )
    view = asm.get_assessment(org.ctx[boss], employee_id=getattr(org, who), period_key=period)
    asm.finalize_assessment(org.ctx[boss], assessment_id=view.id)
    return view.id


def test_unsigned_forms_carry_the_closing_block(org, tmp_path: Path) -> None:
    """Finding: unsigned prints had no place, date, names or NIPs (``if doc.slots:``)."""
    staff_skp(org)
    for form in ("skp", "evaluasi", "dokumen"):
        text = _flat(exported_text(org, tmp_path, nip=STAFF1, form=form))
        assert re.search(r"Kota Uji, \d{1,2} \w+ 20\d\d", text), form
        assert "Pejabat Penilai Kinerja," in text, form
        assert "Pegawai yang Dinilai," in text, form
        assert "Kasi Program NIP 19800101 200501 2 002" in text, form
        assert "Staf Satu NIP 19900101 201503 1 003" in text, form


def test_without_a_place_the_export_refuses_and_says_what_to_set(org, tmp_path: Path) -> None:
    staff_skp(org)
    agency.set_agency(org.admin, city="")
    with pytest.raises(ValidationFailed, match="Tempat penandatanganan formulir belum diatur"):
        export.export_form(org.admin, nip=STAFF1, year=2026, form="evaluasi", out=tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    text = _flat(exported_text(org, tmp_path, nip=STAFF1, form="evaluasi", place="Kota Lain"))
    assert "Kota Lain, " in text
    emp_svc.set_org_predikat(org.admin, unit_id=org.seksi, year=2026, predikat="baik")
    agency.set_unit_settings(org.admin, unit_id=org.seksi, city="Kota Seksi")
    assert "Kota Seksi, " in _flat(exported_text(org, tmp_path, nip=STAFF1, form="dokumen"))


def test_evaluation_prints_organisation_curve_real_period_and_numbered_columns(org, tmp_path: Path) -> None:
    staff_skp(org)
    emp_svc.set_org_predikat(org.admin, unit_id=org.seksi, year=2026, predikat="baik")
    text = _flat(exported_text(org, tmp_path, nip=STAFF1, form="evaluasi", period="2026-Q1"))
    assert "EVALUASI KINERJA PEGAWAI" in text
    assert "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL" in text
    assert "PERIODE: TRIWULAN I 2026" in text
    assert "PERIODE PENILAIAN: 1 JANUARI S.D. 31 MARET 2026" in text
    assert "PERIODIK" not in text
    assert "TAHUNAN" not in text
    assert "CAPAIAN KINERJA ORGANISASI Baik" in text
    assert "POLA DISTRIBUSI" in text
    assert "Baik paling banyak 70 %" in text
    assert "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG" in text
    assert "(1) (2) (3) (4) (5) (6) (7) (8)" in text  # kuantitatif: with ASPEK, 8 columns
    annual = _flat(exported_text(org, tmp_path, nip=STAFF1, form="evaluasi"))
    assert "PERIODE: 1 JANUARI S.D. 31 DESEMBER 2026" in annual


def test_kualitatif_skp_has_no_aspect_column_and_text_targets(org, tmp_path: Path) -> None:
    targets = (("kualitas", "Kualitas laporan", "Laporan diterima pimpinan tanpa revisi mayor"),)
    staff_skp(org, approach="kualitatif", targets=targets)
    text = _flat(exported_text(org, tmp_path, nip=STAFF1, form="skp"))
    assert "PENDEKATAN HASIL KERJA KUALITATIF" in text
    assert "ASPEK" not in text
    assert "Laporan diterima pimpinan tanpa revisi mayor" in text
    assert "(1) (2) (3) (4) (5)" in text
    assert "(6)" not in text.split("PERILAKU KERJA")[0]
    kuantitatif = _flat(exported_text(org, tmp_path, nip=STAFF1, form="evaluasi"))
    assert "ASPEK" not in kuantitatif  # the evaluation of a kualitatif SKP has no ASPEK either


def test_lampiran_has_header_numbered_lists_and_signatures(org, tmp_path: Path) -> None:
    staff_skp(org)
    skp_id = skp_svc.current_skp_id(org.ctx["staff1"], employee_id=org.staff1, year=2026)
    assert skp_id
    out = tmp_path / "skp.pdf"
    export.export_form(org.admin, nip=STAFF1, year=2026, form="skp", out=out)
    last = _flat(pdf_stream_text(out)[-1])
    assert "LAMPIRAN SASARAN KINERJA PEGAWAI" in last
    assert "DINAS UJI" in last
    assert "PERIODE PENILAIAN: 1 JANUARI S.D. 31 DESEMBER 2026" in last
    assert "DUKUNGAN SUMBER DAYA" in last
    assert "KONSEKUENSI" in last
    assert "Staf Satu NIP 19900101 201503 1 003" in last
    assert "Kasi Program NIP 19800101 200501 2 002" in last


def test_lampiran_items_are_numbered(org, tmp_path: Path) -> None:
    ctx = org.ctx["kasi"]
    skp_id = skp_svc.create_skp(ctx, year=2026)
    skp_svc.set_lampiran(
        ctx, skp_id=skp_id, sumber_daya="Anggaran DIPA\nLaptop; printer", skema="", konsekuensi=""
    )
    out = tmp_path / "draft.pdf"
    export.export_form(org.admin, nip="198001012005012002", year=2026, form="skp", out=out)
    last = _flat(pdf_stream_text(out)[-1])
    assert "1. Anggaran DIPA 2. Laptop 3. printer" in last


def test_periodic_batch_writes_no_skp_and_refuses_a_quarterly_skp(org, tmp_path: Path) -> None:
    staff_skp(org)
    result = export.export_batch(org.admin, year=2026, period_key="2026-Q1", out=tmp_path / "q1", workers=1)
    forms = {e.form for e in result.written}
    assert "skp" not in forms
    assert {"evaluasi", "dokumen", "penetapan"} <= forms
    with pytest.raises(ValidationFailed, match="SKP disusun untuk satu tahun"):
        export.export_batch(org.admin, year=2026, period_key="2026-Q1", forms=("skp",), out=tmp_path / "x")
    with pytest.raises(ValidationFailed, match="SKP disusun untuk satu tahun"):
        export.export_form(
            org.admin, nip=STAFF1, year=2026, period_key="2026-Q1", form="skp", out=tmp_path / "s.pdf"
        )


def test_long_agency_name_is_not_wrapped_and_pppk_is_labelled_ni_pppk(org, tmp_path: Path) -> None:
    agency.set_agency(
        org.admin, name="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Provinsi Contoh"
    )
    staff_skp(org, "staff2")
    out = tmp_path / "skp.pdf"
    export.export_form(org.admin, nip=STAFF2, year=2026, form="skp", out=out)
    lines = [line.strip() for page in pdf_text(out) for line in page.splitlines()]
    name = "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA PROVINSI CONTOH"
    assert any(name in _flat(line) for line in lines), "the agency's name is printed on one line"
    text = _flat("\n".join(pdf_stream_text(out)))
    assert "NI PPPK 19900913 202524 2 014" in text
    assert "NIP 19900913" not in text
    assert "2025 24 2 014" not in text


def test_no_section_heading_is_left_at_a_page_foot(tmp_path: Path) -> None:
    """Finding: "PERILAKU KERJA" alone at the foot of page 1. Any number of RHK, any form."""
    headings = {"HASIL KERJA", "PERILAKU KERJA", "KEBERATAN"}
    for n in range(1, 9):
        for name, doc in (("ev", evaluasi_doc(n_rhk=n)), ("skp", skp_doc(n_rhk=n))):
            path = tmp_path / f"{name}{n}.pdf"
            path.write_bytes(render(doc).pdf)
            for page in pdf_text(path):
                body = [line.strip() for line in page.splitlines() if line.strip()][:-1]  # minus the footer
                assert body, (name, n)
                assert body[-1] not in headings, (name, n, body[-1])


def test_dokumen_evaluasi_has_its_five_blocks(org, tmp_path: Path) -> None:
    staff_skp(org)
    emp_svc.set_org_predikat(org.admin, unit_id=org.seksi, year=2026, predikat="istimewa")
    _final(org, "staff1", hasil="di_atas", perilaku="di_atas")
    text = _flat(exported_text(org, tmp_path, nip=STAFF1, form="dokumen"))
    order = [
        "DOKUMEN EVALUASI KINERJA PEGAWAI",
        "PERIODE: 1 JANUARI S.D. 31 DESEMBER 2026",
        "INSTANSI Dinas Uji",
        "PERIODE PENILAIAN 1 Januari s.d. 31 Desember 2026",
        "1 PEGAWAI YANG DINILAI",
        "2 PEJABAT PENILAI KINERJA",
        "3 ATASAN PEJABAT PENILAI KINERJA",
        "4 EVALUASI KINERJA",
        "Capaian Kinerja Organisasi Istimewa",
        "Predikat Kinerja Pegawai Sangat Baik",
        "5 CATATAN/REKOMENDASI",
        "Pegawai yang Dinilai,",
        "POLA DISTRIBUSI",
    ]
    positions = [text.find(part) for part in order]
    assert all(p >= 0 for p in positions), [o for o, p in zip(order, positions, strict=True) if p < 0]
    assert positions == sorted(positions)
    assert "DRAF" not in text


def _stream_texts(pdf: bytes) -> bytes:
    out = b""
    for raw in re.findall(rb"stream\r?\n(.*?)endstream", pdf, re.S):
        try:
            out += zlib.decompress(raw)
        except zlib.error:
            out += raw
    return out


def test_signature_stamp_uses_the_agency_zone_not_utc(org, tmp_path: Path) -> None:
    """Finding: the stamp read "01-12-2026 07:36:04 UTC"."""
    staff_skp(org)
    _final(org, "staff1")
    agency.set_agency(org.admin, timezone="WITA")
    signing.init_ca(org.admin, workspace_passphrase=PASSPHRASE)
    for who in (org.kasi, org.staff1):
        signing.issue_certificate(org.admin, employee_id=who, passphrase=KEY)
    out = tmp_path / "signed.pdf"
    export.export_form(
        org.admin, nip=STAFF1, year=2026, form="evaluasi", out=out, sign=True, default_passphrase=KEY
    )
    dokumen = tmp_path / "dokumen.pdf"
    export.export_form(
        org.admin, nip=STAFF1, year=2026, form="dokumen", out=dokumen, sign=True, default_passphrase=KEY
    )
    for signed in (out, dokumen):  # the new closing and stamp still verify everywhere
        assert [r.intact for r in verify_pdf(signed.read_bytes())] == [True, True]
        blocks = pdfsig_blocks(signed)
        assert len(blocks) == 2
        assert all("Signature is Valid." in b for b in blocks)
        assert "Total document signed" in blocks[-1]
        assert run_tool("qpdf", "--check", signed).returncode == 0
    streams = _stream_texts(out.read_bytes())
    assert b"WITA" in streams
    assert b"pukul" in streams
    assert b"UTC" not in streams
    assert re.search(
        rb"\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) 20\d\d",
        streams,
    )


def test_penetapan_lists_every_member_marks_drafts_and_is_signed_by_the_pimpinan(org, tmp_path: Path) -> None:
    """Findings: only final members counted, unmarked, signed by the unit head, no curve."""
    with_positions(org)
    _, kasi_rhk, _ = approved_skp(org, "kasi", parent_rhk=head_skp(org))
    approved_skp(org, "staff1", parent_rhk=kasi_rhk)
    approved_skp(org, "staff2", parent_rhk=kasi_rhk)
    emp_svc.set_org_predikat(org.admin, unit_id=org.seksi, year=2026, predikat="baik")
    _final(org, "staff1", hasil="di_bawah")
    asm.assess(
        org.ctx["kasi"],
        employee_id=org.staff2,
        period_key="2026",
        rating_hasil="sesuai",
        rating_perilaku="sesuai",
    )
    result = export.export_batch(org.admin, year=2026, forms=("penetapan",), out=tmp_path / "p", workers=1)
    seksi = next(e for e in result.written if "seksi-program" in e.file)
    text = _flat("\n".join(pdf_stream_text(tmp_path / "p" / seksi.file)))
    for name in ("Kasi Program", "Staf Satu", "Staf PPPK"):
        assert name in text
    assert "(belum final)" in text
    assert "(belum dinilai)" in text
    assert "DRAF" in text
    assert "1 pegawai belum final, 1 pegawai belum dinilai" in text
    assert "Pimpinan yang Berwenang," in text
    closing = text.split("Pimpinan yang Berwenang,")[1]
    assert "Kepala Dinas NIP 19700101 200003 1 001" in closing, "signed by the head of the unit above"
    assert "Kasi Program" not in closing
    assert "100 %" in text
    assert "50 %" in text
    assert "19900913 202524 2 014" in text  # grouped, whole
    office = next(e for e in result.written if "kantor-kepala" in e.file)
    office_text = _flat("\n".join(pdf_stream_text(tmp_path / "p" / office.file)))
    assert "DRAF" in office_text
    assert "1 pegawai belum dinilai" in office_text


def test_unit_without_members_is_reported_and_configured_pimpinan_signs(org, tmp_path: Path) -> None:
    """Finding: only 1 of 3 demo units got a penetapan, with no word on the others."""
    emp_svc.create_unit(org.admin, name="Seksi Kosong", parent_id=org.unit)
    agency.set_unit_settings(org.admin, unit_id=org.seksi, pimpinan_id=org.head)
    with pytest.raises(ValidationFailed, match="tidak boleh pegawai unit itu sendiri"):
        agency.set_unit_settings(org.admin, unit_id=org.seksi, pimpinan_id=org.kasi)
    result = export.export_batch(org.admin, year=2026, forms=("penetapan",), out=tmp_path / "p", workers=1)
    assert ("Seksi Kosong", "penetapan", "unit ini tidak memiliki pegawai aktif") in {
        (s.label, s.form, s.reason) for s in result.skipped
    }
    seksi = next(e for e in result.written if "seksi-program" in e.file)
    text = _flat("\n".join(pdf_stream_text(tmp_path / "p" / seksi.file)))
    assert "Kepala Dinas NIP 19700101 200003 1 001" in text.split("Pimpinan yang Berwenang,")[1]
    # a draft penetapan is never signed: refused with its reason
    signed = export.export_batch(
        org.admin, year=2026, forms=("penetapan",), out=tmp_path / "s", workers=1, sign=True
    )
    reasons = {s.label: s.reason for s in signed.skipped}
    assert "dokumen draf tidak dapat ditandatangani" in reasons["Seksi Program"]


def test_the_agency_logo_heads_every_form(org, tmp_path: Path) -> None:
    import io

    from PIL import Image

    from tests.unit.pdf.tools import run_tool

    staff_skp(org)
    plain = tmp_path / "plain.pdf"
    entry = export.export_form(org.admin, nip=STAFF1, year=2026, form="evaluasi", out=plain)
    buf = io.BytesIO()
    Image.new("RGB", (400, 200), (10, 120, 60)).save(buf, format="PNG")
    agency.set_logo(org.admin, data=buf.getvalue())
    with_logo = tmp_path / "logo.pdf"
    entry2 = export.export_form(org.admin, nip=STAFF1, year=2026, form="evaluasi", out=with_logo)
    images = run_tool("pdfimages", "-list", with_logo).stdout.splitlines()[2:]
    assert len(images) >= 1, "the logo is embedded"
    assert run_tool("pdfimages", "-list", plain).stdout.splitlines()[2:] == []
    assert entry.content_hash != entry2.content_hash, "the logo is part of what the hash covers"
    assert run_tool("qpdf", "--check", with_logo).returncode == 0
