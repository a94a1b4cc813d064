"""Kompetensi Jabatan: each position's technical, managerial and socio-cultural competencies with
the level the position requires; the 360° rounds rate exactly these."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
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

from asn_desktop.domain.competency import SCALE, CompetencyKind
from asn_desktop.services import competency as comp
from asn_desktop.services.competency import CompetencyView, PositionRow
from asn_desktop.services.context import AppContext
from ui.errors import show_error
from ui.models.roles import RowRole
from ui.models.rows import Column, RowTableModel
from ui.tasks import TaskRunner
from ui.widgets.current_row import current_row
from ui.widgets.filter_box import FilterProxy, filter_box
from ui.widgets.form_dialog import FormDialog
from ui.widgets.names import named
from ui.widgets.questions import confirm


class CompetencyDialog(FormDialog):
    """Add a competency to a position, or change one."""

    def __init__(
        self,
        ctx: AppContext,
        position_id: str,
        existing: CompetencyView | None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Ubah kompetensi") if existing else self.tr("Tambah kompetensi")
        super().__init__(title, parent)
        self.setObjectName("competencyDialog")
        self.ctx, self.position_id, self.existing = ctx, position_id, existing
        self.kind = named(QComboBox(), "competencyKind")
        for kind in CompetencyKind:
            self.kind.addItem(kind.label, kind.value)
        self.name = named(QLineEdit(), "competencyName")
        self.name.setPlaceholderText(self.tr("mis. Analisis Kebijakan"))
        self.level = named(QComboBox(), "competencyLevel")
        for level in SCALE:
            self.level.addItem(f"{level.score} – {level.label}", level.score)
        self.level.setCurrentIndex(2)
        self.description = named(QPlainTextEdit(), "competencyDescription")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        if existing is not None:
            self.kind.setCurrentIndex(self.kind.findData(existing.kind.value))
            self.name.setText(existing.name)
            self.level.setCurrentIndex(self.level.findData(existing.required_level))
            self.description.setPlainText(existing.description or "")
        self.form.addRow(self.tr("&Jenis"), self.kind)
        self.form.addRow(self.tr("&Nama kompetensi"), self.name)
        self.form.addRow(self.tr("&Level yang dipersyaratkan"), self.level)
        self.form.addRow(self.tr("&Uraian (opsional)"), self.description)
        self.action = self.save

    def save(self) -> object:
        fields = {
            "kind": self.kind.currentData(),
            "name": self.name.text(),
            "required_level": self.level.currentData(),
            "description": self.description.toPlainText(),
        }
        if self.existing is None:
            return comp.add_position_competency(self.ctx, position_id=self.position_id, **fields)
        comp.update_position_competency(self.ctx, competency_id=self.existing.id, **fields)
        return self.existing.id


class CompetenciesTab(QWidget):
    """Above, every position (searchable); below, the chosen position's competencies."""

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = tasks
        self.positions: RowTableModel[PositionRow] = RowTableModel(
            [
                Column(self.tr("Jabatan"), lambda r: r.name),
                Column(self.tr("Unit kerja"), lambda r: r.unit_name),
                Column(
                    self.tr("Kompetensi"),
                    lambda r: str(r.competencies),
                    sort=lambda r: r.competencies,
                    align_right=True,
                ),
            ],
            self,
        )
        self.competencies: RowTableModel[CompetencyView] = RowTableModel(
            [
                Column(self.tr("Jenis"), lambda r: r.kind.label),
                Column(self.tr("Nama kompetensi"), lambda r: r.name),
                Column(self.tr("Level"), lambda r: str(r.required_level), align_right=True),
                Column(self.tr("Uraian"), lambda r: r.description or ""),
            ],
            self,
        )
        self.proxy = FilterProxy(self.positions, self)
        self.position_table = self._table(self.proxy, "positionCompetencyList", stretch=0)
        self.position_table.setSortingEnabled(True)
        self.position_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.position_table.selectionModel().selectionChanged.connect(lambda *_: self._show_position())
        self.table = self._table(self.competencies, "competencyTable", stretch=3)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.table.doubleClicked.connect(lambda *_: self.edit())
        self.header = named(QLabel(wordWrap=True), "competencyHeader")
        self.add_button = named(QPushButton(self.tr("&Tambah kompetensi…")), "addCompetency")
        self.add_button.clicked.connect(self.add)
        self.edit_button = named(QPushButton(self.tr("U&bah…")), "editCompetency")
        self.edit_button.clicked.connect(self.edit)
        self.remove_button = named(QPushButton(self.tr("&Hapus")), "removeCompetency")
        self.remove_button.clicked.connect(self.remove)
        self._build()

    def _table(self, model: object, name: str, *, stretch: int) -> QTableView:
        table = named(QTableView(), name)
        table.setModel(model)  # type: ignore[arg-type]
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return table

    def _build(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(filter_box(self.proxy, self, "positionCompetencyFilter"))
        left_layout.addWidget(self.position_table)
        bar = QHBoxLayout()
        bar.addWidget(self.header, 1)
        for button in (self.add_button, self.edit_button, self.remove_button):
            bar.addWidget(button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([360, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def refresh(self) -> None:
        """Every position of the agency, loaded on the read worker; the chosen one stays chosen."""
        chosen, ctx = self.position(), self.ctx

        def show(rows: list[PositionRow]) -> None:
            self.positions.set_rows(rows)
            if chosen is not None:
                self.select_position(chosen.id)
            self._show_position()

        self.tasks.load(self, "positions", lambda: comp.positions_for_competencies(ctx), show)

    def select_position(self, position_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(RowRole).id == position_id:
                self.position_table.selectRow(row)
                return

    def position(self) -> PositionRow | None:
        return current_row(self.position_table)

    def current(self) -> CompetencyView | None:
        return current_row(self.table)

    def _show_position(self) -> None:
        pos = self.position()
        if pos is None:
            self.header.setText(self.tr("Pilih jabatan di daftar di atas."))
            self.competencies.set_rows([])
        else:
            self.header.setText(self.tr("<b>{name}</b> · {unit}").format(name=pos.name, unit=pos.unit_name))
            self.competencies.set_rows(comp.list_position_competencies(self.ctx, position_id=pos.id))
        self._enable()

    def _enable(self) -> None:
        self.add_button.setEnabled(self.position() is not None)
        self.edit_button.setEnabled(self.current() is not None)
        self.remove_button.setEnabled(self.current() is not None)

    def _after_change(self) -> None:
        self.refresh()  # keeps the chosen position and shows its competencies again

    def add(self) -> None:
        pos = self.position()
        if pos is not None and CompetencyDialog(self.ctx, pos.id, None, self).exec():
            self._after_change()

    def edit(self) -> None:
        pos, current = self.position(), self.current()
        if (
            pos is not None
            and current is not None
            and CompetencyDialog(self.ctx, pos.id, current, self).exec()
        ):
            self._after_change()

    def remove(self) -> None:
        current = self.current()
        if current is None:
            return
        if not confirm(
            self,
            self.tr("Hapus kompetensi"),
            self.tr('Hapus kompetensi "{name}" dari jabatan ini?').format(name=current.name),
            self.tr("&Hapus"),
        ):
            return
        try:
            comp.remove_position_competency(self.ctx, competency_id=current.id)
        except Exception as exc:
            show_error(self, exc)
        self._after_change()
