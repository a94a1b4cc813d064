"""GUI tests: offscreen by default, our Application, private QSettings, a real workspace."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings

from asn_desktop.evidence.specimen import simple_pdf
from asn_desktop.services import realisation as real_svc
from asn_desktop.services import skp as skp_svc
from tests.unit.services.helpers import approved_skp, head_skp
from ui.app import Application
from ui.tasks import TaskRunner
from ui.views.realisation_page import RealisationPage


@pytest.fixture(scope="session")
def qapp_cls() -> type[Application]:
    return Application


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["asn-desktop-tests"]


@pytest.fixture(autouse=True)
def _private_settings(tmp_path: Path, qapp: Application) -> Iterator[None]:
    """Each test gets its own settings file, so window state and language never leak.

    And, as in the app (``ui.garbage``), no cycle is collected on a worker thread while the test
    runs: the collection waits for the test's end, on the GUI thread. The rest of the suite keeps
    Python's automatic collection.
    """
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QCoreApplication.setOrganizationName(f"asn-test-{tmp_path.name}")
    qapp.set_language("id")
    gc.disable()
    yield
    gc.collect()
    gc.enable()


PERIOD = "2026-Q2"
PDF = simple_pdf("bukti")


def three_indicators(org, who: str) -> tuple[str, list[str], list[str]]:
    """An approved SKP of ``who`` with three indicators, each realised in PERIOD."""
    kasi_rhk = approved_skp(org, "kasi", parent_rhk=head_skp(org))[1] if who != "kasi" else None
    ctx = org.ctx[who]
    skp_id = skp_svc.create_skp(ctx, year=2026)
    rhk = skp_svc.add_rhk(
        ctx, skp_id=skp_id, kind="utama", text="Tersusunnya laporan", parent_rhk_id=kasi_rhk or head_skp(org)
    )
    indicators = [
        skp_svc.add_indicator(
            ctx, rhk_id=rhk, aspect="kuantitas", text=f"Jumlah laporan {n}", target="12 dokumen"
        )
        for n in (1, 2, 3)
    ]
    skp_svc.submit_skp(ctx, skp_id=skp_id)
    skp_svc.approve_skp(org.ctx["head" if who == "kasi" else "kasi"], skp_id=skp_id)
    reals = [
        real_svc.record_realisation(ctx, indicator_id=i, period_key=PERIOD, value=str(n))
        for n, i in enumerate(indicators, start=1)
    ]
    return skp_id, indicators, reals


@pytest.fixture
def realisation_page(qtbot, org) -> tuple[RealisationPage, list[str]]:
    _, _, reals = three_indicators(org, "kasi")
    real_svc.attach_evidence(org.ctx["kasi"], realisation_id=reals[2], filename="bukti3.pdf", data=PDF)
    page = RealisationPage(org.ctx["kasi"])
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    page.period.setCurrentIndex(page.period.findData(PERIOD))
    page.table.clearSelection()
    page.table.setCurrentIndex(page.table.model().index(-1, -1))
    return page, reals


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    """The runner a main window would hand to its pages (one per test)."""
    runner = TaskRunner()
    yield runner
    runner.shutdown()
