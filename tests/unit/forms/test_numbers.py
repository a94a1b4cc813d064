"""Issue 13, numbers: targets and realisations print as typed, the annual form the year's figure."""

from __future__ import annotations

import re
from pathlib import Path

from asn_desktop.services import overview
from asn_desktop.services import skp as skp_svc
from tests.unit.forms.helpers import STAFF1, exported_text, realise, staff_skp


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_targets_print_as_typed_on_skp_and_evaluation(org, tmp_path: Path) -> None:
    staff_skp(org)
    for form in ("skp", "evaluasi"):
        text = _flat(exported_text(org, tmp_path, nip=STAFF1, form=form))
        for typed in ("10.000.000 rupiah", "1.234.567 transaksi", "2,5 jam"):
            assert typed in text, (form, typed)
        assert "e+0" not in text
        assert "2.5 jam" not in text


def test_annual_form_prints_the_year_against_the_target(org, tmp_path: Path) -> None:
    ids = staff_skp(org)
    realise(org, "staff1", ids["Layanan yang diselesaikan"], {"2026-Q1": "49,8", "2026-Q2": "50,1"})
    realise(org, "staff1", ids["Ketepatan waktu"], {"2026-Q1": "2,6", "2026-Q2": "2,6", "2026-Q3": "2,5"})
    realise(org, "staff1", ids["Tingkat kepuasan"], {"2026-Q3": "19,4"})
    annual = _flat(exported_text(org, tmp_path, nip=STAFF1, form="evaluasi"))
    assert "99,9 layanan" in annual  # 49,8 + 50,1 in decimal arithmetic
    assert "7,7 bulan" in annual
    assert "Triwulan I 2026:" not in annual
    quarter = _flat(exported_text(org, tmp_path, nip=STAFF1, form="evaluasi", period="2026-Q3"))
    assert "2,5 bulan" in quarter
    assert "19,4 %" in quarter
    assert "3.1 bulan" not in quarter
    assert "19.4" not in quarter
    # The screen shows the same running total the annual form prints.
    skp_id = skp_svc.current_skp_id(org.ctx["staff1"], employee_id=org.staff1, year=2026)
    rows = {p.text: p for p in overview.progress(org.ctx["staff1"], skp_id=skp_id, period_key="2026")}
    assert str(rows["Ketepatan waktu"].total_value) == "7.7"
