"""The "Usulkan realisasi…" dialog: a period's log entries per indicator, confirmed as realisations."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.formatting import to_decimal
from asn_desktop.domain.period import Period, PeriodKind
from asn_desktop.domain.target import parse_number
from asn_desktop.errors import user_message
from asn_desktop.services import periods
from asn_desktop.services import skp as skp_svc
from asn_desktop.services import worklog as wl
from asn_desktop.services import worklog_rollup as rollup
from asn_desktop.services.context import AppContext
from asn_desktop.services.overview import IndicatorProgress, progress
from ui.errors import show_error
from ui.locale import fmt_date, fmt_number, fmt_percent
from ui.models.worklog_tables import ProposalModel
from ui.widgets.names import named
from ui.widgets.questions import confirm
from ui.widgets.tone import Tone, set_tone


def with_value(row: IndicatorProgress, typed: str) -> IndicatorProgress:
    """The row as it would read with ``typed`` as the period's realisation (the running total too)."""
    number = parse_number(typed.strip()) if typed.strip() else None
    value = number[0] if number else None
    total = row.total_value - to_decimal(row.value or 0) + to_decimal(value or 0)
    return replace(row, value=value, value_text=None if number else typed.strip() or None, total_value=total)


def describe(widget: QWidget, row: IndicatorProgress) -> str:
    """ "57 layanan (capaian 104 %)" — the value with its unit, and the year's capaian."""
    if row.value is None:
        return row.value_text or "—"
    text = f"{fmt_number(row.value)} {row.target_unit or ''}".strip()
    ratio = row.ratio
    if ratio is None:
        return text
    return widget.tr("{value} (capaian {percent})").format(value=text, percent=fmt_percent(ratio))


class ProposalDialog(QDialog):
    """Pick a period, see each indicator's proposal, adjust the value or note, confirm one by one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proposalDialog")
        self.ctx = ctx
        self.confirmed = 0
        self.setWindowTitle(self.tr("Usulkan realisasi dari catatan harian"))
        self.period = named(QComboBox(), "proposalPeriod")
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._fill_periods()
        self.period.currentIndexChanged.connect(lambda *_: self.load())
        self.model = ProposalModel(self)
        self.table = named(QTableView(), "proposalTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.empty = named(QLabel(wordWrap=True), "proposalEmpty")
        self.value = named(QLineEdit(), "proposalValue")
        self.note = named(QPlainTextEdit(), "proposalNote")
        self.note.setTabChangesFocus(True)
        self.evidence = named(QLabel(wordWrap=True), "proposalEvidence")
        self.message = named(QLabel(wordWrap=True), "message")
        set_tone(self.message, Tone.ERROR)
        self.confirm_button = named(QPushButton(self.tr("&Konfirmasi realisasi")), "confirmProposal")
        self.confirm_button.clicked.connect(self.confirm)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        close.rejected.connect(self.reject)
        self._layout(close)
        self.resize(1000, 640)
        self.load()

    def _layout(self, close: QDialogButtonBox) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Periode")))
        top.addWidget(self.period)
        top.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Realisasi"), self.value)
        form.addRow(self.tr("Catatan realisasi"), self.note)
        form.addRow(self.tr("Bukti dukung"), self.evidence)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _fill_periods(self) -> None:
        today = wl.today_for(self.ctx)
        chosen = 0
        for i, p in enumerate(periods.evaluation_periods(self.ctx, year=today.year)):
            self.period.addItem(p.label, p.key)
            if p.contains(today) and p.kind is not PeriodKind.ANNUAL and not chosen:
                chosen = i
        self.period.setCurrentIndex(chosen)

    def load(self) -> None:
        key = self.period.currentData()
        try:
            rows = rollup.period_proposals(self.ctx, period_key=key) if key else []
        except Exception as exc:
            show_error(self, exc)
            rows = []
        self.model.set_rows(rows)
        self.empty.setText("" if rows else self.tr("Tidak ada catatan harian baru pada periode ini."))
        self.empty.setVisible(not rows)
        if rows:
            self.table.selectRow(0)
        self._show_selected()

    def selected(self) -> rollup.Proposal | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_selected(self) -> None:
        proposal = self.selected()
        for widget in (self.value, self.note, self.confirm_button):
            widget.setEnabled(proposal is not None)
        self.message.clear()
        if proposal is None:
            self.value.clear()
            self.note.clear()
            self.evidence.clear()
            return
        self.value.setText(proposal.value_text)
        self.note.setPlainText(proposal.note)
        names = ", ".join(e.filename for e in proposal.evidence) or self.tr("(tidak ada)")
        self.evidence.setText(
            self.tr("{names} · catatan {start} s.d. {end}").format(
                names=names, start=fmt_date(proposal.start), end=fmt_date(proposal.end)
            )
        )

    def recorded(self, proposal: rollup.Proposal) -> IndicatorProgress | None:
        """The indicator's row in the period (its recorded realisation), when one is recorded."""
        year = Period.parse(proposal.period_key).year
        skp_id = skp_svc.current_skp_id(self.ctx, employee_id=self.ctx.actor.employee_id or "", year=year)
        rows = progress(self.ctx, skp_id=skp_id, period_key=proposal.period_key) if skp_id else []
        row = next((r for r in rows if r.indicator_id == proposal.indicator_id), None)
        return row if row is not None and row.realisation_id is not None else None

    def _replaces_ok(self, proposal: rollup.Proposal, typed: str) -> bool:
        """A recorded realisation is only replaced after a question that names both values."""
        row = self.recorded(proposal)
        if row is None:
            return True
        old, new = describe(self, row), describe(self, with_value(row, typed))
        if old == new:
            return True
        return confirm(
            self,
            self.tr("Ganti realisasi tercatat?"),
            self.tr(
                "Realisasi “{indicator}” periode {period} sudah tercatat: <b>{old}</b>.<br>"
                "Konfirmasi menggantinya dengan <b>{new}</b>."
            ).format(indicator=proposal.indicator_text, period=proposal.period_label, old=old, new=new),
            self.tr("&Ganti realisasi"),
        )

    def confirm(self) -> bool:
        proposal = self.selected()
        if proposal is None:
            return False
        if not self._replaces_ok(proposal, self.value.text()):
            return False
        try:
            rollup.confirm_proposal(
                self.ctx,
                indicator_id=proposal.indicator_id,
                period_key=proposal.period_key,
                entry_ids=proposal.entry_ids,
                value=self.value.text(),
                note=self.note.toPlainText(),
            )
        except Exception as exc:
            message = user_message(exc)
            if message is None:
                show_error(self, exc)
            else:
                self.message.setText(message)
            return False
        self.confirmed += 1
        self.load()
        return True
