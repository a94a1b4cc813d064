"""Beyond the form: import a survey kiosk's public feedback, export the agency's open follow-ups.

Both are the jobs an office runs on a schedule (the kiosk's nightly CSV, HR's weekly list), so
they exist without a window too.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from asn_desktop.cli.common import context_for, open_workspace_for_cli, progress_bar
from asn_desktop.services.context import AppContext
from asn_desktop.services.followup import export_follow_ups_xlsx
from asn_desktop.services.overview import list_units
from asn_desktop.services.public_feedback import import_public_feedback


def cmd_import_public_feedback(args: argparse.Namespace) -> int:
    ws = open_workspace_for_cli(Path(args.workspace))
    try:
        result = import_public_feedback(context_for(ws, writes=True), Path(args.file), progress=progress_bar)
    finally:
        ws.close()
    print(f"Impor selesai: {result.added} tanggapan baru, {result.existing} sudah ada.")
    return 0


def cmd_export_follow_ups(args: argparse.Namespace) -> int:
    ws = open_workspace_for_cli(Path(args.workspace))
    try:
        ctx = AppContext.system(ws)
        unit_id = None
        if args.unit:
            match = [u.id for u in list_units(ctx) if args.unit in (u.id, u.name)]
            if not match:
                raise ValueError(f"Unit kerja {args.unit!r} tidak ditemukan (sebutkan nama atau id unit).")
            unit_id = match[0]
        count = export_follow_ups_xlsx(ctx, Path(args.out), unit_id=unit_id, progress=progress_bar)
    finally:
        ws.close()
    print(f"{count} tindak lanjut terbuka ditulis ke {args.out}.")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    s = sub.add_parser(
        "import-public-feedback",
        help="impor umpan balik masyarakat dari CSV kios survei (tanggal, unit, nip, kanal, skor, komentar)",
    )
    s.add_argument("workspace")
    s.add_argument("file")
    s.set_defaults(func=cmd_import_public_feedback)

    s = sub.add_parser("export-follow-ups", help="ekspor tindak lanjut yang masih terbuka ke XLSX")
    s.add_argument("workspace")
    s.add_argument("--out", required=True, help="berkas .xlsx")
    s.add_argument("--unit", help="nama atau id unit (beserta sub-unitnya)")
    s.set_defaults(func=cmd_export_follow_ups)
