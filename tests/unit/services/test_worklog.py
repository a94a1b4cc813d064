"""The daily work log: entries, permissions per role, bad input, weekly summary, roll-up, comments."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from asn_desktop.domain.errors import PermissionDenied
from asn_desktop.domain.worklog import InvalidEntry
from asn_desktop.errors import EvidenceRejected, NotFound, ValidationFailed
from asn_desktop.evidence.specimen import simple_pdf, simple_png
from asn_desktop.services import periods
from asn_desktop.services import realisation as real_svc
from asn_desktop.services import skp as skp_svc
from asn_desktop.services import worklog as wl
from asn_desktop.services import worklog_comments as wlc
from asn_desktop.services import worklog_rollup as rollup
from asn_desktop.store.models import AuditEvent, Evidence, Realisation, WorklogComment, WorklogEntry
from tests.conftest import PASSWORD
from tests.unit.services.helpers import approved_skp, head_skp

PDF = simple_pdf("bukti harian")
PNG = simple_png()
MONDAY = date(2026, 3, 16)
TODAY = date(2026, 3, 18)


@pytest.fixture
def log(org):
    """Staff1 and staff2 with approved SKPs (12 dokumen each); the clock on Wednesday 18 March 2026."""
    org.ws.now = lambda: datetime(2026, 3, 18, 2, 0)
    parent = head_skp(org)
    _, kasi_rhk, _ = approved_skp(org, "kasi", parent_rhk=parent)
    org.ind = {}
    for who in ("staff1", "staff2"):
        org.ind[who] = approved_skp(org, who, parent_rhk=kasi_rhk)[2]
    return org


def _log(org, who="staff1", day=TODAY, text="Menyusun laporan", quantity="1", **kw) -> str:
    return wl.log_work(
        org.ctx[who], indicator_id=org.ind[who], work_date=day, text=text, quantity=quantity, **kw
    )


def _blob_files(ws) -> list[Path]:
    return [p for p in (ws.path / "blobs").rglob("*") if p.is_file()]


def _count(ws, model) -> int:
    with ws.sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_log_and_list_with_evidence(log) -> None:
    entry = _log(log, quantity="1,5", evidence=wl.EvidenceFile("C:\\data\\notulen.pdf", PDF))
    _log(log, day=MONDAY, text="Rapat", quantity="")
    listed = wl.list_entries(
        log.ctx["staff1"], employee_id=log.staff1, start=MONDAY, end=MONDAY.replace(day=22)
    )
    assert [(e.work_date, e.text, e.quantity) for e in listed] == [
        (MONDAY, "Rapat", None),
        (TODAY, "Menyusun laporan", 1.5),
    ]
    assert (listed[1].evidence_filename, listed[1].evidence_size, listed[1].rolled_up) == (
        "notulen.pdf",
        len(PDF),
        False,
    )
    assert listed[1].indicator_text == "Jumlah laporan"
    assert wl.read_entry_evidence(log.ctx["kasi"], entry_id=entry) == ("notulen.pdf", PDF)
    with pytest.raises(ValidationFailed, match="tidak berlampiran"):
        wl.read_entry_evidence(log.ctx["staff1"], entry_id=listed[0].id)
    with log.ws.sessions() as s:
        assert s.scalar(select(AuditEvent.action).order_by(AuditEvent.seq.desc()).limit(1)) == "worklog.log"


def test_loggable_indicators_are_those_of_the_own_approved_skp(log) -> None:
    choices = wl.loggable_indicators(log.ctx["staff1"], year=2026)
    assert [(c.id, c.target, c.quantitative) for c in choices] == [(log.ind["staff1"], "12 dokumen", True)]
    assert choices[0].label == "Jumlah laporan — Tersusunnya laporan staff1"
    assert wl.loggable_indicators(log.ctx["staff1"], year=2027) == []
    assert wl.loggable_indicators(log.admin, year=2026) == []


@pytest.mark.parametrize("who", ["staff2", "kasi", "head", "admin"])
def test_only_the_pegawai_logs_on_their_own_indicator(log, who: str) -> None:
    with pytest.raises(PermissionDenied, match="pegawai lain"):
        wl.log_work(log.ctx[who], indicator_id=log.ind["staff1"], work_date=TODAY, text="x")
    assert _count(log.ws, WorklogEntry) == 0


def test_draft_skp_takes_no_entries(log) -> None:
    skp = skp_svc.create_skp(log.ctx["staff1"], year=2025)
    rhk = skp_svc.add_rhk(log.ctx["staff1"], skp_id=skp, kind="tambahan", text="Tugas lain")
    ind = skp_svc.add_indicator(
        log.ctx["staff1"], rhk_id=rhk, aspect="kuantitas", text="Jumlah", target="3 kali"
    )
    with pytest.raises(ValidationFailed, match="sudah disetujui"):
        wl.log_work(log.ctx["staff1"], indicator_id=ind, work_date=date(2025, 5, 5), text="x")
    with pytest.raises(NotFound, match="Indikator"):
        wl.log_work(log.ctx["staff1"], indicator_id="tidak-ada", work_date=TODAY, text="x")


@pytest.mark.parametrize(
    ("kw", "reason"),
    [
        ({"day": date(2026, 3, 19)}, "masa depan"),
        ({"day": date(2025, 12, 30)}, "tahun SKP 2026"),
        ({"text": ""}, "wajib diisi"),
        ({"text": "   "}, "wajib diisi"),
        ({"text": "x" * 2001}, "2.000 karakter"),
        ({"quantity": "-1"}, "negatif"),
        ({"quantity": "tiga"}, "angka"),
    ],
)
def test_bad_entries_are_refused(log, kw: dict[str, object], reason: str) -> None:
    with pytest.raises(InvalidEntry, match=reason):
        _log(log, **kw)
    assert _count(log.ws, WorklogEntry) == 0


@pytest.mark.parametrize(
    ("filename", "data", "reason"),
    [
        ("besar.pdf", PDF + b"x" * 2048, "terlalu besar"),
        ("foto.pdf", PNG, "bukan PDF"),
        ("program.exe", b"MZ\x90\x00", "tidak diterima"),
        ("kosong.png", b"", "kosong"),
    ],
)
def test_bad_evidence_is_refused_and_nothing_is_stored(log, filename: str, data: bytes, reason: str) -> None:
    with pytest.raises(EvidenceRejected, match=reason):
        _log(log, evidence=wl.EvidenceFile(filename, data), max_bytes=1024)
    assert _count(log.ws, WorklogEntry) == 0
    assert _blob_files(log.ws) == []


def test_evidence_from_path_checks_before_reading(log, tmp_path: Path) -> None:
    good = tmp_path / "bukti.pdf"
    good.write_bytes(PDF)
    assert wl.evidence_from_path(good) == wl.EvidenceFile("bukti.pdf", PDF)
    big = tmp_path / "besar.pdf"
    big.write_bytes(PDF + b"x" * 4096)
    with pytest.raises(EvidenceRejected, match="terlalu besar"):
        wl.evidence_from_path(big, max_bytes=1024)


def test_closed_period_takes_no_entries(log) -> None:
    periods.set_period_closed(log.admin, period_key="2026-Q1", closed=True)
    with pytest.raises(ValidationFailed, match="Triwulan I 2026 sudah ditutup"):
        _log(log)
    periods.set_period_closed(log.admin, period_key="2026-Q1", closed=False)
    periods.set_period_closed(log.admin, period_key="2026", closed=True)
    with pytest.raises(ValidationFailed, match="sudah ditutup"):
        _log(log)


def test_edit_and_delete_own_open_entry(log) -> None:
    entry = _log(log)
    wl.edit_entry(
        log.ctx["staff1"], entry_id=entry, text="Menyusun laporan bulanan", quantity="2", work_date=MONDAY
    )
    wl.edit_entry(
        log.ctx["staff1"], entry_id=entry, text="Menyusun laporan", evidence=wl.EvidenceFile("a.png", PNG)
    )
    (row,) = wl.list_entries(log.ctx["staff1"], employee_id=log.staff1, start=MONDAY, end=TODAY)
    assert (row.text, row.quantity, row.work_date, row.evidence_filename) == (
        "Menyusun laporan",
        None,
        MONDAY,
        "a.png",
    )
    with pytest.raises(PermissionDenied, match="pegawai lain"):
        wl.edit_entry(log.ctx["kasi"], entry_id=entry, text="diubah atasan")
    with pytest.raises(PermissionDenied):
        wl.delete_entry(log.ctx["staff2"], entry_id=entry)
    with pytest.raises(InvalidEntry, match="masa depan"):
        wl.edit_entry(log.ctx["staff1"], entry_id=entry, text="x", work_date=date(2026, 4, 1))
    wlc.comment_week(log.ctx["kasi"], employee_id=log.staff1, week_start=MONDAY, text="Oke", entry_id=entry)
    wl.delete_entry(log.ctx["staff1"], entry_id=entry)
    assert _count(log.ws, WorklogEntry) == 0
    assert _count(log.ws, WorklogComment) == 0


def test_rolled_up_entry_can_be_neither_edited_nor_deleted(log) -> None:
    entry = _log(log)
    proposal = rollup.propose_realisation(
        log.ctx["staff1"], indicator_id=log.ind["staff1"], period_key="2026-Q1"
    )
    rollup.confirm_proposal(
        log.ctx["staff1"], indicator_id=log.ind["staff1"], period_key="2026-Q1", entry_ids=proposal.entry_ids
    )
    with pytest.raises(ValidationFailed, match="sudah masuk realisasi"):
        wl.edit_entry(log.ctx["staff1"], entry_id=entry, text="diubah")
    with pytest.raises(ValidationFailed, match="sudah masuk realisasi"):
        wl.delete_entry(log.ctx["staff1"], entry_id=entry)


@pytest.mark.parametrize(
    ("who", "allowed"),
    [("staff1", True), ("kasi", True), ("admin", True), ("staff2", False), ("head", False)],
)
def test_who_sees_the_log(log, who: str, allowed: bool) -> None:
    _log(log)
    kwargs = {"employee_id": log.staff1, "start": MONDAY, "end": TODAY}
    if allowed:
        assert len(wl.list_entries(log.ctx[who], **kwargs)) == 1
        assert len(wl.weekly_summary(log.ctx[who], **kwargs)) == 1
        assert wlc.list_comments(log.ctx[who], employee_id=log.staff1, week_start=TODAY) == []
    else:
        with pytest.raises(PermissionDenied, match="catatan harian"):
            wl.list_entries(log.ctx[who], **kwargs)
        with pytest.raises(PermissionDenied):
            wl.weekly_summary(log.ctx[who], **kwargs)
        with pytest.raises(PermissionDenied):
            wlc.list_comments(log.ctx[who], employee_id=log.staff1, week_start=TODAY)


def test_weekly_summary_per_indicator(log) -> None:
    _log(log, day=MONDAY, quantity="2")
    _log(log, day=MONDAY, quantity="1,5")
    _log(log, day=TODAY, quantity="")
    _log(log, day=date(2026, 3, 10), quantity="4")
    weeks = wl.weekly_summary(log.ctx["kasi"], employee_id=log.staff1, start=date(2026, 3, 11), end=TODAY)
    assert [w.week_start for w in weeks] == [date(2026, 3, 9), MONDAY]
    assert (weeks[1].entries, weeks[1].days) == (3, 2)
    (row,) = weeks[1].rows
    assert (row.indicator_text, row.entries, row.quantity, row.days) == ("Jumlah laporan", 3, 3.5, 2)


def test_roll_up_confirms_one_transaction_with_evidence_linked_not_copied(log) -> None:
    ctx, ind = log.ctx["staff1"], log.ind["staff1"]
    _log(log, day=date(2026, 1, 5), quantity="2", evidence=wl.EvidenceFile("notulen.pdf", PDF))
    _log(log, day=date(2026, 2, 3), quantity="1,5", evidence=wl.EvidenceFile("notulen-lagi.pdf", PDF))
    _log(log, day=date(2026, 3, 2), quantity="")
    blobs_before = _blob_files(log.ws)
    assert len(blobs_before) == 1, "one blob per content"
    proposal = rollup.propose_realisation(ctx, indicator_id=ind, period_key="2026-Q1")
    assert (proposal.new_entries, proposal.entries, proposal.days, proposal.value_text) == (3, 3, 3, "3,5")
    assert (proposal.current_value, proposal.quantitative) == (None, True)
    assert proposal.note.startswith("5 Jan: Menyusun laporan (2)")
    assert [e.filename for e in proposal.evidence] == ["notulen.pdf"]
    assert [p.indicator_id for p in rollup.period_proposals(ctx, period_key="2026-Q1")] == [ind]

    real = rollup.confirm_proposal(ctx, indicator_id=ind, period_key="2026-Q1", entry_ids=proposal.entry_ids)
    with log.ws.sessions() as s:
        row = s.get(Realisation, real)
        assert (row.value, row.period_key) == (3.5, "2026-Q1")
        evidence = s.scalars(select(Evidence).where(Evidence.realisation_id == real)).all()
        assert [(e.filename, e.sha256) for e in evidence] == [("notulen.pdf", proposal.evidence[0].sha256)]
        assert s.scalar(select(func.count()).where(WorklogEntry.realisation_id == real)) == 3
    assert _blob_files(log.ws) == blobs_before, "no second copy of the blob"
    assert real_svc.read_evidence(log.ctx["kasi"], evidence_id=evidence[0].id) == ("notulen.pdf", PDF)
    assert all(
        e.rolled_up for e in wl.list_entries(ctx, employee_id=log.staff1, start=date(2026, 1, 1), end=TODAY)
    )
    assert rollup.period_proposals(ctx, period_key="2026-Q1") == []

    # A later entry of the same period: the proposal counts old and new, confirms only the new one.
    _log(log, day=TODAY, quantity="1")
    again = rollup.propose_realisation(ctx, indicator_id=ind, period_key="2026-Q1")
    assert (again.new_entries, again.entries, again.value_text, again.current_value) == (1, 4, "4,5", "3,5")
    assert (
        rollup.confirm_proposal(
            ctx, indicator_id=ind, period_key="2026-Q1", entry_ids=again.entry_ids, note="Diringkas sendiri"
        )
        == real
    )
    with log.ws.sessions() as s:
        row = s.get(Realisation, real)
        assert (row.value, row.note) == (4.5, "Diringkas sendiri")
        assert s.scalar(select(func.count()).select_from(Evidence)) == 1
    with pytest.raises(ValidationFailed, match="Tidak ada catatan harian baru"):
        rollup.confirm_proposal(ctx, indicator_id=ind, period_key="2026-Q1", entry_ids=())


def test_stale_proposal_and_closed_period_write_nothing(log) -> None:
    ctx, ind = log.ctx["staff1"], log.ind["staff1"]
    _log(log)
    proposal = rollup.propose_realisation(ctx, indicator_id=ind, period_key="2026-Q1")
    _log(log, text="Masuk setelah usulan dibuat")
    with pytest.raises(ValidationFailed, match="berubah sejak usulan"):
        rollup.confirm_proposal(ctx, indicator_id=ind, period_key="2026-Q1", entry_ids=proposal.entry_ids)
    fresh = rollup.propose_realisation(ctx, indicator_id=ind, period_key="2026-Q1")
    periods.set_period_closed(log.admin, period_key="2026-Q1", closed=True)
    with pytest.raises(ValidationFailed, match="sudah ditutup"):
        rollup.confirm_proposal(ctx, indicator_id=ind, period_key="2026-Q1", entry_ids=fresh.entry_ids)
    assert _count(log.ws, Realisation) == 0
    with log.ws.sessions() as s:
        assert s.scalar(select(func.count()).where(WorklogEntry.realisation_id.is_not(None))) == 0


@pytest.mark.parametrize("who", ["kasi", "staff2", "admin"])
def test_only_the_pegawai_proposes_and_confirms(log, who: str) -> None:
    _log(log)
    with pytest.raises(PermissionDenied, match="pegawai lain"):
        rollup.propose_realisation(log.ctx[who], indicator_id=log.ind["staff1"], period_key="2026-Q1")
    with pytest.raises(PermissionDenied):
        rollup.confirm_proposal(
            log.ctx[who], indicator_id=log.ind["staff1"], period_key="2026-Q1", entry_ids=["x"]
        )


def test_qualitative_roll_up_proposes_a_text(log) -> None:
    ctx = log.ctx["staff1"]
    skp_id = skp_svc.current_skp_id(ctx, employee_id=log.staff1, year=2026)
    new = skp_svc.revise_skp(ctx, skp_id=skp_id)
    rhk = skp_svc.get_skp(ctx, new).rhk[0].id
    ind = skp_svc.add_indicator(
        ctx, rhk_id=rhk, aspect="kualitas", text="Mutu laporan", target="Tanpa revisi"
    )
    skp_svc.submit_skp(ctx, skp_id=new)
    skp_svc.approve_skp(log.ctx["kasi"], skp_id=new)
    wl.log_work(ctx, indicator_id=ind, work_date=TODAY, text="Memeriksa ejaan")
    proposal = rollup.propose_realisation(ctx, indicator_id=ind, period_key="2026-M03")
    assert (proposal.quantitative, proposal.value_text) == (False, "Tercatat 1 kegiatan dalam 1 hari kerja")
    real = rollup.confirm_proposal(ctx, indicator_id=ind, period_key="2026-M03", entry_ids=proposal.entry_ids)
    wl.log_work(ctx, indicator_id=ind, work_date=TODAY, text="Memeriksa tabel")
    again = rollup.propose_realisation(ctx, indicator_id=ind, period_key="2026-M03")
    assert again.current_value == "Tercatat 1 kegiatan dalam 1 hari kerja"
    assert again.value_text == "Tercatat 2 kegiatan dalam 1 hari kerja"
    assert (
        rollup.confirm_proposal(
            ctx,
            indicator_id=ind,
            period_key="2026-M03",
            entry_ids=again.entry_ids,
            value="Semua tanpa revisi",
        )
        == real
    )
    wl.log_work(ctx, indicator_id=ind, work_date=TODAY, text="Memeriksa lampiran")
    third = rollup.propose_realisation(ctx, indicator_id=ind, period_key="2026-M03")
    assert third.value_text == "Semua tanpa revisi", "the pegawai's own wording is kept"


def test_supervisor_comments_on_week_and_entry(log) -> None:
    entry = _log(log)
    wlc.comment_week(log.ctx["kasi"], employee_id=log.staff1, week_start=TODAY, text="  Pekan yang baik. ")
    wlc.comment_week(
        log.ctx["kasi"], employee_id=log.staff1, week_start=MONDAY, text="Lampirkan notulen.", entry_id=entry
    )
    comments = wlc.list_comments(log.ctx["staff1"], employee_id=log.staff1, week_start=TODAY)
    assert [(c.week_start, c.entry_id, c.author_name, c.text) for c in comments] == [
        (MONDAY, None, "Kasi Program", "Pekan yang baik."),
        (MONDAY, entry, "Kasi Program", "Lampirkan notulen."),
    ]
    assert wlc.list_comments(log.ctx["staff1"], employee_id=log.staff1, week_start=date(2026, 3, 9)) == []


@pytest.mark.parametrize("who", ["staff1", "staff2", "head", "admin"])
def test_non_supervisor_cannot_comment(log, who: str) -> None:
    with pytest.raises(PermissionDenied, match="bukan bawahan langsung"):
        wlc.comment_week(log.ctx[who], employee_id=log.staff1, week_start=MONDAY, text="Komentar")
    assert _count(log.ws, WorklogComment) == 0


def test_bad_comments_are_refused(log) -> None:
    other = _log(log, who="staff2")
    mine = _log(log, day=date(2026, 3, 10))
    with pytest.raises(InvalidEntry, match="wajib"):
        wlc.comment_week(log.ctx["kasi"], employee_id=log.staff1, week_start=MONDAY, text=" ")
    with pytest.raises(ValidationFailed, match="bukan milik pegawai ini"):
        wlc.comment_week(log.ctx["kasi"], employee_id=log.staff1, week_start=MONDAY, text="x", entry_id=other)
    with pytest.raises(ValidationFailed, match="pada minggu ini"):
        wlc.comment_week(log.ctx["kasi"], employee_id=log.staff1, week_start=MONDAY, text="x", entry_id=mine)
    assert _count(log.ws, WorklogComment) == 0


def test_demo_seeds_a_few_weeks_of_log_on_own_approved_indicators(workspace) -> None:
    from asn_desktop.services.demo import DEMO_PASSWORD, build_demo
    from asn_desktop.services.workspace import login
    from asn_desktop.store.models import Employee, Indicator, Rhk, Skp

    workspace.now = lambda: datetime(2026, 3, 18, 2, 0)
    counts = build_demo(login(workspace, "admin", PASSWORD), employees=300, seed=3, year=2026)
    assert 100 <= counts["worklog_entry"] <= 600
    assert counts["worklog_comment"] >= 1
    with workspace.sessions() as s:
        rows = s.execute(
            select(
                WorklogEntry.employee_id, WorklogEntry.work_date, Skp.employee_id, Skp.status, Employee.nip
            )
            .join(Indicator, Indicator.id == WorklogEntry.indicator_id)
            .join(Rhk, Rhk.id == Indicator.rhk_id)
            .join(Skp, Skp.id == Rhk.skp_id)
            .join(Employee, Employee.id == WorklogEntry.employee_id)
        ).all()
        comment = s.scalars(select(WorklogComment)).first()
        boss_nip = s.get(Employee, comment.author_id).nip
    assert all(owner == skp_owner and status == "approved" for owner, _, skp_owner, status, _ in rows)
    assert all(date(2026, 2, 18) <= day <= TODAY and day.weekday() < 5 for _, day, *_ in rows)
    assert len({r[0] for r in rows}) >= 10
    # What the demo made is seen through the services like any other log.
    some = rows[0]
    ctx = login(workspace, some[4], DEMO_PASSWORD)
    listed = wl.list_entries(ctx, employee_id=some[0], start=date(2026, 1, 1), end=TODAY)
    assert len(listed) == sum(1 for r in rows if r[0] == some[0])
    boss = login(workspace, boss_nip, DEMO_PASSWORD)
    assert wlc.list_comments(boss, employee_id=comment.employee_id, week_start=comment.week_start)
