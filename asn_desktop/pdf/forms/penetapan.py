"""DOKUMEN PENETAPAN PREDIKAT KINERJA of a unit (DOMAIN.md §4): the organisation's predikat, the
distribution table against the pola distribusi, any breach, the employees' predikat, signed by
the unit's leader."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from asn_desktop.pdf.layout import (
    WIDTH,
    Built,
    FieldBoxes,
    PageDecor,
    build,
    grid_table,
    header_band,
    make_styles,
    para,
    signature_block,
    verification_block,
)
from asn_desktop.pdf.model import PenetapanDoc, content_hash


def render_penetapan(doc: PenetapanDoc) -> Built:
    st = make_styles()
    doc_hash = content_hash(doc)
    h = doc.header
    dist: list[list[Any]] = [
        [para(t, st.head) for t in ("PREDIKAT KINERJA PEGAWAI", "JUMLAH", "PERSENTASE", "POLA DISTRIBUSI")]
    ]
    dist += [
        [
            para(d.predikat, st.body),
            para(str(d.count), st.center),
            para(d.percent, st.center),
            para(d.allowed, st.body),
        ]
        for d in doc.distribution
    ]
    people: list[list[Any]] = [[para(t, st.head) for t in ("NO", "NAMA", "NIP", "JABATAN", "PREDIKAT")]]
    people += [
        [
            para(str(i), st.center),
            para(e.name, st.body),
            para(e.nip, st.body),
            para(e.jabatan, st.body),
            para(e.predikat, st.body),
        ]
        for i, e in enumerate(doc.employees, 1)
    ]
    verdict = (
        "Distribusi predikat sesuai pola distribusi."
        if not doc.breaches
        else "Distribusi predikat belum sesuai pola distribusi:\n" + "\n".join(f"• {b}" for b in doc.breaches)
    )

    def story(boxes: FieldBoxes) -> list[Flowable]:
        parts: list[Flowable] = [
            para("DOKUMEN PENETAPAN PREDIKAT KINERJA", st.title),
            para(doc.unit.upper(), st.subtitle),
            Spacer(1, 4),
            header_band(h.agency.upper(), f"PERIODE PENILAIAN: {h.period_label.upper()}", st),
            Spacer(1, 3),
            grid_table(
                [
                    [
                        para("PREDIKAT KINERJA ORGANISASI", st.bold),
                        para(doc.org_predikat or "belum ditetapkan", st.bold),
                    ]
                ],
                [WIDTH - 60 * mm, 60 * mm],
                header_rows=0,
            ),
            para("DISTRIBUSI PREDIKAT KINERJA PEGAWAI", st.section),
            grid_table(dist, [w * WIDTH / 180 for w in (50, 22, 25, 83)]),
            Spacer(1, 3),
            para(verdict, st.body),
            para("PREDIKAT KINERJA PEGAWAI", st.section),
            grid_table(people, [w * WIDTH / 180 for w in (9, 52, 36, 50, 33)]),
        ]
        if doc.slots:
            parts.append(signature_block(doc.slots, h.place_date, boxes, st))
        parts.append(
            verification_block(doc_hash, f"ASN-KINERJA|penetapan|{doc.unit}|{h.period_label}|{doc_hash}", st)
        )
        return parts

    decor = PageDecor(f"Penetapan predikat kinerja {doc.unit}", doc_hash, doc.draft)
    return build(story, decor, title=f"Penetapan Predikat Kinerja {doc.unit}", subject=h.period_label)
