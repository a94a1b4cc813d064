"""Workspace commands: init, demo, import-employees, backup, restore, audit-verify."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from pathlib import Path

from asn_desktop.cli.common import context_for, open_workspace_for_cli, passphrase_from_env, progress_bar
from asn_desktop.services.backup import backup_workspace, restore_workspace
from asn_desktop.services.context import AppContext
from asn_desktop.services.demo import DEMO_PASSPHRASE, DEMO_PASSWORD, build_demo
from asn_desktop.services.imports import ImportPreview, import_employees, preview_employees
from asn_desktop.services.workspace import init_workspace


def cmd_init(args: argparse.Namespace) -> int:
    admin_password = os.environ.get("ASN_ADMIN_PASSWORD") or getpass.getpass("Kata sandi admin baru: ")
    ws = init_workspace(
        Path(args.workspace),
        agency=args.agency,
        admin_password=admin_password,
        admin_username=args.admin,
        passphrase=passphrase_from_env(required=False),
        prefer_keyring=not args.no_keyring,
    )
    print(f"Ruang kerja dibuat di {ws.path} (kunci: {ws.key_backend}).")
    ws.close()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
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
            progress=progress_bar if sys.stderr.isatty() else lambda *_: None,
            workspace_passphrase=passphrase,
        )
    finally:
        ws.close()
    print(
        f"Demo: {counts.get('employee', 0)} pegawai, {counts.get('unit', 0)} unit, "
        f"{counts.get('skp', 0)} SKP dalam {time.perf_counter() - started:.1f} detik di {args.workspace}."
    )
    print(
        f"Masuk sebagai 'admin' atau NIP pegawai, kata sandi '{DEMO_PASSWORD}'; "
        f"frasa sandi ruang kerja '{passphrase if passphrase == DEMO_PASSPHRASE else '(ASN_PASSPHRASE)'}'; "
        f"frasa sandi kunci tanda tangan setiap pegawai '{DEMO_PASSWORD}'."
    )
    return 0


def _mapping(pairs: list[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for pair in pairs:
        field, sep, header = pair.partition("=")
        if not sep or not field.strip() or not header.strip():
            raise ValueError(f'--kolom {pair!r}: tulis BIDANG=JUDUL KOLOM, mis. nip="Nomor Induk".')
        mapping[field.strip()] = header.strip()
    return mapping


def _print_preview(preview: ImportPreview) -> None:
    for r in preview.rows:
        note = f": {r.message}" if r.message else ""
        print(f"baris {r.line}: {r.action} {r.nip} {r.name} ({r.unit}){note}")
    for name in preview.new_units:
        print(f"unit baru: {name}")
    print(
        f"Pratinjau: {preview.count('baru')} baru, {preview.count('diperbarui')} diperbarui, "
        f"{preview.count('ditolak')} ditolak, {len(preview.new_units)} unit baru; belum ada yang disimpan."
    )


def cmd_import(args: argparse.Namespace) -> int:
    ws = open_workspace_for_cli(Path(args.workspace))
    mapping = _mapping(args.kolom or [])
    try:
        ctx = context_for(ws, writes=not args.dry_run)
        if args.dry_run:
            preview = preview_employees(ctx, Path(args.file), mapping=mapping)
            _print_preview(preview)
            return 2 if preview.errors else 0
        report = import_employees(ctx, Path(args.file), mapping=mapping)
    finally:
        ws.close()
    print(
        f"Impor selesai: {report.created} pegawai baru, {report.updated} diperbarui, "
        f"{report.units_created} unit baru."
    )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    ws = open_workspace_for_cli(Path(args.workspace))
    try:
        passphrase = passphrase_from_env(required=True, confirm=True)
        assert passphrase is not None
        backup_workspace(AppContext.system(ws), Path(args.file), passphrase=passphrase)
    finally:
        ws.close()
    print(f"Cadangan ditulis ke {args.file}.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    passphrase = passphrase_from_env(required=True)
    assert passphrase is not None
    restore_workspace(
        Path(args.file), Path(args.workspace), passphrase=passphrase, prefer_keyring=not args.no_keyring
    )
    print(f"Ruang kerja dipulihkan ke {args.workspace}.")
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from asn_desktop.services.audit_check import verify_audit

    ws = open_workspace_for_cli(Path(args.workspace))
    try:
        report = verify_audit(AppContext.system(ws), args.share)
    finally:
        ws.close()
    if report.problems:
        for line in report.problems:
            print(f"galat: {line}", file=sys.stderr)
        return 1
    print(
        f"Log audit utuh: {report.events} peristiwa bertanda tangan, kepala {report.head_hash[:16]}; "
        f"{report.remote_events} peristiwa dari {report.remote_chains} rantai laptop lain cocok."
    )
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:

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

    s = sub.add_parser("import-employees", help="impor pegawai dari unduhan SIASN, CSV atau XLSX")
    s.add_argument("workspace")
    s.add_argument("file")
    s.add_argument("--dry-run", action="store_true", help="pratinjau per baris; tidak ada yang disimpan")
    s.add_argument("--kolom", action="append", metavar="BIDANG=JUDUL", help="pemetaan kolom tata letak lain")
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

    s = sub.add_parser("audit-verify", help="periksa rantai log audit, tanda tangannya, dan salinannya")
    s.add_argument("workspace")
    s.add_argument("--share", help="bandingkan juga dengan yang sudah dikirim ke penyimpanan bersama")
    s.set_defaults(func=cmd_audit_verify)
