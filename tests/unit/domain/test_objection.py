from datetime import date

import pytest

from asn_desktop.domain.objection import ObjectionClosed, ensure_objection_open, objection_deadline


def test_deadline_is_fourteen_days_after_finalisation() -> None:
    assert objection_deadline(date(2026, 12, 20)) == date(2027, 1, 3)


def test_open_on_the_last_day_closed_the_day_after() -> None:
    ensure_objection_open(date(2026, 12, 20), date(2027, 1, 3))
    with pytest.raises(ObjectionClosed, match="telah lewat pada 3 Januari 2027"):
        ensure_objection_open(date(2026, 12, 20), date(2027, 1, 4))


def test_not_before_the_evaluation_is_final() -> None:
    with pytest.raises(ObjectionClosed, match="sudah final"):
        ensure_objection_open(None, date(2027, 1, 1))


def test_decisions() -> None:
    import pytest

    from asn_desktop.domain.errors import DomainError
    from asn_desktop.domain.objection import ObjectionOutcome, decide, outcome_text
    from asn_desktop.domain.rating import Predikat, Rating

    current = (Rating.DI_BAWAH, Rating.SESUAI)
    kept = decide("ditolak", current, (None, None))
    assert (kept.changed, kept.predikat) == (False, Predikat.BUTUH_PERBAIKAN)
    granted = decide(ObjectionOutcome.DIKABULKAN, current, ("sesuai", "sesuai"))
    assert (granted.changed, granted.hasil, granted.predikat) == (True, Rating.SESUAI, Predikat.BAIK)
    with pytest.raises(DomainError, match="memerlukan Rating"):
        decide("dikabulkan", current, ("sesuai", None))
    with pytest.raises(DomainError, match="sama dengan hasil semula"):
        decide("dikabulkan", current, ("di_bawah", "sesuai"))
    with pytest.raises(DomainError, match="pimpinan unit mengikuti predikat"):
        decide("dikabulkan", current, ("di_atas", "sesuai"), locked_hasil=Rating.DI_BAWAH)
    leader = decide("dikabulkan", current, ("di_bawah", "di_atas"), locked_hasil=Rating.DI_BAWAH)
    assert leader.perilaku is Rating.DI_ATAS
    assert outcome_text(None, None, None) == "Belum diputus"
    assert outcome_text("ditolak", None, None) == "Ditolak: hasil penilaian tetap"
    assert outcome_text("dikabulkan", "sesuai", "sesuai") == (
        "Dikabulkan: Rating Hasil Kerja Sesuai Ekspektasi, Rating Perilaku Kerja Sesuai Ekspektasi, Predikat Baik"
    )
    assert ObjectionOutcome.DIKABULKAN.label == "Dikabulkan"
