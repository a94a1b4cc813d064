"""Batch export of signed evaluation forms against the bare-library floor, in one run.

    python benchmarks/bench_export.py [--forms 1000] [--employees 1200]

Floor ("bare"): the same ``EvaluasiDoc`` objects drawn by our ReportLab layout and signed twice
by plain pyHanko calls (no database, no archive, no bookkeeping), one process. Ours:
``services.export.export_batch`` end to end (gather in one session, unlock keys, render + sign,
record each signed document, write the archive with manifest), with 1 worker and with 2.

Ratios printed: overhead per core = ours(1 worker) / bare − 1 (goal ≤ 25 %), and speed-up =
ours(1 worker) / ours(2 workers) (goal ≥ 1.7×). Key unlocking (Argon2id per signer) is timed
separately: it is a once-per-session cost, like logging in.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("ASN_FAST_HASH", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select, update

from asn_desktop.domain.period import Period
from asn_desktop.pdf.model import SignatureSlot
from asn_desktop.pdf.produce import Job, produce
from asn_desktop.pdf.sign import SignAction
from asn_desktop.services import export, signing
from asn_desktop.services import export_data as data
from asn_desktop.services import export_docs as docs
from asn_desktop.services.context import AppContext
from asn_desktop.services.demo import build_demo
from asn_desktop.services.workspace import init_workspace
from asn_desktop.store.models import Assessment, Employee, SignedDocument, Skp

KEY = "kunci-bench"


def setup(root: Path, employees: int, forms: int) -> tuple[AppContext, list[str]]:
    ws = init_workspace(
        root / "ws", agency="Badan Uji", admin_password="sandi-bench-1", passphrase="ws", prefer_keyring=False
    )
    ctx = AppContext.system(ws)
    build_demo(ctx, employees=employees, seed=3)  # sets the agency's city: every form has its closing
    with ws.sessions() as s, s.begin():
        # every approved SKP gets a final annual assessment, so there are enough forms to sign
        s.execute(update(Assessment).values(status="final"))
        # the annual assessments only: the demo also decides a past quarter, which is another form
        rated = (
            s.execute(
                select(Assessment.employee_id)
                .join(Skp, Skp.id == Assessment.skp_id)
                .where(Assessment.period_key == "2026")
                .distinct()
            )
            .scalars()
            .all()
        )
    chosen = sorted(rated)[:forms]
    signing.init_ca(ctx, workspace_passphrase="ws")
    with ws.sessions() as s:
        bosses = {s.get_one(Employee, e).supervisor_id for e in chosen}
    for emp in sorted(set(chosen) | {b for b in bosses if b}):
        signing.issue_certificate(ctx, employee_id=emp, passphrase=KEY)
    return ctx, chosen


def bare(ctx: AppContext, chosen: list[str]) -> tuple[float, int]:
    """Our layout + plain pyHanko, in-process, no bookkeeping: the floor."""
    with ctx.workspace.sessions() as s:
        snap = data.load_snapshot(s, ctx.workspace.agency_id, Period.annual(2026), set(chosen))
    bosses = {snap.employees[e].supervisor_id for e in chosen}
    keys, _ = signing.unlock_signers(ctx, set(chosen) | {b for b in bosses if b}, {}, KEY)
    jobs = []
    for emp in chosen:
        doc = docs.evaluasi_doc(snap, emp)
        boss = snap.employees[emp].supervisor_id
        if doc is None or doc.draft or boss not in keys:
            continue
        slots = (
            SignatureSlot("TTD_Penilai", "Pejabat Penilai Kinerja", boss, doc.penilai),
            SignatureSlot("TTD_Pegawai", "Pegawai yang Dinilai", emp, doc.pegawai),
        )
        actions = tuple(
            SignAction(x.field_name, keys[x.employee_id], x.person.name, x.person.nip) for x in slots
        )
        jobs.append(Job(replace(doc, slots=slots), "x.pdf", actions, "r", "l"))
    produce(jobs[0])  # warm the font and signer caches, as a worker is after its first form
    start = time.perf_counter()
    for job in jobs:
        produce(job)
    return time.perf_counter() - start, len(jobs)


def ours(ctx: AppContext, out: Path, workers: int) -> tuple[float, int]:
    # The same work each run: signed assessments back to final, signed records removed.
    with ctx.workspace.sessions() as s, s.begin():
        s.execute(
            update(Assessment).where(Assessment.status == "signed").values(status="final", signed_hash=None)
        )
        s.query(SignedDocument).delete()
    start = time.perf_counter()
    result = export.export_batch(
        ctx, year=2026, out=out, sign=True, forms=("evaluasi",), default_passphrase=KEY, workers=workers
    )
    return time.perf_counter() - start, sum(1 for e in result.written if e.signers)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--forms", type=int, default=1000)
    parser.add_argument("--employees", type=int, default=1400)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        os.environ["ASN_DESKTOP_HOME"] = str(root / "home")
        t0 = time.perf_counter()
        ctx, chosen = setup(root, args.employees, args.forms)
        took = time.perf_counter() - t0
        print(f"setup: {len(chosen)} employees with final assessments and keys in {took:.1f} s")
        t0 = time.perf_counter()
        signing.unlock_signers(ctx, set(chosen), {}, KEY)
        unlock = time.perf_counter() - t0
        floor, n_bare = bare(ctx, chosen)
        one, n1 = ours(ctx, root / "out1", 1)
        two, n2 = ours(ctx, root / "out2", 2)
        per = lambda t, n: 1000 * t / max(n, 1)  # noqa: E731
        print()
        print(f"{'run':<44}{'forms':>7}{'total s':>10}{'ms/form':>10}")
        print(
            f"{'bare ReportLab + pyHanko (1 core)':<44}{n_bare:>7}{floor:>10.2f}{per(floor, n_bare):>10.1f}"
        )
        print(f"{'export_batch, 1 worker':<44}{n1:>7}{one:>10.2f}{per(one, n1):>10.1f}")
        print(f"{'export_batch, 2 workers':<44}{n2:>7}{two:>10.2f}{per(two, n2):>10.1f}")
        print(f"{'(key unlock, once per session)':<44}{len(chosen):>7}{unlock:>10.2f}")
        print()
        overhead = per(one, n1) / per(floor, n_bare) - 1
        speedup = per(one, n1) / per(two, n2)
        print(f"overhead per core: {overhead * 100:+.1f} %   (goal <= 25 %)")
        print(f"2-core speed-up:   {speedup:.2f}x      (goal >= 1.7x)   cores: {os.cpu_count()}")


if __name__ == "__main__":
    main()
