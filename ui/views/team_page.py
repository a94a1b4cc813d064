"""The penilai's team: each direct subordinate's SKP to review and their period to assess."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.berakhlak import CORE_VALUES, core_value
from asn_desktop.domain.period import Period, PeriodKind
from asn_desktop.domain.skp_state import SkpStatus
from asn_desktop.errors import user_message
from asn_desktop.services import mutasi, periods
from asn_desktop.services import skp as skp_svc
from asn_desktop.services.context import AppContext
from asn_desktop.services.directory import TeamMember, team_status
from asn_desktop.services.overview import EmployeeCard, employee_card
from asn_desktop.services.skp import SkpView
from ui.errors import show_error
from ui.models.roles import RowRole
from ui.models.rows import RowTableModel
from ui.views.angka_kredit_panel import AngkaKreditPanel
from ui.views.assessment_form import AssessmentForm
from ui.views.feedback360_team import Feedback360Tab
from ui.views.follow_up_tab import FollowUpTab
from ui.views.matrix_panel import MatrixPanel
from ui.views.page import Page
from ui.views.skp_editor import SkpPanel
from ui.views.team_list import team_columns, team_list_view
from ui.views.worklog_team_tab import TeamWorklogTab
from ui.widgets.form_dialog import FormDialog
from ui.widgets.names import named
from ui.widgets.tone import Tone, set_tone


def period_items(ctx: AppContext, year: int) -> tuple[list[tuple[str, str]], str]:
    """(label, key) of the year's evaluation periods, and the key of the one running today."""
    today = ctx.workspace.now().date()
    items, current = [], ""
    for p in periods.evaluation_periods(ctx, year=year):
        items.append((p.label if p.kind is not PeriodKind.ANNUAL else f"Tahunan {year}", p.key))
        if not current and p.contains(today) and p.kind is not PeriodKind.ANNUAL:
            current = p.key
    return items, current or items[-1][1]


def fill_periods(combo: QComboBox, ctx: AppContext, year: int) -> None:
    """Fill a period picker, keeping the chosen period (or today's) without emitting a change."""
    chosen = combo.currentData()
    items, current = period_items(ctx, year)
    combo.blockSignals(True)
    combo.clear()
    for label, key in items:
        combo.addItem(label, key)
    combo.setCurrentIndex(max(0, combo.findData(chosen or current)))
    combo.blockSignals(False)


class SkpReview(QWidget):
    """The subordinate's current SKP with the penilai's three acts: approve, return, expectations.

    Signals are not needed: the owner passes ``on_change`` to reload after an act.
    """

    def __init__(
        self, ctx: AppContext, on_change: Callable[[], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.on_change = on_change
        self.view: SkpView | None = None
        self.panel = SkpPanel(self)
        self.expectations = named(QLabel(), "skpExpectations")
        self.expectations.setWordWrap(True)
        self.approve_button = named(QPushButton(self.tr("Se&tujui…")), "approveSkp")
        self.approve_button.clicked.connect(self.approve)
        self.return_button = named(QPushButton(self.tr("&Kembalikan…")), "returnSkp")
        self.return_button.clicked.connect(self.return_)
        self.expectation_button = named(QPushButton(self.tr("&Ekspektasi khusus…")), "expectationSkp")
        self.expectation_button.clicked.connect(self.set_expectation)
        bar = QHBoxLayout()
        bar.addWidget(self.expectation_button)
        bar.addStretch(1)
        bar.addWidget(self.return_button)
        bar.addWidget(self.approve_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.expectations)
        layout.addLayout(bar)
        self.show_skp(None, "", chosen=False)

    def show_skp(self, view: SkpView | None, owner: str, *, chosen: bool = True) -> None:
        """``chosen`` False: nobody is chosen yet, so there is nothing to say about an SKP."""
        self.view = view
        self.panel.show_skp(view, owner, chosen=chosen)
        status = view.status if view else None
        self.approve_button.setEnabled(status is SkpStatus.SUBMITTED)
        self.return_button.setEnabled(status is SkpStatus.SUBMITTED)
        self.expectation_button.setEnabled(status in (SkpStatus.DRAFT, SkpStatus.SUBMITTED))
        if not chosen:
            self.expectations.clear()
            return
        if view is None or not view.expectations:
            self.expectations.setText(self.tr("<i>Belum ada ekspektasi khusus pimpinan.</i>"))
            return
        lines = [f"<b>{core_value(k).label}</b>: {v}" for k, v in view.expectations.items()]
        self.expectations.setText(self.tr("Ekspektasi khusus pimpinan:") + "<br>" + "<br>".join(lines))

    def _dialog(self, title: str, ok_text: str, action: Callable[[FormDialog], Any]) -> FormDialog:
        dialog = FormDialog(title, self, ok_text=ok_text)
        dialog.action = lambda: action(dialog)
        return dialog

    def approve(self) -> None:
        assert self.view is not None
        skp_id = self.view.id
        note = named(QPlainTextEdit(), "reviewNote")
        note.setTabChangesFocus(True)
        dialog = self._dialog(
            self.tr("Setujui SKP"),
            self.tr("Setujui"),
            lambda _: skp_svc.approve_skp(self.ctx, skp_id=skp_id, note=note.toPlainText().strip() or None),
        )
        dialog.form.addRow(
            QLabel(self.tr("SKP yang disetujui hanya dapat diubah melalui revisi (versi baru)."))
        )
        dialog.form.addRow(self.tr("Catatan (opsional)"), note)
        if dialog.exec():
            self.on_change()

    def return_(self) -> None:
        assert self.view is not None
        skp_id = self.view.id
        note = named(QPlainTextEdit(), "reviewNote")
        note.setTabChangesFocus(True)
        dialog = self._dialog(
            self.tr("Kembalikan SKP"),
            self.tr("Kembalikan"),
            lambda _: skp_svc.return_skp(self.ctx, skp_id=skp_id, note=note.toPlainText()),
        )
        dialog.form.addRow(self.tr("Alasan pengembalian"), note)
        if dialog.exec():
            self.on_change()

    def set_expectation(self) -> None:
        assert self.view is not None
        view = self.view
        value = named(QComboBox(), "expectationValue")
        for cv in CORE_VALUES:
            value.addItem(cv.label, cv.key)
        guidance = named(QLabel(wordWrap=True), "expectationGuidance")
        text = named(QPlainTextEdit(), "expectationText")
        text.setTabChangesFocus(True)

        def show_value() -> None:
            cv = core_value(value.currentData())
            guidance.setText("<i>" + "; ".join(cv.guidance) + "</i>")
            text.setPlainText(view.expectations.get(cv.key, ""))

        value.currentIndexChanged.connect(show_value)
        show_value()
        dialog = self._dialog(
            self.tr("Ekspektasi khusus pimpinan"),
            self.tr("Simpan"),
            lambda _: skp_svc.set_expectation(
                self.ctx, skp_id=view.id, core_value_key=value.currentData(), expectation=text.toPlainText()
            ),
        )
        dialog.form.addRow(self.tr("Nilai BerAKHLAK"), value)
        dialog.form.addRow(self.tr("Panduan perilaku"), guidance)
        dialog.form.addRow(self.tr("Ekspektasi"), text)
        if dialog.exec():
            self.on_change()


class TeamPage(Page):
    """Left, the direct subordinates; right, the chosen one's SKP and assessment for a period."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.year = ctx.workspace.now().year
        self.employee_id: str | None = None
        self.card: EmployeeCard | None = None
        splitter = named(QSplitter(Qt.Orientation.Horizontal), "teamSplitter")
        splitter.addWidget(self._list_side())
        splitter.addWidget(self._detail_side())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.setTabOrder(self.search, self.list)
        self.setTabOrder(self.list, self.period)
        self.setTabOrder(self.period, self.tabs)
        self._show_nobody()

    def _list_side(self) -> QWidget:
        self.search = named(QLineEdit(clearButtonEnabled=True), "teamSearch")
        self.search.setPlaceholderText(self.tr("Cari nama atau NIP bawahan…"))
        self.search.textChanged.connect(self._filter)
        self.members: list[TeamMember] = []
        self.model: RowTableModel[TeamMember] = RowTableModel(team_columns(self), self)
        self.list = team_list_view(self.model)
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("<b>Bawahan langsung</b>"))
        layout.addWidget(title)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        return side

    def _detail_side(self) -> QWidget:
        self.header = named(QLabel(), "teamHeader")
        self.header.setWordWrap(True)
        self.header.setStyleSheet("font-size: 15px")
        self.period = named(QComboBox(), "teamPeriod")
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.message = named(QLabel(), "teamMessage")
        self.message.setWordWrap(True)
        set_tone(self.message, Tone.ERROR)
        self.skp_review = SkpReview(self.ctx, self.reload, self)
        self.form = AssessmentForm(self.ctx, self)
        self.form.edited.connect(self._form_edited)
        self.form.assessment_did_change.connect(self._form_edited)
        self.form.assessment_did_change.connect(lambda: self._refresh_member(self.employee_id))
        self.tabs = named(QTabWidget(), "teamTabs")
        self.tabs.addTab(self.skp_review, self.tr("SKP"))
        self.tabs.addTab(self.form, self.tr("Penilaian"))
        self.worklog = TeamWorklogTab(self.ctx, self)
        self.tabs.addTab(self.worklog, self.tr("Catatan Harian"))
        self.feedback360 = Feedback360Tab(self.ctx, self)
        self.tabs.addTab(self.feedback360, self.tr("Umpan Balik 360°"))
        self.follow_up = FollowUpTab(self.ctx, self)
        self.tabs.addTab(self.follow_up, self.tr("Tindak Lanjut"))
        self.credit = AngkaKreditPanel(self.ctx, self)
        self.tabs.addTab(self.credit, self.tr("Angka Kredit"))
        self.matrix = MatrixPanel(self.ctx, self)
        self.tabs.addTab(self.matrix, self.tr("Matriks Peran dan Hasil"))
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        period_label = QLabel(self.tr("&Periode"))
        period_label.setBuddy(self.period)
        top.addWidget(period_label)
        top.addWidget(self.period)
        top.addWidget(self._skp_choice())
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        return side

    def _skp_choice(self) -> QComboBox:
        """After a mutasi the period may touch two SKPs, each evaluated on its own: which one."""
        self.skp_choice = named(QComboBox(), "teamSkp")
        self.skp_choice.setAccessibleName(self.tr("SKP yang dinilai"))
        self.skp_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.skp_choice.setVisible(False)
        self.skp_choice.currentIndexChanged.connect(self._skp_changed)
        return self.skp_choice

    def _skp_changed(self) -> None:
        if self.employee_id is None or self.skp_choice.count() < 2:
            return
        if self.confirm_leave():
            self.reload()
            return
        self.skp_choice.blockSignals(True)  # stay on the SKP whose unsaved ratings are kept
        self.skp_choice.setCurrentIndex(self.skp_choice.findData(self.form.skp_id))
        self.skp_choice.blockSignals(False)

    def _fill_skp_choice(self, employee_id: str, period_key: str | None) -> str | None:
        """The SKPs of the year that overlap the period; the chosen one's id when there are two."""
        period = Period.parse(period_key) if period_key else None
        spans = [
            p
            for p in mutasi.skp_periods(self.ctx, employee_id=employee_id, year=self.year)
            if p.status is SkpStatus.APPROVED and period and p.first <= period.end and p.last >= period.start
        ]
        before = self.skp_choice.currentData()
        self.skp_choice.blockSignals(True)
        self.skp_choice.clear()
        for p in spans:
            self.skp_choice.addItem(self.tr("SKP {months}").format(months=p.label), p.skp_id)
        found = self.skp_choice.findData(before)
        if found < 0:  # the SKP this penilai evaluates: the old one, for someone who moved on
            me = self.ctx.actor.employee_id
            found = next((i for i, p in enumerate(spans) if p.penilai_id == me), len(spans) - 1)
        self.skp_choice.setCurrentIndex(found)
        self.skp_choice.blockSignals(False)
        self.skp_choice.setVisible(len(spans) > 1)
        return self.skp_choice.currentData() if len(spans) > 1 else None

    def _refresh_member(self, employee_id: str | None) -> None:
        """After an approval or a rating, the list's status columns say so too."""
        key = self.period.currentData()
        if employee_id is None or key is None:
            return
        fresh = {m.id: m for m in team_status(self.ctx, year=self.year, period_key=key)}
        if fresh.get(employee_id) != next((m for m in self.members if m.id == employee_id), None):
            self.members = list(fresh.values())
            self._filter()

    def _form_edited(self) -> None:
        self.mark_dirty(self.form.is_dirty())

    def save_changes(self) -> bool:
        """The changed ratings and notes (as *Simpan*), then a typed feedback draft (as *Kirim*)."""
        if self.form.ratings_changed() and not self.form.save():
            self.tabs.setCurrentWidget(self.form)
            return False
        if self.form.has_feedback_draft() and not self.form.send_feedback():
            self.tabs.setCurrentWidget(self.form)
            return False
        return True

    def unsaved_what(self) -> str:
        return self.card.name if self.card else ""

    # -- list -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        fill_periods(self.period, self.ctx, self.year)
        self._load_members()
        if self.employee_id and not self.dirty:
            self.reload()

    def _load_members(self) -> None:
        """The subordinates with their SKP and the chosen period's assessment (one query)."""
        key = self.period.currentData()
        self.members = team_status(self.ctx, year=self.year, period_key=key) if key else []
        self._filter()

    def _filter(self) -> None:
        chosen = self.employee_id
        text = self.search.text().strip().casefold()
        digits = text.replace(" ", "")
        self.model.set_rows(
            [m for m in self.members if text in m.name.casefold() or (digits and digits in m.nip)]
        )
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(RowRole).id == chosen:
                self.list.selectionModel().blockSignals(True)
                self.list.selectRow(row)
                self.list.selectionModel().blockSignals(False)
                return
        if self.model.rowCount() == 0 and not chosen:
            self._show_nobody()

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if not rows:
            return
        employee_id = rows[0].data(RowRole).id
        if employee_id == self.employee_id:
            return
        if not self.confirm_leave():
            # Stay with the unsaved person: put the selection back without reloading.
            model = self.list.selectionModel()
            model.blockSignals(True)
            model.select(deselected, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if deselected.indexes():  # the keyboard goes on from the person shown, too
                model.setCurrentIndex(deselected.indexes()[0], QItemSelectionModel.SelectionFlag.NoUpdate)
            model.blockSignals(False)
            return
        self.show_employee(employee_id)

    def _period_changed(self) -> None:
        if self.employee_id is not None and not self.confirm_leave():
            return
        self._load_members()  # the assessment column follows the period
        if self.employee_id is not None:
            self.reload()

    # -- one person -----------------------------------------------------------------------------

    def _show_nobody(self) -> None:
        self.header.setText(self.tr("Pilih bawahan di daftar sebelah kiri."))
        self.tabs.setEnabled(False)

    def show_employee(self, employee_id: str) -> bool:
        """Load one person; a refusal by the core (not a subordinate) is shown, not raised."""
        self.employee_id = employee_id
        return self.reload()

    def _moved_on(self, employee_id: str) -> bool:
        return any(m.id == employee_id and m.until is not None for m in self.members)

    def reload(self) -> bool:
        if self.employee_id is None:
            return False
        if self.period.count() == 0:
            fill_periods(self.period, self.ctx, self.year)
        try:
            self.card = employee_card(self.ctx, self.employee_id)
            skp_id = skp_svc.current_skp_id(self.ctx, employee_id=self.employee_id, year=self.year)
            view = skp_svc.get_skp(self.ctx, skp_id) if skp_id else None
            self.skp_review.show_skp(view, self.card.name)
            chosen = self._fill_skp_choice(self.employee_id, self.period.currentData())
            evaluated = skp_svc.get_skp(self.ctx, chosen) if chosen and chosen != skp_id else view
            self.form.load(self.employee_id, evaluated, self.period.currentData(), skp_id=chosen)
            self.worklog.show_employee(self.employee_id)
            if self._moved_on(self.employee_id):
                # He evaluates the months of the SKP a mutasi closed; the 360° rounds, follow-ups
                # and angka kredit are the new penilai's now.
                self.feedback360.clear()
                self.follow_up.clear()
                self.credit.show_employee(None, self.year)
            else:
                self.feedback360.load(self.employee_id, self.period.currentData())
                self.follow_up.load(self.employee_id, self.period.currentData())
                self.credit.show_employee(self.employee_id, self.year)
            self.matrix.load(self.year)
            self.matrix.select_member(self.employee_id)
        except Exception as exc:
            message = user_message(exc)
            if message is None:
                show_error(self, exc)
                return False
            self.card = None
            self.employee_id = None
            self.form.clear()
            self.feedback360.clear()
            self.follow_up.clear()
            self.skp_review.show_skp(None, "", chosen=False)
            self.worklog.show_employee(None)
            self.header.setText(self.tr("Data pegawai tidak dapat ditampilkan."))
            self.message.setText(message)
            self.tabs.setEnabled(False)
            return False
        self.message.clear()
        self.tabs.setEnabled(True)
        self.mark_dirty(False)
        self._refresh_member(self.employee_id)
        card = self.card
        self.header.setText(
            self.tr("<b>{name}</b> · NIP {nip} · {position} · {unit}").format(
                name=card.name,
                nip=card.nip,
                position=card.position_name or self.tr("(tanpa jabatan)"),
                unit=card.unit_name,
            )
        )
        return True
