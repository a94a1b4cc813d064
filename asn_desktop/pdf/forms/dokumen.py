"""DOKUMEN EVALUASI KINERJA PEGAWAI (DOMAIN.md §5, §7), per period and annual, on one page:
title and PERIODE; instansi; periode penilaian; 1 Pegawai yang Dinilai, 2 Pejabat Penilai
Kinerja, 3 Atasan Pejabat Penilai Kinerja; 4 Evaluasi Kinerja (capaian kinerja organisasi,
predikat kinerja pegawai); 5 catatan/rekomendasi; place and date; signed by the pegawai and the
pejabat penilai. A second page shows the unit's pola distribusi."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from asn_desktop.pdf.closing import signature_block, verification_block
from asn_desktop.pdf.forms.common import objection_block, pola_block
from asn_desktop.pdf.layout import (
    HEAD_BG,
    WIDTH,
    Built,
    FieldBoxes,
    PageDecor,
    Styles,
    build,
    form_header,
    grid_table,
    identity_rows,
    make_styles,
    para,
)
from asn_desktop.pdf.model import DokumenDoc, Person, content_hash

_NO, _LABEL = 8 * mm, 55 * mm


def _block(number: str, title: str, rows: list[list[Any]], st: Styles) -> list[list[Any]]:
    return [[para(number, st.center), para(title, st.bold), ""], *rows]


def _person(number: str, title: str, person: Person | None, st: Styles) -> list[list[Any]]:
    return _block(number, title, [["", *r] for r in identity_rows(person, st)], st)


def _body(doc: DokumenDoc, st: Styles) -> Flowable:
    h = doc.header
    rows: list[list[Any]] = [
        [para("", st.body), para("INSTANSI", st.bold), para(h.agency, st.body)],
        [
            para("", st.body),
            para("PERIODE PENILAIAN", st.bold),
            para(h.period_range or h.period_label, st.body),
        ],
    ]
    heads = [len(rows)]
    rows += _person("1", "PEGAWAI YANG DINILAI", doc.pegawai, st)
    heads.append(len(rows))
    rows += _person("2", "PEJABAT PENILAI KINERJA", doc.penilai, st)
    heads.append(len(rows))
    rows += _person("3", "ATASAN PEJABAT PENILAI KINERJA", doc.atasan_penilai, st)
    heads.append(len(rows))
    evaluation = [
        [
            "",
            para("Capaian Kinerja Organisasi", st.body),
            para(doc.org_predikat or "belum ditetapkan", st.bold),
        ],
        ["", para("Predikat Kinerja Pegawai", st.body), para(doc.predikat or "-", st.bold)],
    ]
    rows += _block("4", "EVALUASI KINERJA", evaluation, st)
    heads.append(len(rows))
    rows += _block("5", "CATATAN/REKOMENDASI", [["", para(doc.notes or "-", st.body), ""]], st)
    extra: list[tuple[Any, ...]] = []
    for r in heads:
        extra += [("SPAN", (1, r), (2, r)), ("BACKGROUND", (0, r), (-1, r), HEAD_BG)]
    extra.append(("SPAN", (1, len(rows) - 1), (2, len(rows) - 1)))
    return grid_table(rows, [_NO, _LABEL, WIDTH - _NO - _LABEL], header_rows=0, extra=extra)


def render_dokumen(doc: DokumenDoc) -> Built:
    st = make_styles()
    doc_hash = content_hash(doc)
    h = doc.header
    titles = ["DOKUMEN EVALUASI KINERJA PEGAWAI", f"PERIODE: {h.period_label.upper()}"]

    def story(boxes: FieldBoxes) -> list[Flowable]:
        parts: list[Flowable] = [
            *form_header(h, titles, st),
            _body(doc, st),
            *objection_block(doc.objection, "", st),
            signature_block(doc.slots, h.place_date, boxes, st),
            verification_block(
                doc_hash, f"ASN-KINERJA|dokumen|{doc.pegawai.nip}|{h.period_label}|{doc_hash}", st
            ),
        ]
        if doc.pola is not None:
            parts += [
                PageBreak(),
                *form_header(h, ["POLA DISTRIBUSI PREDIKAT KINERJA", h.period_label.upper()], st),
            ]
            parts += pola_block(doc.pola, st)
        return parts

    status = " · DRAF (belum final)" if doc.draft else ""
    footer = (
        f"Dokumen evaluasi kinerja {doc.pegawai.name} · {doc.pegawai.nip_label} {doc.pegawai.nip}{status}"
    )
    title = f"Dokumen Evaluasi Kinerja {doc.pegawai.name}"
    return build(story, PageDecor(footer, doc_hash, doc.draft), title=title, subject=h.period_label)
