"""Item models of the 360° screens: a rater's answers (editable), the spread, the pegawai's results."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from asn_desktop.domain.competency import MAX_COMMENT_CHARS, SCALE, RaterRelation, Spread, scale_level
from asn_desktop.services.competency import (
    AnswerInput,
    FeedbackItem,
    RoundForm,
    SpreadRow,
    SubjectItemResult,
)
from ui.locale import fmt_number
from ui.models.roles import RowRole, SortRole
from ui.models.rows import Column, RowTableModel

Index = QModelIndex | QPersistentModelIndex
SpreadRole = Qt.ItemDataRole.UserRole + 10  # the Spread behind a cell, for the bar delegate
_SCORES = {level.score for level in SCALE}


def item_tooltip(item: FeedbackItem) -> str:
    lines = [f"<b>{item.label}</b> ({item.group})"]
    lines += [f"• {g}" for g in item.guidance]
    return "<br>".join(lines)


def level_text(level: int | None) -> str:
    return "" if level is None else f"{level} – {scale_level(level).label}"


def spread_text(s: Spread | None) -> str:
    """'2–3,3–4 (3)': lowest, mean and highest, then how many answered; '—' when nobody did."""
    if s is None or s.mean is None:
        return "—"
    if s.count == 1:
        return fmt_number(s.mean, 1)
    return f"{s.low}–{fmt_number(s.mean, 1)}–{s.high} ({s.count})"


def distribution_text(s: Spread) -> str:
    return " · ".join(f"{level.score}: {n}" for level, n in zip(SCALE, s.distribution, strict=True))


class AnswerModel(QAbstractTableModel):
    """One row per item: the score (1–5) and an optional comment, editable while the round is open.

    Signals:
        edited(): a score or comment changed.
    """

    ITEM, GROUP, REQUIRED, SCORE, LEVEL, COMMENT = range(6)
    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[FeedbackItem] = []
        self.scores: list[int | None] = []
        self.comments: list[str] = []
        self.read_only = True
        self.headers = [
            self.tr("Butir penilaian"),
            self.tr("Kelompok"),
            self.tr("Level"),
            self.tr("Skor"),
            self.tr("Keterangan skor"),
            self.tr("Komentar (opsional)"),
        ]

    def load(self, form: RoundForm | None, *, read_only: bool) -> None:
        self.beginResetModel()
        self.items = list(form.items) if form else []
        answers = [form.answer_for(i) if form else None for i in self.items]
        self.scores = [a.score if a else None for a in answers]
        self.comments = [(a.comment or "") if a else "" for a in answers]
        self.read_only = read_only
        self.endResetModel()

    def answers(self) -> list[AnswerInput]:
        """What the rater gave; unscored items are left out, so that the core names them as missing."""
        return [
            AnswerInput(item.item_kind, item.item_key, score or 0, comment or None)
            for item, score, comment in zip(self.items, self.scores, self.comments, strict=True)
            if score is not None
        ]

    def missing(self) -> int:
        return sum(1 for s in self.scores if s is None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and not self.read_only and index.column() in (self.SCORE, self.COMMENT):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        row, col = index.row(), index.column()
        item = self.items[row]
        value: Any = None
        if role == RowRole:
            value = item
        elif role == Qt.ItemDataRole.ToolTipRole and col == self.ITEM:
            value = item_tooltip(item)
        elif role == Qt.ItemDataRole.TextAlignmentRole and col in (self.REQUIRED, self.SCORE):
            value = int(Qt.AlignmentFlag.AlignCenter)
        elif role == Qt.ItemDataRole.EditRole and col == self.SCORE:
            value = self.scores[row] or SCALE[len(SCALE) // 2].score
        elif role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = self._text(row, col)
        return value

    def _text(self, row: int, col: int) -> str:
        item, score = self.items[row], self.scores[row]
        if col == self.ITEM:
            return item.label
        if col == self.GROUP:
            return item.group
        if col == self.REQUIRED:
            return "" if item.required_level is None else str(item.required_level)
        if col == self.SCORE:
            return "" if score is None else str(score)
        if col == self.LEVEL:
            return scale_level(score).label if score is not None else ""
        return self.comments[row]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        row = index.row()
        if index.column() == self.SCORE:
            score = int(value) if str(value).strip().isdigit() else None
            if score not in _SCORES:
                return False
            self.scores[row] = score
            self.dataChanged.emit(self.index(row, self.SCORE), self.index(row, self.LEVEL))
        else:
            text = str(value or "")
            if len(text.strip()) > MAX_COMMENT_CHARS:
                return False
            self.comments[row] = text
            self.dataChanged.emit(index, index)
        self.edited.emit()
        return True


class SpreadModel(RowTableModel[SpreadRow]):
    """The supervisor's spread per item: self, supervisor, peers (lowest–mean–highest), and the gap.

    ``SpreadRole`` gives a relation cell's ``Spread`` (for the bar delegate); the peers are counted,
    never named.
    """

    ITEM, REQUIRED, SELF, SUPERVISOR, PEERS, GAP = range(6)
    RELATIONS: ClassVar[dict[int, RaterRelation]] = {
        SELF: RaterRelation.DIRI,
        SUPERVISOR: RaterRelation.ATASAN,
        PEERS: RaterRelation.REKAN,
    }

    def __init__(self, parent: QObject | None = None) -> None:
        def rel(relation: RaterRelation) -> Column[SpreadRow]:
            return Column(
                relation.label,
                lambda r: spread_text(r.by_relation[relation]),
                sort=lambda r: r.by_relation[relation].mean or 0.0,
            )

        super().__init__([], parent)
        self.columns = [
            Column(self.tr("Butir penilaian"), lambda r: r.item.label),
            Column(self.tr("Level"), lambda r: _opt(r.item.required_level), align_right=True),
            rel(RaterRelation.DIRI),
            rel(RaterRelation.ATASAN),
            rel(RaterRelation.REKAN),
            Column(
                self.tr("Kesenjangan"),
                lambda r: _signed(r.gap),
                sort=lambda r: r.gap or 0.0,
                align_right=True,
            ),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, col = self.rows[index.row()], index.column()
        if role == SpreadRole and col in self.RELATIONS:
            return row.by_relation[self.RELATIONS[col]]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.ITEM:
                comments = [f"<i>{relation.label}</i>: {text}" for relation, text in row.comments]
                heading = [f"<b>{self.tr('Komentar')}</b>"] if comments else []
                return "<br>".join([item_tooltip(row.item), *heading, *comments])
            if col in self.RELATIONS:
                return distribution_text(row.by_relation[self.RELATIONS[col]])
        return super().data(index, role)


class ResultModel(RowTableModel[SubjectItemResult]):
    """The pegawai's results: own score, the supervisor's, the peers' mean (only when shown)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self.columns = [
            Column(self.tr("Butir penilaian"), lambda r: r.item.label),
            Column(self.tr("Level"), lambda r: _opt(r.item.required_level), align_right=True),
            Column(RaterRelation.DIRI.label, lambda r: _opt(r.own_score), align_right=True),
            Column(RaterRelation.ATASAN.label, lambda r: _opt(r.supervisor_score), align_right=True),
            Column(RaterRelation.REKAN.label, lambda r: spread_text(r.peers)),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SpreadRole and index.isValid() and index.column() == 4:
            return self.rows[index.row()].peers
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == 0:
            return item_tooltip(self.rows[index.row()].item)
        return super().data(index, role)


def _opt(value: int | None) -> str:
    return "—" if value is None else str(value)


def _signed(value: float | None) -> str:
    if value is None:
        return ""
    return ("+" if value > 0 else "") + fmt_number(value, 1)


__all__ = ["AnswerModel", "ResultModel", "SortRole", "SpreadModel", "SpreadRole", "level_text", "spread_text"]
