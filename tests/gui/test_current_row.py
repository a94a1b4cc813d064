"""Finding 1 of issue 12: a mouse click on a table row shows *that* row's evidence, and evidence
attached then goes to that row; a wrong file can be removed or replaced until the period is rated.

Every click here is a real mouse press on the view's viewport: the keyboard and ``selectRow``
update the selection before ``currentRowChanged`` fires, a mouse press does not, which is what hid
the bug.
"""

from __future__ import annotations

from pathlib import Path

from asn_desktop.domain.rating import Rating
from asn_desktop.evidence.specimen import simple_pdf
from asn_desktop.services import assessment as asm
from asn_desktop.services import realisation as real_svc
from asn_desktop.services import skp as skp_svc
from tests.gui.conftest import PERIOD, three_indicators
from tests.gui.helpers import click_in_next_box, click_row
from ui.views.assessment_form import AssessmentForm
from ui.views.realisation_page import RealisationPage

PDF = simple_pdf("bukti")


def counts(page: RealisationPage) -> list[int]:
    return [r.evidence_count for r in page.table.model_.rows]


def test_first_click_shows_that_rows_evidence_and_attach_goes_there(realisation_page, tmp_path: Path) -> None:
    page, reals = realisation_page
    assert counts(page) == [0, 0, 1]
    click_row(page.table, 0)
    assert page.evidence.realisation_id == reals[0], "the very first click already shows its row"
    assert page.evidence.attach_button.isEnabled()
    click_row(page.table, 2)
    assert page.evidence.realisation_id == reals[2]
    assert [e.filename for e in page.evidence.model.rows] == ["bukti3.pdf"]
    click_row(page.table, 0)
    assert page.evidence.realisation_id == reals[0]
    assert page.evidence.model.rows == []
    extra = tmp_path / "bukti1.pdf"
    extra.write_bytes(PDF)
    assert page.evidence.attach(extra)
    assert counts(page) == [1, 0, 1], "the file went to the row that was clicked"
    assert page.table.selected() is not None
    assert page.table.selected().realisation_id == reals[0], "the row stays chosen after the reload"


def test_wrong_file_removed_and_replaced_from_the_panel(realisation_page, tmp_path: Path, org) -> None:
    page, _ = realisation_page
    click_row(page.table, 2)
    click_row(page.evidence.table, 0, column=0)
    assert page.evidence.remove_button.isEnabled()
    better = tmp_path / "bukti-benar.pdf"
    better.write_bytes(PDF)
    assert page.evidence.replace(better)
    assert [e.filename for e in page.evidence.model.rows] == ["bukti-benar.pdf"]
    click_row(page.evidence.table, 0, column=0)
    click_in_next_box("confirmCancel")
    assert not page.evidence.remove_current(), "Batal keeps the file"
    click_in_next_box("confirmAction")
    assert page.evidence.remove_current()
    assert page.evidence.model.rows == []
    assert counts(page) == [0, 0, 0]


def test_removal_refused_once_rated_is_shown_in_indonesian(realisation_page, org, monkeypatch) -> None:
    page, _ = realisation_page
    asm.assess(
        org.ctx["head"],
        employee_id=org.kasi,
        period_key=PERIOD,
        rating_hasil=Rating.SESUAI,
        rating_perilaku=Rating.SESUAI,
    )
    click_row(page.table, 2)
    click_row(page.evidence.table, 0, column=0)
    shown: list[str] = []
    monkeypatch.setattr(
        "ui.views.evidence_panel.show_error", lambda parent, exc, title=None: shown.append(str(exc))
    )
    click_in_next_box("confirmAction")
    assert not page.evidence.remove_current()
    assert any("sudah dinilai" in text for text in shown), shown
    assert counts(page) == [0, 0, 1]


def test_penilai_click_shows_the_rows_two_files(qtbot, org) -> None:
    skp_id, _, reals = three_indicators(org, "staff1")
    for name in ("a.pdf", "b.pdf"):
        real_svc.attach_evidence(org.ctx["staff1"], realisation_id=reals[1], filename=name, data=PDF)
    form = AssessmentForm(org.ctx["kasi"])
    qtbot.addWidget(form)
    form.resize(1300, 800)
    form.show()
    qtbot.waitExposed(form)
    form.load(org.staff1, skp_svc.get_skp(org.ctx["kasi"], skp_id), PERIOD)
    click_row(form.progress, 1)
    assert [e.filename for e in form.evidence.model.rows] == ["a.pdf", "b.pdf"]
    click_row(form.progress, 2)
    assert form.evidence.model.rows == []
    assert not form.evidence.remove_button.isVisible(), "the penilai cannot remove the pegawai's files"
