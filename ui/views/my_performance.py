"""My performance: this period's progress per indicator and the latest feedback, at a glance."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QVBoxLayout, QWidget

from asn_desktop.domain.berakhlak import core_value
from asn_desktop.domain.period import PeriodKind, period_containing
from asn_desktop.domain.permissions import FeedbackSource
from asn_desktop.services import periods
from asn_desktop.services import skp as skp_svc
from asn_desktop.services.context import AppContext
from asn_desktop.services.overview import feedback_for, progress
from ui.locale import fmt_date
from ui.views.page import Page
from ui.views.progress_table import ProgressTable


class MyPerformancePage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.summary = QLabel(objectName="summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 15px")
        self.table = ProgressTable(self)
        self.table.setObjectName("myProgress")
        self.feedback = QListWidget(objectName="latestFeedback")
        progress_box = QGroupBox(self.tr("Capaian indikator periode berjalan"))
        box_layout = QVBoxLayout(progress_box)
        box_layout.addWidget(self.table.search_box(self))
        box_layout.addWidget(self.table)
        feedback_box = QGroupBox(self.tr("Umpan balik terbaru"))
        QVBoxLayout(feedback_box).addWidget(self.feedback)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(progress_box, 3)
        layout.addWidget(feedback_box, 2)

    def refresh(self) -> None:
        today = self.ctx.workspace.now().date()
        kind = periods.periodic_kind(self.ctx)
        period = period_containing(today, kind if kind is not PeriodKind.ANNUAL else PeriodKind.QUARTERLY)
        emp = self.ctx.actor.employee_id or ""
        skp_id = skp_svc.current_skp_id(self.ctx, employee_id=emp, year=today.year)
        if skp_id is None:
            self.summary.setText(
                self.tr(
                    "Anda belum memiliki SKP tahun {year}. Buka <b>SKP Saya</b> untuk menyusunnya."
                ).format(year=today.year)
            )
            self.table.set_rows([])
        else:
            view = skp_svc.get_skp(self.ctx, skp_id)
            rows = progress(self.ctx, skp_id=skp_id, period_key=period.key)
            self.summary.setText(
                self.tr(
                    "SKP {year} versi {version}: <b>{status}</b> · periode {period} · {count} indikator"
                ).format(
                    year=view.year,
                    version=view.version,
                    status=view.status.label,
                    period=period.label,
                    count=len(rows),
                )
            )
            self.table.set_rows(rows)
        self.feedback.clear()
        for fb in feedback_for(self.ctx, employee_id=emp)[:20]:
            about = core_value(fb.core_value).label if fb.core_value else self.tr("hasil kerja")
            source = FeedbackSource(fb.source).label
            self.feedback.addItem(f"{fmt_date(fb.created_at)} · {source} · {about}: {fb.text}")
