"""The Sync dialog (real folder share, two laptops), the conflict dialog, and the export dialog."""

from __future__ import annotations

import zipfile
from pathlib import Path

from asn_desktop.services import skp as skp_svc
from asn_desktop.services import sync as sync_svc
from asn_desktop.services.workspace import login
from tests.conftest import PASSWORD
from tests.unit.services.helpers import head_skp
from ui.tasks import TaskRunner
from ui.views.export_dialog import ExportDialog
from ui.views.sync_dialog import ConflictDialog, SyncDialog


def _sync_in_dialog(qtbot, ctx, share: Path, tasks: TaskRunner) -> SyncDialog:
    dialog = SyncDialog(ctx, tasks)
    qtbot.addWidget(dialog)
    dialog.share.setText(str(share))
    finished: list[bool] = []
    dialog.run_sync(on_finished=lambda: finished.append(True))
    qtbot.waitUntil(lambda: bool(finished), timeout=60_000)
    return dialog


def test_sync_two_laptops_and_resolve_a_conflict(qtbot, org, tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    tasks = TaskRunner()
    # Laptop A drafts and submits the kasi's SKP, then the agency's second laptop joins.
    ctx_a = org.ctx["kasi"]
    parent = head_skp(org)
    skp_id = skp_svc.create_skp(ctx_a, year=2026)
    rhk = skp_svc.add_rhk(
        ctx_a, skp_id=skp_id, kind="utama", text="Tersusunnya laporan", parent_rhk_id=parent
    )
    skp_svc.add_indicator(ctx_a, rhk_id=rhk, aspect="kuantitas", text="Laporan", target="4 laporan")
    skp_svc.submit_skp(ctx_a, skp_id=skp_id)
    first = _sync_in_dialog(qtbot, org.admin, share, tasks)
    assert first.report is not None
    assert first.report.pushed > 0
    assert "Sinkronisasi selesai" in first.outcome.toPlainText()
    assert sync_svc.sync_share(org.admin) == str(share)
    enrolment = sync_svc.make_enrolment(org.admin, passphrase="daftar-laptop-b")
    ws_b, _ = sync_svc.join_agency(
        enrolment,
        "daftar-laptop-b",
        tmp_path / "b",
        str(share),
        workspace_passphrase="frasa-b",
        prefer_keyring=False,
    )
    try:
        # Concurrently: the head approves on laptop A, and returns it on laptop B.
        skp_svc.approve_skp(org.ctx["head"], skp_id=skp_id)
        head_b = login(ws_b, "head", PASSWORD)
        skp_svc.return_skp(head_b, skp_id=skp_id, note="Perjelas indikator")
        _sync_in_dialog(qtbot, login(ws_b, "admin", PASSWORD), share, tasks)
        second = _sync_in_dialog(qtbot, org.admin, share, tasks)
        assert second.report is not None
        assert second.report.conflicts > 0
        assert "konflik" in second.outcome.toPlainText()
        # The approved SKP stands on A; a person decides what to do with the refused change.
        assert skp_svc.get_skp(org.ctx["kasi"], skp_id).status.value == "approved"
        dialog = ConflictDialog(org.admin)
        qtbot.addWidget(dialog)
        count = dialog.model.rowCount()
        assert count == sync_svc.open_conflict_count(org.admin) > 0
        assert dialog.empty.isHidden()
        for _ in range(count):
            dialog.table.selectRow(0)
            dialog.resolve(sync_svc.Resolution.KEEP_LOCAL)
        assert dialog.model.rowCount() == 0
        assert sync_svc.open_conflict_count(org.admin) == 0
        assert skp_svc.get_skp(org.ctx["kasi"], skp_id).status.value == "approved"
    finally:
        tasks.shutdown()
        ws_b.close()


def test_unreachable_share_is_reported_in_the_dialog(qtbot, org, tmp_path: Path) -> None:
    tasks = TaskRunner()
    dialog = _sync_in_dialog(qtbot, org.admin, tmp_path / "tidak-ada" / "share", tasks)
    tasks.shutdown()
    assert dialog.report is None
    assert dialog.outcome.toPlainText().strip()
    assert "Traceback" not in dialog.outcome.toPlainText()


def test_export_dialog_writes_an_archive(qtbot, org, tmp_path: Path) -> None:
    from tests.unit.services.helpers import approved_skp

    approved_skp(org, "kasi", parent_rhk=head_skp(org))
    tasks = TaskRunner()
    dialog = ExportDialog(org.admin, tasks)
    qtbot.addWidget(dialog)
    target = tmp_path / "arsip.zip"
    dialog.target.setText(str(target))
    dialog.year.setValue(2026)
    finished: list[bool] = []
    dialog.run_export(on_finished=lambda: finished.append(True))
    qtbot.waitUntil(lambda: bool(finished), timeout=120_000)
    tasks.shutdown()
    assert target.exists(), dialog.message.text()
    with zipfile.ZipFile(target) as zf:
        names = zf.namelist()
    assert "manifest.json" in names
    assert any(n.endswith(".pdf") for n in names)
    assert "formulir ditulis" in dialog.message.text()


def test_export_dialog_asks_for_the_place_and_offers_periodic_forms(qtbot, org, tmp_path: Path) -> None:
    """Issue 13: no place → the dialog asks; a quarter has no SKP; the Dokumen Evaluasi is offered."""
    from asn_desktop.services.agency import set_agency
    from tests.unit.services.helpers import approved_skp

    approved_skp(org, "kasi", parent_rhk=head_skp(org))
    set_agency(org.admin, city="")
    tasks = TaskRunner()
    dialog = ExportDialog(org.admin, tasks)
    qtbot.addWidget(dialog)
    dialog.year.setValue(2026)
    target = tmp_path / "arsip"
    dialog.target.setText(str(target))
    assert dialog.place.text() == ""
    finished: list[bool] = []
    dialog.run_export(on_finished=lambda: finished.append(True))
    assert finished, "nothing ran: the dialog asked instead"
    assert "tempat penandatanganan" in dialog.message.text()
    assert not target.exists()
    dialog.period.setCurrentIndex(dialog.period.findData("2026-Q1"))
    assert not dialog.forms["skp"].isEnabled()
    assert not dialog.forms["matriks"].isEnabled()  # the matrix is annual too
    assert dialog.chosen_forms() == ("evaluasi", "dokumen", "penetapan")
    dialog.place.setText("Kota Dialog")
    finished.clear()
    dialog.run_export(on_finished=lambda: finished.append(True))
    qtbot.waitUntil(lambda: bool(finished), timeout=120_000)
    tasks.shutdown()
    names = sorted(p.name for p in target.glob("*.pdf"))
    assert names, dialog.message.text()
    assert not any("_skp_" in n for n in names)
    assert any(n.endswith("_dokumen_2026-Q1.pdf") for n in names), names
