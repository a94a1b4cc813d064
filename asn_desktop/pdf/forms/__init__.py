"""One module per official form (DOMAIN.md §5); ``render`` picks the right one for a document."""

from __future__ import annotations

from asn_desktop.pdf.forms.angka_kredit import render_angka_kredit
from asn_desktop.pdf.forms.dokumen import render_dokumen
from asn_desktop.pdf.forms.evaluasi import render_evaluasi
from asn_desktop.pdf.forms.matriks import render_matriks
from asn_desktop.pdf.forms.penetapan import render_penetapan
from asn_desktop.pdf.forms.skp import render_skp
from asn_desktop.pdf.layout import Built
from asn_desktop.pdf.model import AngkaKreditDoc, Document, DokumenDoc, EvaluasiDoc, MatrixDoc, SkpDoc


def render(doc: Document) -> Built:
    """Draw ``doc`` as an unsigned PDF; the boxes say where each signature field goes."""
    if isinstance(doc, SkpDoc):
        return render_skp(doc)
    if isinstance(doc, EvaluasiDoc):
        return render_evaluasi(doc)
    if isinstance(doc, DokumenDoc):
        return render_dokumen(doc)
    if isinstance(doc, AngkaKreditDoc):
        return render_angka_kredit(doc)
    if isinstance(doc, MatrixDoc):
        return render_matriks(doc)
    return render_penetapan(doc)
