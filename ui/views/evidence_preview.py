"""Rendering evidence for the eye: thumbnails, and a large preview dialog with PDF pages.

PDFium (pypdfium2) renders PDF pages: the PySide6 wheels carry no QtPdf on every platform.
"""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.names import named


def render_preview(mime: str, data: bytes, size: QSize, page: int = 0) -> QPixmap | None:
    """An image, or one page of a PDF, scaled to fit ``size``; None for other types."""
    if mime.startswith("image/"):
        image = QImage.fromData(data)
    elif mime == "application/pdf":
        image = _pdf_page(data, size, page)
    else:
        return None
    if image.isNull():
        return None
    return QPixmap.fromImage(image).scaled(
        size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def pdf_page_count(data: bytes) -> int:
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return 0
    try:
        return len(doc)
    finally:
        doc.close()


def _pdf_page(data: bytes, size: QSize, index: int) -> QImage:
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return QImage()
    try:
        if not 0 <= index < len(doc):
            return QImage()
        page = doc[index]
        width, height = page.get_size()
        bitmap = page.render(scale=min(size.width() / width, size.height() / height) * 2)
        image = QImage(
            bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_BGR888
        )
        return image.copy()
    finally:
        doc.close()


class PreviewDialog(QDialog):
    """The evidence at most of the screen's size; a PDF page by page (PageUp/PageDown)."""

    def __init__(self, filename: str, mime: str, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidencePreviewDialog")
        self.setWindowTitle(self.tr("Pratinjau — {name}").format(name=filename))
        self.mime, self.data, self.page = mime, data, 0
        self.pages = pdf_page_count(data) if mime == "application/pdf" else 1
        screen = (parent.screen() if parent else None) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        self.target = QSize(int(area.width() * 0.8), int(area.height() * 0.8))
        self.image = named(QLabel(alignment=Qt.AlignmentFlag.AlignCenter), "evidencePreviewImage")
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        self.previous = named(QPushButton(self.tr("◀ Halaman sebelumnya")), "previewPrevious")
        self.previous.clicked.connect(lambda: self.show_page(self.page - 1))
        self.following = named(QPushButton(self.tr("Halaman berikutnya ▶")), "previewNext")
        self.following.clicked.connect(lambda: self.show_page(self.page + 1))
        self.position = named(QLabel(), "previewPosition")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        close.rejected.connect(self.reject)
        bar = QHBoxLayout()
        for widget in (self.previous, self.position, self.following):
            bar.addWidget(widget)
            widget.setVisible(self.pages > 1)
        bar.addStretch(1)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(bar)
        self.resize(self.target.width() + 40, self.target.height() + 80)
        self.show_page(0)

    def show_page(self, index: int) -> None:
        self.page = max(0, min(index, self.pages - 1))
        pixmap = render_preview(self.mime, self.data, self.target, self.page)
        if pixmap is None:
            self.image.setText(self.tr("Jenis berkas ini tidak dapat dipratinjau; simpan salinannya."))
        else:
            self.image.setPixmap(pixmap)
        self.previous.setEnabled(self.page > 0)
        self.following.setEnabled(self.page + 1 < self.pages)
        self.position.setText(self.tr("Halaman {n} dari {total}").format(n=self.page + 1, total=self.pages))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self.show_page(self.page + (1 if event.key() == Qt.Key.Key_PageDown else -1))
            return
        super().keyPressEvent(event)
