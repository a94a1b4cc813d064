import pytest

from asn_desktop.domain.berakhlak import CORE_VALUES, core_value
from asn_desktop.domain.errors import DomainError


def test_seven_values_in_order_with_guidance() -> None:
    assert [cv.label for cv in CORE_VALUES] == [
        "Berorientasi Pelayanan",
        "Akuntabel",
        "Kompeten",
        "Harmonis",
        "Loyal",
        "Adaptif",
        "Kolaboratif",
    ]
    assert all(len(cv.guidance) == 3 for cv in CORE_VALUES)


def test_lookup_by_key_and_unknown_key() -> None:
    assert core_value("loyal").label == "Loyal"
    with pytest.raises(DomainError, match="tidak dikenal"):
        core_value("jujur")
