"""MATRIKS PEMBAGIAN PERAN DAN HASIL: the leader's identity, then one row per pegawai who takes
one of his RHK (the RHK cell spans its pegawai), with the role and the expected result, and the
closing for the leader's signature."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from asn_desktop.pdf.closing import signature_block, verification_block
from asn_desktop.pdf.layout import (
    WIDTH,
    Built,
    FieldBoxes,
    PageDecor,
    build,
    form_header,
    grid_table,
    identity_stack,
    keep_whole,
    make_styles,
    para,
    section,
)
from asn_desktop.pdf.model import MatrixDoc, content_hash

HEADS = ("NO", "HASIL KERJA (RHK) PIMPINAN", "PEGAWAI", "PERAN", "HASIL KERJA YANG DIHARAPKAN")
WIDTHS = (8, 44, 56, 31, 41)


def _spans(doc: MatrixDoc) -> list[tuple[Any, ...]]:
    """The NO and RHK cells of one RHK span the rows of its pegawai."""
    extra: list[tuple[Any, ...]] = []
    start = 1
    for i in range(1, len(doc.lines) + 1):
        last = i == len(doc.lines) or doc.lines[i].number != doc.lines[i - 1].number
        if last:
            if i > start:
                extra += [("SPAN", (0, start), (0, i)), ("SPAN", (1, start), (1, i))]
            start = i + 1
    return extra


def render_matriks(doc: MatrixDoc) -> Built:
    st = make_styles()
    doc_hash = content_hash(doc)
    h = doc.header
    rows: list[list[Any]] = [[para(t, st.head) for t in HEADS]]
    rows.append([para(f"({n})", st.center) for n in range(1, len(HEADS) + 1)])
    for line in doc.lines:
        who = f"{line.name}\n{keep_whole(line.nip)}" if line.nip else line.name
        rows.append(
            [
                para(line.number, st.center),
                para(line.result, st.body),
                para(who, st.body),
                para(line.role, st.body),
                para(line.hasil or "-", st.body),
            ]
        )
    spans = [(kind, (c0, r0 + 1), (c1, r1 + 1)) for kind, (c0, r0), (c1, r1) in _spans(doc)]
    table = grid_table(rows, [w * WIDTH / sum(WIDTHS) for w in WIDTHS], header_rows=2, extra=spans)

    def story(boxes: FieldBoxes) -> list[Flowable]:
        return [
            *form_header(
                h,
                ["MATRIKS PEMBAGIAN PERAN DAN HASIL", f"TAHUN {doc.year}"],
                st,
            ),
            identity_stack([("PIMPINAN", doc.pimpinan)], st),
            *section("PEMBAGIAN PERAN DAN HASIL", st),
            table,
            signature_block(doc.slots, h.place_date, boxes, st),
            verification_block(doc_hash, f"ASN-KINERJA|matriks|{doc.pimpinan.nip}|{doc.year}|{doc_hash}", st),
        ]

    footer = (
        f"Matriks pembagian peran dan hasil {doc.pimpinan.name} · {doc.pimpinan.nip_label} {doc.pimpinan.nip}"
    )
    return build(
        story,
        PageDecor(footer, doc_hash, doc.draft),
        title=f"Matriks Pembagian Peran dan Hasil {doc.pimpinan.name}",
        subject=f"Tahun {doc.year}",
    )
