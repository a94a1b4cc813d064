"""Sync with the central share (off the GUI thread, with Cancel) and resolve conflicts."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.permissions import Role
from asn_desktop.errors import user_message
from asn_desktop.progress import CancelToken, ProgressSink
from asn_desktop.services import sync as sync_svc
from asn_desktop.services.context import AppContext
from asn_desktop.services.sync import Resolution, SyncReport
from ui.errors import show_error
from ui.locale import fmt_date, fmt_datetime, fmt_number
from ui.models.rows import Column, RowTableModel
from ui.tasks import TaskRunner, run_with_progress
from ui.widgets.file_dialogs import choose_folder
from ui.widgets.names import named


def describe_report(widget: QWidget, report: SyncReport) -> str:
    """The sync's outcome in the office's words (the core's summary counts files on the share)."""
    text = widget.tr("Sinkronisasi selesai: {sent} perubahan dikirim, {got} perubahan diterima").format(
        sent=fmt_number(report.pushed), got=fmt_number(report.pulled)
    )
    if report.conflicts:
        text += widget.tr(", {n} konflik perlu diputuskan").format(n=fmt_number(report.conflicts))
    if report.problems:
        text += widget.tr(", {n} kiriman dilewati").format(n=fmt_number(len(report.problems)))
    return text + "."


def plain_summary(summary: str) -> str:
    """A stored summary without the share's file jargon (a sync from the CLI stores the core's)."""
    return re.sub(r" dari \d+ bundel", "", summary)


class SyncDialog(QDialog):
    """Signals: none; ``report`` holds the last report for the caller's status bar."""

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.report: SyncReport | None = None
        self.setObjectName("syncDialog")
        self.setWindowTitle(self.tr("Sinkronisasi"))
        self.setMinimumWidth(560)
        admin = ctx.actor.role is Role.ADMIN
        self.share = named(QLineEdit(sync_svc.sync_share(ctx) or ""), "syncShare")
        self.share.setPlaceholderText(self.tr("folder berbagi atau smb://server/share/folder"))
        self.share.setReadOnly(not admin)
        self.share.setToolTip(
            self.tr("Folder bersama instansi (mis. Z:\\kinerja) atau alamat smb://server/share/folder")
        )
        self.browse = named(QPushButton(self.tr("&Pilih folder…")), "browseShare")
        self.browse.setEnabled(admin)
        self.browse.clicked.connect(self.choose_folder)
        self.outcome = named(QPlainTextEdit(readOnly=True), "syncResult")
        self.outcome.setMaximumHeight(160)
        self.outcome.setPlainText(self.last_text())
        share_row = QHBoxLayout()
        share_row.addWidget(self.share, 1)
        share_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("Lokasi berbagi"), share_row)
        self.start = named(QPushButton(self.tr("Sinkronkan sekarang")), "startSync")
        self.start.setDefault(True)
        self.start.clicked.connect(self.run_sync)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)

    def last_text(self) -> str:
        last = sync_svc.last_sync(self.ctx)
        if not last:
            return self.tr("Laptop ini belum pernah disinkronkan.")
        return self.tr("Terakhir: {when} — {summary}").format(
            when=fmt_datetime(last[0]), summary=plain_summary(last[1])
        )

    def choose_folder(self) -> None:
        folder = choose_folder(self, self.tr("Pilih folder berbagi instansi"), "sync", self.share.text())
        if folder:
            self.share.setText(str(folder))

    def run_sync(self, on_finished: Callable[[], None] | None = None) -> None:
        share = self.share.text().strip()
        try:
            if self.ctx.actor.role is Role.ADMIN and share != (sync_svc.sync_share(self.ctx) or ""):
                sync_svc.set_sync_share(self.ctx, share)
        except Exception as exc:
            show_error(self, exc)
            return
        self.start.setEnabled(False)
        ctx = self.ctx

        def job(progress: ProgressSink, token: CancelToken) -> SyncReport:
            return sync_svc.sync_workspace(ctx, share, progress=progress, cancel=token)

        def ended() -> None:
            self.start.setEnabled(True)
            if on_finished:
                on_finished()

        def done(report: SyncReport) -> None:
            self.report = report
            summary = describe_report(self, report)
            sync_svc.record_last_sync(self.ctx, summary)
            self.outcome.setPlainText("\n".join([summary, *report.warnings, *report.problems]))
            ended()

        def failed(exc: BaseException) -> None:
            message = user_message(exc)
            self.outcome.setPlainText(message or self.tr("Sinkronisasi gagal; data di laptop ini aman."))
            if message is None:
                show_error(self, exc)
            ended()

        def cancelled() -> None:
            self.outcome.setPlainText(
                self.tr("Sinkronisasi dibatalkan. Yang sudah terkirim atau diterima tetap tersimpan; ")
                + self.tr("sinkronisasi berikutnya melanjutkannya.")
            )
            ended()

        run_with_progress(self, self.tasks, self.tr("Menyinkronkan…"), job, done, failed, cancelled)


class ConflictDialog(QDialog):
    """Changes held back because they touched a locked document; a person decides each one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Konflik sinkronisasi"))
        self.resize(820, 420)
        self.model: RowTableModel[sync_svc.ConflictView] = RowTableModel(
            [
                Column(self.tr("Terdeteksi"), lambda c: fmt_date(c.detected_at)),
                Column(self.tr("Keterangan"), lambda c: c.description),
                Column(self.tr("Nilai di laptop ini"), lambda c: str(c.local_value)),
                Column(self.tr("Nilai kiriman"), lambda c: str(c.remote_value)),
            ],
            self,
        )
        self.table = named(QTableView(), "conflictTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(1, 380)
        keep = named(QPushButton(self.tr("Pertahankan versi laptop ini")), "keepLocal")
        keep.clicked.connect(lambda: self.resolve(Resolution.KEEP_LOCAL))
        take = named(QPushButton(self.tr("Pakai versi kiriman")), "takeRemote")
        take.clicked.connect(lambda: self.resolve(Resolution.TAKE_REMOTE))
        self.empty = named(QLabel(self.tr("Tidak ada konflik.")), "noConflicts")
        buttons = QHBoxLayout()
        buttons.addWidget(keep)
        buttons.addWidget(take)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        rows = sync_svc.list_conflicts(self.ctx)
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not rows)

    def resolve(self, resolution: Resolution) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        try:
            sync_svc.resolve_conflict(
                self.ctx, conflict_id=self.model.row_at(index.row()).id, resolution=resolution
            )
        except Exception as exc:
            show_error(self, exc)
        self.refresh()
