"""Shared drawing parts of the forms: page frame, styles, tables, signature boxes, hash and QR.

Each form module (``forms/*``) only arranges these parts in the order of the official layout
(DOMAIN.md §5), so the look of every form — margins, fonts, grid, footer — is decided here once.

Why the pieces are built this way:

* Page numbers say "Halaman X dari Y", which needs the page count before the first page is
  written; ``_FrameCanvas`` keeps each page's drawing state and paints the footers at ``save``
  (ReportLab's usual two-pass-free recipe).
* Signature fields are *visible* and belong to the people in the closing, wherever the closing
  falls: the closing, its ``SignatureBox`` and the hash/QR block are in ``pdf.closing``.
* Documents are built with ``invariant=1`` (no random file id, no creation time): the same
  record renders to the same bytes, so re-running an archive export rewrites identical files.
* A NIP never breaks across lines (``keep_whole``: no-break spaces between its groups), and a
  section heading never sits alone at a page foot (``section``: a conditional page break).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    LayoutError,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from asn_desktop.pdf.fonts import BOLD, REGULAR, register_fonts
from asn_desktop.pdf.model import Header, Person

PAGE = A4
MARGIN = 15 * mm
WIDTH = PAGE[0] - 2 * MARGIN
GRID = colors.HexColor("#555555")
HEAD_BG = colors.HexColor("#E4E8EE")
GROUP_BG = colors.HexColor("#F3F4F6")

# Empty table cells are drawn in the table's default font (Helvetica, not embedded) unless told.
_FONT = ("FONTNAME", (0, 0), (-1, -1), REGULAR)
_SPLIT_ROWS: ContextVar[int] = ContextVar("split_rows", default=0)

# Where a visible signature goes: page index (0-based) and (x1, y1, x2, y2) in PDF points.
FieldBoxes = dict[str, tuple[int, tuple[int, int, int, int]]]


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    bold: ParagraphStyle
    small: ParagraphStyle
    head: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    section: ParagraphStyle
    center: ParagraphStyle


def make_styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=8, leading=10)
    return Styles(
        body=body,
        bold=ParagraphStyle("bold", parent=body, fontName=BOLD),
        small=ParagraphStyle("small", parent=body, fontSize=6.5, leading=8),
        head=ParagraphStyle("head", parent=body, fontName=BOLD, fontSize=7.5, leading=9, alignment=TA_CENTER),
        title=ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=12, leading=15, alignment=TA_CENTER
        ),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=9, leading=12, alignment=TA_CENTER),
        section=ParagraphStyle("section", parent=body, fontName=BOLD, fontSize=9, leading=12, spaceBefore=6),
        center=ParagraphStyle("center", parent=body, alignment=TA_CENTER),
    )


NBSP = "\u00a0"
# Room for a heading and the first rows of what follows it; less than this left on a page and the
# heading starts the next page instead of being left alone at the foot.
SECTION_ROOM = 32 * mm


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A wrapped paragraph of user text: escaped (a "<" in an RHK is text, not markup)."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def keep_whole(text: str) -> str:
    """Join a grouped number's parts with no-break spaces: "19900913 202524 2 014" stays on one line."""
    return text.replace(" ", NBSP)


def section(title: str, st: Styles) -> list[Flowable]:
    """A section heading that is never the last thing on a page."""
    return [CondPageBreak(SECTION_ROOM), para(title, st.section)]


def grid_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    header_rows: int = 1,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A ruled table whose header rows repeat on every page it spans.

    Rows are normally kept whole: ReportLab's ``splitInRow`` would cut rows that fit on the next
    page and repeat the header mid-page. Only when a single row is taller than a page (an RHK of
    several thousand characters) does ``build`` retry with rows allowed to split.
    """
    table = Table(list(rows), colWidths=list(widths), repeatRows=header_rows, splitInRow=_SPLIT_ROWS.get())
    style: list[tuple[Any, ...]] = [
        _FONT,
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        style += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_BG),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
        ]
    table.setStyle(TableStyle([*style, *extra]))
    return table


def identity_rows(person: Person | None, st: Styles) -> list[list[Paragraph]]:
    """The five rows of an identity block (an empty block prints dashes, never "None")."""
    p = person or Person("-", "-", "-", "-", "-")
    return [
        [para(label, st.body), para(value or "-", st.body)]
        for label, value in (
            ("Nama", p.name),
            (p.nip_label, keep_whole(p.nip)),
            ("Pangkat/Gol. ruang", p.pangkat),
            ("Jabatan", p.jabatan),
            ("Unit kerja", p.unit),
        )
    ]


def identity_pair(
    left_title: str, left: Person | None, right_title: str, right: Person | None, st: Styles
) -> Table:
    """Two identity blocks side by side, numbered 1–5, as on the SKP."""
    half = WIDTH / 2
    widths = [7 * mm, 28 * mm, half - 35 * mm, 7 * mm, 28 * mm, half - 35 * mm]
    head = [
        para("NO", st.head),
        para(left_title, st.head),
        "",
        para("NO", st.head),
        para(right_title, st.head),
        "",
    ]
    rows: list[list[Any]] = [head]
    for i, (lrow, rrow) in enumerate(zip(identity_rows(left, st), identity_rows(right, st), strict=True), 1):
        rows.append([para(str(i), st.center), *lrow, para(str(i), st.center), *rrow])
    return grid_table(rows, widths, extra=[("SPAN", (1, 0), (2, 0)), ("SPAN", (4, 0), (5, 0))])


def identity_stack(blocks: Sequence[tuple[str, Person | None]], st: Styles) -> Table:
    """Identity blocks one under another (the evaluation's three blocks)."""
    widths = [7 * mm, 45 * mm, WIDTH - 52 * mm]
    rows: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = []
    for title, person in blocks:
        extra += [
            ("SPAN", (1, len(rows)), (2, len(rows))),
            ("BACKGROUND", (0, len(rows)), (-1, len(rows)), HEAD_BG),
        ]
        rows.append([para("NO", st.head), para(title, st.bold), ""])
        rows += [[para(str(i), st.center), *r] for i, r in enumerate(identity_rows(person, st), 1)]
    return grid_table(rows, widths, header_rows=0, extra=extra)


def header_band(left: str, right: str, st: Styles) -> Table:
    """The band under the title: agency on the left, the period on the right.

    The columns are sized from the two texts, so the agency's name is never wrapped while there
    is room for both on one line; otherwise they are stacked, each on a full-width line.
    """
    need_left = stringWidth(left, BOLD, st.bold.fontSize) + 4
    need_right = stringWidth(right, BOLD, st.bold.fontSize) + 4
    if need_left + need_right <= WIDTH:
        left_w = max(need_left, WIDTH - need_right)
        rows, widths = [[para(left, st.bold), para(right, st.bold)]], [left_w, WIDTH - left_w]
        style = [_FONT, ("ALIGN", (1, 0), (1, 0), "RIGHT")]
    else:
        rows, widths = [[para(left, st.bold)], [para(right, st.bold)]], [WIDTH]
        style = [_FONT]
    table = Table(rows, colWidths=widths)
    table.setStyle(
        TableStyle([*style, ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    )
    return table


LOGO_HEIGHT = 16 * mm


def form_header(
    h: Header, titles: Sequence[str], st: Styles, *, band_right: str | None = None
) -> list[Flowable]:
    """Logo (when the agency set one) beside the title lines, then the instansi/periode band.

    ``titles``: the form's title first (large), then its sub-lines ("PENDEKATAN HASIL KERJA …",
    "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL", "PERIODE: TRIWULAN I 2026").
    """
    lines: list[Flowable] = [para(titles[0], st.title)] + [para(t, st.subtitle) for t in titles[1:] if t]
    parts: list[Flowable] = []
    if h.logo:
        image = Image(io.BytesIO(h.logo))
        scale = LOGO_HEIGHT / image.imageHeight
        image.drawHeight, image.drawWidth = LOGO_HEIGHT, image.imageWidth * scale
        side = min(image.drawWidth, 30 * mm) + 2 * mm
        if image.drawWidth > side - 2 * mm:
            image.drawWidth, image.drawHeight = (
                side - 2 * mm,
                (side - 2 * mm) * image.imageHeight / image.imageWidth,
            )
        table = Table([[image, lines, ""]], colWidths=[side, WIDTH - 2 * side, side])
        table.setStyle(
            TableStyle([_FONT, ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
        )
        parts.append(table)
    else:
        parts += lines
    right = (
        band_right
        if band_right is not None
        else f"PERIODE PENILAIAN: {(h.period_range or h.period_label).upper()}"
    )
    parts += [Spacer(1, 4), header_band(h.agency.upper(), right, st), Spacer(1, 3)]
    return parts


@dataclass(frozen=True)
class PageDecor:
    """What every page carries besides the story: footer text, hash, draft watermark."""

    footer: str
    doc_hash: str
    draft: bool


def _paint_page(canv: Canvas, decor: PageDecor, page: int, pages: int) -> None:
    canv.saveState()
    if decor.draft:
        canv.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.16))
        canv.setFont(BOLD, 110)
        canv.translate(PAGE[0] / 2, PAGE[1] / 2)
        canv.rotate(45)
        canv.drawCentredString(0, -35, "DRAF")
        canv.rotate(-45)
        canv.translate(-PAGE[0] / 2, -PAGE[1] / 2)
    canv.setFillColor(colors.HexColor("#444444"))
    canv.setStrokeColor(colors.HexColor("#999999"))
    canv.setLineWidth(0.4)
    canv.line(MARGIN, 11 * mm, PAGE[0] - MARGIN, 11 * mm)
    canv.setFont(REGULAR, 6.5)
    canv.drawString(MARGIN, 7.5 * mm, f"{decor.footer} · hash {decor.doc_hash[:16]}…")
    canv.drawRightString(PAGE[0] - MARGIN, 7.5 * mm, f"Halaman {page} dari {pages}")
    canv.restoreState()


def _frame_canvas(decor: PageDecor) -> Callable[..., Canvas]:
    class _FrameCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                _paint_page(self, decor, number, total)
                super().showPage()
            super().save()

    return _FrameCanvas


@dataclass
class Built:
    pdf: bytes
    boxes: FieldBoxes = field(default_factory=dict)


def build(
    make_story: Callable[[FieldBoxes], list[Flowable]], decor: PageDecor, *, title: str, subject: str
) -> Built:
    """Lay out the story on A4 pages with the footer of ``decor``; return the bytes and boxes.

    The story is made by a function so it can be made again: the first layout keeps table rows
    whole, and only if some row cannot fit on any page is it laid out again with rows split.
    """
    try:
        return _build_once(make_story, decor, title=title, subject=subject)
    except LayoutError:
        token = _SPLIT_ROWS.set(1)
        try:
            return _build_once(make_story, decor, title=title, subject=subject)
        finally:
            _SPLIT_ROWS.reset(token)


def _build_once(
    make_story: Callable[[FieldBoxes], list[Flowable]], decor: PageDecor, *, title: str, subject: str
) -> Built:
    boxes: FieldBoxes = {}
    story = make_story(boxes)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=16 * mm,
        title=title,
        subject=subject,
        author="ASN Kinerja Desktop",
        creator="ASN Kinerja Desktop",
        lang="id-ID",
        invariant=1,
        initialFontName=REGULAR,  # otherwise every page names a non-embedded Helvetica
    )
    doc.build(story, canvasmaker=_frame_canvas(decor))
    return Built(buf.getvalue(), boxes)
