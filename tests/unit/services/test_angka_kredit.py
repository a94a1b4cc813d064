"""Issue 13: angka kredit per JF holder and year, from configuration tables; XLSX for HR; printed."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from asn_desktop.domain.errors import PermissionDenied
from asn_desktop.errors import ValidationFailed
from asn_desktop.services import angka_kredit as ak
from asn_desktop.services import assessment as asm
from asn_desktop.services import employees as emp_svc
from asn_desktop.services import settings
from tests.unit.forms.helpers import with_positions
from tests.unit.pdf.tools import pdf_stream_text
from tests.unit.services.helpers import approved_skp, head_skp


def _decide(org, who: str, period: str, hasil: str = "sesuai", perilaku: str = "sesuai") -> None:
    asm.assess(
        org.ctx["kasi"],
        employee_id=getattr(org, who),
        period_key=period,
        rating_hasil=hasil,
        rating_perilaku=perilaku,
    )
    view = asm.get_assessment(org.ctx["kasi"], employee_id=getattr(org, who), period_key=period)
    asm.finalize_assessment(org.ctx["kasi"], assessment_id=view.id)


@pytest.fixture
def jf(org):  # type: ignore[no-untyped-def]
    ids = with_positions(org)
    ak.set_position_jenjang(org.admin, position_id=ids["staff"], jenjang="ahli_pertama")
    org.positions = ids
    _, kasi_rhk, _ = approved_skp(org, "kasi", parent_rhk=head_skp(org))
    approved_skp(org, "staff1", parent_rhk=kasi_rhk)
    approved_skp(org, "staff2", parent_rhk=kasi_rhk)
    return org


def test_quarters_then_the_year_never_both(jf) -> None:
    org = jf
    summary = ak.angka_kredit_for(org.ctx["staff1"], employee_id=org.staff1, year=2026)
    assert summary.lines == ()
    assert "Belum ada penilaian" in summary.note
    _decide(org, "staff1", "2026-Q1")  # Baik
    _decide(org, "staff1", "2026-Q2", hasil="di_atas", perilaku="di_atas")  # Sangat Baik
    summary = ak.angka_kredit_for(org.ctx["staff1"], employee_id=org.staff1, year=2026)
    assert [str(line.value) for line in summary.lines] == ["3.13", "4.69"]  # DOMAIN.md's example first
    assert summary.total == Decimal("7.82")
    assert summary.jenjang == "Ahli Pertama"
    _decide(org, "staff1", "2026")  # the year decided: one line of 12 months, no double count
    summary = ak.angka_kredit_for(org.ctx["kasi"], employee_id=org.staff1, year=2026)
    assert [(line.months, str(line.value)) for line in summary.lines] == [(12, "12.50")]
    assert ak.angka_kredit_for(org.ctx["head"], employee_id=org.kasi, year=2026) is None  # not a JF
    with pytest.raises(PermissionDenied):
        ak.angka_kredit_for(org.ctx["staff2"], employee_id=org.staff1, year=2026)


def test_tables_are_configuration(jf) -> None:
    org = jf
    _decide(org, "staff1", "2026")
    table = {k: str(v) for k, v in settings.get_setting(org.admin, settings.AK_KOEFISIEN).items()}
    settings.set_setting(org.admin, settings.AK_KOEFISIEN, {**table, "ahli_pertama": "10"})
    assert ak.angka_kredit_for(org.admin, employee_id=org.staff1, year=2026).total == Decimal("10.00")
    settings.set_setting(org.admin, settings.AK_KOEFISIEN, {"ahli_muda": "25"})
    summary = ak.angka_kredit_for(org.admin, employee_id=org.staff1, year=2026)
    assert summary.lines == ()
    assert "Koefisien jenjang Ahli Pertama belum ada" in summary.note


def test_jenjang_only_for_jabatan_fungsional(org) -> None:
    ids = with_positions(org)
    with pytest.raises(ValidationFailed, match="hanya untuk jabatan fungsional"):
        ak.set_position_jenjang(org.admin, position_id=ids["kasi"], jenjang="ahli_muda")
    with pytest.raises(ValidationFailed, match="tidak dikenal"):
        ak.set_position_jenjang(org.admin, position_id=ids["staff"], jenjang="ahli_super")
    with pytest.raises(PermissionDenied):
        ak.set_position_jenjang(org.ctx["kasi"], position_id=ids["staff"], jenjang="ahli_muda")
    pos = emp_svc.create_position(
        org.admin, unit_id=org.seksi, name="Pranata Komputer", kind="fungsional", jf_jenjang="terampil"
    )
    assert pos


def test_xlsx_for_hr_keeps_user_text_as_text(jf, tmp_path: Path) -> None:
    org = jf
    staff_position = org.positions["staff"]
    emp_svc.update_employee(
        org.admin,
        org.staff2,
        emp_svc.EmployeeInput(
            nip="199009132025242014",
            name='=HYPERLINK("http://x")',
            unit_id=org.seksi,
            supervisor_id=org.kasi,
            position_id=staff_position,
        ),
    )
    _decide(org, "staff1", "2026")
    _decide(org, "staff2", "2026-Q3", hasil="di_bawah", perilaku="sesuai")
    out = tmp_path / "ak.xlsx"
    assert ak.export_angka_kredit_xlsx(org.admin, out, year=2026) == 2
    rows = list(load_workbook(out).active.iter_rows())
    assert [c.value for c in rows[0]][:3] == ["NIP / NI PPPK", "Nama", "Jabatan"]
    cells = {c.value: c for row in rows for c in row if isinstance(c.value, str)}
    assert cells['=HYPERLINK("http://x")'].data_type == "s", "a name that looks like a formula stays text"
    assert cells["19900913 202524 2 014"].data_type == "s", "the NIP is text, not a number"
    values = {tuple(c.value for c in row[5:]) for row in rows[1:]}
    assert ("Triwulan III 2026", 3, "Butuh Perbaikan", 75, 12.5, 2.34) in values
    assert ("Jumlah 2026", None, None, None, None, 12.5) in values
    # a penilai exports the people he may see; someone with nobody to see gets an empty sheet
    assert ak.export_angka_kredit_xlsx(org.ctx["kasi"], tmp_path / "kasi.xlsx", year=2026) == 2
    assert ak.export_angka_kredit_xlsx(org.ctx["head"], tmp_path / "head.xlsx", year=2026) == 0


def test_printed_on_request(jf, tmp_path: Path) -> None:
    org = jf
    _decide(org, "staff1", "2026-Q1")
    out = tmp_path / "ak.pdf"
    ak.print_angka_kredit(org.ctx["staff1"], employee_id=org.staff1, year=2026, out=out)
    text = re.sub(r"\s+", " ", "\n".join(pdf_stream_text(out)).replace("\u00a0", " "))
    assert "KONVERSI PREDIKAT KINERJA KE ANGKA KREDIT" in text
    assert "JENJANG AHLI PERTAMA" in text
    assert "TAHUN 2026" in text
    assert "Triwulan I 2026 3 Baik 100 % 12,5 3,13" in text
    assert "JUMLAH 3,13" in text
    assert "Pejabat Penilai Kinerja," in text
    assert "Kasi Program NIP 19800101 200501 2 002" in text
    with pytest.raises(ValidationFailed, match="pemegang jabatan fungsional"):
        ak.print_angka_kredit(org.ctx["kasi"], employee_id=org.kasi, year=2026, out=tmp_path / "x.pdf")
