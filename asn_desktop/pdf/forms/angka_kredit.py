"""KONVERSI PREDIKAT KINERJA KE ANGKA KREDIT (Peraturan BKN 3/2023), printed on request: the
holder's identity, one row per period (months, predikat, percentage, koefisien, angka kredit),
the year's total, and the closing of the pejabat penilai."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from asn_desktop.pdf.closing import signature_block, verification_block
from asn_desktop.pdf.layout import (
    WIDTH,
    Built,
    FieldBoxes,
    PageDecor,
    build,
    form_header,
    grid_table,
    identity_pair,
    make_styles,
    para,
    section,
)
from asn_desktop.pdf.model import AngkaKreditDoc, content_hash


def render_angka_kredit(doc: AngkaKreditDoc) -> Built:
    st = make_styles()
    doc_hash = content_hash(doc)
    h = doc.header
    heads = ("NO", "PERIODE", "BULAN", "PREDIKAT KINERJA", "PERSENTASE", "KOEFISIEN", "ANGKA KREDIT")
    rows: list[list[Any]] = [[para(t, st.head) for t in heads]]
    for i, line in enumerate(doc.lines, 1):
        cells = (str(i), line.period, line.months, line.predikat, line.percent, line.koefisien, line.value)
        rows.append([para(c, st.center if n != 1 else st.body) for n, c in enumerate(cells)])
    rows.append(["", para("JUMLAH", st.bold), "", "", "", "", para(doc.total, st.bold)])
    table = grid_table(
        rows, [w * WIDTH / 180 for w in (9, 45, 16, 36, 25, 22, 27)], extra=[("SPAN", (1, -1), (5, -1))]
    )

    def story(boxes: FieldBoxes) -> list[Flowable]:
        parts: list[Flowable] = [
            *form_header(
                h,
                [
                    "KONVERSI PREDIKAT KINERJA KE ANGKA KREDIT",
                    f"JENJANG {doc.jenjang.upper()}",
                    f"TAHUN {doc.year}",
                ],
                st,
            ),
            identity_pair("PEGAWAI YANG DINILAI", doc.pegawai, "PEJABAT PENILAI KINERJA", doc.penilai, st),
            *section("ANGKA KREDIT", st),
            table,
            Spacer(1, 3 * mm),
            para("Angka kredit = (bulan ÷ 12) × koefisien jenjang × persentase predikat kinerja.", st.small),
        ]
        if doc.note:
            parts.append(para(doc.note, st.body))
        parts.append(signature_block(doc.slots, h.place_date, boxes, st))
        parts.append(
            verification_block(
                doc_hash, f"ASN-KINERJA|angka_kredit|{doc.pegawai.nip}|{h.period_label}|{doc_hash}", st
            )
        )
        return parts

    footer = f"Angka kredit {doc.pegawai.name} · {doc.pegawai.nip_label} {doc.pegawai.nip}"
    return build(
        story,
        PageDecor(footer, doc_hash, doc.draft),
        title=f"Angka Kredit {doc.pegawai.name}",
        subject=h.period_label,
    )
