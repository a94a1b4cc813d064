"""EVALUASI KINERJA PEGAWAI, periodic and annual (DOMAIN.md §3, §5): three identity blocks,
hasil kerja with realisation and feedback, the rating, perilaku kerja with feedback, the
rating, the predikat, and the closing signed by the pejabat penilai and the pegawai."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from asn_desktop.pdf.forms.common import behaviour_table, rhk_table
from asn_desktop.pdf.layout import (
    WIDTH,
    Built,
    FieldBoxes,
    PageDecor,
    build,
    grid_table,
    header_band,
    identity_stack,
    make_styles,
    para,
    signature_block,
    verification_block,
)
from asn_desktop.pdf.model import EvaluasiDoc, content_hash


def _result_row(label: str, value: str, st: Any) -> Flowable:
    return grid_table(
        [[para(label, st.bold), para(value or "-", st.bold)]], [WIDTH - 60 * mm, 60 * mm], header_rows=0
    )


def render_evaluasi(doc: EvaluasiDoc) -> Built:
    st = make_styles()
    doc_hash = content_hash(doc)
    h = doc.header
    kind = "PERIODIK" if doc.periodic else "TAHUNAN"

    def story(boxes: FieldBoxes) -> list[Flowable]:
        parts: list[Flowable] = [
            para("EVALUASI KINERJA PEGAWAI", st.title),
            para(f"PERIODE: {kind}", st.subtitle),
            Spacer(1, 4),
            header_band(h.agency.upper(), f"PERIODE PENILAIAN: {h.period_label.upper()}", st),
            Spacer(1, 3),
            identity_stack(
                [
                    ("PEGAWAI YANG DINILAI", doc.pegawai),
                    ("PEJABAT PENILAI KINERJA", doc.penilai),
                    ("ATASAN PEJABAT PENILAI KINERJA", doc.atasan_penilai),
                ],
                st,
            ),
            para("HASIL KERJA", st.section),
            rhk_table(doc.rhk, st, with_evaluation=True),
            _result_row("RATING HASIL KERJA", doc.rating_hasil, st),
            para("PERILAKU KERJA", st.section),
            behaviour_table(doc.behaviour, st, with_evaluation=True),
            _result_row("RATING PERILAKU KERJA", doc.rating_perilaku, st),
            Spacer(1, 4),
            _result_row("PREDIKAT KINERJA PEGAWAI", doc.predikat, st),
        ]
        if doc.notes:
            parts += [Spacer(1, 3), para(f"Catatan pejabat penilai: {doc.notes}", st.body)]
        if doc.slots:
            parts.append(signature_block(doc.slots, h.place_date, boxes, st))
        qr = f"ASN-KINERJA|evaluasi|{doc.pegawai.nip}|{h.period_label}|{doc_hash}"
        parts.append(verification_block(doc_hash, qr, st))
        return parts

    status = " · DRAF (belum final)" if doc.draft else ""
    decor = PageDecor(
        f"Evaluasi kinerja {doc.pegawai.name} · NIP {doc.pegawai.nip}{status}", doc_hash, doc.draft
    )
    return build(story, decor, title=f"Evaluasi Kinerja {doc.pegawai.name}", subject=h.period_label)
