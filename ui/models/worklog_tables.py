"""Table models of the daily work log: one week's entries, and a week's summary per indicator."""

from __future__ import annotations

from PySide6.QtCore import QObject

from asn_desktop.services.worklog import EntryView, WeekIndicatorRow
from asn_desktop.services.worklog_rollup import Proposal
from ui.locale import fmt_date, fmt_number
from ui.models.rows import Column, RowTableModel


def fmt_quantity(value: float | None) -> str:
    """A quantity with as many decimals as it has (1, 1,5, 0,25)."""
    if value is None:
        return ""
    return fmt_number(value, 1 if round(value, 1) == value else 2)


class WorklogEntryModel(RowTableModel[EntryView]):
    """A week of entries, oldest first (the page loads one week at a time)."""

    DATE, INDICATOR, TEXT, QUANTITY, EVIDENCE, STATUS = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Tanggal"), lambda e: fmt_date(e.work_date), sort=lambda e: e.work_date),
                Column(self.tr("Indikator"), lambda e: e.indicator_text),
                Column(self.tr("Uraian kegiatan"), lambda e: e.text),
                Column(self.tr("Jumlah"), lambda e: fmt_quantity(e.quantity), align_right=True),
                Column(self.tr("Bukti"), lambda e: e.evidence_filename or ""),
                Column(self.tr("Status"), self._status),
            ],
            parent,
        )

    def _status(self, entry: EntryView) -> str:
        return self.tr("Masuk realisasi") if entry.rolled_up else self.tr("Terbuka")


class WeekSummaryModel(RowTableModel[WeekIndicatorRow]):
    """One week per indicator: entries, quantity, days with work."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Indikator"), lambda r: r.indicator_text),
                Column(
                    self.tr("Jumlah catatan"),
                    lambda r: str(r.entries),
                    sort=lambda r: r.entries,
                    align_right=True,
                ),
                Column(
                    self.tr("Jumlah"),
                    lambda r: fmt_quantity(r.quantity),
                    sort=lambda r: r.quantity,
                    align_right=True,
                ),
                Column(self.tr("Hari"), lambda r: str(r.days), sort=lambda r: r.days, align_right=True),
            ],
            parent,
        )


class ProposalModel(RowTableModel[Proposal]):
    """Per indicator, what the log proposes as the period's realisation."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Indikator"), lambda p: p.indicator_text),
                Column(
                    self.tr("Catatan baru"),
                    lambda p: str(p.new_entries),
                    sort=lambda p: p.new_entries,
                    align_right=True,
                ),
                Column(self.tr("Hari"), lambda p: str(p.days), sort=lambda p: p.days, align_right=True),
                Column(self.tr("Usulan realisasi"), lambda p: p.value_text),
                Column(self.tr("Realisasi tercatat"), lambda p: p.current_value or "—"),
                Column(self.tr("Bukti"), lambda p: str(len(p.evidence)), align_right=True),
            ],
            parent,
        )
