"""Workspace settings: periodic evaluation kind, closing periods, organisation predikat per unit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.curve import PredikatOrganisasi
from asn_desktop.domain.period import Period, PeriodKind
from asn_desktop.services import employees as emp_svc
from asn_desktop.services import periods
from asn_desktop.services.context import AppContext
from asn_desktop.services.org_predikat import set_org_predikat_for_period
from asn_desktop.services.overview import UnitRow, list_units
from asn_desktop.services.unit import check_unit_distribution
from ui.errors import show_error
from ui.models.rows import Column, RowTableModel
from ui.views.admin.units import fill_unit_combo
from ui.widgets.current_row import current_row
from ui.widgets.filter_box import FilterProxy, filter_box
from ui.widgets.names import named


def _year_spin(ctx: AppContext, name: str) -> QSpinBox:
    spin = named(QSpinBox(), name)
    now = ctx.workspace.now().year
    spin.setRange(2020, now + 1)
    spin.setValue(now)
    return spin


class SettingsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.units: list[UnitRow] = []
        self.message = named(QLabel(), "settingsMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self._kind_box())
        top.addWidget(self._org_box())
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self._period_box(), 1)
        layout.addWidget(self.message)

    def _kind_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Evaluasi kinerja periodik"))
        self.kind = named(QComboBox(), "periodicKind")
        for kind in (PeriodKind.MONTHLY, PeriodKind.QUARTERLY):
            self.kind.addItem(kind.label, kind.value)
        save = named(QPushButton(self.tr("Simpan")), "savePeriodicKind")
        save.clicked.connect(self.save_kind)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("&Periode"), self.kind)
        form.addRow("", save)
        return box

    def _org_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Predikat kinerja organisasi"))
        self.org_unit = named(QComboBox(), "orgUnit")
        self.org_year = _year_spin(self.ctx, "orgYear")
        self.org_period = named(QComboBox(), "orgPeriod")
        self.org_predikat = named(QComboBox(), "orgPredikat")
        self.org_predikat.addItem(self.tr("— belum ditetapkan —"), None)
        for p in PredikatOrganisasi:
            self.org_predikat.addItem(p.label, p.value)
        self.org_unit.currentIndexChanged.connect(lambda *_: self.load_org())
        self.org_year.valueChanged.connect(lambda *_: self._org_year_changed())
        self.org_period.currentIndexChanged.connect(lambda *_: self.load_org())
        save = named(QPushButton(self.tr("Tetapkan")), "saveOrgPredikat")
        save.clicked.connect(self.save_org)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.org_unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        form.addRow(self.tr("&Unit kerja"), self.org_unit)
        form.addRow(self.tr("&Tahun"), self.org_year)
        form.addRow(self.tr("P&eriode"), self.org_period)
        form.addRow(self.tr("Pre&dikat"), self.org_predikat)
        form.addRow("", save)
        return box

    def _period_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Periode penilaian"))
        self.period_year = _year_spin(self.ctx, "periodYear")
        self.period_year.valueChanged.connect(lambda *_: self.load_periods())
        self.periods: RowTableModel[Period] = RowTableModel(
            [Column(self.tr("Periode"), lambda p: p.label), Column(self.tr("Kode"), lambda p: p.key)], self
        )
        proxy = FilterProxy(self.periods, self)
        self.period_table = named(QTableView(), "periodTable")
        self.period_table.setModel(proxy)
        self.period_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.period_table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.period_table.verticalHeader().setVisible(False)
        self.period_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        close = named(QPushButton(self.tr("T&utup periode")), "closePeriod")
        close.clicked.connect(lambda: self.set_closed(closed=True))
        reopen = named(QPushButton(self.tr("&Buka kembali")), "openPeriod")
        reopen.clicked.connect(lambda: self.set_closed(closed=False))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Tahun")))
        row.addWidget(self.period_year)
        row.addWidget(filter_box(proxy, self, "periodFilter"))
        row.addStretch(1)
        row.addWidget(close)
        row.addWidget(reopen)
        hint = named(
            QLabel(
                self.tr("Periode yang ditutup tidak dapat diisi realisasi lagi sampai dibuka kembali."),
            ),
            "periodHint",
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.period_table, 1)
        layout.addWidget(hint)
        return box

    # --- data ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(periods.periodic_kind(self.ctx).value), 0))
        self.units = list_units(self.ctx)
        fill_unit_combo(self.org_unit, self.units)
        self._fill_org_periods()
        self.load_org()
        self.load_periods()

    def load_periods(self) -> None:
        self.periods.set_rows(periods.evaluation_periods(self.ctx, year=self.period_year.value()))

    def _fill_org_periods(self) -> None:
        """The year, or a periodic period with a predikat of its own (otherwise it reads the year's)."""
        self.org_period.blockSignals(True)
        self.org_period.clear()
        for p in reversed(periods.evaluation_periods(self.ctx, year=self.org_year.value())):
            self.org_period.addItem(self.tr("Tahunan") if p.key.isdigit() else p.label, p.key)
        self.org_period.blockSignals(False)

    def _org_year_changed(self) -> None:
        self._fill_org_periods()
        self.load_org()

    def load_org(self) -> None:
        unit_id, key = self.org_unit.currentData(), self.org_period.currentData()
        if unit_id is None:
            return
        report = check_unit_distribution(
            self.ctx, unit_id=unit_id, year=self.org_year.value(), period_key=key
        )
        own = report.org_predikat if not report.org_from_year else None
        value = own.value if own else None
        self.org_predikat.setCurrentIndex(max(self.org_predikat.findData(value), 0))

    def _do(self, action: Callable[[], object], done: str) -> bool:
        try:
            action()
        except Exception as exc:
            show_error(self, exc)
            return False
        self.message.setText(done)
        return True

    def save_kind(self) -> None:
        kind = self.kind.currentData()
        if self._do(
            lambda: periods.set_periodic_kind(self.ctx, kind=kind),
            self.tr("Evaluasi periodik: {kind}.").format(kind=PeriodKind(kind).label),
        ):
            self.load_periods()

    def save_org(self) -> None:
        unit_id, predikat = self.org_unit.currentData(), self.org_predikat.currentData()
        key = self.org_period.currentData() or str(self.org_year.value())
        if unit_id is None or predikat is None:
            self.message.setText(self.tr("Pilih unit kerja dan predikatnya."))
            return

        def save() -> None:
            if key.isdigit():
                emp_svc.set_org_predikat(self.ctx, unit_id=unit_id, year=int(key), predikat=predikat)
            else:
                set_org_predikat_for_period(self.ctx, unit_id=unit_id, period_key=key, predikat=predikat)

        self._do(
            save,
            self.tr("Predikat kinerja organisasi {unit} {period}: {predikat}.").format(
                unit=self.org_unit.currentText(),
                period=self.org_period.currentText(),
                predikat=PredikatOrganisasi(predikat).label,
            ),
        )

    def selected_period(self) -> Period | None:
        return current_row(self.period_table)

    def set_closed(self, *, closed: bool) -> None:
        period = self.selected_period()
        if period is None:
            self.message.setText(self.tr("Pilih periode terlebih dahulu."))
            return
        done = self.tr("Periode {label} ditutup.") if closed else self.tr("Periode {label} dibuka kembali.")
        self._do(
            lambda: periods.set_period_closed(self.ctx, period_key=period.key, closed=closed),
            done.format(label=period.label),
        )
