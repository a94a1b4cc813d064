"""Administrasi → Tanda Tangan: the agency's CA, issuing certificates, approving imports.

* The CA box says whether the agency has its signing CA and whether its key is on this laptop
  (only that laptop can issue), and creates it.
* Issuing goes to one person, a unit with its sub-units, or everyone, sealed with one initial
  passphrase the admin hands out; each person then sets their own (*Kunci tanda tangan saya*).
  It runs off the GUI thread with progress and Cancel: the whole agency is 10,000 key pairs.
* An imported PKCS#12 waits in the table as *menunggu persetujuan*; approving it shows the root
  CA's name and SHA-256 — what the admin compares with the fingerprint the CA publishes — since
  approving makes that CA trusted for the whole agency.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.errors import ValidationFailed
from asn_desktop.progress import CancelToken, ProgressSink
from asn_desktop.services import signing, signing_approval, signing_batch
from asn_desktop.services.context import AppContext
from asn_desktop.services.overview import list_units
from asn_desktop.services.signing_approval import STATUS_PENDING, CertificateRow
from ui.errors import show_error
from ui.locale import fmt_date, fmt_number
from ui.models.roles import RowRole
from ui.models.rows import Column, Index, RowTableModel
from ui.tasks import TaskRunner, run_with_progress
from ui.views.admin.employees import EmployeePicker
from ui.widgets.filter_box import FilterProxy
from ui.widgets.form_dialog import FormDialog
from ui.widgets.names import named

SCOPE_ONE, SCOPE_UNIT, SCOPE_ALL = "one", "unit", "all"
SEARCH_PAUSE_MS = 250
ISSUER_COLUMN = 4  # Penerbit: the one that stretches, and may be elided (its tooltip has it whole)


class _TooltipModel(RowTableModel[CertificateRow]):
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            role = Qt.ItemDataRole.DisplayRole
        return super().data(index, role)


def grouped(fingerprint: str) -> str:
    """A SHA-256 as people compare it: pairs of hex digits in groups, over two lines."""
    pairs = [fingerprint[i : i + 2].upper() for i in range(0, len(fingerprint), 2)]
    half = len(pairs) // 2
    return ":".join(pairs[:half]) + "\n" + ":".join(pairs[half:])


class SigningTab(QWidget):
    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = tasks
        self._generation = 0
        top = QHBoxLayout()
        top.addWidget(self._build_ca(), 2)
        top.addWidget(self._build_issue(), 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self._build_table(), 1)

    # --- the CA -----------------------------------------------------------------------------------

    def _build_ca(self) -> QGroupBox:
        box = named(QGroupBox(self.tr("CA tanda tangan instansi")), "caBox")
        self.ca_label = named(QLabel(), "caStatus")
        self.ca_label.setWordWrap(True)
        self.ca_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.ca_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.create_ca = named(QPushButton(self.tr("&Buat CA instansi…")), "createCa")
        self.create_ca.clicked.connect(self.make_ca)
        inner = QVBoxLayout(box)
        inner.addWidget(self.ca_label, 1)
        inner.addWidget(self.create_ca, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _show_ca(self) -> None:
        # On the read worker: the first call loads the CA certificate (0.5 s measured).
        ctx = self.ctx
        self.tasks.load(self, "ca", lambda: signing.ca_status(ctx), self._show_ca_info)

    def _show_ca_info(self, info: signing.CaInfo | None) -> None:
        self.create_ca.setVisible(info is None or not info.key_here)
        if info is None:
            self.ca_label.setText(
                self.tr("Instansi belum memiliki CA tanda tangan. Buat CA untuk menerbitkan sertifikat.")
            )
            return
        where = (
            self.tr("Kunci CA tersimpan di laptop ini.")
            if info.key_here
            else self.tr("Kunci CA tidak ada di laptop ini: terbitkan dari laptop tempat CA dibuat.")
        )
        self.ca_label.setText(
            self.tr("{name}\nberlaku sampai {until}\nSHA-256:\n{fp}\n{where}").format(
                name=info.subject, until=fmt_date(info.not_after), fp=grouped(info.fingerprint), where=where
            )
        )

    def make_ca(self) -> None:
        passphrase = None
        if self.ctx.workspace.key_backend == "passphrase":
            dialog = FormDialog(self.tr("Buat CA instansi"), self, ok_text=self.tr("Buat CA"))
            field = named(QLineEdit(), "caWorkspacePassphrase")
            field.setEchoMode(QLineEdit.EchoMode.Password)
            dialog.form.addRow(self.tr("Frasa sandi ruang kerja"), field)
            dialog.action = lambda: signing.init_ca(self.ctx, workspace_passphrase=field.text())
            if not dialog.exec():
                return
        else:
            try:
                signing.init_ca(self.ctx, workspace_passphrase=passphrase)
            except Exception as exc:
                show_error(self, exc)
                return
        self.refresh()

    # --- issuing ----------------------------------------------------------------------------------

    def _build_issue(self) -> QGroupBox:
        box = named(QGroupBox(self.tr("Terbitkan sertifikat")), "issueBox")
        self.scope = named(QComboBox(), "issueScope")
        self.scope.addItem(self.tr("Satu pegawai"), SCOPE_ONE)
        self.scope.addItem(self.tr("Satu unit kerja (beserta sub-unitnya)"), SCOPE_UNIT)
        self.scope.addItem(self.tr("Seluruh pegawai instansi"), SCOPE_ALL)
        self.employee = EmployeePicker(
            self.ctx, self, name="issueEmployee", empty=self.tr("— pilih pegawai —")
        )
        self.unit = named(QComboBox(), "issueUnit")
        self.target = named(QStackedWidget(), "issueTarget")
        self.target.addWidget(self.employee)
        self.target.addWidget(self.unit)
        self.target.addWidget(QLabel(self.tr("Semua pegawai aktif.")))
        self.scope.currentIndexChanged.connect(self.target.setCurrentIndex)
        self.initial = named(QLineEdit(), "issuePassphrase")
        self.initial.setEchoMode(QLineEdit.EchoMode.Password)
        self.initial.setPlaceholderText(self.tr("minimal 8 karakter; pemilik menggantinya sendiri"))
        self.again = named(QLineEdit(), "issuePassphraseAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.reissue = named(
            QCheckBox(self.tr("Terbitkan ulang bagi yang sudah memiliki sertifikat")), "reissue"
        )
        self.issue_button = named(QPushButton(self.tr("&Terbitkan")), "issueCertificates")
        self.issue_button.clicked.connect(self.issue)
        self.issue_message = named(QLabel(), "issueMessage")
        self.issue_message.setWordWrap(True)
        form = QFormLayout(box)
        form.addRow(self.tr("&Untuk"), self.scope)
        form.addRow("", self.target)
        form.addRow(self.tr("Frasa sandi &awal"), self.initial)
        form.addRow(self.tr("&Ulangi frasa sandi"), self.again)
        form.addRow("", self.reissue)
        form.addRow(self.issue_button, self.issue_message)
        return box

    def _issue_job(
        self,
    ) -> Callable[[ProgressSink, CancelToken], signing_batch.IssueReport]:
        scope, passphrase, reissue = self.scope.currentData(), self.initial.text(), self.reissue.isChecked()
        if passphrase != self.again.text():
            raise ValidationFailed(self.tr("Kedua frasa sandi tidak sama."))
        employee_ids = None
        if scope == SCOPE_ONE:
            chosen = self.employee.current_id()
            if chosen is None:
                raise ValidationFailed(self.tr("Pilih pegawai yang akan diberi sertifikat."))
            employee_ids, reissue = [chosen], True
        unit_id = self.unit.currentData() if scope == SCOPE_UNIT else None

        def job(progress: ProgressSink, token: CancelToken) -> signing_batch.IssueReport:
            return signing_batch.issue_certificates(
                self.ctx,
                passphrase=passphrase,
                unit_id=unit_id,
                employee_ids=employee_ids,
                reissue=reissue,
                progress=progress,
                cancel=token,
            )

        return job

    def issue(self, on_finished: Callable[[], None] | None = None) -> None:
        try:
            job = self._issue_job()
        except ValidationFailed as exc:
            self.issue_message.setText(exc.message)
            return

        def done(report: signing_batch.IssueReport) -> None:
            self.issue_message.setText(
                self.tr("{n} sertifikat diterbitkan; {kept} pegawai tetap memakai sertifikatnya.").format(
                    n=report.issued, kept=report.kept
                )
            )
            self.initial.clear()
            self.again.clear()
            self.refresh()
            if on_finished:
                on_finished()

        def failed(exc: BaseException) -> None:
            from asn_desktop.progress import Cancelled  # noqa: PLC0415 - only here

            if isinstance(exc, Cancelled):
                self.issue_message.setText(self.tr("Dibatalkan; sertifikat yang sudah terbit tetap berlaku."))
                self.refresh()
            else:
                show_error(self, exc)
            if on_finished:
                on_finished()

        self.issue_message.clear()

        def cancelled() -> None:
            from asn_desktop.progress import Cancelled  # noqa: PLC0415 - only here

            failed(Cancelled())

        run_with_progress(self, self.tasks, self.tr("Menerbitkan sertifikat…"), job, done, failed, cancelled)

    # --- the certificates -------------------------------------------------------------------------

    def _status(self, row: CertificateRow) -> str:
        return self.tr("menunggu persetujuan") if row.status == STATUS_PENDING else self.tr("aktif")

    def _build_table(self) -> QVBoxLayout:
        self.model: RowTableModel[CertificateRow] = _TooltipModel(
            [
                Column(self.tr("Nama"), lambda r: r.employee_name),
                Column(self.tr("NIP"), lambda r: r.nip),
                Column(self.tr("Status"), self._status),
                Column(
                    self.tr("Sumber"),
                    lambda r: self.tr("CA instansi") if r.source == "workspace" else "PKCS#12",
                ),
                Column(self.tr("Penerbit"), lambda r: r.issuer),
                Column(
                    self.tr("Berlaku sampai"), lambda r: fmt_date(r.not_after), sort=lambda r: r.not_after
                ),
                Column(
                    self.tr("Frasa sandi"),
                    lambda r: self.tr("ditetapkan pemilik") if r.passphrase_set else self.tr("masih awal"),
                ),
            ],
            self,
        )
        self.proxy = FilterProxy(self.model, self)
        self.table = named(QTableView(), "certificateTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ISSUER_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.pending_only = named(QCheckBox(self.tr("Hanya yang menunggu persetujuan")), "pendingOnly")
        self.pending_only.toggled.connect(lambda *_: self.load())
        self.search = named(QLineEdit(), "certificateSearch")
        self.search.setPlaceholderText(self.tr("Cari nama atau NIP…"))
        self.search.setClearButtonEnabled(True)
        self.typing = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self.typing.timeout.connect(self.load)
        self.search.textChanged.connect(lambda *_: self.typing.start())
        self.counts = named(QLabel(), "certificateCounts")
        self.counts.setWordWrap(True)
        self.approve_button = named(QPushButton(self.tr("&Setujui…")), "approveImport")
        self.approve_button.clicked.connect(self.approve_selected)
        self.reject_button = named(QPushButton(self.tr("T&olak")), "rejectImport")
        self.reject_button.clicked.connect(self.reject_selected)
        self.selected_label = named(QLabel(), "certificateDetail")
        self.selected_label.setWordWrap(True)
        self.selected_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.pending_only)
        actions = QHBoxLayout()
        actions.addWidget(self.selected_label, 1)
        actions.addWidget(self.approve_button, 0, Qt.AlignmentFlag.AlignTop)
        actions.addWidget(self.reject_button, 0, Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout()
        box.addLayout(bar)
        box.addWidget(self.counts)
        box.addWidget(self.table, 1)
        box.addLayout(actions)
        return box

    def selected(self) -> CertificateRow | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        row = index.data(RowRole)
        return row if isinstance(row, CertificateRow) else None

    def _show_selected(self) -> None:
        row = self.selected()
        pending = row is not None and row.status == STATUS_PENDING
        self.approve_button.setEnabled(pending)
        self.reject_button.setEnabled(pending)
        if row is None:
            self.selected_label.setText(self.tr("Pilih sertifikat untuk melihat rinciannya."))
        elif pending and row.root is not None:
            self.selected_label.setText(
                self.tr("{holder} — impor PKCS#12. CA akar: {root} ({state}).").format(
                    holder=row.holder,
                    root=row.root.subject,
                    state=self.tr("sudah tepercaya") if row.root.trusted else self.tr("belum tepercaya"),
                )
            )
        else:
            self.selected_label.setText(
                self.tr("{holder}, diterbitkan oleh {issuer}.").format(holder=row.holder, issuer=row.issuer)
            )

    def approve_selected(self) -> bool:
        row = self.selected()
        if row is None or row.root is None:
            return False
        box = named(QMessageBox(self), "approveBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Setujui sertifikat impor"))
        box.setText(
            self.tr(
                "Menyetujui sertifikat {holder} (NIP {nip}) juga membuat CA akarnya tepercaya bagi "
                "seluruh instansi:\n\n{root}\nSHA-256:\n{fp}\n\nBandingkan sidik jari ini dengan yang "
                "diumumkan penerbit CA sebelum menyetujui."
            ).format(holder=row.holder, nip=row.nip, root=row.root.subject, fp=grouped(row.root.fingerprint))
        )
        approve = box.addButton(self.tr("Setujui"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        if box.clickedButton() is not approve:
            return False
        try:
            signing_approval.approve_import(self.ctx, identity_id=row.id)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.refresh()
        return True

    def reject_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            signing_approval.reject_import(self.ctx, identity_id=row.id)
        except Exception as exc:
            show_error(self, exc)
        self.refresh()

    def refresh(self) -> None:
        self._show_ca()
        if self.unit.count() == 0:
            for u in list_units(self.ctx):
                self.unit.addItem(u.name, u.id)
        self.load()

    def load(self, on_loaded: Callable[[], None] | None = None) -> None:
        """Fetch the table's page on the worker: an agency has 10,000 certificates (0.05 s)."""
        self._generation += 1
        generation, pending, text = self._generation, self.pending_only.isChecked(), self.search.text()

        def job(
            _progress: ProgressSink, _token: CancelToken
        ) -> tuple[list[CertificateRow], signing_approval.CertificateCounts]:
            rows = signing_approval.list_certificates(self.ctx, pending_only=pending, text=text)
            return rows, signing_approval.certificate_counts(self.ctx)

        def loaded(result: tuple[list[CertificateRow], signing_approval.CertificateCounts]) -> None:
            if generation == self._generation:  # a later search has been asked for meanwhile
                self._show_rows(*result)
            if on_loaded:
                on_loaded()

        self.tasks.run(job, on_done=loaded, on_error=lambda exc: show_error(self, exc))

    def _show_rows(self, rows: list[CertificateRow], counts: signing_approval.CertificateCounts) -> None:
        self.model.set_rows(rows)
        text = self.tr(
            "{active} dari {employees} pegawai memiliki sertifikat aktif; {pending} menunggu persetujuan."
        )
        text = text.format(
            active=fmt_number(counts.active), employees=fmt_number(counts.employees), pending=counts.pending
        )
        if len(rows) >= signing_approval.LIST_LIMIT:
            text += " " + self.tr("Ditampilkan {n} pertama: cari nama atau NIP.").format(n=len(rows))
        self.counts.setText(text)
        self._show_selected()
