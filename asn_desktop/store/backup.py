"""Online, encrypted copies of the database (before every migration, and for ``backup``)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from asn_desktop.store.engine import connect_raw


def copy_database(source: Path, key: bytes, target: Path) -> None:
    """Copy ``source`` to ``target`` through SQLite's backup API, encrypted with the same key.

    The copy is consistent even while the app holds the database open, and it is made under a
    temporary name first so that a crash never leaves a half copy under the final name.
    """
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.unlink(missing_ok=True)
    src = connect_raw(source, key)
    try:
        dst = connect_raw(tmp, key)
        try:
            dst.execute("PRAGMA journal_mode = DELETE")
            src.backup(dst)
        finally:
            dst.close()
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(tmp) + suffix).unlink()
    os.replace(tmp, target)
