"""360° competency feedback through the services: competencies, rounds, answers, anonymity, gaps."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from asn_desktop.domain.competency import CompetencyKind, ItemKind, RaterRelation, RoundStatus
from asn_desktop.domain.errors import DomainError, InvalidTransition, PermissionDenied
from asn_desktop.domain.rating import Rating
from asn_desktop.errors import NotFound, ValidationFailed
from asn_desktop.security.audit import verify_chain
from asn_desktop.services import assessment as asm
from asn_desktop.services import competency as comp
from asn_desktop.services import employees as emp
from asn_desktop.store.models import Employee, FeedbackRater
from tests.conftest import arrived, as_user
from tests.unit.services.competency_setup import PERIOD, answer, full_answers, setup_360


@pytest.fixture
def team(org):
    return setup_360(org)


def open_for_staff1(org, team, peers: int = 4) -> str:
    return comp.open_round(
        org.ctx["kasi"], employee_id=org.staff1, period_key=PERIOD, peer_ids=team.peers[:peers]
    )


# -- position competencies ------------------------------------------------------------------------


def test_admin_manages_a_positions_competencies(org, team) -> None:
    admin = org.ctx["admin"]
    views = comp.list_position_competencies(admin, position_id=team.position)
    assert [(v.kind, v.name, v.required_level) for v in views] == [
        (CompetencyKind.TEKNIS, "Analisis Data Program", 4),
        (CompetencyKind.SOSIAL_KULTURAL, "Perekat Bangsa", 2),
    ]
    comp.update_position_competency(
        admin, competency_id=team.sosial, kind="manajerial", name="Kerja  Sama", required_level=3
    )
    views = comp.list_position_competencies(admin, position_id=team.position)
    assert [(v.kind, v.name) for v in views][1] == (CompetencyKind.MANAJERIAL, "Kerja Sama")
    extra = comp.add_position_competency(
        admin, position_id=team.position, kind="teknis", name="Penyusunan Laporan", required_level=3
    )
    comp.remove_position_competency(admin, competency_id=extra)
    assert len(comp.list_position_competencies(admin, position_id=team.position)) == 2
    rows = {r.id: r for r in comp.positions_for_competencies(admin)}
    assert rows[team.position].competencies == 2
    assert rows[team.position].unit_name == "Seksi Program"


@pytest.mark.parametrize("who", ["kasi", "staff1", "head"])
def test_only_the_admin_manages_competencies(org, team, who) -> None:
    ctx = org.ctx[who]
    with pytest.raises(PermissionDenied, match="mengelola kompetensi jabatan"):
        comp.add_position_competency(
            ctx, position_id=team.position, kind="teknis", name="X", required_level=3
        )
    with pytest.raises(PermissionDenied):
        comp.update_position_competency(
            ctx, competency_id=team.teknis, kind="teknis", name="X", required_level=3
        )
    with pytest.raises(PermissionDenied):
        comp.remove_position_competency(ctx, competency_id=team.teknis)
    with pytest.raises(PermissionDenied):
        comp.list_position_competencies(ctx, position_id=team.position)
    with pytest.raises(PermissionDenied):
        comp.positions_for_competencies(ctx)


@pytest.mark.parametrize(
    ("case", "error"),
    [
        (("teknis", "  ", 3), "Nama kompetensi wajib diisi"),
        (("teknis", "x" * 201, 3), "paling banyak 200"),
        (("rohani", "Doa", 3), "Jenis kompetensi tidak dikenal"),
        (("teknis", "Analisis", 6), "Level yang dipersyaratkan harus bilangan bulat 1 sampai 5"),
        (("teknis", "analisis data program", 3), "sudah memiliki kompetensi teknis"),
    ],
)
def test_bad_competency_input_is_refused(org, team, case, error) -> None:
    kind, name, level = case
    with pytest.raises((ValidationFailed, DomainError), match=error):
        comp.add_position_competency(
            org.ctx["admin"], position_id=team.position, kind=kind, name=name, required_level=level
        )


def test_unknown_position_and_rated_competency(org, team) -> None:
    admin = org.ctx["admin"]
    with pytest.raises(NotFound, match="Jabatan tidak ditemukan"):
        comp.add_position_competency(admin, position_id="nope", kind="teknis", name="X", required_level=3)
    round_id = open_for_staff1(org, team)
    answer(org.ctx["staff1"], round_id)
    with pytest.raises(ValidationFailed, match="sudah dinilai"):
        comp.remove_position_competency(admin, competency_id=team.teknis)


# -- opening a round ------------------------------------------------------------------------------


def test_supervisor_opens_a_round_self_and_supervisor_added(org, team) -> None:
    round_id = open_for_staff1(org, team, peers=3)
    view = comp.round_for(org.ctx["kasi"], employee_id=org.staff1, period_key=PERIOD)
    assert view is not None
    assert view.id == round_id
    assert view.status is RoundStatus.OPEN
    assert [(r.relation, r.name) for r in view.raters] == [
        (RaterRelation.ATASAN, "Kasi Program"),
        (RaterRelation.DIRI, "Staf Satu"),
        (RaterRelation.REKAN, "Rekan 1"),
        (RaterRelation.REKAN, "Rekan 2"),
        (RaterRelation.REKAN, "Rekan 3"),
    ]
    pending = comp.my_pending_rounds(team.peer_ctx[0])
    assert [(p.employee_name, p.relation, p.period_key) for p in pending] == [
        ("Staf Satu", RaterRelation.REKAN, PERIOD)
    ]
    assert comp.my_pending_rounds(org.ctx["staff1"])[0].relation is RaterRelation.DIRI
    assert comp.my_pending_rounds(org.ctx["kasi"])[0].relation is RaterRelation.ATASAN
    assert comp.my_pending_rounds(team.peer_ctx[4]) == []
    assert comp.my_pending_rounds(org.ctx["admin"]) == []


@pytest.mark.parametrize("who", ["staff1", "staff2", "head", "admin"])
def test_only_the_direct_supervisor_opens_a_round(org, team, who) -> None:
    with pytest.raises(PermissionDenied, match="membuka putaran umpan balik 360"):
        comp.open_round(org.ctx[who], employee_id=org.staff1, period_key=PERIOD, peer_ids=team.peers[:3])


def test_peer_rating_themselves_or_the_supervisor_as_peer_refused(org, team) -> None:
    kasi = org.ctx["kasi"]
    with pytest.raises(DomainError, match="rekan penilai dirinya sendiri"):
        comp.open_round(kasi, employee_id=org.staff1, period_key=PERIOD, peer_ids=[org.staff1, team.peers[0]])
    with pytest.raises(DomainError, match="sebagai atasan"):
        comp.open_round(kasi, employee_id=org.staff1, period_key=PERIOD, peer_ids=[org.kasi])
    with pytest.raises(DomainError, match="paling sedikit satu rekan"):
        comp.open_round(kasi, employee_id=org.staff1, period_key=PERIOD, peer_ids=[])
    with pytest.raises(NotFound, match="Rekan kerja tidak ditemukan"):
        comp.open_round(kasi, employee_id=org.staff1, period_key=PERIOD, peer_ids=["nope"])
    with pytest.raises(DomainError, match="harus 1 sampai 4"):
        comp.open_round(kasi, employee_id=org.staff1, period_key="2026-Q9", peer_ids=team.peers[:1])


def test_inactive_peer_refused(org, team) -> None:
    with as_user(org.admin) as s:
        s.get(Employee, team.peers[4]).active = False
    with pytest.raises(ValidationFailed, match="Rekan 5 tidak aktif"):
        comp.open_round(org.ctx["kasi"], employee_id=org.staff1, period_key=PERIOD, peer_ids=[team.peers[4]])


def test_second_round_for_the_same_period_refused(org, team) -> None:
    open_for_staff1(org, team)
    with pytest.raises(ValidationFailed, match="Triwulan III 2026 sudah ada"):
        comp.open_round(org.ctx["kasi"], employee_id=org.staff1, period_key=PERIOD, peer_ids=team.peers[4:])
    other = comp.open_round(
        org.ctx["kasi"], employee_id=org.staff1, period_key="2026-Q4", peer_ids=team.peers[4:]
    )
    assert other


def test_peers_added_and_removed_while_open_and_unanswered(org, team) -> None:
    kasi = org.ctx["kasi"]
    round_id = open_for_staff1(org, team, peers=2)
    comp.add_peer(kasi, round_id=round_id, peer_id=team.peers[2])
    with pytest.raises(ValidationFailed, match="Rekan 3 sudah menjadi penilai"):
        comp.add_peer(kasi, round_id=round_id, peer_id=team.peers[2])
    with pytest.raises(DomainError, match="dirinya sendiri"):
        comp.add_peer(kasi, round_id=round_id, peer_id=org.staff1)
    answer(team.peer_ctx[0], round_id)
    with pytest.raises(ValidationFailed, match="sudah mengisi jawabannya"):
        comp.remove_peer(kasi, round_id=round_id, peer_id=team.peers[0])
    comp.remove_peer(kasi, round_id=round_id, peer_id=team.peers[1])
    with pytest.raises(ValidationFailed, match="bukan rekan penilai"):
        comp.remove_peer(kasi, round_id=round_id, peer_id=org.staff1)
    with pytest.raises(PermissionDenied):
        comp.add_peer(org.ctx["staff1"], round_id=round_id, peer_id=team.peers[3])
    with pytest.raises(PermissionDenied):
        comp.remove_peer(org.ctx["head"], round_id=round_id, peer_id=team.peers[2])
    peers = [r.name for r in comp.get_round(kasi, round_id).raters if r.relation is RaterRelation.REKAN]
    assert peers == ["Rekan 1", "Rekan 3"]
    comp.remove_peer(kasi, round_id=round_id, peer_id=team.peers[2])
    solo = comp.open_round(kasi, employee_id=org.staff2, period_key=PERIOD, peer_ids=[team.peers[3]])
    with pytest.raises(ValidationFailed, match="paling sedikit satu rekan"):
        comp.remove_peer(kasi, round_id=solo, peer_id=team.peers[3])


def test_peer_candidates_exclude_subject_and_supervisor(org, team) -> None:
    names = [c.name for c in comp.peer_candidates(org.ctx["kasi"], employee_id=org.staff1)]
    assert "Staf Satu" not in names
    assert "Kasi Program" not in names
    assert set(names) == {"Rekan 1", "Rekan 2", "Rekan 3", "Rekan 4", "Rekan 5", "Staf PPPK"}, "the same unit"
    found = comp.peer_candidates(org.ctx["kasi"], employee_id=org.staff1, text="kepala")
    assert [c.name for c in found] == ["Kepala Dinas"], "a search reaches the whole agency"
    assert [
        c.name for c in comp.peer_candidates(org.ctx["kasi"], employee_id=org.staff1, text="rekan 2")
    ] == ["Rekan 2"]
    with pytest.raises(PermissionDenied, match="memilih rekan penilai"):
        comp.peer_candidates(org.ctx["staff1"], employee_id=org.staff1)


# -- answering ------------------------------------------------------------------------------------


def test_form_lists_berakhlak_and_competencies_and_earlier_answers(org, team) -> None:
    round_id = open_for_staff1(org, team)
    form = comp.round_form(team.peer_ctx[0], round_id)
    assert form.relation is RaterRelation.REKAN
    assert form.employee_name == "Staf Satu"
    assert len(form.items) == 9
    assert form.items[0].label == "Berorientasi Pelayanan"
    assert form.items[0].guidance
    assert [(i.label, i.required_level) for i in form.items[7:]] == [
        ("Analisis Data Program", 4),
        ("Perekat Bangsa", 2),
    ]
    assert form.answers == ()
    comp.submit_answers(
        team.peer_ctx[0], round_id=round_id, answers=full_answers(team.peer_ctx[0], round_id, 4, " rapi ")
    )
    again = comp.round_form(team.peer_ctx[0], round_id)
    assert again.submitted_at is not None
    assert again.answer_for(again.items[7]).score == 4
    assert again.answer_for(again.items[7]).comment == "rapi"
    answer(team.peer_ctx[0], round_id, 2)  # while open, answers may be given again
    assert {a.score for a in comp.round_form(team.peer_ctx[0], round_id).answers} == {2}
    assert comp.my_pending_rounds(team.peer_ctx[0]) == []
    assert len(comp.my_pending_rounds(team.peer_ctx[0], include_answered=True)) == 1


def test_bad_answers_are_refused(org, team) -> None:
    round_id = open_for_staff1(org, team)
    ctx = team.peer_ctx[0]
    answers = full_answers(ctx, round_id)
    with pytest.raises(ValidationFailed, match="belum dinilai: Analisis Data Program"):
        comp.submit_answers(ctx, round_id=round_id, answers=answers[:7] + answers[8:])
    bad = [*answers[:-1], comp.AnswerInput(ItemKind.KOMPETENSI, team.sosial, 7)]
    with pytest.raises(DomainError, match='Skor "Perekat Bangsa" harus bilangan bulat 1 sampai 5'):
        comp.submit_answers(ctx, round_id=round_id, answers=bad)
    with pytest.raises(ValidationFailed, match="tidak dikenal"):
        comp.submit_answers(
            ctx, round_id=round_id, answers=[*answers, comp.AnswerInput("kompetensi", "zz", 3)]
        )
    with pytest.raises(ValidationFailed, match="Jenis butir penilaian tidak dikenal"):
        comp.submit_answers(ctx, round_id=round_id, answers=[comp.AnswerInput("lain", "x", 3)])
    with pytest.raises(ValidationFailed, match="lebih dari sekali"):
        comp.submit_answers(ctx, round_id=round_id, answers=[*answers, answers[0]])
    long = [*answers[:-1], comp.AnswerInput(ItemKind.KOMPETENSI, team.sosial, 3, "x" * 1001)]
    with pytest.raises(DomainError, match="terlalu panjang"):
        comp.submit_answers(ctx, round_id=round_id, answers=long)
    assert comp.round_form(ctx, round_id).answers == (), "nothing of a refused submission is kept"


@pytest.mark.parametrize("who", ["staff2", "head", "admin"])
def test_a_non_rater_cannot_answer_or_read_the_form(org, team, who) -> None:
    round_id = open_for_staff1(org, team)
    answers = full_answers(org.ctx["staff1"], round_id)
    with pytest.raises(PermissionDenied, match="bukan penilai"):
        comp.submit_answers(org.ctx[who], round_id=round_id, answers=answers)
    with pytest.raises(PermissionDenied, match="bukan penilai"):
        comp.round_form(org.ctx[who], round_id)


def test_a_subject_listed_as_their_own_peer_cannot_answer(org, team) -> None:
    round_id = open_for_staff1(org, team)
    with arrived(org.ws) as s:  # as if a damaged row had arrived
        row = s.scalars(
            select(FeedbackRater).where(
                FeedbackRater.round_id == round_id, FeedbackRater.rater_id == org.staff1
            )
        ).one()
        row.relation = "rekan"
    with pytest.raises(ValidationFailed, match="rekan bagi dirinya sendiri"):
        answer(org.ctx["staff1"], round_id)


def test_closing_once_then_no_answers_or_peer_changes(org, team) -> None:
    kasi = org.ctx["kasi"]
    round_id = open_for_staff1(org, team)
    answers = full_answers(org.ctx["staff1"], round_id)
    with pytest.raises(PermissionDenied, match="menutup putaran"):
        comp.close_round(org.ctx["staff1"], round_id=round_id)
    with pytest.raises(PermissionDenied):
        comp.close_round(org.ctx["head"], round_id=round_id)
    comp.close_round(kasi, round_id=round_id)
    with pytest.raises(InvalidTransition, match="berstatus Ditutup tidak dapat ditutup lagi"):
        comp.close_round(kasi, round_id=round_id)
    with pytest.raises(DomainError, match="sudah ditutup; jawaban tidak dapat"):
        comp.submit_answers(org.ctx["staff1"], round_id=round_id, answers=answers)
    with pytest.raises(DomainError, match="rekan tidak dapat ditambah"):
        comp.add_peer(kasi, round_id=round_id, peer_id=team.peers[4])
    with pytest.raises(DomainError, match="rekan tidak dapat dihapus"):
        comp.remove_peer(kasi, round_id=round_id, peer_id=team.peers[0])
    assert comp.my_pending_rounds(org.ctx["staff1"]) == []


# -- results --------------------------------------------------------------------------------------


def _answered_round(org, team, peers_answering: int) -> str:
    round_id = open_for_staff1(org, team, peers=4)
    answer(org.ctx["staff1"], round_id, 5, "saya yakin")
    answer(org.ctx["kasi"], round_id, 3, "perlu latihan")
    for i in range(peers_answering):
        answer(team.peer_ctx[i], round_id, 2 + i, f"komentar rekan {i + 1}")
    return round_id


def test_subject_sees_results_only_after_closing(org, team) -> None:
    round_id = _answered_round(org, team, 3)
    with pytest.raises(ValidationFailed, match="setelah putaran ditutup"):
        comp.round_summary_for_subject(org.ctx["staff1"], round_id)
    assert comp.rounds_about(org.ctx["staff1"]) == []
    comp.close_round(org.ctx["kasi"], round_id=round_id)
    assert [r.id for r in comp.rounds_about(org.ctx["staff1"])] == [round_id]
    summary = comp.round_summary_for_subject(org.ctx["staff1"], round_id)
    assert summary.peers_shown
    assert summary.peer_notice is None
    first = summary.items[0]
    assert (first.own_score, first.own_comment, first.supervisor_score, first.supervisor_comment) == (
        5,
        "saya yakin",
        3,
        "perlu latihan",
    )
    assert first.peers is not None
    assert (first.peers.count, first.peers.mean, first.peers.low, first.peers.high) == (3, 3.0, 2, 4)
    assert first.peer_comments == ("komentar rekan 1", "komentar rekan 2", "komentar rekan 3")
    assert "Rekan" not in repr(summary).replace("komentar rekan", ""), "no peer is named"


def test_fewer_than_three_peers_gives_the_subject_nothing_of_the_peers(org, team) -> None:
    round_id = _answered_round(org, team, 2)
    comp.close_round(org.ctx["kasi"], round_id=round_id)
    summary = comp.round_summary_for_subject(org.ctx["staff1"], round_id)
    assert not summary.peers_shown
    assert summary.peers_answered == 2
    assert "Belum cukup tanggapan rekan (minimal 3)" in (summary.peer_notice or "")
    assert all(i.peers is None and i.peer_comments == () for i in summary.items)
    assert "komentar rekan" not in repr(summary)
    pdf = comp.round_summary_for_pdf(org.ctx["kasi"], employee_id=org.staff1, period_key=PERIOD)
    assert pdf is not None
    assert all(i.peer_mean is None and i.peer_count is None for i in pdf.items)
    assert pdf.raters[RaterRelation.REKAN] == comp.RaterCount(4, 2)


def test_other_people_cannot_read_the_subjects_results(org, team) -> None:
    round_id = _answered_round(org, team, 3)
    comp.close_round(org.ctx["kasi"], round_id=round_id)
    for ctx in (org.ctx["staff2"], org.ctx["head"], team.peer_ctx[0]):
        with pytest.raises(PermissionDenied):
            comp.round_summary_for_subject(ctx, round_id)
        with pytest.raises(PermissionDenied):
            comp.rounds_about(ctx, employee_id=org.staff1)


def test_supervisor_sees_spread_beside_the_perilaku_rating(org, team) -> None:
    round_id = _answered_round(org, team, 3)
    summary = comp.round_summary_for_supervisor(org.ctx["kasi"], round_id)
    assert summary.rating_perilaku is None
    asm.assess(
        org.ctx["kasi"],
        employee_id=org.staff1,
        period_key="2026",
        rating_hasil="sesuai",
        rating_perilaku="di_atas",
    )
    summary = comp.round_summary_for_supervisor(org.ctx["kasi"], round_id)
    assert (summary.rating_perilaku, summary.rating_period_key) == (Rating.DI_ATAS, "2026")
    asm.assess(
        org.ctx["kasi"],
        employee_id=org.staff1,
        period_key=PERIOD,
        rating_hasil="sesuai",
        rating_perilaku="sesuai",
    )
    summary = comp.round_summary_for_supervisor(org.ctx["kasi"], round_id)
    assert (summary.rating_perilaku, summary.rating_period_key) == (Rating.SESUAI, PERIOD)
    assert summary.status is RoundStatus.OPEN
    assert summary.submitted == {RaterRelation.DIRI: 1, RaterRelation.ATASAN: 1, RaterRelation.REKAN: 3}
    assert summary.invited[RaterRelation.REKAN] == 4
    teknis = next(r for r in summary.rows if r.item.item_key == team.teknis)
    peers = teknis.by_relation[RaterRelation.REKAN]
    assert (peers.low, peers.mean, peers.high, peers.count) == (2, 3.0, 4, 3)
    assert teknis.by_relation[RaterRelation.DIRI].mean == 5
    assert teknis.observed == 3.0
    assert teknis.gap == 1.0
    assert (RaterRelation.REKAN, "komentar rekan 2") in teknis.comments
    assert "Rekan" not in repr(summary.rows).replace("komentar rekan", "")


def test_supervisor_sees_no_peer_scores_until_three_answered(org, team) -> None:
    """The supervisor sees who answered; with one or two peers their scores would name them."""
    round_id = _answered_round(org, team, 2)
    summary = comp.round_summary_for_supervisor(org.ctx["kasi"], round_id)
    assert summary.submitted[RaterRelation.REKAN] == 2
    for row in summary.rows:
        assert row.by_relation[RaterRelation.REKAN].count == 0
        assert row.by_relation[RaterRelation.REKAN].mean is None
        assert row.by_relation[RaterRelation.DIRI].count == 1
    answer(team.peer_ctx[2], round_id, 4)
    summary = comp.round_summary_for_supervisor(org.ctx["kasi"], round_id)
    assert all(row.by_relation[RaterRelation.REKAN].count == 3 for row in summary.rows)


@pytest.mark.parametrize("who", ["staff1", "staff2", "head", "admin"])
def test_only_the_supervisor_reads_the_spread(org, team, who) -> None:
    round_id = _answered_round(org, team, 3)
    with pytest.raises(PermissionDenied, match="melihat sebaran"):
        comp.round_summary_for_supervisor(org.ctx[who], round_id)
    if who != "admin":
        with pytest.raises(PermissionDenied):
            comp.round_for(org.ctx[who], employee_id=org.staff1, period_key=PERIOD)


def test_competency_gaps_largest_first(org, team) -> None:
    assert comp.competency_gaps(org.ctx["kasi"], employee_id=org.staff1, period_key=PERIOD) == []
    round_id = _answered_round(org, team, 3)
    gaps = comp.competency_gaps(org.ctx["kasi"], employee_id=org.staff1, period_key=PERIOD)
    assert [(g.name, g.required_level, g.observed, g.gap) for g in gaps] == [
        ("Analisis Data Program", 4, 3.0, 1.0),
        ("Perekat Bangsa", 2, 3.0, -1.0),
    ]
    assert gaps[0] == comp.CompetencyGap(
        team.teknis, CompetencyKind.TEKNIS, "Analisis Data Program", 4, 3.0, 1.0
    )
    annual = comp.competency_gaps(org.ctx["kasi"], employee_id=org.staff1, period_key="2026")
    assert annual == gaps, "an annual key reads the year's latest round"
    assert comp.competency_gaps(org.ctx["staff1"], employee_id=org.staff1, period_key=PERIOD) == []
    comp.close_round(org.ctx["kasi"], round_id=round_id)
    assert comp.competency_gaps(org.ctx["staff1"], employee_id=org.staff1, period_key=PERIOD) == gaps
    with pytest.raises(PermissionDenied):
        comp.competency_gaps(org.ctx["staff2"], employee_id=org.staff1, period_key=PERIOD)


def test_unrated_competencies_sort_last(org, team) -> None:
    round_id = open_for_staff1(org, team)
    answer(org.ctx["staff1"], round_id, 1)  # self only: nobody else observed anything yet
    gaps = comp.competency_gaps(org.ctx["kasi"], employee_id=org.staff1, period_key=PERIOD)
    assert [(g.observed, g.gap) for g in gaps] == [(None, None), (None, None)]
    comp.add_position_competency(
        org.ctx["admin"], position_id=team.position, kind="manajerial", name="Kerja Sama", required_level=3
    )
    answer(org.ctx["kasi"], round_id, 4)
    gaps = comp.competency_gaps(org.ctx["kasi"], employee_id=org.staff1, period_key=PERIOD)
    assert [g.gap for g in gaps] == [0.0, -1.0, -2.0]


def test_pdf_summary(org, team) -> None:
    assert comp.round_summary_for_pdf(org.ctx["kasi"], employee_id=org.staff1, period_key=PERIOD) is None
    round_id = _answered_round(org, team, 4)
    assert comp.round_summary_for_pdf(org.ctx["staff1"], employee_id=org.staff1, period_key=PERIOD) is None
    comp.close_round(org.ctx["kasi"], round_id=round_id)
    pdf = comp.round_summary_for_pdf(org.ctx["staff1"], employee_id=org.staff1, period_key="2026")
    assert pdf is not None
    assert pdf.status is RoundStatus.CLOSED
    assert pdf.period_key == PERIOD
    assert pdf.raters[RaterRelation.DIRI] == comp.RaterCount(1, 1)
    first, last = pdf.items[0], pdf.items[-1]
    assert (first.label, first.required_level, first.self_score, first.supervisor_score) == (
        "Berorientasi Pelayanan",
        None,
        5,
        3,
    )
    assert (first.peer_mean, first.peer_count) == (3.5, 4)
    assert (last.group, last.label, last.required_level) == (
        "Kompetensi Sosial Kultural",
        "Perekat Bangsa",
        2,
    )
    with pytest.raises(PermissionDenied):
        comp.round_summary_for_pdf(org.ctx["staff2"], employee_id=org.staff1, period_key=PERIOD)


def test_a_pegawai_without_position_rates_berakhlak_only_and_changes_are_audited(org, team) -> None:
    round_id = comp.open_round(
        org.ctx["kasi"], employee_id=org.staff2, period_key=PERIOD, peer_ids=team.peers[:1]
    )
    form = comp.round_form(org.ctx["staff2"], round_id)
    assert len(form.items) == 7
    answer(org.ctx["staff2"], round_id, 4)
    with org.ws.sessions() as s:
        verify_chain(s)
    removed = emp.create_position(org.ctx["admin"], unit_id=org.seksi, name="Kosong", kind="pelaksana")
    assert comp.list_position_competencies(org.ctx["admin"], position_id=removed) == []
