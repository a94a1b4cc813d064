"""The daily work log (laporan kinerja harian): what makes an entry valid, weeks, and the roll-up.

A pegawai writes a few words a day per indicator; once a period ends the entries become the
period's realisation proposal. Everything here is pure, so the rules are the same in the app, the
command line and the tests: the services only load rows, call these functions and store the result.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.period import MONTHS_ID
from asn_desktop.domain.target import parse_number

__all__ = [
    "MAX_TEXT",
    "EntryFact",
    "EvidenceRef",
    "IndicatorWeek",
    "InvalidEntry",
    "RollUp",
    "WeekSummary",
    "check_comment",
    "check_entry",
    "entry_is_editable",
    "format_quantity",
    "parse_quantity",
    "roll_up",
    "week_start",
    "weekly_summary",
]

MAX_TEXT: Final = 2000
# A realisation note longer than this lists the first days and says how many more there are.
_MAX_NOTE: Final = 4000


class InvalidEntry(DomainError):
    """A work-log entry breaks a rule of form: empty or long text, bad quantity, wrong date."""

    code = "invalid_worklog_entry"


@dataclass(frozen=True)
class EvidenceRef:
    """One evidence blob attached to an entry (the same blob becomes the realisation's bukti)."""

    sha256: str
    filename: str
    mime: str
    size: int


@dataclass(frozen=True)
class EntryFact:
    """What the rules need of an entry; ``realisation_id`` is set once it was rolled up."""

    id: str
    indicator_id: str
    work_date: date
    text: str
    quantity: float | None = None
    evidence: EvidenceRef | None = None
    realisation_id: str | None = None


def parse_quantity(text: str) -> float | None:
    """The quantity as typed ("2", "1,5", "1.250"), ``None`` when left empty; never negative."""
    cleaned = text.strip()
    if not cleaned:
        return None
    number = parse_number(cleaned)
    if number is None or number[1]:
        raise InvalidEntry(f'Jumlah harus berupa angka (mis. "2" atau "1,5"), bukan {cleaned!r}.')
    if number[0] < 0:
        raise InvalidEntry("Jumlah tidak boleh negatif.")
    return number[0]


def check_entry(
    *, text: str, quantity: str, work_date: date, today: date, skp_year: int
) -> tuple[str, float | None]:
    """The cleaned text and the quantity of a valid entry, or ``InvalidEntry`` saying what is wrong."""
    cleaned = text.strip()
    if not cleaned:
        raise InvalidEntry("Uraian kegiatan wajib diisi.")
    if len(cleaned) > MAX_TEXT:
        raise InvalidEntry(f"Uraian kegiatan paling panjang {MAX_TEXT:,} karakter.".replace(",", "."))
    if work_date > today:
        raise InvalidEntry("Tanggal kegiatan tidak boleh di masa depan.")
    if work_date.year != skp_year:
        raise InvalidEntry(f"Tanggal kegiatan harus dalam tahun SKP {skp_year}.")
    return cleaned, parse_quantity(quantity)


def check_comment(text: str) -> str:
    """The cleaned text of a supervisor's comment on a week or an entry."""
    cleaned = text.strip()
    if not cleaned:
        raise InvalidEntry("Komentar wajib diisi.")
    if len(cleaned) > MAX_TEXT:
        raise InvalidEntry(f"Komentar paling panjang {MAX_TEXT:,} karakter.".replace(",", "."))
    return cleaned


def entry_is_editable(entry: EntryFact) -> bool:
    """An entry that went into a confirmed realisation is part of that record and stays as it is."""
    return entry.realisation_id is None


def week_start(day: date) -> date:
    """The Monday of the week ``day`` falls in."""
    return day - timedelta(days=day.weekday())


def format_quantity(value: float) -> str:
    """A quantity the Indonesian way: "12", "1,5", "1.250"."""
    whole = f"{value:,.2f}".rstrip("0").rstrip(".")
    return whole.replace(",", "_").replace(".", ",").replace("_", ".")


@dataclass(frozen=True)
class IndicatorWeek:
    """One indicator's work in one week."""

    indicator_id: str
    entries: int
    quantity: float
    days: int


@dataclass(frozen=True)
class WeekSummary:
    """One week of a pegawai's log: per indicator, then the days with any entry."""

    week_start: date
    indicators: tuple[IndicatorWeek, ...]
    entries: int
    days: int


def weekly_summary(entries: Iterable[EntryFact]) -> list[WeekSummary]:
    """Per week (oldest first): per indicator the number of entries, the quantity and the days."""
    weeks: dict[date, list[EntryFact]] = defaultdict(list)
    for entry in entries:
        weeks[week_start(entry.work_date)].append(entry)
    result = []
    for monday in sorted(weeks):
        rows = weeks[monday]
        per_indicator: dict[str, list[EntryFact]] = defaultdict(list)
        for entry in rows:
            per_indicator[entry.indicator_id].append(entry)
        indicators = tuple(
            IndicatorWeek(
                indicator_id=ind,
                entries=len(items),
                quantity=sum(e.quantity or 0.0 for e in items),
                days=len({e.work_date for e in items}),
            )
            for ind, items in per_indicator.items()
        )
        result.append(WeekSummary(monday, indicators, len(rows), len({e.work_date for e in rows})))
    return result


@dataclass(frozen=True)
class RollUp:
    """The realisation the log proposes for one indicator in one period.

    ``entry_ids`` are the entries that are new to the realisation (they get linked on confirm);
    ``value`` and ``note`` count every entry of the period, including those rolled up before into
    the same realisation, so confirming twice never counts an entry twice nor forgets one.
    """

    indicator_id: str
    start: date
    end: date
    entry_ids: tuple[str, ...]
    entries: int
    days: int
    value: float | None
    note: str
    evidence: tuple[EvidenceRef, ...]


def _short_date(day: date) -> str:
    return f"{day.day} {MONTHS_ID[day.month - 1][:3]}"


def _note(entries: list[EntryFact]) -> str:
    by_day: dict[date, list[str]] = defaultdict(list)
    for entry in entries:
        text = " ".join(entry.text.split())
        if entry.quantity is not None:
            text += f" ({format_quantity(entry.quantity)})"
        by_day[entry.work_date].append(text)
    parts = [f"{_short_date(day)}: {'; '.join(texts)}" for day, texts in sorted(by_day.items())]
    note = ""
    for shown, part in enumerate(parts):
        if len(note) + len(part) > _MAX_NOTE:
            return f"{note}\n… dan {len(parts) - shown} hari lainnya"
        note = f"{note}\n{part}" if note else part
    return note


def roll_up(
    entries: Iterable[EntryFact],
    *,
    indicator_id: str,
    start: date,
    end: date,
    quantitative: bool,
    realisation_id: str | None = None,
) -> RollUp:
    """Sum the period's entries of one indicator into a proposal (see ``RollUp``).

    Entries of other indicators, outside ``start``..``end``, or rolled up into another realisation
    are left out. A quantitative indicator's value is the sum of the quantities; a qualitative one
    has no value (the note carries the work).
    """
    chosen = sorted(
        (
            e
            for e in entries
            if e.indicator_id == indicator_id
            and start <= e.work_date <= end
            and e.realisation_id in (None, realisation_id)
        ),
        key=lambda e: (e.work_date, e.id),
    )
    evidence: dict[str, EvidenceRef] = {}
    for entry in chosen:
        if entry.evidence is not None:
            evidence.setdefault(entry.evidence.sha256, entry.evidence)
    return RollUp(
        indicator_id=indicator_id,
        start=start,
        end=end,
        entry_ids=tuple(e.id for e in chosen if e.realisation_id is None),
        entries=len(chosen),
        days=len({e.work_date for e in chosen}),
        value=sum(e.quantity or 0.0 for e in chosen) if quantitative else None,
        note=_note(chosen),
        evidence=tuple(evidence.values()),
    )
