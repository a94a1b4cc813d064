"""Plan commands: a leader's Matriks Pembagian Peran dan Hasil (share an RHK out, print it) and
the admin's mutasi of a pegawai (closes his SKP on a day, names the new supervisor)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from asn_desktop.cli.common import context_for, open_workspace_for_cli, user_context
from asn_desktop.domain.matrix import MatrixRole
from asn_desktop.errors import ValidationFailed


def cmd_matrix_set(args: argparse.Namespace) -> int:
    from asn_desktop.cli.pdf import _employee_id
    from asn_desktop.services.role_matrix import get_matrix, set_matrix_entry

    ws = open_workspace_for_cli(Path(args.workspace))
    try:
        ctx = user_context(ws)
        leader = ctx.actor.employee_id
        if leader is None:
            raise ValidationFailed("Pengguna ini tidak terhubung dengan data pegawai.")
        results = get_matrix(ctx, employee_id=leader, year=args.year).results
        if not 1 <= args.rhk <= len(results):
            raise ValidationFailed(f"RHK nomor {args.rhk} tidak ada (SKP ini memiliki {len(results)} RHK).")
        result = results[args.rhk - 1]
        set_matrix_entry(
            ctx,
            rhk_id=result.rhk_id,
            employee_id=_employee_id(ctx, args.nip),
            role=args.role,
            hasil=args.hasil,
        )
    finally:
        ws.close()
    print(f"RHK {args.rhk} ({result.text}): NIP {args.nip} sebagai {MatrixRole(args.role).label}.")
    return 0


def cmd_matrix_print(args: argparse.Namespace) -> int:
    from asn_desktop.cli.pdf import _employee_id
    from asn_desktop.services.role_matrix import print_matrix

    ws = open_workspace_for_cli(Path(args.workspace))
    try:
        ctx = context_for(ws, writes=False)
        print_matrix(
            ctx, employee_id=_employee_id(ctx, args.nip), year=args.year, out=Path(args.out), place=args.place
        )
    finally:
        ws.close()
    print(f"{args.out}: matriks pembagian peran dan hasil {args.year} NIP {args.nip}.")
    return 0


def cmd_mutasi(args: argparse.Namespace) -> int:
    from asn_desktop.cli.pdf import _employee_id
    from asn_desktop.services.mutasi import record_mutasi

    ws = open_workspace_for_cli(Path(args.workspace))
    try:
        ctx = user_context(ws)
        closed = record_mutasi(
            ctx,
            employee_id=_employee_id(ctx, args.nip),
            day=date.fromisoformat(args.date),
            supervisor_id=_employee_id(ctx, args.supervisor) if args.supervisor else None,
        )
    finally:
        ws.close()
    what = "SKP lama ditutup sehari sebelumnya" if closed else "belum ada SKP tahun itu"
    print(f"Mutasi NIP {args.nip} per {args.date}: {what}; pegawai menyusun SKP untuk sisa tahun.")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    s = sub.add_parser("matrix-set", help="bagikan RHK Anda kepada bawahan dengan perannya (ASN_USER)")
    s.add_argument("workspace")
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--rhk", type=int, required=True, help="nomor RHK pada SKP Anda (1, 2, …)")
    s.add_argument("--nip", required=True, help="NIP bawahan")
    s.add_argument("--role", choices=[r.value for r in MatrixRole], default=MatrixRole.ANGGOTA.value)
    s.add_argument("--hasil", help="hasil kerja yang diharapkan darinya")
    s.set_defaults(func=cmd_matrix_set)
    s = sub.add_parser("print-matrix", help="cetak matriks pembagian peran dan hasil seorang pimpinan (PDF)")
    s.add_argument("workspace")
    s.add_argument("--nip", required=True, help="NIP pimpinan")
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--out", required=True)
    s.add_argument("--place", help="tempat pada penutup (bawaan: kota unit atau instansi)")
    s.set_defaults(func=cmd_matrix_print)
    s = sub.add_parser("mutasi", help="catat mutasi pegawai: SKP-nya ditutup, atasan baru ditetapkan (admin)")
    s.add_argument("workspace")
    s.add_argument("--nip", required=True)
    s.add_argument("--date", required=True, help="tanggal mutasi (hari pertama di tempat baru), YYYY-MM-DD")
    s.add_argument("--supervisor", help="NIP atasan baru (kosong: tanpa atasan)")
    s.set_defaults(func=cmd_mutasi)
