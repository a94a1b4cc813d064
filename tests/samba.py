"""A real Samba server on loopback for the sync tests (DESIGN §5, "Testing over real SMB").

Its own config in a temp folder: a free port, ``interfaces = lo``, private/lock/state/cache/pid
folders and a tdbsam passdb inside the folder, SMB2 minimum, one writable share. smbd runs in its
own process session so its exit never signals the test runner's process group, and it is stopped
by that group's id. Missing smbd is a failure that says what to install, never a skip.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

USER = "asnsync"
PASSWORD = "Sandi-Uji-Samba-1"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _binary(name: str) -> str:
    found = shutil.which(name) or (f"/usr/sbin/{name}" if Path(f"/usr/sbin/{name}").exists() else None)
    if found is None:
        raise RuntimeError(
            f"{name} tidak ada: pasang Samba (apt-get install samba) — bash scripts/setup melakukannya."
        )
    return found


@dataclass
class Samba:
    root: Path
    share_dir: Path
    port: int
    proc: subprocess.Popen[bytes]
    conf: Path

    def url(self, sub: str = "") -> str:
        return f"smb://{USER}@127.0.0.1:{self.port}/sync/{sub}".rstrip("/")

    def stop(self) -> None:
        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()

    def start(self) -> None:
        smbd = _binary("smbd")
        self.proc = subprocess.Popen(
            [smbd, "--foreground", "--no-process-group", "-s", str(self.conf)],
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                if self.proc.poll() is not None:
                    break
                time.sleep(0.05)
        raise RuntimeError(f"smbd tidak mau berjalan (lihat {self.root}/log)")


def start_samba(root: Path, share_dir: Path | None = None) -> Samba:
    _binary("smbd")
    smbpasswd = _binary("smbpasswd")
    root.mkdir(parents=True, exist_ok=True)
    share_dir = share_dir or root / "share"
    share_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(share_dir, 0o777)
    for sub in ("private", "lock", "state", "cache", "pid", "log"):
        (root / sub).mkdir(exist_ok=True)
    port = _free_port()
    conf = root / "smb.conf"
    conf.write_text(
        f"""[global]
  smb ports = {port}
  interfaces = lo
  bind interfaces only = yes
  private dir = {root}/private
  lock directory = {root}/lock
  state directory = {root}/state
  cache directory = {root}/cache
  pid directory = {root}/pid
  ncalrpc dir = {root}/state/ncalrpc
  log file = {root}/log/smbd.log
  passdb backend = tdbsam:{root}/private/passdb.tdb
  server min protocol = SMB2
  server role = standalone server
  map to guest = never
  load printers = no
  printing = bsd
  printcap name = /dev/null
  disable spoolss = yes
  server signing = auto
  smb encrypt = desired

[sync]
  path = {share_dir}
  read only = no
  browseable = yes
  force user = root
  create mask = 0660
  directory mask = 0770
""",
        encoding="utf-8",
    )
    import pwd

    try:
        pwd.getpwnam(USER)
    except KeyError:
        subprocess.run(["useradd", "--no-create-home", "--shell", "/usr/sbin/nologin", USER], check=True)
    subprocess.run(
        [smbpasswd, "-c", str(conf), "-a", "-s", USER],
        input=f"{PASSWORD}\n{PASSWORD}\n".encode(),
        check=True,
        capture_output=True,
    )
    samba = Samba(root, share_dir, port, None, conf)  # type: ignore[arg-type]
    samba.start()
    return samba
