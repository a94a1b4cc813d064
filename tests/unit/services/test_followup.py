"""Tindak lanjut through the services: who may record it, the status rules, sessions, HR's list, XLSX."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from asn_desktop.domain.errors import InvalidTransition, PermissionDenied
from asn_desktop.domain.followup import FollowUpKind, FollowUpStatus
from asn_desktop.errors import NotFound, ValidationFailed
from asn_desktop.progress import Cancelled, CancelToken
from asn_desktop.services import assessment as asm
from asn_desktop.services import employees as emp
from asn_desktop.services import followup as fu
from asn_desktop.store.models import Employee, PositionCompetency
from tests.conftest import arrived, as_user


def _assessment(org, who: str = "staff1", *, final: bool = True, period: str = "2026") -> str:
    asm.assess(
        org.ctx["kasi"],
        employee_id=getattr(org, who),
        period_key=period,
        rating_hasil="di_bawah",
        rating_perilaku="sesuai",
    )
    view = asm.get_assessment(org.ctx["kasi"], employee_id=getattr(org, who), period_key=period)
    assert view is not None
    if final:
        asm.finalize_assessment(org.ctx["kasi"], assessment_id=view.id)
    return view.id


def _competencies(org) -> tuple[str, str, str]:
    """staff1 gets a position with two competencies; a third belongs to another position."""
    mine = emp.create_position(org.admin, unit_id=org.seksi, name="Analis Program", kind="pelaksana")
    other = emp.create_position(org.admin, unit_id=org.seksi, name="Pranata Komputer", kind="fungsional")
    with as_user(org.admin) as s:
        s.get(Employee, org.staff1).position_id = mine
        rows = [
            PositionCompetency(position_id=mine, kind="teknis", name="Analisis data", required_level=3),
            PositionCompetency(position_id=mine, kind="manajerial", name="Komunikasi", required_level=2),
            PositionCompetency(position_id=other, kind="teknis", name="Jaringan", required_level=3),
        ]
        s.add_all(rows)
        s.flush()
        return rows[0].id, rows[1].id, rows[2].id


def _coaching(org, assessment_id: str) -> str:
    return fu.add_follow_up(
        org.ctx["kasi"],
        assessment_id=assessment_id,
        kind="pembinaan",
        title="Bimbingan penyusunan laporan",
        goal="Laporan bulanan tepat waktu",
        due_on=date(2027, 3, 31),
    )


def test_supervisor_records_a_coaching_plan_with_sessions(org) -> None:
    fid = _coaching(org, _assessment(org))
    s1 = fu.add_session(org.ctx["kasi"], follow_up_id=fid, planned_on=date(2027, 1, 15))
    fu.add_session(org.ctx["kasi"], follow_up_id=fid, planned_on=date(2026, 12, 10))
    fu.record_session(org.ctx["kasi"], session_id=s1, held_on=date(2026, 11, 2), note="  Sudah membaik ")
    [view] = fu.list_for_employee(org.ctx["kasi"], org.staff1)
    assert (view.kind, view.title, view.goal, view.status, view.period_key) == (
        FollowUpKind.PEMBINAAN,
        "Bimbingan penyusunan laporan",
        "Laporan bulanan tepat waktu",
        FollowUpStatus.RENCANA,
        "2026",
    )
    assert [(s.planned_on, s.held_on, s.note) for s in view.sessions] == [
        (date(2026, 12, 10), None, None),
        (date(2027, 1, 15), date(2026, 11, 2), "Sudah membaik"),
    ]
    assert view.next_statuses == {FollowUpStatus.BERJALAN, FollowUpStatus.SELESAI, FollowUpStatus.BATAL}


def test_pegawai_sees_own_follow_ups_but_not_others(org) -> None:
    _coaching(org, _assessment(org))
    assert len(fu.list_for_employee(org.ctx["staff1"], org.staff1)) == 1
    assert len(fu.list_for_employee(org.admin, org.staff1)) == 1
    for who in ("staff2", "head"):
        with pytest.raises(PermissionDenied, match="melihat tindak lanjut pegawai ini"):
            fu.list_for_employee(org.ctx[who], org.staff1)


@pytest.mark.parametrize("who", ["staff1", "staff2", "head", "admin"])
def test_only_the_direct_supervisor_records_follow_up(org, who) -> None:
    aid = _assessment(org)
    with pytest.raises(PermissionDenied, match="mencatat tindak lanjut penilaian pegawai ini"):
        fu.add_follow_up(org.ctx[who], assessment_id=aid, kind="penghargaan", title="Piagam")
    fid = fu.add_follow_up(org.ctx["kasi"], assessment_id=aid, kind="pelatihan", title="Diklat analisis")
    with pytest.raises(PermissionDenied, match="mengelola tindak lanjut ini"):
        fu.set_status(org.ctx[who], follow_up_id=fid, status="berjalan")
    with pytest.raises(PermissionDenied):
        fu.add_session(org.ctx[who], follow_up_id=fid, planned_on=date(2027, 1, 1))
    with pytest.raises(PermissionDenied):
        fu.set_outcome(org.ctx[who], follow_up_id=fid, outcome="x")


def test_follow_up_needs_a_final_assessment(org) -> None:
    aid = _assessment(org, final=False)
    with pytest.raises(ValidationFailed, match="sudah final"):
        fu.add_follow_up(org.ctx["kasi"], assessment_id=aid, kind="penghargaan", title="Piagam")
    with pytest.raises(NotFound, match="Penilaian kinerja tidak ditemukan"):
        fu.add_follow_up(org.ctx["kasi"], assessment_id="nope", kind="penghargaan", title="Piagam")


def test_signed_assessment_accepts_follow_up(org) -> None:
    aid = _assessment(org)
    with arrived(org.ws) as s:  # signed on another laptop
        s.execute(
            text("update assessment set status = 'signed', signed_hash = :h where id = :i"),
            {"h": "a" * 64, "i": aid},
        )
    assert fu.add_follow_up(org.ctx["kasi"], assessment_id=aid, kind="penghargaan", title="Piagam")


@pytest.mark.parametrize(
    ("values", "reason"),
    [
        ({"title": "  "}, "Judul tindak lanjut wajib diisi"),
        ({"kind": "pembinaan", "goal": None}, "wajib memiliki tujuan"),
        ({"kind": "hadiah"}, "Jenis tindak lanjut tidak dikenal"),
        ({"due_on": date(2025, 12, 31)}, "Tenggat tindak lanjut tidak boleh sebelum"),
    ],
)
def test_bad_follow_up_input(org, values, reason) -> None:
    aid = _assessment(org)
    args = {"assessment_id": aid, "kind": "pelatihan", "title": "Diklat", **values}
    with pytest.raises(ValidationFailed, match=reason):
        fu.add_follow_up(org.ctx["kasi"], **args)


def test_competency_must_belong_to_the_employees_position(org) -> None:
    mine, _, other = _competencies(org)
    aid = _assessment(org)
    fid = fu.add_follow_up(
        org.ctx["kasi"], assessment_id=aid, kind="pelatihan", title="Diklat", competency_id=mine
    )
    assert fu.list_for_employee(org.ctx["kasi"], org.staff1)[0].competency_name == "Analisis data"
    with pytest.raises(ValidationFailed, match="bukan kompetensi jabatan pegawai ini"):
        fu.add_follow_up(
            org.ctx["kasi"], assessment_id=aid, kind="pelatihan", title="Diklat", competency_id=other
        )
    with pytest.raises(NotFound, match="Kompetensi tidak ditemukan"):
        fu.add_follow_up(
            org.ctx["kasi"], assessment_id=aid, kind="pelatihan", title="Diklat", competency_id="nope"
        )
    # staff2 has no position at all.
    aid2 = _assessment(org, "staff2")
    with pytest.raises(ValidationFailed, match="bukan kompetensi jabatan"):
        fu.add_follow_up(
            org.ctx["kasi"], assessment_id=aid2, kind="pelatihan", title="Diklat", competency_id=mine
        )
    assert fid


def test_status_transitions_and_outcome(org) -> None:
    kasi = org.ctx["kasi"]
    fid = _coaching(org, _assessment(org))
    assert fu.set_status(kasi, follow_up_id=fid, status="berjalan") is FollowUpStatus.BERJALAN
    with pytest.raises(ValidationFailed, match="setelah hasilnya diisi"):
        fu.set_status(kasi, follow_up_id=fid, status="selesai")
    with pytest.raises(ValidationFailed, match="Hasil tindak lanjut wajib diisi"):
        fu.set_outcome(kasi, follow_up_id=fid, outcome="  ")
    fu.set_outcome(kasi, follow_up_id=fid, outcome="Laporan tepat waktu tiga bulan berturut-turut")
    assert fu.set_status(kasi, follow_up_id=fid, status="selesai") is FollowUpStatus.SELESAI
    with pytest.raises(InvalidTransition, match="dari Selesai menjadi Berjalan"):
        fu.set_status(kasi, follow_up_id=fid, status="berjalan")
    with pytest.raises(ValidationFailed, match="tidak dapat diberi sesi baru"):
        fu.add_session(kasi, follow_up_id=fid, planned_on=date(2027, 1, 1))
    # Outcome given with the status change in one step.
    other = _coaching(org, fu.list_for_employee(kasi, org.staff1)[0].assessment_id)
    fu.set_status(kasi, follow_up_id=other, status="selesai", outcome="Tuntas")
    assert {v.outcome for v in fu.list_for_employee(kasi, org.staff1)} == {
        "Laporan tepat waktu tiga bulan berturut-turut",
        "Tuntas",
    }


def test_cancelled_follow_up_stays_cancelled(org) -> None:
    kasi = org.ctx["kasi"]
    fid = _coaching(org, _assessment(org))
    sid = fu.add_session(kasi, follow_up_id=fid, planned_on=date(2027, 1, 1))
    fu.set_status(kasi, follow_up_id=fid, status="batal")
    with pytest.raises(InvalidTransition, match="dari Batal menjadi Berjalan"):
        fu.set_status(kasi, follow_up_id=fid, status="berjalan")
    with pytest.raises(ValidationFailed, match="batal tidak dapat diubah"):
        fu.set_outcome(kasi, follow_up_id=fid, outcome="x")
    with pytest.raises(ValidationFailed, match="batal tidak dapat diubah"):
        fu.record_session(kasi, session_id=sid, held_on=date(2026, 11, 1), note=None)


def test_session_rules(org) -> None:
    kasi = org.ctx["kasi"]
    aid = _assessment(org)
    award = fu.add_follow_up(kasi, assessment_id=aid, kind="penghargaan", title="Piagam")
    with pytest.raises(ValidationFailed, match="Penghargaan tidak memiliki sesi"):
        fu.add_session(kasi, follow_up_id=award, planned_on=date(2027, 1, 1))
    fid = _coaching(org, aid)
    with pytest.raises(ValidationFailed, match="sebelum awal periode"):
        fu.add_session(kasi, follow_up_id=fid, planned_on=date(2025, 12, 1))
    with pytest.raises(ValidationFailed, match="terlalu jauh"):
        fu.add_session(kasi, follow_up_id=fid, planned_on=date(2030, 1, 1))
    sid = fu.add_session(kasi, follow_up_id=fid, planned_on=date(2027, 1, 1))
    with pytest.raises(ValidationFailed, match="masa depan"):
        fu.record_session(kasi, session_id=sid, held_on=date.today() + timedelta(days=5), note=None)
    with pytest.raises(NotFound, match="Sesi tindak lanjut tidak ditemukan"):
        fu.record_session(kasi, session_id="nope", held_on=date(2026, 11, 1), note=None)
    with pytest.raises(PermissionDenied):
        fu.record_session(org.ctx["staff1"], session_id=sid, held_on=date(2026, 11, 1), note="x")


def test_hr_sees_open_follow_ups_of_the_agency(org) -> None:
    kasi = org.ctx["kasi"]
    aid1, aid2 = _assessment(org), _assessment(org, "staff2")
    a = _coaching(org, aid1)
    fu.add_session(kasi, follow_up_id=a, planned_on=date(2027, 1, 1))
    fu.add_follow_up(kasi, assessment_id=aid2, kind="pelatihan", title="Diklat", due_on=date(2026, 12, 1))
    done = fu.add_follow_up(kasi, assessment_id=aid2, kind="penghargaan", title="Piagam")
    fu.set_status(kasi, follow_up_id=done, status="selesai", outcome="Diserahkan")
    rows = fu.list_open_for_agency(org.admin)
    assert [(r.employee_name, r.title, r.supervisor_name, r.sessions_planned) for r in rows] == [
        ("Staf PPPK", "Diklat", "Kasi Program", 0),
        ("Staf Satu", "Bimbingan penyusunan laporan", "Kasi Program", 1),
    ]
    assert len(fu.list_open_for_agency(org.admin, unit_id=org.unit)) == 2  # the seksi is below
    other = emp.create_unit(org.admin, name="Seksi Lain", parent_id=org.unit)
    assert fu.list_open_for_agency(org.admin, unit_id=other) == []
    with pytest.raises(NotFound):
        fu.list_open_for_agency(org.admin, unit_id="nope")


@pytest.mark.parametrize("who", ["staff1", "kasi", "head"])
def test_only_hr_lists_the_agencys_follow_ups(org, who, tmp_path) -> None:
    with pytest.raises(PermissionDenied, match="melihat tindak lanjut seluruh instansi"):
        fu.list_open_for_agency(org.ctx[who])
    with pytest.raises(PermissionDenied):
        fu.export_follow_ups_xlsx(org.ctx[who], tmp_path / "tl.xlsx")
    assert not (tmp_path / "tl.xlsx").exists()


def test_export_xlsx(org, tmp_path: Path) -> None:
    _coaching(org, _assessment(org))
    folder = tmp_path / "ekspor"
    folder.mkdir()
    out = folder / "tindak-lanjut.xlsx"
    seen: list[tuple[int, int, str]] = []
    assert fu.export_follow_ups_xlsx(org.admin, out, progress=lambda *a: seen.append(a)) == 1
    wb = load_workbook(out)
    rows = list(wb.active.iter_rows(values_only=True))
    assert rows[0] == fu.EXPORT_HEADERS
    assert rows[1][:8] == (
        "199001012015031003",
        "Staf Satu",
        "Seksi Program",
        "Kasi Program",
        "1 Januari s.d. 31 Desember 2026",
        "Pembinaan",
        "Bimbingan penyusunan laporan",
        "Rencana",
    )
    assert rows[1][8].date() == date(2027, 3, 31)
    assert seen[-1] == (1, 1, "Menyimpan berkas")
    assert [p.name for p in folder.iterdir()] == ["tindak-lanjut.xlsx"]


def test_export_cancelled_leaves_no_file(org, tmp_path: Path) -> None:
    kasi = org.ctx["kasi"]
    aid = _assessment(org)
    for i in range(450):
        fu.add_follow_up(kasi, assessment_id=aid, kind="pelatihan", title=f"Diklat {i}")
    folder = tmp_path / "ekspor"
    folder.mkdir()
    out = folder / "tl.xlsx"
    token = CancelToken()

    def progress(done: int, total: int, text: str) -> None:
        if done >= 400:
            token.cancel()

    with pytest.raises(Cancelled):
        fu.export_follow_ups_xlsx(org.admin, out, progress=progress, token=token)
    assert list(folder.iterdir()) == []
    # Cancelled at the very end (while saving): still nothing left.
    late = CancelToken()
    with pytest.raises(Cancelled):
        fu.export_follow_ups_xlsx(
            org.admin,
            out,
            progress=lambda d, t, text: late.cancel() if text == "Menyimpan berkas" else None,
            token=late,
        )
    assert list(folder.iterdir()) == []


def test_plan_for_the_pdf(org) -> None:
    kasi = org.ctx["kasi"]
    fid = _coaching(org, _assessment(org))
    fu.add_session(kasi, follow_up_id=fid, planned_on=date(2027, 1, 1))
    [item] = fu.follow_up_plan_for_pdf(kasi, employee_id=org.staff1, period_key="2026")
    assert (item.kind_label, item.title, item.goal, item.status_label, item.due_on, item.outcome) == (
        "Pembinaan",
        "Bimbingan penyusunan laporan",
        "Laporan bulanan tepat waktu",
        "Rencana",
        date(2027, 3, 31),
        None,
    )
    assert [s.planned_on for s in item.sessions] == [date(2027, 1, 1)]
    assert fu.follow_up_plan_for_pdf(kasi, employee_id=org.staff1, period_key="2026-Q1") == []


def test_suggested_trainings_sorted_by_the_gaps_given(org) -> None:
    analisis, komunikasi, _ = _competencies(org)
    plain = fu.suggested_trainings(org.ctx["kasi"], employee_id=org.staff1, period_key="2026")
    assert [(s.name, s.gap, s.is_gap) for s in plain] == [
        ("Komunikasi", None, False),
        ("Analisis data", None, False),
    ]
    ranked = fu.suggested_trainings(
        org.ctx["kasi"], employee_id=org.staff1, period_key="2026", gaps={analisis: 1.5, komunikasi: -0.5}
    )
    assert [(s.name, s.gap, s.is_gap) for s in ranked] == [
        ("Analisis data", 1.5, True),
        ("Komunikasi", -0.5, False),
    ]
    assert fu.suggested_trainings(org.ctx["kasi"], employee_id=org.staff2, period_key="2026") == []
    with pytest.raises(PermissionDenied):
        fu.suggested_trainings(org.ctx["staff2"], employee_id=org.staff1, period_key="2026")
