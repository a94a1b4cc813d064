"""Evidence of one realisation: list, attach by dialog or drag-and-drop, preview, remove, replace.

Removing and replacing go through the core (``remove_evidence`` / ``replace_evidence``), which
refuses once the supervisor has rated the period; the refusal is shown in its own words. The
preview opens larger in a dialog of its own (double-click, or *Perbesar*).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QMouseEvent, QPalette, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.services import realisation as real_svc
from asn_desktop.services.context import AppContext
from asn_desktop.services.realisation import EvidenceView
from ui.errors import show_error
from ui.locale import fmt_date, fmt_number
from ui.models.rows import Column, RowTableModel
from ui.views.evidence_preview import PreviewDialog, render_preview
from ui.widgets.current_row import current_row, on_current_row
from ui.widgets.file_dialogs import open_file, save_file
from ui.widgets.names import named
from ui.widgets.questions import confirm

FILE_FILTER = (
    "Bukti dukung (*.pdf *.png *.jpg *.jpeg *.docx *.xlsx *.pptx *.odt *.ods *.doc *.xls *.txt *.csv)"
)
THUMB = QSize(220, 220)
COMPACT_THUMB = QSize(140, 140)  # the penilai's panel shares its row with the feedback


class _PreviewLabel(QLabel):
    """The thumbnail; a double-click opens it larger."""

    def __init__(self, panel: EvidencePanel) -> None:
        super().__init__(panel.tr("Pratinjau"), panel)
        self.panel = panel
        self.setObjectName("evidencePreview")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(panel.thumb)
        self.setWordWrap(True)
        self.setToolTip(panel.tr("Klik dua kali untuk memperbesar"))
        # Drawn with the palette's base colours, so a dark desktop gets a dark frame (no white box).
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setFrameShape(QLabel.Shape.StyledPanel)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.panel.open_preview()
        event.accept()


class EvidencePanel(QWidget):
    """Signals:
    evidence_did_change(): a file was attached, removed or replaced (the caller refreshes counts).
    """

    evidence_did_change = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, editable: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.realisation_id: str | None = None
        self.editable = editable
        self.thumb = THUMB if editable else COMPACT_THUMB
        self.setAcceptDrops(editable)
        self.model: RowTableModel[EvidenceView] = RowTableModel(
            [
                Column(self.tr("Berkas"), lambda e: e.filename),
                Column(self.tr("Ukuran"), lambda e: f"{fmt_number(e.size / 1024, 1)} KB", align_right=True),
                Column(self.tr("Diunggah"), lambda e: fmt_date(e.uploaded_at)),
                Column(self.tr("Pemeriksaan"), self._verdict),
            ],
            self,
        )
        self.table = self._table()
        self.preview = _PreviewLabel(self)
        self._build_buttons()
        self._layout()

    def _table(self) -> QTableView:
        table = named(QTableView(), "evidenceTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.setMinimumHeight(60)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name gets the room
        on_current_row(table, self._show_current)
        table.doubleClicked.connect(lambda *_: self.open_preview())
        return table

    def _build_buttons(self) -> None:
        self.attach_button = named(QPushButton(self.tr("&Lampirkan berkas…")), "attachEvidence")
        self.attach_button.clicked.connect(self.choose_file)
        self.replace_button = named(QPushButton(self.tr("&Ganti…")), "replaceEvidence")
        self.replace_button.clicked.connect(self.choose_replacement)
        self.remove_button = named(QPushButton(self.tr("&Hapus")), "removeEvidence")
        self.remove_button.clicked.connect(self.remove_current)
        for button in (self.attach_button, self.replace_button, self.remove_button):
            button.setVisible(self.editable)
        self.save_button = named(QPushButton(self.tr("Simpan &salinan…")), "saveEvidence")
        self.save_button.clicked.connect(self.save_copy)
        self.enlarge_button = named(QPushButton(self.tr("Per&besar")), "enlargePreview")
        self.enlarge_button.clicked.connect(self.open_preview)

    def _layout(self) -> None:
        hint = QLabel(
            self.tr("Seret berkas ke sini untuk melampirkan (PDF, gambar, dokumen kantor; maks. 20 MB).")
        )
        hint.setWordWrap(True)
        hint.setVisible(self.editable)
        buttons = QHBoxLayout()
        for button in (self.attach_button, self.replace_button, self.remove_button, self.save_button):
            buttons.addWidget(button)
        if not self.editable:
            buttons.addWidget(self.enlarge_button)  # compact: one row of buttons under the list
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(hint)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        if self.editable:
            right.addWidget(self.enlarge_button)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right)
        self._enable(None)

    def _verdict(self, ev: EvidenceView) -> str:
        return self.tr("⚠ ditolak") if ev.problem else self.tr("baik")

    def show_realisation(self, realisation_id: str | None) -> None:
        self.realisation_id = realisation_id
        rows = real_svc.list_evidence(self.ctx, realisation_id=realisation_id) if realisation_id else []
        self.model.set_rows(rows)
        self.attach_button.setEnabled(self.editable and realisation_id is not None)
        self._clear_preview()
        if rows:
            self.table.selectRow(0)
        else:
            self._enable(None)

    def _clear_preview(self) -> None:
        self.preview.setPixmap(QPixmap())
        self.preview.setText(self.tr("Pratinjau"))

    def _enable(self, ev: EvidenceView | None) -> None:
        for button in (self.replace_button, self.remove_button):
            button.setEnabled(self.editable and ev is not None)
        self.save_button.setEnabled(ev is not None)
        self.enlarge_button.setEnabled(ev is not None)

    def selected(self) -> EvidenceView | None:
        row: EvidenceView | None = current_row(self.table)
        return row

    def _show_current(self, ev: EvidenceView | None) -> None:
        self._enable(ev)
        if ev is None:
            self._clear_preview()
            return
        if ev.problem:
            # Flagged by the core's check (a file that came by sync): say why, open nothing.
            self.preview.setPixmap(QPixmap())
            self.preview.setText(ev.problem)
            return
        try:
            _, data = real_svc.read_evidence(self.ctx, evidence_id=ev.id)
        except Exception as exc:
            show_error(self, exc)
            return
        pixmap = render_preview(ev.mime, data, self.thumb)
        if pixmap is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("Tidak ada pratinjau untuk {name}").format(name=ev.filename))
        else:
            self.preview.setPixmap(pixmap)

    # -- acts -----------------------------------------------------------------------------------

    def _changed(self) -> None:
        self.show_realisation(self.realisation_id)
        self.evidence_did_change.emit()

    def attach(self, path: Path) -> bool:
        if self.realisation_id is None:
            return False
        try:
            real_svc.attach_evidence_file(self.ctx, realisation_id=self.realisation_id, path=path)
        except Exception as exc:
            show_error(self, exc, self.tr("Berkas ditolak"))
            return False
        self._changed()
        return True

    def choose_file(self) -> None:
        path = open_file(self, self.tr("Pilih bukti dukung"), "evidence", FILE_FILTER)
        if path:
            self.attach(path)

    def remove_current(self) -> bool:
        ev = self.selected()
        if ev is None:
            return False
        if not confirm(
            self,
            self.tr("Hapus bukti dukung"),
            self.tr("Hapus “{name}” dari bukti dukung realisasi ini?").format(name=ev.filename),
            self.tr("&Hapus"),
        ):
            return False
        try:
            real_svc.remove_evidence(self.ctx, evidence_id=ev.id)
        except Exception as exc:
            show_error(self, exc, self.tr("Bukti dukung tidak dihapus"))
            return False
        self._changed()
        return True

    def replace(self, path: Path) -> bool:
        ev = self.selected()
        if ev is None:
            return False
        try:
            real_svc.replace_evidence(self.ctx, evidence_id=ev.id, path=path)
        except Exception as exc:
            show_error(self, exc, self.tr("Bukti dukung tidak diganti"))
            return False
        self._changed()
        return True

    def choose_replacement(self) -> None:
        ev = self.selected()
        if ev is None:
            return
        title = self.tr("Ganti “{name}” dengan…").format(name=ev.filename)
        path = open_file(self, title, "evidence", FILE_FILTER)
        if path:
            self.replace(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.editable and self.realisation_id and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.attach(Path(url.toLocalFile()))
        event.acceptProposedAction()

    def open_preview(self) -> PreviewDialog | None:
        ev = self.selected()
        if ev is None:
            return None
        if ev.problem:  # flagged by the core's check (a file that came by sync): open nothing
            return None
        try:
            _, data = real_svc.read_evidence(self.ctx, evidence_id=ev.id)
        except Exception as exc:
            show_error(self, exc)
            return None
        dialog = PreviewDialog(ev.filename, ev.mime, data, self)
        dialog.show()
        return dialog

    def save_copy(self) -> None:
        ev = self.selected()
        if ev is None:
            return
        target = save_file(self, self.tr("Simpan salinan bukti"), "evidence-copy", ev.filename)
        if target:
            try:
                _, data = real_svc.read_evidence(self.ctx, evidence_id=ev.id)
                target.write_bytes(data)
            except Exception as exc:
                show_error(self, exc)
