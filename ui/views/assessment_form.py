"""Assessing one subordinate for one period: the evidence side by side with the two ratings.

Left: targets against realisations and the evidence of the selected indicator. Right: what others
said (the pegawai's self-assessment, peer and public feedback), the supervisor's own feedback, and
the two ratings with the predikat read live from the matrix. Nothing here decides anything: the
services check every permission and state, the form shows their Indonesian refusal.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.berakhlak import CORE_VALUES
from asn_desktop.domain.permissions import FeedbackSource
from asn_desktop.domain.skp_state import AssessmentStatus, assessment_is_editable, ensure_editable_assessment
from asn_desktop.errors import user_message
from asn_desktop.services import assessment as asm
from asn_desktop.services.assessment import AssessmentView
from asn_desktop.services.context import AppContext
from asn_desktop.services.org_predikat import leader_rating
from asn_desktop.services.overview import FeedbackRow, IndicatorProgress, feedback_for, progress
from asn_desktop.services.skp import SkpView
from ui.errors import show_error
from ui.models.feedback_filter import FeedbackFilter, feedback_columns
from ui.models.rows import RowTableModel
from ui.views.evidence_panel import EvidencePanel
from ui.views.progress_table import ProgressTable
from ui.widgets.current_row import on_current_row
from ui.widgets.names import named
from ui.widgets.public_feedback_line import PublicFeedbackLine
from ui.widgets.questions import confirm
from ui.widgets.rating_selector import RatingSelector
from ui.widgets.tone import Tone, set_tone


def _pair(left: QWidget, right: QWidget) -> QSplitter:
    pair = QSplitter(Qt.Orientation.Horizontal)
    pair.addWidget(left)
    pair.addWidget(right)
    pair.setChildrenCollapsible(False)
    pair.setStretchFactor(0, 1)
    pair.setStretchFactor(1, 1)
    return pair


class AssessmentForm(QWidget):
    """One subordinate, one period.

    Signals:
        edited(): the user changed ratings, notes or a feedback draft that is not saved yet.
        assessment_did_change(): the assessment was saved, finalised or reopened.
    """

    edited = Signal()
    assessment_did_change = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.employee_id: str | None = None
        self.period_key: str | None = None
        self.skp_id: str | None = None  # after a mutasi: the SKP whose months are evaluated
        self.skp: SkpView | None = None
        self.view: AssessmentView | None = None
        self.rhk_texts: dict[str, str] = {}
        self.feedback_model: RowTableModel[FeedbackRow] = RowTableModel(feedback_columns(self, {}), self)
        self.feedback_proxy = FeedbackFilter(self)
        self.feedback_proxy.setSourceModel(self.feedback_model)
        rows = named(QSplitter(Qt.Orientation.Vertical), "assessmentSplitter")
        rows.addWidget(self._targets_box())
        rows.addWidget(_pair(self._evidence_box(), self._inputs_box()))
        rows.addWidget(self._rating_box())
        rows.setChildrenCollapsible(False)
        for row, stretch in enumerate((3, 2, 0)):
            rows.setStretchFactor(row, stretch)
        rows.setSizes([270, 230, 110])  # at 1366×768 the targets show four or five indicators
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(rows)

    # -- building -------------------------------------------------------------------------------

    def _targets_box(self) -> QGroupBox:
        self.progress = ProgressTable(self)
        self.progress.setObjectName("assessmentProgress")
        # The RHK is in each indicator's tooltip: without its column the table shows four or five
        # indicators at 1366×768 instead of one and a half.
        self.progress.hideColumn(0)
        for column, width in ((1, 300), (2, 120), (3, 135), (4, 150)):
            self.progress.setColumnWidth(column, width)
        on_current_row(self.progress, self._show_evidence)
        box = QGroupBox(self.tr("Target dan realisasi"))
        QVBoxLayout(box).addWidget(self.progress)
        return box

    def _evidence_box(self) -> QGroupBox:
        self.evidence = EvidencePanel(self.ctx, self, editable=False)
        box = QGroupBox(self.tr("Bukti dukung indikator terpilih"))
        QVBoxLayout(box).addWidget(self.evidence)
        return box

    def _inputs_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Masukan: penilaian diri, rekan kerja, masyarakat"))
        self.self_assessment = named(QLabel(), "selfAssessment")
        self.self_assessment.setWordWrap(True)
        self.feedback_search = named(QLineEdit(clearButtonEnabled=True), "feedbackSearch")
        self.feedback_search.setPlaceholderText(self.tr("Cari umpan balik…"))
        self.feedback_search.textChanged.connect(self.feedback_proxy.set_text)
        self.feedback_source = named(QComboBox(), "feedbackSourceFilter")
        self.feedback_source.addItem(self.tr("Semua sumber"), None)
        for src in FeedbackSource:
            self.feedback_source.addItem(src.label, src.value)
        self.feedback_source.currentIndexChanged.connect(
            lambda *_: self.feedback_proxy.set_source(self.feedback_source.currentData())
        )
        self.feedback_table = named(QTableView(), "feedbackTable")
        self.feedback_table.setModel(self.feedback_proxy)
        self.feedback_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.feedback_table.setWordWrap(True)
        self.feedback_table.verticalHeader().hide()
        self.feedback_table.setMinimumHeight(60)
        header = self.feedback_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        filters = QHBoxLayout()
        filters.addWidget(self.feedback_search, 1)
        filters.addWidget(self.feedback_source)
        self.public_feedback = PublicFeedbackLine(self.ctx, box)
        layout = QVBoxLayout(box)
        layout.addWidget(self.self_assessment)
        layout.addWidget(self.public_feedback)
        layout.addLayout(filters)
        layout.addWidget(self.feedback_table, 3)
        self._feedback_entry(layout)
        return box

    def _feedback_entry(self, layout: QVBoxLayout) -> None:
        """The supervisor's own feedback, typed under what the others said."""
        self.feedback_target = named(QComboBox(), "feedbackTarget")
        self.feedback_target.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.feedback_target.setMinimumContentsLength(24)
        self.feedback_text = named(QPlainTextEdit(), "feedbackText")
        self.feedback_text.setTabChangesFocus(True)
        self.feedback_text.setPlaceholderText(
            self.tr("Tulis umpan balik untuk RHK atau nilai BerAKHLAK terpilih")
        )
        self.feedback_text.setMinimumHeight(40)
        self.feedback_text.textChanged.connect(self._feedback_typed)
        self.send_feedback_button = named(QPushButton(self.tr("&Kirim umpan balik")), "sendFeedback")
        self.send_feedback_button.clicked.connect(self.send_feedback)
        self.feedback_message = named(QLabel(), "feedbackMessage")
        self.feedback_message.setWordWrap(True)
        row = QHBoxLayout()
        about = QLabel(self.tr("Umpan balik atasan &tentang"))
        about.setBuddy(self.feedback_target)
        row.addWidget(about)
        row.addWidget(self.feedback_target, 1)
        layout.addLayout(row)
        send = QHBoxLayout()
        send.addWidget(self.feedback_text, 1)
        send.addWidget(self.send_feedback_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(send, 1)
        layout.addWidget(self.feedback_message)

    def _rating_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Penilaian pejabat penilai"))
        self.ratings = RatingSelector(self)
        self.ratings.ratings_did_change.connect(self._rating_edited)
        self.notes = named(QPlainTextEdit(), "assessmentNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Catatan penilaian (opsional)"))
        self.notes.setMaximumHeight(90)
        self.notes.textChanged.connect(self.edited)
        self.status = named(QLabel(), "assessmentStatus")
        self.status.setWordWrap(True)
        self.message = named(QLabel(), "assessmentMessage")
        self.message.setWordWrap(True)
        set_tone(self.message, Tone.ERROR)
        self.save_button = named(QPushButton(self.tr("&Simpan")), "saveAssessment")
        self.save_button.clicked.connect(self.save)
        self.finalize_button = named(QPushButton(self.tr("&Finalkan")), "finalizeAssessment")
        self.finalize_button.clicked.connect(self.finalize)
        self.reopen_button = named(QPushButton(self.tr("&Buka kembali")), "reopenAssessment")
        self.reopen_button.clicked.connect(self.reopen)
        buttons = QHBoxLayout()
        for button in (self.reopen_button, self.save_button, self.finalize_button):
            buttons.addWidget(button)
        actions = QVBoxLayout()
        actions.addWidget(self.status)
        actions.addStretch(1)
        actions.addLayout(buttons)
        row = QHBoxLayout()
        row.addWidget(self.ratings)
        row.addWidget(self.notes, 1)
        row.addLayout(actions)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.message)
        return box

    # -- loading --------------------------------------------------------------------------------

    def clear(self) -> None:
        self.employee_id = self.period_key = self.skp_id = None
        self.skp = self.view = None
        self.progress.set_rows([])
        self.evidence.show_realisation(None)
        self.feedback_model.set_rows([])
        self.self_assessment.clear()
        self.public_feedback.clear()
        self.ratings.set_ratings(None, None)
        self._set_notes("")
        self.feedback_text.clear()
        self._apply_state()

    def load(self, employee_id: str, skp: SkpView | None, period_key: str, skp_id: str | None = None) -> None:
        """Show one person's period; raises the core's refusal (the caller shows it). ``skp_id``:
        after a mutasi, which of the period's two SKPs is evaluated (None: the one in force at the
        period's end)."""
        self.employee_id, self.skp, self.period_key, self.skp_id = employee_id, skp, period_key, skp_id
        self.view = asm.get_assessment(
            self.ctx, employee_id=employee_id, period_key=period_key, skp_id=skp_id
        )
        self.progress.set_rows(progress(self.ctx, skp_id=skp.id, period_key=period_key) if skp else [])
        if self.progress.model_.rowCount():
            self.progress.selectRow(0)
        self._show_evidence(self.progress.selected())
        self.rhk_texts = {r.id: r.text for r in skp.rhk} if skp else {}
        self.feedback_model.columns = feedback_columns(self, self.rhk_texts)
        self._load_feedback()
        self.public_feedback.load(employee_id, period_key)
        self._fill_feedback_targets()
        self.feedback_text.blockSignals(True)
        self.feedback_text.clear()
        self.feedback_text.blockSignals(False)
        self.feedback_message.clear()
        self._show_assessment()

    def _show_assessment(self) -> None:
        view = self.view
        self.ratings.unlock_hasil()
        self.ratings.set_ratings(view.rating_hasil if view else None, view.rating_perilaku if view else None)
        if self.employee_id and self.period_key:
            leader = leader_rating(self.ctx, employee_id=self.employee_id, period_key=self.period_key)
            if leader is not None:
                self.ratings.lock_hasil(leader.rating, leader.note)
        self._set_notes(view.notes if view and view.notes else "")
        if view and (view.self_rating_hasil or view.self_note):
            rating = view.self_rating_hasil.label if view.self_rating_hasil else self.tr("tanpa rating")
            note = f" — “{view.self_note}”" if view.self_note else ""
            self.self_assessment.setText(
                self.tr("<b>Penilaian diri:</b> {rating}").format(rating=rating) + note
            )
        else:
            self.self_assessment.setText(self.tr("<b>Penilaian diri:</b> belum diisi pegawai."))
        self.message.clear()
        self._apply_state()

    def _set_notes(self, text: str) -> None:
        self.notes.blockSignals(True)
        self.notes.setPlainText(text)
        self.notes.blockSignals(False)

    def _load_feedback(self) -> None:
        assert self.employee_id is not None
        rows = feedback_for(self.ctx, employee_id=self.employee_id, period_key=self.period_key)
        self.feedback_model.set_rows(rows)
        self.feedback_table.resizeRowsToContents()

    def _fill_feedback_targets(self) -> None:
        self.feedback_target.clear()
        self.feedback_target.addItem(self.tr("Umum (tanpa RHK tertentu)"), None)
        for rhk in self.skp.rhk if self.skp else ():
            self.feedback_target.addItem(self.tr("RHK: {text}").format(text=rhk.text), f"rhk:{rhk.id}")
            self.feedback_target.setItemData(
                self.feedback_target.count() - 1, rhk.text, Qt.ItemDataRole.ToolTipRole
            )
        for cv in CORE_VALUES:
            self.feedback_target.addItem(self.tr("Perilaku: {label}").format(label=cv.label), f"cv:{cv.key}")
            self.feedback_target.setItemData(
                self.feedback_target.count() - 1, "; ".join(cv.guidance), Qt.ItemDataRole.ToolTipRole
            )

    def _show_evidence(self, row: IndicatorProgress | None) -> None:
        self.evidence.show_realisation(row.realisation_id if row else None)

    # -- state ----------------------------------------------------------------------------------

    @property
    def assessment_status(self) -> AssessmentStatus:
        return self.view.status if self.view else AssessmentStatus.DRAFT

    def _apply_state(self) -> None:
        loaded = self.employee_id is not None
        status = self.assessment_status
        editable = loaded and assessment_is_editable(status)
        self.ratings.set_read_only(not editable)
        self.notes.setReadOnly(not editable)
        self.save_button.setEnabled(editable)
        hasil, perilaku = self.ratings.ratings()
        self.finalize_button.setEnabled(editable and hasil is not None and perilaku is not None)
        self.reopen_button.setVisible(loaded and status is AssessmentStatus.FINAL)
        self.send_feedback_button.setEnabled(loaded)
        self.feedback_text.setEnabled(loaded)
        if not loaded:
            self.status.clear()
            return
        self.status.setText(
            self.tr("Status: <b>{status}</b>").format(status=status.label)
            if self.view
            else self.tr("Status: <b>belum dinilai</b>")
        )
        try:
            ensure_editable_assessment(status)
        except Exception as exc:
            # The core's own words say why and what to do instead (reopen, or keberatan).
            self.message.setText(user_message(exc) or "")

    def _rating_edited(self) -> None:
        self._apply_state()
        self.edited.emit()

    def _feedback_typed(self) -> None:
        self.feedback_message.clear()
        self.edited.emit()

    def has_feedback_draft(self) -> bool:
        return bool(self.feedback_text.toPlainText().strip())

    def ratings_changed(self) -> bool:
        """Ratings or notes differ from what is stored (and may still be changed)."""
        if self.employee_id is None:
            return False
        view = self.view
        stored = (view.rating_hasil, view.rating_perilaku, view.notes or "") if view else (None, None, "")
        current = (*self.ratings.ratings(), self.notes.toPlainText().strip())
        return assessment_is_editable(self.assessment_status) and current != stored

    def is_dirty(self) -> bool:
        """Ratings or notes differ from what is stored, or a feedback draft is not sent yet."""
        return self.employee_id is not None and (self.ratings_changed() or self.has_feedback_draft())

    # -- actions --------------------------------------------------------------------------------

    def save(self) -> bool:
        """Store the two ratings and notes (``assess``); the core's refusal shows inline."""
        if self.employee_id is None or self.period_key is None:
            return False
        hasil, perilaku = self.ratings.ratings()
        if hasil is None or perilaku is None:
            self.message.setText(self.tr("Pilih rating hasil kerja dan rating perilaku kerja."))
            return False
        if not self._attempt(
            lambda: asm.assess(
                self.ctx,
                employee_id=self.employee_id or "",
                period_key=self.period_key or "",
                rating_hasil=hasil,
                rating_perilaku=perilaku,
                notes=self.notes.toPlainText().strip() or None,
                skp_id=self.skp_id,
            )
        ):
            return False
        self._reload_assessment()
        return True

    def finalize(self) -> bool:
        if (
            not confirm(
                self,
                self.tr("Finalkan penilaian"),
                self.tr(
                    "Setelah final, penilaian tidak dapat diubah kecuali dibuka kembali. Finalkan sekarang?"
                ),
                self.tr("&Finalkan"),
            )
            or not self.save()
        ):
            return False
        assert self.view is not None
        view = self.view
        if not self._attempt(lambda: asm.finalize_assessment(self.ctx, assessment_id=view.id)):
            return False
        self._reload_assessment()
        return True

    def reopen(self) -> bool:
        if self.view is None:
            return False
        view = self.view
        if not self._attempt(lambda: asm.reopen_assessment(self.ctx, assessment_id=view.id)):
            return False
        self._reload_assessment()
        return True

    def send_feedback(self) -> bool:
        """The supervisor's feedback on the chosen RHK or core value (source "atasan")."""
        if self.employee_id is None or self.period_key is None:
            return False
        # Item data is "rhk:<id>" or "cv:<key>" (a plain string, so findData can match it).
        kind, _, key = (self.feedback_target.currentData() or "").partition(":")
        try:
            asm.give_feedback(
                self.ctx,
                employee_id=self.employee_id,
                source=FeedbackSource.SUPERVISOR,
                period_key=self.period_key,
                text=self.feedback_text.toPlainText(),
                rhk_id=key if kind == "rhk" else None,
                core_value_key=key if kind == "cv" else None,
            )
        except Exception as exc:
            message = user_message(exc)
            if message is None:
                raise
            set_tone(self.feedback_message, Tone.ERROR)
            self.feedback_message.setText(message)
            return False
        self.feedback_text.blockSignals(True)
        self.feedback_text.clear()
        self.feedback_text.blockSignals(False)
        set_tone(self.feedback_message, Tone.OK)
        self.feedback_message.setText(self.tr("Umpan balik tersimpan."))
        self._load_feedback()
        self.edited.emit()
        return True

    def _attempt(self, action: Any) -> bool:
        try:
            action()
        except Exception as exc:
            message = user_message(exc)
            if message is None:
                show_error(self, exc)
                return False
            self.message.setText(message)
            return False
        return True

    def _reload_assessment(self) -> None:
        assert self.employee_id is not None
        assert self.period_key is not None
        self.view = asm.get_assessment(
            self.ctx, employee_id=self.employee_id, period_key=self.period_key, skp_id=self.skp_id
        )
        self._show_assessment()
        self.assessment_did_change.emit()
