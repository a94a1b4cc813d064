"""The SIASN employee download imported as it comes: preview, all or nothing, re-import by NIP and UNOR ID."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from asn_desktop.errors import ImportRejected, ValidationFailed
from asn_desktop.services.directory import EmployeeFilter, count_visible_employees, visible_employees
from asn_desktop.services.employee_sheet import ColumnsUnknown, compose_name, excel_date
from asn_desktop.services.imports import import_employees, preview_employees
from asn_desktop.store.models import Employee, Position, Unit
from tests.unit.services.siasn_samples import UNOR_B, siasn_rows, siasn_workbook
from tests.unit.tabular.bombs import xlsx_bomb


def _employee(org, nip: str) -> Employee:
    with org.ws.sessions() as session:
        emp = session.scalars(select(Employee).where(Employee.nip == nip)).one()
        session.expunge(emp)
        return emp


def _count(org, model) -> int:
    with org.ws.sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


@pytest.mark.parametrize("quote_prefix", [False, True])
def test_preview_writes_nothing_and_reports_each_row(org, tmp_path: Path, quote_prefix: bool) -> None:
    path = siasn_workbook(tmp_path / "siasn.xlsx", quote_prefix=quote_prefix)
    before = (count_visible_employees(org.admin), _count(org, Unit))
    preview = preview_employees(org.admin, path)
    assert [(r.line, r.nip, r.action) for r in preview.rows] == [
        (2, "198503212010011001", "baru"),
        (3, "197804152003122002", "baru"),
        (4, "199109132025242015", "baru"),
    ]
    assert preview.new_units == ["Bidang Informasi Kepegawaian", "Bidang Pengembangan Pegawai"]
    assert preview.mapping["nip"] == "NIP BARU"
    assert [r.message for r in preview.rows] == ["", "", ""]
    assert (count_visible_employees(org.admin), _count(org, Unit)) == before


def test_import_takes_siasn_columns_as_they_are(org, tmp_path: Path) -> None:
    report = import_employees(org.admin, siasn_workbook(tmp_path / "siasn.xlsx"))
    assert (report.created, report.updated, report.units_created) == (3, 0, 2)
    budi, rina, sari = (
        _employee(org, n) for n in ("198503212010011001", "197804152003122002", "199109132025242015")
    )
    assert (budi.name, budi.employee_type, budi.golongan, budi.pangkat) == (
        "Budi Santoso, S.Kom",
        "PNS",
        "III/c",
        "Penata",
    )
    assert (rina.name, rina.email, rina.siasn_id) == ("Dr. Rina Marlina, M.Si.", "rina@bkd.go.id", "D4E5F6")
    assert (sari.employee_type, sari.golongan) == ("PPPK", "IX")
    assert rina.unit_id == sari.unit_id != budi.unit_id
    with org.ws.sessions() as session:
        unit = session.get(Unit, rina.unit_id)
        assert (unit.code, unit.name) == (UNOR_B, "Bidang Pengembangan Pegawai")
        kinds = {p.name: p.kind for p in session.scalars(select(Position))}
    assert kinds["Pranata Komputer Ahli Muda"] == "fungsional"
    assert kinds["Pengadministrasi Perkantoran"] == "pelaksana"


def test_reimport_updates_by_nip_and_unor_id_without_duplicates(org, tmp_path: Path) -> None:
    import_employees(org.admin, siasn_workbook(tmp_path / "a.xlsx"))
    counts = (count_visible_employees(org.admin), _count(org, Unit), _count(org, Position))
    renamed = siasn_rows(unit_b_name="Bidang Pengembangan SDM Aparatur", email="rina.m@bkd.go.id")
    report = import_employees(org.admin, siasn_workbook(tmp_path / "b.xlsx", renamed))
    assert (report.created, report.updated, report.units_created) == (0, 3, 0)
    assert (count_visible_employees(org.admin), _count(org, Unit), _count(org, Position)) == counts
    rina = _employee(org, "197804152003122002")
    assert rina.email == "rina.m@bkd.go.id"
    with org.ws.sessions() as session:
        assert session.get(Unit, rina.unit_id).name == "Bidang Pengembangan SDM Aparatur"


def test_a_birth_date_that_disagrees_with_the_nip_is_a_warning(org, tmp_path: Path) -> None:
    rows = siasn_rows()
    rows[0][5] = "22-03-1985"
    preview = preview_employees(org.admin, siasn_workbook(tmp_path / "s.xlsx", rows))
    assert preview.rows[0].action == "baru"
    assert "tidak sesuai NIP (21 Maret 1985)" in preview.rows[0].message


def test_bad_rows_refuse_the_whole_import_with_a_report(org, tmp_path: Path) -> None:
    rows = siasn_rows()
    rows[1][1] = "'19780415200312200"  # 17 digits
    rows[2][6] = "Honorer"
    with pytest.raises(ImportRejected) as err:
        import_employees(org.admin, siasn_workbook(tmp_path / "s.xlsx", rows))
    assert [line for line, _ in err.value.row_errors] == [3, 4]
    assert "18 digit" in err.value.row_errors[0][1]
    assert "jenis pegawai 'Honorer' tidak dikenal" in err.value.row_errors[1][1]
    assert _count(org, Unit) == 2


def test_another_layout_asks_for_a_mapping_then_imports(org, tmp_path: Path) -> None:
    path = tmp_path / "lain.csv"
    path.write_text(
        "Nomor Induk;Nama Lengkap;Satuan Kerja\n198503212010011001;Dewi Lestari;Seksi Program\n", "utf-8"
    )
    with pytest.raises(ColumnsUnknown) as err:
        preview_employees(org.admin, path)
    assert err.value.headers == ["Nomor Induk", "Nama Lengkap", "Satuan Kerja"]
    mapping = {"nip": "Nomor Induk", "nama": "Nama Lengkap", "unit": "Satuan Kerja"}
    assert import_employees(org.admin, path, mapping=mapping).created == 1
    with pytest.raises(ValidationFailed, match="tidak ada di berkas"):
        preview_employees(org.admin, path, mapping={"nip": "NIP"})


def test_csv_quotes_commas_and_encodings(org, tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text(
        'nip,nama,unit\n198503212010011001,"Dewi ""Ade"" Lestari",Seksi Program\n'
        "198503212010011002,Budi Santoso, S.Kom,Seksi Program\n",
        "utf-8",
    )
    with pytest.raises(ImportRejected) as err:
        import_employees(org.admin, path)
    assert err.value.row_errors[0][0] == 3
    assert "tanda kutip" in err.value.row_errors[0][1]
    path.write_text('nip;nama;unit\n198503212010011001;"Dewi ""Ade"" Lestari";Seksi Program\n', "utf-8")
    import_employees(org.admin, path)
    assert visible_employees(org.admin, EmployeeFilter(text="Dewi"))[0].name == 'Dewi "Ade" Lestari'
    for encoding in ("cp1252", "utf-16"):
        path.write_bytes("nip;nama;unit\n198503212010011003;José Müller;Seksi Program\n".encode(encoding))
        import_employees(org.admin, path)
    assert visible_employees(org.admin, EmployeeFilter(text="José"))[0].name == "José Müller"


def test_a_workbook_bomb_is_refused(org, tmp_path: Path) -> None:
    with pytest.raises(ValidationFailed, match="terlalu besar"):
        preview_employees(org.admin, xlsx_bomb(tmp_path / "bom.xlsx", rows=200_000))


def test_dates_and_names() -> None:
    from datetime import date

    assert excel_date("31127") == date(1985, 3, 21)
    assert excel_date("31127.0") == date(1985, 3, 21)
    assert excel_date("1985-03-21") == excel_date("21/03/1985") == excel_date("21 Maret 1985")
    assert excel_date("21-13-1985") is None
    assert excel_date("kemarin") is None
    assert excel_date("21 Brumaire 1985") is None
    assert compose_name("Budi", "Ir.", ", M.T.") == "Ir. Budi, M.T."
