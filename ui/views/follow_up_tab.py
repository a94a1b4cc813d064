"""Tindak Lanjut of one subordinate (a tab of the team page): follow-ups of final assessments,
their sessions, status and outcome. Every rule is the core's; refusals show in the dialogs."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
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

from asn_desktop.domain.followup import FollowUpStatus, suggested_kinds
from asn_desktop.domain.period import Period, PeriodKind
from asn_desktop.domain.skp_state import AssessmentStatus
from asn_desktop.services import assessment as asm
from asn_desktop.services import followup as fu
from asn_desktop.services.assessment import AssessmentView
from asn_desktop.services.context import AppContext
from ui.locale import fmt_date, to_date
from ui.models.rows import Column, RowTableModel
from ui.views.follow_up_dialogs import AddFollowUpDialog, date_edit
from ui.widgets.form_dialog import FormDialog
from ui.widgets.names import named


def period_label(widget: QWidget, key: str) -> str:
    """ "Tahunan 2026" for the year (as the period picker says), else the period's own label."""
    period = Period.parse(key)
    if period.kind is PeriodKind.ANNUAL:
        return widget.tr("Tahunan {year}").format(year=period.year)
    return period.label


def follow_up_columns(widget: QWidget) -> list[Column[fu.FollowUpView]]:
    def sessions(v: fu.FollowUpView) -> str:
        if not v.sessions:
            return ""
        held = sum(1 for s in v.sessions if s.held_on)
        return widget.tr("{held} dari {n}").format(held=held, n=len(v.sessions))

    return [
        Column(
            widget.tr("Periode"), lambda v: period_label(widget, v.period_key), sort=lambda v: v.period_key
        ),
        Column(widget.tr("Jenis"), lambda v: v.kind.label),
        Column(widget.tr("Judul"), lambda v: v.title),
        Column(widget.tr("Status"), lambda v: v.status.label),
        Column(
            widget.tr("Tenggat"),
            lambda v: fmt_date(v.due_on),
            sort=lambda v: v.due_on.isoformat() if v.due_on else "9999",
        ),
        Column(widget.tr("Sesi terlaksana"), sessions),
        Column(widget.tr("Hasil"), lambda v: v.outcome or ""),
    ]


def session_columns(widget: QWidget) -> list[Column[fu.SessionView]]:
    return [
        Column(
            widget.tr("Rencana"), lambda s: fmt_date(s.planned_on), sort=lambda s: s.planned_on.isoformat()
        ),
        Column(widget.tr("Terlaksana"), lambda s: fmt_date(s.held_on) or widget.tr("belum")),
        Column(widget.tr("Catatan"), lambda s: s.note or ""),
    ]


def _table(name: str, model: RowTableModel[object]) -> QTableView:
    table = named(QTableView(), name)
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class FollowUpTab(QWidget):
    """The chosen subordinate's follow-ups; adding one needs the period's assessment to be final."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpTab")
        self.ctx = ctx
        self.employee_id: str | None = None
        self.assessment: AssessmentView | None = None
        self.model: RowTableModel[fu.FollowUpView] = RowTableModel(follow_up_columns(self), self)
        self.sessions: RowTableModel[fu.SessionView] = RowTableModel(session_columns(self), self)
        self.hint = named(QLabel(wordWrap=True), "followUpHint")
        self.table = _table("followUpTable", self.model)  # type: ignore[arg-type]
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.goal = named(QLabel(wordWrap=True), "followUpGoal")
        self.session_table = _table("followUpSessions", self.sessions)  # type: ignore[arg-type]
        self.session_table.selectionModel().currentRowChanged.connect(lambda *_: self._apply_state())
        self.add_button = self._button(self.tr("&Tambah tindak lanjut…"), "addFollowUp", self.add_follow_up)
        self.status_button = self._button(self.tr("Ubah &status…"), "followUpStatus", self.change_status)
        self.outcome_button = self._button(self.tr("Isi &hasil…"), "followUpOutcome", self.edit_outcome)
        self.plan_button = self._button(self.tr("&Rencanakan sesi…"), "planSession", self.plan_session)
        self.record_button = self._button(self.tr("&Catat sesi…"), "recordSession", self.record_session)
        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.add_button)
        acts = QHBoxLayout()
        acts.addWidget(self.goal, 1)
        for b in (self.status_button, self.outcome_button):
            acts.addWidget(b)
        session_acts = QHBoxLayout()
        session_acts.addWidget(QLabel(self.tr("<b>Sesi pembinaan / pelatihan</b>")), 1)
        session_acts.addWidget(self.plan_button)
        session_acts.addWidget(self.record_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(acts)
        lower_layout.addLayout(session_acts)
        lower_layout.addWidget(self.session_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([260, 220])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._apply_state()

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- loading --------------------------------------------------------------------------------

    def clear(self) -> None:
        self.employee_id, self.assessment = None, None
        self.model.set_rows([])
        self.sessions.set_rows([])
        self.hint.clear()
        self._apply_state()

    def load(self, employee_id: str, period_key: str) -> None:
        """Show one person's follow-ups; raises the core's refusal (the team page shows it)."""
        self.employee_id = employee_id
        self.assessment = asm.get_assessment(self.ctx, employee_id=employee_id, period_key=period_key)
        self.reload()

    def reload(self, keep: str | None = None) -> None:
        assert self.employee_id is not None
        current = self.current()
        chosen = keep or (current.id if current else None)
        self.model.set_rows(fu.list_for_employee(self.ctx, self.employee_id))
        self.table.resizeRowsToContents()
        rows = [i for i, v in enumerate(self.model.rows) if v.id == chosen] or (
            [0] if self.model.rows else []
        )
        if rows:
            self.table.selectRow(rows[0])
        self._show_hint()
        self._show_current()

    def _show_hint(self) -> None:
        a = self.assessment
        if a is None or a.status is AssessmentStatus.DRAFT:
            self.hint.setText(self.tr("Tindak lanjut dicatat dari penilaian periode ini yang sudah final."))
            return
        kinds = suggested_kinds(a.predikat)
        suggestion = ", ".join(k.label.lower() for k in kinds) if kinds else self.tr("tidak ada")
        self.hint.setText(
            self.tr("Predikat <b>{predikat}</b> · saran tindak lanjut: {suggestion}").format(
                predikat=a.predikat.label if a.predikat else "–", suggestion=suggestion
            )
        )

    def current(self) -> fu.FollowUpView | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def current_session(self) -> fu.SessionView | None:
        index = self.session_table.currentIndex()
        return self.sessions.row_at(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        view = self.current()
        self.sessions.set_rows(view.sessions if view else [])
        goal = view.goal if view and view.goal else ""
        comp = view.competency_name if view and view.competency_name else ""
        parts = [self.tr("<b>Tujuan:</b> {goal}").format(goal=goal)] if goal else []
        parts += [self.tr("<b>Kompetensi:</b> {name}").format(name=comp)] if comp else []
        self.goal.setText(" · ".join(parts))
        self._apply_state()

    def _apply_state(self) -> None:
        a, view = self.assessment, self.current()
        final = a is not None and a.status is not AssessmentStatus.DRAFT
        self.add_button.setEnabled(final)
        self.status_button.setEnabled(bool(view and view.next_statuses))
        self.outcome_button.setEnabled(bool(view and view.status is not FollowUpStatus.BATAL))
        open_with_sessions = bool(view and view.kind.has_sessions and view.status.is_open)
        self.plan_button.setEnabled(open_with_sessions)
        self.record_button.setEnabled(
            bool(view and view.status is not FollowUpStatus.BATAL and self.current_session())
        )

    # -- acts -----------------------------------------------------------------------------------

    def _run(self, dialog: FormDialog, keep: str | None = None) -> bool:
        if dialog.exec():
            self.reload(keep or (dialog.result_value if isinstance(dialog.result_value, str) else None))
            return True
        return False

    def add_follow_up(self) -> None:
        assert self.assessment is not None
        assert self.employee_id is not None
        self._run(AddFollowUpDialog(self.ctx, self.assessment, self))

    def change_status(self) -> None:
        view = self.current()
        assert view is not None
        status = named(QComboBox(), "followUpNewStatus")
        for s in FollowUpStatus:
            if s in view.next_statuses:
                status.addItem(s.label, s.value)
        outcome = named(QPlainTextEdit(view.outcome or ""), "followUpStatusOutcome")
        outcome.setTabChangesFocus(True)
        dialog = FormDialog(self.tr("Ubah status tindak lanjut"), self, ok_text=self.tr("Ubah"))
        dialog.setObjectName("followUpStatusDialog")
        dialog.form.addRow(self.tr("Status baru"), status)
        dialog.form.addRow(self.tr("Hasil (wajib bila selesai)"), outcome)
        dialog.action = lambda: fu.set_status(
            self.ctx, follow_up_id=view.id, status=status.currentData(), outcome=outcome.toPlainText()
        )
        self._run(dialog, view.id)

    def edit_outcome(self) -> None:
        view = self.current()
        assert view is not None
        outcome = named(QPlainTextEdit(view.outcome or ""), "followUpOutcomeText")
        outcome.setTabChangesFocus(True)
        dialog = FormDialog(self.tr("Hasil tindak lanjut"), self)
        dialog.setObjectName("followUpOutcomeDialog")
        dialog.form.addRow(self.tr("Hasil"), outcome)
        dialog.action = lambda: fu.set_outcome(self.ctx, follow_up_id=view.id, outcome=outcome.toPlainText())
        self._run(dialog, view.id)

    def plan_session(self) -> None:
        view = self.current()
        assert view is not None
        today = QDate(self.ctx.workspace.now().date())
        day = date_edit("sessionPlannedOn", today.addDays(14))
        dialog = FormDialog(self.tr("Rencanakan sesi"), self)
        dialog.setObjectName("planSessionDialog")
        dialog.form.addRow(self.tr("Tanggal rencana"), day)
        dialog.action = lambda: fu.add_session(self.ctx, follow_up_id=view.id, planned_on=to_date(day.date()))
        self._run(dialog, view.id)

    def record_session(self) -> None:
        view, session = self.current(), self.current_session()
        assert view is not None
        assert session is not None
        today = QDate(self.ctx.workspace.now().date())
        day = date_edit("sessionHeldOn", QDate(session.held_on) if session.held_on else today)
        day.setMaximumDate(today)
        note = named(QPlainTextEdit(session.note or ""), "sessionNote")
        note.setTabChangesFocus(True)
        dialog = FormDialog(self.tr("Catat pelaksanaan sesi"), self)
        dialog.setObjectName("recordSessionDialog")
        dialog.form.addRow(self.tr("Tanggal pelaksanaan"), day)
        dialog.form.addRow(self.tr("Catatan"), note)
        dialog.action = lambda: fu.record_session(
            self.ctx, session_id=session.id, held_on=to_date(day.date()), note=note.toPlainText()
        )
        self._run(dialog, view.id)


__all__ = ["FollowUpTab"]
