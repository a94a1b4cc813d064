"""What the room sees about the person in the meeting: targets and capaian, evidence, feedback.

Kept apart from the runner (which holds the minutes, notes and ratings): these are read-only facts
loaded for each person in turn.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QHeaderView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.berakhlak import core_value
from asn_desktop.domain.period import Period
from asn_desktop.domain.permissions import FeedbackSource
from asn_desktop.services import realisation as real_svc
from asn_desktop.services import skp as skp_svc
from asn_desktop.services.context import AppContext
from asn_desktop.services.directory import EmployeeRow
from asn_desktop.services.overview import IndicatorProgress, feedback_for, progress
from ui.locale import fmt_date
from ui.views.evidence_preview import render_preview
from ui.views.progress_table import ProgressTable
from ui.widgets.names import named

THUMB = QSize(84, 84)
MAX_THUMBS = 8


def big_font(widget: QWidget, points: int, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSize(points)
    font.setBold(bold)
    widget.setFont(font)


def boxed(title: str, *widgets: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    for widget in widgets:
        layout.addWidget(widget)
    return box


class MeetingFacts(QObject):
    """The targets table, the evidence thumbnails and the latest feedback of one person."""

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.host = parent
        self.targets = self._targets_box()
        self.column = self._facts_column()

    def _targets_box(self) -> QGroupBox:
        self.progress = ProgressTable(self.host)
        self.progress.setObjectName("meetingProgress")
        self.progress.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The room sees indicators, targets and bars; the RHK text and evidence count stay on the
        # assessment screen, so the large font still fits.
        self.progress.hideColumn(0)
        self.progress.hideColumn(5)
        self.progress.setWordWrap(False)  # one line per indicator: four fit at 1280×720 (150 %)
        header = self.progress.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((2, 170), (3, 170), (4, 220)):
            self.progress.setColumnWidth(column, width)
        return boxed(self.tr("Target dan capaian"), self.progress)

    def _facts_column(self) -> QWidget:
        self.thumbs = named(QListWidget(), "meetingThumbs")
        self.thumbs.setViewMode(QListView.ViewMode.IconMode)
        self.thumbs.setIconSize(THUMB)
        self.thumbs.setFlow(QListView.Flow.LeftToRight)
        self.thumbs.setWrapping(False)
        self.thumbs.setWordWrap(True)
        self.thumbs.setFixedHeight(THUMB.height() + 56)
        self.thumbs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.feedback = named(QListWidget(), "meetingFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(boxed(self.tr("Bukti dukung"), self.thumbs))
        layout.addWidget(boxed(self.tr("Umpan balik terakhir"), self.feedback), 1)
        return column

    def show(self, person: EmployeeRow, period_key: str) -> None:
        year = Period.parse(period_key).year
        skp_id = skp_svc.current_skp_id(self.ctx, employee_id=person.id, year=year)
        rows = progress(self.ctx, skp_id=skp_id, period_key=period_key) if skp_id else []
        self.progress.set_rows(rows)
        self._show_thumbs(rows)
        self.feedback.clear()
        for fb in feedback_for(self.ctx, employee_id=person.id)[:3]:
            about = core_value(fb.core_value).label if fb.core_value else self.tr("hasil kerja")
            self.feedback.addItem(
                f"{fmt_date(fb.created_at)} · {FeedbackSource(fb.source).label} · {about}: {fb.text}"
            )
        if self.feedback.count() == 0:
            self.feedback.addItem(self.tr("Belum ada umpan balik."))

    def _show_thumbs(self, rows: list[IndicatorProgress]) -> None:
        self.thumbs.clear()
        self.thumbs.setViewMode(QListView.ViewMode.IconMode)
        fallback = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for row in rows:
            if not row.realisation_id or not row.evidence_count:
                continue
            for ev in real_svc.list_evidence(self.ctx, realisation_id=row.realisation_id):
                if self.thumbs.count() >= MAX_THUMBS:
                    return
                _, data = real_svc.read_evidence(self.ctx, evidence_id=ev.id)
                pixmap = render_preview(ev.mime, data, THUMB)
                item = QListWidgetItem(QIcon(pixmap) if pixmap else fallback, ev.filename)
                item.setToolTip(f"{row.text}: {ev.filename}")
                self.thumbs.addItem(item)
        if self.thumbs.count() == 0:
            # A sentence, not an icon caption (in icon mode it wrapped a word per line).
            self.thumbs.setViewMode(QListView.ViewMode.ListMode)
            self.thumbs.addItem(self.tr("Belum ada bukti dukung pada periode ini."))
