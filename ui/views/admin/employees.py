"""Employees: the lazy list with search, the add/edit dialog, the mutasi dialog, and CSV/XLSX
import with its report."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.mutasi import check_mutasi
from asn_desktop.domain.nip import NIP_KINDS, InvalidNip, format_nip, parse_nip
from asn_desktop.domain.permissions import can_manage_master_data
from asn_desktop.errors import ImportRejected, ValidationFailed
from asn_desktop.services import employees as emp_svc
from asn_desktop.services import mutasi as mutasi_svc
from asn_desktop.services.context import AppContext
from asn_desktop.services.directory import EmployeeFilter, EmployeeRow, visible_employees
from asn_desktop.services.overview import UnitRow, employee_card, list_positions, list_units
from ui.errors import show_error
from ui.locale import current, fmt_date, fmt_number, to_date
from ui.models.employee_table import EmployeeTableModel
from ui.models.roles import RowRole
from ui.models.rows import Column, RowTableModel
from ui.tasks import TaskRunner
from ui.views.admin.employee_import import EmployeeImportFlow
from ui.views.admin.units import fill_unit_combo, unit_combo
from ui.widgets.file_dialogs import open_file, save_file
from ui.widgets.filter_box import FilterProxy, filter_box
from ui.widgets.form_dialog import FormDialog
from ui.widgets.names import named, with_popup
from ui.widgets.questions import confirm
from ui.widgets.tone import Tone, set_tone

TYPING_PAUSE_MS = 150  # filter after a short pause in typing, not on every key of a fast typist
PICKER_LIMIT = 50


class EmployeePicker(QWidget):
    """Search an employee by name or NIP and pick one of the first matches (50,000 never listed).

    Signals:
        picked(str | None): the chosen employee id changed.
    """

    picked = Signal(object)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, name: str, empty: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(name)
        self.empty = empty or self.tr("— tidak ada —")
        self.search = named(QLineEdit(), f"{name}Search")
        self.search.setPlaceholderText(self.tr("Ketik nama atau NIP…"))
        self.search.setClearButtonEnabled(True)
        self.choice = named(QComboBox(), f"{name}Choice")
        self.choice.setMinimumContentsLength(28)
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.search_now)
        self.search.textChanged.connect(lambda *_: self.timer.start())
        self.choice.currentIndexChanged.connect(lambda *_: self.picked.emit(self.choice.currentData()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search)
        layout.addWidget(self.choice)
        self.setFocusProxy(self.search)
        self.exclude: str | None = None
        self.search_now()

    def search_now(self) -> None:
        keep = self.current_id()
        keep_text = self.choice.currentText() if keep else None
        rows = visible_employees(self.ctx, EmployeeFilter(text=self.search.text()), limit=PICKER_LIMIT)
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItem(self.empty, None)
        if keep and keep_text and all(r.id != keep for r in rows):
            self.choice.addItem(keep_text, keep)
        for r in rows:
            if r.id != self.exclude:
                self.choice.addItem(f"{r.name} — {r.nip} ({r.unit_name})", r.id)
        index = self.choice.findData(keep) if keep else -1
        if index < 0 and self.search.text().strip() and self.choice.count() > 1:
            index = 1  # the best match, so typing then Tab picks it
        self.choice.setCurrentIndex(max(index, 0))
        self.choice.blockSignals(False)
        self.picked.emit(self.current_id())

    def current_id(self) -> str | None:
        chosen = self.choice.currentData()
        return str(chosen) if chosen else None

    def set_current(self, employee_id: str | None, label: str | None) -> None:
        self.choice.blockSignals(True)
        index = self.choice.findData(employee_id) if employee_id else 0
        if index < 0:
            self.choice.addItem(label or employee_id or "", employee_id)
            index = self.choice.count() - 1
        self.choice.setCurrentIndex(index)
        self.choice.blockSignals(False)


class NipField(QWidget):
    """A NIP line edit that checks the number as it is typed and says what is wrong under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = named(QLineEdit(), "nip")
        self.edit.setPlaceholderText(self.tr("18 digit, boleh dengan spasi"))
        self.edit.setMaxLength(24)
        self.reason = named(QLabel(), "nipReason")
        self.reason.setWordWrap(True)
        self.kind: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.reason)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(lambda *_: self.check())

    def set_kind(self, kind: str | None) -> None:
        self.kind = kind
        self.check()

    def check(self) -> bool:
        text = self.edit.text()
        if not text.strip():
            self._say("", ok=True)
            return False
        try:
            nip = parse_nip(text, self.kind)
        except InvalidNip as exc:
            self._say(exc.message, ok=False)
            return False
        gender = self.tr("laki-laki") if nip.gender == "L" else self.tr("perempuan")
        self._say(
            self.tr("NIP {kind} sah · lahir {born} · {gender}").format(
                kind=nip.kind, born=fmt_date(nip.birth_date), gender=gender
            ),
            ok=True,
        )
        return True

    def _say(self, text: str, *, ok: bool) -> None:
        self.reason.setText(text)
        self.reason.setProperty("valid", ok)
        set_tone(self.reason, Tone.OK if ok else Tone.ERROR)


class EmployeeDialog(FormDialog):
    """Add or edit one employee; the core checks everything again on OK."""

    def __init__(
        self,
        ctx: AppContext,
        units: list[UnitRow],
        parent: QWidget | None = None,
        *,
        row: EmployeeRow | None = None,
    ) -> None:
        title = self.tr("Ubah data pegawai") if row else self.tr("Tambah pegawai")
        super().__init__(title, parent)
        self.setObjectName("employeeDialog")
        self.ctx, self.row = ctx, row
        self.nip = NipField(self)
        self.name = named(QLineEdit(), "employeeName")
        self.kind = named(QComboBox(), "employeeType")
        self.kind.addItem(self.tr("Otomatis dari NIP"), None)
        for kind in NIP_KINDS:
            self.kind.addItem(kind, kind)
        self.kind.currentIndexChanged.connect(lambda *_: self.nip.set_kind(self.kind.currentData()))
        self.unit = unit_combo(units, name="employeeUnit")
        self.position = named(QComboBox(), "employeePosition")
        self.unit.currentIndexChanged.connect(lambda *_: self._load_positions())
        self.pangkat = named(QLineEdit(), "employeePangkat")
        self.golongan = named(QLineEdit(), "employeeGolongan")
        self.golongan.setPlaceholderText(self.tr("mis. III/a"))
        self.supervisor = EmployeePicker(ctx, self, name="supervisor", empty=self.tr("— tanpa atasan —"))
        self.email = named(QLineEdit(), "employeeEmail")
        for label, widget in (
            (self.tr("&NIP"), self.nip),
            (self.tr("Nam&a"), self.name),
            (self.tr("&Jenis ASN"), self.kind),
            (self.tr("&Unit kerja"), self.unit),
            (self.tr("Ja&batan"), self.position),
            (self.tr("&Pangkat"), self.pangkat),
            (self.tr("&Golongan"), self.golongan),
            (self.tr("A&tasan langsung"), self.supervisor),
            (self.tr("&Surel"), self.email),
        ):
            self.form.addRow(label, widget)
        self._load_positions()
        if row is not None:
            self._fill(row)
        self.action = self.save
        self.nip.setFocus()

    def _load_positions(self, wanted: str | None = None) -> None:
        self.position.clear()
        self.position.addItem(self.tr("— belum ditetapkan —"), None)
        unit_id = self.unit.currentData()
        for pid, name in list_positions(self.ctx, unit_id=unit_id) if unit_id else []:
            self.position.addItem(name, pid)
            if wanted and name == wanted:
                self.position.setCurrentIndex(self.position.count() - 1)

    def _fill(self, row: EmployeeRow) -> None:
        card = employee_card(self.ctx, row.id)
        self.nip.edit.setText(row.nip)
        self.name.setText(row.name)
        self.kind.setCurrentIndex(max(self.kind.findData(row.employee_type), 0))
        self.unit.setCurrentIndex(max(self.unit.findData(row.unit_id), 0))
        self._load_positions(card.position_name)
        self.pangkat.setText(card.pangkat or "")
        self.golongan.setText(card.golongan or "")
        self.supervisor.exclude = row.id  # nobody is their own supervisor
        self.supervisor.search_now()
        self.supervisor.set_current(row.supervisor_id, row.supervisor_name)

    def data(self) -> emp_svc.EmployeeInput:
        return emp_svc.EmployeeInput(
            nip=self.nip.edit.text(),
            name=self.name.text(),
            unit_id=self.unit.currentData() or "",
            employee_type=self.kind.currentData(),
            pangkat=self.pangkat.text().strip() or None,
            golongan=self.golongan.text().strip() or None,
            position_id=self.position.currentData(),
            supervisor_id=self.supervisor.current_id(),
            email=self.email.text().strip() or None,
        )

    def save(self) -> str:
        if self.row is None:
            return emp_svc.create_employee(self.ctx, self.data())
        emp_svc.update_employee(self.ctx, self.row.id, self.data())
        return self.row.id


class MutasiDialog(FormDialog):
    """Record a mutasi of one employee: the day, the new supervisor and (in his unit) position.

    The core decides: it closes the SKP in force on the day before and refuses what is not a
    mutasi, and its refusal shows inline. Before that, because the closing cannot be undone from
    here, the admin confirms a question that names the SKP to be closed and its new last day.
    """

    def __init__(self, ctx: AppContext, row: EmployeeRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Catat mutasi pegawai"), parent, ok_text=self.tr("&Catat mutasi"))
        self.setObjectName("mutasiDialog")
        self.ctx, self.row = ctx, row
        self.closed_skp: str | None = None
        who = named(QLabel(f"{row.name} — {format_nip(row.nip)} ({row.unit_name})"), "mutasiEmployee")
        who.setWordWrap(True)
        today = ctx.workspace.now().date()
        self.day = with_popup(named(QDateEdit(QDate(today.year, today.month, today.day)), "mutasiDate"))
        self.day.setLocale(current())  # month names in the interface's language
        self.day.setDisplayFormat("dd MMMM yyyy")
        self.supervisor = EmployeePicker(
            ctx, self, name="mutasiSupervisor", empty=self.tr("— tanpa atasan —")
        )
        self.supervisor.exclude = row.id  # nobody is their own supervisor
        self.supervisor.search_now()
        self.supervisor.set_current(row.supervisor_id, row.supervisor_name)
        self.position = named(QComboBox(), "mutasiPosition")
        self.position.addItem(self.tr("— tidak berubah —"), None)
        for pid, name in list_positions(ctx, unit_id=row.unit_id):
            self.position.addItem(name, pid)
        hint = named(
            QLabel(
                self.tr(
                    "Tanggal mutasi adalah hari pertama di tempat baru: SKP yang berlaku berakhir sehari "
                    "sebelumnya, lalu pegawai menyusun SKP baru untuk sisa tahun."
                )
            ),
            "mutasiHint",
        )
        hint.setWordWrap(True)
        self.form.addRow(self.tr("Pegawai"), who)
        self.form.addRow(self.tr("&Tanggal mutasi"), self.day)
        self.form.addRow(self.tr("&Atasan baru"), self.supervisor)
        self.form.addRow(self.tr("&Jabatan baru"), self.position)
        self.form.addRow(hint)
        self.action = self.save
        self.day.setFocus()

    def chosen_day(self) -> date:
        return to_date(self.day.date())

    def question(self) -> str | None:
        """What the confirmation asks, naming the SKP that closes; None when the core is to judge
        the day alone (a day outside the SKP's period: its refusal says why, no question first)."""
        day = self.chosen_day()
        periods = mutasi_svc.skp_periods(self.ctx, employee_id=self.row.id, year=day.year)
        if not periods:
            return self.tr(
                "{name} belum memiliki SKP tahun {year}; hanya atasan dan jabatannya yang diubah per {day}."
            ).format(name=self.row.name, year=day.year, day=fmt_date(day))
        current_skp = periods[-1]  # the one in force: the newest version, as the core closes it
        try:
            end, _ = check_mutasi(day.year, current_skp.first, current_skp.last, day)
        except DomainError:
            return None
        return self.tr(
            "SKP tahun {year} versi {version} milik {name} ({period}) akan ditutup: berakhir "
            "{end}. Sejak {day} pegawai menyusun SKP baru untuk sisa tahun. Lanjutkan?"
        ).format(
            year=day.year,
            version=current_skp.version,
            name=self.row.name,
            period=current_skp.label,
            end=fmt_date(end),
            day=fmt_date(day),
        )

    def _submit(self) -> None:
        question = self.question()
        if question is not None and not confirm(
            self, self.tr("Catat mutasi"), question, self.tr("&Catat mutasi"), destructive=True
        ):
            return
        super()._submit()

    def save(self) -> str | None:
        self.closed_skp = mutasi_svc.record_mutasi(
            self.ctx,
            employee_id=self.row.id,
            day=self.chosen_day(),
            supervisor_id=self.supervisor.current_id(),
            position_id=self.position.currentData(),
        )
        return self.closed_skp


class ImportReportDialog(QDialog):
    """The rows an import refused, each with its reason, and a button to save them as a text file."""

    def __init__(self, error: ImportRejected, source: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReport")
        self.setWindowTitle(self.tr("Impor dibatalkan"))
        self.error, self.source = error, source
        self.model: RowTableModel[tuple[int, str]] = RowTableModel(
            [
                Column(self.tr("Baris"), lambda r: str(r[0]), sort=lambda r: r[0], align_right=True),
                Column(self.tr("Alasan"), lambda r: r[1]),
            ],
            self,
        )
        self.model.set_rows(error.row_errors)
        proxy = FilterProxy(self.model, self)
        table = named(QTableView(), "importErrors")
        table.setModel(proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        summary = named(QLabel(error.message), "importSummary")
        summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        save = buttons.addButton(self.tr("Simpan laporan…"), QDialogButtonBox.ButtonRole.ActionRole)
        save.setObjectName("saveReport")
        save.clicked.connect(self.ask_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(filter_box(proxy, self, "importErrorFilter"))
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def report_text(self) -> str:
        lines = [self.error.message, self.tr("Berkas: {name}").format(name=self.source.name), ""]
        lines += [
            self.tr("baris {line}: {reason}").format(line=n, reason=why) for n, why in self.error.row_errors
        ]
        return "\n".join(lines) + "\n"

    def ask_save(self) -> None:
        suggested = f"{self.source.stem}-laporan-impor.txt"
        path = save_file(self, self.tr("Simpan laporan impor"), "import", suggested, self.tr("Teks (*.txt)"))
        if path:
            self.save_report(path)

    def save_report(self, path: Path) -> None:
        try:
            path.write_text(self.report_text(), encoding="utf-8")
        except OSError as exc:
            show_error(self, ValidationFailed(self.tr("Laporan tidak dapat disimpan: {e}").format(e=exc)))


class EmployeesTab(QWidget):
    """The employee list (lazy, filtered in SQL) with add, edit and import.

    Signals:
        employees_did_change(): employees were added, edited or imported.
    """

    employees_did_change = Signal()

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = tasks  # the window's runner: imports run on its job worker
        self.units: list[UnitRow] = []
        self.import_flow: EmployeeImportFlow | None = None
        self.import_running = False
        self.model = EmployeeTableModel(ctx, self)
        self.search = named(QLineEdit(), "employeeFilter")
        self.search.setPlaceholderText(self.tr("Cari nama atau NIP…"))
        self.search.setClearButtonEnabled(True)
        self.unit_filter = named(QComboBox(), "employeeUnitFilter")
        self.timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda *_: self.timer.start())
        self.unit_filter.currentIndexChanged.connect(lambda *_: self.apply_filter())
        self.table = self._table()
        self.count = named(QLabel(), "employeeTotal")
        self.status = named(QLabel(), "importStatus")
        self.status.setWordWrap(True)
        self._build()

    def _table(self) -> QTableView:
        table = named(QTableView(), "employeeTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((240, 190, 220, 200)):
            table.setColumnWidth(col, width)
        table.doubleClicked.connect(lambda *_: self.edit_employee())
        QShortcut(
            QKeySequence(Qt.Key.Key_Return), table, self.edit_employee, Qt.ShortcutContext.WidgetShortcut
        )
        return table

    def _build(self) -> None:
        buttons = []
        for text, name, slot in (
            (self.tr("&Tambah pegawai…"), "addEmployee", self.add_employee),
            (self.tr("U&bah…"), "editEmployee", self.edit_employee),
            (self.tr("&Catat mutasi…"), "recordMutasi", self.record_mutasi),
            (self.tr("&Impor SIASN/CSV/XLSX…"), "importEmployees", self.ask_import),
        ):
            button = named(QPushButton(text), name)
            button.clicked.connect(slot)
            buttons.append(button)
        self.import_button = buttons[-1]
        self.mutasi_button = buttons[2]
        self.mutasi_button.setToolTip(
            self.tr(
                "Pindah atasan atau jabatan di tengah tahun: SKP pegawai terpilih ditutup sehari sebelumnya"
            )
        )
        # Only an admin records a mutasi (the core refuses anyone else); others never see it.
        self.mutasi_button.setVisible(can_manage_master_data(self.ctx.actor))
        self.mutasi_button.setEnabled(False)  # until an employee is chosen
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._chosen_changed())
        self.import_button.setToolTip(
            self.tr(
                "Unduhan SIASN apa adanya (NIP BARU, NAMA, UNOR ID/UNOR NAMA, …), atau kolom nip, nama, "
                "unit (+ jenis, jabatan, pangkat, golongan, nip_atasan, email); tata letak lain: pilih kolom"
            )
        )
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.unit_filter, 1)
        for b in buttons:
            top.addWidget(b)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def refresh(self) -> None:
        self.units = list_units(self.ctx)
        fill_unit_combo(self.unit_filter, self.units, empty=self.tr("Semua unit"))
        self.apply_filter()

    def apply_filter(self) -> None:
        self.timer.stop()
        self.model.set_filter(EmployeeFilter(text=self.search.text(), unit_id=self.unit_filter.currentData()))
        self.count.setText(self.tr("{n} pegawai").format(n=self.model.total_text()))
        self._chosen_changed()

    def _chosen_changed(self) -> None:
        self.mutasi_button.setEnabled(self.selected() is not None)

    def selected(self) -> EmployeeRow | None:
        index = self.table.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def add_employee(self) -> None:
        self._run_dialog(EmployeeDialog(self.ctx, self.units or list_units(self.ctx), self))

    def edit_employee(self) -> None:
        row = self.selected()
        if row is not None:
            self._run_dialog(EmployeeDialog(self.ctx, self.units or list_units(self.ctx), self, row=row))

    def record_mutasi(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = MutasiDialog(self.ctx, row, self)
        if not dialog.exec():
            return
        day = fmt_date(dialog.chosen_day())
        if dialog.closed_skp:
            text = self.tr("Mutasi {name} per {day} dicatat; SKP lamanya berakhir sehari sebelumnya.")
        else:
            text = self.tr("Mutasi {name} per {day} dicatat; belum ada SKP tahun itu.")
        self.status.setText(text.format(name=row.name, day=day))
        self.apply_filter()
        self.employees_did_change.emit()

    def _run_dialog(self, dialog: EmployeeDialog) -> None:
        if dialog.exec():
            self.apply_filter()
            self.employees_did_change.emit()

    # --- import -------------------------------------------------------------------------------

    def ask_import(self) -> None:
        path = open_file(
            self,
            self.tr("Impor data pegawai"),
            "import",
            self.tr("Data pegawai (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)"),
        )
        if path:
            self.start_import(path)

    def start_import(self, path: Path) -> None:
        """Preview the file on the worker thread (mapping its columns if needed), then import on *Impor*."""
        self.import_running = True
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Memeriksa {name}…").format(name=path.name))
        self.import_flow = EmployeeImportFlow(self.ctx, self.tasks, self)
        self.import_flow.import_did_finish.connect(self._import_done)
        self.import_flow.import_did_stop.connect(self._import_stopped)
        self.import_flow.start(path)

    def _import_finished(self) -> None:
        self.import_running = False
        self.import_button.setEnabled(True)

    def _import_done(self, report: Any) -> None:  # imports.ImportReport
        self._import_finished()
        self.status.setText(
            self.tr("Impor selesai: {created} pegawai baru, {updated} diperbarui, {units} unit baru.").format(
                created=fmt_number(report.created),
                updated=fmt_number(report.updated),
                units=fmt_number(report.units_created),
            )
        )
        self.refresh()
        self.employees_did_change.emit()

    def _import_stopped(self, text: str) -> None:
        self._import_finished()
        self.status.setText(text)


__all__ = [
    "EmployeeDialog",
    "EmployeePicker",
    "EmployeesTab",
    "ImportReportDialog",
    "MutasiDialog",
    "NipField",
]
