"""Mutasi: a change of position or supervisor during the year closes one SKP period and opens
another (DOMAIN.md §7). A pegawai may then have two SKPs in one year, each for its own months.

An SKP covers the whole year unless its dates say otherwise (``start_on``/``end_on``, both ends
included). The mutasi day is the first day of the new SKP; the old one ends the day before.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.period import MONTHS_ID, format_date_id

__all__ = [
    "check_mutasi",
    "clip",
    "in_force",
    "months_covered",
    "months_in_force",
    "penilai_of_skp",
    "skp_range",
    "skp_range_label",
]


def skp_range(year: int, start_on: date | None, end_on: date | None) -> tuple[date, date]:
    """The SKP's first and last day: its own dates, else the year's."""
    return start_on or date(year, 1, 1), end_on or date(year, 12, 31)


def check_mutasi(year: int, start_on: date | None, end_on: date | None, day: date) -> tuple[date, date]:
    """The (end of the old SKP, start of the new one) for a mutasi on ``day``; refused unless the
    old SKP still has a day before it and ``day`` lies inside it."""
    first, last = skp_range(year, start_on, end_on)
    if not first < day <= last:
        raise DomainError(
            f"Tanggal mutasi ({format_date_id(day)}) harus sesudah awal dan paling lambat akhir "
            f"periode SKP ({skp_range_label(first, last)}).",
            code="mutasi_date",
        )
    return day - timedelta(days=1), day


def months_covered(first: date, last: date) -> int:
    """The calendar months an SKP period touches (January–June: 6)."""
    return (last.year - first.year) * 12 + last.month - first.month + 1


def months_in_force(first: date, last: date) -> int:
    """The months an SKP counts for by their end: those whose last day it covers. After a mutasi
    in mid-month that month counts once, for the SKP in force at its end (the new one), so the
    year's SKPs add up to 12 — what the angka kredit is prorated by."""
    after = last + timedelta(days=1)
    return max(0, (after.year - first.year) * 12 + after.month - first.month)


def skp_range_label(first: date, last: date) -> str:
    """ "1 Januari s.d. 30 Juni 2026", the year written once when both ends share it."""
    if first.year == last.year:
        return f"{first.day} {MONTHS_ID[first.month - 1]} s.d. {format_date_id(last)}"
    return f"{format_date_id(first)} s.d. {format_date_id(last)}"


def in_force(skps: Iterable[tuple[str, date, date]], first: date, last: date) -> str | None:
    """Which of the (id, first day, last day) SKPs a period from ``first`` to ``last`` is evaluated
    against: of those it overlaps, the one in force at its end (the latest to start)."""
    overlapping = [(start, skp_id) for skp_id, start, end in skps if start <= last and end >= first]
    return max(overlapping)[1] if overlapping else None


def clip(period: tuple[date, date], skp: tuple[date, date]) -> tuple[date, date]:
    """The days of a period that an SKP covers (a form prints the SKP's months only)."""
    return max(period[0], skp[0]), min(period[1], skp[1])


def penilai_of_skp(end_on: object, skp_penilai_id: str | None, supervisor_id: str | None) -> str | None:
    """Who evaluates the months of an SKP: once a mutasi has closed it (``end_on`` set), the
    pejabat penilai it names, who supervised those months — also after the pegawai has moved on;
    otherwise the pegawai's supervisor as of now (a Plt./Plh. while one acts)."""
    return skp_penilai_id if end_on is not None else supervisor_id
