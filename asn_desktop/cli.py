"""``asn-desktop-cli``: the services without a window.

Every command prints one clear Indonesian line on stderr and exits non-zero when it fails. The
passphrase comes from ``ASN_PASSPHRASE`` when set, otherwise the keyring, otherwise a prompt.
The CLI acts as the holder of the workspace key (admin rights): whoever can unlock the database
can already read all of it.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from asn_desktop import __version__
from asn_desktop.errors import AsnError, ImportRejected, KeyUnavailable, user_message
from asn_desktop.progress import Cancelled

DEMO_PASSPHRASE = "demo-asn"


def _passphrase(*, required: bool, confirm: bool = False) -> str | None:
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


def _open(path: Path):  # type: ignore[no-untyped-def]  # returns a Workspace (imported lazily)
    from asn_desktop.errors import WrongPassphrase
    from asn_desktop.services.workspace import open_workspace

    try:
        return open_workspace(path, passphrase=_passphrase(required=False))
    except (KeyUnavailable, WrongPassphrase):
        if os.environ.get("ASN_PASSPHRASE") or not sys.stdin.isatty():
            raise
        return open_workspace(path, passphrase=_passphrase(required=True))


def _progress_bar(done: int, total: int, text: str) -> None:
    width = 30
    filled = int(width * done / total) if total else width
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {text[:40]:<40}")
    if done >= total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def cmd_init(args: argparse.Namespace) -> int:
    from asn_desktop.services.workspace import init_workspace

    admin_password = os.environ.get("ASN_ADMIN_PASSWORD") or getpass.getpass("Kata sandi admin baru: ")
    ws = init_workspace(
        Path(args.workspace),
        agency=args.agency,
        admin_password=admin_password,
        admin_username=args.admin,
        passphrase=_passphrase(required=False),
        prefer_keyring=not args.no_keyring,
    )
    print(f"Ruang kerja dibuat di {ws.path} (kunci: {ws.key_backend}).")
    ws.close()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from asn_desktop.services.context import AppContext
    from asn_desktop.services.demo import DEMO_PASSWORD, build_demo
    from asn_desktop.services.workspace import init_workspace

    started = time.perf_counter()
    passphrase = os.environ.get("ASN_PASSPHRASE") or DEMO_PASSPHRASE
    ws = init_workspace(
        Path(args.workspace),
        agency=args.agency,
        admin_password=DEMO_PASSWORD,
        passphrase=passphrase,
        prefer_keyring=False,
    )
    try:
        counts = build_demo(
            AppContext.system(ws),
            employees=args.employees,
            seed=args.seed,
            year=args.year,
            progress=_progress_bar if sys.stderr.isatty() else lambda *_: None,
        )
    finally:
        ws.close()
    print(
        f"Demo: {counts.get('employee', 0)} pegawai, {counts.get('unit', 0)} unit, "
        f"{counts.get('skp', 0)} SKP dalam {time.perf_counter() - started:.1f} detik di {args.workspace}."
    )
    print(
        f"Masuk sebagai 'admin' atau NIP pegawai, kata sandi '{DEMO_PASSWORD}'; "
        f"frasa sandi ruang kerja '{passphrase if passphrase == DEMO_PASSPHRASE else '(ASN_PASSPHRASE)'}'."
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from asn_desktop.services.context import AppContext
    from asn_desktop.services.imports import import_employees

    ws = _open(Path(args.workspace))
    try:
        report = import_employees(AppContext.system(ws), Path(args.file))
    finally:
        ws.close()
    print(f"Impor selesai: {report.created} pegawai baru, {report.updated} diperbarui.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from asn_desktop.services.backup import backup_workspace
    from asn_desktop.services.context import AppContext

    ws = _open(Path(args.workspace))
    try:
        passphrase = _passphrase(required=True, confirm=True)
        assert passphrase is not None
        backup_workspace(AppContext.system(ws), Path(args.file), passphrase=passphrase)
    finally:
        ws.close()
    print(f"Cadangan ditulis ke {args.file}.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from asn_desktop.services.backup import restore_workspace

    passphrase = _passphrase(required=True)
    assert passphrase is not None
    restore_workspace(
        Path(args.file), Path(args.workspace), passphrase=passphrase, prefer_keyring=not args.no_keyring
    )
    print(f"Ruang kerja dipulihkan ke {args.workspace}.")
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from asn_desktop.security.audit import verify_chain

    ws = _open(Path(args.workspace))
    try:
        with ws.sessions() as session:
            report = verify_chain(session)
    finally:
        ws.close()
    print(f"Log audit utuh: {report.events} peristiwa, kepala {report.head_hash[:16]}.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="asn-desktop-cli", description="ASN Kinerja Desktop — baris perintah")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("init", help="buat ruang kerja instansi baru")
    s.add_argument("workspace")
    s.add_argument("--agency", required=True, help="nama instansi")
    s.add_argument("--admin", default="admin", help="nama pengguna admin")
    s.add_argument("--no-keyring", action="store_true", help="simpan kunci dengan frasa sandi (keys.enc)")
    s.set_defaults(func=cmd_init)

    s = sub.add_parser("demo", help="buat ruang kerja demo")
    s.add_argument("workspace")
    s.add_argument("--employees", type=int, default=60)
    s.add_argument("--seed", type=int, default=1)
    s.add_argument("--year", type=int, default=2026)
    s.add_argument("--agency", default="Badan Kepegawaian Daerah Provinsi Contoh")
    s.set_defaults(func=cmd_demo)

    s = sub.add_parser("import-employees", help="impor pegawai dari CSV atau XLSX")
    s.add_argument("workspace")
    s.add_argument("file")
    s.set_defaults(func=cmd_import)

    s = sub.add_parser("backup", help="cadangkan ruang kerja ke satu berkas")
    s.add_argument("workspace")
    s.add_argument("file")
    s.set_defaults(func=cmd_backup)

    s = sub.add_parser("restore", help="pulihkan cadangan ke folder baru")
    s.add_argument("file")
    s.add_argument("workspace")
    s.add_argument("--no-keyring", action="store_true")
    s.set_defaults(func=cmd_restore)

    s = sub.add_parser("audit-verify", help="periksa rantai hash log audit")
    s.add_argument("workspace")
    s.set_defaults(func=cmd_audit_verify)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except ImportRejected as exc:
        print(f"galat: {exc.message}", file=sys.stderr)
        for line, reason in exc.row_errors:
            print(f"  baris {line}: {reason}", file=sys.stderr)
        return 2
    except Cancelled as exc:
        print(f"dibatalkan: {exc}", file=sys.stderr)
        return 130
    except (AsnError, ValueError) as exc:
        message = user_message(exc) or str(exc)
        print(f"galat: {message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("dibatalkan.", file=sys.stderr)
        return 130
