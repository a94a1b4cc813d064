"""The quick-entry bar of the daily log: indicator, date, text, quantity, file; Ctrl+Enter saves.

Made for the keyboard: the indicator list filters as one types, Alt+Left/Alt+Right move the date
by a day, and after saving the text and quantity are cleared and the cursor is back in the text,
so the next entry of the day takes a few seconds. A file can be dropped anywhere on the bar.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from asn_desktop.domain.worklog import MAX_TEXT
from asn_desktop.errors import user_message
from asn_desktop.services import worklog as wl
from asn_desktop.services.context import AppContext
from ui.errors import show_error
from ui.locale import fmt_number, to_date
from ui.views.evidence_panel import FILE_FILTER
from ui.widgets.file_dialogs import open_file
from ui.widgets.names import named, with_popup
from ui.widgets.tone import Tone, set_tone


class QuickEntryBar(QFrame):
    """Signals:
    entry_did_save(str): an entry was saved (its id).
    date_did_change(object): the chosen work date changed (a ``datetime.date``).
    """

    entry_did_save = Signal(str)
    date_did_change = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickEntryBar")
        self.ctx = ctx
        self.evidence: wl.EvidenceFile | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAcceptDrops(True)
        self._build()
        self._shortcuts()
        self.set_today()

    def _build(self) -> None:
        self.indicator = named(QComboBox(editable=True), "worklogIndicator")
        self.indicator.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.indicator.setMinimumContentsLength(30)
        self.indicator.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer, field = self.indicator.completer(), self.indicator.lineEdit()
        assert completer is not None  # an editable combo box has a completer and a line edit
        assert field is not None
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        field.setPlaceholderText(self.tr("Ketik untuk mencari indikator…"))
        self.day = named(with_popup(QDateEdit()), "worklogDate")
        self.day.setDisplayFormat("ddd, d MMM yyyy")
        self.day.dateChanged.connect(lambda d: self.date_did_change.emit(to_date(d)))
        self.text = named(QLineEdit(maxLength=MAX_TEXT), "worklogText")
        self.text.setPlaceholderText(self.tr("Apa yang dikerjakan hari ini?"))
        self.text.setAcceptDrops(False)
        self.quantity = named(QLineEdit(), "worklogQuantity")
        self.quantity.setPlaceholderText(self.tr("Jumlah"))
        self.quantity.setMaximumWidth(90)
        self.quantity.setAcceptDrops(False)
        self.text.returnPressed.connect(self.quantity.setFocus)
        self.quantity.returnPressed.connect(self.save)
        self.attach_button = named(QPushButton(self.tr("&Lampirkan…")), "worklogAttach")
        self.attach_button.clicked.connect(self.choose_file)
        self.file_label = named(QLabel(), "worklogFile")
        self.clear_file = named(QToolButton(), "worklogClearFile")
        self.clear_file.setText("×")
        self.clear_file.setToolTip(self.tr("Lepaskan berkas"))
        self.clear_file.clicked.connect(lambda: self.set_evidence(None))
        self.save_button = named(QPushButton(self.tr("Simpan (Ctrl+Enter)")), "worklogSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.message = named(QLabel(wordWrap=True), "worklogMessage")
        set_tone(self.message, Tone.ERROR)
        self._layout()
        self.set_evidence(None)

    def _layout(self) -> None:
        grid = QGridLayout(self)
        indicator_label = QLabel(self.tr("&Indikator"))
        indicator_label.setBuddy(self.indicator)
        day_label = QLabel(self.tr("&Tanggal"))
        day_label.setBuddy(self.day)
        text_label = QLabel(self.tr("&Kegiatan"))
        text_label.setBuddy(self.text)
        grid.addWidget(indicator_label, 0, 0)
        grid.addWidget(self.indicator, 0, 1, 1, 3)
        grid.addWidget(day_label, 0, 4)
        grid.addWidget(self.day, 0, 5)
        grid.addWidget(text_label, 1, 0)
        grid.addWidget(self.text, 1, 1)
        grid.addWidget(self.quantity, 1, 2)
        files = QHBoxLayout()
        files.addWidget(self.attach_button)
        files.addWidget(self.file_label)
        files.addWidget(self.clear_file)
        grid.addLayout(files, 1, 3)
        grid.addWidget(self.save_button, 1, 4, 1, 2)
        hint = named(
            QLabel(
                self.tr(
                    "Ctrl+Enter menyimpan · Alt+←/→ mengganti hari · PageUp/PageDown mengganti minggu · "
                    "seret berkas ke bilah ini untuk melampirkan bukti"
                ),
            ),
            "worklogHint",
        )
        set_tone(hint, Tone.MUTED)
        grid.addWidget(hint, 2, 0, 1, 6)
        grid.addWidget(self.message, 3, 0, 1, 6)
        grid.setColumnStretch(1, 1)

    def _shortcuts(self) -> None:
        # Taken before the children see them (the date edit and the text would use Alt+arrows and
        # Ctrl+Enter themselves), and they work wherever the focus is within the bar.
        ctrl, alt = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
        self._keys: dict[tuple[Qt.Key, Qt.KeyboardModifier], Callable[[], object]] = {
            (Qt.Key.Key_Return, ctrl): self.save,
            (Qt.Key.Key_Enter, ctrl): self.save,
            (Qt.Key.Key_Left, alt): lambda: self.shift_day(-1),
            (Qt.Key.Key_Right, alt): lambda: self.shift_day(1),
        }
        for widget in (self, *self.findChildren(QWidget)):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            action = self._keys.get((Qt.Key(event.key()), modifiers))
            if action is not None:
                action()
                return True
        return super().eventFilter(watched, event)

    # -- state -----------------------------------------------------------------------------------

    def set_indicators(self, choices: list[wl.LoggableIndicator]) -> None:
        chosen = self.indicator.currentData()
        self.indicator.blockSignals(True)
        self.indicator.clear()
        for choice in choices:
            self.indicator.addItem(choice.label, choice.id)
            self.indicator.setItemData(self.indicator.count() - 1, choice.target, Qt.ItemDataRole.ToolTipRole)
        self.indicator.setCurrentIndex(max(0, self.indicator.findData(chosen)))
        field = self.indicator.lineEdit()
        if field is not None:
            field.setCursorPosition(0)  # show the indicator's start, not its RHK's end
        self.indicator.blockSignals(False)
        enabled = bool(choices)
        for widget in (self.indicator, self.text, self.quantity, self.attach_button, self.save_button):
            widget.setEnabled(enabled)
        self.message.setText(
            "" if enabled else self.tr("Catatan harian dapat diisi setelah SKP tahun ini disetujui.")
        )

    def set_today(self) -> None:
        today = wl.today_for(self.ctx)
        self.day.setMaximumDate(QDate(today))
        self.day.setDate(QDate(today))

    def work_date(self) -> date:
        return to_date(self.day.date())

    def shift_day(self, days: int) -> None:
        self.day.setDate(QDate(self.work_date() + timedelta(days=days)))

    def set_evidence(self, evidence: wl.EvidenceFile | None) -> None:
        self.evidence = evidence
        if evidence is None:
            self.file_label.setText(self.tr("(tanpa berkas)"))
        else:
            size = fmt_number(len(evidence.data) / 1024, 1)
            self.file_label.setText(f"{evidence.filename} ({size} KB)")
        self.clear_file.setVisible(evidence is not None)

    # -- acts ------------------------------------------------------------------------------------

    def _refused(self, exc: Exception) -> bool:
        """Show the core's refusal in the bar (no dialog to dismiss); False for a bug."""
        message = user_message(exc)
        if message is None:
            show_error(self, exc)
            return False
        self.message.setText(message)
        return True

    def attach(self, path: Path) -> bool:
        try:
            self.set_evidence(wl.evidence_from_path(path))
        except Exception as exc:
            self._refused(exc)
            return False
        self.message.clear()
        return True

    def choose_file(self) -> None:
        path = open_file(self, self.tr("Pilih bukti dukung"), "evidence", FILE_FILTER)
        if path:
            self.attach(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.save_button.isEnabled() and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        local = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if local:
            self.attach(Path(local[0]))
        event.acceptProposedAction()

    def save(self) -> str | None:
        """Log the entry; on success clear text, quantity and file and put the cursor in the text."""
        indicator_id = self.indicator.currentData()
        if indicator_id is None or self.indicator.currentText() != self.indicator.itemText(
            self.indicator.currentIndex()
        ):
            self.message.setText(self.tr("Pilih indikator dari daftar."))
            self.indicator.setFocus()
            return None
        try:
            entry_id = wl.log_work(
                self.ctx,
                indicator_id=indicator_id,
                work_date=self.work_date(),
                text=self.text.text(),
                quantity=self.quantity.text(),
                evidence=self.evidence,
            )
        except Exception as exc:
            self._refused(exc)
            return None
        self.message.clear()
        self.text.clear()
        self.quantity.clear()
        self.set_evidence(None)
        self.text.setFocus()
        self.entry_did_save.emit(entry_id)
        return entry_id
