"""Building an approved SKP chain (kasi, then staff) through the services, as users would."""

from __future__ import annotations

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
