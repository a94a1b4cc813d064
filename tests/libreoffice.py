"""LibreOffice Calc, headless, as the real spreadsheet program our files must survive.

Each call gets its own user profile (``-env:UserInstallation``) so parallel runs never share
one, and a timeout so a stuck conversion fails the test instead of hanging it.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

CSV_UTF8_SEMICOLON = "59,34,76,1"  # separator ';', quote '"', UTF-8, start at line 1
CSV_UTF8_COMMA = "44,34,76,1"


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    assert found, "LibreOffice is missing: install Debian's libreoffice-calc-nogui (bash scripts/setup)"
    return found


def convert(source: Path, target_format: str, outdir: Path, *, infilter: str | None = None) -> Path:
    """Convert ``source`` with LibreOffice (``xlsx``, ``csv:…``); return the written file."""
    outdir.mkdir(parents=True, exist_ok=True)
    profile = outdir / ".lo-profile"
    args = [soffice(), f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless", "--norestore"]
    if infilter:
        args.append(f"--infilter={infilter}")
    args += ["--convert-to", target_format, "--outdir", str(outdir), str(source)]
    result = subprocess.run(args, capture_output=True, text=True, timeout=180, check=False)
    suffix = target_format.split(":", 1)[0]
    out = outdir / f"{source.stem}.{suffix}"
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.is_file(), result.stdout + result.stderr
    return out


def to_csv(source: Path, outdir: Path, *, options: str = CSV_UTF8_SEMICOLON) -> Path:
    return convert(source, f"csv:Text - txt - csv (StarCalc):{options}", outdir)


def to_xlsx(source: Path, outdir: Path, *, infilter: str | None = None) -> Path:
    return convert(source, "xlsx", outdir, infilter=infilter)
