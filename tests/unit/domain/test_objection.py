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
