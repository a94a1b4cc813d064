"""The supervisor's "Catatan Harian" tab of a subordinate: weekly summary, entries, comments."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.errors import user_message
from asn_desktop.services import worklog as wl
from asn_desktop.services import worklog_comments as wlc
from asn_desktop.services.context import AppContext
from ui.errors import show_error
from ui.models.worklog_tables import WeekSummaryModel, WorklogEntryModel
from ui.views.worklog_page import WeekKeys, WeekNavigator, comments_html
from ui.widgets.file_dialogs import save_file
from ui.widgets.names import named
from ui.widgets.tone import Tone, set_tone


def _table(model: WeekSummaryModel | WorklogEntryModel, name: str, stretch: int) -> QTableView:
    table = named(QTableView(), name)
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class TeamWorklogTab(QWidget):
    """One subordinate's log, a week at a time; the comment goes on the week or the chosen entry."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.employee_id: str | None = None
        self.week = WeekNavigator(self.load, wl.today_for(ctx), self)
        self.totals = named(QLabel(), "teamWorklogTotals")
        self.summary_model = WeekSummaryModel(self)
        self.summary = _table(self.summary_model, "teamWorklogSummary", 0)
        self.entry_model = WorklogEntryModel(self)
        self.entries = _table(self.entry_model, "teamWorklogEntries", WorklogEntryModel.TEXT)
        self.comments = named(QLabel(wordWrap=True), "teamWorklogComments")
        self.comments.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.comment = named(QPlainTextEdit(), "teamWorklogComment")
        self.comment.setPlaceholderText(
            self.tr("Komentar untuk minggu ini (atau untuk catatan yang dipilih)…")
        )
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(70)
        self.message = named(QLabel(wordWrap=True), "teamWorklogMessage")
        set_tone(self.message, Tone.ERROR)
        self.send = named(QPushButton(self.tr("&Kirim komentar")), "sendWorklogComment")
        self.send.clicked.connect(self.send_comment)
        self.save_file = named(QPushButton(self.tr("Simpan salinan &bukti…")), "saveWorklogEvidence")
        self.save_file.clicked.connect(self.save_evidence)
        self.entries.selectionModel().currentRowChanged.connect(lambda *_: self._entry_selected())
        self._layout()
        self.week_keys = WeekKeys(self.week, self)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.week, 1)
        top.addWidget(self.totals)
        summary_box = QGroupBox(self.tr("Ringkasan mingguan per indikator"))
        QVBoxLayout(summary_box).addWidget(self.summary)
        entries_box = QGroupBox(self.tr("Daftar catatan"))
        entries_layout = QVBoxLayout(entries_box)
        entries_layout.addWidget(self.entries)
        entries_layout.addWidget(self.save_file, 0, Qt.AlignmentFlag.AlignRight)
        comment_box = QGroupBox(self.tr("Komentar atasan"))
        comment_layout = QVBoxLayout(comment_box)
        comment_layout.addWidget(self.comments, 1)
        send_row = QHBoxLayout()
        send_row.addWidget(self.comment, 1)
        send_row.addWidget(self.send)
        comment_layout.addLayout(send_row)
        comment_layout.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Vertical)
        for box in (summary_box, entries_box, comment_box):
            splitter.addWidget(box)
        splitter.setSizes([190, 300, 170])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def show_employee(self, employee_id: str | None) -> None:
        self.employee_id = employee_id
        self.load()

    def load(self) -> None:
        self.message.clear()
        if self.employee_id is None:
            self.save_file.setEnabled(False)
            self.summary_model.set_rows([])
            self.entry_model.set_rows([])
            self.comments.clear()
            self.totals.clear()
            return
        who, start, end = self.employee_id, self.week.monday, self.week.sunday
        weeks = wl.weekly_summary(self.ctx, employee_id=who, start=start, end=end)
        rows = weeks[0].rows if weeks else ()
        self.summary_model.set_rows(rows)
        entries = wl.list_entries(self.ctx, employee_id=who, start=start, end=end)
        self.entry_model.set_rows(entries)
        self.totals.setText(
            self.tr("{n} catatan · {days} hari").format(
                n=weeks[0].entries if weeks else 0, days=weeks[0].days if weeks else 0
            )
        )
        comments = wlc.list_comments(self.ctx, employee_id=self.employee_id, week_start=self.week.monday)
        self.comments.setText(comments_html(self, comments, entries))
        self._entry_selected()

    def _selected(self) -> wl.EntryView | None:
        index = self.entries.currentIndex()
        return self.entry_model.row_at(index.row()) if index.isValid() else None

    def _entry_selected(self) -> None:
        entry = self._selected()
        self.save_file.setEnabled(entry is not None and entry.evidence_filename is not None)

    def save_evidence(self) -> None:
        entry = self._selected()
        if entry is None or entry.evidence_filename is None:
            return
        target = save_file(self, self.tr("Simpan salinan bukti"), "evidence-copy", entry.evidence_filename)
        if not target:
            return
        try:
            _, data = wl.read_entry_evidence(self.ctx, entry_id=entry.id)
            target.write_bytes(data)
        except Exception as exc:
            show_error(self, exc)

    def send_comment(self) -> bool:
        if self.employee_id is None:
            return False
        index = self.entries.currentIndex()
        entry_id = self.entry_model.row_at(index.row()).id if index.isValid() else None
        try:
            wlc.comment_week(
                self.ctx,
                employee_id=self.employee_id,
                week_start=self.week.monday,
                text=self.comment.toPlainText(),
                entry_id=entry_id,
            )
        except Exception as exc:
            message = user_message(exc)
            if message is None:
                show_error(self, exc)
            else:
                self.message.setText(message)
            return False
        self.comment.clear()
        self.load()
        return True
