"""The agency as its forms print it: name, city, time zone, logo; each unit's place and pimpinan
yang berwenang; and the configuration tables (leader rule, angka kredit) — every change through
the core's services, which check it again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.acting import ActingKind
from asn_desktop.domain.angka_kredit import JENJANG_LABELS
from asn_desktop.domain.curve import PredikatOrganisasi
from asn_desktop.domain.formatting import TimeZoneId
from asn_desktop.domain.rating import Predikat, Rating
from asn_desktop.services import acting, agency, settings
from asn_desktop.services.context import AppContext
from asn_desktop.services.overview import list_positions, list_units
from ui.errors import show_error
from ui.locale import current, fmt_date, to_date
from ui.views.admin.employees import EmployeePicker
from ui.views.admin.units import fill_unit_combo
from ui.widgets.names import named, with_popup

_KEY_LABELS = {
    **{p.value: p.label for p in PredikatOrganisasi},
    **{p.value: p.label for p in Predikat},
    **JENJANG_LABELS,
}


class AgencyTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.message = named(QLabel(), "agencyMessage")
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self._agency_box(), 1)
        top.addWidget(self._logo_box())
        # Five boxes of settings are taller than a 1280×720 screen (1920×1080 at 150 %): they
        # scroll inside the tab rather than push the window past the screen.
        content = QWidget()
        scroll = named(QScrollArea(), "agencyScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.addLayout(top)
        middle = QHBoxLayout()
        middle.addWidget(self._unit_box(), 1)
        middle.addWidget(self._acting_box(), 1)
        layout.addLayout(middle)
        layout.addWidget(self._table_box(), 1)
        layout.addWidget(self.message)
        scroll.setWidget(content)

    def _agency_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Instansi"))
        self.name = named(QLineEdit(), "agencyName")
        self.city = named(QLineEdit(), "agencyCity")
        self.city.setPlaceholderText(self.tr("kota tempat formulir ditandatangani"))
        self.zone = named(QComboBox(), "agencyZone")
        for zone in TimeZoneId:
            self.zone.addItem(zone.label, zone.value)
        save = named(QPushButton(self.tr("&Simpan")), "saveAgency")
        save.clicked.connect(self.save_agency)
        form = QFormLayout(box)
        form.addRow(self.tr("&Nama"), self.name)
        form.addRow(self.tr("&Kota"), self.city)
        form.addRow(self.tr("&Zona waktu"), self.zone)
        form.addRow("", save)
        return box

    def _logo_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Logo kop formulir"))
        self.logo = named(QLabel(), "agencyLogo")
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setFixedSize(160, 90)
        pick = named(QPushButton(self.tr("Pilih &logo…")), "pickLogo")
        pick.clicked.connect(self.ask_logo)
        clear = named(QPushButton(self.tr("Hapus logo")), "clearLogo")
        clear.clicked.connect(
            lambda: self._do(lambda: agency.set_logo(self.ctx, data=None), self.tr("Logo dihapus."))
        )
        layout = QVBoxLayout(box)
        layout.addWidget(self.logo)
        layout.addWidget(pick)
        layout.addWidget(clear)
        return box

    def _unit_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Unit kerja: tempat dan pimpinan yang berwenang (penetapan predikat)"))
        self.unit = named(QComboBox(), "settingsUnit")
        self.unit.currentIndexChanged.connect(lambda *_: self.load_unit())
        self.unit_city = named(QLineEdit(), "unitCity")
        self.unit_city.setPlaceholderText(self.tr("kosong: kota instansi"))
        self.pimpinan = EmployeePicker(
            self.ctx, self, name="unitPimpinan", empty=self.tr("— kepala unit di atasnya —")
        )
        save = named(QPushButton(self.tr("Simpan &unit")), "saveUnitSettings")
        save.clicked.connect(self.save_unit)
        form = QFormLayout(box)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Kota"), self.unit_city)
        form.addRow(self.tr("Pimpinan yang berwenang"), self.pimpinan)
        form.addRow("", save)
        return box

    def _acting_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Pelaksana tugas (Plt./Plh.)"))
        self.acting_unit = named(QComboBox(), "actingUnit")
        self.acting_unit.currentIndexChanged.connect(lambda *_: self._load_acting_positions())
        self.acting_position = named(QComboBox(), "actingPosition")
        self.acting_who = EmployeePicker(self.ctx, self, name="actingEmployee")
        self.acting_kind = named(QComboBox(), "actingKind")
        for kind in ActingKind:
            self.acting_kind.addItem(kind.label, kind.value)
        today = QDate.currentDate()
        self.acting_from = with_popup(named(QDateEdit(today), "actingFrom"))
        self.acting_to = with_popup(named(QDateEdit(today.addMonths(1)), "actingTo"))
        for day in (self.acting_from, self.acting_to):  # "1 Juli 2026", not Qt's short "01/07/26"
            day.setLocale(current())
            day.setDisplayFormat("d MMMM yyyy")
        add = named(QPushButton(self.tr("&Tetapkan")), "assignActing")
        add.clicked.connect(self.assign_acting)
        self.acting_list = named(QListWidget(), "actingList")
        remove = named(QPushButton(self.tr("Ha&pus penugasan")), "removeActing")
        remove.clicked.connect(self.remove_acting)
        dates = QHBoxLayout()
        dates.addWidget(self.acting_kind)
        dates.addWidget(self.acting_from)
        dates.addWidget(QLabel(self.tr("s.d.")))
        dates.addWidget(self.acting_to)
        form = QFormLayout(box)
        form.addRow(self.tr("Unit"), self.acting_unit)
        form.addRow(self.tr("Jabatan"), self.acting_position)
        form.addRow(self.tr("Pelaksana"), self.acting_who)
        form.addRow(self.tr("Jenis dan tanggal"), dates)
        form.addRow("", add)
        form.addRow(self.acting_list)
        form.addRow("", remove)
        return box

    def _table_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Tabel konfigurasi"))
        self.table_key = named(QComboBox(), "configTable")
        for setting in settings.SETTINGS.values():
            self.table_key.addItem(setting.label, setting.key)
        self.table_key.currentIndexChanged.connect(lambda *_: self.load_table())
        self.table = named(QTableWidget(0, 2), "configRows")
        self.table.setHorizontalHeaderLabels([self.tr("Untuk"), self.tr("Nilai")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The value column as wide as its widest choice ("Di Atas Ekspektasi"), never cut.
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(160)
        self.table.verticalHeader().hide()
        save = named(QPushButton(self.tr("Simpan &tabel")), "saveConfigTable")
        save.clicked.connect(self.save_table)
        reset = named(QPushButton(self.tr("Kembalikan nilai bawaan")), "resetConfigTable")
        reset.clicked.connect(self.reset_table)
        row = QHBoxLayout()
        row.addWidget(self.table_key, 1)
        row.addWidget(save)
        row.addWidget(reset)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        return box

    # --- data ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        view = agency.agency_settings(self.ctx)
        self.name.setText(view.name)
        self.city.setText(view.city or "")
        self.zone.setCurrentIndex(max(self.zone.findData(view.timezone.value), 0))
        self._show_logo()
        units = list_units(self.ctx)
        fill_unit_combo(self.unit, units)
        fill_unit_combo(self.acting_unit, units)
        self.load_unit()
        self.load_table()
        self.load_acting()

    def _load_acting_positions(self) -> None:
        unit_id = self.acting_unit.currentData()
        self.acting_position.clear()
        for position_id, name in list_positions(self.ctx, unit_id=unit_id) if unit_id else []:
            self.acting_position.addItem(name, position_id)

    def load_acting(self) -> None:
        self._load_acting_positions()
        self.acting_list.clear()
        for row in acting.list_acting(self.ctx):
            item = QListWidgetItem(
                f"{row.title} ({row.unit_name}): {row.employee_name}, "
                f"{fmt_date(row.start_on)} – {fmt_date(row.end_on)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.acting_list.addItem(item)

    def assign_acting(self) -> None:
        position, who = self.acting_position.currentData(), self.acting_who.current_id()
        if position is None or who is None:
            self.message.setText(self.tr("Pilih jabatan dan pelaksananya."))
            return
        self._do(
            lambda: acting.assign_acting(
                self.ctx,
                position_id=position,
                employee_id=who,
                kind=self.acting_kind.currentData(),
                start_on=to_date(self.acting_from.date()),
                end_on=to_date(self.acting_to.date()),
            ),
            self.tr("Pelaksana tugas ditetapkan."),
        )

    def remove_acting(self) -> None:
        if self.acting_list.currentRow() < 0:  # no current item (the stubs type currentItem() as never None)
            return
        item = self.acting_list.currentItem()
        assignment = item.data(Qt.ItemDataRole.UserRole)
        self._do(
            lambda: acting.remove_acting(self.ctx, assignment_id=assignment), self.tr("Penugasan dihapus.")
        )

    def _show_logo(self) -> None:
        data = agency.logo_png(self.ctx)
        if not data:
            self.logo.setText(self.tr("(tanpa logo)"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(data, "PNG")
        self.logo.setPixmap(pixmap.scaled(self.logo.size(), Qt.AspectRatioMode.KeepAspectRatio))

    def load_unit(self) -> None:
        unit_id = self.unit.currentData()
        if unit_id is None:
            return
        view = agency.unit_settings(self.ctx, unit_id=unit_id)
        self.unit_city.setText(view.city or "")
        self.pimpinan.set_current(view.pimpinan_id, view.pimpinan_label)

    def load_table(self) -> None:
        key = self.table_key.currentData()
        values = settings.get_setting(self.ctx, key)
        self.table.setRowCount(0)
        for k, v in values.items():
            raw_key = str(getattr(k, "value", k))
            row = self.table.rowCount()
            self.table.insertRow(row)
            label = QTableWidgetItem(_KEY_LABELS.get(raw_key, raw_key))
            label.setData(Qt.ItemDataRole.UserRole, raw_key)
            label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, label)
            if key == settings.LEADER_RULE:
                combo = QComboBox()
                for rating in Rating:
                    combo.addItem(rating.label, rating.value)
                combo.setCurrentIndex(combo.findData(str(getattr(v, "value", v))))
                self.table.setCellWidget(row, 1, combo)
            else:
                self.table.setItem(row, 1, QTableWidgetItem(str(v).replace(".", ",")))

    def table_values(self) -> dict[str, str]:
        out = {}
        for row in range(self.table.rowCount()):
            label = self.table.item(row, 0)
            assert label is not None  # load_table gives every row its label
            widget = self.table.cellWidget(row, 1)
            if isinstance(widget, QComboBox):
                out[label.data(Qt.ItemDataRole.UserRole)] = widget.currentData()
            else:
                value = self.table.item(row, 1)
                assert value is not None  # and, without a combo box, its value
                out[label.data(Qt.ItemDataRole.UserRole)] = value.text()
        return out

    def _do(self, action: Callable[[], object], done: str) -> bool:
        try:
            action()
        except Exception as exc:
            show_error(self, exc)
            return False
        self.message.setText(done)
        self.refresh()
        return True

    def save_agency(self) -> None:
        self._do(
            lambda: agency.set_agency(
                self.ctx, name=self.name.text(), city=self.city.text(), timezone=self.zone.currentData()
            ),
            self.tr("Pengaturan instansi disimpan."),
        )

    def ask_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih logo"), "", "Gambar (*.png *.jpg *.jpeg)")
        if name:
            self.set_logo_file(Path(name))

    def set_logo_file(self, path: Path) -> bool:
        return self._do(lambda: agency.set_logo_file(self.ctx, path=path), self.tr("Logo disimpan."))

    def save_unit(self) -> None:
        unit_id, pimpinan = self.unit.currentData(), self.pimpinan.current_id()
        self._do(
            lambda: agency.set_unit_settings(
                self.ctx,
                unit_id=unit_id,
                city=self.unit_city.text(),
                pimpinan_id=pimpinan,
                clear_pimpinan=pimpinan is None,
            ),
            self.tr("Pengaturan unit {unit} disimpan.").format(unit=self.unit.currentText()),
        )

    def save_table(self) -> None:
        key = self.table_key.currentData()
        self._do(lambda: settings.set_setting(self.ctx, key, self.table_values()), self.tr("Tabel disimpan."))

    def reset_table(self) -> None:
        key = self.table_key.currentData()
        self._do(lambda: settings.set_setting(self.ctx, key, None), self.tr("Tabel kembali ke nilai bawaan."))
