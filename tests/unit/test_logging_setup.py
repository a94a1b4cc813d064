"""Secrets never reach the log file."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from asn_desktop.logging_setup import REDACTED, redact, setup_logging


def test_secrets_are_redacted_in_the_file(tmp_path: Path) -> None:
    path = setup_logging(folder=tmp_path)
    log = logging.getLogger("asn_desktop.test")
    key = os.urandom(32).hex()
    log.info("membuka ruang kerja passphrase=%s", "rahasia-sekali")
    log.info("kunci %s dipakai", key)
    log.warning("login password: sandi-rahasia-1 gagal")
    try:
        raise ValueError(f"key={key}")
    except ValueError:
        log.exception("gagal")
    for handler in logging.getLogger("asn_desktop").handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "rahasia-sekali" not in text
    assert key not in text
    assert "sandi-rahasia-1" not in text
    assert text.count(REDACTED) >= 4
    assert "membuka ruang kerja" in text


def test_plain_text_is_left_alone() -> None:
    assert redact("SKP 2026 disetujui untuk NIP 198703142010011002") == (
        "SKP 2026 disetujui untuk NIP 198703142010011002"
    )


def test_the_log_is_for_its_user_only_even_after_rotation(tmp_path: Path) -> None:
    folder = tmp_path / "log"
    folder.mkdir(mode=0o755)
    (folder / "asn-desktop.log").write_text("lama\n")
    os.chmod(folder / "asn-desktop.log", 0o644)
    path = setup_logging(folder=folder)
    assert (folder.stat().st_mode & 0o777, path.stat().st_mode & 0o777) == (0o700, 0o600)
    handler = next(
        h for h in logging.getLogger("asn_desktop").handlers if getattr(h, "asn_log_path", None) == path
    )
    handler.doRollover()  # type: ignore[attr-defined]
    logging.getLogger("asn_desktop.test").info("sesudah rotasi")
    handler.flush()
    assert {p.name: p.stat().st_mode & 0o777 for p in folder.iterdir()} == {
        "asn-desktop.log": 0o600,
        "asn-desktop.log.1": 0o600,
    }
