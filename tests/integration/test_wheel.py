"""A real package: the wheel built from this checkout, installed into a fresh venv, run from elsewhere.

Slow (the venv installs the app's dependencies from pip's cache, or the package registry), and part
of the suite: a wheel that misses ``resources/`` fails at ``demo`` with a FileNotFoundError.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from setuptools import find_packages

from tests.integration.test_build import _PICK

ROOT = Path(__file__).resolve().parents[2]


def test_the_package_list_matches_the_folders() -> None:
    """pyproject lists packages by hand (for the resources mapping); none may be forgotten."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    code = find_packages(str(ROOT), include=["asn_desktop*", "ui*"])
    data = ["asn_desktop._resources"] + [
        f"asn_desktop._resources.{p.name}" for p in (ROOT / "resources").iterdir() if p.is_dir()
    ]
    assert sorted(config["packages"]) == sorted(code + data)
    assert config["package-dir"] == {"asn_desktop._resources": "resources"}


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(["bash", "scripts/i18n", "build"], cwd=ROOT, check=True)
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out / "dist"), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    assert "BuildBackendWarning" not in built.stderr, built.stderr[-3000:]
    (wheel,) = (out / "dist").glob("asn_desktop-*.whl")
    env_dir = out / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(env_dir)], check=True, timeout=300)
    installed = subprocess.run(
        [str(env_dir / "bin" / "python"), "-m", "pip", "install", "-q", f"{wheel}[gui,pdf]"],
        capture_output=True,
        text=True,
        timeout=1500,
        check=False,
    )
    assert installed.returncode == 0, installed.stderr[-3000:]
    return env_dir


def _run(venv: Path, *args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    return subprocess.run(
        [str(venv / "bin" / args[0]), *args[1:]],
        env={**clean, **env},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        stdin=subprocess.DEVNULL,
    )


@pytest.mark.slow
def test_installed_wheel_runs_from_another_folder(venv: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "di-tempat-lain"
    elsewhere.mkdir()
    env = {
        "ASN_PASSPHRASE": "frasa-paket",
        "ASN_DESKTOP_HOME": str(tmp_path / "home"),
        "ASN_FAST_HASH": "1",
        "ASN_SIGN_PASSPHRASE": "kunci-tanda-tangan",
        "ASN_USER_PASSWORD": "demo12345",  # the demo's admin signs what the commands change
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "QT_QPA_PLATFORM": "offscreen",
    }
    where = _run(
        venv,
        "python",
        "-c",
        "import asn_desktop.resources as r; print(r.resource_root())",
        env=env,
        cwd=elsewhere,
    )
    assert str(venv) in where.stdout, where.stdout + where.stderr
    ws = elsewhere / "ws"
    demo = _run(
        venv, "asn-desktop-cli", "demo", str(ws), "--employees", "20", "--seed", "4", env=env, cwd=elsewhere
    )
    assert demo.returncode == 0, demo.stderr
    pick = _run(venv, "python", "-c", _PICK, str(ws), env=env, cwd=elsewhere)
    assert pick.returncode == 0, pick.stderr
    pegawai, penilai = pick.stdout.split()
    again = _run(venv, "asn-desktop-cli", "cert-init-ca", str(ws), env=env, cwd=elsewhere)
    assert again.returncode == 1, "the demo comes with its signing CA"
    assert "sudah ada" in again.stderr
    for nip in (pegawai, penilai):  # new keys under the passphrase this test signs with
        issued = _run(
            venv, "asn-desktop-cli", "cert-issue", str(ws), "--nip", nip, "--reissue", env=env, cwd=elsewhere
        )
        assert issued.returncode == 0, issued.stderr
    pdf = elsewhere / "evaluasi.pdf"
    exported = _run(
        venv,
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
        cwd=elsewhere,
    )
    assert exported.returncode == 0, exported.stderr
    verified = _run(venv, "asn-desktop-cli", "verify", str(pdf), env=env, cwd=elsewhere)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    gui = _run(
        venv,
        "asn-desktop",
        str(ws),
        "--self-test",
        env={**env, "ASN_USER": penilai, "ASN_PASSWORD": "demo12345"},
        cwd=elsewhere,
    )
    assert gui.returncode == 0, gui.stdout + gui.stderr
    assert "self-test ok" in gui.stdout
    assert "Traceback" not in gui.stderr
