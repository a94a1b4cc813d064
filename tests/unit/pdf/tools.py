"""The outside checkers (poppler-utils, qpdf) the PDF tests run; missing ones fail, never skip."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

_PACKAGES = {
    "pdfsig": "poppler-utils",
    "pdftoppm": "poppler-utils",
    "pdftotext": "poppler-utils",
    "pdffonts": "poppler-utils",
    "pdfimages": "poppler-utils",
    "qpdf": "qpdf",
}


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: install {_PACKAGES[name]} (apt-get install {_PACKAGES[name]})")
    return path


def run_tool(name: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [tool(name), *map(str, args)], capture_output=True, text=True, timeout=60, check=False
    )


def pdf_text(path: Path) -> list[str]:
    """The text of each page (pdftotext separates pages with a form feed)."""
    out = run_tool("pdftotext", "-layout", path, "-").stdout
    return out.split("\f")[:-1]


def pdfsig_blocks(path: Path) -> list[str]:
    """pdfsig's report, one text block per signature."""
    out = run_tool("pdfsig", path).stdout
    return out.split("Signature #")[1:]


def pdf_stream_text(path: Path) -> list[str]:
    """The text of each page in drawing order (``-raw``): a table cell's lines stay together,
    where ``-layout`` interleaves them with the neighbouring columns."""
    out = run_tool("pdftotext", "-raw", path, "-").stdout
    return out.split("\f")[:-1]
