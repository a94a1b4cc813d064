"""Importing employees: columns mapped when the layout is unknown, a preview per row, then the import.

Reading and checking run on the worker thread with a progress dialog and Cancel (a cancel is not
an error). SIASN's download is recognised by the core as it is; for any other layout the person
maps the columns once, and the mapping is remembered (QSettings, per set of headers) for the next
file with the same headers. Nothing is written until the preview's *Impor* is clicked.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.errors import ValidationFailed
from asn_desktop.progress import Cancelled, CancelToken, ProgressSink
from asn_desktop.services.context import AppContext
from asn_desktop.services.employee_sheet import FIELD_LABELS, REQUIRED, ColumnsUnknown
from asn_desktop.services.imports import ImportPreview, PreviewRow
from ui.errors import show_error
from ui.locale import fmt_number
from ui.models.rows import Column, RowTableModel
from ui.tasks import TaskRunner, run_with_progress
from ui.widgets.filter_box import FilterProxy, filter_box
from ui.widgets.names import named

_SETTINGS_GROUP = "import/employeeColumns"


def _signature(headers: list[str]) -> str:
    return hashlib.sha256("\x1f".join(headers).encode()).hexdigest()[:16]


def remembered_mapping(headers: list[str]) -> dict[str, str]:
    raw = QSettings().value(f"{_SETTINGS_GROUP}/{_signature(headers)}", "")
    try:
        found = json.loads(str(raw)) if raw else {}
    except ValueError:
        return {}
    return {k: v for k, v in found.items() if isinstance(v, str) and v in headers}


def remember_mapping(headers: list[str], mapping: dict[str, str]) -> None:
    QSettings().setValue(f"{_SETTINGS_GROUP}/{_signature(headers)}", json.dumps(mapping, ensure_ascii=False))


class ColumnMappingDialog(QDialog):
    """Which column of the file holds which field; required fields marked with *."""

    def __init__(self, headers: list[str], found: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("columnMapping")
        self.setWindowTitle(self.tr("Pilih kolom"))
        self.combos: dict[str, QComboBox] = {}
        self.setMinimumWidth(620)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, label in FIELD_LABELS.items():
            combo = named(QComboBox(), f"column_{field}")
            combo.addItem(self.tr("— tidak ada —"), None)
            for header in headers:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(0, combo.findData(found.get(field))))
            self.combos[field] = combo
            required = field in REQUIRED or field == "unit"
            form.addRow(f"{label}{' *' if required else ''}", combo)
        intro = QLabel(
            self.tr(
                "Tata letak berkas ini tidak dikenal. Pilih kolom untuk setiap data (* wajib; unit boleh "
                "diganti ID unit). Pilihan ini diingat untuk berkas dengan judul kolom yang sama."
            )
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lanjut"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def mapping(self) -> dict[str, str]:
        return {f: c.currentData() for f, c in self.combos.items() if c.currentData()}


class ImportPreviewDialog(QDialog):
    """What the import would do, row by row; *Impor* only when no row is refused."""

    def __init__(self, preview: ImportPreview, source: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(self.tr("Pratinjau impor: {name}").format(name=source.name))
        self.preview, self.source = preview, source
        self.model: RowTableModel[PreviewRow] = RowTableModel(
            [
                Column(self.tr("Baris"), lambda r: str(r.line), sort=lambda r: r.line, align_right=True),
                Column(self.tr("NIP"), lambda r: r.nip),
                Column(self.tr("Nama"), lambda r: r.name),
                Column(self.tr("Unit kerja"), lambda r: r.unit),
                Column(self.tr("Tindakan"), lambda r: r.action),
                Column(self.tr("Keterangan"), lambda r: r.message),
            ],
            self,
        )
        self.model.set_rows(preview.rows)
        proxy = FilterProxy(self.model, self)
        table = self._table(proxy)
        self.summary = named(QLabel(self._summary()), "previewSummary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Impor"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("confirmImport")
        self.import_button.setEnabled(not preview.errors)
        save = self.buttons.addButton(self.tr("Simpan laporan…"), QDialogButtonBox.ButtonRole.ActionRole)
        save.setObjectName("saveReport")
        save.clicked.connect(self.ask_save)
        cancel = self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancelImport")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(filter_box(proxy, self, "previewFilter"))
        layout.addWidget(table, 1)
        layout.addWidget(self.buttons)
        self.resize(980, 520)

    @staticmethod
    def _table(proxy: FilterProxy) -> QTableView:
        table = named(QTableView(), "previewRows")
        table.setModel(proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _summary(self) -> str:
        p = self.preview
        text = self.tr("{new} baru, {updated} diperbarui, {refused} ditolak; {units} unit baru.").format(
            new=fmt_number(p.count("baru")),
            updated=fmt_number(p.count("diperbarui")),
            refused=fmt_number(p.count("ditolak")),
            units=fmt_number(len(p.new_units)),
        )
        if p.errors:
            text += " " + self.tr("Perbaiki baris yang ditolak lalu impor lagi: tidak ada yang disimpan.")
        else:
            text += " " + self.tr("Belum ada yang disimpan; klik Impor untuk menyimpan semuanya.")
        if p.new_units:
            text += "\n" + self.tr("Unit baru: {names}").format(names=", ".join(p.new_units))
        return text

    def report_text(self) -> str:
        lines = [self._summary(), self.tr("Berkas: {name}").format(name=self.source.name), ""]
        lines += [
            f"baris {r.line}: {r.action} {r.nip} {r.name} {r.message}".rstrip() for r in self.preview.rows
        ]
        return "\n".join(lines) + "\n"

    def ask_save(self) -> None:
        suggested = str(self.source.with_name(f"{self.source.stem}-laporan-impor.txt"))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan laporan impor"), suggested, self.tr("Teks (*.txt)")
        )
        if path:
            try:
                Path(path).write_text(self.report_text(), encoding="utf-8")
            except OSError as exc:
                show_error(self, ValidationFailed(self.tr("Laporan tidak dapat disimpan: {e}").format(e=exc)))


class EmployeeImportFlow(QObject):
    """Preview (with a mapping step when needed), then import; both on the worker thread.

    Signals:
        import_did_finish(object): the ImportReport of a saved import.
        import_did_stop(str): the flow ended without saving (cancelled, refused, failed); the text says so.
    """

    import_did_finish = Signal(object)
    import_did_stop = Signal(str)

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.tasks, self.widget = ctx, tasks, parent
        self.preview_dialog: ImportPreviewDialog | None = None
        self.mapping_dialog: ColumnMappingDialog | None = None

    def start(self, path: Path, mapping: dict[str, str] | None = None) -> None:
        from asn_desktop.services.imports import preview_employees  # noqa: PLC0415 - openpyxl is heavy

        def job(progress: ProgressSink, token: CancelToken) -> ImportPreview:
            token.check()  # Batal pressed while the job waited its turn (a small file never checks)
            progress(0, 0, self.tr("Membaca dan memeriksa {name}…").format(name=path.name))
            return preview_employees(self.ctx, path, mapping=mapping, progress=progress, token=token)

        run_with_progress(
            self.widget,
            self.tasks,
            self.tr("Impor data pegawai"),
            job,
            lambda p: self._show_preview(p, path),
            lambda exc: self._preview_failed(exc, path),
            self._cancelled,
        )

    def _preview_failed(self, exc: BaseException, path: Path) -> None:
        if isinstance(exc, ColumnsUnknown):
            self._ask_mapping(exc, path)
            return
        self._stopped(exc)

    def _ask_mapping(self, exc: ColumnsUnknown, path: Path) -> None:
        found = {**exc.found, **remembered_mapping(exc.headers)}
        dialog = ColumnMappingDialog(exc.headers, found, self.widget)
        self.mapping_dialog = dialog

        def chosen() -> None:
            mapping = dialog.mapping()
            remember_mapping(exc.headers, mapping)
            self.start(path, mapping)

        dialog.accepted.connect(chosen)
        dialog.rejected.connect(lambda: self.import_did_stop.emit(self.tr("Impor dibatalkan.")))
        dialog.open()

    def _show_preview(self, preview: ImportPreview, path: Path) -> None:
        dialog = ImportPreviewDialog(preview, path, self.widget)
        self.preview_dialog = dialog
        dialog.accepted.connect(lambda: self._import(path, preview.mapping))
        dialog.rejected.connect(
            lambda: self.import_did_stop.emit(self.tr("Impor dibatalkan; tidak ada yang disimpan."))
        )
        dialog.open()

    def _import(self, path: Path, mapping: dict[str, str]) -> None:
        from asn_desktop.services.imports import import_employees  # noqa: PLC0415

        def job(progress: ProgressSink, token: CancelToken) -> Any:
            progress(0, 0, self.tr("Menyimpan {name}…").format(name=path.name))
            return import_employees(self.ctx, path, mapping=mapping, progress=progress, token=token)

        run_with_progress(
            self.widget,
            self.tasks,
            self.tr("Impor data pegawai"),
            job,
            self.import_did_finish.emit,
            self._stopped,
            self._cancelled,
        )

    def _cancelled(self) -> None:
        """*Batal* pressed: the runner reports it here, never as an error."""
        self.import_did_stop.emit(self.tr("Impor dibatalkan; tidak ada yang disimpan."))

    def _stopped(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self._cancelled()
            return
        self.import_did_stop.emit(self.tr("Impor gagal; tidak ada data yang disimpan."))
        show_error(self.widget, exc, self.tr("Impor data pegawai"))
