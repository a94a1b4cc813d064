"""The penilai's list of direct subordinates: a name, and under it where the person stands.

Three facts per person (name, SKP status, the period's assessment) in a list a laptop can spare
about 220 px for: the model keeps them as three columns (searchable, testable), the view shows
the first one and draws the other two as a muted second line under the name.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from asn_desktop.domain.rating import Predikat
from asn_desktop.domain.skp_state import AssessmentStatus, SkpStatus
from asn_desktop.services.directory import TeamMember
from ui.locale import fmt_date
from ui.models.roles import RowRole
from ui.models.rows import Column, RowTableModel
from ui.widgets.names import named

Index = QModelIndex | QPersistentModelIndex
SKP, ASSESSMENT = 1, 2


def member_skp(widget: QWidget, m: TeamMember) -> str:
    label = SkpStatus(m.skp_status).label if m.skp_status else widget.tr("belum ada SKP")
    if m.until is not None:  # moved on after a mutasi: the months this penilai still evaluates
        return widget.tr("{status}, s.d. {day} (mutasi)").format(status=label, day=fmt_date(m.until))
    return label


def member_assessment(widget: QWidget, m: TeamMember) -> str:
    if m.assessment_status is None:
        return widget.tr("belum dinilai")
    status = AssessmentStatus(m.assessment_status).label
    return f"{Predikat(m.predikat).label} ({status.lower()})" if m.predikat else status


def team_columns(widget: QWidget) -> list[Column[TeamMember]]:
    def status(m: TeamMember) -> str:
        return widget.tr("SKP: {skp} · Penilaian: {rating}").format(
            skp=member_skp(widget, m), rating=member_assessment(widget, m)
        )

    return [
        Column(widget.tr("Nama"), lambda m: m.name, tooltip=lambda m: f"{m.name}\nNIP {m.nip}\n{status(m)}"),
        Column(widget.tr("SKP"), lambda m: member_skp(widget, m)),
        Column(widget.tr("Penilaian periode"), lambda m: member_assessment(widget, m)),
    ]


class MemberDelegate(QStyledItemDelegate):
    """The name as usual, and "SKP … · penilaian …" in the placeholder colour beneath it."""

    def _second_line(self, index: Index) -> str:
        row = index.data(RowRole)
        if not isinstance(row, TeamMember):
            return ""
        model = index.model()
        return " · ".join(str(model.index(index.row(), c).data()) for c in (SKP, ASSESSMENT))

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + option.fontMetrics.height() + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        # The row as usual (selection, focus, the name), with the name on the first line.
        opt.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = opt.rect
        metrics = opt.fontMetrics
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        below = QRect(rect.x() + 5, rect.y() + metrics.height() + 3, rect.width() - 10, metrics.height() + 2)
        text = metrics.elidedText(self._second_line(index), Qt.TextElideMode.ElideRight, below.width())
        painter.save()
        painter.setPen(opt.palette.color(role))
        painter.drawText(below, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()


def team_list_view(model: RowTableModel[TeamMember]) -> QTableView:
    view = named(QTableView(), "teamList")
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.horizontalHeader().hide()
    view.setWordWrap(False)
    view.setShowGrid(False)
    view.setItemDelegateForColumn(0, MemberDelegate(view))
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in (SKP, ASSESSMENT):
        view.hideColumn(column)
    return view
