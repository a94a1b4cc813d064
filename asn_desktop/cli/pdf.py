"""PDF commands: certificates, export of one form or a batch, and verification.

Passphrases never go on the command line (they would land in shell history and ``ps``):
``ASN_PASSPHRASE`` opens the workspace as for every command; ``ASN_SIGN_PASSPHRASE`` is the
passphrase of the signing keys (one for all signers), ``--passphrase-file`` a JSON object
``{"NIP": "frasa sandi", ...}`` for signers with their own; ``ASN_P12_PASSWORD`` opens a
PKCS#12 file. On a terminal, a missing one is asked for.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

from asn_desktop.cli.common import context_for, open_workspace_for_cli, passphrase_from_env, progress_bar
from asn_desktop.domain.formatting import TimeZoneId
from asn_desktop.errors import KeyUnavailable, NotFound, ValidationFailed
from asn_desktop.services.context import AppContext, Workspace


def _secret(env: str, prompt: str, *, required: bool = True) -> str | None:
    value = os.environ.get(env)
    if value or not required:
        return value
    if not sys.stdin.isatty():
        raise KeyUnavailable(f"Frasa sandi diperlukan: setel {env} atau jalankan di terminal.")
    return getpass.getpass(prompt)


def _employee_id(ctx: AppContext, nip: str) -> str:
    from sqlalchemy import select

    from asn_desktop.services.unit_of_work import read_session
    from asn_desktop.store.models import Employee

    with read_session(ctx) as session:
        emp_id = session.scalars(select(Employee.id).where(Employee.nip == nip.replace(" ", ""))).first()
    if emp_id is None:
        raise NotFound(f"Pegawai dengan NIP {nip} tidak ditemukan.")
    return emp_id


def _passphrases(args: argparse.Namespace) -> dict[str, str]:
    if not getattr(args, "passphrase_file", None):
        return {}
    try:
        raw = json.loads(Path(args.passphrase_file).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValidationFailed(f"Berkas frasa sandi {args.passphrase_file} tidak dapat dibaca.") from exc
    if not isinstance(raw, dict):
        raise ValidationFailed("Berkas frasa sandi harus berupa objek JSON {NIP: frasa sandi}.")
    return {str(k).replace(" ", ""): str(v) for k, v in raw.items()}


def _sign_passphrase(args: argparse.Namespace) -> str | None:
    """One passphrase for every signer's key, unless a per-NIP passphrase file is given."""
    return _secret(
        "ASN_SIGN_PASSPHRASE",
        "Frasa sandi kunci tanda tangan: ",
        required=args.sign and not args.passphrase_file,
    )


def _open(args: argparse.Namespace) -> tuple[Workspace, AppContext]:
    ws = open_workspace_for_cli(Path(args.workspace))
    writes = (args.func is not cmd_export_batch and args.func is not cmd_export) or bool(args.sign)
    try:
        return ws, context_for(ws, writes=writes)
    except BaseException:
        ws.close()
        raise


def cmd_init_ca(args: argparse.Namespace) -> int:
    from asn_desktop.services.signing import init_ca

    ws, ctx = _open(args)
    try:
        fp = init_ca(ctx, workspace_passphrase=passphrase_from_env(required=ws.key_backend == "passphrase"))
    finally:
        ws.close()
    print(f"CA tanda tangan ruang kerja dibuat; sidik jari SHA-256: {fp}")
    return 0


def _unit_id(ctx: AppContext, unit: str) -> str:
    from sqlalchemy import or_, select

    from asn_desktop.services.unit_of_work import read_session
    from asn_desktop.store.models import Unit

    with read_session(ctx) as session:
        found = session.scalars(
            select(Unit.id).where(or_(Unit.id == unit, Unit.code == unit, Unit.name == unit))
        )
        unit_id = found.first()
    if unit_id is None:
        raise NotFound(f"Unit kerja {unit!r} tidak ditemukan (sebutkan nama, kode, atau id unit).")
    return unit_id


def cmd_issue(args: argparse.Namespace) -> int:
    from asn_desktop.services.signing_batch import issue_certificates

    ws, ctx = _open(args)
    try:
        passphrase = _secret("ASN_SIGN_PASSPHRASE", "Frasa sandi awal kunci tanda tangan: ")
        assert passphrase is not None
        report = issue_certificates(
            ctx,
            passphrase=passphrase,
            employee_ids=[_employee_id(ctx, args.nip)] if args.nip else None,
            unit_id=_unit_id(ctx, args.unit) if args.unit else None,
            reissue=args.reissue or bool(args.nip),
            valid_days=args.days,
            progress=progress_bar if sys.stderr.isatty() else lambda *_: None,
        )
    finally:
        ws.close()
    print(
        f"{report.issued} sertifikat tanda tangan diterbitkan; {report.kept} pegawai tetap memakai "
        "sertifikatnya. Beri tahu frasa sandi awal kepada pemiliknya; mereka menggantinya sendiri."
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from asn_desktop.services.signing_approval import import_pkcs12

    ws, ctx = _open(args)
    try:
        try:
            data = Path(args.file).read_bytes()
        except OSError as exc:
            raise NotFound(f"Berkas {args.file} tidak dapat dibaca.") from exc
        passphrase = _secret("ASN_SIGN_PASSPHRASE", "Frasa sandi baru kunci tanda tangan: ")
        assert passphrase is not None
        import_pkcs12(
            ctx,
            employee_id=_employee_id(ctx, args.nip),
            data=data,
            p12_password=_secret("ASN_P12_PASSWORD", "Kata sandi berkas PKCS#12: "),
            passphrase=passphrase,
        )
    finally:
        ws.close()
    print(
        f"Sertifikat dari {args.file} diimpor untuk NIP {args.nip} dan menunggu persetujuan admin "
        f"(asn-desktop-cli cert-approve WS --nip {args.nip})."
    )
    return 0


def cmd_approve(args: argparse.Namespace) -> int:
    from asn_desktop.services.signing_approval import approve_import, list_certificates

    ws, ctx = _open(args)
    try:
        nip = args.nip.replace(" ", "")
        pending = [r for r in list_certificates(ctx, pending_only=True) if r.nip == nip]
        if not pending:
            raise NotFound(f"Tidak ada sertifikat impor NIP {args.nip} yang menunggu persetujuan.")
        row = pending[0]
        assert row.root is not None
        if args.fingerprint and not row.root.fingerprint.startswith(
            args.fingerprint.replace(":", "").lower()
        ):
            raise ValidationFailed(
                f"Sidik jari CA akar {row.root.fingerprint} tidak cocok dengan yang Anda periksa; "
                "sertifikat tidak disetujui."
            )
        info = approve_import(ctx, identity_id=row.id)
    finally:
        ws.close()
    state = "sudah tepercaya" if info.trusted else "kini menjadi CA tepercaya instansi"
    print(f"Sertifikat {row.holder} (NIP {row.nip}) disetujui. CA akar «{info.subject}» {state}.")
    print(f"  sidik jari SHA-256 CA akar: {info.fingerprint}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from asn_desktop.services.export import export_form

    ws, ctx = _open(args)
    try:
        entry = export_form(
            ctx,
            nip=args.nip,
            year=args.year,
            form=args.form,
            out=Path(args.out),
            sign=args.sign,
            appendix=args.appendix,
            period_key=args.period,
            passphrases=_passphrases(args),
            default_passphrase=_sign_passphrase(args),
            place=args.place,
            skp_id=args.skp,
        )
    finally:
        ws.close()
    signed = f"ditandatangani oleh {', '.join(entry.signers)}" if entry.signers else "tanpa tanda tangan"
    print(f"{args.out}: {args.form}, {signed}; SHA-256 {entry.sha256}")
    return 0


def cmd_export_batch(args: argparse.Namespace) -> int:
    from asn_desktop.services.export import export_batch
    from asn_desktop.services.export_plan import SKIP_LABELS

    ws, ctx = _open(args)
    try:
        result = export_batch(
            ctx,
            year=args.year,
            out=Path(args.out),
            sign=args.sign,
            appendix=args.appendix,
            unit=args.unit,
            forms=tuple(args.form) if args.form else None,
            place=args.place,
            period_key=args.period,
            passphrases=_passphrases(args),
            default_passphrase=_sign_passphrase(args),
            workers=args.workers,
            progress=progress_bar if sys.stderr.isatty() else lambda *_: None,
        )
    finally:
        ws.close()
    print(
        f"{len(result.written)} formulir ditulis ({result.signed} bertanda tangan) ke {result.target} "
        "(manifest.json)."
    )
    if result.skipped:
        print(f"{len(result.skipped)} formulir dilewati:", file=sys.stderr)
        for kind, count, _example in result.skipped_by_kind():
            print(f"  {count:>6} × {SKIP_LABELS.get(kind, kind)}", file=sys.stderr)
        print("rinciannya:", file=sys.stderr)
    for skipped in result.skipped:
        print(f"  dilewati: {skipped.form} {skipped.label}: {skipped.reason}", file=sys.stderr)
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    """Exit 0 when every signature is intact and trusted, 1 when one was modified, 3 when all
    are intact but one is not trusted (its chain ends in no CA an admin approved)."""
    from asn_desktop.pdf.verify import verify_pdf

    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        raise NotFound(f"Berkas {args.file} tidak dapat dibaca.") from exc
    if args.workspace:
        from asn_desktop.services.signing import refresh_trust_store

        ws, ctx = _open(args)
        try:
            refresh_trust_store(ctx)
        finally:
            ws.close()
    reports = verify_pdf(data)
    if not reports:
        print(f"galat: {args.file} tidak memiliki tanda tangan elektronik.", file=sys.stderr)
        return 1
    zone = TimeZoneId.parse(args.zone) if args.zone else None
    for report in reports:
        print(report.line_in(zone))
    bad = sum(1 for r in reports if not r.intact)
    if bad:
        print(f"galat: {bad} dari {len(reports)} tanda tangan tidak utuh.", file=sys.stderr)
        return 1
    untrusted = sum(1 for r in reports if not r.trusted)
    if untrusted:
        print(
            f"galat: {untrusted} dari {len(reports)} tanda tangan TIDAK DIPERCAYA: sertifikatnya tidak "
            "berujung pada CA yang disetujui admin instansi, jadi nama penanda tangan tidak terjamin.",
            file=sys.stderr,
        )
        return 3
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    s = sub.add_parser("cert-init-ca", help="buat CA tanda tangan ruang kerja (admin)")
    s.add_argument("workspace")
    s.set_defaults(func=cmd_init_ca)

    s = sub.add_parser("cert-issue", help="terbitkan kunci dan sertifikat tanda tangan pegawai (admin)")
    s.add_argument("workspace")
    who = s.add_mutually_exclusive_group(required=True)
    who.add_argument("--nip", help="satu pegawai")
    who.add_argument("--unit", help="pegawai satu unit kerja beserta sub-unitnya (nama, kode, atau id)")
    who.add_argument("--all", action="store_true", help="seluruh pegawai instansi")
    s.add_argument("--reissue", action="store_true", help="terbitkan ulang bagi yang sudah memiliki")
    s.add_argument("--days", type=int, default=3 * 365, help="masa berlaku (hari)")
    s.set_defaults(func=cmd_issue)

    s = sub.add_parser("cert-import", help="impor kunci dan sertifikat dari berkas PKCS#12")
    s.add_argument("workspace")
    s.add_argument("file")
    s.add_argument("--nip", required=True)
    s.set_defaults(func=cmd_import)

    s = sub.add_parser("cert-approve", help="setujui sertifikat impor dan CA akarnya (admin)")
    s.add_argument("workspace")
    s.add_argument("--nip", required=True)
    s.add_argument("--fingerprint", help="awal sidik jari SHA-256 CA akar yang sudah Anda periksa")
    s.set_defaults(func=cmd_approve)

    _register_exports(sub)


def _register_exports(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    s = sub.add_parser("export", help="ekspor satu formulir PDF (SKP, evaluasi, atau dokumen evaluasi)")
    s.add_argument("workspace")
    s.add_argument("--nip", required=True)
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--form", choices=("skp", "evaluasi", "dokumen"), required=True)
    s.add_argument("--place", help="tempat penandatanganan (bawaan: kota unit kerja atau instansi)")
    s.add_argument("--out", required=True)
    s.add_argument("--sign", action="store_true", help="tandatangani (pegawai dan pejabat penilai)")
    s.add_argument("--period", help="periode evaluasi periodik, mis. 2026-Q1 (bawaan: tahunan)")
    s.add_argument(
        "--appendix",
        action="store_true",
        help="lampirkan ringkasan umpan balik 360° dan rencana tindak lanjut",
    )
    s.add_argument(
        "--skp",
        metavar="SKP_ID",
        help="SKP yang dicetak bila pegawai memiliki dua SKP setahun (mutasi): formulir SKP atau "
        "evaluasinya, dengan bulan dan pejabat penilai SKP itu (bawaan: SKP yang berlaku pada akhir "
        "periode)",
    )
    s.add_argument("--passphrase-file", help="JSON {NIP: frasa sandi kunci tanda tangan}")
    s.set_defaults(func=cmd_export)

    s = sub.add_parser("export-batch", help="ekspor formulir satu unit atau seluruh instansi ke arsip")
    s.add_argument("workspace")
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--out", required=True, help="folder, atau berkas .zip")
    s.add_argument("--sign", action="store_true")
    s.add_argument("--unit", help="nama, kode, atau id unit (beserta sub-unitnya)")
    s.add_argument(
        "--form",
        action="append",
        choices=("skp", "evaluasi", "dokumen", "penetapan", "matriks"),
        help="bisa diulang; bawaan: semua formulir periode itu (SKP dan matriks pembagian peran dan "
        "hasil hanya tahunan)",
    )
    s.add_argument("--place", help="tempat penandatanganan (bawaan: kota unit kerja atau instansi)")
    s.add_argument("--period", help="periode evaluasi periodik, mis. 2026-Q1 (bawaan: tahunan)")
    s.add_argument(
        "--appendix",
        action="store_true",
        help="lampirkan ringkasan umpan balik 360° dan rencana tindak lanjut",
    )
    s.add_argument("--passphrase-file", help="JSON {NIP: frasa sandi kunci tanda tangan}")
    s.add_argument("--workers", type=int, help="jumlah proses (bawaan: jumlah inti CPU)")
    s.set_defaults(func=cmd_export_batch)

    s = sub.add_parser("verify", help="periksa tanda tangan elektronik sebuah PDF")
    s.add_argument("file")
    s.add_argument("--workspace", help="perbarui dulu daftar CA tepercaya dari ruang kerja ini")
    s.add_argument("--zone", choices=[z.value for z in TimeZoneId], help="zona waktu tampilan (bawaan: UTC)")
    s.set_defaults(func=cmd_verify)
