"""Parts the forms share: the RHK table, the behaviour table, the pola distribusi, the keberatan.

Tables follow the Lampiran of PermenPANRB 6/2022: a numbered column row ("(1) (2) …") under the
header, repeated with it on every page; the feedback column is *Umpan Balik Berkelanjutan
Berdasarkan Bukti Dukung*; in the *kualitatif* approach the target is text and the ASPEK column
is left out.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from asn_desktop.pdf.chart import CurveChart
from asn_desktop.pdf.layout import GROUP_BG, HEAD_BG, WIDTH, Styles, grid_table, para, section
from asn_desktop.pdf.model import BehaviourLine, IndicatorLine, ObjectionLine, PolaDistribusi, RhkLine

_GROUPS = (("utama", "A. Utama"), ("tambahan", "B. Tambahan"))
FEEDBACK_HEAD = "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG"
KUALITATIF = "kualitatif"


def _numbered_header(head: list[str], st: Styles) -> list[list[Any]]:
    """The header row and, under it, the column numbers the official tables carry."""
    return [[para(h, st.head) for h in head], [para(f"({i})", st.head) for i in range(1, len(head) + 1)]]


def _columns(*, evaluation: bool, aspect: bool) -> tuple[list[str], list[float]]:
    head = ["NO", "RHK PIMPINAN YANG DIINTERVENSI", "RENCANA HASIL KERJA"]
    # Widths keep the long Indonesian words whole ("Terdokumentasinya", "Kuantitas") and TARGET and
    # REALISASI hold "10.000.000 rupiah" and its capaian without cutting the number.
    widths: list[float] = [8, 27, 33] if evaluation else [8, 40, 44]
    if aspect:
        head.append("ASPEK")
        widths.append(18 if evaluation else 19)
    head += ["INDIKATOR KINERJA INDIVIDU", "TARGET"]
    widths += [23, 24] if evaluation else [41, 30]
    if evaluation:
        head += ["REALISASI BERDASARKAN BUKTI DUKUNG", FEEDBACK_HEAD]
        widths += [26, 31]
    return head, widths


def _indicator_cells(ind: IndicatorLine | None, st: Styles, *, evaluation: bool, aspect: bool) -> list[Any]:
    cells: list[Any] = []
    if aspect:
        cells.append(para(ind.aspect.capitalize() if ind else "-", st.body))
    cells += [para(ind.text if ind else "-", st.body), para(ind.target if ind else "-", st.body)]
    if evaluation:
        realised = (ind.realisation + (f"\n({ind.achievement})" if ind.achievement else "")) if ind else "-"
        cells.append(para(realised or "-", st.body))
    return cells


def rhk_table(lines: tuple[RhkLine, ...], st: Styles, *, with_evaluation: bool, approach: str) -> Table:
    """Hasil kerja grouped A. Utama / B. Tambahan; one row per indicator, the RHK spanning them."""
    aspect = approach != KUALITATIF
    head, widths = _columns(evaluation=with_evaluation, aspect=aspect)
    scale = WIDTH / (sum(widths) * mm)
    col_widths = [w * mm * scale for w in widths]
    rows: list[list[Any]] = _numbered_header(head, st)
    extra: list[tuple[Any, ...]] = [("BACKGROUND", (0, 1), (-1, 1), HEAD_BG)]
    feedback_col = len(head) - 1
    for kind, title in _GROUPS:
        extra += [
            ("SPAN", (0, len(rows)), (-1, len(rows))),
            ("BACKGROUND", (0, len(rows)), (-1, len(rows)), GROUP_BG),
        ]
        rows.append([para(title, st.bold)] + [""] * (len(head) - 1))
        group = [r for r in lines if r.kind == kind]
        if not group:
            extra.append(("SPAN", (0, len(rows)), (-1, len(rows))))
            rows.append([para("Tidak ada.", st.body)] + [""] * (len(head) - 1))
        for number, rhk in enumerate(group, 1):
            first = len(rows)
            for i, ind in enumerate(rhk.indicators or (None,)):
                cells: list[Any] = [
                    para(str(number), st.center) if i == 0 else "",
                    para(rhk.parent_text or "-", st.body) if i == 0 else "",
                    para(rhk.text, st.body) if i == 0 else "",
                    *_indicator_cells(ind, st, evaluation=with_evaluation, aspect=aspect),
                ]
                if with_evaluation:
                    cells.append(para(rhk.feedback or "-", st.body) if i == 0 else "")
                rows.append(cells)
            last = len(rows) - 1
            if last > first:
                spans = [0, 1, 2] + ([feedback_col] if with_evaluation else [])
                extra += [("SPAN", (c, first), (c, last)) for c in spans]
    return grid_table(rows, col_widths, header_rows=2, extra=extra)


def behaviour_table(lines: tuple[BehaviourLine, ...], st: Styles, *, with_evaluation: bool) -> Table:
    """The seven BerAKHLAK values with their guidance, the supervisor's expectation, feedback."""
    head = ["NO", "PERILAKU KERJA", "EKSPEKTASI KHUSUS PIMPINAN"]
    widths = [7, 95, 78]
    if with_evaluation:
        head.append(FEEDBACK_HEAD)
        widths = [7, 78, 45, 50]
    scale = WIDTH / (sum(widths) * mm)
    rows: list[list[Any]] = _numbered_header(head, st)
    for number, line in enumerate(lines, 1):
        guidance = "".join(f"<br/>• {escape(g)}" for g in line.guidance)
        cells: list[Any] = [
            para(str(number), st.center),
            Paragraph(f"<b>{escape(line.label)}</b>{guidance}", st.body),
            para(line.expectation or "-", st.body),
        ]
        if with_evaluation:
            cells.append(para(line.feedback or "-", st.body))
        rows.append(cells)
    return grid_table(
        rows,
        [w * mm * scale for w in widths],
        header_rows=2,
        extra=[("BACKGROUND", (0, 1), (-1, 1), HEAD_BG)],
    )


def result_row(label: str, value: str, st: Styles) -> Flowable:
    """A bold label and its value in a two-cell ruled row (ratings, predikat)."""
    return grid_table(
        [[para(label, st.bold), para(value or "-", st.bold)]], [WIDTH - 60 * mm, 60 * mm], header_rows=0
    )


def pola_block(pola: PolaDistribusi | None, st: Styles, *, chart: bool = True) -> list[Flowable]:
    """CAPAIAN KINERJA ORGANISASI and the POLA DISTRIBUSI it imposes (rules and the curve)."""
    org = pola.org_predikat if pola and pola.org_predikat else "belum ditetapkan"
    rules = "\n".join(f"• {r}" for r in pola.rules) if pola and pola.rules else "-"
    if pola and pola.note:
        rules += f"\n{pola.note}"
    cell: list[Flowable] = [para(rules, st.body)]
    if chart and pola and pola.bars:
        cell += [Spacer(1, 2), CurveChart(pola.bars, WIDTH - 60 * mm - 8, 34 * mm)]
    table = grid_table(
        [
            [para("CAPAIAN KINERJA ORGANISASI", st.bold), para(org, st.bold)],
            [para("POLA DISTRIBUSI", st.bold), cell],
        ],
        [60 * mm, WIDTH - 60 * mm],
        header_rows=0,
    )
    return [Spacer(1, 3), table]


def objection_block(objection: ObjectionLine | None, version_note: str, st: Styles) -> list[Flowable]:
    """KEBERATAN: what the pegawai objected to and the atasan pejabat penilai's final decision."""
    if objection is None:
        return [para(version_note, st.body)] if version_note else []
    rows = [
        ["Diajukan", objection.filed_on],
        ["Alasan keberatan", objection.text],
        ["Diputus oleh atasan pejabat penilai", f"{objection.decider}, {objection.decided_on}"],
        ["Keputusan (final)", objection.decision],
        ["Hasil", objection.outcome],
    ]
    parts: list[Flowable] = [*section("KEBERATAN", st)]
    parts.append(
        grid_table(
            [[para(a, st.bold), para(b or "-", st.body)] for a, b in rows],
            [60 * mm, WIDTH - 60 * mm],
            header_rows=0,
        )
    )
    if version_note:
        parts.append(para(version_note, st.body))
    return parts
