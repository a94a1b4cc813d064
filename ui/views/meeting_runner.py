"""The meeting itself: a clean, large-font view of one person at a time (PageUp/PageDown move on).

The minutes, a note per person and the decisions are taken here and each person may be rated.
The minutes, decisions and notes are saved by themselves a few seconds after typing stops (the
first time as a new meeting record, ``record_meeting``, then ``update_meeting``), so a flat
battery loses at most those seconds. *Simpan notulen* stores the pending ratings (``assess``) and
the minutes and stays in the meeting; *Selesai rapat* does the same and goes back to the setup.
Ratings are never saved by themselves: a rating is a decision the penilai makes on purpose.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.rating import Rating
from asn_desktop.domain.skp_state import assessment_is_editable, ensure_editable_assessment
from asn_desktop.errors import ValidationFailed, user_message
from asn_desktop.services import assessment as asm
from asn_desktop.services.context import AppContext
from asn_desktop.services.directory import EmployeeRow
from asn_desktop.services.meeting import record_meeting, update_meeting
from ui.errors import show_error
from ui.locale import fmt_time
from ui.views.meeting_facts import MeetingFacts, big_font, boxed
from ui.widgets.names import named
from ui.widgets.public_feedback_line import PublicFeedbackLine
from ui.widgets.rating_selector import RatingSelector
from ui.widgets.tone import Tone, set_tone

Index = QModelIndex | QPersistentModelIndex
MEETING_POINT_SIZE = 14
THUMB = QSize(84, 84)
MAX_THUMBS = 8
PAGE_KEYS = {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}
AUTOSAVE_MS = 3000


def _text_edit(name: str, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    return edit


class MeetingRunner(QWidget):
    """The large-font view used during the meeting, one person at a time.

    Signals:
        edited(): minutes, decisions, a note or a rating changed.
        meeting_did_save(str): the meeting record was stored (its id), by hand or by the autosave.
        back_requested(): the user asked for the participant choice again.
        finish_requested(): the user ended the meeting (after it was saved).
    """

    edited = Signal()
    meeting_did_save = Signal(str)
    back_requested = Signal()
    finish_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("meetingRunner")
        big_font(self, max(MEETING_POINT_SIZE, self.font().pointSize()))
        self.people: list[EmployeeRow] = []
        self.index = 0
        self.period_key = ""
        self.held_on = date.today()
        self.place: str | None = None
        self.notes: dict[str, str] = {}
        self.rating_drafts: dict[str, tuple[Rating | None, Rating | None]] = {}
        self.meeting_id: str | None = None
        self._dirty = False
        self.autosave_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.facts = MeetingFacts(ctx, self)
        self.progress, self.thumbs, self.feedback = (
            self.facts.progress,
            self.facts.thumbs,
            self.facts.feedback,
        )
        columns = QSplitter(Qt.Orientation.Horizontal)
        for column in (self.facts.column, self._minutes_column(), self._person_column()):
            columns.addWidget(column)
        columns.setChildrenCollapsible(False)
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(self.facts.targets)
        body.addWidget(columns)
        body.setChildrenCollapsible(False)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 1)
        body.setSizes([300, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        layout.addWidget(body, 1)
        layout.addLayout(self._footer())
        # PageUp/PageDown move between people wherever the focus is, even in the minutes: the text
        # edits would otherwise scroll with them, so the keys are taken before the children see them.
        for child in (self, *self.findChildren(QWidget)):
            child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = PAGE_KEYS.get(Qt.Key(event.key()))
            if step is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                (self.next if step > 0 else self.previous)()
                return True
        return super().eventFilter(watched, event)

    # -- building -------------------------------------------------------------------------------

    def _header(self) -> QHBoxLayout:
        self.name = named(QLabel(), "meetingName")
        big_font(self.name, 22, bold=True)
        self.position = named(QLabel(), "meetingPosition")
        set_tone(self.position, Tone.MUTED)
        self.counter = named(QLabel(), "meetingCounter")
        big_font(self.counter, 16)
        self.public_feedback = PublicFeedbackLine(self.ctx, self)
        facts = QHBoxLayout()  # position and the public's score share a line: height is scarce
        self.position.setWordWrap(True)  # both wrap: neither may widen the window's minimum
        facts.addWidget(self.position, 3)
        facts.addSpacing(24)
        facts.addWidget(self.public_feedback, 2)
        who = QVBoxLayout()
        who.addWidget(self.name)
        who.addLayout(facts)
        header = QHBoxLayout()
        header.addLayout(who, 1)
        header.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignTop)
        return header

    def _minutes_column(self) -> QWidget:
        self.minutes = _text_edit("meetingMinutes", self.tr("Jalannya rapat, untuk semua peserta"))
        self.decisions = _text_edit("meetingDecisions", self.tr("Keputusan dan tindak lanjut"))
        column = QSplitter(Qt.Orientation.Vertical)
        column.addWidget(boxed(self.tr("Notulen rapat"), self.minutes))
        column.addWidget(boxed(self.tr("Keputusan rapat"), self.decisions))
        column.setChildrenCollapsible(False)
        column.setSizes([250, 150])
        return column

    def _person_column(self) -> QWidget:
        self.note = _text_edit("meetingNote", self.tr("Catatan khusus untuk pegawai ini"))
        for edit in (self.minutes, self.note, self.decisions):
            edit.textChanged.connect(self._changed)
            edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.note_box = boxed(self.tr("Catatan untuk pegawai"), self.note)
        self.ratings = RatingSelector(self)
        self.ratings.ratings_did_change.connect(self._rating_changed)
        self.rate_button = named(QPushButton(self.tr("Simpan &rating")), "saveMeetingRating")
        self.rate_button.clicked.connect(self.save_rating)
        self.rating_status = named(QLabel(wordWrap=True), "meetingRatingStatus")
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.rating_status, 1)
        rate_row.addWidget(self.rate_button)
        rating_box = QGroupBox(self.tr("Penilaian"))
        rating_layout = QVBoxLayout(rating_box)
        rating_layout.addWidget(self.ratings)
        rating_layout.addLayout(rate_row)
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note_box, 1)
        layout.addWidget(rating_box)
        return column

    def _footer(self) -> QHBoxLayout:
        self.previous_button = named(QPushButton(self.tr("◀ Sebelumnya (PgUp)")), "meetingPrevious")
        self.previous_button.clicked.connect(self.previous)
        self.next_button = named(QPushButton(self.tr("Berikutnya (PgDn) ▶")), "meetingNext")
        self.next_button.clicked.connect(self.next)
        back = named(QPushButton(self.tr("Ubah peserta")), "meetingBack")
        back.clicked.connect(self.back_requested)
        self.save_button = named(QPushButton(self.tr("Simpan &notulen")), "saveMinutes")
        self.save_button.setToolTip(
            self.tr("Menyimpan notulen dan rating yang belum disimpan; rapat berlanjut")
        )
        self.save_button.clicked.connect(self.save)
        self.finish_button = named(QPushButton(self.tr("Se&lesai rapat")), "finishMeeting")
        self.finish_button.clicked.connect(self.finish)
        self.message = named(QLabel(wordWrap=True), "meetingMessage")
        footer = QHBoxLayout()
        footer.addWidget(self.previous_button)
        footer.addWidget(self.next_button)
        footer.addWidget(self.message, 1)
        footer.addWidget(back)
        footer.addWidget(self.save_button)
        footer.addWidget(self.finish_button)
        return footer

    # -- walking through ------------------------------------------------------------------------

    def start(self, people: list[EmployeeRow], *, period_key: str, held_on: date, place: str | None) -> None:
        self.people, self.period_key, self.held_on, self.place = list(people), period_key, held_on, place
        self.notes.clear()
        self.rating_drafts.clear()
        for edit in (self.minutes, self.decisions):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        self._dirty = False
        self.meeting_id = None
        self.autosave_timer.stop()
        self.message.clear()
        self.go(0)

    @property
    def current(self) -> EmployeeRow | None:
        return self.people[self.index] if self.people else None

    def next(self) -> None:
        if self.index + 1 < len(self.people):
            self.go(self.index + 1)

    def previous(self) -> None:
        if self.index > 0:
            self.go(self.index - 1)

    def go(self, index: int) -> None:
        """Leave the current person's note and ratings as drafts, then show person ``index``."""
        if not self.people:
            return
        if self.autosave_timer.isActive():
            self.autosave()  # moving on is a natural moment to keep what was typed
        self.index = max(0, min(index, len(self.people) - 1))
        person = self.people[self.index]
        self.name.setText(person.name)
        self.position.setText(" · ".join(p for p in (person.position_name, person.unit_name) if p))
        self.counter.setText(
            self.tr("Pegawai {n} dari {total}").format(n=self.index + 1, total=len(self.people))
        )
        self.note_box.setTitle(self.tr("Catatan untuk {name}").format(name=person.name))
        self.note.blockSignals(True)
        self.note.setPlainText(self.notes.get(person.id, ""))
        self.note.blockSignals(False)
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index + 1 < len(self.people))
        try:
            self.facts.show(person, self.period_key)
            self.public_feedback.load(person.id, self.period_key)
            self._show_rating(person)
        except Exception as exc:
            message = user_message(exc)
            if message is None:
                raise
            set_tone(self.message, Tone.ERROR)
            self.message.setText(message)

    def _show_rating(self, person: EmployeeRow) -> None:
        view = asm.get_assessment(self.ctx, employee_id=person.id, period_key=self.period_key)
        status_ok = view is None or assessment_is_editable(view.status)
        if person.id in self.rating_drafts:
            self.ratings.set_ratings(*self.rating_drafts[person.id])
        else:
            self.ratings.set_ratings(
                view.rating_hasil if view else None, view.rating_perilaku if view else None
            )
        self.ratings.set_read_only(not status_ok)
        self.rate_button.setEnabled(status_ok)
        set_tone(self.rating_status, None)
        if not status_ok and view is not None:
            try:
                ensure_editable_assessment(view.status)
            except Exception as exc:
                self.rating_status.setText(user_message(exc) or "")
        elif person.id in self.rating_drafts:
            self.rating_status.setText(self.tr("Rating belum disimpan."))
        elif view and view.predikat:
            self.rating_status.setText(self.tr("Tersimpan: {predikat}").format(predikat=view.predikat.label))
        else:
            self.rating_status.setText(self.tr("Belum dinilai."))

    # -- editing --------------------------------------------------------------------------------

    def _changed(self) -> None:
        person = self.current
        if person is not None:
            self.notes[person.id] = self.note.toPlainText()
        self._dirty = True
        self.autosave_timer.start()  # again: a few seconds after the typing stops
        self.edited.emit()

    def _rating_changed(self) -> None:
        person = self.current
        if person is None:
            return
        self.rating_drafts[person.id] = self.ratings.ratings()
        set_tone(self.rating_status, None)
        self.rating_status.setText(self.tr("Rating belum disimpan."))
        self._dirty = True
        self.edited.emit()

    def is_dirty(self) -> bool:
        """Text not saved yet, or a rating chosen but not saved."""
        return self._dirty or bool(self._pending_ratings())

    def forget(self) -> None:
        """Leave without saving (the user chose *Buang*)."""
        self._dirty = False
        self.rating_drafts.clear()
        self.autosave_timer.stop()

    def _store_minutes(self) -> str:
        """Record the meeting the first time, then update it; its id."""
        notes = {k: v.strip() for k, v in self.notes.items() if v.strip()}
        decisions = self.decisions.toPlainText().strip() or None
        if self.meeting_id is None:
            self.meeting_id = record_meeting(
                self.ctx,
                held_on=self.held_on,
                period_key=self.period_key,
                participant_ids=[p.id for p in self.people],
                minutes=self.minutes.toPlainText(),
                decisions=decisions,
                place=self.place,
                notes=notes,
            )
        else:
            update_meeting(
                self.ctx,
                meeting_id=self.meeting_id,
                minutes=self.minutes.toPlainText(),
                decisions=decisions,
                place=self.place,
                notes=notes,
            )
        return self.meeting_id

    def autosave(self) -> str | None:
        """Minutes, decisions and notes, without the ratings; quietly skipped while the minutes are empty."""
        self.autosave_timer.stop()
        if not self._dirty or not self.minutes.toPlainText().strip():
            return None
        self._changed_note_kept()
        try:
            meeting_id = self._store_minutes()
        except Exception as exc:
            self._refused(exc, self.message)
            return None
        self._dirty = False
        set_tone(self.message, Tone.MUTED)
        self.message.setText(
            self.tr("Tersimpan otomatis {time}").format(time=fmt_time(self.ctx.workspace.now()))
        )
        self.meeting_did_save.emit(meeting_id)
        self.edited.emit()
        return meeting_id

    def _assess(self, person: EmployeeRow, hasil: Rating | None, perilaku: Rating | None) -> None:
        if hasil is None or perilaku is None:
            raise ValidationFailed(
                self.tr("Lengkapi kedua rating untuk {name} atau kembalikan keduanya ke “pilih”.").format(
                    name=person.name
                )
            )
        asm.assess(
            self.ctx,
            employee_id=person.id,
            period_key=self.period_key,
            rating_hasil=hasil,
            rating_perilaku=perilaku,
        )
        self.rating_drafts.pop(person.id, None)

    def save_rating(self) -> bool:
        person = self.current
        if person is None:
            return False
        try:
            self._assess(person, *self.ratings.ratings())
        except Exception as exc:
            return self._refused(exc, self.rating_status)
        self._show_rating(person)
        set_tone(self.rating_status, Tone.OK)
        return True

    def _pending_ratings(self) -> list[tuple[EmployeeRow, Rating | None, Rating | None]]:
        by_id = {p.id: p for p in self.people}
        return [
            (by_id[emp_id], hasil, perilaku)
            for emp_id, (hasil, perilaku) in self.rating_drafts.items()
            if emp_id in by_id and (hasil, perilaku) != (None, None)
        ]

    def save(self) -> str | None:
        """Pending ratings first (each is its own record), then the minutes; the meeting goes on."""
        self.autosave_timer.stop()
        self._changed_note_kept()
        try:
            for person, hasil, perilaku in self._pending_ratings():
                self._assess(person, hasil, perilaku)
            meeting_id = self._store_minutes()
        except Exception as exc:
            self._refused(exc, self.message)
            return None
        self._dirty = False
        self.rating_drafts.clear()
        if self.current is not None:
            self._show_rating(self.current)
        set_tone(self.message, Tone.OK)
        self.message.setText(
            self.tr("Notulen rapat tersimpan {time}.").format(time=fmt_time(self.ctx.workspace.now()))
        )
        self.meeting_did_save.emit(meeting_id)
        self.edited.emit()
        return meeting_id

    def finish(self) -> str | None:
        """Save, then end the meeting (the page goes back to the setup)."""
        meeting_id = self.save()
        if meeting_id is not None:
            self.finish_requested.emit()
        return meeting_id

    def _changed_note_kept(self) -> None:
        person = self.current
        if person is not None:
            self.notes[person.id] = self.note.toPlainText()

    def _refused(self, exc: Exception, label: QLabel) -> bool:
        message = user_message(exc)
        if message is None:
            show_error(self, exc)
            return False
        set_tone(label, Tone.ERROR)
        label.setText(message)
        return False
