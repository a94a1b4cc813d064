"""The predikat matrix, cell by cell, against the table of DOMAIN.md §3."""

from __future__ import annotations

import pytest

from asn_desktop.domain.rating import PREDIKAT_MATRIX, Predikat, Rating, predikat_kinerja

A, S, B = Rating.DI_ATAS, Rating.SESUAI, Rating.DI_BAWAH

# Written out as the regulation's table reads: rows hasil kerja, columns perilaku (bawah, sesuai, atas).
TABLE = {
    A: ("Kurang/Misconduct", "Baik", "Sangat Baik"),
    S: ("Kurang/Misconduct", "Baik", "Baik"),
    B: ("Sangat Kurang", "Butuh Perbaikan", "Butuh Perbaikan"),
}
CELLS = [
    (hasil, perilaku, TABLE[hasil][column])
    for hasil in (A, S, B)
    for column, perilaku in enumerate((B, S, A))
]


@pytest.mark.parametrize(("hasil", "perilaku", "label"), CELLS)
def test_every_cell_of_the_matrix(hasil: Rating, perilaku: Rating, label: str) -> None:
    assert predikat_kinerja(hasil, perilaku).label == label
    assert PREDIKAT_MATRIX[(hasil, perilaku)].label == label


def test_matrix_has_exactly_nine_cells() -> None:
    assert len(PREDIKAT_MATRIX) == 9
    assert set(PREDIKAT_MATRIX) == {(h, p) for h in Rating for p in Rating}
    assert set(PREDIKAT_MATRIX.values()) == set(Predikat)


def test_matrix_is_read_only() -> None:
    with pytest.raises(TypeError):
        PREDIKAT_MATRIX[(A, A)] = Predikat.KURANG  # type: ignore[index]


def test_stored_string_values_are_accepted() -> None:
    assert predikat_kinerja("di_atas", "di_atas") is Predikat.SANGAT_BAIK  # type: ignore[arg-type]
    assert predikat_kinerja(Rating("di_bawah"), Rating("sesuai")) is Predikat.BUTUH_PERBAIKAN


def test_unknown_rating_is_refused() -> None:
    with pytest.raises(ValueError, match="baik"):
        predikat_kinerja("baik", "sesuai")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("rating", "value", "label"),
    [
        (Rating.DI_ATAS, "di_atas", "Di Atas Ekspektasi"),
        (Rating.SESUAI, "sesuai", "Sesuai Ekspektasi"),
        (Rating.DI_BAWAH, "di_bawah", "Di Bawah Ekspektasi"),
    ],
)
def test_rating_values_and_labels(rating: Rating, value: str, label: str) -> None:
    assert rating == value
    assert rating.label == label


@pytest.mark.parametrize(
    ("predikat", "value", "label"),
    [
        (Predikat.SANGAT_BAIK, "sangat_baik", "Sangat Baik"),
        (Predikat.BAIK, "baik", "Baik"),
        (Predikat.BUTUH_PERBAIKAN, "butuh_perbaikan", "Butuh Perbaikan"),
        (Predikat.KURANG, "kurang", "Kurang/Misconduct"),
        (Predikat.SANGAT_KURANG, "sangat_kurang", "Sangat Kurang"),
    ],
)
def test_predikat_values_and_labels(predikat: Predikat, value: str, label: str) -> None:
    assert predikat == value
    assert predikat.label == label
