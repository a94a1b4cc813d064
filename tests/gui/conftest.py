"""GUI tests: offscreen by default, our Application, private QSettings, a real workspace."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings

from ui.app import Application


@pytest.fixture(scope="session")
def qapp_cls() -> type[Application]:
    return Application


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["asn-desktop-tests"]


@pytest.fixture(autouse=True)
def _private_settings(tmp_path: Path, qapp: Application) -> None:
    """Each test gets its own settings file, so window state and language never leak."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QCoreApplication.setOrganizationName(f"asn-test-{tmp_path.name}")
    qapp.set_language("id")
