"""Agency commands: the place, zone and logo the forms print, a unit's place and pimpinan yang
berwenang, and the predikat kinerja organisasi of a unit for a year or a periodic period."""

from __future__ import annotations

import argparse
from pathlib import Path

from asn_desktop.cli.common import context_for, open_workspace_for_cli, user_context
from asn_desktop.domain.curve import PredikatOrganisasi
from asn_desktop.domain.formatting import TimeZoneId
from asn_desktop.domain.period import Period, PeriodKind
from asn_desktop.errors import NotFound
from asn_desktop.services.context import AppContext


def cmd_agency(args: argparse.Namespace) -> int:
    from asn_desktop.services.agency import agency_settings, set_agency, set_logo, set_logo_file

    ws = open_workspace_for_cli(Path(args.workspace))
    try:
        changes = (args.name, args.city, args.timezone, args.logo)
        ctx = context_for(ws, writes=any(v is not None for v in changes) or bool(args.no_logo))
        if args.name is not None or args.city is not None or args.timezone is not None:
            set_agency(ctx, name=args.name, city=args.city, timezone=args.timezone)
        if args.logo:
            set_logo_file(ctx, path=Path(args.logo))
        elif args.no_logo:
            set_logo(ctx, data=None)
        view = agency_settings(ctx)
    finally:
        ws.close()
    logo = "dengan logo" if view.has_logo else "tanpa logo"
    print(f"{view.name}: kota {view.city or '(belum diatur)'}, zona {view.timezone.value}, {logo}.")
    return 0


def _unit_id(ctx: AppContext, ref: str) -> str:
    from asn_desktop.services.overview import list_units

    for unit in list_units(ctx):
        if ref in (unit.id, unit.name):
            return unit.id
    raise NotFound(f"Unit kerja {ref!r} tidak ditemukan (sebutkan nama atau id unit).")


def cmd_unit(args: argparse.Namespace) -> int:
    from asn_desktop.cli.pdf import _employee_id
    from asn_desktop.services.agency import set_unit_settings

    ws = open_workspace_for_cli(Path(args.workspace))
    try:
        ctx = user_context(ws)
        pimpinan = _employee_id(ctx, args.pimpinan) if args.pimpinan else None
        set_unit_settings(
            ctx,
            unit_id=_unit_id(ctx, args.unit),
            city=args.city,
            pimpinan_id=pimpinan,
            clear_pimpinan=args.no_pimpinan,
        )
    finally:
        ws.close()
    print(f"Pengaturan unit {args.unit} disimpan.")
    return 0


def cmd_org_predikat(args: argparse.Namespace) -> int:
    from asn_desktop.services.employees import set_org_predikat
    from asn_desktop.services.org_predikat import set_org_predikat_for_period

    period = Period.parse(args.period)
    ws = open_workspace_for_cli(Path(args.workspace))
    try:
        ctx = user_context(ws)
        unit_id = _unit_id(ctx, args.unit)
        if period.kind is PeriodKind.ANNUAL:
            set_org_predikat(ctx, unit_id=unit_id, year=period.year, predikat=args.predikat)
        else:
            set_org_predikat_for_period(ctx, unit_id=unit_id, period_key=period.key, predikat=args.predikat)
    finally:
        ws.close()
    print(
        f"Predikat kinerja organisasi {args.unit}, {period.label}: {PredikatOrganisasi(args.predikat).label}."
    )
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    s = sub.add_parser("agency-settings", help="kota, zona waktu, nama, dan logo instansi pada formulir")
    s.add_argument("workspace")
    s.add_argument("--name")
    s.add_argument("--city", help="tempat penandatanganan formulir")
    s.add_argument("--timezone", choices=[z.value for z in TimeZoneId])
    logo = s.add_mutually_exclusive_group()
    logo.add_argument("--logo", help="berkas PNG atau JPEG untuk kop formulir")
    logo.add_argument("--no-logo", action="store_true")
    s.set_defaults(func=cmd_agency)

    s = sub.add_parser("unit-settings", help="kota dan pimpinan yang berwenang sebuah unit kerja")
    s.add_argument("workspace")
    s.add_argument("--unit", required=True, help="nama, kode, atau id unit")
    s.add_argument("--city")
    who = s.add_mutually_exclusive_group()
    who.add_argument("--pimpinan", help="NIP pimpinan yang berwenang menandatangani penetapan")
    who.add_argument("--no-pimpinan", action="store_true", help="kembali ke kepala unit di atasnya")
    s.set_defaults(func=cmd_unit)

    s = sub.add_parser("org-predikat", help="predikat kinerja organisasi unit untuk satu tahun atau periode")
    s.add_argument("workspace")
    s.add_argument("--unit", required=True)
    s.add_argument("--period", required=True, help="2026 (tahunan) atau 2026-Q1, 2026-M03")
    s.add_argument("--predikat", required=True, choices=[p.value for p in PredikatOrganisasi])
    s.set_defaults(func=cmd_org_predikat)
    register_credit(sub)
    register_acting(sub)


def cmd_angka_kredit(args: argparse.Namespace) -> int:
    from asn_desktop.services.angka_kredit import export_angka_kredit_xlsx

    ws = open_workspace_for_cli(Path(args.workspace))
    try:
        ctx = context_for(ws, writes=False)
        unit = _unit_id(ctx, args.unit) if args.unit else None
        count = export_angka_kredit_xlsx(ctx, Path(args.out), year=args.year, unit_id=unit)
    finally:
        ws.close()
    print(f"Angka kredit {args.year}: {count} pemegang jabatan fungsional ditulis ke {args.out}.")
    return 0


def cmd_print_angka_kredit(args: argparse.Namespace) -> int:
    from asn_desktop.cli.pdf import _employee_id
    from asn_desktop.services.angka_kredit import print_angka_kredit

    ws = open_workspace_for_cli(Path(args.workspace))
    try:
        ctx = context_for(ws, writes=False)
        print_angka_kredit(
            ctx, employee_id=_employee_id(ctx, args.nip), year=args.year, out=Path(args.out), place=args.place
        )
    finally:
        ws.close()
    print(f"{args.out}: angka kredit {args.year} NIP {args.nip}.")
    return 0


def register_credit(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    s = sub.add_parser("export-angka-kredit", help="angka kredit pemegang jabatan fungsional ke XLSX (HR)")
    s.add_argument("workspace")
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--out", required=True, help="berkas .xlsx")
    s.add_argument("--unit", help="nama atau id unit (bawaan: seluruh instansi)")
    s.set_defaults(func=cmd_angka_kredit)

    s = sub.add_parser("print-angka-kredit", help="cetak angka kredit satu pegawai (PDF)")
    s.add_argument("workspace")
    s.add_argument("--nip", required=True)
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--out", required=True)
    s.add_argument("--place", help="tempat penandatanganan")
    s.set_defaults(func=cmd_print_angka_kredit)


def cmd_acting(args: argparse.Namespace) -> int:
    from datetime import date

    from sqlalchemy import select

    from asn_desktop.cli.pdf import _employee_id
    from asn_desktop.services.acting import assign_acting
    from asn_desktop.store.models import Position

    ws = open_workspace_for_cli(Path(args.workspace))
    try:
        ctx = user_context(ws)
        with ws.sessions() as s:
            ids = list(
                s.scalars(
                    select(Position.id).where(
                        (Position.id == args.position) | (Position.name == args.position)
                    )
                )
            )
        if len(ids) != 1:
            raise NotFound(
                f"Jabatan {args.position!r} tidak ditemukan atau tidak tunggal (sebutkan id jabatan)."
            )
        assign_acting(
            ctx,
            position_id=ids[0],
            employee_id=_employee_id(ctx, args.nip),
            kind=args.kind,
            start_on=date.fromisoformat(args.start),
            end_on=date.fromisoformat(args.end),
        )
    finally:
        ws.close()
    print(f"{args.kind.capitalize()}. {args.position}: NIP {args.nip}, {args.start} s.d. {args.end}.")
    return 0


def register_acting(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    s = sub.add_parser("acting", help="tetapkan Plt./Plh. sebuah jabatan untuk rentang tanggal")
    s.add_argument("workspace")
    s.add_argument("--position", required=True, help="nama atau id jabatan")
    s.add_argument("--nip", required=True, help="NIP pelaksana tugas")
    s.add_argument("--kind", choices=("plt", "plh"), default="plt")
    s.add_argument("--from", dest="start", required=True, help="tanggal mulai, YYYY-MM-DD")
    s.add_argument("--to", dest="end", required=True, help="tanggal selesai, YYYY-MM-DD")
    s.set_defaults(func=cmd_acting)
