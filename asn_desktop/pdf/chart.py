"""The pola distribusi drawn as a small chart: allowed range per predikat, and the unit's shares.

Drawn with canvas primitives in the embedded font (``reportlab.graphics`` would set the
non-embedded Helvetica on the drawing, see ``layout.QrCode``). For each predikat a pale band
spans the share the rules allow; a dark bar shows the share the unit has, when counted (the
penetapan), so a breach is visible at a glance: the bar leaves its band.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from asn_desktop.pdf.fonts import REGULAR
from asn_desktop.pdf.model import CurveBar

BAND = colors.HexColor("#D6E4F0")
BAR = colors.HexColor("#2F5D8A")
OVER = colors.HexColor("#B03A2E")
AXIS = colors.HexColor("#666666")
_LABEL_ROOM = 9 * mm
_AXIS_ROOM = 9 * mm


class CurveChart(Flowable):  # type: ignore[misc]
    """Bars over the predikat, 0–100 % tall, with the allowed band behind each."""

    def __init__(self, bars: tuple[CurveBar, ...], width: float, height: float = 42 * mm) -> None:
        super().__init__()
        self.bars, self.width, self.height = bars, width, height
        self.total = sum(b.count or 0 for b in bars)

    def _axis(self, plot_h: float) -> None:
        canv = self.canv
        canv.setStrokeColor(AXIS)
        canv.setFillColor(AXIS)
        canv.setLineWidth(0.4)
        canv.setFont(REGULAR, 6)
        for pct in (0, 50, 100):
            y = _LABEL_ROOM + plot_h * pct / 100
            canv.line(_AXIS_ROOM - 1 * mm, y, self.width, y)
            canv.drawRightString(_AXIS_ROOM - 1.5 * mm, y - 2, f"{pct} %")

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        plot_h = self.height - _LABEL_ROOM - 3 * mm
        slot = (self.width - _AXIS_ROOM) / max(len(self.bars), 1)
        self._axis(plot_h)
        for i, bar in enumerate(self.bars):
            x = _AXIS_ROOM + i * slot + slot * 0.2
            w = slot * 0.6
            low, high = (
                _LABEL_ROOM + plot_h * bar.low_percent / 100,
                _LABEL_ROOM + plot_h * bar.high_percent / 100,
            )
            canv.setFillColor(BAND)
            canv.rect(x - slot * 0.1, low, w + slot * 0.2, max(high - low, 0.6), stroke=0, fill=1)
            if bar.count is not None and self.total:
                share = bar.count * 100 / self.total
                inside = bar.low_percent <= share <= bar.high_percent
                canv.setFillColor(BAR if inside else OVER)
                canv.rect(x + w * 0.2, _LABEL_ROOM, w * 0.6, plot_h * share / 100, stroke=0, fill=1)
                canv.setFont(REGULAR, 6)
                canv.drawCentredString(x + w / 2, _LABEL_ROOM + plot_h * share / 100 + 1.5, str(bar.count))
            canv.setFillColor(colors.black)
            canv.setFont(REGULAR, 6)
            words = bar.predikat.replace("/", "/ ").split()
            half = (len(words) + 1) // 2
            for row, text in enumerate((" ".join(words[:half]), " ".join(words[half:]))):
                canv.drawCentredString(x + w / 2, _LABEL_ROOM - (row + 1) * 3.2 * mm + 1 * mm, text)
        canv.restoreState()
