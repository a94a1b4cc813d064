"""Building an approved SKP chain (kasi, then staff) through the services, as users would."""

from __future__ import annotations

from datetime import date

from asn_desktop.services import mutasi
from asn_desktop.services import skp as skp_svc


def approved_skp(org, who: str, *, year: int = 2026, parent_rhk: str | None = None) -> tuple[str, str, str]:
    """(skp_id, rhk_id, indicator_id) of an approved SKP of ``who`` (approved by its supervisor)."""
    ctx = org.ctx[who]
    skp_id = skp_svc.create_skp(ctx, year=year)
    rhk = skp_svc.add_rhk(
        ctx, skp_id=skp_id, kind="utama", text=f"Tersusunnya laporan {who}", parent_rhk_id=parent_rhk
    )
    ind = skp_svc.add_indicator(
        ctx, rhk_id=rhk, aspect="kuantitas", text="Jumlah laporan", target="12 dokumen"
    )
    skp_svc.submit_skp(ctx, skp_id=skp_id)
    boss = {"kasi": "head", "staff1": "kasi", "staff2": "kasi"}[who]
    skp_svc.approve_skp(org.ctx[boss], skp_id=skp_id)
    return skp_id, rhk, ind


def head_skp(org, year: int = 2026) -> str:
    """The head has no supervisor: the SKP needs no parent RHK; approved by nobody (stays submitted)."""
    ctx = org.ctx["head"]
    skp_id = skp_svc.create_skp(ctx, year=year)
    rhk = skp_svc.add_rhk(ctx, skp_id=skp_id, kind="utama", text="Meningkatnya kinerja dinas")
    skp_svc.add_indicator(ctx, rhk_id=rhk, aspect="kualitas", text="Nilai SAKIP", target="80 nilai")
    return rhk


MAY15 = date(2026, 5, 15)


def mutasi_year(org, day: date = MAY15) -> tuple[str, str]:
    """staff1 rated by the kasi until ``day``, then moved under the head: (old SKP, new SKP)."""
    head_rhk = head_skp(org)
    _, kasi_rhk, _ = approved_skp(org, "kasi", parent_rhk=head_rhk)
    old, _, _ = approved_skp(org, "staff1", parent_rhk=kasi_rhk)
    return old, move_under_head(org, day, head_rhk)


def move_under_head(org, day: date, head_rhk: str) -> str:
    """The mutasi of staff1 under the head on ``day``, and his new SKP for the rest of the year,
    approved by the head; returns that SKP."""
    mutasi.record_mutasi(org.admin, employee_id=org.staff1, day=day, supervisor_id=org.head)
    staff = org.ctx["staff1"]
    new = skp_svc.create_skp(staff, year=2026)
    rhk = skp_svc.add_rhk(
        staff, skp_id=new, kind="utama", text="Mendukung kepala dinas", parent_rhk_id=head_rhk
    )
    skp_svc.add_indicator(staff, rhk_id=rhk, aspect="kuantitas", text="Laporan", target="6 laporan")
    skp_svc.submit_skp(staff, skp_id=new)
    skp_svc.approve_skp(org.ctx["head"], skp_id=new)
    return new
