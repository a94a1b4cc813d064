"""Keberatan for the atasan pejabat penilai: the objections to assessments his pejabat penilai made,
the objected result beside the pegawai's reasons, and the final decision.

The core decides what is allowed (who may decide, once, with which ratings — the leader rule still
holds); this screen only gathers the decision and shows the core's words when it refuses.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.objection import ObjectionOutcome
from asn_desktop.domain.period import Period
from asn_desktop.services import assessment as asm
from asn_desktop.services import objection as obj_svc
from asn_desktop.services.context import AppContext
from ui.errors import show_error
from ui.locale import fmt_date
from ui.models.rows import Column, RowTableModel
from ui.tasks import TaskRunner
from ui.views.page import Page
from ui.widgets.names import named
from ui.widgets.rating_selector import RatingSelector


class ObjectionPage(Page):
    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tasks = tasks
        self.model: RowTableModel[obj_svc.ObjectionView] = RowTableModel(
            [
                Column(self.tr("Pegawai"), lambda v: v.employee_name),
                Column(self.tr("Periode"), self._period),
                Column(self.tr("Diajukan"), lambda v: fmt_date(v.filed_at)),
                Column(self.tr("Status"), self._state),
            ],
            self,
        )
        self.table = named(QTableView(), "objectionList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(self._detail())
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([480, 720])
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("<b>Keberatan atas penilaian yang dibuat pejabat penilai di bawah Anda</b>"))
        )
        layout.addWidget(splitter, 1)

    def _period(self, view: obj_svc.ObjectionView) -> str:
        period = Period.parse(view.period_key)
        return self.tr("Tahunan {year}").format(year=period.year) if period.key.isdigit() else period.label

    def _state(self, view: obj_svc.ObjectionView) -> str:
        return view.outcome.label if view.outcome else self.tr("Belum diputus")

    def _detail(self) -> QWidget:
        box = QGroupBox(self.tr("Penilaian dan keberatan"))
        self.result = named(QLabel(), "objectedResult")
        self.result.setWordWrap(True)
        self.reason = named(QLabel(), "objectionReason")
        self.reason.setWordWrap(True)
        self.outcome = named(QComboBox(), "objectionOutcome")
        for outcome in ObjectionOutcome:
            self.outcome.addItem(outcome.label, outcome.value)
        self.outcome.currentIndexChanged.connect(lambda *_: self._outcome_changed())
        self.ratings = RatingSelector(self)
        self.decision = named(QPlainTextEdit(), "objectionDecision")
        self.decision.setPlaceholderText(self.tr("Pertimbangan dan keputusan atasan pejabat penilai"))
        self.decide_button = named(QPushButton(self.tr("&Putuskan (final)")), "decideObjection")
        self.decide_button.clicked.connect(self.decide)
        self.message = named(QLabel(), "objectionMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Hasil yang diajukan keberatan"), self.result)
        form.addRow(self.tr("Alasan pegawai"), self.reason)
        form.addRow(self.tr("Keputusan"), self.outcome)
        form.addRow(self.tr("Rating baru"), self.ratings)
        form.addRow(self.tr("Pertimbangan"), self.decision)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.decide_button)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.message)
        return box

    def refresh(self) -> None:
        # On the read worker: it walks every subordinate of the atasan's subordinates (28 ms on
        # the 10,000-employee demo, benchmarks/bench_gui_calls.py).
        ctx = self.ctx
        self.tasks.load(self, "objections", lambda: obj_svc.objections_to_decide(ctx), self._show_rows)

    def _show_rows(self, rows: list[obj_svc.ObjectionView]) -> None:
        self.model.set_rows(rows)
        if self.model.rowCount():
            self.table.selectRow(0)
        self.show_selected()

    def selected(self) -> obj_svc.ObjectionView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def show_selected(self) -> None:
        view = self.selected()
        open_ = view is not None and view.outcome is None
        for w in (self.outcome, self.decision, self.decide_button):
            w.setEnabled(open_)
        self.ratings.unlock_hasil()
        if view is None:
            self.result.setText(self.tr("Tidak ada keberatan."))
            self.reason.clear()
            self.ratings.set_ratings(None, None)
            self.ratings.set_read_only(True)
            return
        current = asm.get_assessment(self.ctx, employee_id=view.employee_id, period_key=view.period_key)
        rating = [
            view.rating_hasil.label if view.rating_hasil else "-",
            view.rating_perilaku.label if view.rating_perilaku else "-",
            view.predikat.label if view.predikat else "-",
        ]
        text = self.tr("Hasil kerja {0} · perilaku {1} · predikat <b>{2}</b>").format(*rating)
        if view.outcome is not None:
            text += "<br>" + self.tr("Diputus {date}: {outcome} — {decision}").format(
                date=fmt_date(view.decided_at), outcome=view.outcome.label, decision=view.decision or ""
            )
            if current is not None and current.version > 1:
                text += "<br>" + self.tr("Berlaku kini: versi {v}, predikat {p}").format(
                    v=current.version, p=current.predikat.label if current.predikat else "-"
                )
        self.result.setText(text)
        self.reason.setText(view.text)
        self.ratings.set_ratings(view.rating_hasil, view.rating_perilaku)
        if view.leader is not None:
            self.ratings.lock_hasil(view.leader.rating, view.leader.note)
        self._outcome_changed()

    def _outcome_changed(self) -> None:
        granted = self.outcome.currentData() == ObjectionOutcome.DIKABULKAN.value
        view = self.selected()
        self.ratings.set_read_only(not (granted and view is not None and view.outcome is None))

    def decide(self, *, confirm: bool = True) -> bool:
        view = self.selected()
        if view is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Putuskan keberatan"),
                self.tr("Keputusan atas keberatan bersifat final dan tidak dapat diubah. Lanjutkan?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        hasil, perilaku = self.ratings.ratings()
        try:
            asm.decide_objection(
                self.ctx,
                assessment_id=view.assessment_id,
                decision=self.decision.toPlainText(),
                outcome=self.outcome.currentData(),
                rating_hasil=hasil,
                rating_perilaku=perilaku,
            )
        except Exception as exc:
            show_error(self, exc)
            return False
        self.message.setText(self.tr("Keberatan {name} diputus.").format(name=view.employee_name))
        self.decision.clear()
        self.refresh()
        return True
