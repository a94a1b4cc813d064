"""What the Lampiran of PermenPANRB 6/2022 fixes about the printed forms, beyond the numbers.

* The title of the SKP and of the evaluation names its audience: the forms of jabatan
  administrasi (administrator, pengawas, pelaksana) and jabatan fungsional differ from those of
  the pimpinan tinggi (JPT), which may use the perspektif.
* The lampiran SKP (dukungan sumber daya, skema pertanggungjawaban, konsekuensi) prints as
  numbered lists; people type them as lines or separated by semicolons.
* A period's forms are signed on a date: the one the document was decided on, in the agency's
  zone — or, for a draft, the day it is printed.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["AUDIENCE_ADMINISTRASI", "AUDIENCE_JPT", "audience_line", "lampiran_items"]

AUDIENCE_ADMINISTRASI: Final = "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL"
AUDIENCE_JPT: Final = "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI"
_SPLIT: Final = re.compile(r"\s*(?:\r?\n|;)\s*")
_BULLET: Final = re.compile(r"^(?:[-•*]|\d+[.)])\s*")


def audience_line(position_kind: str | None) -> str:
    """The title line under "PENDEKATAN HASIL KERJA …" for a pegawai holding this kind of position."""
    return AUDIENCE_JPT if position_kind == "jpt" else AUDIENCE_ADMINISTRASI


def lampiran_items(text: str | None) -> tuple[str, ...]:
    """The items of a lampiran list: one per line or per ";", bullets and old numbers dropped."""
    if not text:
        return ()
    items = (_BULLET.sub("", part).strip() for part in _SPLIT.split(text))
    return tuple(item for item in items if item)
