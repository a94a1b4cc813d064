"""Sync commands: sync, enrol, join.

The enrolment file's passphrase comes from ``ASN_ENROL_PASSPHRASE`` or a prompt; the new
workspace's own passphrase from ``ASN_PASSPHRASE`` (as for ``init``).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from asn_desktop.atomic import write_atomically
from asn_desktop.cli.common import context_for, open_workspace_for_cli, passphrase_from_env, progress_bar
from asn_desktop.errors import KeyUnavailable


def _enrol_passphrase(*, confirm: bool) -> str:
    env = os.environ.get("ASN_ENROL_PASSPHRASE")
    if env:
        return env
    if not sys.stdin.isatty():
        raise KeyUnavailable("Frasa sandi berkas pendaftaran diperlukan: setel ASN_ENROL_PASSPHRASE.")
    first = getpass.getpass("Frasa sandi berkas pendaftaran: ")
    if confirm and getpass.getpass("Ulangi frasa sandi: ") != first:
        raise KeyUnavailable("Frasa sandi tidak sama.")
    return first


def _print_report(report: object) -> None:
    print(report.summary())  # type: ignore[attr-defined]
    for line in report.warnings:  # type: ignore[attr-defined]
        print(f"peringatan: {line}", file=sys.stderr)
    for line in report.problems:  # type: ignore[attr-defined]
        print(f"dilewati: {line}", file=sys.stderr)


def cmd_sync(args: argparse.Namespace) -> int:
    from asn_desktop.services.sync import record_last_sync, sync_workspace

    ws = open_workspace_for_cli(Path(args.workspace))
    try:
        ctx = context_for(ws, writes=False)
        report = sync_workspace(
            ctx,
            args.share,
            progress=progress_bar if sys.stderr.isatty() else lambda *_: None,
            snapshot=args.snapshot,
        )
        record_last_sync(ctx, report.summary())  # the GUI's "Sinkron terakhir"
    finally:
        ws.close()
    _print_report(report)
    return 0


def cmd_enrol(args: argparse.Namespace) -> int:
    from asn_desktop.services.sync import make_enrolment

    ws = open_workspace_for_cli(Path(args.workspace))
    try:
        data = make_enrolment(
            context_for(ws, writes=True), passphrase=_enrol_passphrase(confirm=True), device_name=args.name
        )
    finally:
        ws.close()
    write_atomically(Path(args.out), data)
    print(f"Berkas pendaftaran ditulis ke {args.out}; serahkan bersama frasa sandinya secara terpisah.")
    return 0


def cmd_join(args: argparse.Namespace) -> int:
    from asn_desktop.services.sync import join_agency

    ws, report = join_agency(
        Path(args.file).read_bytes(),
        _enrol_passphrase(confirm=False),
        Path(args.workspace),
        args.share,
        workspace_passphrase=passphrase_from_env(required=False),
        prefer_keyring=not args.no_keyring,
        progress=progress_bar if sys.stderr.isatty() else lambda *_: None,
    )
    ws.close()
    print(f"Laptop ini kini perangkat instansi yang sama (ruang kerja {args.workspace}).")
    _print_report(report)
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("sync", help="sinkronkan dengan penyimpanan bersama (folder atau smb://)")
    p.add_argument("workspace")
    p.add_argument("share", help="folder, atau smb://pengguna@server[:port]/berbagi/folder")
    p.add_argument("--snapshot", action="store_true", help="tinggalkan snapshot untuk laptop baru")
    p.set_defaults(func=cmd_sync)

    p = sub.add_parser("enrol", help="buat berkas pendaftaran untuk laptop lain (admin)")
    p.add_argument("workspace")
    p.add_argument("--out", required=True)
    p.add_argument("--name", default="laptop", help="nama laptop baru")
    p.set_defaults(func=cmd_enrol)

    p = sub.add_parser("join", help="jadikan laptop ini perangkat instansi dari berkas pendaftaran")
    p.add_argument("file")
    p.add_argument("workspace")
    p.add_argument("share")
    p.add_argument("--no-keyring", action="store_true", help="simpan kunci dengan frasa sandi saja")
    p.set_defaults(func=cmd_join)
