"""Finding 11 of issue 12: the realisation dialog says what to type and checks it as one types;
the evidence preview opens larger; file dialogs open where the user was last time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QLineEdit

from asn_desktop.evidence.specimen import simple_pdf
from asn_desktop.services import realisation as real_svc
from tests.gui.conftest import PERIOD
from tests.gui.helpers import child, click_row, on_next_dialog
from ui.views.evidence_preview import PreviewDialog
from ui.views.realisation_dialog import RealisationDialog
from ui.widgets import file_dialogs


def test_realisation_dialog_hints_checks_as_you_type_and_clears(qtbot, realisation_page) -> None:
    page, reals = realisation_page
    click_row(page.table, 0)
    seen: dict[str, object] = {}

    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, RealisationDialog)
        hint = child(dialog, QLabel, "realisationHint").text()
        unit = child(dialog, QLabel, "realisationUnit").text()
        value = child(dialog, QLineEdit, "realisationValue")
        seen["hint"], seen["unit"], seen["placeholder"] = hint, unit, value.placeholderText()
        value.selectAll()
        qtbot.keyClicks(value, "57 layanan")
        seen["wrong"] = (dialog.message.text(), dialog.ok_button.isEnabled())
        value.selectAll()
        qtbot.keyClicks(value, "5.5")
        seen["point"] = dialog.message.text()
        value.selectAll()
        qtbot.keyClicks(value, "5,5")
        seen["fixed"] = (dialog.message.text(), dialog.ok_button.isEnabled())
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    on_next_dialog(act)
    page.record()
    assert "dokumen" in seen["hint"]
    assert "koma" in seen["hint"]
    assert seen["unit"] == "dokumen"
    assert seen["placeholder"] == "mis. 4 atau 4,5"
    message, ok_enabled = seen["wrong"]
    assert '"layanan" setelah angka tidak sesuai dengan satuan target "dokumen"' in message
    assert not ok_enabled, "what the core would refuse cannot be submitted"
    assert "koma" in seen["point"]
    assert seen["fixed"] == ("", True), "the message goes away as soon as the text is right"
    assert page.table.model_.rows[0].value == 5.5
    assert page.table.model_.rows[0].realisation_id == reals[0]


def test_a_core_refusal_is_cleared_by_the_next_edit(qtbot, org) -> None:
    from ui.widgets.form_dialog import FormDialog

    dialog = FormDialog("Uji")
    qtbot.addWidget(dialog)
    edit = QLineEdit(objectName="x")
    dialog.form.addRow("Isi", edit)

    def refuse() -> None:
        from asn_desktop.errors import ValidationFailed

        raise ValidationFailed("Nilai wajib diisi.")

    dialog.action = refuse
    dialog.show()
    dialog._submit()
    assert dialog.message.text() == "Nilai wajib diisi."
    qtbot.keyClicks(edit, "a")
    assert dialog.message.text() == ""


def test_preview_opens_most_of_the_screen(qtbot, realisation_page) -> None:
    page, _ = realisation_page
    click_row(page.table, 2)
    image = QImage(QSize(1200, 900), QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    path = Path(page.ctx.workspace.path).parent / "foto.png"
    image.save(str(path))
    assert page.evidence.attach(path)
    click_row(page.evidence.table, 1, column=0)
    dialog = page.evidence.open_preview()
    assert isinstance(dialog, PreviewDialog)
    qtbot.addWidget(dialog)
    screen = dialog.screen().availableGeometry()
    shown = dialog.image.pixmap()
    assert shown.width() >= screen.width() * 0.6 or shown.height() >= screen.height() * 0.6
    assert shown.width() > 2 * page.evidence.preview.width(), "larger than the thumbnail"


def test_file_dialogs_reopen_the_last_folder(qtbot, org, tmp_path: Path, monkeypatch) -> None:
    first = tmp_path / "bukti-maret"
    first.mkdir()
    asked: list[str] = []

    def fake_open(parent, title, folder, file_filter):
        asked.append(folder)
        return str(first / "laporan.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open)
    assert file_dialogs.open_file(None, "Pilih", "evidence") == first / "laporan.pdf"
    file_dialogs.open_file(None, "Pilih", "evidence")
    assert asked[1] == str(first), "the second dialog opens where the first one ended"
    assert file_dialogs.last_folder("import") != str(first), "each purpose keeps its own folder"


def test_attach_uses_the_remembered_folder(qtbot, realisation_page, tmp_path: Path, monkeypatch) -> None:
    page, reals = realisation_page
    folder = tmp_path / "scan"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(simple_pdf("bukti"))
    file_dialogs.remember("evidence", folder)
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        lambda parent, title, start, flt: (asked.append(start), (str(folder / "a.pdf"), ""))[1],
    )
    click_row(page.table, 1)
    page.evidence.choose_file()
    assert asked == [str(folder)]
    assert [e.filename for e in real_svc.list_evidence(page.ctx, realisation_id=reals[1])] == ["a.pdf"]
    assert PERIOD
