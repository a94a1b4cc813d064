"""Units (a tree) and their positions: list, search, add."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.angka_kredit import JENJANG_LABELS
from asn_desktop.errors import ValidationFailed
from asn_desktop.services import employees as emp_svc
from asn_desktop.services.context import AppContext
from asn_desktop.services.overview import UnitRow, list_positions, list_units
from ui.errors import show_error
from ui.models.roles import RowRole
from ui.models.rows import Column, RowTableModel
from ui.widgets.filter_box import FilterProxy, filter_box
from ui.widgets.form_dialog import FormDialog
from ui.widgets.names import named

Index = QModelIndex | QPersistentModelIndex

POSITION_KIND_LABELS = {
    "jpt": "Jabatan Pimpinan Tinggi",
    "administrator": "Administrator",
    "pengawas": "Pengawas",
    "pelaksana": "Pelaksana",
    "fungsional": "Fungsional",
}


@dataclass(eq=False)
class _Node:
    unit: UnitRow | None
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class UnitTreeModel(QAbstractItemModel):
    """Units under their parents. Columns: Unit kerja, Pegawai. ``RowRole`` gives the ``UnitRow``."""

    NAME, EMPLOYEES = range(2)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = _Node(None)
        self.headers = [self.tr("Unit kerja"), self.tr("Pegawai")]

    def set_units(self, units: list[UnitRow]) -> None:
        self.beginResetModel()
        self.root = _Node(None)
        nodes = {u.id: _Node(u) for u in units}
        for u in units:  # already sorted by name; a unit whose parent is unknown sits at the top
            node = nodes[u.id]
            node.parent = nodes.get(u.parent_id) if u.parent_id else None
            node.parent = node.parent or self.root
            node.parent.children.append(node)
        self.endResetModel()

    def _node(self, index: Index) -> _Node:
        return index.internalPointer() if index.isValid() else self.root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._node(parent).children[row])

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid():
            return QModelIndex()
        node = self._node(child).parent
        if node is None or node is self.root:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        unit = self._node(index).unit
        assert unit is not None
        if role == RowRole:
            return unit
        if role == Qt.ItemDataRole.DisplayRole:
            return unit.name if index.column() == self.NAME else str(unit.employees)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.EMPLOYEES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


def unit_combo(units: list[UnitRow], *, name: str, empty: str | None = None) -> QComboBox:
    combo = named(QComboBox(), name)
    fill_unit_combo(combo, units, empty=empty)
    return combo


def fill_unit_combo(combo: QComboBox, units: list[UnitRow], *, empty: str | None = None) -> None:
    """Units listed with their path, so same-named units stay distinguishable; keeps the choice."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    by_id = {u.id: u for u in units}
    for u in units:
        path, seen, up = [u.name], {u.id}, by_id.get(u.parent_id or "")
        while up is not None and up.id not in seen:
            path.append(up.name)
            seen.add(up.id)
            up = by_id.get(up.parent_id or "")
        combo.addItem(" › ".join(reversed(path)), u.id)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)


class UnitsTab(QWidget):
    """The unit tree with a search box; the selected unit's positions beside it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.units: list[UnitRow] = []
        self.model = UnitTreeModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tree = named(QTreeView(), "unitTree")
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._show_positions())
        self.search = named(QLineEdit(), "unitFilter")
        self.search.setPlaceholderText(self.tr("Cari unit…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.positions: RowTableModel[tuple[str, str]] = RowTableModel(
            [Column(self.tr("Jabatan di unit terpilih"), lambda r: r[1])], self
        )
        self.positions_proxy = FilterProxy(self.positions, self)
        self._build()

    def _build(self) -> None:
        add_unit = named(QPushButton(self.tr("Tambah &unit…")), "addUnit")
        add_unit.clicked.connect(self.add_unit)
        add_position = named(QPushButton(self.tr("Tambah &jabatan…")), "addPosition")
        add_position.clicked.connect(self.add_position)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(add_unit)
        top.addWidget(add_position)
        table = named(QTableView(), "positionTable")
        table.setModel(self.positions_proxy)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(filter_box(self.positions_proxy, self, "positionFilter"))
        right_layout.addWidget(table)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def refresh(self) -> None:
        selected = self.selected_unit_id()
        self.units = list_units(self.ctx)
        self.model.set_units(self.units)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(1)
        if selected:
            self.select_unit(selected)
        elif self.proxy.rowCount():
            self.tree.setCurrentIndex(self.proxy.index(0, 0))
        self._show_positions()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self.tree.expandAll()

    def selected_unit_id(self) -> str | None:
        index = self.tree.currentIndex()
        unit = index.data(RowRole) if index.isValid() else None
        return unit.id if unit else None

    def select_unit(self, unit_id: str) -> None:
        for index in self._all_indexes():
            if index.data(RowRole).id == unit_id:
                self.tree.setCurrentIndex(index)
                return

    def _all_indexes(self, parent: QModelIndex | None = None) -> list[QModelIndex]:
        parent = parent or QModelIndex()
        out = []
        for row in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(row, 0, parent)
            out += [index, *self._all_indexes(index)]
        return out

    def _show_positions(self) -> None:
        unit_id = self.selected_unit_id()
        self.positions.set_rows(list_positions(self.ctx, unit_id=unit_id) if unit_id else [])

    def add_unit(self) -> None:
        dialog = FormDialog(self.tr("Tambah unit kerja"), self)
        dialog.setObjectName("unitDialog")
        name = named(QLineEdit(), "unitName")
        code = named(QLineEdit(), "unitCode")
        parent = unit_combo(self.units, name="unitParent", empty=self.tr("— unit teratas —"))
        parent.setCurrentIndex(max(parent.findData(self.selected_unit_id()), 0))
        dialog.form.addRow(self.tr("&Nama unit"), name)
        dialog.form.addRow(self.tr("&Kode (opsional)"), code)
        dialog.form.addRow(self.tr("&Unit induk"), parent)
        dialog.action = lambda: emp_svc.create_unit(
            self.ctx, name=name.text(), parent_id=parent.currentData(), code=code.text().strip() or None
        )
        if dialog.exec():
            self.refresh()
            self.select_unit(dialog.result_value)

    def add_position(self) -> None:
        if not self.units:
            show_error(self, ValidationFailed(self.tr("Tambahkan unit kerja terlebih dahulu.")))
            return
        dialog = FormDialog(self.tr("Tambah jabatan"), self)
        dialog.setObjectName("positionDialog")
        unit = unit_combo(self.units, name="positionUnit")
        unit.setCurrentIndex(max(unit.findData(self.selected_unit_id()), 0))
        name = named(QLineEdit(), "positionName")
        kind = named(QComboBox(), "positionKind")
        for value in emp_svc.POSITION_KINDS:
            kind.addItem(POSITION_KIND_LABELS.get(value, value), value)
        leads = named(QCheckBox(self.tr("Memimpin unit ini (kepala unit)")), "positionLeads")
        jenjang = named(QComboBox(), "positionJenjang")
        jenjang.addItem(self.tr("— bukan jabatan fungsional —"), None)
        for value, label in JENJANG_LABELS.items():
            jenjang.addItem(label, value)
        dialog.form.addRow(self.tr("&Unit kerja"), unit)
        dialog.form.addRow(self.tr("&Nama jabatan"), name)
        dialog.form.addRow(self.tr("&Jenis jabatan"), kind)
        dialog.form.addRow(self.tr("Jen&jang (angka kredit)"), jenjang)
        dialog.form.addRow("", leads)
        dialog.action = lambda: emp_svc.create_position(
            self.ctx,
            unit_id=unit.currentData(),
            name=name.text(),
            kind=kind.currentData(),
            leads_unit=leads.isChecked(),
            jf_jenjang=jenjang.currentData(),
        )
        if dialog.exec():
            self.select_unit(unit.currentData())
            self._show_positions()


__all__ = ["POSITION_KIND_LABELS", "UnitTreeModel", "UnitsTab", "fill_unit_combo", "unit_combo"]
