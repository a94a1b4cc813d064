"""Work-log content for the screenshots: the kasi's own week, and a subordinate's week with a comment."""

from __future__ import annotations

from datetime import timedelta

from asn_desktop.services import worklog as wl
from asn_desktop.services import worklog_comments as wlc
from asn_desktop.services.context import AppContext
from asn_desktop.services.demo import DEMO_PASSWORD
from asn_desktop.services.directory import EmployeeFilter, visible_employees
from asn_desktop.services.workspace import login

TEXTS = (
    ("Menyusun draf laporan bulanan seksi", "1"),
    ("Rapat koordinasi penyusunan anggaran dengan bidang", ""),
    ("Memeriksa kelengkapan dokumen usulan kenaikan pangkat", "3"),
    ("Memperbarui rekap kehadiran pegawai", "1,5"),
    ("Mendampingi pemohon layanan informasi kepegawaian", "2"),
)


def _fill_week(ctx: AppContext) -> None:
    choices = wl.loggable_indicators(ctx, year=wl.today_for(ctx).year)
    today = wl.today_for(ctx)
    monday = today - timedelta(days=today.weekday())
    days = [monday + timedelta(days=d) for d in range((today - monday).days + 1)]
    for i, (text, quantity) in enumerate(TEXTS):
        ind = choices[i % len(choices)]
        wl.log_work(
            ctx,
            indicator_id=ind.id,
            work_date=days[i % len(days)],
            text=text,
            quantity=quantity if ind.quantitative else "",
        )


def seed_shots(ws: object, kasi_ctx: AppContext) -> None:
    """Entries of this week for the kasi and for the first subordinate with an approved SKP."""
    _fill_week(kasi_ctx)
    for row in visible_employees(kasi_ctx, EmployeeFilter(text=""), limit=50):
        sub = login(ws, row.nip, DEMO_PASSWORD)  # type: ignore[arg-type]
        if wl.loggable_indicators(sub, year=wl.today_for(sub).year):
            _fill_week(sub)
            wlc.comment_week(
                kasi_ctx,
                employee_id=row.id,
                week_start=wl.today_for(sub),
                text="Pekan yang produktif. Mohon lampirkan notulen rapat koordinasi.",
            )
            return
