from __future__ import annotations

from asn_desktop.domain.form_rules import AUDIENCE_ADMINISTRASI, AUDIENCE_JPT, audience_line, lampiran_items
from asn_desktop.domain.period import Period


def test_title_line_follows_the_position() -> None:
    assert audience_line("jpt") == AUDIENCE_JPT
    for kind in ("administrator", "pengawas", "pelaksana", "fungsional", None):
        assert (
            audience_line(kind) == AUDIENCE_ADMINISTRASI == "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL"
        )


def test_lampiran_lists() -> None:
    assert lampiran_items(None) == ()
    assert lampiran_items("") == ()
    assert lampiran_items("Anggaran DIPA unit; sarana kerja kantor") == (
        "Anggaran DIPA unit",
        "sarana kerja kantor",
    )
    assert lampiran_items("1. Laptop\r\n- Printer\n\n• Ruang rapat;") == ("Laptop", "Printer", "Ruang rapat")


def test_period_dates_for_the_forms() -> None:
    assert Period.parse("2026-Q1").range_label == "1 Januari s.d. 31 Maret 2026"
    assert Period.parse("2026").range_label == "1 Januari s.d. 31 Desember 2026"
    assert Period.parse("2028-M02").range_label == "1 Februari s.d. 29 Februari 2028"
