"""``kill -9`` at random points of push and pull, for real, in a loop of 50 trials.

Two laptops each run a process that adds a row and syncs, over and over; each trial kills both
processes after a random delay (so kills land during startup, the commit, the push's bundle or
HEAD write, or a pull's apply). Afterwards plain syncs must bring both laptops to identical data
that holds every change either process acknowledged.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from asn_desktop.services import sync as sy
from asn_desktop.services.workspace import init_workspace, login, open_workspace
from tests.conftest import PASSWORD
from tests.integration.sync.helpers import dump, fields_of

TRIALS = 50
WORKER = Path(__file__).with_name("kill_worker.py")


def _start(ws: Path, passphrase: str, share: Path, tag: str) -> subprocess.Popen[str]:
    env = {**os.environ, "ASN_FAST_HASH": "1", "PYTHONPATH": str(Path(__file__).parents[3])}
    return subprocess.Popen(
        [sys.executable, str(WORKER), str(ws), passphrase, str(share), tag],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        start_new_session=True,
    )


@pytest.mark.slow
def test_kill_9_loop_loses_nothing_and_converges(tmp_path: Path) -> None:
    rng = random.Random(20261124)
    share = tmp_path / "share"
    share.mkdir()
    a = init_workspace(
        tmp_path / "a", agency="Dinas", admin_password=PASSWORD, passphrase="frasa-a", prefer_keyring=False
    )
    sy.sync_workspace(login(a, "admin", PASSWORD), str(share))
    file = sy.make_enrolment(login(a, "admin", PASSWORD), passphrase="daftar-uji-1")
    b, _ = sy.join_agency(
        file, "daftar-uji-1", tmp_path / "b", str(share), workspace_passphrase="frasa-b", prefer_keyring=False
    )
    a.close()
    b.close()
    laptops = [(tmp_path / "a", "frasa-a"), (tmp_path / "b", "frasa-b")]
    acked: set[str] = set()
    for trial in range(TRIALS):
        procs = [_start(p, pw, share, f"{'ab'[i]}{trial}") for i, (p, pw) in enumerate(laptops)]
        for proc in procs:
            assert proc.stdout is not None
            assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.35))
        for proc in procs:
            os.killpg(proc.pid, signal.SIGKILL)
        for proc in procs:
            out, _ = proc.communicate()
            acked.update(line.split()[1] for line in out.splitlines() if line.startswith("ack "))
    assert len(acked) >= TRIALS  # the kills did land after real work
    workspaces = [open_workspace(p, passphrase=pw) for p, pw in laptops]
    try:
        for _ in range(2):
            for ws in workspaces:
                report = sy.sync_workspace(login(ws, "admin", PASSWORD), str(share))
                assert report.problems == []
        assert dump(workspaces[0]) == dump(workspaces[1])
        names = {row[2] for row in dump(workspaces[0])["unit"]}
        assert acked <= names
        assert fields_of(workspaces[0], "agency", workspaces[0].agency_id)["name"] == "Dinas"
    finally:
        for ws in workspaces:
            ws.close()
