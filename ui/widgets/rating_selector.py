"""The three-level rating picker with the live predikat (coloured by ``ui.widgets.tone``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from asn_desktop.domain.rating import Predikat, Rating, predikat_kinerja
from ui.widgets.names import named
from ui.widgets.tone import Tone, set_tone


class RatingSelector(QWidget):
    """Rating Hasil Kerja and Rating Perilaku Kerja; the predikat follows as they change.

    Signals:
        ratings_did_change(): either rating was changed by the user.
    """

    ratings_did_change = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hasil = self._combo("ratingHasil")
        self.perilaku = self._combo("ratingPerilaku")
        self.predikat = named(QLabel(), "predikatLabel")
        self.predikat.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.locked_note = named(QLabel(), "leaderRuleNote")
        self.locked_note.setWordWrap(True)
        self.locked_note.hide()
        self.hasil_locked = False
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("Rating &hasil kerja"), self.hasil)
        layout.addRow("", self.locked_note)
        layout.addRow(self.tr("Rating &perilaku kerja"), self.perilaku)
        layout.addRow(self.tr("Predikat kinerja"), self.predikat)
        self._update()

    def _combo(self, name: str) -> QComboBox:
        combo = named(QComboBox(), name)
        combo.addItem(self.tr("— pilih —"), None)
        for rating in Rating:
            combo.addItem(rating.label, rating.value)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def _changed(self) -> None:
        self._update()
        self.ratings_did_change.emit()

    def ratings(self) -> tuple[Rating | None, Rating | None]:
        def value(combo: QComboBox) -> Rating | None:
            data = combo.currentData()
            return Rating(data) if data else None

        return value(self.hasil), value(self.perilaku)

    def set_ratings(self, hasil: Rating | None, perilaku: Rating | None) -> None:
        """Show stored ratings without emitting ``ratings_did_change``."""
        for combo, rating in ((self.hasil, hasil), (self.perilaku, perilaku)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(rating.value if rating else None)))
            combo.blockSignals(False)
        self._update()

    def current_predikat(self) -> Predikat | None:
        hasil, perilaku = self.ratings()
        return predikat_kinerja(hasil, perilaku) if hasil and perilaku else None

    def set_read_only(self, read_only: bool) -> None:
        self.hasil.setEnabled(not read_only and not self.hasil_locked)
        self.perilaku.setEnabled(not read_only)

    def lock_hasil(self, rating: Rating | None, note: str) -> None:
        """The leader rule: a unit head's Rating Hasil Kerja is prefilled from his unit's predikat
        organisasi and cannot be chosen (the core refuses another one anyway). ``note`` says why."""
        self.hasil_locked = True
        self.hasil.blockSignals(True)
        self.hasil.setCurrentIndex(max(0, self.hasil.findData(rating.value if rating else None)))
        self.hasil.blockSignals(False)
        self.hasil.setEnabled(False)
        self.locked_note.setText(note)
        self.locked_note.show()
        self._update()

    def unlock_hasil(self) -> None:
        self.hasil_locked = False
        self.locked_note.hide()

    def _update(self) -> None:
        predikat = self.current_predikat()
        if predikat is None:
            self.predikat.setText(self.tr("— (pilih kedua rating)"))
            set_tone(self.predikat, Tone.MUTED)
            return
        self.predikat.setText(f"<b>{predikat.label}</b>")
        set_tone(self.predikat, predikat)
