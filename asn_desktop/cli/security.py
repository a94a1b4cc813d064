"""Trust commands for the admin: security events, devices and revocation, the directory's keys.

Each acts as a user (``ASN_USER``, default ``admin``, password ``ASN_USER_PASSWORD`` or a prompt):
reading the security events needs the admin role, and what changes data is signed by them.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from asn_desktop.cli.common import open_workspace_for_cli, user_context


def cmd_events(args: argparse.Namespace) -> int:
    from asn_desktop.services.security import security_events

    ws = open_workspace_for_cli(Path(args.workspace))
    try:
        events = security_events(user_context(ws), limit=args.limit)
    finally:
        ws.close()
    if not events:
        print("Tidak ada peristiwa keamanan.")
        return 0
    for e in events:
        times = f" ({e.count}×)" if e.count > 1 else ""
        print(f"{e.at:%Y-%m-%d %H:%M} UTC  {e.kind}{times}: {e.subject} — {e.message}")
    return 0


def cmd_devices(args: argparse.Namespace) -> int:
    from asn_desktop.services.security import list_devices

    ws = open_workspace_for_cli(Path(args.workspace))
    try:
        devices = list_devices(user_context(ws))
    finally:
        ws.close()
    for d in devices:
        state = f"dicabut (berlaku setelah kiriman {d.revoked_after})" if d.revoked else "aktif"
        mark = " (laptop ini)" if d.this_laptop else ""
        print(f"{d.id}  {d.name}{mark}: {state}")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    from asn_desktop.services.security import revoke_device

    ws = open_workspace_for_cli(Path(args.workspace))
    try:
        last = revoke_device(user_context(ws), device_id=args.device, reason=args.reason)
    finally:
        ws.close()
    print(
        f"Perangkat {args.device} dicabut: kirimannya setelah nomor {last} ditolak semua laptop. "
        "Sinkronisasi admin berikutnya mengganti kunci sinkronisasi."
    )
    return 0


def cmd_sign_directory(args: argparse.Namespace) -> int:
    from asn_desktop.services.security import sign_directory

    ws = open_workspace_for_cli(Path(args.workspace))
    try:
        count = sign_directory(user_context(ws))
    finally:
        ws.close()
    print(f"{count} kunci pengguna disahkan.")
    return 0


def cmd_attest(args: argparse.Namespace) -> int:
    from asn_desktop.services.security import attest_legacy

    ws = open_workspace_for_cli(Path(args.workspace))
    try:
        count = attest_legacy(user_context(ws), args.share)
    finally:
        ws.close()
    print(f"{count} kumpulan riwayat lama disahkan.")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("security-events", help="perubahan dan berkas yang ditolak laptop ini (admin)")
    p.add_argument("workspace")
    p.add_argument("--limit", type=int, default=200)
    p.set_defaults(func=cmd_events)

    p = sub.add_parser("devices", help="laptop-laptop instansi dan statusnya (admin)")
    p.add_argument("workspace")
    p.set_defaults(func=cmd_devices)

    p = sub.add_parser("revoke-device", help="cabut laptop yang hilang atau dicuri (admin)")
    p.add_argument("workspace")
    p.add_argument("device", help="id perangkat (lihat perintah devices)")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_revoke)

    p = sub.add_parser("sign-directory", help="sahkan kunci yang diminta pengguna setelah pembaruan (admin)")
    p.add_argument("workspace")
    p.set_defaults(func=cmd_sign_directory)

    p = sub.add_parser(
        "attest-legacy", help="sahkan riwayat sebelum pembaruan di penyimpanan bersama (admin)"
    )
    p.add_argument("workspace")
    p.add_argument("share")
    p.set_defaults(func=cmd_attest)
