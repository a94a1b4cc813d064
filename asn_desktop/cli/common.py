"""Helpers every command shares: the passphrase, opening a workspace, the progress bar."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from asn_desktop.errors import KeyUnavailable, WrongPassphrase
from asn_desktop.services.context import AppContext, Workspace
from asn_desktop.services.workspace import login, open_workspace


def passphrase_from_env(*, required: bool, confirm: bool = False) -> str | None:
    """``ASN_PASSPHRASE``, else a prompt when ``required`` and a terminal is attached."""
    env = os.environ.get("ASN_PASSPHRASE")
    if env:
        return env
    if not required:
        return None
    if not sys.stdin.isatty():
        raise KeyUnavailable("Frasa sandi diperlukan: setel ASN_PASSPHRASE atau jalankan di terminal.")
    first = getpass.getpass("Frasa sandi ruang kerja: ")
    if confirm and getpass.getpass("Ulangi frasa sandi: ") != first:
        raise KeyUnavailable("Frasa sandi tidak sama.")
    return first


def open_workspace_for_cli(path: Path) -> Workspace:
    """Unlock by keyring or ``ASN_PASSPHRASE``; ask once on a terminal if both are missing."""
    try:
        return open_workspace(path, passphrase=passphrase_from_env(required=False))
    except (KeyUnavailable, WrongPassphrase):
        if os.environ.get("ASN_PASSPHRASE") or not sys.stdin.isatty():
            raise
        return open_workspace(path, passphrase=passphrase_from_env(required=True))


def user_context(ws: Workspace) -> AppContext:
    """The person a command that changes data acts for: ``ASN_USER`` (default ``admin``), with the
    password from ``ASN_USER_PASSWORD`` (on the demo workspace the demo password; for the admin
    also ``ASN_ADMIN_PASSWORD``) or a prompt. Their key signs the change, as in the app;
    holding the workspace key alone does not make anybody's change count on other laptops."""
    from asn_desktop.services.demo import DEMO_PASSWORD, is_demo

    username = os.environ.get("ASN_USER") or "admin"
    password = os.environ.get("ASN_USER_PASSWORD")
    if not password and is_demo(ws):
        password = DEMO_PASSWORD  # the demo's passwords are public (README)
    if not password and username == "admin":
        password = os.environ.get("ASN_ADMIN_PASSWORD")  # the admin's, as ``init`` takes it
    if not password:
        if not sys.stdin.isatty():
            raise KeyUnavailable(
                f"Perintah ini mengubah data atas nama pengguna {username!r}: setel ASN_USER_PASSWORD "
                "(dan ASN_USER bila bukan admin) atau jalankan di terminal."
            )
        password = getpass.getpass(f"Kata sandi pengguna {username}: ")
    return login(ws, username, password)


def context_for(ws: Workspace, *, writes: bool) -> AppContext:
    """``user_context`` for a command that changes data; the key holder's context otherwise."""
    if writes or os.environ.get("ASN_USER_PASSWORD") or os.environ.get("ASN_ADMIN_PASSWORD"):
        return user_context(ws)
    return AppContext.system(ws)


def progress_bar(done: int, total: int, text: str) -> None:
    """A ``ProgressSink`` drawing a text bar on stderr."""
    width = 30
    filled = int(width * done / total) if total else width
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {text[:40]:<40}")
    if done >= total:
        sys.stderr.write("\n")
    sys.stderr.flush()
