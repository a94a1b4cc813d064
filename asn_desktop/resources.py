"""Finding bundled resources: in a PyInstaller build, an installed package, or a checkout.

The folder is ``resources/`` at the top of the repository. A wheel ships it inside the package as
``asn_desktop/_resources`` (pyproject's ``package-dir`` mapping), a PyInstaller build beside the
code under ``sys._MEIPASS``, and a checkout or an editable install has it beside ``asn_desktop/``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_HERE = Path(__file__).resolve().parent


@cache
def resource_root() -> Path:
    base = getattr(sys, "_MEIPASS", None)
    if base:
        return Path(base) / "resources"
    installed = _HERE / "_resources"
    if installed.is_dir():
        return installed
    return _HERE.parent / "resources"


def resource_path(name: str) -> Path:
    return resource_root() / name
