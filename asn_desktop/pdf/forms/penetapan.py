"""DOKUMEN PENETAPAN PREDIKAT KINERJA of a unit (DOMAIN.md §4, §7), per period and per year: the
organisation's predikat, the distribution against the pola distribusi as a table and as the
curve, any breach and warning, every member of the unit (those not yet final marked), marked DRAF
until all are final, signed by the pimpinan yang berwenang — not the unit head rating himself."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from asn_desktop.pdf.chart import CurveChart
from asn_desktop.pdf.closing import signature_block, verification_block
from asn_desktop.pdf.layout import (
    WIDTH,
    Built,
    FieldBoxes,
    PageDecor,
    Styles,
    build,
    form_header,
    grid_table,
    keep_whole,
    make_styles,
    para,
    section,
)
from asn_desktop.pdf.model import PenetapanDoc, content_hash


def _distribution(doc: PenetapanDoc, st: Styles) -> list[Flowable]:
    heads = ("PREDIKAT KINERJA PEGAWAI", "JUMLAH", "PERSENTASE", "POLA DISTRIBUSI")
    dist: list[list[Any]] = [[para(t, st.head) for t in heads]]
    dist += [
        [
            para(d.predikat, st.body),
            para(str(d.count), st.center),
            para(d.percent, st.center),
            para(d.allowed, st.body),
        ]
        for d in doc.distribution
    ]
    parts: list[Flowable] = [grid_table(dist, [w * WIDTH / 180 for w in (50, 22, 25, 83)])]
    if doc.pola is not None and doc.pola.bars:
        parts += [Spacer(1, 3), CurveChart(doc.pola.bars, WIDTH, 44 * mm)]
    if not doc.breaches:
        verdict = "Distribusi predikat sesuai pola distribusi."
    else:
        verdict = "Distribusi predikat belum sesuai pola distribusi:\n" + "\n".join(
            f"• {b}" for b in doc.breaches
        )
    parts += [Spacer(1, 3), para(verdict, st.body)]
    if doc.warnings:
        parts.append(
            para("Perhatian (bukan pelanggaran):\n" + "\n".join(f"• {w}" for w in doc.warnings), st.body)
        )
    if doc.pending:
        parts.append(para(f"Dokumen ini masih DRAF: {doc.pending}.", st.bold))
    return parts


def _members(doc: PenetapanDoc, st: Styles) -> Flowable:
    heads = ("NO", "NAMA", "NIP / NI PPPK", "JABATAN", "PREDIKAT")
    people: list[list[Any]] = [[para(t, st.head) for t in heads]]
    for i, e in enumerate(doc.employees, 1):
        predikat = e.predikat or "-"
        if e.status:
            predikat = f"{predikat}\n({e.status})" if e.predikat else f"({e.status})"
        people.append(
            [
                para(str(i), st.center),
                para(e.name, st.body),
                para(keep_whole(e.nip), st.body),
                para(e.jabatan, st.body),
                para(predikat, st.body),
            ]
        )
    return grid_table(people, [w * WIDTH / 180 for w in (9, 50, 40, 48, 33)])


def render_penetapan(doc: PenetapanDoc) -> Built:
    st = make_styles()
    doc_hash = content_hash(doc)
    h = doc.header
    titles = ["DOKUMEN PENETAPAN PREDIKAT KINERJA", doc.unit.upper(), f"PERIODE: {h.period_label.upper()}"]

    def story(boxes: FieldBoxes) -> list[Flowable]:
        parts: list[Flowable] = [
            *form_header(h, titles, st),
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
            *section("DISTRIBUSI PREDIKAT KINERJA PEGAWAI", st),
            *_distribution(doc, st),
            *section("PREDIKAT KINERJA PEGAWAI", st),
            _members(doc, st),
            signature_block(doc.slots, h.place_date, boxes, st),
            verification_block(doc_hash, f"ASN-KINERJA|penetapan|{doc.unit}|{h.period_label}|{doc_hash}", st),
        ]
        return parts

    status = " · DRAF (belum semua final)" if doc.draft else ""
    decor = PageDecor(f"Penetapan predikat kinerja {doc.unit}{status}", doc_hash, doc.draft)
    return build(story, decor, title=f"Penetapan Predikat Kinerja {doc.unit}", subject=h.period_label)
