"""A file name that is safe to show, store and save under: no path, no control or bidi characters.

Evidence names arrive from file dialogs, drops and other laptops (sync). A name such as
``..\\..\\x.pdf`` must not walk out of a folder when a copy is saved, and a right-to-left override
(U+202E) must not make ``laporan\u202efdp.exe`` look like ``laporanexe.pdf`` to the penilai. The
extension is judged on the cleaned name, so what the person sees is what was checked.
"""

from __future__ import annotations

import unicodedata

__all__ = ["MAX_NAME_CHARS", "safe_display_name"]

MAX_NAME_CHARS = 150
# Control, format (bidi overrides, zero-width joiners), surrogate, private-use, unassigned, and
# line/paragraph separators: none of them belongs in a file name a person reads.
_DROP_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
# Characters Windows refuses in a name; replaced so a copy can be saved under the same name.
_WINDOWS_FORBIDDEN = frozenset('<>:"|?*')
_WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
)


def _clean_chars(name: str) -> str:
    kept = (
        "_" if ch in _WINDOWS_FORBIDDEN else ch
        for ch in name
        if unicodedata.category(ch) not in _DROP_CATEGORIES
    )
    return " ".join("".join(kept).split())


def _shorten(name: str) -> str:
    if len(name) <= MAX_NAME_CHARS:
        return name
    stem, dot, ext = name.rpartition(".")
    if not dot or len(ext) > 10:
        return name[:MAX_NAME_CHARS].rstrip(" .")
    return f"{stem[: MAX_NAME_CHARS - len(ext) - 1].rstrip(' .')}.{ext}"


def safe_display_name(filename: str, *, fallback: str = "berkas") -> str:
    """The last path part of ``filename``, cleaned (module docstring); ``fallback`` when nothing is left."""
    name = unicodedata.normalize("NFC", str(filename))
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = _clean_chars(name).strip(" .")
    if name.split(".", 1)[0].upper() in _WINDOWS_RESERVED:
        name = f"_{name}"
    name = _shorten(name)
    return name or fallback
