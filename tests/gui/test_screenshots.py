"""The main screens rendered in real X11 windows under Xvfb, kept as artefacts to look at."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


@pytest.fixture
def xvfb_display() -> str:
    xvfb = shutil.which("Xvfb")
    assert xvfb, "Xvfb is missing: install the Debian package xvfb (scripts/setup does)"
    for number in range(90, 110):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            break
    proc = subprocess.Popen(
        [xvfb, f":{number}", "-screen", "0", "1366x900x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        assert proc.poll() is None, "Xvfb exited at start"
        assert time.monotonic() < deadline, "Xvfb did not start within 10 s"
        time.sleep(0.05)
    yield f":{number}"
    proc.terminate()
    proc.wait(timeout=10)


def test_main_screens_render_under_xvfb(xvfb_display: str) -> None:
    if ARTIFACTS.exists():
        shutil.rmtree(ARTIFACTS)
    env = {**os.environ, "DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb", "ASN_FAST_HASH": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "tests.gui.shots", str(ARTIFACTS)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr[-3000:]
    shots = sorted(ARTIFACTS.glob("*.png"))
    names = [p.stem.split("-", 1)[1] if not p.stem.startswith("admin") else p.stem for p in shots]
    assert "MyPerformancePage" in " ".join(names)
    assert len(shots) >= 8
    for shot in shots:
        image = QImage(str(shot))
        assert (image.width(), image.height()) >= (1000, 600), shot
        # A real rendering has many colours; a blank or black window has one or two.
        colours = {
            image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 23)
        }
        assert len(colours) > 8, f"{shot.name} looks blank"
