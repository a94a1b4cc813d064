"""SASARAN KINERJA PEGAWAI (DOMAIN.md §2): header, two identity blocks, hasil kerja, perilaku
kerja, closing with both signatures, then the Lampiran SKP on its own page."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Spacer

from asn_desktop.pdf.forms.common import behaviour_table, rhk_table
from asn_desktop.pdf.layout import (
    WIDTH,
    Built,
    FieldBoxes,
    PageDecor,
    build,
    grid_table,
    header_band,
    identity_pair,
    make_styles,
    para,
    signature_block,
    verification_block,
)
from asn_desktop.pdf.model import SkpDoc, content_hash


def render_skp(doc: SkpDoc) -> Built:
    st = make_styles()
    doc_hash = content_hash(doc)
    h = doc.header

    def story(boxes: FieldBoxes) -> list[Flowable]:
        parts: list[Flowable] = [
            para("SASARAN KINERJA PEGAWAI", st.title),
            para(f"PENDEKATAN HASIL KERJA {doc.approach.upper()}", st.subtitle),
            Spacer(1, 4),
            header_band(h.agency.upper(), f"PERIODE PENILAIAN: {h.period_label.upper()}", st),
            Spacer(1, 3),
            identity_pair("PEGAWAI YANG DINILAI", doc.pegawai, "PEJABAT PENILAI KINERJA", doc.penilai, st),
            para("HASIL KERJA", st.section),
            rhk_table(doc.rhk, st, with_evaluation=False),
            para("PERILAKU KERJA", st.section),
            behaviour_table(doc.behaviour, st, with_evaluation=False),
        ]
        if doc.slots:
            parts.append(signature_block(doc.slots, h.place_date, boxes, st))
        qr = f"ASN-KINERJA|skp|{doc.pegawai.nip}|{doc.header.period_label}|v{doc.version}|{doc_hash}"
        parts.append(verification_block(doc_hash, qr, st))
        parts += [
            PageBreak(),
            para("LAMPIRAN SASARAN KINERJA PEGAWAI", st.title),
            Spacer(1, 6),
            grid_table(
                [[para(label, st.bold), para(text or "-", st.body)] for label, text in doc.lampiran],
                [WIDTH * 0.3, WIDTH * 0.7],
                header_rows=0,
            ),
        ]
        return parts

    status = "DRAF (belum disetujui)" if doc.draft else f"versi {doc.version}"
    decor = PageDecor(f"SKP {doc.pegawai.name} · NIP {doc.pegawai.nip} · {status}", doc_hash, doc.draft)
    return build(story, decor, title=f"SKP {doc.pegawai.name}", subject=h.period_label)
