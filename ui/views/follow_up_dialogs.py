"""The dialog that records a follow-up of a final assessment, pre-filled from the predikat."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from asn_desktop.domain.followup import FollowUpKind, suggested_kinds
from asn_desktop.services import followup as fu
from asn_desktop.services.assessment import AssessmentView
from asn_desktop.services.context import AppContext
from ui.locale import fmt_number, to_date
from ui.widgets.form_dialog import FormDialog
from ui.widgets.names import named

NO_DATE = QDate(2000, 1, 1)


def date_edit(name: str, value: QDate, *, optional: str | None = None) -> QDateEdit:
    """A date field (dd/mm/yyyy); ``optional`` names the empty value shown at the minimum date."""
    edit = QDateEdit(value)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    if optional is not None:
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(optional)
    edit.setDate(value)
    return edit


class AddFollowUpDialog(FormDialog):
    """Kind (the predikat's suggestion first), title, goal, due date, competency to train."""

    def __init__(self, ctx: AppContext, assessment: AssessmentView, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Tambah tindak lanjut"))
        self.setObjectName("addFollowUpDialog")
        self.ctx, self.assessment = ctx, assessment
        self.kind = named(QComboBox(), "followUpKind")
        suggested = suggested_kinds(assessment.predikat)
        for k in FollowUpKind:
            label = k.label + (self.tr(" (disarankan)") if k in suggested else "")
            self.kind.addItem(label, k.value)
        if suggested:
            self.kind.setCurrentIndex(self.kind.findData(suggested[0].value))
        self.title = named(QLineEdit(), "followUpTitle")
        self.goal = named(QPlainTextEdit(), "followUpGoalText")
        self.goal.setTabChangesFocus(True)
        self.goal.setPlaceholderText(self.tr("Wajib untuk pembinaan: apa yang ingin dicapai"))
        self.due = date_edit("followUpDue", NO_DATE, optional=self.tr("(tanpa tenggat)"))
        self.competency = named(QComboBox(), "followUpCompetency")
        self.competency.addItem(self.tr("(tanpa kompetensi tertentu)"), None)
        for s in fu.suggested_trainings(
            ctx, employee_id=assessment.employee_id, period_key=assessment.period_key
        ):
            mark = self.tr(" — kesenjangan {gap}").format(gap=fmt_number(s.gap)) if s.is_gap and s.gap else ""
            self.competency.addItem(
                self.tr("{name} (level {level}){mark}").format(
                    name=s.name, level=s.required_level, mark=mark
                ),
                s.competency_id,
            )
        self.competency.currentIndexChanged.connect(self._competency_chosen)
        self.form.addRow(self.tr("&Jenis"), self.kind)
        self.form.addRow(self.tr("J&udul"), self.title)
        self.form.addRow(self.tr("T&ujuan"), self.goal)
        self.form.addRow(self.tr("&Tenggat"), self.due)
        self.form.addRow(self.tr("&Kompetensi"), self.competency)
        self.action = self.save

    def _competency_chosen(self) -> None:
        """Choosing a competency suggests a training on it, unless a title is typed already."""
        if self.competency.currentData() and not self.title.text().strip():
            name = self.competency.currentText().split(" (level", 1)[0]
            self.title.setText(self.tr("Pelatihan {name}").format(name=name))
            self.kind.setCurrentIndex(self.kind.findData(FollowUpKind.PELATIHAN.value))

    def save(self) -> str:
        due = None if self.due.date() == NO_DATE else to_date(self.due.date())
        return fu.add_follow_up(
            self.ctx,
            assessment_id=self.assessment.id,
            kind=self.kind.currentData(),
            title=self.title.text(),
            goal=self.goal.toPlainText(),
            due_on=due,
            competency_id=self.competency.currentData(),
        )
