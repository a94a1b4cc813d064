"""Review meeting mode: a supervisor with a laptop in a room, walking through the team one by one.

``MeetingPage`` chooses the participants, date, place and period; ``MeetingRunner`` is the clean,
large-font view shown during the meeting (PageUp/PageDown move between people), where the minutes,
a note per person and the decisions are taken and each person may be rated. The minutes save
themselves; "Simpan notulen" also stores pending ratings and keeps the meeting open, "Selesai rapat"
ends it.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QDate,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.period import Period
from asn_desktop.services.context import AppContext
from asn_desktop.services.meetings_read import MeetingRow, list_meetings
from ui.locale import fmt_date, to_date
from ui.models.meeting_participants import ParticipantModel
from ui.models.rows import Column, RowTableModel
from ui.views.meeting_facts import big_font, boxed
from ui.views.meeting_runner import MeetingRunner
from ui.views.page import Page
from ui.views.team_page import fill_periods
from ui.widgets.names import named, with_popup
from ui.widgets.tone import Tone, set_tone


def meeting_columns(widget: QWidget) -> list[Column[MeetingRow]]:
    def period_label(m: MeetingRow) -> str:
        return Period.parse(m.period_key).label

    return [
        Column(widget.tr("Tanggal"), lambda m: fmt_date(m.held_on), sort=lambda m: m.held_on),
        Column(widget.tr("Periode"), period_label),
        Column(widget.tr("Tempat"), lambda m: m.place or ""),
        Column(widget.tr("Peserta"), lambda m: ", ".join(p.name for p in m.participants)),
        Column(widget.tr("Notulen"), lambda m: (m.minutes or "").replace("\n", " ")[:120]),
    ]


class MeetingPage(Page):
    """Choose the participants and the meeting's facts, then run it in ``MeetingRunner``."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.participants = ParticipantModel(ctx, self)
        self.participants.checks_did_change.connect(self._count_checked)
        self.runner = MeetingRunner(ctx, self)
        self.runner.edited.connect(lambda: self.mark_dirty(self.runner.is_dirty()))
        self.runner.meeting_did_save.connect(self._saved)
        self.runner.back_requested.connect(self.back_to_setup)
        self.runner.finish_requested.connect(self._finished)
        self.setup = named(QWidget(), "meetingSetup")
        columns = QHBoxLayout(self.setup)
        columns.addWidget(self._participants_box(), 2)
        columns.addLayout(self._meeting_column(), 3)
        self.stack = named(QStackedWidget(), "meetingStack")
        self.stack.addWidget(self.setup)
        self.stack.addWidget(self.runner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setTabOrder(self.search, self.people)
        self.setTabOrder(self.people, self.held_on)
        self.setTabOrder(self.held_on, self.place)
        self.setTabOrder(self.place, self.period)
        self.setTabOrder(self.period, self.start_button)

    def _participants_box(self) -> QGroupBox:
        self.search = named(QLineEdit(clearButtonEnabled=True), "participantSearch")
        self.search.setPlaceholderText(self.tr("Cari nama atau NIP…"))
        self.search.textChanged.connect(self.participants.set_filter)
        self.people = named(QListView(), "participantList")
        self.people.setModel(self.participants)
        self.people.setSelectionMode(QListView.SelectionMode.SingleSelection)
        all_button = named(QPushButton(self.tr("Pilih semua")), "checkAll")
        all_button.clicked.connect(lambda: self.participants.set_all_visible(True))
        none_button = named(QPushButton(self.tr("Kosongkan")), "checkNone")
        none_button.clicked.connect(lambda: self.participants.set_all_visible(False))
        self.checked_count = named(QLabel(), "checkedCount")
        buttons = QHBoxLayout()
        buttons.addWidget(all_button)
        buttons.addWidget(none_button)
        buttons.addStretch(1)
        buttons.addWidget(self.checked_count)
        box = QGroupBox(self.tr("Peserta rapat (bawahan langsung)"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.search)
        layout.addWidget(self.people, 1)
        layout.addLayout(buttons)
        return box

    def _meeting_column(self) -> QVBoxLayout:
        self.held_on = named(with_popup(QDateEdit()), "meetingDate")
        self.held_on.setDisplayFormat("d MMMM yyyy")
        self.held_on.setDate(QDate(self.ctx.workspace.now().date()))
        self.place = named(QLineEdit(), "meetingPlace")
        self.place.setPlaceholderText(self.tr("mis. Ruang Rapat Lt. 2"))
        self.period = named(QComboBox(), "meetingPeriod")
        self.start_button = named(QPushButton(self.tr("&Mulai rapat")), "startMeeting")
        big_font(self.start_button, 13, bold=True)
        self.start_button.clicked.connect(self.start)
        self.setup_message = named(QLabel(wordWrap=True), "setupMessage")
        form = QFormLayout()
        form.addRow(self.tr("&Tanggal"), self.held_on)
        form.addRow(self.tr("Tem&pat"), self.place)
        form.addRow(self.tr("P&eriode"), self.period)
        form.addRow("", self.start_button)
        form.addRow("", self.setup_message)
        facts = QGroupBox(self.tr("Rapat evaluasi kinerja"))
        facts.setLayout(form)
        column = QVBoxLayout()
        column.addWidget(facts)
        column.addWidget(self._history_box(), 1)
        return column

    def _history_box(self) -> QGroupBox:
        self.history_model: RowTableModel[MeetingRow] = RowTableModel(meeting_columns(self), self)
        self.history_proxy = QSortFilterProxyModel(self)
        self.history_proxy.setSourceModel(self.history_model)
        self.history_proxy.setFilterKeyColumn(-1)
        self.history_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.history_search = named(QLineEdit(clearButtonEnabled=True), "meetingHistorySearch")
        self.history_search.setPlaceholderText(self.tr("Cari rapat (peserta, tempat, notulen)…"))
        self.history_search.textChanged.connect(self.history_proxy.setFilterFixedString)
        self.history = named(QTableView(), "meetingHistory")
        self.history.setModel(self.history_proxy)
        self.history.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.history.verticalHeader().hide()
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((140, 130, 150, 220)):
            self.history.setColumnWidth(column, width)
        return boxed(self.tr("Rapat sebelumnya"), self.history_search, self.history)

    def refresh(self) -> None:
        year = self.ctx.workspace.now().year
        fill_periods(self.period, self.ctx, year)
        self.participants.set_filter(self.search.text())
        self._count_checked()
        self.history_model.set_rows(list_meetings(self.ctx))

    def _count_checked(self) -> None:
        self.checked_count.setText(self.tr("{n} dipilih").format(n=len(self.participants.checked)))

    def start(self) -> bool:
        people = self.participants.checked_rows()
        if not people:
            set_tone(self.setup_message, Tone.ERROR)
            self.setup_message.setText(self.tr("Pilih paling sedikit satu pegawai peserta rapat."))
            return False
        self.setup_message.clear()
        self.runner.start(
            people,
            period_key=self.period.currentData(),
            held_on=to_date(self.held_on.date()),
            place=self.place.text().strip() or None,
        )
        self.stack.setCurrentWidget(self.runner)
        self.runner.minutes.setFocus()
        return True

    def save_changes(self) -> bool:
        return self.runner.save() is not None

    def unsaved_what(self) -> str:
        return self.tr("notulen dan rating rapat")

    def back_to_setup(self) -> None:
        if not self.confirm_leave():
            return
        self.stack.setCurrentWidget(self.setup)

    def _saved(self, _meeting_id: str) -> None:
        """Saved by hand or by the autosave: the meeting goes on; the history shows it already."""
        self.mark_dirty(self.runner.is_dirty())
        self.history_model.set_rows(list_meetings(self.ctx))

    def _finished(self) -> None:
        self.mark_dirty(False)
        self.stack.setCurrentWidget(self.setup)
        set_tone(self.setup_message, Tone.OK)
        self.setup_message.setText(self.tr("Notulen rapat terakhir tersimpan."))
