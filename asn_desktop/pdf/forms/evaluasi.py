"""EVALUASI KINERJA PEGAWAI, periodic and annual (DOMAIN.md §3, §5, §7): the title with its
approach, audience and real period; three identity blocks; capaian kinerja organisasi and the
pola distribusi; hasil kerja with realisation (the year's figure against the target on the
annual form) and feedback, the rating; perilaku kerja with feedback, the rating; the predikat;
a keberatan and its decision; the closing of the pejabat penilai and the pegawai."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from asn_desktop.pdf.closing import signature_block, verification_block
from asn_desktop.pdf.forms.common import behaviour_table, objection_block, pola_block, result_row, rhk_table
from asn_desktop.pdf.layout import (
    GROUP_BG,
    WIDTH,
    Built,
    FieldBoxes,
    PageDecor,
    build,
    form_header,
    grid_table,
    identity_stack,
    make_styles,
    para,
    section,
)
from asn_desktop.pdf.model import EvaluasiAppendix, EvaluasiDoc, content_hash


def _appendix(appendix: EvaluasiAppendix, st: Any) -> list[Flowable]:
    """LAMPIRAN: the 360° summary (inputs the supervisor saw, never the rating itself) and the
    follow-up plan decided from the predikat."""
    parts: list[Flowable] = [
        PageBreak(),
        para("LAMPIRAN EVALUASI KINERJA PEGAWAI", st.title),
        para("A. RINGKASAN UMPAN BALIK 360°", st.section),
        para(appendix.round_note, st.body),
    ]
    if appendix.feedback:
        head = ["NO", "ASPEK", "LEVEL JABATAN", "DIRI", "ATASAN", "REKAN KERJA"]
        rows: list[list[Any]] = [[para(h, st.head) for h in head]]
        group = ""
        extra: list[tuple[Any, ...]] = []
        for number, line in enumerate(appendix.feedback, 1):
            if line.group != group:
                group = line.group
                extra.append(("SPAN", (0, len(rows)), (-1, len(rows))))
                extra.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), GROUP_BG))
                rows.append([para(group.upper(), st.bold), "", "", "", "", ""])
            rows.append(
                [
                    para(str(number), st.center),
                    para(line.label, st.body),
                    para(line.required or "-", st.center),
                    para(line.self_score or "-", st.center),
                    para(line.supervisor or "-", st.center),
                    para(line.peers or "-", st.center),
                ]
            )
        widths = [8, 72, 22, 18, 18, 42]
        scale = WIDTH / (sum(widths) * mm)
        parts.append(grid_table(rows, [w * mm * scale for w in widths], extra=extra))
    parts.append(para("B. RENCANA TINDAK LANJUT", st.section))
    if not appendix.follow_ups:
        parts.append(para("Belum ada tindak lanjut yang dicatat.", st.body))
        return parts
    head = ["NO", "JENIS", "TINDAK LANJUT", "STATUS", "TENGGAT", "SESI / HASIL"]
    rows = [[para(h, st.head) for h in head]]
    for number, fu in enumerate(appendix.follow_ups, 1):
        what = fu.title + (f"\nSasaran: {fu.goal}" if fu.goal else "")
        done = "\n".join(fu.sessions) + (f"\nHasil: {fu.outcome}" if fu.outcome else "")
        rows.append(
            [
                para(str(number), st.center),
                para(fu.kind, st.body),
                para(what, st.body),
                para(fu.status, st.body),
                para(fu.due or "-", st.body),
                para(done.strip() or "-", st.body),
            ]
        )
    widths = [8, 25, 62, 20, 24, 41]
    scale = WIDTH / (sum(widths) * mm)
    parts.append(grid_table(rows, [w * mm * scale for w in widths]))
    return parts


def _titles(doc: EvaluasiDoc) -> list[str]:
    period = doc.header.period_label.upper()
    return [
        "EVALUASI KINERJA PEGAWAI",
        f"PENDEKATAN HASIL KERJA {doc.approach.upper()}",
        doc.audience,
        f"PERIODE: {period}",
    ]


def render_evaluasi(doc: EvaluasiDoc) -> Built:
    st = make_styles()
    doc_hash = content_hash(doc)
    h = doc.header

    def story(boxes: FieldBoxes) -> list[Flowable]:
        parts: list[Flowable] = [
            *form_header(h, _titles(doc), st),
            identity_stack(
                [
                    ("PEGAWAI YANG DINILAI", doc.pegawai),
                    ("PEJABAT PENILAI KINERJA", doc.penilai),
                    ("ATASAN PEJABAT PENILAI KINERJA", doc.atasan_penilai),
                ],
                st,
            ),
            *pola_block(doc.pola, st),
            *section("HASIL KERJA", st),
            rhk_table(doc.rhk, st, with_evaluation=True, approach=doc.approach),
            result_row("RATING HASIL KERJA", doc.rating_hasil, st),
            *section("PERILAKU KERJA", st),
            behaviour_table(doc.behaviour, st, with_evaluation=True),
            result_row("RATING PERILAKU KERJA", doc.rating_perilaku, st),
            Spacer(1, 4),
            result_row("PREDIKAT KINERJA PEGAWAI", doc.predikat, st),
        ]
        if doc.notes:
            parts += [Spacer(1, 3), para(f"Catatan pejabat penilai: {doc.notes}", st.body)]
        parts += objection_block(doc.objection, doc.version_note, st)
        parts.append(signature_block(doc.slots, h.place_date, boxes, st))
        qr = f"ASN-KINERJA|evaluasi|{doc.pegawai.nip}|{h.period_label}|{doc_hash}"
        parts.append(verification_block(doc_hash, qr, st))
        if doc.appendix is not None:
            parts += _appendix(doc.appendix, st)
        return parts

    status = " · DRAF (belum final)" if doc.draft else ""
    decor = PageDecor(
        f"Evaluasi kinerja {doc.pegawai.name} · {doc.pegawai.nip_label} {doc.pegawai.nip}{status}",
        doc_hash,
        doc.draft,
    )
    return build(story, decor, title=f"Evaluasi Kinerja {doc.pegawai.name}", subject=h.period_label)
