"""Recording: realisations per period with evidence, and the pegawai's self-assessment."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.period import Period
from asn_desktop.domain.rating import Rating
from asn_desktop.domain.skp_state import SkpStatus
from asn_desktop.services import assessment as asm
from asn_desktop.services import periods
from asn_desktop.services import realisation as real_svc
from asn_desktop.services import skp as skp_svc
from asn_desktop.services.context import AppContext
from asn_desktop.services.overview import IndicatorProgress, progress
from ui.errors import show_error
from ui.views.evidence_panel import EvidencePanel
from ui.views.page import Page
from ui.views.progress_table import ProgressTable
from ui.views.realisation_dialog import RealisationDialog
from ui.widgets.current_row import on_current_row
from ui.widgets.names import named


class RealisationPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.year = ctx.workspace.now().year
        self.skp_id: str | None = None
        self.period = named(QComboBox(), "periodPicker")
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period.currentIndexChanged.connect(lambda *_: self.load())
        self.status = named(QLabel(), "realisationStatus")
        self.table = ProgressTable(self)
        self.table.setObjectName("realisationTable")
        on_current_row(self.table, self._select)
        self.table.doubleClicked.connect(lambda *_: self.record())
        self.record_button = named(QPushButton(self.tr("Isi realisasi…")), "recordRealisation")
        self.record_button.clicked.connect(self.record)
        self.evidence = EvidencePanel(ctx, self)
        self.evidence.evidence_did_change.connect(self.load)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Periode")))
        top.addWidget(self.period)
        top.addWidget(self.status, 1)
        top.addWidget(self.table.search_box(self))
        top.addWidget(self.record_button)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.table)
        evidence_box = QGroupBox(self.tr("Bukti dukung realisasi terpilih"))
        QVBoxLayout(evidence_box).addWidget(self.evidence)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(evidence_box)
        splitter.addWidget(self._self_assessment_box())
        splitter.setStretchFactor(0, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _self_assessment_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Penilaian diri (masukan bagi pejabat penilai, bukan nilai akhir)"))
        self.self_rating = named(QComboBox(), "selfRating")
        self.self_rating.addItem(self.tr("— belum diisi —"), None)
        for r in Rating:
            self.self_rating.addItem(r.label, r.value)
        self.self_note = named(QPlainTextEdit(), "selfNote")
        self.self_note.setMaximumHeight(70)
        self.self_note.setTabChangesFocus(True)
        self.self_note.textChanged.connect(self.mark_dirty)
        self.self_rating.currentIndexChanged.connect(lambda *_: self.mark_dirty())
        save = named(QPushButton(self.tr("Simpan penilaian diri")), "saveSelfAssessment")
        save.clicked.connect(self.save_self_assessment)
        layout = QHBoxLayout(box)
        layout.addWidget(QLabel(self.tr("Rating hasil kerja menurut saya")))
        layout.addWidget(self.self_rating)
        layout.addWidget(self.self_note, 1)
        layout.addWidget(save)
        return box

    def refresh(self) -> None:
        self.skp_id = skp_svc.current_skp_id(
            self.ctx, employee_id=self.ctx.actor.employee_id or "", year=self.year
        )
        current = self.period.currentData()
        self.period.blockSignals(True)
        self.period.clear()
        today = self.ctx.workspace.now().date()
        chosen = 0
        for i, p in enumerate(periods.evaluation_periods(self.ctx, year=self.year)):
            self.period.addItem(p.label, p.key)
            if p.key == current or (current is None and p.contains(today) and p.kind.value != "tahunan"):
                chosen = i
        self.period.setCurrentIndex(chosen)
        self.period.blockSignals(False)
        self.load()

    def load(self) -> None:
        key = self.period.currentData()
        if not self.skp_id or key is None:
            self.status.setText(self.tr("Belum ada SKP tahun ini."))
            self.table.set_rows([])
            self.record_button.setEnabled(False)
            self.evidence.show_realisation(None)
            return
        view = skp_svc.get_skp(self.ctx, self.skp_id)
        approved = view.status is SkpStatus.APPROVED
        self.status.setText("" if approved else self.tr("Realisasi dapat diisi setelah SKP disetujui."))
        self.record_button.setEnabled(approved)
        selected = self.table.selected()
        self.table.set_rows(progress(self.ctx, skp_id=self.skp_id, period_key=key))
        if selected:
            for i, row in enumerate(self.table.model_.rows):
                if row.indicator_id == selected.indicator_id:
                    self.table.selectRow(self.table.proxy.mapFromSource(self.table.model_.index(i, 0)).row())
        elif self.table.model_.rows:
            self.table.selectRow(0)  # the evidence panel shows something from the start
        self._select(self.table.selected())
        self._load_self_assessment(key)

    def _load_self_assessment(self, key: str) -> None:
        emp = self.ctx.actor.employee_id
        view = asm.get_assessment(self.ctx, employee_id=emp, period_key=key) if emp else None
        self.self_rating.blockSignals(True)
        self.self_note.blockSignals(True)
        self.self_rating.setCurrentIndex(
            max(
                0,
                self.self_rating.findData(
                    view.self_rating_hasil.value if view and view.self_rating_hasil else None
                ),
            )
        )
        self.self_note.setPlainText(view.self_note or "" if view else "")
        self.self_rating.blockSignals(False)
        self.self_note.blockSignals(False)
        self.mark_dirty(False)

    def _select(self, row: IndicatorProgress | None) -> None:
        self.evidence.show_realisation(row.realisation_id if row else None)

    def record(self) -> None:
        row = self.table.selected()
        key = self.period.currentData()
        if row is None or key is None or not self.record_button.isEnabled():
            return
        title = self.tr("Realisasi — {period}").format(period=Period.parse(key).label)
        dialog = RealisationDialog(row, title, self)
        dialog.action = lambda: real_svc.record_realisation(
            self.ctx,
            indicator_id=row.indicator_id,
            period_key=key,
            value=dialog.value.text(),
            note=dialog.note.toPlainText() or None,
        )
        if dialog.exec():
            self.load()

    def save_changes(self) -> bool:
        return self.save_self_assessment()

    def unsaved_what(self) -> str:
        return self.tr("penilaian diri")

    def save_self_assessment(self) -> bool:
        key = self.period.currentData()
        try:
            asm.self_assess(
                self.ctx,
                period_key=key,
                rating_hasil=self.self_rating.currentData(),
                note=self.self_note.toPlainText() or None,
            )
        except Exception as exc:
            show_error(self, exc)
            return False
        self.mark_dirty(False)
        return True
