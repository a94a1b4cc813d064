"""Logging to the user's log folder, with secrets never written.

Named loggers (``asn_desktop.*``, ``ui.*``) go to a rotating file in ``paths.log_dir()``. A filter
on the handler rewrites every record before it is formatted: ``passphrase=…``, ``password=…``,
``key=…``-style pairs, long hex strings (keys, hashes of secrets) and long base64 runs become
``[disembunyikan]``, so a careless log call cannot leak a key into a file that outlives it.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

from asn_desktop import paths

REDACTED = "[disembunyikan]"
_PATTERNS = (
    re.compile(r"(?i)\b(pass(?:phrase|word)?|sandi|frasa[_ ]sandi|secret|token|key|kunci)\s*[=:]\s*\S+"),
    re.compile(r"\b[0-9a-fA-F]{32,}\b"),
    re.compile(r"[A-Za-z0-9+/]{40,}={0,2}"),
)


def redact(text: str) -> str:
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: f"{m.group(1)}={REDACTED}" if m.lastindex else REDACTED, text)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


class _PrivateLog(logging.handlers.RotatingFileHandler):
    """A rotating log only its user can read: names of people and devices pass through it."""

    def _open(self):  # type: ignore[no-untyped-def]  # typeshed has no return type for it
        stream = super()._open()
        os.chmod(self.baseFilename, 0o600)
        return stream


def setup_logging(*, level: int = logging.INFO, folder: Path | None = None) -> Path:
    """Send the app's loggers to ``asn-desktop.log`` (rotated at 1 MB, 5 kept); returns its path.

    Calling it again is cheap and safe: the same file keeps its one handler, and a new folder
    (tests, a changed ASN_DESKTOP_HOME) closes the old handler first.
    """
    folder = folder or paths.log_dir()
    path = folder / "asn-desktop.log"
    loggers = [logging.getLogger(name) for name in ("asn_desktop", "ui")]
    ours = [h for h in loggers[0].handlers if getattr(h, "asn_log_path", None) is not None]
    if any(h.asn_log_path == path for h in ours):  # type: ignore[attr-defined]
        return path
    for handler in ours:
        for logger in loggers:
            logger.removeHandler(handler)
        handler.close()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)  # also a folder an older release made 0755
    for old in folder.glob("asn-desktop.log*"):
        os.chmod(old, 0o600)
    handler = _PrivateLog(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.asn_log_path = path  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    for logger in loggers:
        logger.setLevel(level)
        logger.addHandler(handler)
    return path
