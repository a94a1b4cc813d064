"""Evidence of one realisation: list, attach by dialog or drag-and-drop, preview, save a copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
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

FILE_FILTER = (
    "Bukti dukung (*.pdf *.png *.jpg *.jpeg *.docx *.xlsx *.pptx *.odt *.ods *.doc *.xls *.txt *.csv)"
)


def render_preview(mime: str, data: bytes, size: QSize) -> QPixmap | None:
    """A thumbnail of an image or of a PDF's first page; None for other types."""
    if mime.startswith("image/"):
        image = QImage.fromData(data)
    elif mime == "application/pdf":
        image = _pdf_first_page(data, size)
    else:
        return None
    if image.isNull():
        return None
    return QPixmap.fromImage(image).scaled(
        size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def _pdf_first_page(data: bytes, size: QSize) -> QImage:
    """PDFium (pypdfium2) renders the page: the PySide6 wheels carry no QtPdf on every platform.

    Imported here, on the first preview, not when the app starts.
    """
    import pypdfium2 as pdfium  # noqa: PLC0415

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return QImage()
    try:
        if len(doc) == 0:
            return QImage()
        page = doc[0]
        width, height = page.get_size()
        bitmap = page.render(scale=min(size.width() / width, size.height() / height) * 2)
        image = QImage(
            bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_BGR888
        )
        return image.copy()
    finally:
        doc.close()


class EvidencePanel(QWidget):
    """Signals:
    evidence_did_change(): a file was attached (the caller refreshes its counts).
    """

    evidence_did_change = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, editable: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.realisation_id: str | None = None
        self.editable = editable
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
        self.table = QTableView(objectName="evidenceTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._preview())
        self.preview = QLabel(self.tr("Pratinjau"), objectName="evidencePreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(220, 220)
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet("border: 1px solid #ccc; background: #fafafa")
        self.attach_button = QPushButton(self.tr("Lampirkan berkas…"), objectName="attachEvidence")
        self.attach_button.clicked.connect(self.choose_file)
        self.attach_button.setVisible(editable)
        save = QPushButton(self.tr("Simpan salinan…"), objectName="saveEvidence")
        save.clicked.connect(self.save_copy)
        hint = QLabel(
            self.tr("Seret berkas ke sini untuk melampirkan (PDF, gambar, dokumen kantor; maks. 20 MB).")
        )
        hint.setWordWrap(True)
        hint.setVisible(editable)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(save)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(hint)
        left.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.preview)

    def _verdict(self, ev: EvidenceView) -> str:
        return self.tr("⚠ ditolak") if ev.problem else self.tr("baik")

    def show_realisation(self, realisation_id: str | None) -> None:
        self.realisation_id = realisation_id
        rows = real_svc.list_evidence(self.ctx, realisation_id=realisation_id) if realisation_id else []
        self.model.set_rows(rows)
        self.attach_button.setEnabled(self.editable and realisation_id is not None)
        self.preview.setPixmap(QPixmap())
        self.preview.setText(self.tr("Pratinjau"))
        if rows:
            self.table.selectRow(0)

    def attach(self, path: Path) -> bool:
        if self.realisation_id is None:
            return False
        try:
            real_svc.attach_evidence_file(self.ctx, realisation_id=self.realisation_id, path=path)
        except Exception as exc:
            show_error(self, exc, self.tr("Berkas ditolak"))
            return False
        self.show_realisation(self.realisation_id)
        self.evidence_did_change.emit()
        return True

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih bukti dukung"), "", FILE_FILTER)
        if name:
            self.attach(Path(name))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.editable and self.realisation_id and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.attach(Path(url.toLocalFile()))
        event.acceptProposedAction()

    def _selected(self) -> EvidenceView | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _preview(self) -> None:
        ev = self._selected()
        if ev is None:
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
        pixmap = render_preview(ev.mime, data, QSize(220, 220))
        if pixmap is None:
            self.preview.setText(self.tr("Tidak ada pratinjau untuk {name}").format(name=ev.filename))
        else:
            self.preview.setPixmap(pixmap)

    def save_copy(self) -> None:
        ev = self._selected()
        if ev is None:
            return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan salinan bukti"), ev.filename)
        if target:
            try:
                _, data = real_svc.read_evidence(self.ctx, evidence_id=ev.id)
                Path(target).write_bytes(data)
            except Exception as exc:
                show_error(self, exc)
