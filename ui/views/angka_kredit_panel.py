"""Angka kredit of a jabatan fungsional holder for a year: the lines, the total, and "Cetak…".

Shared by *Kinerja Saya* (the holder's own) and the team page (a subordinate's); the figures and
the rules come from ``services.angka_kredit`` and are only shown here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.angka_kredit import AngkaKreditLine
from asn_desktop.services import angka_kredit as ak_svc
from asn_desktop.services.context import AppContext
from ui.errors import show_error
from ui.locale import fmt_number
from ui.models.rows import Column, RowTableModel
from ui.widgets.names import named


class AngkaKreditPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.employee_id: str | None = None
        self.year = ctx.workspace.now().year
        self.summary_label = named(QLabel(), "angkaKreditSummary")
        self.summary_label.setWordWrap(True)
        self.model: RowTableModel[AngkaKreditLine] = RowTableModel(
            [
                Column(self.tr("Periode"), lambda r: r.period_label),
                Column(self.tr("Bulan"), lambda r: str(r.months), align_right=True),
                Column(self.tr("Predikat"), lambda r: r.predikat.label),
                Column(self.tr("Persentase"), lambda r: f"{fmt_number(r.percent)} %", align_right=True),
                Column(self.tr("Koefisien"), lambda r: fmt_number(r.koefisien), align_right=True),
                Column(self.tr("Angka kredit"), lambda r: fmt_number(r.value, 2), align_right=True),
            ],
            self,
        )
        self.table = named(QTableView(), "angkaKreditLines")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.print_button = named(QPushButton(self.tr("&Cetak angka kredit…")), "printAngkaKredit")
        self.print_button.clicked.connect(self.ask_print)
        row = QHBoxLayout()
        row.addWidget(self.summary_label, 1)
        row.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    def show_employee(self, employee_id: str | None, year: int) -> None:
        self.employee_id, self.year = employee_id, year
        summary = (
            ak_svc.angka_kredit_for(self.ctx, employee_id=employee_id, year=year) if employee_id else None
        )
        self.print_button.setEnabled(summary is not None)
        if summary is None:
            self.model.set_rows([])
            self.summary_label.setText(self.tr("Bukan jabatan fungsional: angka kredit tidak berlaku."))
            return
        self.model.set_rows(list(summary.lines))
        self.summary_label.setText(
            self.tr("Jenjang <b>{jenjang}</b> · angka kredit {year}: <b>{total}</b>{note}").format(
                jenjang=summary.jenjang,
                year=year,
                total=fmt_number(summary.total, 2),
                note=f"<br>{summary.note}" if summary.note else "",
            )
        )

    def ask_print(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan angka kredit"), f"angka-kredit-{self.year}.pdf", "PDF (*.pdf)"
        )
        if name:
            self.print_to(Path(name))

    def print_to(self, path: Path) -> bool:
        if self.employee_id is None:
            return False
        try:
            ak_svc.print_angka_kredit(self.ctx, employee_id=self.employee_id, year=self.year, out=path)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.summary_label.setText(
            self.summary_label.text() + "<br>" + self.tr("Dicetak ke {name}.").format(name=path.name)
        )
        return True
