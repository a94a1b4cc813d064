"""Application-wide behaviour: language, crash dialog, About, keyboard order, Indonesian formats."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QTextBrowser

from asn_desktop.resources import resource_path
from ui.locale import fmt_date, fmt_number
from ui.main_window import MainWindow
from ui.views.login_dialog import LoginDialog


def test_indonesian_formats_by_default(qapp) -> None:
    assert fmt_number(1250.5) == "1.250,5"
    assert fmt_number(12) == "12"
    assert fmt_date(date(2026, 3, 14)) == "14 Maret 2026"


def test_english_translation_loads_and_translates(qapp) -> None:
    assert Path(resource_path("i18n/asn_desktop_en.qm")).exists(), "run scripts/i18n build (setup does)"
    try:
        assert qapp.set_language("en")
        assert QCoreApplication.translate("MainWindow", "Kinerja Saya") == "My performance"
        assert fmt_date(date(2026, 3, 14)) == "14 March 2026"
    finally:
        qapp.set_language("id")
    assert QCoreApplication.translate("MainWindow", "Kinerja Saya") == "Kinerja Saya"


def test_translations_keep_their_fields() -> None:
    import re
    import xml.etree.ElementTree as ET

    fields = re.compile(r"\{[a-z_]+\}")
    tree = ET.parse(resource_path("i18n/asn_desktop_en.ts"))
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = translation.text if translation is not None else None
        if not text or (translation is not None and translation.get("type") == "unfinished"):
            missing.append(source)
            continue
        assert sorted(fields.findall(source)) == sorted(fields.findall(text)), (source, text)
    assert not missing, f"{len(missing)} strings lack an English translation, e.g. {missing[:3]}"


def test_unexpected_error_opens_the_crash_dialog(qapp, monkeypatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.detailedText())) or 0)
    previous = sys.excepthook
    qapp.install_excepthook()
    try:
        try:
            raise RuntimeError("rusak di dalam")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = previous
    assert shown
    assert "tidak terduga" in shown[0][0]
    assert "RuntimeError: rusak di dalam" in shown[0][1]


def test_about_box_shows_the_version(qtbot, org, monkeypatch) -> None:
    from asn_desktop import __version__

    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: texts.append(text))
    window = MainWindow(org.ctx["staff1"])
    qtbot.addWidget(window)
    window.show_about()
    assert __version__ in texts[0]


def _next_tab_stop(widget):  # type: ignore[no-untyped-def]
    nxt = widget.nextInFocusChain()
    while not (nxt.focusPolicy() & Qt.FocusPolicy.TabFocus and nxt.isEnabled() and nxt.isVisible()):
        nxt = nxt.nextInFocusChain()
    return nxt


def test_login_tab_order_and_enter(qtbot, org, tasks) -> None:
    dialog = LoginDialog(org.ws, tasks=tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # Offscreen windows never become active, so follow the focus chain instead of pressing Tab.
    assert _next_tab_stop(dialog.username) is dialog.password
    qtbot.keyClicks(dialog.username, "staff1")
    qtbot.keyClicks(dialog.password, "sandi-rahasia-1")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.context is not None, timeout=10_000)


def test_every_ui_string_is_in_the_translation_file(tmp_path: Path) -> None:
    """A string added to the UI without running ``scripts/i18n update`` (and translating it) fails."""
    import shutil
    import subprocess
    import xml.etree.ElementTree as ET

    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate is missing: install PySide6-Essentials"
    root = Path(__file__).resolve().parents[2]
    sources = sorted(str(p) for p in (root / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, "-silent", *sources, "-ts", str(fresh)], check=True, cwd=root)

    def messages(path: Path) -> dict[tuple[str, str], str | None]:
        out = {}
        for context in ET.parse(path).iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                tr = message.find("translation")
                done = tr is not None and tr.get("type") != "unfinished" and bool(tr.text)
                out[(name, message.findtext("source") or "")] = tr.text if done else None
        return out

    committed = messages(Path(resource_path("i18n/asn_desktop_en.ts")))
    missing = [key for key in messages(fresh) if not committed.get(key)]
    assert not missing, f"run scripts/i18n update and translate: {missing[:5]}"


def test_help_menu_opens_the_indonesian_guide(qtbot, org) -> None:
    window = MainWindow(org.ctx["staff1"])
    qtbot.addWidget(window)
    dialog = window.show_guide()
    qtbot.addWidget(dialog)
    text = dialog.findChild(QTextBrowser, "guideText").toPlainText()
    assert "Menyusun SKP" in text
    assert "Sinkronisasi" in text
