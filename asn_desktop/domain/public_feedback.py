"""Umpan balik masyarakat: channels, the 1–5 score, the kiosk CSV rows, and the summary over time.

The public has no account: a penilai or the admin types in what was received, or imports the CSV a
survey kiosk exports. Everything here is pure (no storage) so that the import's row rules, the
score scale and the per-unit summary are tested on their own.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final

from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.period import Period, PeriodKind, period_containing, periods_of_year
from asn_desktop.domain.permissions import Actor, Role

__all__ = [
    "CHANNEL_ALIASES",
    "KIOSK_COLUMNS",
    "KIOSK_REQUIRED",
    "SCORE_MAX",
    "SCORE_MIN",
    "Channel",
    "InvalidFeedback",
    "KioskRow",
    "SummaryBy",
    "SummaryRow",
    "can_record_for_unit",
    "check_comment",
    "check_received_on",
    "check_score",
    "mean_score",
    "parse_channel",
    "parse_day",
    "parse_kiosk_row",
    "parse_kiosk_rows",
    "read_kiosk_csv",
    "source_keys",
    "summarise",
    "units_within",
]

SCORE_MIN: Final = 1
SCORE_MAX: Final = 5
COMMENT_MAX: Final = 2000
KIOSK_COLUMNS: Final = ("tanggal", "unit", "nip", "kanal", "skor", "komentar")
KIOSK_REQUIRED: Final = ("tanggal", "unit", "kanal", "skor")


class InvalidFeedback(DomainError):
    """A response, or a row of a kiosk export, breaks a rule; the message says which, in Indonesian."""

    code = "invalid_public_feedback"


class Channel(StrEnum):
    """How the response reached the agency; the value is what storage keeps."""

    KIOSK = "kiosk"
    LANGSUNG = "langsung"
    TELEPON = "telepon"
    DARING = "daring"
    SURAT = "surat"

    @property
    def label(self) -> str:
        """Indonesian name for lists and forms."""
        return _CHANNEL_LABELS[self]


_CHANNEL_LABELS: Final = {
    Channel.KIOSK: "Kios survei",
    Channel.LANGSUNG: "Langsung",
    Channel.TELEPON: "Telepon",
    Channel.DARING: "Daring",
    Channel.SURAT: "Surat",
}

# What kiosks and clerks write in the "kanal" column, normalised (lower case, single spaces).
CHANNEL_ALIASES: Final[Mapping[str, Channel]] = {
    "kiosk": Channel.KIOSK,
    "kios": Channel.KIOSK,
    "kios survei": Channel.KIOSK,
    "anjungan": Channel.KIOSK,
    "mesin survei": Channel.KIOSK,
    "langsung": Channel.LANGSUNG,
    "tatap muka": Channel.LANGSUNG,
    "loket": Channel.LANGSUNG,
    "offline": Channel.LANGSUNG,
    "telepon": Channel.TELEPON,
    "telpon": Channel.TELEPON,
    "telp": Channel.TELEPON,
    "tlp": Channel.TELEPON,
    "phone": Channel.TELEPON,
    "daring": Channel.DARING,
    "online": Channel.DARING,
    "web": Channel.DARING,
    "website": Channel.DARING,
    "email": Channel.DARING,
    "e mail": Channel.DARING,
    "aplikasi": Channel.DARING,
    "whatsapp": Channel.DARING,
    "wa": Channel.DARING,
    "surat": Channel.SURAT,
    "kotak saran": Channel.SURAT,
    "pos": Channel.SURAT,
}


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[_\-./]+", " ", text).lower().split())


def parse_channel(text: str | Channel) -> Channel:
    """The channel named by ``text``, case-insensitively, including the usual aliases."""
    if isinstance(text, Channel):
        return text
    channel = CHANNEL_ALIASES.get(_norm(text))
    if channel is None:
        names = ", ".join(c.value for c in Channel)
        raise InvalidFeedback(f"kanal {text.strip()!r} tidak dikenal (pilihan: {names})")
    return channel


def check_score(score: int) -> int:
    """A satisfaction score is a whole number from 1 (sangat tidak puas) to 5 (sangat puas)."""
    if isinstance(score, bool) or not isinstance(score, int) or not SCORE_MIN <= score <= SCORE_MAX:
        raise InvalidFeedback(f"skor {score!r} di luar rentang {SCORE_MIN}–{SCORE_MAX}")
    return score


def _parse_score(text: str) -> int:
    cleaned = text.strip()
    if not re.fullmatch(r"-?\d+", cleaned):
        raise InvalidFeedback(f"skor {cleaned!r} bukan bilangan bulat {SCORE_MIN}–{SCORE_MAX}")
    return check_score(int(cleaned))


def check_comment(comment: str | None) -> str | None:
    """An empty comment is none; a very long one is refused (kiosk exports sometimes glue rows)."""
    if comment is None or not comment.strip():
        return None
    if len(comment) > COMMENT_MAX:
        raise InvalidFeedback(f"komentar terlalu panjang (paling banyak {COMMENT_MAX} karakter)")
    return comment.strip()


_DMY: Final = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_ISO: Final = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def parse_day(text: str) -> date:
    """A date written dd/mm/yyyy (as Indonesian kiosks do) or yyyy-mm-dd."""
    cleaned = text.strip()
    if m := _DMY.fullmatch(cleaned):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
    elif m := _ISO.fullmatch(cleaned):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    else:
        raise InvalidFeedback(f"tanggal {cleaned!r} tidak dikenali (tulis dd/mm/yyyy atau yyyy-mm-dd)")
    try:
        return date(year, month, day)
    except ValueError:
        raise InvalidFeedback(f"tanggal {cleaned!r} tidak ada di kalender") from None


def check_received_on(day: date, today: date) -> date:
    """A response cannot have been received after today."""
    if day > today:
        raise InvalidFeedback(f"tanggal {day:%d/%m/%Y} ada di masa depan")
    return day


# -- who records for which unit ------------------------------------------------------------------


def units_within(root: str, parent_of: Mapping[str, str | None]) -> set[str]:
    """``root`` and every unit below it, given each unit's parent."""
    children: dict[str | None, list[str]] = {}
    for unit, parent in parent_of.items():
        children.setdefault(parent, []).append(unit)
    found, todo = {root}, [root]
    while todo:
        for child in children.get(todo.pop(), ()):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def can_record_for_unit(
    actor: Actor, actor_unit: str | None, unit: str, parent_of: Mapping[str, str | None]
) -> bool:
    """An admin records for any unit; a penilai for their own unit and the units below it."""
    if actor.role is Role.ADMIN:
        return True
    if actor.role is not Role.PENILAI or actor_unit is None:
        return False
    return unit in units_within(actor_unit, parent_of)


# -- the kiosk export ----------------------------------------------------------------------------


def read_kiosk_csv(data: bytes) -> list[dict[str, str]]:
    """The rows of a kiosk export: UTF-8 with or without BOM, ``,`` or ``;`` sniffed from the header."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidFeedback("Berkas bukan teks UTF-8; simpan ulang sebagai CSV UTF-8.") from None
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise InvalidFeedback("Berkas kosong: baris judul kolom tidak ada.")
    header = lines[0]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    columns = [(c or "").strip().lower() for c in reader.fieldnames or ()]
    missing = [c for c in KIOSK_REQUIRED if c not in columns]
    if missing:
        raise InvalidFeedback(
            f"Kolom wajib tidak ada: {', '.join(missing)} (kolom: {', '.join(KIOSK_COLUMNS)})."
        )
    rows = [
        {(k or "").strip().lower(): (v or "").strip() for k, v in row.items() if isinstance(v, str | None)}
        for row in reader
    ]
    if not rows:
        raise InvalidFeedback("Berkas tidak berisi baris data.")
    return rows


@dataclass(frozen=True)
class KioskRow:
    """One checked row: the unit and NIP are still text, the service resolves them."""

    line: int
    received_on: date
    unit_ref: str
    nip: str | None
    channel: Channel
    score: int
    comment: str | None

    @property
    def content(self) -> str:
        return "|".join(
            (
                self.received_on.isoformat(),
                self.unit_ref.lower(),
                self.nip or "",
                self.channel.value,
                str(self.score),
                self.comment or "",
            )
        )


def parse_kiosk_row(line: int, row: Mapping[str, str], today: date) -> KioskRow:
    """Check one row; every problem of the row is named in the one message."""
    problems: list[str] = []
    day = channel = score = comment = None
    try:
        day = check_received_on(parse_day(row.get("tanggal", "")), today) if row.get("tanggal") else None
    except InvalidFeedback as exc:
        problems.append(exc.message)
    if not row.get("tanggal"):
        problems.append("tanggal wajib diisi")
    unit_ref = row.get("unit", "").strip()
    if not unit_ref:
        problems.append("unit wajib diisi")
    nip = row.get("nip", "").replace(" ", "") or None
    if nip is not None and not re.fullmatch(r"\d{18}", nip):
        problems.append(f"NIP {nip!r} harus 18 angka")
    try:
        channel = parse_channel(row.get("kanal", ""))
    except InvalidFeedback as exc:
        problems.append(exc.message)
    try:
        score = _parse_score(row.get("skor", ""))
    except InvalidFeedback as exc:
        problems.append(exc.message)
    try:
        comment = check_comment(row.get("komentar"))
    except InvalidFeedback as exc:
        problems.append(exc.message)
    if problems or day is None or channel is None or score is None:
        raise InvalidFeedback("; ".join(problems))
    return KioskRow(line, day, unit_ref, nip, channel, score, comment)


def parse_kiosk_rows(
    rows: Sequence[Mapping[str, str]], today: date, *, first_line: int = 2
) -> tuple[list[KioskRow], list[tuple[int, str]]]:
    """All rows checked: the good ones, and (line, reason) for each bad one (line 1 is the header)."""
    good: list[KioskRow] = []
    bad: list[tuple[int, str]] = []
    for line, row in enumerate(rows, start=first_line):
        try:
            good.append(parse_kiosk_row(line, row, today))
        except InvalidFeedback as exc:
            bad.append((line, exc.message))
    return good, bad


def source_keys(rows: Sequence[KioskRow]) -> list[str]:
    """A stable key per row, so the same file imported again adds nothing.

    Two identical responses on one day are two people: the n-th repetition of the same content
    gets its own key, and the same file gives the same keys every time.
    """
    seen: dict[str, int] = {}
    keys = []
    for row in rows:
        n = seen.get(row.content, 0)
        seen[row.content] = n + 1
        keys.append(hashlib.sha256(f"{row.content}#{n}".encode()).hexdigest())
    return keys


# -- the summary over time -----------------------------------------------------------------------


class SummaryBy(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"


_KINDS: Final = {SummaryBy.MONTH: PeriodKind.MONTHLY, SummaryBy.QUARTER: PeriodKind.QUARTERLY}


@dataclass(frozen=True)
class SummaryRow:
    """One month or quarter: how many responses, their mean, and how many gave each score 1..5."""

    period: Period
    count: int
    mean: float | None
    distribution: tuple[int, int, int, int, int]

    @property
    def key(self) -> str:
        return self.period.key

    @property
    def label(self) -> str:
        return self.period.label


def mean_score(scores: Iterable[int]) -> tuple[int, float | None]:
    """(count, mean) of the scores; the mean is None when there are none."""
    values = list(scores)
    return len(values), (sum(values) / len(values) if values else None)


def summarise(responses: Iterable[tuple[date, int]], *, year: int, by: SummaryBy | str) -> list[SummaryRow]:
    """Every month (or quarter) of ``year`` in order, empty ones included, from (date, score) pairs."""
    try:
        kind = _KINDS[SummaryBy(by)]
    except ValueError:
        raise InvalidFeedback(f"ringkasan per {by!r} tidak dikenal (month atau quarter)") from None
    counts: dict[str, list[int]] = {p.key: [0] * SCORE_MAX for p in periods_of_year(year, kind)}
    for day, score in responses:
        if day.year == year:
            counts[period_containing(day, kind).key][check_score(score) - 1] += 1
    out = []
    for period in periods_of_year(year, kind):
        dist = counts[period.key]
        total = sum(dist)
        mean = sum((i + 1) * n for i, n in enumerate(dist)) / total if total else None
        out.append(SummaryRow(period, total, mean, (dist[0], dist[1], dist[2], dist[3], dist[4])))
    return out
