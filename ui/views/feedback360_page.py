"""Umpan Balik 360° for every employee: the rounds I must answer (one row per item, score by the
keys 1–5, optional comment) and "Hasil 360° Saya", the aggregated results of closed rounds about me.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.competency import SCALE, RaterRelation, RoundStatus
from asn_desktop.domain.period import Period
from asn_desktop.errors import user_message
from asn_desktop.services import competency as comp
from asn_desktop.services.competency import PendingRound, SubjectItemResult, SubjectSummary
from asn_desktop.services.context import AppContext
from ui.errors import show_error
from ui.locale import fmt_date
from ui.models.feedback360 import AnswerModel, ResultModel, SpreadRole, item_tooltip
from ui.models.roles import RowRole
from ui.models.rows import Column, RowTableModel
from ui.views.page import Page
from ui.widgets.current_row import current_row
from ui.widgets.names import named
from ui.widgets.spread_delegate import SpreadDelegate
from ui.widgets.tone import Tone, set_tone

Index = QModelIndex | QPersistentModelIndex
_SCORE_KEYS = {str(level.score) for level in SCALE}


class ScoreDelegate(QStyledItemDelegate):
    """A spin box bounded by the scale, for editing a score with the mouse or F2."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QSpinBox(parent)
        box.setRange(SCALE[0].score, SCALE[-1].score)
        return box


class AnswerTable(QTableView):
    """Typing 1–5 anywhere but in the comment column scores the current item and moves down."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model, index = self.model(), self.currentIndex()
        if (
            isinstance(model, AnswerModel)
            and index.isValid()
            and not model.read_only
            and index.column() != AnswerModel.COMMENT
            and event.text() in _SCORE_KEYS
        ):
            model.setData(model.index(index.row(), AnswerModel.SCORE), int(event.text()))
            self.setCurrentIndex(model.index(min(index.row() + 1, model.rowCount() - 1), index.column()))
            return
        super().keyPressEvent(event)


class AnswerPanel(QWidget):
    """One round's form for me as a rater.

    Signals:
        answers_did_save(): the core accepted the answers.
    """

    answers_did_save = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.round_id: str | None = None
        self.header = named(QLabel(wordWrap=True), "answerHeader")
        self.model = AnswerModel(self)
        self.table = named(AnswerTable(), "answerTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(AnswerModel.SCORE, ScoreDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked
            | QTableView.EditTrigger.EditKeyPressed
            | QTableView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AnswerModel.COMMENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AnswerModel.SCORE, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(AnswerModel.SCORE, 64)
        self.table.selectionModel().currentRowChanged.connect(self._show_guidance)
        self.guidance = named(QLabel(wordWrap=True), "answerGuidance")
        self.message = named(QLabel(wordWrap=True), "answerMessage")
        self.save_button = named(QPushButton(self.tr("&Simpan jawaban")), "saveAnswers")
        self.save_button.clicked.connect(self.save)
        bar = QHBoxLayout()
        bar.addWidget(self.message, 1)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.guidance)
        layout.addLayout(bar)
        self.load(None)

    def load(self, round_id: str | None) -> None:
        self.round_id = round_id
        self.message.clear()
        if round_id is None:
            self.model.load(None, read_only=True)
            self.header.setText(self.tr("Pilih putaran di daftar untuk mengisi jawaban."))
            self.guidance.clear()
            self.save_button.setEnabled(False)
            return
        form = comp.round_form(self.ctx, round_id)
        read_only = form.status is not RoundStatus.OPEN
        self.model.load(form, read_only=read_only)
        about = (
            self.tr("diri Anda sendiri")
            if form.relation is RaterRelation.DIRI
            else self.tr("{name} (Anda sebagai {relation})").format(
                name=form.employee_name, relation=form.relation.label.lower()
            )
        )
        self.header.setText(
            self.tr(
                "<b>{period}</b> · penilaian tentang {about}. Ketik 1–5 untuk memberi skor: {scale}."
            ).format(
                period=Period.parse(form.period_key).label,
                about=about,
                scale=", ".join(f"{lv.score} {lv.label}" for lv in SCALE),
            )
        )
        self.save_button.setEnabled(not read_only)
        self.table.setCurrentIndex(self.model.index(0, AnswerModel.SCORE))

    def _show_guidance(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = current.data(RowRole) if current.isValid() else None
        self.guidance.setText(item_tooltip(item) if item else "")

    def save(self) -> bool:
        assert self.round_id is not None
        try:
            comp.submit_answers(self.ctx, round_id=self.round_id, answers=self.model.answers())
        except Exception as exc:
            message = user_message(exc)
            if message is None:
                show_error(self, exc)
                return False
            set_tone(self.message, Tone.ERROR)
            self.message.setText(message)
            return False
        set_tone(self.message, Tone.OK)
        self.message.setText(
            self.tr("Jawaban tersimpan. Anda dapat mengubahnya selama putaran masih terbuka.")
        )
        self.answers_did_save.emit()
        return True


class ResultsPanel(QWidget):
    """Hasil 360° Saya: a closed round about me, peers aggregated and only from three answers."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rounds = named(QComboBox(), "resultRound")
        self.rounds.currentIndexChanged.connect(lambda *_: self._show_round())
        self.notice = named(QLabel(wordWrap=True), "resultNotice")
        self.model = ResultModel(self)
        self.table = named(QTableView(), "resultTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(4, SpreadDelegate(SpreadRole, self.table))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(4, 150)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_comments())
        self.comments = named(QTextBrowser(), "resultComments")
        top = QHBoxLayout()
        label = QLabel(self.tr("&Putaran"))
        label.setBuddy(self.rounds)
        top.addWidget(label)
        top.addWidget(self.rounds, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.comments)
        splitter.setSizes([400, 140])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)

    def refresh(self) -> None:
        chosen = self.rounds.currentData()
        self.rounds.blockSignals(True)
        self.rounds.clear()
        for r in comp.rounds_about(self.ctx):
            when = fmt_date(r.closed_at)
            self.rounds.addItem(
                self.tr("{period} (ditutup {date})").format(
                    period=Period.parse(r.period_key).label, date=when
                ),
                r.id,
            )
        self.rounds.setCurrentIndex(max(0, self.rounds.findData(chosen)))
        self.rounds.blockSignals(False)
        self._show_round()

    def _show_round(self) -> None:
        round_id = self.rounds.currentData()
        summary: SubjectSummary | None = (
            comp.round_summary_for_subject(self.ctx, round_id) if round_id else None
        )
        self.model.set_rows(list(summary.items) if summary else [])
        if summary is None:
            self.notice.setText(self.tr("Belum ada hasil umpan balik 360° yang ditutup tentang Anda."))
        elif not summary.peers_shown:
            self.notice.setText(
                self.tr(
                    "Belum cukup tanggapan rekan ({n} menjawab, minimal 3): jawaban rekan tidak ditampilkan."
                ).format(n=summary.peers_answered)
            )
        else:
            self.notice.setText(
                self.tr(
                    "{n} rekan menjawab; ditampilkan sebagai rentang terendah–rata-rata–tertinggi tanpa nama."
                ).format(n=summary.peers_answered)
            )
        self.table.selectRow(0)
        self._show_comments()

    def _show_comments(self) -> None:
        index = self.table.currentIndex()
        row: SubjectItemResult | None = index.data(RowRole) if index.isValid() else None
        if row is None:
            self.comments.clear()
            return
        parts = [f"<b>{row.item.label}</b>"]
        for who, text in (
            (RaterRelation.DIRI.label, row.own_comment),
            (RaterRelation.ATASAN.label, row.supervisor_comment),
        ):
            if text:
                parts.append(f"<i>{who}</i>: {text}")
        parts += [f"<i>{RaterRelation.REKAN.label}</i>: {c}" for c in row.peer_comments]
        if len(parts) == 1:
            parts.append(self.tr("<i>Tidak ada komentar.</i>"))
        self.comments.setHtml("<br>".join(parts))


class Feedback360Page(Page):
    """Tabs: Perlu Dijawab (rounds where I am a rater) and Hasil 360° Saya."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.pending: RowTableModel[PendingRound] = RowTableModel(
            [
                Column(self.tr("Pegawai yang dinilai"), lambda r: r.employee_name),
                Column(self.tr("Sebagai"), lambda r: r.relation.label),
                Column(self.tr("Periode"), lambda r: Period.parse(r.period_key).label),
                Column(
                    self.tr("Status"),
                    lambda r: (
                        self.tr("belum dijawab") if r.submitted_at is None else self.tr("sudah dijawab")
                    ),
                ),
            ],
            self,
        )
        self.list = named(QTableView(), "pendingRounds")
        self.list.setModel(self.pending)
        self.list.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.list.verticalHeader().hide()
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.horizontalHeader().setStretchLastSection(True)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._round_chosen())
        self.answers = AnswerPanel(ctx, self)
        self.answers.model.edited.connect(lambda: self.mark_dirty(True))
        self.answers.answers_did_save.connect(self._saved)
        self.results = ResultsPanel(ctx, self)
        splitter = named(QSplitter(Qt.Orientation.Vertical), "answerSplitter")
        splitter.addWidget(self.list)
        splitter.addWidget(self.answers)
        splitter.setSizes([110, 590])
        self.tabs = named(QTabWidget(), "feedback360Tabs")
        self.tabs.addTab(splitter, self.tr("Perlu &Dijawab"))
        self.tabs.addTab(self.results, self.tr("&Hasil 360° Saya"))
        self.tabs.currentChanged.connect(lambda *_: self.refresh())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        if self.tabs.currentWidget() is self.results:
            self.results.refresh()
            return
        if self.dirty:
            return
        chosen = self.answers.round_id
        self.pending.set_rows(comp.my_pending_rounds(self.ctx, include_answered=True))
        rows = [r.round_id for r in self.pending.rows]
        if chosen in rows or rows:
            self.list.selectRow(rows.index(chosen) if chosen in rows else 0)
        else:
            self.answers.load(None)

    def _round_chosen(self) -> None:
        chosen = current_row(self.list)
        round_id = chosen.round_id if chosen else None
        if round_id == self.answers.round_id:
            return
        if not self.confirm_leave():
            self._select_round(self.answers.round_id)  # the list shows the round still open
            return
        try:
            self.answers.load(round_id)
        except Exception as exc:
            show_error(self, exc)
            self.answers.load(None)
        self.mark_dirty(False)

    def save_changes(self) -> bool:
        return self.answers.round_id is not None and self.answers.save()

    def unsaved_what(self) -> str:
        return self.tr("jawaban umpan balik 360°")

    def _select_round(self, round_id: str | None) -> None:
        rows = [r.round_id for r in self.pending.rows]
        if round_id in rows:
            self.list.selectionModel().blockSignals(True)
            self.list.selectRow(rows.index(round_id))
            self.list.selectionModel().blockSignals(False)

    def _saved(self) -> None:
        self.mark_dirty(False)
        chosen = self.answers.round_id
        self.pending.set_rows(comp.my_pending_rounds(self.ctx, include_answered=True))
        self._select_round(chosen)
