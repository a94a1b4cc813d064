"""The pegawai's decided assessments on *Kinerja Saya*, and the keberatan: filed from here within
14 days of the final evaluation, its decision shown when the atasan pejabat penilai has decided."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.services import objection as obj_svc
from asn_desktop.services.context import AppContext
from ui.locale import fmt_date
from ui.models.rows import Column, RowTableModel
from ui.widgets.form_dialog import FormDialog
from ui.widgets.names import named


class MyAssessmentsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model: RowTableModel[obj_svc.MyAssessmentRow] = RowTableModel(
            [
                Column(self.tr("Periode"), lambda r: r.period.label),
                Column(self.tr("Predikat"), lambda r: r.predikat.label if r.predikat else "-"),
                Column(self.tr("Versi"), lambda r: str(r.version)),
                Column(self.tr("Keberatan"), self._keberatan),
            ],
            self,
        )
        self.table = named(QTableView(), "myAssessments")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.file_button = named(QPushButton(self.tr("Ajukan &keberatan…")), "fileObjection")
        self.file_button.clicked.connect(self.ask_objection)
        self.message = named(QLabel(), "myObjectionMessage")
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.file_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def _keberatan(self, row: obj_svc.MyAssessmentRow) -> str:
        states = {
            "diajukan": self.tr("keberatan diajukan"),
            "ditolak": self.tr("keberatan ditolak"),
            "dikabulkan": self.tr("keberatan dikabulkan"),
        }
        if row.objection:
            return states[row.objection]
        if row.deadline:
            return self.tr("dapat diajukan s.d. {date}").format(date=fmt_date(row.deadline))
        return "—"

    def refresh(self) -> None:
        self.model.set_rows(obj_svc.my_decided_assessments(self.ctx))
        decided = [o for o in obj_svc.my_objections(self.ctx) if o.decision]
        self.message.setText(
            self.tr("Keputusan terakhir: {d}").format(d=decided[0].decision) if decided else ""
        )
        self._enable()

    def selected(self) -> obj_svc.MyAssessmentRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _enable(self) -> None:
        row = self.selected()
        self.file_button.setEnabled(row is not None and row.deadline is not None)

    def ask_objection(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = FormDialog(self.tr("Keberatan — {period}").format(period=row.period.label), self)
        text = named(QPlainTextEdit(), "objectionText")
        text.setPlaceholderText(self.tr("Uraikan alasan keberatan dan bukti yang belum dipertimbangkan"))
        dialog.form.addRow(self.tr("Alasan"), text)
        # The core's refusal (late, already filed, empty) shows inside the dialog, text kept.
        dialog.action = lambda: obj_svc.file_objection(
            self.ctx, assessment_id=row.assessment_id, text=text.toPlainText()
        )
        if dialog.exec():
            self.refresh()
            self.message.setText(self.tr("Keberatan diajukan kepada atasan pejabat penilai."))
