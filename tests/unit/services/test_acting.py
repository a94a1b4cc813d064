"""Issue 13, Plt./Plh.: an acting official set by the admin for a position and dates acts as
pejabat penilai for it and prints as "Plt. …"; outside the dates, nothing changes."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from asn_desktop.domain.errors import PermissionDenied
from asn_desktop.errors import ValidationFailed
from asn_desktop.services import acting, export
from asn_desktop.services import assessment as asm
from asn_desktop.services import employees as emp_svc
from asn_desktop.services.directory import visible_employees
from asn_desktop.services.overview import profile
from tests.unit.forms.helpers import STAFF1, with_positions
from tests.unit.pdf.tools import pdf_stream_text
from tests.unit.services.helpers import approved_skp, head_skp

TODAY = date.today()


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


@pytest.fixture
def plt(org):  # type: ignore[no-untyped-def]
    """The kasi is away: the head's other subordinate... here staff2 acts as Plt. Kepala Seksi."""
    ids = with_positions(org)
    _, kasi_rhk, _ = approved_skp(org, "kasi", parent_rhk=head_skp(org))
    approved_skp(org, "staff1", parent_rhk=kasi_rhk)
    org.positions = ids
    return org


def test_the_acting_official_assesses_and_the_holder_waits(plt, tmp_path: Path) -> None:
    org = plt
    acting.assign_acting(
        org.admin,
        position_id=org.positions["kasi"],
        employee_id=org.head,
        kind="plt",
        start_on=TODAY - timedelta(days=10),
        end_on=TODAY + timedelta(days=30),
    )
    head = org.ctx["head"]
    assert (
        asm.assess(
            head, employee_id=org.staff1, period_key="2026", rating_hasil="sesuai", rating_perilaku="sesuai"
        )
        == "baik"
    )
    with pytest.raises(PermissionDenied):  # the holder he stands in for does not, meanwhile
        asm.assess(
            org.ctx["kasi"],
            employee_id=org.staff1,
            period_key="2026",
            rating_hasil="di_atas",
            rating_perilaku="sesuai",
        )
    assert profile(head).has_subordinates
    assert {r.name for r in visible_employees(head)} >= {"Staf Satu", "Staf PPPK", "Kasi Program"}
    text = _flat("\n".join(pdf_stream_text(_export(org, tmp_path))))
    assert "Plt. Kepala Seksi Program" in text
    closing = text.split("Pejabat Penilai Kinerja,")[-1]
    assert "Plt. Kepala Seksi Program" in closing.split("Kepala Dinas")[0]
    assert [r.title for r in acting.list_acting(org.admin)] == ["Plt. Kepala Seksi Program"]


def _export(org, tmp_path: Path) -> Path:
    out = tmp_path / "ev.pdf"
    export.export_form(org.admin, nip=STAFF1, year=2026, form="evaluasi", out=out)
    return out


def test_outside_the_dates_nothing_changes(plt, tmp_path: Path) -> None:
    org = plt
    row = acting.assign_acting(
        org.admin,
        position_id=org.positions["kasi"],
        employee_id=org.head,
        kind="plh",
        start_on=TODAY + timedelta(days=5),
        end_on=TODAY + timedelta(days=9),
    )
    with pytest.raises(PermissionDenied):
        asm.assess(
            org.ctx["head"],
            employee_id=org.staff1,
            period_key="2026",
            rating_hasil="sesuai",
            rating_perilaku="sesuai",
        )
    asm.assess(
        org.ctx["kasi"],
        employee_id=org.staff1,
        period_key="2026",
        rating_hasil="sesuai",
        rating_perilaku="sesuai",
    )
    assert "Plh." not in _flat("\n".join(pdf_stream_text(_export(org, tmp_path))))
    with pytest.raises(ValidationFailed, match="sudah memiliki pelaksana tugas"):
        acting.assign_acting(
            org.admin,
            position_id=org.positions["kasi"],
            employee_id=org.staff2,
            kind="plt",
            start_on=TODAY + timedelta(days=9),
            end_on=TODAY + timedelta(days=20),
        )
    acting.remove_acting(org.admin, assignment_id=row)
    assert acting.list_acting(org.admin) == []


def test_assignments_are_checked(plt) -> None:
    org = plt
    kasi_position = org.positions["kasi"]
    with pytest.raises(PermissionDenied):
        acting.assign_acting(
            org.ctx["head"],
            position_id=kasi_position,
            employee_id=org.head,
            kind="plt",
            start_on=TODAY,
            end_on=TODAY,
        )
    with pytest.raises(ValidationFailed, match="sebelum awalnya"):
        acting.assign_acting(
            org.admin,
            position_id=kasi_position,
            employee_id=org.head,
            kind="plt",
            start_on=TODAY,
            end_on=TODAY - timedelta(days=1),
        )
    with pytest.raises(ValidationFailed, match="paling lama dua tahun"):
        acting.assign_acting(
            org.admin,
            position_id=kasi_position,
            employee_id=org.head,
            kind="plt",
            start_on=TODAY,
            end_on=TODAY + timedelta(days=800),
        )
    with pytest.raises(ValidationFailed, match="pemegang jabatan"):
        acting.assign_acting(
            org.admin,
            position_id=kasi_position,
            employee_id=org.kasi,
            kind="plt",
            start_on=TODAY,
            end_on=TODAY,
        )
    with pytest.raises(PermissionDenied):
        acting.remove_acting(org.ctx["kasi"], assignment_id="x")


def test_a_plt_of_the_head_signs_the_penetapan(plt, tmp_path: Path) -> None:
    org = plt
    sekretaris = emp_svc.create_employee(
        org.admin, emp_svc.EmployeeInput(nip="197501012000031005", name="Sekretaris Dinas", unit_id=org.unit)
    )
    head_position = org.positions["head"]
    soon = TODAY + timedelta(days=3)
    acting.assign_acting(
        org.admin, position_id=head_position, employee_id=sekretaris, kind="plt", start_on=TODAY, end_on=soon
    )
    result = export.export_batch(org.admin, year=2026, forms=("penetapan",), out=tmp_path / "p", workers=1)
    seksi = next(e for e in result.written if "seksi-program" in e.file)
    closing = _flat("\n".join(pdf_stream_text(tmp_path / "p" / seksi.file))).split(
        "Pimpinan yang Berwenang,"
    )[1]
    assert "Plt. Kepala Dinas" in closing
    assert "Sekretaris Dinas NIP 19750101 200003 1 005" in closing
    # a Plt. from the unit itself would set his own unit's predikat: nobody signs until the admin names one
    acting.remove_acting(org.admin, assignment_id=acting.list_acting(org.admin)[0].id)
    acting.assign_acting(
        org.admin, position_id=head_position, employee_id=org.kasi, kind="plt", start_on=TODAY, end_on=soon
    )
    again = export.export_batch(org.admin, year=2026, forms=("penetapan",), out=tmp_path / "q", workers=1)
    seksi = next(e for e in again.written if "seksi-program" in e.file)
    closing = _flat("\n".join(pdf_stream_text(tmp_path / "q" / seksi.file))).split(
        "Pimpinan yang Berwenang,"
    )[1]
    assert "Kasi Program NIP" not in closing
