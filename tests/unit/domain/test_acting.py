from __future__ import annotations

from datetime import date

import pytest

from asn_desktop.domain.acting import ActingKind, acting_title, check_acting_range, is_active, overlaps
from asn_desktop.domain.errors import DomainError


def test_titles_ranges_and_overlaps() -> None:
    assert acting_title("plt", "Kepala Seksi Program") == "Plt. Kepala Seksi Program"
    assert acting_title(ActingKind.PLH, "Kepala Bidang") == "Plh. Kepala Bidang"
    check_acting_range(date(2026, 1, 1), date(2026, 1, 1))
    with pytest.raises(DomainError, match=r"\(31 Desember 2025\) sebelum awalnya \(1 Januari 2026\)"):
        check_acting_range(date(2026, 1, 1), date(2025, 12, 31))
    with pytest.raises(DomainError, match="dua tahun"):
        check_acting_range(date(2026, 1, 1), date(2028, 1, 3))
    assert is_active(date(2026, 1, 1), date(2026, 1, 31), date(2026, 1, 31))
    assert not is_active(date(2026, 1, 1), date(2026, 1, 31), date(2026, 2, 1))
    assert overlaps((date(2026, 1, 1), date(2026, 1, 10)), (date(2026, 1, 10), date(2026, 2, 1)))
    assert not overlaps((date(2026, 1, 1), date(2026, 1, 9)), (date(2026, 1, 10), date(2026, 2, 1)))
