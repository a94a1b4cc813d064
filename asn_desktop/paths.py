"""Where the app keeps its folders: platformdirs, with one override for tests and development.

``ASN_DESKTOP_HOME`` (or ``set_base_dir``) puts every folder under one directory so that tests
and demos never touch the user's real data.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "asn-desktop"
_override: Path | None = None


def set_base_dir(path: Path | None) -> None:
    global _override  # noqa: PLW0603 - the one development override, by design
    _override = path


def _base() -> Path | None:
    if _override is not None:
        return _override
    env = os.environ.get("ASN_DESKTOP_HOME")
    return Path(env) if env else None


def data_dir() -> Path:
    base = _base()
    return base / "data" if base else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    base = _base()
    return base / "config" if base else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    base = _base()
    return base / "logs" if base else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_workspace() -> Path:
    return data_dir() / "workspace"


def demo_workspace() -> Path:
    return data_dir() / "demo"


def export_dir() -> Path:
    """Where exported forms go by default: a visible folder in the user's Documents.

    The data folder (``data_dir``) is hidden on Linux (``~/.local/share``) and on Windows
    (``AppData``); an export is for people to open, mail and archive, so it goes where they look.
    """
    base = _base()
    documents = base / "documents" if base else Path(platformdirs.user_documents_dir())
    return documents / "ASN Kinerja"
