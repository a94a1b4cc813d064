"""Sync benchmarks: ratios and rates measured in one run (issue 5). No asserts; prints a table.

    .venv/bin/python benchmarks/bench_sync.py [--big 1000000] [--small 10000] [--employees 10000]

* pull of one change into a workspace of ``--big`` rows vs ``--small`` rows (target ≤ 1.5×);
* apply rate of a pull of 20,000 changes (target ≥ 5,000/s);
* a new laptop joining a ``--employees`` demo agency from a snapshot (target < 30 s);
* bytes written to the share per change (1 change, 3,000 changes);
* 3 and 3,000 changes end to end over a real Samba server on loopback (targets < 2 s, < 10 s).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("ASN_FAST_HASH", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import keyring
import keyring.backends.fail

keyring.set_keyring(keyring.backends.fail.Keyring())

from asn_desktop.domain.ids import new_id  # noqa: E402
from asn_desktop.services import sync as sy  # noqa: E402
from asn_desktop.services.context import AppContext  # noqa: E402
from asn_desktop.services.demo import build_demo  # noqa: E402
from asn_desktop.services.workspace import init_workspace, login  # noqa: E402
from asn_desktop.store.models import Unit  # noqa: E402
from asn_desktop.sync.changelog import bulk_insert  # noqa: E402
from asn_desktop.sync.engine import SyncEngine  # noqa: E402

PW = "sandi-rahasia-1"
rows: list[tuple[str, str, str]] = []


def _pair(root: Path, share: str):
    a = init_workspace(
        root / "a", agency="Dinas", admin_password=PW, passphrase="frasa-a", prefer_keyring=False
    )
    admin = login(a, "admin", PW)
    sy.sync_workspace(admin, share)
    file = sy.make_enrolment(admin, passphrase="daftar-uji-1")
    b, _ = sy.join_agency(
        file, "daftar-uji-1", root / "b", share, workspace_passphrase="frasa-b", prefer_keyring=False
    )
    return a, b


def _units(ws, n: int, chunk: int = 50_000) -> list[str]:
    ids = []
    for start in range(0, n, chunk):
        batch = [
            {"id": new_id(), "agency_id": ws.agency_id, "name": f"Unit {i}", "parent_id": None, "code": None}
            for i in range(start, min(n, start + chunk))
        ]
        with ws.sessions() as s, s.begin():
            bulk_insert(s, Unit, batch, ws.clock, ws.device_id)
        ids += [r["id"] for r in batch]
    return ids


def _edit(ws, n: int) -> None:
    with ws.sessions() as s, s.begin():
        for i in range(n):
            s.add(Unit(agency_id=ws.agency_id, name=f"Baru {i}"))


def pull_one(root: Path, size: int) -> float:
    share = root / "share"
    share.mkdir(parents=True)
    a, b = _pair(root, str(share))
    t = time.perf_counter()
    _units(a, size)  # a's own history, not pushed: only the database grows
    build = time.perf_counter() - t
    _edit(b, 1)
    sy.sync_workspace(login(b, "admin", PW), str(share))
    engine = SyncEngine(sy.replica_of(a), sy.open_transport(str(share)))
    t = time.perf_counter()
    engine.pull()  # the first pull: reads HEADs, verifies, decrypts, merges the one change
    best = time.perf_counter() - t
    a.close()
    b.close()
    rows.append(
        (f"pull 1 change into {size:,}-row workspace", f"{best * 1000:.1f} ms", f"(built in {build:.0f} s)")
    )
    return best


def apply_rate(root: Path, n: int) -> None:
    share = root / "share"
    share.mkdir(parents=True)
    a, b = _pair(root, str(share))
    _units(b, n)
    push = sy.sync_workspace(login(b, "admin", PW), str(share))
    t = time.perf_counter()
    report = sy.sync_workspace(login(a, "admin", PW), str(share))
    dt = time.perf_counter() - t
    rows.append(
        (
            f"apply {report.pulled:,} changes (decrypt + merge)",
            f"{report.pulled / dt:,.0f} changes/s",
            "target ≥ 5,000/s",
        )
    )
    rows.append(
        (f"bytes per change, bundle of {push.pushed:,}", f"{push.bytes_written / push.pushed:.0f} B", "")
    )
    _edit(b, 1)
    one = sy.sync_workspace(login(b, "admin", PW), str(share))
    rows.append(
        ("bytes per change, bundle of 1", f"{one.bytes_written / one.pushed:.0f} B", "(signature + header)")
    )
    a.close()
    b.close()


def bootstrap(root: Path, employees: int) -> None:
    share = root / "share"
    share.mkdir(parents=True)
    a = init_workspace(
        root / "a", agency="Dinas Demo", admin_password=PW, passphrase="frasa-a", prefer_keyring=False
    )
    t = time.perf_counter()
    build_demo(AppContext.system(a), employees=employees)
    built = time.perf_counter() - t
    admin = login(a, "admin", PW)
    t = time.perf_counter()
    rep = sy.sync_workspace(admin, str(share), snapshot=True)
    pushed = time.perf_counter() - t
    file = sy.make_enrolment(admin, passphrase="daftar-uji-1")
    t = time.perf_counter()
    c, _report = sy.join_agency(
        file, "daftar-uji-1", root / "c", str(share), workspace_passphrase="frasa-c", prefer_keyring=False
    )
    dt = time.perf_counter() - t
    rows.append(
        (
            f"new laptop joins {employees:,}-employee agency (snapshot)",
            f"{dt:.1f} s",
            f"target < 30 s; {rep.pushed:,} changes; demo {built:.0f} s, push+snapshot {pushed:.0f} s",
        )
    )
    c.close()
    a.close()


def over_samba(root: Path) -> None:
    from tests.samba import PASSWORD, start_samba  # noqa: PLC0415 - only this measure needs Samba

    server = start_samba(root / "samba")
    os.environ["ASN_SMB_PASSWORD"] = PASSWORD
    try:
        url = server.url("bench")
        (server.share_dir / "bench").mkdir(mode=0o777)
        a, b = _pair(root, url)
        for n in (3, 3000):
            _edit(a, n)
            t = time.perf_counter()
            sy.sync_workspace(login(a, "admin", PW), url)
            report = sy.sync_workspace(login(b, "admin", PW), url)
            dt = time.perf_counter() - t
            target = "< 2 s" if n == 3 else "< 10 s"
            rows.append(
                (
                    f"{n:,} changes end to end over Samba (push + pull)",
                    f"{dt:.2f} s",
                    f"target {target}; pulled {report.pulled}",
                )
            )
        a.close()
        b.close()
    finally:
        server.stop()


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--big", type=int, default=1_000_000)
    p.add_argument("--small", type=int, default=10_000)
    p.add_argument("--employees", type=int, default=10_000)
    p.add_argument("--apply", type=int, default=20_000)
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        small = pull_one(root / "small", args.small)
        big = pull_one(root / "big", args.big)
        rows.append(("ratio big / small", f"{big / small:.2f}×", "target ≤ 1.5×"))
        apply_rate(root / "apply", args.apply)
        over_samba(root / "smb")
        bootstrap(root / "boot", args.employees)
    width = max(len(r[0]) for r in rows)
    print(f"\n{'measure':<{width}}  {'result':>18}  note")
    print("-" * (width + 40))
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>18}  {note}")


if __name__ == "__main__":
    main()
