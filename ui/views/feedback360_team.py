"""The supervisor's 360° tab for one subordinate and period: open a round with peers, see who still
must answer, close it, and read the spread per item beside the Rating Perilaku Kerja.

Peers appear by name only in the list of who was invited and who answered; the spread counts them
and never says who gave which score.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.competency import MIN_PEERS_SHOWN, RaterRelation, RoundStatus, peers_visible
from asn_desktop.domain.period import Period
from asn_desktop.services import competency as comp
from asn_desktop.services.competency import RaterStatus, RoundView, SupervisorSummary
from asn_desktop.services.context import AppContext
from ui.errors import show_error
from ui.locale import fmt_date
from ui.models.feedback360 import SpreadModel, SpreadRole
from ui.models.rows import Column, RowTableModel
from ui.widgets.current_row import current_row
from ui.widgets.form_dialog import FormDialog
from ui.widgets.names import named
from ui.widgets.questions import confirm
from ui.widgets.spread_delegate import SpreadDelegate

TYPING_PAUSE_MS = 150


class PeerPickerDialog(FormDialog):
    """Search active employees by name or NIP and tick the peers; OK passes the ticked ids on."""

    def __init__(
        self,
        ctx: AppContext,
        employee_id: str,
        *,
        title: str,
        ok_text: str,
        action: Callable[[list[str]], object],
        exclude: set[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent, ok_text=ok_text)
        self.setObjectName("peerPicker")
        self.ctx, self.employee_id, self.exclude = ctx, employee_id, exclude
        self.chosen: dict[str, str] = {}
        self.search = named(QLineEdit(clearButtonEnabled=True), "peerSearch")
        self.search.setPlaceholderText(self.tr("Ketik nama atau NIP…"))
        self.results = named(QListWidget(), "peerResults")
        self.results.setMinimumHeight(220)
        self.results.itemChanged.connect(self._toggled)
        self.summary = named(QLabel(wordWrap=True), "peerChosen")
        self.timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.search_now)
        self.search.textChanged.connect(lambda *_: self.timer.start())
        self.form.addRow(self.tr("&Cari pegawai"), self.search)
        self.form.addRow(self.tr("Rekan kerja"), self.results)
        self.form.addRow(self.tr("Dipilih"), self.summary)
        self.action = lambda: action(list(self.chosen))
        self.search_now()
        self._show_chosen()

    def search_now(self) -> None:
        rows = comp.peer_candidates(self.ctx, employee_id=self.employee_id, text=self.search.text())
        self.results.blockSignals(True)
        self.results.clear()
        for r in rows:
            if r.id in self.exclude:
                continue
            item = QListWidgetItem(f"{r.name} — {r.position_name or r.unit_name}", self.results)
            item.setData(Qt.ItemDataRole.UserRole, (r.id, r.name))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if r.id in self.chosen else Qt.CheckState.Unchecked)
        self.results.blockSignals(False)

    def pick(self, name: str) -> None:
        """Tick the first result called ``name`` (for tests and keyboard users alike)."""
        for i in range(self.results.count()):
            item = self.results.item(i)
            if item.data(Qt.ItemDataRole.UserRole)[1] == name:
                item.setCheckState(Qt.CheckState.Checked)
                return
        raise LookupError(name)

    def _toggled(self, item: QListWidgetItem) -> None:
        peer_id, name = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self.chosen[peer_id] = name
        else:
            self.chosen.pop(peer_id, None)
        self._show_chosen()

    def _show_chosen(self) -> None:
        names = sorted(self.chosen.values())
        self.summary.setText(", ".join(names) if names else self.tr("<i>belum ada</i>"))


class Feedback360Tab(QWidget):
    """One subordinate's round for the period chosen on the team page."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.employee_id: str | None = None
        self.period_key: str | None = None
        self.view: RoundView | None = None
        self.header = named(QLabel(wordWrap=True), "roundHeader")
        self.open_button = named(QPushButton(self.tr("&Buka putaran…")), "openRound")
        self.open_button.clicked.connect(self.open_round)
        self.add_button = named(QPushButton(self.tr("&Tambah rekan…")), "addPeer")
        self.add_button.clicked.connect(self.add_peers)
        self.remove_button = named(QPushButton(self.tr("&Hapus rekan")), "removePeer")
        self.remove_button.clicked.connect(self.remove_peer)
        self.close_button = named(QPushButton(self.tr("T&utup putaran…")), "closeRound")
        self.close_button.clicked.connect(self.close_round)
        self.perilaku = named(QLabel(wordWrap=True), "perilakuBeside")
        self.raters: RowTableModel[RaterStatus] = RowTableModel(
            [
                Column(self.tr("Penilai"), lambda r: r.name),
                Column(self.tr("Sebagai"), lambda r: r.relation.label),
                Column(self.tr("Status"), self._rater_state),
            ],
            self,
        )
        self.spread = SpreadModel(self)
        self._build()
        self.clear()

    def _build(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.header, 1)
        for button in (self.open_button, self.add_button, self.remove_button, self.close_button):
            bar.addWidget(button)
        self.rater_table = named(QTableView(), "raterTable")
        self.rater_table.setModel(self.raters)
        self.rater_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.rater_table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.rater_table.verticalHeader().hide()
        self.rater_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.rater_table.horizontalHeader().setStretchLastSection(True)
        self.rater_table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.spread_table = named(QTableView(), "spreadTable")
        self.spread_table.setModel(self.spread)
        self.spread_table.verticalHeader().hide()
        self.spread_table.setWordWrap(False)
        delegate = SpreadDelegate(SpreadRole, self.spread_table)
        for column in SpreadModel.RELATIONS:
            self.spread_table.setItemDelegateForColumn(column, delegate)
        header = self.spread_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SpreadModel.ITEM, QHeaderView.ResizeMode.Stretch)
        for column in SpreadModel.RELATIONS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, 140)
        splitter = named(QSplitter(Qt.Orientation.Vertical), "feedback360Splitter")
        splitter.addWidget(self.spread_table)
        splitter.addWidget(self.rater_table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.perilaku)
        layout.addWidget(splitter, 1)

    def _rater_state(self, r: RaterStatus) -> str:
        if r.submitted_at is None:
            return self.tr("belum menjawab")
        return self.tr("sudah menjawab ({date})").format(date=fmt_date(r.submitted_at))

    # -- loading --------------------------------------------------------------------------------

    def clear(self) -> None:
        self.employee_id = self.period_key = None
        self.view = None
        self.header.setText("")
        self.perilaku.setText("")
        self.raters.set_rows([])
        self.spread.set_rows([])
        self._enable()

    def load(self, employee_id: str, period_key: str) -> None:
        """Show the round of ``employee_id`` for ``period_key`` (or offer to open one)."""
        self.employee_id, self.period_key = employee_id, period_key
        period = Period.parse(period_key).label
        self.view = comp.round_for(self.ctx, employee_id=employee_id, period_key=period_key)
        if self.view is None:
            self.header.setText(
                self.tr("Belum ada putaran umpan balik 360° untuk {period}.").format(period=period)
            )
            self.perilaku.setText("")
            self.raters.set_rows([])
            self.spread.set_rows([])
            self._enable()
            return
        view = self.view
        self.header.setText(
            self.tr(
                "<b>{period}</b> · {status} · dibuka {opened} · {done} dari {total} penilai sudah menjawab"
            ).format(
                period=period,
                status=view.status.label,
                opened=fmt_date(view.opened_at),
                done=view.submitted,
                total=len(view.raters),
            )
        )
        mine = next((r for r in view.raters if r.rater_id == self.ctx.actor.employee_id), None)
        if view.status is RoundStatus.OPEN and mine is not None and mine.submitted_at is None:
            self.header.setText(
                self.header.text()
                + "<br>"
                + self.tr("Jawaban Anda sebagai atasan diisi di halaman <b>Umpan Balik 360°</b>.")
            )
        self.raters.set_rows(list(view.raters))
        summary = comp.round_summary_for_supervisor(self.ctx, view.id)
        if not peers_visible(summary.submitted[RaterRelation.REKAN]):
            self.header.setText(
                self.header.text()
                + "<br>"
                + self.tr("Nilai rekan kerja tampil setelah paling sedikit {n} rekan menjawab.").format(
                    n=MIN_PEERS_SHOWN
                )
            )
        self.spread.set_rows(list(summary.rows))
        self._show_perilaku(summary)
        self._enable()

    def _show_perilaku(self, summary: SupervisorSummary) -> None:
        if summary.rating_perilaku is None:
            self.perilaku.setText(self.tr("Rating Perilaku Kerja periode ini belum Anda tetapkan."))
            return
        self.perilaku.setText(
            self.tr("Rating Perilaku Kerja yang Anda tetapkan ({period}): <b>{rating}</b>").format(
                period=Period.parse(summary.rating_period_key or summary.period_key).label,
                rating=summary.rating_perilaku.label,
            )
        )

    def _selected_rater(self) -> RaterStatus | None:
        return current_row(self.rater_table)

    def _enable(self) -> None:
        view = self.view
        is_open = view is not None and view.status is RoundStatus.OPEN
        self.open_button.setEnabled(self.employee_id is not None and view is None)
        self.add_button.setEnabled(is_open)
        self.close_button.setEnabled(is_open)
        rater = self._selected_rater() if is_open else None
        self.remove_button.setEnabled(
            rater is not None and rater.relation is RaterRelation.REKAN and rater.submitted_at is None
        )

    def _reload(self) -> None:
        if self.employee_id and self.period_key:
            self.load(self.employee_id, self.period_key)

    # -- acts -----------------------------------------------------------------------------------

    def open_round(self) -> None:
        assert self.employee_id is not None
        assert self.period_key is not None
        employee_id, period_key = self.employee_id, self.period_key
        dialog = PeerPickerDialog(
            self.ctx,
            employee_id,
            title=self.tr("Buka putaran umpan balik 360°"),
            ok_text=self.tr("Buka putaran"),
            action=lambda ids: comp.open_round(
                self.ctx, employee_id=employee_id, period_key=period_key, peer_ids=ids
            ),
            exclude=set(),
            parent=self,
        )
        if dialog.exec():
            self._reload()

    def add_peers(self) -> None:
        assert self.view is not None
        assert self.employee_id is not None
        round_id = self.view.id

        def add(ids: list[str]) -> None:
            for peer_id in ids:
                comp.add_peer(self.ctx, round_id=round_id, peer_id=peer_id)

        dialog = PeerPickerDialog(
            self.ctx,
            self.employee_id,
            title=self.tr("Tambah rekan penilai"),
            ok_text=self.tr("Tambahkan"),
            action=add,
            exclude={r.rater_id for r in self.view.raters},
            parent=self,
        )
        dialog.exec()
        self._reload()

    def remove_peer(self) -> None:
        rater = self._selected_rater()
        assert self.view is not None
        assert rater is not None
        try:
            comp.remove_peer(self.ctx, round_id=self.view.id, peer_id=rater.rater_id)
        except Exception as exc:
            show_error(self, exc)
        self._reload()

    def close_round(self) -> None:
        assert self.view is not None
        if not confirm(
            self,
            self.tr("Tutup putaran"),
            self.tr(
                "Setelah ditutup, penilai tidak dapat lagi menjawab dan pegawai dapat melihat hasilnya. "
                "Tutup putaran sekarang?"
            ),
            self.tr("&Tutup putaran"),
        ):
            return
        try:
            comp.close_round(self.ctx, round_id=self.view.id)
        except Exception as exc:
            show_error(self, exc)
        self._reload()
