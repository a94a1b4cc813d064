"""Feedback, self-assessment, ratings → predikat, finalising, signing, distribution, meetings."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from asn_desktop.domain.curve import PredikatOrganisasi
from asn_desktop.domain.errors import DocumentLocked, DomainError, InvalidTransition, PermissionDenied
from asn_desktop.domain.rating import Predikat
from asn_desktop.domain.skp_state import AssessmentStatus
from asn_desktop.errors import ValidationFailed
from asn_desktop.services import assessment as asm
from asn_desktop.services import employees as emp
from asn_desktop.services import meeting
from asn_desktop.services.unit import check_unit_distribution
from tests.conftest import arrived


def test_supervisor_rates_and_predikat_follows_matrix(org) -> None:
    asm.self_assess(org.ctx["staff1"], period_key="2026", rating_hasil="di_atas", note="Semua tercapai")
    p = asm.assess(
        org.ctx["kasi"],
        employee_id=org.staff1,
        period_key="2026",
        rating_hasil="di_atas",
        rating_perilaku="di_bawah",
        notes="Disiplin perlu dibina",
    )
    assert p is Predikat.KURANG
    view = asm.get_assessment(org.ctx["staff1"], employee_id=org.staff1, period_key="2026")
    assert view is not None
    assert (view.self_note, view.predikat, view.status) == (
        "Semua tercapai",
        Predikat.KURANG,
        AssessmentStatus.DRAFT,
    )


def test_pegawai_cannot_rate_or_change_supervisor_rating(org) -> None:
    asm.assess(
        org.ctx["kasi"],
        employee_id=org.staff1,
        period_key="2026",
        rating_hasil="sesuai",
        rating_perilaku="sesuai",
    )
    for who in ("staff1", "staff2", "head", "admin"):
        with pytest.raises(PermissionDenied, match="menilai pegawai ini"):
            asm.assess(
                org.ctx[who],
                employee_id=org.staff1,
                period_key="2026",
                rating_hasil="di_atas",
                rating_perilaku="di_atas",
            )
    view = asm.get_assessment(org.ctx["kasi"], employee_id=org.staff1, period_key="2026")
    assert view is not None
    assert view.predikat is Predikat.BAIK


def test_finalized_and_signed_assessment_cannot_change(org) -> None:
    asm.assess(
        org.ctx["kasi"],
        employee_id=org.staff1,
        period_key="2026",
        rating_hasil="sesuai",
        rating_perilaku="di_atas",
    )
    view = asm.get_assessment(org.ctx["kasi"], employee_id=org.staff1, period_key="2026")
    assert view is not None
    asm.finalize_assessment(org.ctx["kasi"], assessment_id=view.id)
    with pytest.raises(DocumentLocked, match="buka kembali"):
        asm.assess(
            org.ctx["kasi"],
            employee_id=org.staff1,
            period_key="2026",
            rating_hasil="di_bawah",
            rating_perilaku="di_bawah",
        )
    with pytest.raises(DocumentLocked):
        asm.self_assess(org.ctx["staff1"], period_key="2026", rating_hasil="di_atas", note="ubah")
    with pytest.raises(ValidationFailed, match="bukan evaluasi penilaian ini"):
        asm.mark_assessment_signed(org.ctx["kasi"], assessment_id=view.id, document_id="dibuat-buat")
    with arrived(org.ws) as s:  # as the lock arrives from the laptop where the form was signed
        s.execute(
            text("update assessment set status = 'signed', signed_hash = :h where id = :i"),
            {"h": "ab" * 32, "i": view.id},
        )
    with pytest.raises(DocumentLocked, match="ditandatangani"):
        asm.assess(
            org.ctx["kasi"],
            employee_id=org.staff1,
            period_key="2026",
            rating_hasil="di_bawah",
            rating_perilaku="di_bawah",
        )
    with pytest.raises(InvalidTransition):
        asm.reopen_assessment(org.ctx["kasi"], assessment_id=view.id)
    final = asm.get_assessment(org.ctx["kasi"], employee_id=org.staff1, period_key="2026")
    assert final is not None
    assert (final.status, final.predikat, final.signed_hash) == (
        AssessmentStatus.SIGNED,
        Predikat.BAIK,
        "ab" * 32,
    )


def test_finalize_needs_both_ratings(org) -> None:
    aid = asm.self_assess(org.ctx["staff1"], period_key="2026", rating_hasil=None, note="-")
    with pytest.raises(ValidationFailed, match="Kedua rating"):
        asm.finalize_assessment(org.ctx["kasi"], assessment_id=aid)


def test_feedback_sources_each_need_their_giver(org) -> None:
    asm.give_feedback(
        org.ctx["kasi"],
        employee_id=org.staff1,
        source="atasan",
        period_key="2026-Q1",
        text="Laporan rapi",
        core_value_key="kompeten",
    )
    asm.give_feedback(
        org.ctx["staff2"],
        employee_id=org.staff1,
        source="rekan",
        period_key="2026-Q1",
        text="Suka membantu",
        core_value_key="harmonis",
    )
    asm.give_feedback(
        org.ctx["admin"],
        employee_id=org.staff1,
        source="masyarakat",
        period_key="2026-Q1",
        text="Pelayanan cepat",
        score=5,
    )
    with pytest.raises(PermissionDenied):
        asm.give_feedback(
            org.ctx["staff2"], employee_id=org.staff1, source="atasan", period_key="2026-Q1", text="Menyamar"
        )
    with pytest.raises(PermissionDenied):
        asm.give_feedback(
            org.ctx["staff1"],
            employee_id=org.staff1,
            source="rekan",
            period_key="2026-Q1",
            text="Memuji diri",
        )
    with pytest.raises(ValidationFailed, match="1 sampai 5"):
        asm.give_feedback(
            org.ctx["admin"],
            employee_id=org.staff1,
            source="masyarakat",
            period_key="2026-Q1",
            text="x",
            score=9,
        )


def test_unit_distribution_is_checked_against_org_predikat(org) -> None:
    emp.set_org_predikat(org.admin, unit_id=org.seksi, year=2026, predikat=PredikatOrganisasi.BAIK)
    for staff in (org.staff1, org.staff2):
        asm.assess(
            org.ctx["kasi"],
            employee_id=staff,
            period_key="2026",
            rating_hasil="sesuai",
            rating_perilaku="sesuai",
        )
        view = asm.get_assessment(org.ctx["kasi"], employee_id=staff, period_key="2026")
        assert view is not None
        asm.finalize_assessment(org.ctx["kasi"], assessment_id=view.id)
    report = check_unit_distribution(org.ctx["kasi"], unit_id=org.seksi, year=2026)
    assert report.counts[Predikat.BAIK] == 2
    assert report.total == 2
    assert len(report.breaches) == 2  # Baik > 70 % and no Butuh Perbaikan/Kurang
    with pytest.raises(PermissionDenied):
        check_unit_distribution(org.ctx["staff1"], unit_id=org.seksi, year=2026)


def test_meeting_minutes_for_subordinates_only(org) -> None:
    mid = meeting.record_meeting(
        org.ctx["kasi"],
        held_on=date(2026, 4, 2),
        period_key="2026-Q1",
        participant_ids=[org.staff1, org.staff2],
        minutes="Capaian triwulan dibahas",
        decisions="Lengkapi bukti dukung",
        notes={org.staff1: "Perlu pendampingan"},
    )
    assert mid
    with pytest.raises(PermissionDenied, match="bukan bawahan"):
        meeting.record_meeting(
            org.ctx["kasi"],
            held_on=date(2026, 4, 2),
            period_key="2026-Q1",
            participant_ids=[org.head],
            minutes="x",
        )
    with pytest.raises(PermissionDenied):
        meeting.record_meeting(
            org.ctx["staff1"],
            held_on=date(2026, 4, 2),
            period_key="2026-Q1",
            participant_ids=[org.staff2],
            minutes="x",
        )
    with pytest.raises(ValidationFailed, match="Notulen"):
        meeting.record_meeting(
            org.ctx["kasi"],
            held_on=date(2026, 4, 2),
            period_key="2026-Q1",
            participant_ids=[org.staff1],
            minutes=" ",
        )


def test_meeting_minutes_are_updated_by_the_organiser_only(org) -> None:
    from asn_desktop.services.meetings_read import list_meetings

    mid = meeting.record_meeting(
        org.ctx["kasi"],
        held_on=date(2026, 4, 2),
        period_key="2026-Q1",
        participant_ids=[org.staff1],
        minutes="Awal",
    )
    meeting.update_meeting(
        org.ctx["kasi"],
        meeting_id=mid,
        minutes="Awal, lalu capaian",
        decisions="Lanjut",
        notes={org.staff1: "Baik"},
    )
    [row] = list_meetings(org.ctx["kasi"])
    assert (row.minutes, row.decisions) == ("Awal, lalu capaian", "Lanjut")
    with pytest.raises(PermissionDenied, match="pemimpin rapat"):
        meeting.update_meeting(org.ctx["head"], meeting_id=mid, minutes="Diubah atasan")
    with pytest.raises(ValidationFailed, match="peserta rapat ini"):
        meeting.update_meeting(
            org.ctx["kasi"], meeting_id=mid, minutes="x", notes={org.staff2: "bukan peserta"}
        )
    with pytest.raises(ValidationFailed, match="Notulen"):
        meeting.update_meeting(org.ctx["kasi"], meeting_id=mid, minutes="  ")


def test_objection_goes_to_the_atasan_pejabat_penilai(org) -> None:
    asm.assess(
        org.ctx["kasi"],
        employee_id=org.staff1,
        period_key="2026",
        rating_hasil="di_bawah",
        rating_perilaku="sesuai",
    )
    view = asm.get_assessment(org.ctx["kasi"], employee_id=org.staff1, period_key="2026")
    assert view is not None
    with pytest.raises(DomainError, match="sudah final"):
        asm.file_objection(org.ctx["staff1"], assessment_id=view.id, text="Bukti belum dipertimbangkan")
    asm.finalize_assessment(org.ctx["kasi"], assessment_id=view.id)
    with pytest.raises(PermissionDenied):
        asm.file_objection(org.ctx["staff2"], assessment_id=view.id, text="Atas nama teman")
    asm.file_objection(org.ctx["staff1"], assessment_id=view.id, text="Bukti belum dipertimbangkan")
    with pytest.raises(ValidationFailed, match="sudah diajukan"):
        asm.file_objection(org.ctx["staff1"], assessment_id=view.id, text="Lagi")
    with pytest.raises(PermissionDenied, match="atasan pejabat penilai"):
        asm.decide_objection(org.ctx["kasi"], assessment_id=view.id, decision="Ditolak")
    asm.decide_objection(org.ctx["head"], assessment_id=view.id, decision="Rating hasil kerja menjadi Sesuai")
    with pytest.raises(ValidationFailed, match="final"):
        asm.decide_objection(org.ctx["head"], assessment_id=view.id, decision="Berubah pikiran")


def test_objection_window_closes_after_fourteen_days(org) -> None:
    from datetime import datetime, timedelta

    asm.assess(
        org.ctx["kasi"],
        employee_id=org.staff1,
        period_key="2026",
        rating_hasil="sesuai",
        rating_perilaku="sesuai",
    )
    view = asm.get_assessment(org.ctx["kasi"], employee_id=org.staff1, period_key="2026")
    assert view is not None
    asm.finalize_assessment(org.ctx["kasi"], assessment_id=view.id)
    later = datetime.now() + timedelta(days=15)
    org.ws.now = lambda: later
    with pytest.raises(DomainError, match="telah lewat"):
        asm.file_objection(org.ctx["staff1"], assessment_id=view.id, text="Terlambat")


def test_a_penilai_reads_no_other_units_people_or_predikat(org) -> None:
    from asn_desktop.domain.errors import PermissionDenied
    from asn_desktop.services import employees as emp
    from asn_desktop.services import overview, unit

    other = emp.create_unit(org.admin, name="Unit Lain")
    with pytest.raises(PermissionDenied, match="di luar wewenang"):
        overview.unit_employees(org.ctx["kasi"], unit_id=other, year=2026)
    with pytest.raises(PermissionDenied, match="di luar wewenang"):
        unit.check_unit_distribution(org.ctx["kasi"], unit_id=org.unit, year=2026)  # the unit above
    assert overview.unit_employees(org.ctx["kasi"], unit_id=org.seksi, year=2026)
    assert {u.id for u in overview.list_units(org.ctx["kasi"])} == {org.seksi}
    assert {u.id for u in overview.list_units(org.ctx["head"])} == {org.unit, org.seksi}
    assert other in {u.id for u in overview.list_units(org.admin)}
