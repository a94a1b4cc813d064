"""The share as a folder: a local path or a mapped/mounted network drive."""

from __future__ import annotations

import os
from pathlib import Path

from asn_desktop.atomic import write_atomically
from asn_desktop.sync.transports.base import (
    MAX_FILE,
    ShareUnavailable,
    protocol_names,
    share_error,
    too_large,
)


class FolderTransport:
    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)

    @property
    def label(self) -> str:
        return str(self.root)

    def _path(self, path: str) -> Path:
        return self.root.joinpath(*path.split("/"))

    def _check_root(self) -> None:
        # A mount point that vanished must not be recreated as an empty local folder.
        if not self.root.is_dir():
            raise ShareUnavailable(
                f"Penyimpanan bersama {self.label} tidak ditemukan; periksa jaringan atau drive, "
                "pekerjaan di laptop ini aman."
            )

    def read(self, path: str, *, limit: int = MAX_FILE) -> bytes:
        try:
            with self._path(path).open("rb") as fh:
                data = fh.read(limit + 1)
        except FileNotFoundError:
            self._check_root()
            raise
        except OSError as exc:
            raise share_error(exc, self.label, f"membaca {path}") from exc
        if len(data) > limit:
            raise too_large(self.label, path, limit)
        return data

    def write_atomically(self, path: str, data: bytes) -> None:
        self._check_root()
        target = self._path(path)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(target, data, mode=0o640)
        except OSError as exc:
            raise share_error(exc, self.label, f"menulis {path}") from exc

    def exists(self, path: str) -> bool:
        self._check_root()
        return self._path(path).exists()

    def list(self, path: str) -> list[str]:
        self._check_root()
        try:
            return protocol_names(os.listdir(self._path(path)))
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise share_error(exc, self.label, f"membaca daftar {path}") from exc

    def remove(self, path: str) -> None:
        try:
            self._path(path).unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:  # pragma: no cover - permissions on a share the user cannot fix here
            raise share_error(exc, self.label, f"menghapus {path}") from exc
