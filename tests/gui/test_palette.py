"""Finding 12 of issue 12: on a dark desktop the text that means something stays readable, and the
preview and the charts are dark too; switching the desktop while the app runs follows along."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from asn_desktop.services import assessment as asm
from tests.gui.test_navigation import contrast
from ui.main_window import MainWindow
from ui.views.unit_view import UnitPage
from ui.widgets.form_dialog import FormDialog
from ui.widgets.tone import Tone, colour, set_tone

R = QPalette.ColorRole


def dark_palette() -> QPalette:
    """What a dark desktop hands to Fusion (the colours of a common dark theme)."""
    pal = QPalette()
    for role, value in (
        (R.Window, "#2b2b2b"),
        (R.WindowText, "#e8e8e8"),
        (R.Base, "#1f1f1f"),
        (R.AlternateBase, "#2b2b2b"),
        (R.Text, "#e8e8e8"),
        (R.Button, "#3a3a3a"),
        (R.ButtonText, "#e8e8e8"),
        (R.Highlight, "#3d7bd9"),
        (R.HighlightedText, "#ffffff"),
        (R.PlaceholderText, "#9a9a9a"),
        (R.Mid, "#5a5a5a"),
        (R.Midlight, "#454545"),
        (R.ToolTipBase, "#3a3a3a"),
        (R.ToolTipText, "#e8e8e8"),
    ):
        pal.setColor(role, QColor(value))
    return pal


@pytest.fixture
def dark(qapp) -> Iterator[QPalette]:
    before = QPalette(qapp.palette())
    qapp.setPalette(dark_palette())
    yield qapp.palette()
    qapp.setPalette(before)


def rgb(c: QColor) -> int:
    return c.rgb() & 0xFFFFFF


def test_meaningful_text_is_readable_on_both_desktops(qtbot, qapp, dark) -> None:
    window = dark.color(R.Window)
    for tone in (Tone.ERROR, Tone.OK, Tone.WARNING, Tone.MUTED):
        assert contrast(rgb(colour(tone)), rgb(window)) >= 4.5, tone
    light = qapp.style().standardPalette()
    for tone in (Tone.ERROR, Tone.OK, Tone.WARNING, Tone.MUTED):
        assert contrast(rgb(colour(tone, light)), rgb(light.color(R.Window))) >= 4.5, tone
    dialog = FormDialog("Uji")
    qtbot.addWidget(dialog)
    shown = dialog.message.palette().color(R.WindowText)
    assert contrast(rgb(shown), rgb(window)) >= 4.5, "the core's refusal is readable in a dark dialog"


def test_preview_and_charts_are_dark_on_a_dark_desktop(qtbot, realisation_page, dark) -> None:
    page, _ = realisation_page
    preview = page.evidence.preview
    image = preview.grab().toImage()
    assert QColor(image.pixel(image.width() // 2, 5)).lightness() < 100, "no white box"
    from ui.views.my_performance import MyPerformancePage

    mine = MyPerformancePage(page.ctx)
    qtbot.addWidget(mine)
    mine.refresh()
    chart = mine.chart
    assert chart.chart().backgroundBrush().color().lightness() < 100
    for axis in chart.chart().axes():
        assert axis.labelsColor().lightness() > 160


def test_switching_the_desktop_while_open_follows(qtbot, qapp, org) -> None:
    year = org.ws.now().year
    asm.assess(
        org.ctx["kasi"],
        employee_id=org.staff1,
        period_key=str(year),
        rating_hasil="sesuai",
        rating_perilaku="sesuai",
    )
    window = MainWindow(org.ctx["kasi"])
    qtbot.addWidget(window)
    page = window.show_page(UnitPage)
    assert isinstance(page, UnitPage)
    set_tone(page.count_label, Tone.ERROR)
    light_chart = page.chart.chart().backgroundBrush().color().lightness()
    light_text = page.count_label.palette().color(R.WindowText)
    before = QPalette(qapp.palette())
    try:
        qapp.setPalette(dark_palette())
        QApplication.processEvents()
        assert light_chart > 200
        assert page.chart.chart().backgroundBrush().color().lightness() < 100
        assert page.chart.chart().titleBrush().color().lightness() > 160
        now = page.count_label.palette().color(R.WindowText)
        assert now != light_text
        assert contrast(rgb(now), rgb(dark_palette().color(R.Window))) >= 4.5
    finally:
        qapp.setPalette(before)
