"""Past predikat from e-Kinerja BKN: its *Laporan Penilaian SKP* export, for the predikat history.

The report has a title in A1, "Instansi …" in A2 and its table below; the header row is looked
for within the first 20 rows (columns such as ``nip``, ``nama``, ``periode_awal``,
``periode_akhir``, ``hasil_akhir``). Each row becomes a ``PastPredikat`` of the employee with that
NIP: the year of ``periode_akhir`` (annual), or the quarter or month that ``periode_awal`` to
``periode_akhir`` spans. The words of ``hasil_akhir`` map to a predikat through
``resources/siasn/reference.json``. A row of an unknown NIP is skipped and reported; a row that
cannot be read refuses the whole import. A re-import updates the same (employee, period) rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.nip import parse_nip
from asn_desktop.domain.period import Period, PeriodKind, period_containing
from asn_desktop.domain.permissions import can_manage_master_data, require
from asn_desktop.errors import ImportRejected, ValidationFailed
from asn_desktop.progress import CancelToken, ProgressSink, null_progress
from asn_desktop.services.context import AppContext
from asn_desktop.services.employee_sheet import excel_date, first_match
from asn_desktop.services.unit_of_work import unit_of_work
from asn_desktop.store.models import Employee, PastPredikat
from asn_desktop.tabular import read_table

__all__ = ["HistoryImport", "import_ekinerja_history"]

SOURCE = "e-Kinerja"
HEADER_WITHIN = 20
MAX_ROWS = 200_000


@dataclass(frozen=True)
class HistoryImport:
    added: int
    updated: int
    skipped: list[tuple[int, str]]
    instansi: str


def _key(header: str) -> str:
    return "_".join(header.strip().lower().replace("-", " ").split())


def _is_header(values: Sequence[str]) -> bool:
    keys = {_key(v) for v in values}
    return {"nip", "periode_akhir", "hasil_akhir"} <= keys


def _period(start_text: str, end_text: str) -> Period:
    end = excel_date(end_text)
    if end is None:
        raise ValidationFailed(f"periode_akhir {end_text!r} bukan tanggal")
    start = excel_date(start_text) if start_text else None
    if start_text and start is None:
        raise ValidationFailed(f"periode_awal {start_text!r} bukan tanggal")
    if start is None or (start == date(end.year, 1, 1) and end == date(end.year, 12, 31)):
        return Period(end.year, PeriodKind.ANNUAL)
    for kind in (PeriodKind.QUARTERLY, PeriodKind.MONTHLY):
        p = period_containing(start, kind)
        if (p.start, p.end) == (start, end):
            return p
    raise ValidationFailed(f"periode {start_text} s.d. {end_text} bukan satu tahun, triwulan, atau bulan")


def _instansi(preamble: list[tuple[str, ...]]) -> str:
    for row in preamble:
        for cell in row:
            if cell.lower().startswith("instansi"):
                return cell.split(":", 1)[-1].strip() if ":" in cell else cell[len("instansi") :].strip()
    return ""


@dataclass(frozen=True)
class _Parsed:
    nip: str
    name: str
    predikat: str
    period: Period
    text: str


def _parse(values: tuple[str, ...], col: dict[str, int]) -> _Parsed:
    def get(name: str) -> str:
        return values[col[name]] if name in col else ""

    nip = parse_nip(get("nip").lstrip("'").replace(" ", "")).text
    predikat = first_match("predikat_ekinerja", get("hasil_akhir"))
    if predikat is None:
        raise ValidationFailed(f"hasil_akhir {get('hasil_akhir')!r} bukan predikat yang dikenal")
    return _Parsed(
        nip, get("nama"), predikat, _period(get("periode_awal"), get("periode_akhir")), get("hasil_akhir")
    )


def _apply(ctx: AppContext, session: Session, found: dict[tuple[str, str], _Parsed]) -> tuple[int, int]:
    existing = {(p.employee_id, p.period_key): p for p in session.scalars(select(PastPredikat))}
    added = updated = 0
    now = ctx.workspace.now()
    for (emp_id, key), item in found.items():
        row = existing.get((emp_id, key))
        if row is None:
            session.add(
                PastPredikat(
                    employee_id=emp_id,
                    period_key=key,
                    predikat=item.predikat,
                    source=SOURCE,
                    source_text=item.text,
                    imported_at=now,
                )
            )
            added += 1
        elif (row.predikat, row.source_text) != (item.predikat, item.text):
            row.predikat, row.source_text, row.imported_at = item.predikat, item.text, now
            updated += 1
    return added, updated


def import_ekinerja_history(
    ctx: AppContext, path: Path, *, progress: ProgressSink = null_progress, token: CancelToken | None = None
) -> HistoryImport:
    """Import the report at ``path`` as past predikat; ``ImportRejected`` lists the unreadable rows."""
    require(can_manage_master_data(ctx.actor), "mengimpor riwayat e-Kinerja")
    table = read_table(
        path,
        max_rows=MAX_ROWS,
        header_within=HEADER_WITHIN,
        is_header=_is_header,
        progress=progress,
        token=token,
    )
    col = {_key(h): i for i, h in enumerate(table.header)}
    errors = list(table.problems)
    skipped: list[tuple[int, str]] = []
    with unit_of_work(ctx, "history.import") as uow:
        by_nip = {nip: eid for nip, eid in uow.session.execute(select(Employee.nip, Employee.id))}
        found: dict[tuple[str, str], _Parsed] = {}
        for row in table.rows:
            try:
                item = _parse(row.values, col)
            except (DomainError, ValidationFailed) as exc:
                errors.append((row.line, exc.message))
                continue
            if item.nip not in by_nip:
                skipped.append((row.line, f"NIP {item.nip} ({item.name}) tidak terdaftar: dilewati"))
                continue
            found[(by_nip[item.nip], item.period.key)] = item
        if errors:
            raise ImportRejected(
                f"Impor dibatalkan: {len(errors)} baris bermasalah, tidak ada data yang disimpan.",
                sorted(errors),
            )
        added, updated = _apply(ctx, uow.session, found)
        uow.audit(
            "past_predikat", "import", file=path.name, added=added, updated=updated, skipped=len(skipped)
        )
    return HistoryImport(added, updated, skipped, _instansi(table.preamble))
