from __future__ import annotations

from datetime import date

import pytest

from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.mutasi import (
    check_mutasi,
    clip,
    in_force,
    months_covered,
    months_in_force,
    penilai_of_skp,
    skp_range,
    skp_range_label,
)


def test_an_skp_covers_its_own_dates_or_the_year() -> None:
    assert skp_range(2026, None, None) == (date(2026, 1, 1), date(2026, 12, 31))
    assert skp_range(2026, date(2026, 7, 1), None) == (date(2026, 7, 1), date(2026, 12, 31))
    assert months_covered(date(2026, 1, 1), date(2026, 6, 30)) == 6
    assert months_covered(date(2026, 7, 15), date(2026, 12, 31)) == 6
    assert months_covered(date(2025, 12, 1), date(2026, 1, 31)) == 2
    assert skp_range_label(date(2026, 1, 1), date(2026, 6, 30)) == "1 Januari s.d. 30 Juni 2026"
    assert skp_range_label(date(2025, 12, 1), date(2026, 1, 31)) == "1 Desember 2025 s.d. 31 Januari 2026"


def test_a_mutasi_day_lies_inside_the_old_skp() -> None:
    assert check_mutasi(2026, None, None, date(2026, 7, 1)) == (date(2026, 6, 30), date(2026, 7, 1))
    assert check_mutasi(2026, None, None, date(2026, 12, 31)) == (date(2026, 12, 30), date(2026, 12, 31))
    with pytest.raises(
        DomainError, match=r"\(1 Januari 2026\) harus sesudah awal .* \(1 Januari s.d. 31 Desember 2026\)"
    ):
        check_mutasi(2026, None, None, date(2026, 1, 1))
    with pytest.raises(DomainError, match="1 Juli s.d. 31 Desember 2026"):
        check_mutasi(2026, date(2026, 7, 1), None, date(2027, 1, 1))


def test_a_period_is_evaluated_against_the_skp_in_force_at_its_end() -> None:
    old = ("old", date(2026, 1, 1), date(2026, 6, 30))
    new = ("new", date(2026, 7, 1), date(2026, 12, 31))
    assert in_force([old, new], date(2026, 1, 1), date(2026, 3, 31)) == "old"
    assert in_force([new, old], date(2026, 1, 1), date(2026, 12, 31)) == "new"
    assert in_force([old], date(2026, 7, 1), date(2026, 9, 30)) is None
    assert clip((date(2026, 1, 1), date(2026, 12, 31)), (date(2026, 7, 1), date(2026, 12, 31))) == (
        date(2026, 7, 1),
        date(2026, 12, 31),
    )
    assert clip((date(2026, 4, 1), date(2026, 6, 30)), (date(2026, 1, 1), date(2026, 5, 14))) == (
        date(2026, 4, 1),
        date(2026, 5, 14),
    )


def test_a_closed_skp_is_evaluated_by_its_own_penilai_the_open_one_by_the_supervisor() -> None:
    assert penilai_of_skp(date(2026, 6, 30), "old-boss", "new-boss") == "old-boss"
    assert penilai_of_skp("2026-06-30", None, "new-boss") is None  # the top official's: the admin
    assert penilai_of_skp(None, "old-boss", "plt") == "plt"


def test_a_month_counts_once_for_the_skp_in_force_at_its_end() -> None:
    assert months_in_force(date(2026, 1, 1), date(2026, 12, 31)) == 12
    assert months_in_force(date(2026, 1, 1), date(2026, 5, 14)) == 4
    assert months_in_force(date(2026, 5, 15), date(2026, 12, 31)) == 8
    assert months_in_force(date(2026, 1, 1), date(2026, 6, 30)) == 6
    assert months_in_force(date(2026, 12, 15), date(2026, 12, 31)) == 1
    assert months_in_force(date(2026, 1, 10), date(2026, 1, 20)) == 0
