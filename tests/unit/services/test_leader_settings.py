"""Issue 13: the leader rule (configuration, enforced in the service), the periodic distribution
check with its warnings, the agency's configuration tables, place and zone, and the logo."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from asn_desktop.domain.errors import PermissionDenied
from asn_desktop.domain.leader import LeaderRuleBroken
from asn_desktop.errors import NotFound, ValidationFailed
from asn_desktop.services import agency, settings
from asn_desktop.services import assessment as asm
from asn_desktop.services import employees as emp_svc
from asn_desktop.services.org_predikat import leader_rating, set_org_predikat_for_period
from asn_desktop.services.unit import check_unit_distribution
from asn_desktop.store.models import AgencySetting
from tests.conftest import arrived
from tests.unit.forms.helpers import with_positions
from tests.unit.services.helpers import approved_skp, head_skp


def _leading_kasi(org) -> None:
    with_positions(org)
    approved_skp(org, "kasi", parent_rhk=head_skp(org))


def test_a_unit_head_is_rated_by_his_units_predikat(org) -> None:
    """Finding: a unit head was rated like anyone else; the organisation predikat was ignored."""
    _leading_kasi(org)
    head = org.ctx["head"]
    with pytest.raises(ValidationFailed, match="belum ditetapkan"):
        asm.assess(
            head, employee_id=org.kasi, period_key="2026", rating_hasil="sesuai", rating_perilaku="sesuai"
        )
    emp_svc.set_org_predikat(org.admin, unit_id=org.seksi, year=2026, predikat="istimewa")
    locked = leader_rating(head, employee_id=org.kasi, period_key="2026")
    assert locked is not None
    assert locked.rating == "di_atas"
    assert "Istimewa" in locked.note
    with pytest.raises(
        LeaderRuleBroken, match="mengikuti predikat kinerja organisasi unitnya \\(Istimewa\\)"
    ):
        asm.assess(
            head, employee_id=org.kasi, period_key="2026", rating_hasil="sesuai", rating_perilaku="sesuai"
        )
    assert (
        asm.assess(
            head, employee_id=org.kasi, period_key="2026", rating_hasil="di_atas", rating_perilaku="sesuai"
        )
        == "baik"
    )
    # a quarter with its own predikat organisasi; another quarter falls back to the year's
    set_org_predikat_for_period(org.admin, unit_id=org.seksi, period_key="2026-Q1", predikat="kurang")
    assert leader_rating(head, employee_id=org.kasi, period_key="2026-Q1").rating == "di_bawah"
    assert "tahun 2026" in leader_rating(head, employee_id=org.kasi, period_key="2026-Q2").note
    # staff lead nothing: no rule
    assert leader_rating(org.ctx["kasi"], employee_id=org.staff1, period_key="2026") is None


def test_leader_mapping_is_configuration(org) -> None:
    _leading_kasi(org)
    emp_svc.set_org_predikat(org.admin, unit_id=org.seksi, year=2026, predikat="baik")
    rule = dict(settings.get_setting(org.admin, settings.LEADER_RULE))
    rule["baik"] = "di_atas"
    with pytest.raises(PermissionDenied):
        settings.set_setting(org.ctx["head"], settings.LEADER_RULE, rule)
    settings.set_setting(org.admin, settings.LEADER_RULE, rule)
    assert leader_rating(org.ctx["head"], employee_id=org.kasi, period_key="2026").rating == "di_atas"
    with pytest.raises(ValidationFailed, match="belum memetakan"):
        settings.set_setting(org.admin, settings.LEADER_RULE, {"baik": "sesuai"})
    settings.set_setting(org.admin, settings.LEADER_RULE, None)  # back to the default
    assert leader_rating(org.ctx["head"], employee_id=org.kasi, period_key="2026").rating == "sesuai"
    with pytest.raises(NotFound):
        settings.get_setting(org.admin, "tidak_ada")


def test_a_broken_stored_table_is_refused_by_name(org) -> None:
    """A row may arrive by sync from another laptop: it is checked when read, too."""
    with arrived(org.ws) as s:
        s.add(AgencySetting(key=settings.AK_PERCENTAGES, value='{"baik": "banyak"}'))
    with pytest.raises(ValidationFailed, match="Persentase angka kredit menurut predikat kinerja.*rusak"):
        settings.get_setting(org.admin, settings.AK_PERCENTAGES)
    with arrived(org.ws) as s:
        s.query(AgencySetting).update({"value": "x" * 20000})
    with pytest.raises(ValidationFailed, match="rusak"):
        settings.get_setting(org.admin, settings.AK_PERCENTAGES)
    settings.set_setting(
        org.admin,
        settings.AK_PERCENTAGES,
        dict.fromkeys(("sangat_baik", "baik", "butuh_perbaikan", "kurang", "sangat_kurang"), "100"),
    )
    assert str(settings.get_setting(org.admin, settings.AK_PERCENTAGES)["baik"]) == "100"


def test_periodic_distribution_check_with_warnings(org) -> None:
    """Findings: the distribution check was annual only; "sebagian besar" had no place."""
    _, kasi_rhk, _ = approved_skp(org, "kasi", parent_rhk=head_skp(org))
    for who in ("staff1", "staff2"):
        approved_skp(org, who, parent_rhk=kasi_rhk)
        asm.assess(
            org.ctx["kasi"],
            employee_id=getattr(org, who),
            period_key="2026-Q2",
            rating_hasil="sesuai",
            rating_perilaku="sesuai",
        )
        view = asm.get_assessment(org.ctx["kasi"], employee_id=getattr(org, who), period_key="2026-Q2")
        asm.finalize_assessment(org.ctx["kasi"], assessment_id=view.id)
    emp_svc.set_org_predikat(org.admin, unit_id=org.seksi, year=2026, predikat="istimewa")
    report = check_unit_distribution(org.ctx["kasi"], unit_id=org.seksi, year=2026, period_key="2026-Q2")
    assert report.total == 2
    assert report.org_from_year
    assert report.breaches == []
    assert report.warnings
    assert "sebagian besar" in report.warnings[0]
    set_org_predikat_for_period(org.admin, unit_id=org.seksi, period_key="2026-Q2", predikat="baik")
    report = check_unit_distribution(org.ctx["kasi"], unit_id=org.seksi, year=2026, period_key="2026-Q2")
    assert not report.org_from_year
    assert report.breaches  # Baik 100 %, and no Butuh Perbaikan
    assert (
        check_unit_distribution(org.ctx["kasi"], unit_id=org.seksi, year=2026).total == 0
    )  # the year: none yet
    set_org_predikat_for_period(org.admin, unit_id=org.seksi, period_key="2026-Q2", predikat=None)
    assert check_unit_distribution(
        org.ctx["kasi"], unit_id=org.seksi, year=2026, period_key="2026-Q2"
    ).org_from_year
    with pytest.raises(ValidationFailed, match="per tahun"):
        set_org_predikat_for_period(org.admin, unit_id=org.seksi, period_key="2026", predikat="baik")


def test_agency_city_zone_and_unit_place(org) -> None:
    view = agency.agency_settings(org.ctx["staff1"])
    assert (view.city, view.timezone, view.has_logo) == ("Kota Uji", "WIB", False)
    agency.set_agency(org.admin, city="  Makassar ", timezone="wita")
    view = agency.agency_settings(org.admin)
    assert (view.city, view.timezone) == ("Makassar", "WITA")
    with pytest.raises(PermissionDenied):
        agency.set_agency(org.ctx["kasi"], city="X")
    with pytest.raises(ValueError, match="Zona waktu tidak dikenal"):
        agency.set_agency(org.admin, timezone="GMT")
    with pytest.raises(ValidationFailed, match="paling panjang"):
        agency.set_agency(org.admin, city="x" * 101)
    with pytest.raises(ValidationFailed, match="wajib"):
        agency.set_agency(org.admin, name=" ")
    agency.set_unit_settings(org.admin, unit_id=org.seksi, city="Gowa", pimpinan_id=org.head)
    agency.set_unit_settings(org.admin, unit_id=org.seksi, clear_pimpinan=True)
    with pytest.raises(PermissionDenied):
        agency.set_unit_settings(org.ctx["head"], unit_id=org.seksi, city="X")


def _image(fmt: str, size: tuple[int, int] = (800, 400)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (20, 90, 160)).save(out, format=fmt)
    return out.getvalue()


def test_logo_must_be_a_real_bounded_image(org) -> None:
    """The logo is hostile input: type, bytes and pixels checked before decoding, re-encoded."""
    agency.set_logo(org.admin, data=_image("JPEG"))
    stored = agency.logo_png(org.admin)
    assert stored is not None
    assert stored.startswith(b"\x89PNG")
    assert Image.open(io.BytesIO(stored)).size == (512, 256)
    assert agency.agency_settings(org.admin).has_logo
    for bad, match in (
        (b"GIF89a" + b"\x00" * 64, "bukan gambar yang dapat dibaca"),
        (b"%PDF-1.4 bukan gambar", "bukan gambar yang dapat dibaca"),
        (_image("PNG")[:60], "bukan gambar yang dapat dibaca"),  # truncated
        (_image("BMP", (10, 10)), "PNG atau JPEG, bukan BMP"),
        (b"\x00" * (2 * 1024 * 1024 + 1), "terlalu besar"),
    ):
        with pytest.raises(ValidationFailed, match=match):
            agency.set_logo(org.admin, data=bad)
    bomb = io.BytesIO()
    Image.new("1", (6000, 6000)).save(bomb, format="PNG")  # 36 Mpx in a few kilobytes
    with pytest.raises(ValidationFailed, match="tidak wajar"):
        agency.set_logo(org.admin, data=bomb.getvalue())
    with pytest.raises(PermissionDenied):
        agency.set_logo(org.ctx["kasi"], data=_image("PNG"))
    assert agency.logo_png(org.admin) == stored, "a refused logo changes nothing"
    agency.set_logo(org.admin, data=None)
    assert agency.logo_png(org.admin) is None
