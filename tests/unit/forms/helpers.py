"""Forms exported through the services from data made through the services, read with pdftotext."""

from __future__ import annotations

from pathlib import Path

from asn_desktop.services import export
from asn_desktop.services import realisation as real_svc
from asn_desktop.services import skp as skp_svc
from tests.unit.pdf.tools import pdf_stream_text
from tests.unit.services.helpers import approved_skp, head_skp

STAFF1, STAFF2, KASI = "199001012015031003", "199009132025242014", "198001012005012002"
TARGETS = (
    ("kuantitas", "Nilai kontrak yang dikelola", "10.000.000 rupiah"),
    ("kuantitas", "Transaksi yang diverifikasi", "1.234.567 transaksi"),
    ("waktu", "Rata-rata waktu layanan", "2,5 jam"),
    ("kuantitas", "Layanan yang diselesaikan", "200 layanan"),
    ("kualitas", "Tingkat kepuasan", "80 %"),
    ("waktu", "Ketepatan waktu", "12 bulan"),
)


def staff_skp(org, who: str = "staff1", *, approach: str = "kuantitatif", targets=TARGETS) -> dict[str, str]:
    """An approved SKP of ``who`` under the kasi's RHK; returns indicator ids by their text."""
    _, kasi_rhk, _ = approved_skp(org, "kasi", parent_rhk=head_skp(org))
    ctx = org.ctx[who]
    skp_id = skp_svc.create_skp(ctx, year=2026, approach=approach)
    rhk = skp_svc.add_rhk(
        ctx, skp_id=skp_id, kind="utama", text="Terkelolanya layanan keuangan", parent_rhk_id=kasi_rhk
    )
    ids = {
        text: skp_svc.add_indicator(ctx, rhk_id=rhk, aspect=aspect, text=text, target=target)
        for aspect, text, target in targets
    }
    skp_svc.submit_skp(ctx, skp_id=skp_id)
    skp_svc.approve_skp(org.ctx["kasi"], skp_id=skp_id)
    return ids


def realise(org, who: str, indicator_id: str, values: dict[str, str]) -> None:
    for period_key, value in values.items():
        real_svc.record_realisation(
            org.ctx[who], indicator_id=indicator_id, period_key=period_key, value=value
        )


def exported_text(org, tmp_path: Path, *, nip: str, form: str, period: str | None = None, **kw) -> str:
    out = tmp_path / f"{nip}-{form}-{period or 'tahun'}.pdf"
    export.export_form(org.admin, nip=nip, year=2026, form=form, out=out, period_key=period, **kw)
    return "\n".join(pdf_stream_text(out))


def with_positions(org) -> dict[str, str]:
    """Positions for the org fixture: the head leads the office (JPT), the kasi leads the seksi,
    the staff are analysts (JF Ahli Pertama). Returns position ids by role."""
    from asn_desktop.services import employees as emp

    admin = org.admin
    ids = {
        "head": emp.create_position(
            admin, unit_id=org.unit, name="Kepala Dinas", kind="jpt", leads_unit=True
        ),
        "kasi": emp.create_position(
            admin, unit_id=org.seksi, name="Kepala Seksi Program", kind="pengawas", leads_unit=True
        ),
        "staff": emp.create_position(
            admin, unit_id=org.seksi, name="Analis Kebijakan Ahli Pertama", kind="fungsional"
        ),
    }
    people = {
        "head": ("197001012000031001", "Kepala Dinas", org.unit, None, "head"),
        "kasi": ("198001012005012002", "Kasi Program", org.seksi, org.head, "kasi"),
        "staff1": ("199001012015031003", "Staf Satu", org.seksi, org.kasi, "staff"),
        "staff2": ("199009132025242014", "Staf PPPK", org.seksi, org.kasi, "staff"),
    }
    for who, (nip, name, unit, boss, pos) in people.items():
        emp.update_employee(
            admin,
            getattr(org, who),
            emp.EmployeeInput(nip=nip, name=name, unit_id=unit, supervisor_id=boss, position_id=ids[pos]),
        )
    return ids
