"""The evaluation's optional appendix, from real rounds and follow-ups through the export service."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from asn_desktop.services import assessment as asm
from asn_desktop.services import competency as comp
from asn_desktop.services import export
from asn_desktop.services import followup as fu
from tests.unit.pdf.tools import pdf_text
from tests.unit.services.competency_setup import PERIOD, answer, setup_360
from tests.unit.services.helpers import approved_skp, head_skp

STAFF1 = "199001012015031003"


def _assessed(org) -> None:  # type: ignore[no-untyped-def]
    _, kasi_rhk, _ = approved_skp(org, "kasi", parent_rhk=head_skp(org))
    approved_skp(org, "staff1", parent_rhk=kasi_rhk)
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


def _export(org, tmp_path: Path, name: str, *, appendix: bool) -> str:  # type: ignore[no-untyped-def]
    out = tmp_path / name
    export.export_form(org.ctx["kasi"], nip=STAFF1, year=2026, form="evaluasi", out=out, appendix=appendix)
    return "\f".join(pdf_text(out))


def test_appendix_prints_closed_round_with_peers_only_from_three(org, tmp_path: Path) -> None:
    _assessed(org)
    team = setup_360(org)
    round_id = comp.open_round(
        org.ctx["kasi"], employee_id=org.staff1, period_key=PERIOD, peer_ids=team.peers[:4]
    )
    answer(org.ctx["staff1"], round_id, 4)
    answer(org.ctx["kasi"], round_id, 2)
    for ctx, score in zip(team.peer_ctx[:2], (3, 5), strict=True):
        answer(ctx, round_id, score)

    plain = _export(org, tmp_path, "plain.pdf", appendix=False)
    assert "LAMPIRAN EVALUASI" not in plain
    still_open = _export(org, tmp_path, "open.pdf", appendix=True)
    assert "belum ditutup" in still_open, "an open round is not summarised"
    assert "Analisis Data Program" not in still_open

    comp.close_round(org.ctx["kasi"], round_id=round_id)
    two_peers = _export(org, tmp_path, "two.pdf", appendix=True)
    assert "rekan kerja 2 dari 4" in two_peers
    assert "< 3 tanggapan" in two_peers, "two peers are not enough to print their mean"
    assert "Analisis Data Program" in two_peers
    assert "Rekan 1" not in two_peers, "peers are never named"


def test_appendix_peer_mean_and_no_round(org, tmp_path: Path) -> None:
    _assessed(org)
    none = _export(org, tmp_path, "none.pdf", appendix=True)
    assert "Tidak ada putaran umpan balik 360°" in none
    assert "Belum ada tindak lanjut yang dicatat." in none

    team = setup_360(org)
    round_id = comp.open_round(
        org.ctx["kasi"], employee_id=org.staff1, period_key=PERIOD, peer_ids=team.peers[:3]
    )
    answer(org.ctx["kasi"], round_id, 3)
    for ctx, score in zip(team.peer_ctx[:3], (3, 4, 4), strict=True):
        answer(ctx, round_id, score)
    comp.close_round(org.ctx["kasi"], round_id=round_id)
    text = _export(org, tmp_path, "three.pdf", appendix=True)
    assert "rekan kerja 3 dari 3" in text
    assert "3,7 (3)" in text  # (3 + 4 + 4) / 3, Indonesian decimal comma


def test_appendix_prints_the_follow_up_plan_of_this_assessment(org, tmp_path: Path) -> None:
    _assessed(org)
    annual = asm.get_assessment(org.ctx["kasi"], employee_id=org.staff1, period_key="2026")
    assert annual is not None
    plan = fu.add_follow_up(
        org.ctx["kasi"],
        assessment_id=annual.id,
        kind="pembinaan",
        title="Pendampingan penyusunan telaahan",
        goal="Telaahan tanpa revisi mayor",
        due_on=date(2026, 12, 31),
    )
    first = fu.add_session(org.ctx["kasi"], follow_up_id=plan, planned_on=date(2026, 3, 2))
    fu.record_session(org.ctx["kasi"], session_id=first, held_on=date(2026, 3, 3), note="Telaahan pertama")
    fu.add_session(org.ctx["kasi"], follow_up_id=plan, planned_on=date(2026, 4, 6))
    text = _export(org, tmp_path, "plan.pdf", appendix=True)
    assert "RENCANA TINDAK LANJUT" in text
    assert "Pendampingan penyusunan telaahan" in text
    assert "Telaahan tanpa revisi mayor" in text
    assert "3 Maret 2026:" in text
    assert "direncanakan" in text
    assert "Pembinaan" in text  # the kind label
    assert "Rencana" in text  # the status label
