"""The demo's judging: the units' predikat organisasi, feedback, and assessments of past years, of the
last past quarter (so the periodic forms are real) and of the year — unit heads rated by the leader
rule, as the service would insist."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta

from asn_desktop.domain.berakhlak import CORE_VALUES
from asn_desktop.domain.curve import PredikatOrganisasi
from asn_desktop.domain.leader import DEFAULT_LEADER_RULE
from asn_desktop.domain.period import Period
from asn_desktop.domain.rating import Rating, predikat_kinerja
from asn_desktop.store import models as m

Add = Callable[..., str]  # _Rows.add(model, **values) -> id


def org_predikat(
    add: Add, rng: random.Random, units: list[str], year: int, quarter: Period
) -> dict[str, tuple[Rating, Rating]]:
    """Each unit's predikat organisasi for the year and for the last past quarter; returns the Rating
    Hasil Kerja the leader rule gives its head (year, quarter)."""
    choices = ["istimewa", "baik", "baik", "baik", "butuh_perbaikan"]
    out = {}
    for uid in units:
        annual, periodic = rng.choice(choices), rng.choice(choices)
        add(m.OrgPredikat, unit_id=uid, year=year, predikat=annual)
        add(m.OrgPredikatPeriod, unit_id=uid, period_key=quarter.key, predikat=periodic)
        rule = DEFAULT_LEADER_RULE
        out[uid] = (rule[PredikatOrganisasi(annual)], rule[PredikatOrganisasi(periodic)])
    return out


_FEEDBACK = [
    "Pertahankan ketepatan waktu laporan.",
    "Perlu meningkatkan kelengkapan dokumen pendukung.",
    "Koordinasi dengan unit lain sudah baik.",
    "Tingkatkan inisiatif dalam penyelesaian masalah.",
]


def judge(
    add: Add,
    rng: random.Random,
    emp: str,
    boss: str,
    skp: str | None,
    year: int,
    now: datetime,
    quarters: list[Period],
    locked: tuple[Rating, Rating] | None,
) -> None:
    """Feedback, two past years decided, the last past quarter decided, the year rated (mostly
    final). ``locked``: the Rating Hasil Kerja (year, quarter) the leader rule sets for a unit head."""
    period = quarters[-1].key
    add(
        m.Feedback,
        employee_id=emp,
        author_user_id=None,
        source="atasan",
        period_key=period,
        rhk_id=None,
        core_value=rng.choice(CORE_VALUES).key,
        text=rng.choice(_FEEDBACK),
        score=None,
        created_at=now,
    )
    # Two earlier years, decided and closed, so that the predikat history has a past to draw.
    for back in (2, 1):
        past_hasil = rng.choices(list(Rating), weights=[2, 7, 1])[0]
        past_perilaku = rng.choices(list(Rating), weights=[2, 8, 1])[0]
        add(
            m.Assessment,
            employee_id=emp,
            skp_id=None,
            assessor_id=boss,
            period_key=Period.annual(year - back).key,
            rating_hasil=past_hasil.value,
            rating_perilaku=past_perilaku.value,
            predikat=predikat_kinerja(past_hasil, past_perilaku).value,
            notes="Penilaian tahunan",
            self_rating_hasil=None,
            self_note=None,
            status="final",
            finalized_at=now - timedelta(days=365 * back),
            signed_hash=None,
            objection=None,
            objection_decision=None,
            version=1,
            previous_id=None,
        )
    if skp is None:
        return
    quarter = quarters[-1]
    decided_q = min(datetime.combine(quarter.end, datetime.min.time()) + timedelta(days=10), now)
    _rate(
        add, rng, emp, boss, skp, quarter.key, locked[1] if locked else None, decided_q, "Evaluasi periodik"
    )
    final = rng.random() < 0.7
    # A few pegawai object to their final annual result: the atasan pejabat penilai has keberatan
    # to decide on the Keberatan screen.
    reason = rng.choice(_OBJECTIONS) if final and locked is None and rng.random() < 0.03 else None
    annual = _rate(
        add,
        rng,
        emp,
        boss,
        skp,
        Period.annual(year).key,
        locked[0] if locked else None,
        now if final else None,
        "Penilaian tahunan",
        objection=reason,
    )
    if reason:
        add(
            m.Objection,
            assessment_id=annual,
            employee_id=emp,
            text=reason,
            filed_at=now,
            decider_id=None,
            decided_at=None,
            decision=None,
            outcome=None,
            rating_hasil=None,
            rating_perilaku=None,
            revised_id=None,
        )


_OBJECTIONS = [
    "Bukti dukung laporan triwulan III belum dipertimbangkan.",
    "Umpan balik perilaku kerja tidak disertai contoh kejadian.",
]


def _rate(
    add: Add,
    rng: random.Random,
    emp: str,
    boss: str,
    skp: str,
    period_key: str,
    locked: Rating | None,
    finalized: datetime | None,
    notes: str,
    *,
    objection: str | None = None,
) -> str:
    """One assessment; final when ``finalized`` is given, the unit head's hasil from the leader rule."""
    hasil = locked or rng.choices(list(Rating), weights=[2, 7, 1])[0]
    perilaku = rng.choices(list(Rating), weights=[2, 7, 1])[0]
    return add(
        m.Assessment,
        employee_id=emp,
        skp_id=skp,
        assessor_id=boss,
        period_key=period_key,
        rating_hasil=hasil.value,
        rating_perilaku=perilaku.value,
        predikat=predikat_kinerja(hasil, perilaku).value,
        notes=notes,
        self_rating_hasil=Rating.SESUAI.value,
        self_note="Target utama tercapai",
        status="final" if finalized else "draft",
        finalized_at=finalized,
        signed_hash=None,
        objection=objection,
        objection_decision=None,
        version=1,
        previous_id=None,
    )
