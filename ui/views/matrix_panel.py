"""The leader's Matriks Pembagian Peran dan Hasil on the team page: his RHK of the year, who takes
each and in which role; *Bagikan*, *Hapus* and *Cetak…*. The rules (who may share what, which RHK
a subordinate may then intervene) are ``services.role_matrix``'s; this only shows and asks.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.matrix import MatrixRole
from asn_desktop.errors import AsnError
from asn_desktop.services import role_matrix as rm
from asn_desktop.services.context import AppContext
from ui.errors import show_error
from ui.models.rows import Column, RowTableModel
from ui.widgets.names import named


@dataclass(frozen=True)
class MatrixRow:
    number: int
    result: str
    entry_id: str | None
    name: str
    role: str
    hasil: str


class MatrixPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year = ctx.workspace.now().year
        self.matrix: rm.RoleMatrix | None = None
        self.message = named(QLabel(), "matrixMessage")
        self.message.setWordWrap(True)
        self.model: RowTableModel[MatrixRow] = RowTableModel(
            [
                Column(self.tr("No"), lambda r: str(r.number), align_right=True),
                Column(self.tr("RHK pimpinan"), lambda r: r.result),
                Column(self.tr("Pegawai"), lambda r: r.name),
                Column(self.tr("Peran"), lambda r: r.role),
                Column(self.tr("Hasil kerja yang diharapkan"), lambda r: r.hasil),
            ],
            self,
        )
        self.table = named(QTableView(), "matrixTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        # Number, name and role in full; the two texts (the leader's RHK and the expected result)
        # share what is left, so neither takes the whole width at 1366×768.
        header = self.table.horizontalHeader()
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._form())

    def _form(self) -> QHBoxLayout:
        self.result = named(QComboBox(), "matrixResult")
        self.member = named(QComboBox(), "matrixMember")
        self.role = named(QComboBox(), "matrixRole")
        for role in MatrixRole:
            self.role.addItem(role.label, role.value)
        self.hasil = named(QLineEdit(), "matrixHasil")
        self.hasil.setPlaceholderText(self.tr("hasil kerja yang diharapkan darinya (boleh kosong)"))
        form = QFormLayout()
        form.addRow(self.tr("&RHK"), self.result)
        form.addRow(self.tr("P&egawai"), self.member)
        form.addRow(self.tr("Pe&ran"), self.role)
        form.addRow(self.tr("&Hasil"), self.hasil)
        self.share_button = named(QPushButton(self.tr("&Bagikan")), "matrixShare")
        self.share_button.clicked.connect(self.share)
        self.remove_button = named(QPushButton(self.tr("Ha&pus baris")), "matrixRemove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.print_button = named(QPushButton(self.tr("&Cetak matriks…")), "matrixPrint")
        self.print_button.clicked.connect(self.ask_print)
        buttons = QVBoxLayout()
        for b in (self.share_button, self.remove_button, self.print_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addLayout(form, 1)
        row.addLayout(buttons)
        return row

    def load(self, year: int) -> None:
        self.year = year
        leader = self.ctx.actor.employee_id
        try:
            self.matrix = rm.get_matrix(self.ctx, employee_id=leader, year=year) if leader else None
        except AsnError as exc:
            self.matrix = None
            self.message.setText(exc.message)
        rows: list[MatrixRow] = []
        kept_result, kept_member = self.result.currentData(), self.member.currentData()
        self.result.clear()
        self.member.clear()
        if self.matrix is not None:
            self.message.setText(
                self.tr("Bagikan RHK Anda tahun {year} kepada pegawai yang Anda nilai.").format(year=year)
            )
            for n, r in enumerate(self.matrix.results, 1):
                self.result.addItem(f"{n}. {r.text}", r.rhk_id)
                rows += [MatrixRow(n, r.text, c.id, c.name, c.role.label, c.hasil or "") for c in r.cells]
                if not r.cells:
                    rows.append(MatrixRow(n, r.text, None, self.tr("(belum dibagikan)"), "", ""))
            for emp_id, name in self.matrix.members:
                self.member.addItem(name, emp_id)
            self.result.setCurrentIndex(max(0, self.result.findData(kept_result)))
            self.select_member(kept_member)
        self.model.set_rows(rows)
        for w in (self.share_button, self.print_button, self.remove_button):
            w.setEnabled(self.matrix is not None)

    def select_member(self, employee_id: str | None) -> None:
        index = self.member.findData(employee_id)
        if index >= 0:
            self.member.setCurrentIndex(index)

    def share(self) -> bool:
        if self.result.currentData() is None or self.member.currentData() is None:
            return False
        try:
            rm.set_matrix_entry(
                self.ctx,
                rhk_id=self.result.currentData(),
                employee_id=self.member.currentData(),
                role=self.role.currentData(),
                hasil=self.hasil.text(),
            )
        except Exception as exc:
            show_error(self, exc)
            return False
        self.hasil.clear()
        self.load(self.year)
        return True

    def remove_selected(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        if row is None or row.entry_id is None:
            return False
        try:
            rm.remove_matrix_entry(self.ctx, entry_id=row.entry_id)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.load(self.year)
        return True

    def ask_print(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan matriks"), f"matriks-peran-hasil-{self.year}.pdf", "PDF (*.pdf)"
        )
        if name:
            self.print_to(Path(name))

    def print_to(self, path: Path) -> bool:
        leader = self.ctx.actor.employee_id
        if leader is None:
            return False
        try:
            rm.print_matrix(self.ctx, employee_id=leader, year=self.year, out=path)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.message.setText(self.tr("Dicetak ke {name}.").format(name=path.name))
        return True
