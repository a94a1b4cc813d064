"""Catatan Harian: the pegawai's daily work log, one week at a time, with the supervisor's comments."""

from __future__ import annotations

from datetime import date, timedelta
from typing import ClassVar

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.worklog import MAX_TEXT, format_quantity, week_start
from asn_desktop.services import worklog as wl
from asn_desktop.services import worklog_comments as wlc
from asn_desktop.services.context import AppContext
from asn_desktop.services.worklog import EntryView
from asn_desktop.services.worklog_comments import CommentView
from ui.errors import show_error
from ui.locale import fmt_date, to_date
from ui.models.worklog_tables import WorklogEntryModel, fmt_quantity
from ui.views.page import Page
from ui.views.worklog_entry_bar import QuickEntryBar
from ui.views.worklog_proposal import ProposalDialog
from ui.widgets.form_dialog import FormDialog
from ui.widgets.names import named, with_popup
from ui.widgets.questions import confirm


def week_label(widget: QWidget, monday: date) -> str:
    sunday = monday + timedelta(days=6)
    start = str(monday.day) if monday.month == sunday.month else fmt_date(monday)
    return widget.tr("Minggu {start} – {end}").format(start=start, end=fmt_date(sunday))


def comments_html(widget: QWidget, comments: list[CommentView], entries: list[EntryView]) -> str:
    """The week's comments; one made on an entry names it (the start of its text)."""
    if not comments:
        return widget.tr("<i>Belum ada komentar atasan pada minggu ini.</i>")
    texts = {e.id: e.text for e in entries}
    lines = []
    for c in comments:
        about = ""
        if c.entry_id:
            text = texts.get(c.entry_id, "")
            short = text if len(text) <= 60 else text[:59] + "…"
            about = widget.tr(" · tentang “{entry}”").format(entry=_escape(short))
        lines.append(
            f"<p><b>{_escape(c.author_name)}</b> · {fmt_date(c.created_at)}{about}<br>{_escape(c.text)}</p>"
        )
    return "".join(lines)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


class WeekNavigator(QWidget):
    """◀ week ▶ with a "this week" button; the owner passes ``on_change`` to reload."""

    def __init__(self, on_change: object, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_change = on_change
        self.today = today
        self.monday = week_start(today)
        self.label = named(QLabel(), "weekLabel")
        self.label.setStyleSheet("font-weight: bold")
        previous = named(QPushButton("◀"), "previousWeek")
        previous.setMaximumWidth(40)
        previous.setToolTip(self.tr("Minggu sebelumnya (PageUp)"))
        previous.clicked.connect(lambda: self.step(-1))
        following = named(QPushButton("▶"), "nextWeek")
        following.setMaximumWidth(40)
        following.setToolTip(self.tr("Minggu berikutnya (PageDown)"))
        following.clicked.connect(lambda: self.step(1))
        this_week = named(QPushButton(self.tr("Minggu ini")), "thisWeek")
        this_week.clicked.connect(lambda: self.show_week(self.today))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(previous)
        layout.addWidget(self.label)
        layout.addWidget(following)
        layout.addWidget(this_week)
        layout.addStretch(1)
        self._show_label()

    def _show_label(self) -> None:
        self.label.setText(week_label(self, self.monday))
        self.label.setMinimumWidth(self.label.sizeHint().width())

    def step(self, weeks: int) -> None:
        self.show_week(self.monday + timedelta(weeks=weeks))

    def show_week(self, day: date) -> None:
        self.monday = week_start(day)
        self._show_label()
        self.on_change()  # type: ignore[operator]

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)


class WeekKeys(QObject):
    """PageUp/PageDown move the week wherever the focus is within ``owner`` (the table would
    otherwise scroll with them); installed on the owner and all its children."""

    STEPS: ClassVar = {Qt.Key.Key_PageUp: -1, Qt.Key.Key_PageDown: 1}

    def __init__(self, week: WeekNavigator, owner: QWidget) -> None:
        super().__init__(owner)
        self.week = week
        for widget in (owner, *owner.findChildren(QWidget)):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = self.STEPS.get(Qt.Key(event.key()))
            if step is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                self.week.step(step)
                return True
        return super().eventFilter(watched, event)


class WorklogPage(Page):
    """Top, the quick-entry bar; below, the week's entries and the supervisor's comments."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.bar = QuickEntryBar(ctx, self)
        self.bar.entry_did_save.connect(lambda _: self.load())
        self.bar.date_did_change.connect(self._date_changed)
        self.week = WeekNavigator(self.load, wl.today_for(ctx), self)
        self.model = WorklogEntryModel(self)
        self.table = named(QTableView(), "worklogTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        # Rows follow their wrapped text as the columns resize (a week is at most a few dozen rows).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WorklogEntryModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda *_: self.edit())
        for keys, act in ((QKeySequence.StandardKey.Delete, self.delete), (QKeySequence("F2"), self.edit)):
            shortcut = QShortcut(keys, self.table, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(act)
        self.summary = named(QLabel(), "worklogWeekSummary")
        self.comments = named(QLabel(wordWrap=True), "worklogComments")
        self.comments.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.comments.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout()
        self.week_keys = WeekKeys(self.week, self)

    def _layout(self) -> None:
        self.edit_button = named(QPushButton(self.tr("&Ubah…")), "editEntry")
        self.edit_button.setToolTip(self.tr("Ubah catatan terpilih (F2)"))
        self.edit_button.clicked.connect(self.edit)
        self.delete_button = named(QPushButton(self.tr("&Hapus")), "deleteEntry")
        self.delete_button.setToolTip(self.tr("Hapus catatan terpilih (Delete)"))
        self.delete_button.clicked.connect(self.delete)
        propose = named(QPushButton(self.tr("Usulkan &realisasi…")), "proposeRealisation")
        propose.clicked.connect(self.propose)
        actions = QHBoxLayout()
        actions.addWidget(self.week, 1)
        actions.addWidget(self.summary)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        actions.addWidget(propose)
        entries = QWidget()
        entries_layout = QVBoxLayout(entries)
        entries_layout.setContentsMargins(0, 0, 0, 0)
        entries_layout.addLayout(actions)
        entries_layout.addWidget(self.table, 1)
        comments_box = QGroupBox(self.tr("Komentar atasan"))
        QVBoxLayout(comments_box).addWidget(self.comments)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(entries)
        splitter.addWidget(comments_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(splitter, 1)

    def refresh(self) -> None:
        # The app may stay open past midnight: tomorrow's date becomes allowed, the chosen day stays.
        self.bar.day.setMaximumDate(QDate(wl.today_for(self.ctx)))
        year = wl.today_for(self.ctx).year
        self.bar.set_indicators(wl.loggable_indicators(self.ctx, year=year))
        self.load()
        self.bar.text.setFocus()

    def _date_changed(self, day: date) -> None:
        if week_start(day) != self.week.monday:
            self.week.show_week(day)

    def load(self) -> None:
        employee_id = self.ctx.actor.employee_id or ""
        rows = wl.list_entries(
            self.ctx, employee_id=employee_id, start=self.week.monday, end=self.week.sunday
        )
        self.model.set_rows(rows)
        total = sum(e.quantity or 0 for e in rows)
        self.summary.setText(
            self.tr("{n} catatan · {days} hari · jumlah {total}").format(
                n=len(rows), days=len({e.work_date for e in rows}), total=fmt_quantity(total)
            )
        )
        comments = wlc.list_comments(self.ctx, employee_id=employee_id, week_start=self.week.monday)
        self.comments.setText(comments_html(self, comments, rows))

    def selected(self) -> EntryView | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def edit(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        dialog = FormDialog(self.tr("Ubah catatan harian"), self)
        day = named(with_popup(QDateEdit(QDate(entry.work_date))), "editDate")
        text = named(QLineEdit(entry.text, maxLength=MAX_TEXT), "editText")
        typed = "" if entry.quantity is None else format_quantity(entry.quantity)  # as the core reads it
        quantity = named(QLineEdit(typed), "editQuantity")
        dialog.form.addRow(self.tr("Indikator"), QLabel(entry.indicator_text, wordWrap=True))
        dialog.form.addRow(self.tr("Tanggal"), day)
        dialog.form.addRow(self.tr("Kegiatan"), text)
        dialog.form.addRow(self.tr("Jumlah"), quantity)
        dialog.action = lambda: wl.edit_entry(
            self.ctx,
            entry_id=entry.id,
            text=text.text(),
            quantity=quantity.text(),
            work_date=to_date(day.date()),
        )
        if dialog.exec():
            self.load()

    def delete(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        if not confirm(
            self,
            self.tr("Hapus catatan"),
            self.tr("Hapus catatan {date}: “{text}”?").format(
                date=fmt_date(entry.work_date), text=entry.text[:80]
            ),
            self.tr("&Hapus"),
        ):
            return
        try:
            wl.delete_entry(self.ctx, entry_id=entry.id)
        except Exception as exc:
            show_error(self, exc)
        self.load()

    def propose(self) -> None:
        dialog = ProposalDialog(self.ctx, self)
        dialog.exec()
        self.load()
