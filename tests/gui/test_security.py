"""Administrasi → Keamanan (issue 11): refused changes and files, the laptops, revoking one, and
the two acts an admin does once after an upgrade — driven with the mouse, as the admin would."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from asn_desktop.services import security
from asn_desktop.store.models import Meta, SecurityEvent, SyncQuarantine
from tests.conftest import arrived
from tests.gui.helpers import click_in_next_box
from ui.views.admin.admin_page import AdminPage
from ui.views.admin.security import SecurityTab

OTHER = "01900000-0000-7000-8000-0000000000ff"


@pytest.fixture
def tab(qtbot, org, tasks) -> Iterator[SecurityTab]:
    with arrived(org.ws) as s:  # what a sync leaves behind after refusing
        s.add(
            SyncQuarantine(
                id="q" * 64,
                hlc=f"1796000000000-00000-{OTHER}",
                table_name="assessment",
                row_id="01900000-0000-7000-8000-000000000001",
                author=org.admin.actor.user_id,
                origin=OTHER,
                reason="pejabat penilai pada penilaian harus atasan langsung pegawai",
                fields="{}",
                detected_at=datetime(2026, 12, 1, 9, 30),
            )
        )
        s.add(
            SecurityEvent(
                key="k" * 64,
                kind="bundel ditolak",
                subject=f"log/{OTHER}/000004.bundle",
                message="tanda tangan kepala bundel tidak sah",
                first_seen=datetime(2026, 12, 1, 9, 0),
                last_seen=datetime(2026, 12, 1, 9, 31),
                count=3,
            )
        )
        s.add(Meta(key=f"sync.device.{OTHER}", value="00" * 32))  # a laptop this one has synced with
    page = AdminPage(org.admin, tasks)
    qtbot.addWidget(page)
    assert page.tabs is not None
    names = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    QTest.mouseClick(
        page.tabs.tabBar(),
        Qt.MouseButton.LeftButton,
        pos=page.tabs.tabBar().tabRect(names.index("Kea&manan")).center(),
    )
    assert page.tabs.currentWidget() is page.security
    page.resize(1280, 720)
    page.show()
    tasks.wait_idle()
    qtbot.waitUntil(lambda: page.security.devices.rowCount() == 2)
    yield page.security  # noqa: PT022 - the page (and with it the tab) lives until the test ends


def test_events_and_laptops_are_listed(tab: SecurityTab) -> None:
    rows = [
        [tab.events.index(r, c).data() for c in range(tab.events.columnCount())]
        for r in range(tab.events.rowCount())
    ]
    assert [r[1] for r in rows] == ["bundel ditolak", "perubahan ditolak"], "newest first"
    assert rows[0][3] == "tanda tangan kepala bundel tidak sah"
    assert rows[0][4] == "3"
    assert "admin" in rows[1][2]
    assert rows[1][3] == "pejabat penilai pada penilaian harus atasan langsung pegawai"
    assert "2 peristiwa" in tab.events_note.text()
    statuses = {
        tab.devices.index(r, 1).data(): tab.devices.index(r, 3).data() for r in range(tab.devices.rowCount())
    }
    assert statuses[OTHER[:8]] == "aktif"


def test_revoking_a_laptop_by_the_mouse(qtbot, tab: SecurityTab, tasks, monkeypatch) -> None:
    row = next(r for r in range(tab.devices.rowCount()) if tab.devices.index(r, 1).data() == OTHER[:8])
    view = tab.devices_view
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(tab.devices.index(row, 0)).center()
    )
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("laptop hilang", True))
    click_in_next_box("confirmAction")
    QTest.mouseClick(tab.revoke_button, Qt.MouseButton.LeftButton)
    tasks.wait_idle()
    qtbot.waitUntil(
        lambda: any(
            "dicabut" in (tab.devices.index(r, 3).data() or "") for r in range(tab.devices.rowCount())
        )
    )
    [device] = [d for d in security.list_devices(tab.ctx) if d.id == OTHER]
    assert device.revoked


def test_revoking_asks_first_and_batal_changes_nothing(tab: SecurityTab, monkeypatch) -> None:
    row = next(r for r in range(tab.devices.rowCount()) if tab.devices.index(r, 1).data() == OTHER[:8])
    view = tab.devices_view
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(tab.devices.index(row, 0)).center()
    )
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("laptop hilang", True))
    click_in_next_box("confirmCancel")
    assert not tab.revoke()
    assert not any(d.revoked for d in security.list_devices(tab.ctx))


def test_sign_directory_and_attest_an_empty_share(
    qtbot, tab: SecurityTab, tasks, tmp_path: Path, monkeypatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    QTest.mouseClick(tab.sign_button, Qt.MouseButton.LeftButton)
    assert said == ["Tidak ada kunci pengguna yang menunggu pengesahan."]
    share = tmp_path / "share"
    share.mkdir()
    tab.attest(str(share))
    qtbot.waitUntil(lambda: len(said) == 2, timeout=10_000)
    assert said[1] == "0 kelompok perubahan lama disahkan."
