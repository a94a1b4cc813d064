"""Administrasi → Keamanan: what the other laptops sent that this one refused, and the laptops.

* *Peristiwa keamanan* lists every refused change (which table and row, written by whom, from
  which laptop, and the rule it broke) and every refused file (a tampered bundle, a forged
  signature, an evidence file that failed its check), newest first, each with how often it came.
  An admin reads them after a sync; nothing refused was applied.
* *Perangkat* lists the agency's laptops. *Cabut…* revokes one (a lost or stolen laptop): what it
  writes after the last bundle this laptop has read from it is refused on every laptop, and the
  admin's next sync rotates the sync key.
* *Sahkan kunci pengguna* binds the keys users made after an upgrade to their accounts (admin),
  and *Sahkan riwayat lama…* vouches for the history the share holds from before changes were
  signed — both once, after upgrading (README, *Upgrade*).

The lists grow with the agency and are read on the read worker; the acts are single writes, except
attesting, which reads every old bundle on the share and runs as a job with Cancel.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.progress import CancelToken, ProgressSink
from asn_desktop.services import security
from asn_desktop.services.context import AppContext
from asn_desktop.services.security import DeviceView, SecurityEventView
from ui.errors import show_error
from ui.locale import fmt_datetime, fmt_number
from ui.models.rows import Column, RowTableModel
from ui.tasks import TaskRunner, run_with_progress
from ui.widgets.current_row import current_row
from ui.widgets.names import named
from ui.widgets.questions import confirm


def _table(model: QAbstractItemModel, name: str) -> QTableView:
    view = named(QTableView(), name)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


class SecurityTab(QWidget):
    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.events = RowTableModel[SecurityEventView](self._event_columns())
        self.devices = RowTableModel[DeviceView](self._device_columns())
        layout = QVBoxLayout(self)
        layout.addWidget(self._events_box(), 3)
        layout.addWidget(self._devices_box(), 2)

    def _event_columns(self) -> list[Column[SecurityEventView]]:
        return [
            Column(self.tr("Waktu"), lambda e: fmt_datetime(e.at), sort=lambda e: e.at),
            Column(self.tr("Jenis"), lambda e: e.kind),
            Column(self.tr("Data atau perangkat"), lambda e: e.subject, tooltip=lambda e: e.subject),
            Column(self.tr("Alasan"), lambda e: e.message, tooltip=lambda e: e.message),
            Column(self.tr("Kali"), lambda e: fmt_number(e.count), sort=lambda e: e.count, align_right=True),
        ]

    def _device_columns(self) -> list[Column[DeviceView]]:
        here = self.tr(" (laptop ini)")
        return [
            Column(self.tr("Perangkat"), lambda d: d.name + (here if d.this_laptop else "")),
            Column(self.tr("Kode"), lambda d: d.id[:8], tooltip=lambda d: d.id),
            Column(self.tr("Didaftarkan"), lambda d: fmt_datetime(d.enrolled_at) if d.enrolled_at else "—"),
            Column(self.tr("Status"), self._device_status),
        ]

    def _device_status(self, d: DeviceView) -> str:
        if d.revoked:
            return self.tr("dicabut (setelah bundel #{n})").format(n=d.revoked_after)
        return self.tr("aktif")

    def _events_box(self) -> QGroupBox:
        box = named(QGroupBox(self.tr("Peristiwa keamanan")), "securityEventsBox")
        self.events_view = _table(self.events, "securityEvents")
        self.events_note = named(QLabel(), "securityEventsNote")
        self.events_note.setWordWrap(True)
        inner = QVBoxLayout(box)
        inner.addWidget(self.events_note)
        inner.addWidget(self.events_view, 1)
        return box

    def _devices_box(self) -> QGroupBox:
        box = named(QGroupBox(self.tr("Perangkat")), "devicesBox")
        self.devices_view = _table(self.devices, "devices")
        self.revoke_button = named(QPushButton(self.tr("&Cabut perangkat…")), "revokeDevice")
        self.revoke_button.clicked.connect(self.revoke)
        self.sign_button = named(QPushButton(self.tr("Sahkan &kunci pengguna")), "signDirectory")
        self.sign_button.clicked.connect(self.sign_directory)
        self.attest_button = named(QPushButton(self.tr("Sahkan &riwayat lama…")), "attestLegacy")
        self.attest_button.clicked.connect(self.choose_share_and_attest)
        buttons = QHBoxLayout()
        for button in (self.revoke_button, self.sign_button, self.attest_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        inner = QVBoxLayout(box)
        inner.addWidget(self.devices_view, 1)
        inner.addLayout(buttons)
        return box

    # -- reading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        ctx = self.ctx
        self.tasks.load(self, "security_events", lambda: security.security_events(ctx), self._show_events)
        self.tasks.load(self, "devices", lambda: security.list_devices(ctx), self.devices.set_rows)

    def _show_events(self, rows: list[SecurityEventView]) -> None:
        self.events.set_rows(rows)
        self.events_note.setText(
            self.tr("Tidak ada perubahan atau berkas yang ditolak.")
            if not rows
            else self.tr(
                "{n} peristiwa. Yang ditolak tidak diterapkan di laptop ini; periksa penulis dan "
                "perangkatnya, dan cabut perangkat yang tidak dikenal."
            ).format(n=fmt_number(len(rows)))
        )

    # -- acts -------------------------------------------------------------------------------------

    def revoke(self) -> bool:
        device: DeviceView | None = current_row(self.devices_view)
        if device is None:
            QMessageBox.information(self, self.tr("Cabut perangkat"), self.tr("Pilih perangkat di daftar."))
            return False
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Cabut perangkat"),
            self.tr("Alasan mencabut {name} (mis. laptop hilang):").format(name=device.name),
        )
        if not ok:
            return False
        question = self.tr(
            "Semua yang ditulis {name} setelah bundel terakhir yang sudah diterima laptop ini akan "
            "ditolak di semua laptop. Kunci sinkronisasi diganti pada sinkronisasi admin berikutnya."
        ).format(name=device.name)
        if not confirm(self, self.tr("Cabut perangkat"), question, self.tr("&Cabut")):
            return False
        try:
            security.revoke_device(self.ctx, device_id=device.id, reason=reason)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.refresh()
        return True

    def sign_directory(self) -> int | None:
        try:
            count = security.sign_directory(self.ctx)
        except Exception as exc:
            show_error(self, exc)
            return None
        QMessageBox.information(
            self,
            self.tr("Kunci pengguna"),
            self.tr("{n} kunci pengguna disahkan.").format(n=fmt_number(count))
            if count
            else self.tr("Tidak ada kunci pengguna yang menunggu pengesahan."),
        )
        return count

    def choose_share_and_attest(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder bersama sinkronisasi"))
        if folder:
            self.attest(folder)

    def attest(self, share: str) -> None:
        ctx = self.ctx
        label = self.tr("Memeriksa riwayat lama di folder bersama…")  # read here: no Qt on the worker

        def job(progress: ProgressSink, token: CancelToken) -> int:
            progress(0, 0, label)
            token.check()
            return security.attest_legacy(ctx, share)

        def done(count: int) -> None:
            self.attest_result = self.tr("{n} kelompok perubahan lama disahkan.").format(n=fmt_number(count))
            QMessageBox.information(self, self.tr("Riwayat lama"), self.attest_result)

        title = self.tr("Mengesahkan riwayat lama")
        run_with_progress(self, self.tasks, title, job, done, lambda exc: show_error(self, exc))
