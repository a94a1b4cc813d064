"""Atomic file writes.

Every file the app writes (keys, device info, bundles, exports, backups) goes through
``write_atomically`` so that a crash or a full disk never leaves a half-written file under its
final name: the bytes go to a temporary file in the same folder, made private (0600) before
anything is written, flushed and fsynced, then renamed over the target with ``os.replace``.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


def _fsync_dir(folder: Path) -> None:
    # The rename is only durable once the directory entry is on disk (POSIX); Windows has no
    # directory handles to fsync, so this is best effort there.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_writer(target: str | os.PathLike[str], mode: int = 0o600) -> Iterator[BinaryIO]:
    """Yield a binary file whose content replaces ``target`` only if the block succeeds."""
    target = Path(target)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(target.parent)


def write_atomically(target: str | os.PathLike[str], data: bytes, mode: int = 0o600) -> None:
    """Write ``data`` to ``target`` atomically (see the module docstring)."""
    with atomic_writer(target, mode) as fh:
        fh.write(data)
