"""Typing a realisation: what to type (unit, decimal comma) is shown, and checked as one types.

The check is the core's own ``parse_realisation``, the one ``record_realisation`` runs on save, so
the dialog never accepts what the service would refuse nor refuses what it would accept. A message
appears while the text cannot be recorded and goes away as soon as it can.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from asn_desktop.domain.target import InvalidTarget, parse_realisation
from asn_desktop.services.overview import IndicatorProgress
from ui.locale import fmt_number
from ui.widgets.form_dialog import FormDialog
from ui.widgets.names import named
from ui.widgets.tone import Tone, set_tone


class RealisationDialog(FormDialog):
    def __init__(self, row: IndicatorProgress, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName("realisationDialog")
        self.numeric = row.target_value is not None
        self.unit = row.target_unit
        self.value = named(QLineEdit(), "realisationValue")
        if row.value is not None:
            self.value.setText(fmt_number(row.value, 2))
        elif row.value_text:
            self.value.setText(row.value_text)
        self.value.setPlaceholderText(self.tr("mis. 4 atau 4,5") if self.numeric else "")
        self.note = named(QPlainTextEdit(), "realisationNote")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        unit = named(QLabel(self.unit or ""), "realisationUnit")
        value_row = QHBoxLayout()
        value_row.addWidget(self.value, 1)
        value_row.addWidget(unit)
        self.hint = named(QLabel(self._hint(row), wordWrap=True), "realisationHint")
        set_tone(self.hint, Tone.MUTED)
        self.form.addRow(self.tr("Indikator"), QLabel(row.text, wordWrap=True))
        self.form.addRow(self.tr("Realisasi"), value_row)
        self.form.addRow("", self.hint)
        self.form.addRow(self.tr("Catatan"), self.note)
        self.validate()

    def _hint(self, row: IndicatorProgress) -> str:
        if not self.numeric:
            return self.tr("Tulis realisasi dengan kata-kata (target: {target}).").format(
                target=row.target_text or ""
            )
        target = f"{fmt_number(row.target_value)} {self.unit or ''}".strip()
        return self.tr(
            "Angka saja, desimal memakai koma (mis. 4,5); satuannya {unit}. Target tahunan {target}."
        ).format(unit=self.unit or self.tr("(tanpa satuan)"), target=target)

    def validate(self) -> bool:
        """Show why the text cannot be recorded, or clear the message; OK only when it can."""
        try:
            parse_realisation(self.value.text(), numeric=self.numeric, unit=self.unit)
        except InvalidTarget as exc:
            self.message.setText(exc.message)
            self.ok_button.setEnabled(False)
            return False
        self.message.clear()
        self.ok_button.setEnabled(True)
        return True
