"""Render one of each form from a fresh demo agency into docs/forms/ (PDF pages as PNG), for review.

    .venv/bin/python scripts/render_forms.py [--out docs/forms]

Signed and unsigned, annual and periodic, kuantitatif and kualitatif, PNS and PPPK, a decided
keberatan, the penetapan (DRAF and final), the Dokumen Evaluasi, the angka kredit and the
Matriks Pembagian Peran dan Hasil. Pages are
rendered with poppler's ``pdftoppm -r 60``.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("ASN_FAST_HASH", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image, ImageDraw
from sqlalchemy import select

from asn_desktop.domain.period import Period
from asn_desktop.services import agency, export, signing
from asn_desktop.services import assessment as asm
from asn_desktop.services import objection as obj_svc
from asn_desktop.services.acting import assign_acting
from asn_desktop.services.angka_kredit import angka_kredit_rows, print_angka_kredit
from asn_desktop.services.context import AppContext
from asn_desktop.services.demo import DEMO_PASSWORD, build_demo
from asn_desktop.services.role_matrix import print_matrix
from asn_desktop.services.workspace import init_workspace, login
from asn_desktop.store.models import Assessment, Employee, Position, RoleMatrixEntry, Skp

KEY = "kunci-galeri"


def _logo() -> bytes:
    image = Image.new("RGB", (240, 240), "white")
    draw = ImageDraw.Draw(image)
    draw.polygon([(120, 10), (225, 55), (205, 175), (120, 230), (35, 175), (15, 55)], fill=(22, 73, 140))
    draw.polygon([(120, 45), (185, 75), (172, 160), (120, 195), (68, 160), (55, 75)], fill=(242, 190, 40))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _pick(ctx: AppContext, year: int) -> dict[str, Employee]:
    """Staff with an approved SKP: a final PNS kuantitatif, a PPPK, a kualitatif one; and a head."""
    with ctx.workspace.sessions() as s:
        rows = s.execute(
            select(Employee, Skp, Assessment, Position)
            .join(Skp, Skp.employee_id == Employee.id)
            .join(Assessment, Assessment.skp_id == Skp.id)
            .join(Position, Position.id == Employee.position_id)
            .where(Skp.year == year, Skp.status == "approved", Assessment.period_key == str(year))
        ).all()
    chosen: dict[str, Employee] = {}
    for emp, skp, a, pos in rows:
        final = a.status == "final"
        if (
            "pns" not in chosen
            and final
            and skp.approach == "kuantitatif"
            and emp.employee_type == "PNS"
            and not pos.leads_unit
        ):
            chosen["pns"] = emp
        elif "pppk" not in chosen and final and emp.employee_type == "PPPK":
            chosen["pppk"] = emp
        elif "kualitatif" not in chosen and skp.approach == "kualitatif" and emp.employee_type == "PNS":
            chosen["kualitatif"] = emp
        elif (
            "keberatan" not in chosen
            and final
            and emp.employee_type == "PNS"
            and not pos.leads_unit
            and a.rating_hasil != "di_atas"
        ):
            chosen["keberatan"] = emp
    return chosen


def _render(pdf: Path, out: Path, stem: str) -> list[str]:
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(out / stem)], check=True)
    return sorted(p.name for p in out.glob(f"{stem}-*.png"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "docs" / "forms"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for old in [*out.glob("*.png"), *out.glob("*.pdf")]:
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        os.environ["ASN_DESKTOP_HOME"] = str(root / "home")
        ws = init_workspace(
            root / "ws",
            agency="Badan Kepegawaian Daerah Provinsi Contoh",
            admin_password=DEMO_PASSWORD,  # build_demo signs as the demo admin
            passphrase="galeri",
            prefer_keyring=False,
        )
        ctx = AppContext.system(ws)
        year = ws.now().year
        build_demo(ctx, employees=60, seed=1, year=year)
        ctx = login(ws, "admin", DEMO_PASSWORD)  # every change is signed by a person
        agency.set_logo(ctx, data=_logo())
        people = _pick(ctx, year)
        signing.init_ca(ctx, workspace_passphrase="galeri")
        with ws.sessions() as s:
            for emp in (people["pns"], people["pppk"]):
                for who in (emp.id, s.get_one(Employee, emp.id).supervisor_id):
                    signing.issue_certificate(ctx, employee_id=who, passphrase=KEY)
        # a keberatan decided by the atasan pejabat penilai: a new version of the assessment
        target = people["keberatan"]
        with ws.sessions() as s:
            boss = s.get_one(Employee, target.supervisor_id or "")
            a = s.scalars(
                select(Assessment).where(
                    Assessment.employee_id == target.id, Assessment.period_key == str(year)
                )
            ).one()
        pegawai = login(ws, target.nip, DEMO_PASSWORD)
        obj_svc.file_objection(
            pegawai, assessment_id=a.id, text="Bukti dukung laporan triwulan III belum dipertimbangkan."
        )
        atasan = login(ws, _nip(ws, boss.supervisor_id), DEMO_PASSWORD)
        asm.decide_objection(
            atasan,
            assessment_id=a.id,
            decision="Bukti dukung diterima; Rating Hasil Kerja menjadi Di Atas Ekspektasi.",
            outcome="dikabulkan",
            rating_hasil="di_atas",
            rating_perilaku=a.rating_perilaku,
        )
        quarter = _last_quarter(ws, year)
        q_label = Period.parse(quarter).label
        made: list[tuple[str, str, list[str]]] = []

        def form(stem: str, title: str, write: Callable[[Path], object]) -> None:
            pdf = root / f"{stem}.pdf"
            write(pdf)
            made.append((stem, title, _render(pdf, out, stem)))

        nip = {k: e.nip for k, e in people.items()}
        form(
            "skp-kuantitatif-pns-ditandatangani",
            "SKP, kuantitatif, PNS, ditandatangani",
            lambda p: export.export_form(
                ctx, nip=nip["pns"], year=year, form="skp", out=p, sign=True, default_passphrase=KEY
            ),
        )
        form(
            "skp-kualitatif",
            "SKP, kualitatif (target teks, tanpa kolom ASPEK), tanpa tanda tangan elektronik",
            lambda p: export.export_form(ctx, nip=nip["kualitatif"], year=year, form="skp", out=p),
        )
        form(
            "evaluasi-tahunan-pns-ditandatangani",
            "Evaluasi Kinerja Pegawai, tahunan, PNS, ditandatangani",
            lambda p: export.export_form(
                ctx, nip=nip["pns"], year=year, form="evaluasi", out=p, sign=True, default_passphrase=KEY
            ),
        )
        form(
            "evaluasi-periodik-pppk-ditandatangani",
            f"Evaluasi Kinerja Pegawai, {q_label}, PPPK (NI PPPK), ditandatangani",
            lambda p: export.export_form(
                ctx,
                nip=nip["pppk"],
                year=year,
                form="evaluasi",
                period_key=quarter,
                out=p,
                sign=True,
                default_passphrase=KEY,
            ),
        )
        form(
            "evaluasi-periodik-kualitatif",
            f"Evaluasi Kinerja Pegawai, {q_label}, kualitatif, tanpa tanda tangan elektronik",
            lambda p: export.export_form(
                ctx, nip=nip["kualitatif"], year=year, form="evaluasi", period_key=quarter, out=p
            ),
        )
        form(
            "evaluasi-keberatan-versi-2",
            "Evaluasi Kinerja Pegawai setelah keberatan dikabulkan (versi 2)",
            lambda p: export.export_form(ctx, nip=target.nip, year=year, form="evaluasi", out=p),
        )
        form(
            "dokumen-evaluasi-tahunan-pppk",
            "Dokumen Evaluasi Kinerja Pegawai, tahunan, PPPK",
            lambda p: export.export_form(
                ctx, nip=nip["pppk"], year=year, form="dokumen", out=p, sign=True, default_passphrase=KEY
            ),
        )
        form(
            "dokumen-evaluasi-periodik",
            f"Dokumen Evaluasi Kinerja Pegawai, {q_label}",
            lambda p: export.export_form(
                ctx, nip=nip["kualitatif"], year=year, form="dokumen", period_key=quarter, out=p
            ),
        )
        batch = export.export_batch(ctx, year=year, forms=("penetapan",), out=root / "pen", workers=1)
        # A Plt.: the agency's head acts as Kepala Bidang for a month; the bidang's seksi then get
        # their periodic penetapan from him, printed "Plt. Kepala Bidang …".
        _assign_plt(ctx, ws)
        batch_q = export.export_batch(
            ctx, year=year, period_key=quarter, forms=("penetapan",), out=root / "penq", workers=1
        )
        seksi = next(e for e in batch.written if "seksi" in e.file)
        seksi_q = next(
            e
            for e in batch_q.written
            if e.file.endswith(seksi.file.replace(str(year), quarter).split("_", 1)[1])
        )
        form(
            "penetapan-tahunan",
            "Dokumen Penetapan Predikat Kinerja, tahunan (DRAF: belum semua final)",
            lambda p: shutil.copy(root / "pen" / seksi.file, p),
        )
        form(
            "penetapan-periodik-plt",
            f"Dokumen Penetapan Predikat Kinerja, {q_label}; pimpinan yang berwenang seorang Plt.",
            lambda p: shutil.copy(root / "penq" / seksi_q.file, p),
        )
        holder = max(angka_kredit_rows(ctx, year=year), key=lambda r: len(r.lines))
        form(
            "angka-kredit",
            "Konversi predikat kinerja ke angka kredit (dicetak atas permintaan)",
            lambda p: print_angka_kredit(ctx, employee_id=holder.employee_id, year=year, out=p),
        )
        with ws.sessions() as s:
            leader_skp = s.scalars(select(RoleMatrixEntry.skp_id).limit(1)).one()
            leader_id = s.get(Skp, leader_skp).employee_id  # type: ignore[union-attr]
        form(
            "matriks-peran-hasil",
            "Matriks Pembagian Peran dan Hasil (pimpinan yang membagikan RHK-nya)",
            lambda p: print_matrix(ctx, employee_id=leader_id, year=year, out=p),
        )
        ws.close()
    lines = [
        "# Formulir PDF (contoh dari demo)",
        "",
        "Dibuat ulang dengan `.venv/bin/python scripts/render_forms.py` dari ruang kerja demo baru",
        "(60 pegawai, logo contoh); setiap halaman dirender dengan `pdftoppm -r 60 -png`.",
        "",
    ]
    for stem, title, pngs in made:
        lines.append(f"## {title}")
        lines.append("")
        lines += [f"![{stem} halaman {i}]({name})" for i, name in enumerate(pngs, 1)]
        lines.append("")
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(made)} formulir, {sum(len(p) for _, _, p in made)} halaman di {out}")


def _assign_plt(ctx: AppContext, ws: object) -> None:
    with ws.sessions() as s:  # type: ignore[attr-defined]
        bidang = s.scalars(select(Position).where(Position.name.startswith("Kepala Bidang"))).first()
        top = s.scalars(select(Employee).where(Employee.supervisor_id.is_(None))).first()
    today = ws.now().date()  # type: ignore[attr-defined]
    assign_acting(
        ctx,
        position_id=bidang.id,
        employee_id=top.id,
        kind="plt",
        start_on=today,
        end_on=today + timedelta(days=30),
    )


def _nip(ws: object, employee_id: str | None) -> str:
    with ws.sessions() as s:  # type: ignore[attr-defined]
        return s.get_one(Employee, employee_id or "").nip


def _last_quarter(ws: object, year: int) -> str:
    with ws.sessions() as s:  # type: ignore[attr-defined]
        keys = sorted({k for k in s.scalars(select(Assessment.period_key)) if k.startswith(f"{year}-Q")})
    return keys[-1]


if __name__ == "__main__":
    main()
