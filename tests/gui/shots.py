"""Render the main screens in real windows (run under Xvfb) and save them as PNG.

Run as ``python -m tests.gui.shots OUTDIR`` with DISPLAY set; the test in test_screenshots.py
starts Xvfb and calls it. The pictures are kept as artefacts and the README shows them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("ASN_FAST_HASH", "1")

import keyring
import keyring.backends.fail
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from asn_desktop.services.context import AppContext
from asn_desktop.services.demo import DEMO_PASSWORD, build_demo
from asn_desktop.services.directory import EmployeeFilter, visible_employees
from asn_desktop.services.workspace import init_workspace, login
from tests.gui.shots_worklog import seed_shots
from ui.app import Application


def _settle(app: QApplication, ms: int = 150) -> None:
    """Let the window paint: a local event loop (``app.quit`` would also close every window)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _save(app: QApplication, widget: QWidget, path: Path) -> None:
    widget.raise_()
    widget.activateWindow()
    _settle(app)
    # Qt paints the real, mapped X11 window into the pixmap (the X server's own copy of an
    # unmanaged Xvfb window is black without a compositor).
    widget.grab().save(str(path))


def _coaching_plan(ctx: AppContext, assessment_id: str) -> None:
    """A coaching plan with one session held and one planned, as a kasi records it."""
    from datetime import timedelta

    from asn_desktop.services import followup as fu

    today = ctx.workspace.now().date()
    fid = fu.add_follow_up(
        ctx,
        assessment_id=assessment_id,
        kind="pembinaan",
        title="Bimbingan penyusunan laporan",
        goal="Laporan bulanan selesai tepat waktu",
        due_on=today + timedelta(days=90),
    )
    held = fu.add_session(ctx, follow_up_id=fid, planned_on=today - timedelta(days=10))
    fu.add_session(ctx, follow_up_id=fid, planned_on=today + timedelta(days=11))
    fu.record_session(
        ctx, session_id=held, held_on=today - timedelta(days=9), note="Rencana kerja disepakati"
    )
    fu.set_status(ctx, follow_up_id=fid, status="berjalan")


def _follow_up_shot(app: QApplication, window: QWidget, page: Any, path: Path) -> None:
    """The Tindak Lanjut tab for the annual period, on a subordinate who has follow-ups if any."""
    from asn_desktop.services.followup import list_for_employee
    from ui.models.roles import RowRole

    page.period.setCurrentIndex(page.period.count() - 1)  # the annual period comes last
    rows = range(page.model.rowCount())
    plans = {r: list_for_employee(page.ctx, page.model.index(r, 0).data(RowRole).id) for r in rows}
    # A coaching plan with sessions shows the whole tab; else any follow-up; else the first person.
    chosen = [r for r in rows if any(v.sessions for v in plans[r])] or [r for r in rows if plans[r]] or [0]
    if not any(v.sessions for v in plans.get(chosen[0], [])) and plans.get(chosen[0]):
        _coaching_plan(page.ctx, plans[chosen[0]][0].assessment_id)
    page.list.selectRow(chosen[0])
    page.reload()
    tab = page.follow_up
    with_sessions = [r for r in range(tab.model.rowCount()) if tab.model.row_at(r).sessions]
    tab.table.selectRow(with_sessions[0] if with_sessions else 0)
    page.tabs.setCurrentWidget(tab)
    _save(app, window, path)


def _slug(state: str) -> str:
    keep = "".join(c if c.isalnum() else "-" for c in state.lower())
    return "-".join(part for part in keep.split("-") if part)


def _maximise(window: QWidget) -> None:
    """What a maximised window gets: the screen's available area (Xvfb runs no window manager)."""
    window.setGeometry(window.screen().availableGeometry())


def _walk(app: QApplication, window: Any, outdir: Path, prefix: str) -> int:
    """Every screen and tab of ``window`` (``ui.walk``), one picture each."""
    from ui.walk import every_screen

    count = 0
    for n, state in enumerate(every_screen(window), start=1):
        window.tasks.wait_idle()
        _save(app, window, outdir / f"{prefix}-{n:02d}-{_slug(state)}.png")
        count += 1
    return count


def _special(app: QApplication, ctx: AppContext, window: Any, outdir: Path) -> None:
    """States a walk does not reach: a subordinate's 360° and follow-up, dialogs of the work log."""
    from ui.views.team_page import TeamPage
    from ui.views.worklog_proposal import ProposalDialog

    page = window.show_page(TeamPage)
    if page is not None and _select_subordinate_with_round(page, ctx):
        page.tabs.setCurrentWidget(page.feedback360)
        _save(app, window, outdir / "kasi-x1-feedback360-team.png")
        _follow_up_shot(app, window, page, outdir / "kasi-x2-follow-up-tab.png")
    dialog = ProposalDialog(ctx, window)
    dialog.show()
    _save(app, dialog, outdir / "kasi-x3-proposal-dialog.png")
    dialog.close()


def main(outdir: Path) -> None:
    from ui.main_window import MainWindow
    from ui.views.feedback360_page import Feedback360Page

    outdir.mkdir(parents=True, exist_ok=True)
    keyring.set_keyring(keyring.backends.fail.Keyring())
    app = Application(["asn-shots"], language="id")
    app.collect_on_gui_thread()
    tmp = Path(tempfile.mkdtemp(prefix="asn-shots-"))
    ws = init_workspace(
        tmp / "ws",
        agency="Badan Kepegawaian Daerah Provinsi Contoh",
        admin_password=DEMO_PASSWORD,
        passphrase="shots-pass",
        prefer_keyring=False,
    )
    build_demo(AppContext.system(ws), employees=60, seed=1, year=ws.now().year)
    admin = login(ws, "admin", DEMO_PASSWORD)
    # A kasi (penilai with subordinates) shows every screen of the cycle.
    kasi = next(
        r
        for r in visible_employees(admin, EmployeeFilter(text=""), limit=500)
        if r.position_name and r.position_name.startswith("Kepala Seksi")
    )
    ctx = login(ws, kasi.nip, DEMO_PASSWORD)
    seed_shots(ws, ctx)
    for prefix, who in (("kasi", ctx), ("admin", admin)):
        window = MainWindow(who)
        window.show()
        _maximise(window)
        _walk(app, window, outdir, prefix)
        if who is ctx:
            _special(app, ctx, window, outdir)
        else:
            _admin_dialogs(app, admin, window, outdir)
        window.close()
    # The 360° results of a pegawai whose closed round had enough peers.
    subject = login(ws, _subject_with_results(ws), DEMO_PASSWORD)
    own = MainWindow(subject)
    own.show()
    _maximise(own)
    results = own.show_page(Feedback360Page)
    assert isinstance(results, Feedback360Page)
    results.tabs.setCurrentWidget(results.results)
    _save(app, own, outdir / "pegawai-01-feedback360-results.png")
    own.close()
    ws.close()


def _admin_dialogs(app: QApplication, admin: AppContext, window: QWidget, outdir: Path) -> None:
    """The admin's dialogs a walk does not open: recording a mutasi."""
    from ui.views.admin.employees import MutasiDialog

    row = next(r for r in visible_employees(admin, EmployeeFilter(text=""), limit=200) if r.supervisor_id)
    dialog = MutasiDialog(admin, row, window)
    dialog.show()
    _save(app, dialog, outdir / "admin-x1-mutasi-dialog.png")
    dialog.close()


def _select_subordinate_with_round(page: Any, ctx: AppContext) -> bool:
    """Select the first subordinate who has a 360° round, in that round's period."""
    from asn_desktop.services import competency as comp
    from ui.models.roles import RowRole

    for row in range(page.model.rowCount()):
        rounds = comp.rounds_about(ctx, employee_id=page.model.index(row, 0).data(RowRole).id)
        if rounds:
            page.period.setCurrentIndex(page.period.findData(rounds[0].period_key))
            page.list.selectRow(row)
            return True
    return False


def _subject_with_results(ws: Any) -> str:
    """The NIP of the pegawai of a closed round in which most peers answered."""
    from sqlalchemy import func, select

    from asn_desktop.store import models as m

    with ws.sessions() as s:
        stmt = (
            select(m.Employee.nip)
            .join(m.FeedbackRound, m.FeedbackRound.employee_id == m.Employee.id)
            .join(m.FeedbackRater, m.FeedbackRater.round_id == m.FeedbackRound.id)
            .where(
                m.FeedbackRound.status == "closed",
                m.FeedbackRater.relation == "rekan",
                m.FeedbackRater.submitted_at.is_not(None),
            )
            .group_by(m.FeedbackRound.id)
            .order_by(func.count().desc(), m.Employee.nip)
        )
        return str(s.scalars(stmt).first())


if __name__ == "__main__":
    main(Path(sys.argv[1]))
