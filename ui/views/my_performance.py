"""My performance: this period's progress per indicator and the latest feedback, at a glance."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.berakhlak import core_value
from asn_desktop.domain.period import PeriodKind, period_containing
from asn_desktop.domain.permissions import FeedbackSource
from asn_desktop.services import followup, periods
from asn_desktop.services import skp as skp_svc
from asn_desktop.services.context import AppContext
from asn_desktop.services.history import predikat_history
from asn_desktop.services.overview import feedback_for, progress
from ui.locale import fmt_date
from ui.views.angka_kredit_panel import AngkaKreditPanel
from ui.views.my_assessments import MyAssessmentsPanel
from ui.views.page import Page
from ui.views.progress_table import ProgressTable
from ui.widgets.names import named
from ui.widgets.predikat_chart import PredikatChart, short_label


class MyPerformancePage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.summary = named(QLabel(), "summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 15px")
        self.table = ProgressTable(self, cumulative=True)
        self.table.setObjectName("myProgress")
        self._fit_progress_columns()
        self.feedback = named(QListWidget(), "latestFeedback")
        self.feedback.setWordWrap(True)
        progress_box = QGroupBox(self.tr("Capaian indikator periode berjalan"))
        box_layout = QVBoxLayout(progress_box)
        box_layout.addWidget(self.table.search_box(self))
        box_layout.addWidget(self.table)
        self.follow_ups = named(QListWidget(), "openFollowUps")
        self.follow_ups.setWordWrap(True)
        self.assessments = MyAssessmentsPanel(ctx, self)
        self.side = named(QTabWidget(), "myPerformanceTabs")
        # Short titles: the four fit side by side at 1366 px; each page says the rest.
        self.side.addTab(self.follow_ups, self.tr("Tindak lanjut"))
        self.side.addTab(self.feedback, self.tr("Umpan balik"))
        self.side.addTab(self.assessments, self.tr("Keberatan"))
        self.credit = AngkaKreditPanel(ctx, self)
        self.side.addTab(self.credit, self.tr("Angka kredit"))
        self.chart = PredikatChart(self)
        self.chart.setObjectName("predikatChart")
        self.history = named(QLabel(), "predikatHistory")
        self.history.setWordWrap(True)
        history_box = QGroupBox(self.tr("Riwayat predikat kinerja"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.chart, 1)
        history_layout.addWidget(self.history)
        layout = QGridLayout(self)
        layout.addWidget(self.summary, 0, 0, 1, 2)
        layout.addWidget(progress_box, 1, 0, 3, 1)
        layout.addWidget(history_box, 1, 1)
        layout.addWidget(self.side, 2, 1, 2, 1)
        layout.setColumnStretch(0, 5)  # the right column's four tabs fit side by side at 1366 px
        layout.setColumnStretch(1, 4)
        layout.setRowStretch(1, 3)
        layout.setRowStretch(2, 2)
        layout.setRowStretch(3, 2)

    def _fit_progress_columns(self) -> None:
        """At a glance: indicator, target, this period's realisation and the bar; the RHK text and
        evidence count are on the Realisasi screen."""
        header = self.table.horizontalHeader()
        self.table.setColumnHidden(0, True)
        self.table.setColumnHidden(5, True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((2, 110), (3, 150), (4, 150)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(column, width)

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
        points = predikat_history(self.ctx, employee_id=emp) if emp else []
        self.chart.set_points(points)
        self.history.setText(
            " · ".join(
                f"{short_label(p.period)}: <b>{p.predikat.label}</b>"
                + (f" <i>({p.source})</i>" if p.source != "aplikasi" else "")
                for p in points[-4:]
            )
            or self.tr("Belum ada predikat yang ditetapkan.")
        )
        self._show_follow_ups(emp)
        self.assessments.refresh()
        self.credit.show_employee(emp or None, today.year)
        self.feedback.clear()
        for fb in feedback_for(self.ctx, employee_id=emp)[:20]:
            about = core_value(fb.core_value).label if fb.core_value else self.tr("hasil kerja")
            source = FeedbackSource(fb.source).label
            self.feedback.addItem(f"{fmt_date(fb.created_at)} · {source} · {about}: {fb.text}")

    def _show_follow_ups(self, employee_id: str) -> None:
        """Open follow-ups (rencana, berjalan), the nearest deadline first, with the next session."""
        self.follow_ups.clear()
        rows = (
            [f for f in followup.list_for_employee(self.ctx, employee_id) if f.status.is_open]
            if employee_id
            else []
        )
        rows.sort(key=lambda f: (f.due_on is None, f.due_on or f.created_at.date()))
        for f in rows:
            parts = [f"{f.kind.label}: {f.title}", f.status.label]
            if f.due_on:
                parts.append(self.tr("tenggat {date}").format(date=fmt_date(f.due_on)))
            upcoming = [s.planned_on for s in f.sessions if s.held_on is None]
            if upcoming:
                parts.append(self.tr("sesi berikutnya {date}").format(date=fmt_date(min(upcoming))))
            self.follow_ups.addItem(" · ".join(parts))
        if not rows:
            self.follow_ups.addItem(self.tr("Tidak ada tindak lanjut yang masih berjalan."))
