"""Finding 15 of issue 12: the sync dialog picks the folder, speaks without file jargon, shows the
last sync with date and time, and a sync from the CLI counts as the last sync too."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from asn_desktop.services import sync as sync_svc
from ui.main_window import MainWindow
from ui.views.sync_dialog import SyncDialog

TIME = re.compile(r"\d{1,2} \w+ \d{4} \d{2}\.\d{2}")


def test_folder_picker_plain_words_and_time_of_the_last_sync(
    qtbot, org, tasks, tmp_path: Path, monkeypatch
) -> None:
    org.ws.now = lambda: datetime(2026, 3, 14, 10, 42)
    share = tmp_path / "bersama"
    share.mkdir()
    dialog = SyncDialog(org.admin, tasks)
    qtbot.addWidget(dialog)
    assert dialog.outcome.toPlainText() == "Laptop ini belum pernah disinkronkan."
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(share))
    dialog.browse.click()
    assert dialog.share.text() == str(share)
    finished: list[bool] = []
    dialog.run_sync(on_finished=lambda: finished.append(True))
    qtbot.waitUntil(lambda: bool(finished), timeout=60_000)
    text = dialog.outcome.toPlainText()
    assert text.startswith("Sinkronisasi selesai:"), text
    assert "bundel" not in text.lower()
    again = SyncDialog(org.admin, tasks)
    qtbot.addWidget(again)
    assert "Terakhir: 14 Maret 2026 10.42" in again.outcome.toPlainText()
    assert "bundel" not in again.outcome.toPlainText().lower()
    window = MainWindow(org.admin)
    qtbot.addWidget(window)
    assert window.sync_status.text().startswith("Sinkron terakhir: 14 Maret 2026 10.42")


def test_a_pegawai_cannot_change_the_share(qtbot, org, tasks) -> None:
    dialog = SyncDialog(org.ctx["staff1"], tasks)
    qtbot.addWidget(dialog)
    assert dialog.share.isReadOnly()
    assert not dialog.browse.isEnabled()


def test_a_sync_from_the_cli_is_the_last_sync_too(qtbot, org, tmp_path: Path, monkeypatch) -> None:
    from asn_desktop.cli import main
    from tests.conftest import PASSPHRASE

    share = tmp_path / "bersama"
    share.mkdir()
    path = org.ws.path
    assert sync_svc.last_sync(org.admin) is None
    monkeypatch.setenv("ASN_PASSPHRASE", PASSPHRASE)
    assert main(["sync", str(path), str(share)]) == 0
    last = sync_svc.last_sync(org.admin)
    assert last is not None, "the CLI recorded it"
    window = MainWindow(org.admin)
    qtbot.addWidget(window)
    assert TIME.search(window.sync_status.text()), window.sync_status.text()
    dialog = SyncDialog(org.admin, window.tasks)
    qtbot.addWidget(dialog)
    assert "bundel" not in dialog.outcome.toPlainText().lower(), "the CLI's summary is shown in plain words"
