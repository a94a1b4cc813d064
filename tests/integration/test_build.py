"""The PyInstaller one-folder build: built for real, then used with no Python of ours around it.

Slow (a few minutes on two cores), and part of the suite CI runs: a build that cannot start,
migrate a workspace, sign and verify a PDF, or show its screens is a broken release.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pyinstaller = shutil.which("pyinstaller", path=str(Path(sys.executable).parent))
    assert pyinstaller, "pyinstaller is missing: install the dev extra (pip install -e .[dev])"
    out = tmp_path_factory.mktemp("build")
    subprocess.run(["bash", "scripts/i18n", "build"], cwd=ROOT, check=True)
    result = subprocess.run(
        [
            pyinstaller,
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "work"),
            "build.spec",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1500,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    folders = list((out / "dist").iterdir())
    assert len(folders) == 1, folders
    return folders[0]


def _run(
    bundle: Path, name: str, *args: str, env: dict[str, str], cwd: Path
) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    clean["PATH"] = "/usr/bin:/bin"
    return subprocess.run(
        [str(bundle / name), *args],
        env={**clean, **env},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        stdin=subprocess.DEVNULL,
    )


@pytest.mark.slow
def test_built_binaries_work_without_python(bundle: Path, tmp_path: Path, record_property) -> None:
    size = _du(bundle)
    record_property("bundle_bytes", size)
    print(f"\nbundle {bundle.name}: {size / 1024 / 1024:.0f} MB")
    env = {
        "ASN_PASSPHRASE": "frasa-paket",
        "ASN_DESKTOP_HOME": str(tmp_path / "home"),
        "ASN_FAST_HASH": "1",
        "ASN_SIGN_PASSPHRASE": "kunci-tanda-tangan",
        "ASN_USER_PASSWORD": "demo12345",  # the demo's admin signs what the commands change
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "QT_QPA_PLATFORM": "offscreen",
    }
    from asn_desktop import __version__

    version = _run(bundle, "asn-desktop-cli", "--version", env=env, cwd=tmp_path)
    assert version.returncode == 0, version.stderr
    assert __version__ in version.stdout
    ws = tmp_path / "ws"
    demo = _run(
        bundle, "asn-desktop-cli", "demo", str(ws), "--employees", "20", "--seed", "4", env=env, cwd=tmp_path
    )
    assert demo.returncode == 0, demo.stderr
    # Pick a staff member with a final annual assessment, and their supervisor, from the demo.
    pick = subprocess.run(
        [sys.executable, "-c", _PICK, str(ws)],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    pegawai, penilai = pick.stdout.split()
    # The demo ships with its CA (kept in keys.enc): a second one is refused; issuing new keys works.
    again = _run(bundle, "asn-desktop-cli", "cert-init-ca", str(ws), env=env, cwd=tmp_path)
    assert again.returncode == 1, again.stdout
    assert "sudah ada" in again.stderr
    for nip in (pegawai, penilai):
        issued = _run(bundle, "asn-desktop-cli", "cert-issue", str(ws), "--nip", nip, env=env, cwd=tmp_path)
        assert issued.returncode == 0, issued.stderr
    pdf = tmp_path / "evaluasi.pdf"
    exported = _run(
        bundle,
        "asn-desktop-cli",
        "export",
        str(ws),
        "--nip",
        pegawai,
        "--year",
        "2026",
        "--form",
        "evaluasi",
        "--out",
        str(pdf),
        "--sign",
        env=env,
        cwd=tmp_path,
    )
    assert exported.returncode == 0, exported.stderr
    verified = _run(bundle, "asn-desktop-cli", "verify", str(pdf), env=env, cwd=tmp_path)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert verified.stdout.count("utuh") >= 2 or verified.stdout.lower().count("intact") >= 2, verified.stdout
    gui = _run(
        bundle,
        "asn-desktop",
        str(ws),
        "--self-test",
        env={**env, "ASN_USER": penilai, "ASN_PASSWORD": "demo12345"},
        cwd=tmp_path,
    )
    assert gui.returncode == 0, gui.stdout + gui.stderr
    assert "self-test ok" in gui.stdout
    assert "Traceback" not in gui.stderr


_PICK = """
import sys, keyring, keyring.backends.fail
keyring.set_keyring(keyring.backends.fail.Keyring())
from pathlib import Path
from asn_desktop.services.workspace import open_workspace
from asn_desktop.services.context import AppContext
from asn_desktop.services.directory import visible_employees, EmployeeFilter
from asn_desktop.services.assessment import get_assessment
ws = open_workspace(Path(sys.argv[1]), passphrase="frasa-paket")
ctx = AppContext.system(ws)
rows = visible_employees(ctx, EmployeeFilter(), limit=500)
nips = {r.id: r.nip for r in rows}
for r in rows:
    a = get_assessment(ctx, employee_id=r.id, period_key="2026")
    if a and a.status.value == "final" and r.supervisor_id:
        print(r.nip, nips[r.supervisor_id])
        break
ws.close()
"""
