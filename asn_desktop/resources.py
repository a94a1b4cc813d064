"""Finding bundled resources, in a checkout and inside a PyInstaller build (``sys._MEIPASS``)."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(name: str) -> Path:
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) if base else Path(__file__).resolve().parent.parent
    return root / "resources" / name
