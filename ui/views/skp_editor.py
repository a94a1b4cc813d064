"""Planning the SKP: RHK (utama/tambahan, cascaded), indicators with targets, lampiran, submit."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.berakhlak import CORE_VALUES
from asn_desktop.domain.skp_state import SkpStatus
from asn_desktop.domain.target import ASPECTS
from asn_desktop.errors import ValidationFailed
from asn_desktop.services import skp as skp_svc
from asn_desktop.services.context import AppContext
from asn_desktop.services.skp import IndicatorView, RhkView, SkpView
from ui.errors import show_error
from ui.locale import fmt_quantity
from ui.models.rows import Column, RowTableModel
from ui.views.page import Page
from ui.widgets.current_row import current_row
from ui.widgets.filter_box import FilterProxy, filter_box
from ui.widgets.form_dialog import FormDialog
from ui.widgets.names import named


@dataclass(frozen=True)
class PlanRow:
    rhk: RhkView
    indicator: IndicatorView | None

    @property
    def target(self) -> str:
        ind = self.indicator
        if ind is None:
            return ""
        if ind.target_value is not None:
            return fmt_quantity(ind.target_value, ind.target_unit)
        return ind.target_text or ""


def plan_rows(view: SkpView) -> list[PlanRow]:
    rows: list[PlanRow] = []
    for rhk in view.rhk:
        rows += [PlanRow(rhk, ind) for ind in rhk.indicators] or [PlanRow(rhk, None)]
    return rows


def plan_columns(widget: QWidget) -> list[Column[PlanRow]]:
    kind = {"utama": widget.tr("Utama"), "tambahan": widget.tr("Tambahan")}
    return [
        Column(widget.tr("Jenis"), lambda r: kind.get(r.rhk.kind, r.rhk.kind)),
        Column(widget.tr("Rencana Hasil Kerja"), lambda r: r.rhk.text),
        Column(widget.tr("RHK pimpinan yang diintervensi"), lambda r: r.rhk.parent_text or ""),
        Column(widget.tr("Aspek"), lambda r: r.indicator.aspect.capitalize() if r.indicator else ""),
        Column(widget.tr("Indikator kinerja individu"), lambda r: r.indicator.text if r.indicator else ""),
        Column(widget.tr("Target"), lambda r: r.target),
    ]


@dataclass(frozen=True)
class BehaviourRow:
    value: str
    guidance: str
    expectation: str


def behaviour_columns(widget: QWidget) -> list[Column[BehaviourRow]]:
    return [
        Column(widget.tr("Nilai dasar"), lambda r: r.value),
        Column(widget.tr("Panduan perilaku"), lambda r: r.guidance),
        Column(widget.tr("Ekspektasi khusus pimpinan"), lambda r: r.expectation),
    ]


class SkpPanel(QWidget):
    """The SKP as a table with its header; shared by the pegawai's editor and the review screens."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = named(QLabel(), "skpHeader")
        self.header.setWordWrap(True)
        self.model: RowTableModel[PlanRow] = RowTableModel(plan_columns(self), self)
        self.proxy = FilterProxy(self.model, self)
        self.table = named(QTableView(), "skpTable")
        self.table.setModel(self.proxy)
        self.search = filter_box(self.proxy, self, "skpFilter")
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((70, 270, 230, 80, 220)):
            self.table.setColumnWidth(column, width)
        self.behaviour: RowTableModel[BehaviourRow] = RowTableModel(behaviour_columns(self), self)
        self.behaviour_table = named(QTableView(), "behaviourTable")
        self.behaviour_table.setModel(self.behaviour)
        self.behaviour_table.setWordWrap(True)
        self.behaviour_table.horizontalHeader().setStretchLastSection(True)
        self.behaviour_table.setColumnWidth(0, 180)
        self.behaviour_table.setColumnWidth(1, 520)
        self.lampiran = named(QLabel(), "lampiran")
        self.lampiran.setWordWrap(True)
        self.lampiran.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.tabs = named(QTabWidget(), "skpTabs")
        self.tabs.addTab(self.table, self.tr("Hasil kerja"))
        self.tabs.addTab(self.behaviour_table, self.tr("Perilaku kerja (BerAKHLAK)"))
        self.tabs.addTab(self.lampiran, self.tr("Lampiran"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.search)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def show_skp(self, view: SkpView | None, owner: str = "", *, chosen: bool = True) -> None:
        """``chosen`` False: a review screen with nobody chosen yet shows an empty SKP, no verdict."""
        if view is None:
            if not chosen:
                self.header.clear()
            elif owner:
                self.header.setText(self.tr("{name} belum memiliki SKP untuk tahun ini.").format(name=owner))
            else:
                self.header.setText(self.tr("Belum ada SKP untuk tahun ini."))
            self.model.set_rows([])
            self.behaviour.set_rows([])
            self.lampiran.setText("")
            return
        self.behaviour.set_rows(
            [
                BehaviourRow(cv.label, "; ".join(cv.guidance), view.expectations.get(cv.key, ""))
                for cv in CORE_VALUES
            ]
        )
        self.behaviour_table.resizeRowsToContents()
        dash = "—"
        self.lampiran.setText(
            self.tr(
                "<b>Dukungan sumber daya</b><br>{a}<br><br><b>Skema pertanggungjawaban</b><br>{b}<br><br>"
                "<b>Konsekuensi</b><br>{c}"
            ).format(
                a=view.lampiran.get("sumber_daya") or dash,
                b=view.lampiran.get("skema") or dash,
                c=view.lampiran.get("konsekuensi") or dash,
            )
        )
        note = f"<br><i>{self.tr('Catatan penilai')}: {view.review_note}</i>" if view.review_note else ""
        self.header.setText(
            self.tr(
                "<b>SKP {year}</b> {owner} — versi {version}, status <b>{status}</b>, pendekatan {approach}"
            ).format(
                year=view.year,
                owner=owner,
                version=view.version,
                status=view.status.label,
                approach=view.approach,
            )
            + note
        )
        self.model.set_rows(plan_rows(view))
        self.table.resizeRowsToContents()

    def selected(self) -> PlanRow | None:
        row: PlanRow | None = current_row(self.table)
        return row


class SkpPage(Page):
    """The pegawai's own SKP for the current year."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.year = ctx.workspace.now().year
        self.view: SkpView | None = None
        self.panel = SkpPanel(self)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key, text, slot in (
            ("create", self.tr("Buat SKP {year}").format(year=self.year), self.create_skp),
            ("add_rhk", self.tr("Tambah RHK…"), self.add_rhk),
            ("add_indicator", self.tr("Tambah indikator…"), self.add_indicator),
            ("remove", self.tr("Hapus"), self.remove),
            ("lampiran", self.tr("Lampiran…"), self.edit_lampiran),
            ("submit", self.tr("Ajukan ke penilai"), self.submit),
            ("revise", self.tr("Buat revisi"), self.revise),
        ):
            button = named(QPushButton(text), f"skp_{key}")
            button.clicked.connect(slot)
            self.buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addLayout(bar)

    def refresh(self) -> None:
        skp_id = skp_svc.current_skp_id(
            self.ctx, employee_id=self.ctx.actor.employee_id or "", year=self.year
        )
        self.view = skp_svc.get_skp(self.ctx, skp_id) if skp_id else None
        self.panel.show_skp(self.view)
        status = self.view.status if self.view else None
        draft = status is SkpStatus.DRAFT
        self.buttons["create"].setVisible(self.view is None)
        for key in ("add_rhk", "add_indicator", "remove", "lampiran", "submit"):
            self.buttons[key].setEnabled(draft)
        self.buttons["revise"].setEnabled(status is SkpStatus.APPROVED)

    def _run(self, action: object) -> None:
        try:
            assert callable(action)
            action()
        except Exception as exc:
            show_error(self, exc)
        self.refresh()

    def create_skp(self) -> None:
        self._run(lambda: skp_svc.create_skp(self.ctx, year=self.year))

    def add_rhk(self) -> None:
        assert self.view is not None
        view = self.view
        dialog = FormDialog(self.tr("Tambah Rencana Hasil Kerja"), self)
        kind = named(QComboBox(), "rhkKind")
        kind.addItem(self.tr("Utama"), "utama")
        kind.addItem(self.tr("Tambahan"), "tambahan")
        text = named(QPlainTextEdit(), "rhkText")
        text.setTabChangesFocus(True)
        parent = named(QComboBox(), "rhkParent")
        parent.addItem(self.tr("— tidak ada —"), None)
        for rhk_id, rhk_text in skp_svc.supervisor_rhk_options(self.ctx, skp_id=view.id):
            parent.addItem(rhk_text, rhk_id)
        if parent.count() > 1:
            parent.setCurrentIndex(1)
        dialog.form.addRow(self.tr("Jenis"), kind)
        dialog.form.addRow(self.tr("Uraian RHK"), text)
        dialog.form.addRow(self.tr("RHK pimpinan yang diintervensi"), parent)
        dialog.action = lambda: skp_svc.add_rhk(
            self.ctx,
            skp_id=view.id,
            kind=kind.currentData(),
            text=text.toPlainText(),
            parent_rhk_id=parent.currentData(),
        )
        if dialog.exec():
            self.refresh()

    def add_indicator(self) -> None:
        row = self.panel.selected()
        if row is None:
            show_error(self, _hint(self.tr("Pilih RHK yang akan diberi indikator.")))
            return
        dialog = FormDialog(self.tr("Tambah indikator kinerja"), self)
        aspect = named(QComboBox(), "indicatorAspect")
        for a in ASPECTS:
            aspect.addItem(a.capitalize(), a)
        text = named(QLineEdit(), "indicatorText")
        target = named(QLineEdit(placeholderText=self.tr("mis. 12 dokumen, 100 %")), "indicatorTarget")
        dialog.form.addRow(self.tr("RHK"), QLabel(row.rhk.text, wordWrap=True))
        dialog.form.addRow(self.tr("Aspek"), aspect)
        dialog.form.addRow(self.tr("Indikator"), text)
        dialog.form.addRow(self.tr("Target"), target)
        dialog.action = lambda: skp_svc.add_indicator(
            self.ctx, rhk_id=row.rhk.id, aspect=aspect.currentData(), text=text.text(), target=target.text()
        )
        if dialog.exec():
            self.refresh()

    def remove(self) -> None:
        row = self.panel.selected()
        if row is None:
            return
        if row.indicator is not None:
            self._run(lambda: skp_svc.remove_indicator(self.ctx, indicator_id=row.indicator.id))
        else:
            self._run(lambda: skp_svc.remove_rhk(self.ctx, rhk_id=row.rhk.id))

    def edit_lampiran(self) -> None:
        assert self.view is not None
        view = self.view
        dialog = FormDialog(self.tr("Lampiran SKP"), self)
        fields = {}
        for key, label in (
            ("sumber_daya", self.tr("Dukungan sumber daya")),
            ("skema", self.tr("Skema pertanggungjawaban")),
            ("konsekuensi", self.tr("Konsekuensi")),
        ):
            edit = named(QPlainTextEdit(view.lampiran.get(key) or ""), f"lampiran_{key}")
            edit.setTabChangesFocus(True)
            fields[key] = edit
            dialog.form.addRow(label, edit)
        dialog.action = lambda: skp_svc.set_lampiran(
            self.ctx,
            skp_id=view.id,
            sumber_daya=fields["sumber_daya"].toPlainText() or None,
            skema=fields["skema"].toPlainText() or None,
            konsekuensi=fields["konsekuensi"].toPlainText() or None,
        )
        if dialog.exec():
            self.refresh()

    def submit(self) -> None:
        assert self.view is not None
        view = self.view
        self._run(lambda: skp_svc.submit_skp(self.ctx, skp_id=view.id))

    def revise(self) -> None:
        assert self.view is not None
        view = self.view
        self._run(lambda: skp_svc.revise_skp(self.ctx, skp_id=view.id))


def _hint(message: str) -> Exception:
    return ValidationFailed(message)
