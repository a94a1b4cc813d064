"""Keberatan: the pegawai may object to an evaluation within 14 days (DOMAIN.md §6)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.period import format_date_id

OBJECTION_DAYS: Final = 14


class ObjectionClosed(DomainError):
    code = "objection_closed"


def objection_deadline(finalized_on: date) -> date:
    return finalized_on + timedelta(days=OBJECTION_DAYS)


def ensure_objection_open(finalized_on: date | None, today: date) -> None:
    """Refuse an objection before the evaluation is final or after the 14 days have passed."""
    if finalized_on is None:
        raise ObjectionClosed("Keberatan hanya dapat diajukan atas penilaian yang sudah final.")
    deadline = objection_deadline(finalized_on)
    if today > deadline:
        raise ObjectionClosed(
            f"Batas waktu keberatan ({OBJECTION_DAYS} hari) telah lewat pada {format_date_id(deadline)}."
        )
