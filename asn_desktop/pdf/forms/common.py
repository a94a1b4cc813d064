"""Parts the SKP and the evaluation share: the RHK table and the behaviour table."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table

from asn_desktop.pdf.layout import GROUP_BG, WIDTH, Styles, grid_table, para
from asn_desktop.pdf.model import BehaviourLine, RhkLine

_GROUPS = (("utama", "A. Utama"), ("tambahan", "B. Tambahan"))


def rhk_table(lines: tuple[RhkLine, ...], st: Styles, *, with_evaluation: bool) -> Table:
    """Hasil kerja grouped A. Utama / B. Tambahan; one row per indicator, the RHK spanning them.

    The evaluation adds two columns (realisasi, umpan balik); widths are shared out so the RHK
    text columns stay the widest in both forms.
    """
    head = [
        "NO",
        "RHK PIMPINAN YANG DIINTERVENSI",
        "RENCANA HASIL KERJA",
        "ASPEK",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
    ]
    if with_evaluation:
        head += ["REALISASI BERDASARKAN BUKTI DUKUNG", "UMPAN BALIK BERKELANJUTAN"]
        # TARGET and REALISASI hold "10.000.000 rupiah" without cutting the number.
        widths = [6, 23, 26, 16, 25, 23, 27, 34]
    else:
        widths = [7, 38, 40, 18, 45, 25]
    scale = WIDTH / (sum(widths) * mm)
    col_widths = [w * mm * scale for w in widths]
    rows: list[list[Any]] = [[para(h, st.head) for h in head]]
    extra: list[tuple[Any, ...]] = []
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
            indicators = rhk.indicators or ()
            for i, ind in enumerate(indicators or (None,)):
                cells: list[Any] = [
                    para(str(number), st.center) if i == 0 else "",
                    para(rhk.parent_text or "-", st.body) if i == 0 else "",
                    para(rhk.text, st.body) if i == 0 else "",
                    para(ind.aspect.capitalize() if ind else "-", st.body),
                    para(ind.text if ind else "-", st.body),
                    para(ind.target if ind else "-", st.body),
                ]
                if with_evaluation:
                    cells += [
                        para(ind.realisation if ind else "-", st.body),
                        para(rhk.feedback, st.body) if i == 0 else "",
                    ]
                rows.append(cells)
            last = len(rows) - 1
            if last > first:
                spans = [0, 1, 2] + ([7] if with_evaluation else [])
                extra += [("SPAN", (c, first), (c, last)) for c in spans]
    return grid_table(rows, col_widths, extra=extra)


def behaviour_table(lines: tuple[BehaviourLine, ...], st: Styles, *, with_evaluation: bool) -> Table:
    """The seven BerAKHLAK values with their guidance, the supervisor's expectation, feedback."""
    head = ["NO", "PERILAKU KERJA", "EKSPEKTASI KHUSUS PIMPINAN"]
    widths = [7, 95, 78]
    if with_evaluation:
        head.append("UMPAN BALIK BERKELANJUTAN")
        widths = [7, 80, 48, 45]
    scale = WIDTH / (sum(widths) * mm)
    rows: list[list[Any]] = [[para(h, st.head) for h in head]]
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
    return grid_table(rows, [w * mm * scale for w in widths])
