"""HR's export of the agency's angka kredit to XLSX, off the GUI thread with progress and Cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from asn_desktop.progress import Cancelled, CancelToken, ProgressSink
from asn_desktop.services.angka_kredit import export_angka_kredit_xlsx
from asn_desktop.services.context import AppContext
from ui.errors import show_error
from ui.tasks import TaskRunner, run_with_progress


class AngkaKreditExport(QObject):
    """Ask where to write the year's sheet, then write it in the background."""

    def __init__(self, parent: QWidget, ctx: AppContext, tasks: TaskRunner) -> None:
        super().__init__(parent)
        self.widget, self.ctx, self.tasks = parent, ctx, tasks
        self.result_text = ""

    def ask(self) -> None:
        year = self.ctx.workspace.now().year
        name, _ = QFileDialog.getSaveFileName(
            self.widget, self.tr("Ekspor angka kredit"), f"angka-kredit-{year}.xlsx", "Excel (*.xlsx)"
        )
        if name:
            self.start(Path(name if name.lower().endswith(".xlsx") else f"{name}.xlsx"), year)

    def start(self, path: Path, year: int, on_finished: Callable[[], None] | None = None) -> None:
        def job(progress: ProgressSink, token: CancelToken) -> int:
            return export_angka_kredit_xlsx(self.ctx, path, year=year, progress=progress, token=token)

        def done(count: Any) -> None:
            self.result_text = self.tr(
                "Angka kredit {year}: {n} pemegang jabatan fungsional, {name}."
            ).format(year=year, n=count, name=path.name)
            QMessageBox.information(self.widget, self.tr("Ekspor angka kredit"), self.result_text)
            if on_finished:
                on_finished()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, Cancelled):
                show_error(self.widget, exc, self.tr("Ekspor angka kredit"))
            if on_finished:
                on_finished()

        def cancelled() -> None:
            if on_finished:
                on_finished()

        title = self.tr("Mengekspor angka kredit…")
        run_with_progress(self.widget, self.tasks, title, job, done, failed, cancelled)
