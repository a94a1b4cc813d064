"""One line for the assessment form and the meeting view: what the public said about this person."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from asn_desktop.errors import user_message
from asn_desktop.services.context import AppContext
from asn_desktop.services.public_feedback import employee_public_summary
from ui.locale import current, fmt_number


class PublicFeedbackLine(QLabel):
    """ "Umpan balik masyarakat: 4,3 dari 5 (27 tanggapan)", or a short note when there is none."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("publicFeedbackLine")
        self.setWordWrap(True)

    def load(self, employee_id: str | None, period_key: str | None) -> None:
        if employee_id is None or not period_key:
            self.clear()
            return
        try:
            summary = employee_public_summary(self.ctx, employee_id=employee_id, period_key=period_key)
        except Exception as exc:
            if user_message(exc) is None:
                raise
            self.clear()
            return
        if summary is None:
            self.setText(self.tr("<b>Umpan balik masyarakat:</b> belum ada tanggapan pada periode ini."))
            return
        self.setText(
            self.tr("<b>Umpan balik masyarakat:</b> {mean} dari 5 ({n} tanggapan)").format(
                mean=current().toString(summary.mean, "f", 1), n=fmt_number(summary.count)
            )
        )
