"""What a form prints, as frozen, picklable dataclasses.

The export service fills these in the main process from one read session; the drawing and
signing run in worker processes that never see the database. Keeping them plain (strings,
numbers, tuples) is what lets them cross the process boundary cheaply and makes the content
hash reproducible: the hash is SHA-256 of the canonical JSON of the document minus its
signature slots, so the same record always prints the same hash on paper.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any

FORM_SKP = "skp"
FORM_EVALUASI = "evaluasi"
FORM_PENETAPAN = "penetapan"
FORMS = (FORM_SKP, FORM_EVALUASI, FORM_PENETAPAN)


@dataclass(frozen=True)
class Person:
    """An identity block: Nama, NIP, Pangkat/Gol. ruang, Jabatan, Unit kerja."""

    name: str
    nip: str
    pangkat: str
    jabatan: str
    unit: str


@dataclass(frozen=True)
class SignatureSlot:
    """A visible signature field: who signs it, in which order, under which caption."""

    field_name: str
    caption: str
    employee_id: str
    person: Person


@dataclass(frozen=True)
class IndicatorLine:
    aspect: str
    text: str
    target: str
    realisation: str = ""


@dataclass(frozen=True)
class RhkLine:
    kind: str  # utama / tambahan
    text: str
    parent_text: str
    indicators: tuple[IndicatorLine, ...]
    feedback: str = ""


@dataclass(frozen=True)
class BehaviourLine:
    label: str
    guidance: tuple[str, ...]
    expectation: str
    feedback: str = ""


@dataclass(frozen=True)
class Header:
    """What every form prints at the top and in the closing."""

    agency: str
    city: str
    period_label: str
    place_date: str


@dataclass(frozen=True)
class SkpDoc:
    header: Header
    approach: str
    version: int
    pegawai: Person
    penilai: Person | None
    rhk: tuple[RhkLine, ...]
    behaviour: tuple[BehaviourLine, ...]
    lampiran: tuple[tuple[str, str], ...]
    draft: bool
    record_hash: str  # the approved SKP's content hash (services.skp), "" for a draft
    slots: tuple[SignatureSlot, ...] = field(default=())
    form: str = FORM_SKP


@dataclass(frozen=True)
class FeedbackItemLine:
    """One row of the 360° summary: a BerAKHLAK value or a competency, scores as printed text."""

    group: str  # "Perilaku Kerja BerAKHLAK", "Kompetensi Teknis", …
    label: str
    required: str  # the level the position requires, "" for a core value
    self_score: str
    supervisor: str
    peers: str  # mean and count, or why it is not shown


@dataclass(frozen=True)
class FollowUpLine:
    kind: str
    title: str
    goal: str
    status: str
    due: str
    sessions: tuple[str, ...]
    outcome: str


@dataclass(frozen=True)
class EvaluasiAppendix:
    """Lampiran: the 360° summary and the follow-up plan, printed after the signatures."""

    round_note: str  # who answered and the round's status, or why there is no round
    feedback: tuple[FeedbackItemLine, ...]
    follow_ups: tuple[FollowUpLine, ...]


@dataclass(frozen=True)
class EvaluasiDoc:
    header: Header
    periodic: bool
    pegawai: Person
    penilai: Person
    atasan_penilai: Person | None
    rhk: tuple[RhkLine, ...]
    behaviour: tuple[BehaviourLine, ...]
    rating_hasil: str
    rating_perilaku: str
    predikat: str
    notes: str
    draft: bool
    slots: tuple[SignatureSlot, ...] = field(default=())
    form: str = FORM_EVALUASI
    appendix: EvaluasiAppendix | None = None


@dataclass(frozen=True)
class DistributionLine:
    predikat: str
    count: int
    percent: str
    allowed: str


@dataclass(frozen=True)
class PredikatLine:
    name: str
    nip: str
    jabatan: str
    predikat: str


@dataclass(frozen=True)
class PenetapanDoc:
    header: Header
    unit: str
    pimpinan: Person | None
    org_predikat: str
    distribution: tuple[DistributionLine, ...]
    breaches: tuple[str, ...]
    employees: tuple[PredikatLine, ...]
    draft: bool
    slots: tuple[SignatureSlot, ...] = field(default=())
    form: str = FORM_PENETAPAN


Document = SkpDoc | EvaluasiDoc | PenetapanDoc


def content_hash(doc: Document) -> str:
    """SHA-256 of what the form says, independent of who signs it and when.

    For an approved SKP the record's own hash (taken at approval) is used, so the paper matches
    ``Skp.content_hash`` in the database; other forms hash their canonical JSON.
    """
    if isinstance(doc, SkpDoc) and doc.record_hash:
        return doc.record_hash
    body: dict[str, Any] = asdict(doc)
    body.pop("slots")
    if body.get("appendix", 0) is None:
        # Forms printed without the optional appendix keep the hash they had before it existed.
        body.pop("appendix")
    raw = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()
