"""SASARAN KINERJA PEGAWAI (DOMAIN.md §2, §7): header, two identity blocks, hasil kerja, perilaku
kerja, the closing of both signers, then the Lampiran SKP on its own page — with the instansi and
periode header, numbered lists, and the same closing again for the signatures on paper."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from asn_desktop.pdf.closing import signature_block, verification_block
from asn_desktop.pdf.forms.common import behaviour_table, rhk_table
from asn_desktop.pdf.layout import (
    WIDTH,
    Built,
    FieldBoxes,
    PageDecor,
    Styles,
    build,
    form_header,
    grid_table,
    identity_pair,
    make_styles,
    para,
    section,
)
from asn_desktop.pdf.model import SkpDoc, content_hash


def _lampiran(doc: SkpDoc, st: Styles) -> list[Flowable]:
    rows: list[list[Any]] = []
    for number, (heading, items) in enumerate(doc.lampiran, 1):
        listed = "\n".join(f"{i}. {item}" for i, item in enumerate(items, 1)) or "-"
        rows.append([para(f"{number}.", st.center), para(heading.upper(), st.bold), para(listed, st.body)])
    return [grid_table(rows, [8 * mm, 50 * mm, WIDTH - 58 * mm], header_rows=0)]


def render_skp(doc: SkpDoc) -> Built:
    st = make_styles()
    doc_hash = content_hash(doc)
    h = doc.header
    titles = ["SASARAN KINERJA PEGAWAI", f"PENDEKATAN HASIL KERJA {doc.approach.upper()}", doc.audience]

    def story(boxes: FieldBoxes) -> list[Flowable]:
        parts: list[Flowable] = [
            *form_header(h, titles, st),
            identity_pair("PEGAWAI YANG DINILAI", doc.pegawai, "PEJABAT PENILAI KINERJA", doc.penilai, st),
            *section("HASIL KERJA", st),
            rhk_table(doc.rhk, st, with_evaluation=False, approach=doc.approach),
            *section("PERILAKU KERJA", st),
            behaviour_table(doc.behaviour, st, with_evaluation=False),
            signature_block(doc.slots, h.place_date, boxes, st),
        ]
        qr = f"ASN-KINERJA|skp|{doc.pegawai.nip}|{doc.header.period_label}|v{doc.version}|{doc_hash}"
        parts.append(verification_block(doc_hash, qr, st))
        parts += [
            PageBreak(),
            *form_header(h, ["LAMPIRAN SASARAN KINERJA PEGAWAI", *titles[1:]], st),
            *_lampiran(doc, st),
            signature_block(doc.slots, h.place_date, None, st),
        ]
        return parts

    status = "DRAF (belum disetujui)" if doc.draft else f"versi {doc.version}"
    footer = f"SKP {doc.pegawai.name} · {doc.pegawai.nip_label} {doc.pegawai.nip} · {status}"
    return build(
        story, PageDecor(footer, doc_hash, doc.draft), title=f"SKP {doc.pegawai.name}", subject=h.period_label
    )
