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


SCREENS = {
    # name: (Xvfb screen, QT_SCALE_FACTOR, the logical screen the window must fit)
    "1366x768": ("1366x768x24", "1", (1366, 768)),
    "1920x1080-150": ("1920x1080x24", "1.5", (1280, 720)),
}


def start_xvfb(screen: str) -> tuple[subprocess.Popen[bytes], str]:
    xvfb = shutil.which("Xvfb")
    assert xvfb, "Xvfb is missing: install the Debian package xvfb (scripts/setup does)"
    for number in range(90, 110):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            break
    proc = subprocess.Popen(
        [xvfb, f":{number}", "-screen", "0", screen, "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        assert proc.poll() is None, "Xvfb exited at start"
        assert time.monotonic() < deadline, "Xvfb did not start within 10 s"
        time.sleep(0.05)
    return proc, f":{number}"


@pytest.mark.parametrize("name", list(SCREENS))
def test_every_screen_renders_and_fits(name: str) -> None:
    """Every screen of a kasi and of the admin, maximised, at both sizes; kept to look at."""
    screen, scale, (width, height) = SCREENS[name]
    out = ARTIFACTS / name
    if out.exists():
        shutil.rmtree(out)
    proc, display = start_xvfb(screen)
    try:
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "ASN_FAST_HASH": "1",
            "QT_SCALE_FACTOR": scale,
        }
        result = subprocess.run(
            [sys.executable, "-m", "tests.gui.shots", str(out)],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
            cwd=Path(__file__).resolve().parents[2],
        )
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert result.returncode == 0, result.stderr[-3000:]
    shots = sorted(out.glob("*.png"))
    names = " ".join(p.stem for p in shots)
    for expected in ("kinerja-saya", "penilaian-bawahan", "rapat-evaluasi", "unit-kerja", "administrasi"):
        assert expected in names, names
    assert len(shots) >= 25, names
    ratio = float(scale)
    for shot in shots:
        image = QImage(str(shot))
        if "dialog" not in shot.stem:
            assert image.width() <= round(width * ratio) + 1, shot
            assert image.height() <= round(height * ratio) + 1, shot
            assert (image.width(), image.height()) >= (round(width * ratio) - 1, round(height * ratio) - 1), (
                f"{shot.name}: the window fills the screen when maximised"
            )
        # A real rendering has many colours; a blank or black window has one or two.
        colours = {
            image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 23)
        }
        assert len(colours) > 8, f"{shot.name} looks blank"
