"""The embedded font of every form: DejaVu Sans, shipped in ``resources/fonts`` with its licence.

PDF's 14 standard fonts are not embedded and cover Latin-1 only: a name such as "Ṣalāḥ" or a
typographic dash would print as boxes on another viewer, and PDF/A archives forbid non-embedded
fonts anyway. DejaVu Sans (Bitstream Vera licence, free to embed and redistribute) covers every
script an Indonesian name is written in; ReportLab embeds only the glyphs used (a subset), so a
form stays small.
"""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from asn_desktop.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "fonts/DejaVuSans.ttf", BOLD: "fonts/DejaVuSans-Bold.ttf"}
LICENCE = "fonts/DejaVu-LICENSE.txt"


def register_fonts() -> None:
    """Register the fonts with ReportLab once per process (a worker process registers its own)."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, rel in _FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resource_path(rel))))
    # <b> inside a Paragraph picks the bold face through this family mapping.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
