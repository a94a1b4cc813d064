"""SIASN and e-Kinerja: the year's results out in SIASN's shape, past predikat in from e-Kinerja."""

from __future__ import annotations

import argparse
from pathlib import Path

from asn_desktop.cli.common import open_workspace_for_cli, progress_bar, user_context
from asn_desktop.services.context import AppContext
from asn_desktop.services.ekinerja import import_ekinerja_history
from asn_desktop.services.siasn_export import export_siasn


def cmd_export_siasn(args: argparse.Namespace) -> int:
    ws = open_workspace_for_cli(Path(args.workspace))
    try:
        records = export_siasn(
            AppContext.system(ws),
            year=args.year,
            period=args.period,
            out=Path(args.out),
            progress=progress_bar,
        )
    finally:
        ws.close()
    sent = [r for r in records if r.body is not None]
    for r in records:
        if r.body is None or r.note:
            print(f"{r.nip} {r.name}: {r.note}")
    print(f"{len(sent)} hasil kinerja ditulis ke {args.out} ({len(records) - len(sent)} tidak diekspor).")
    return 0


def cmd_import_ekinerja(args: argparse.Namespace) -> int:
    ws = open_workspace_for_cli(Path(args.workspace))
    try:
        result = import_ekinerja_history(user_context(ws), Path(args.file), progress=progress_bar)
    finally:
        ws.close()
    for line, reason in result.skipped:
        print(f"baris {line}: {reason}")
    print(
        f"Riwayat e-Kinerja: {result.added} predikat baru, {result.updated} diperbarui, "
        f"{len(result.skipped)} dilewati."
    )
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    s = sub.add_parser(
        "export-siasn", help="tulis hasil kinerja final dalam bentuk SIASN (JSON + XLSX tinjauan)"
    )
    s.add_argument("workspace")
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--period", help="periode periodik, mis. Q1 atau M03 (tanpa: tahunan, skp22)")
    s.add_argument("--out", required=True, help="folder tujuan")
    s.set_defaults(func=cmd_export_siasn)

    s = sub.add_parser(
        "import-ekinerja", help="impor predikat masa lalu dari Laporan Penilaian SKP e-Kinerja"
    )
    s.add_argument("workspace")
    s.add_argument("file")
    s.set_defaults(func=cmd_import_ekinerja)
