"""The share reached directly over SMB 2/3 (``smbprotocol``'s ``smbclient``), no mount needed.

``smb://user@host[:port]/share/path``. The password comes from ``ASN_SMB_PASSWORD`` when set,
else from the OS keyring (service ``asn-desktop-smb``, user ``user@host``); it never appears in
a message. Notes from running against a real Samba server:

* ``port=`` is passed on *every* call: ``register_session`` alone is not enough, the other calls
  would dial 445;
* a missing file is an ``OSError`` with ``errno`` 2 that is not a ``FileNotFoundError``; it is
  turned into one here so the protocol sees the same thing from every transport;
* after a failure the cached connection may be dead, so it is dropped and the next call (the
  next sync) reconnects.
"""

from __future__ import annotations

import contextlib
import errno
import os
import uuid
from typing import Any
from urllib.parse import unquote, urlsplit

import keyring
import smbclient
from smbprotocol.exceptions import DiskFull, SMBException

from asn_desktop.sync.transports.base import (
    MAX_FILE,
    ShareUnavailable,
    protocol_names,
    share_error,
    too_large,
)

KEYRING_SERVICE = "asn-desktop-smb"
DEFAULT_PORT = 445
CONNECT_TIMEOUT = 10


class SmbTransport:
    def __init__(
        self, *, host: str, share: str, base: str, user: str, password: str, port: int = DEFAULT_PORT
    ) -> None:
        self.host, self.share, self.base, self.user, self.port = host, share, base.strip("/"), user, port
        self._password = password
        self._registered = False
        self._made: set[str] = set()

    def __repr__(self) -> str:  # no password in logs
        return f"SmbTransport({self.label!r})"

    @classmethod
    def from_url(cls, url: str) -> SmbTransport:
        parts = urlsplit(url)
        segments = [s for s in unquote(parts.path).split("/") if s]
        if not parts.hostname or not segments:
            raise ShareUnavailable(f"Alamat {url!r} tidak sah; contoh: smb://pengguna@server/berbagi/folder.")
        user = unquote(parts.username or "")
        password = os.environ.get("ASN_SMB_PASSWORD") or (
            keyring.get_password(KEYRING_SERVICE, f"{user}@{parts.hostname}") if user else None
        )
        if password is None:
            raise ShareUnavailable(
                f"Kata sandi untuk {user or '(tanpa nama)'}@{parts.hostname} tidak ditemukan di keyring "
                "sistem; setel ASN_SMB_PASSWORD atau simpan kata sandinya."
            )
        return cls(
            host=parts.hostname,
            share=segments[0],
            base="/".join(segments[1:]),
            user=user,
            password=password,
            port=parts.port or DEFAULT_PORT,
        )

    @property
    def label(self) -> str:
        port = "" if self.port == DEFAULT_PORT else f":{self.port}"
        return f"smb://{self.user}@{self.host}{port}/{self.share}/{self.base}".rstrip("/")

    def _unc(self, path: str) -> str:
        parts = [p for p in f"{self.base}/{path}".split("/") if p]
        return "\\\\" + "\\".join([self.host, self.share, *parts])

    def _session(self) -> None:
        if not self._registered:
            smbclient.register_session(
                self.host,
                username=self.user,
                password=self._password,
                port=self.port,
                connection_timeout=CONNECT_TIMEOUT,
            )
            self._registered = True

    def _fail(self, exc: Exception, what: str) -> ShareUnavailable:
        self._registered = False
        self._made.clear()
        # The connection is already broken; dropping it is best effort.
        with contextlib.suppress(Exception):
            smbclient.delete_session(self.host, port=self.port)
        if isinstance(exc, OSError):
            return share_error(exc, self.label, what)
        if isinstance(exc, DiskFull):
            return share_error(OSError(errno.ENOSPC, "disk full"), self.label, what)
        return ShareUnavailable(
            f"Penyimpanan bersama {self.label} tidak dapat dijangkau saat {what}; "
            "pekerjaan di laptop ini aman, sinkronkan lagi nanti."
        )

    def _call(self, what: str, func: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            self._session()
            return func(*args, port=self.port, **kwargs)
        except OSError as exc:
            if exc.errno == errno.ENOENT:
                raise FileNotFoundError(errno.ENOENT, "tidak ada", what) from exc
            raise self._fail(exc, what) from exc
        except (SMBException, ValueError) as exc:
            raise self._fail(exc, what) from exc

    def read(self, path: str, *, limit: int = MAX_FILE) -> bytes:
        def _read(unc: str, port: int) -> bytes:
            with smbclient.open_file(unc, mode="rb", port=port) as fh:
                data: bytes = fh.read(limit + 1)
                return data

        result: bytes = self._call(f"membaca {path}", _read, self._unc(path))
        if len(result) > limit:
            raise too_large(self.label, path, limit)
        return result

    def _makedirs(self, folder: str) -> None:
        if folder not in self._made:
            self._call(f"membuat folder {folder}", smbclient.makedirs, self._unc(folder), exist_ok=True)
            self._made.add(folder)

    def write_atomically(self, path: str, data: bytes) -> None:
        folder, _, name = path.rpartition("/")
        self._makedirs(folder)
        tmp = f"{folder}/.{name}.{uuid.uuid4().hex}.tmp"

        def _write(unc: str, port: int) -> None:
            with smbclient.open_file(unc, mode="wb", port=port) as fh:
                fh.write(data)

        try:
            self._call(f"menulis {path}", _write, self._unc(tmp))
            self._call(f"menulis {path}", smbclient.replace, self._unc(tmp), self._unc(path))
        except ShareUnavailable:
            with contextlib.suppress(ShareUnavailable, FileNotFoundError):
                self._call("membersihkan", smbclient.remove, self._unc(tmp))
            raise

    def exists(self, path: str) -> bool:
        try:
            self._call(f"memeriksa {path}", smbclient.stat, self._unc(path))
        except FileNotFoundError:
            return False
        return True

    def list(self, path: str) -> list[str]:
        try:
            names: list[str] = self._call(f"membaca daftar {path}", smbclient.listdir, self._unc(path))
        except FileNotFoundError:
            return []
        return protocol_names(names)

    def remove(self, path: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self._call(f"menghapus {path}", smbclient.remove, self._unc(path))
