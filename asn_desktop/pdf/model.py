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
FORM_DOKUMEN = "dokumen"
FORM_PENETAPAN = "penetapan"
FORM_ANGKA_KREDIT = "angka_kredit"
FORM_MATRIKS = "matriks"
FORMS = (FORM_SKP, FORM_EVALUASI, FORM_DOKUMEN, FORM_PENETAPAN, FORM_ANGKA_KREDIT, FORM_MATRIKS)


@dataclass(frozen=True)
class Person:
    """An identity block: Nama, NIP (or NI PPPK), Pangkat/Gol. ruang, Jabatan, Unit kerja.

    ``nip`` is already grouped (``19900913 202524 2 014``); ``nip_label`` is "NIP" for a PNS and
    "NI PPPK" for a PPPK, so no form labels a contract employee's number as a NIP.
    """

    name: str
    nip: str
    pangkat: str
    jabatan: str
    unit: str
    nip_label: str = "NIP"


@dataclass(frozen=True)
class SignatureSlot:
    """One signer of the closing: caption ("Pejabat Penilai Kinerja"), who, and the field name.

    Every form prints its closing whether or not it is signed electronically (most offices sign
    on paper); ``person`` is ``None`` when the signer is not known yet (printed as blank lines).
    """

    field_name: str
    caption: str
    employee_id: str
    person: Person | None


@dataclass(frozen=True)
class IndicatorLine:
    aspect: str
    text: str
    target: str
    realisation: str = ""
    achievement: str = ""  # "capaian 99,9 %" against a numeric target, on the evaluation


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
    """What every form prints at the top and in the closing.

    ``period_label`` names the period ("Triwulan I 2026", "1 Januari s.d. 31 Desember 2026"),
    ``period_range`` its dates ("1 Januari s.d. 31 Maret 2026"); ``logo`` is the agency's PNG
    (hashed by its digest, see ``content_hash``), empty when none is set.
    """

    agency: str
    city: str
    period_label: str
    place_date: str
    period_range: str = ""
    logo: bytes = b""


@dataclass(frozen=True)
class SkpDoc:
    header: Header
    approach: str
    version: int
    pegawai: Person
    penilai: Person | None
    rhk: tuple[RhkLine, ...]
    behaviour: tuple[BehaviourLine, ...]
    lampiran: tuple[tuple[str, tuple[str, ...]], ...]  # heading → numbered items
    draft: bool
    record_hash: str  # the approved SKP's content hash (services.skp), "" for a draft
    slots: tuple[SignatureSlot, ...] = field(default=())
    form: str = FORM_SKP
    audience: str = ""  # "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL", by the position


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
class CurveBar:
    """One predikat in a pola distribusi: its share now (when counted) and the allowed range."""

    predikat: str
    count: int | None
    low_percent: int  # the smallest share the rules allow
    high_percent: int  # the largest


@dataclass(frozen=True)
class PolaDistribusi:
    """The curve a unit's predikat organisasi imposes, as printed beside the ratings."""

    org_predikat: str  # "" when the unit's predikat organisasi is not set yet
    rules: tuple[str, ...]  # "Sangat Baik paling banyak 70 %", …
    bars: tuple[CurveBar, ...]
    note: str = ""  # the source of a periodic form's predikat ("predikat tahunan"), warnings


@dataclass(frozen=True)
class ObjectionLine:
    """A keberatan and its decision, printed on the forms of the assessment it concerns."""

    filed_on: str
    text: str
    decided_on: str
    decider: str
    decision: str
    outcome: str  # "Ditolak: hasil penilaian tetap" / "Dikabulkan: …"


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
    approach: str = "kualitatif"
    audience: str = ""
    pola: PolaDistribusi | None = None
    objection: ObjectionLine | None = None
    version_note: str = ""  # "Versi 2: hasil keputusan keberatan" for a revised assessment


@dataclass(frozen=True)
class DokumenDoc:
    """DOKUMEN EVALUASI KINERJA PEGAWAI (DOMAIN.md §7): one page, per period and annual."""

    header: Header
    periodic: bool
    pegawai: Person
    penilai: Person
    atasan_penilai: Person | None
    org_predikat: str
    predikat: str
    notes: str
    draft: bool
    pola: PolaDistribusi | None = None
    objection: ObjectionLine | None = None
    slots: tuple[SignatureSlot, ...] = field(default=())
    form: str = FORM_DOKUMEN


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
    status: str = ""  # "" when final; "belum final" / "belum dinilai" otherwise
    nip_label: str = "NIP"


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
    warnings: tuple[str, ...] = ()
    pola: PolaDistribusi | None = None
    periodic: bool = False
    pending: str = ""  # "6 pegawai belum final, 2 belum dinilai": why the document is a draft


@dataclass(frozen=True)
class CreditLine:
    """One period's angka kredit as printed: every figure already written the Indonesian way."""

    period: str
    months: str
    predikat: str
    percent: str
    koefisien: str
    value: str


@dataclass(frozen=True)
class AngkaKreditDoc:
    """KONVERSI PREDIKAT KINERJA KE ANGKA KREDIT of a JF holder for a year (Peraturan BKN 3/2023)."""

    header: Header
    pegawai: Person
    penilai: Person | None
    jenjang: str
    lines: tuple[CreditLine, ...]
    total: str
    note: str
    year: int
    slots: tuple[SignatureSlot, ...] = field(default=())
    form: str = FORM_ANGKA_KREDIT
    draft: bool = False


@dataclass(frozen=True)
class MatrixLine:
    """One row of the matrix: a leader RHK (numbered), one pegawai who takes it, his role and the
    result expected of him."""

    number: str
    result: str
    name: str
    nip: str
    role: str
    hasil: str


@dataclass(frozen=True)
class MatrixDoc:
    """MATRIKS PEMBAGIAN PERAN DAN HASIL of a leader's SKP for a year."""

    header: Header
    pimpinan: Person
    year: int
    lines: tuple[MatrixLine, ...]
    slots: tuple[SignatureSlot, ...] = field(default=())
    form: str = FORM_MATRIKS
    draft: bool = False


Document = SkpDoc | EvaluasiDoc | DokumenDoc | PenetapanDoc | AngkaKreditDoc | MatrixDoc


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
    logo = body["header"].pop("logo")
    if logo:
        body["header"]["logo_sha256"] = hashlib.sha256(logo).hexdigest()
    raw = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()
