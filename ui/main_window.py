"""The shell: navigation, menus, status bar. Screens live in ``ui.views``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from asn_desktop import __version__
from asn_desktop.domain.permissions import Role
from asn_desktop.resources import resource_path
from asn_desktop.services import sync as sync_svc
from asn_desktop.services.context import AppContext
from asn_desktop.services.overview import Profile, profile
from ui import settings
from ui.locale import fmt_datetime
from ui.page_stack import LazyPages
from ui.tasks import TaskRunner
from ui.views.admin.admin_page import AdminPage
from ui.views.angka_kredit_export import AngkaKreditExport
from ui.views.export_dialog import ExportDialog
from ui.views.feedback360_page import Feedback360Page
from ui.views.follow_up_page import FollowUpAgencyPage
from ui.views.meeting_view import MeetingPage
from ui.views.my_performance import MyPerformancePage
from ui.views.objection_page import ObjectionPage
from ui.views.page import Page
from ui.views.public_feedback_page import PublicFeedbackPage
from ui.views.realisation_page import RealisationPage
from ui.views.siasn_page import SiasnPage
from ui.views.signing_key_dialog import SigningKeyDialog
from ui.views.skp_editor import SkpPage
from ui.views.sync_dialog import ConflictDialog, SyncDialog
from ui.views.team_page import TeamPage
from ui.views.unit_view import UnitPage
from ui.views.worklog_page import WorklogPage
from ui.widgets import elide
from ui.widgets.keyboard import FocusRing, tab_leaves_views
from ui.widgets.names import named
from ui.widgets.tone import retone

FRAME = 40  # the title bar and borders a window manager adds around the window
ROOMY_SCREEN = QSize(1440, 900)  # below this the first window opens maximised


class MainWindow(QMainWindow):
    """One window per logged-in user.

    Signals:
        logout_requested(): the user chose "Ganti pengguna"; the app shows the login again.
    """

    logout_requested = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.profile: Profile = profile(ctx)
        self.tasks = TaskRunner(self)
        self.setObjectName("mainWindow")
        self.setWindowTitle(
            self.tr("ASN Kinerja — {name} ({agency})").format(
                name=self.profile.name, agency=self.profile.agency_name
            )
        )
        self.nav = named(QListWidget(), "navigation")
        self.stack = named(QStackedWidget(), "pages")
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_pages()
        self.nav.setFixedWidth(self._nav_width())
        self._build_menus()
        self._build_page_menu()
        FocusRing.install(QApplication.instance())  # type: ignore[arg-type]
        self._build_status()
        self.nav.currentRowChanged.connect(self._show_page)
        self.nav.setCurrentRow(0)
        self._restore_state()

    def _page_factories(self) -> list[tuple[str, Callable[[], Page]]]:
        p = self.profile
        factories: list[tuple[str, Callable[[], Page]]] = []
        if p.employee_id:
            factories += [
                (self.tr("Kinerja Saya"), lambda: MyPerformancePage(self.ctx, self)),
                (self.tr("SKP Saya"), lambda: SkpPage(self.ctx, self)),
                (self.tr("Realisasi"), lambda: RealisationPage(self.ctx, self)),
                (self.tr("Catatan Harian"), lambda: WorklogPage(self.ctx, self)),
                (self.tr("Umpan Balik 360°"), lambda: Feedback360Page(self.ctx, self)),
            ]
        if p.role in (Role.PENILAI, Role.ADMIN) and p.has_subordinates:
            factories += [
                (self.tr("Penilaian Bawahan"), lambda: TeamPage(self.ctx, self)),
                (self.tr("Rapat Evaluasi"), lambda: MeetingPage(self.ctx, self)),
                (self.tr("Keberatan"), lambda: ObjectionPage(self.ctx, self.tasks, self)),
            ]
        if p.role in (Role.PENILAI, Role.ADMIN):
            factories.append((self.tr("Unit Kerja"), lambda: UnitPage(self.ctx, self)))
            factories.append(
                (self.tr("Umpan Balik Masyarakat"), lambda: PublicFeedbackPage(self.ctx, self.tasks, self))
            )
        if p.role is Role.ADMIN:
            factories.append(
                (self.tr("Tindak Lanjut"), lambda: FollowUpAgencyPage(self.ctx, self.tasks, self))
            )
            factories.append((self.tr("Kirim ke SIASN"), lambda: SiasnPage(self.ctx, self.tasks, self)))
            factories.append((self.tr("Administrasi"), lambda: AdminPage(self.ctx, self.tasks, self)))
        return factories

    def _build_pages(self) -> None:
        factories = self._page_factories()
        self.pages = LazyPages(self.stack, [factory for _, factory in factories], on_built=self._page_built)
        for title, _ in factories:
            QListWidgetItem(title, self.nav)

    @staticmethod
    def _page_built(page: Page) -> None:
        """What every screen gets when it is first built: Tab leaves its tables, cut text has a tip."""
        tab_leaves_views(page)
        elide.install(page)

    def _nav_width(self) -> int:
        """As wide as the longest page name, so the pages keep the rest of a small screen."""
        metrics = self.nav.fontMetrics()
        longest = max(
            (metrics.horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count())), default=0
        )
        return max(140, longest + 2 * self.nav.frameWidth() + 24)

    def _build_page_menu(self) -> None:
        """Halaman: every page with Ctrl+1…Ctrl+9, and Ctrl+PgDn/Ctrl+PgUp for the next/previous."""
        menu = named(QMenu(self.tr("&Halaman"), self), "pageMenu")
        bar = self.menuBar()
        actions = bar.actions()
        if len(actions) > 1:
            bar.insertMenu(actions[1], menu)  # after Berkas
        else:
            bar.addMenu(menu)
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            action = named(QAction(item.text(), self), f"actionPage{row + 1}")
            if row < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
                item.setToolTip(
                    f"{item.text()} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
                )
            action.triggered.connect(lambda _=False, r=row: self.nav.setCurrentRow(r))
            menu.addAction(action)
        menu.addSeparator()
        for name, text, keys, step in (
            ("actionNextPage", self.tr("Halaman &berikutnya"), "Ctrl+PgDown", 1),
            ("actionPreviousPage", self.tr("Halaman &sebelumnya"), "Ctrl+PgUp", -1),
        ):
            action = named(QAction(text, self), name)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _=False, s=step: self._step_page(s))
            menu.addAction(action)
        focus = named(QAction(self.tr("Ke &navigasi"), self), "actionFocusNavigation")
        focus.setShortcut(QKeySequence("F6"))
        focus.triggered.connect(lambda: self.nav.setFocus(Qt.FocusReason.ShortcutFocusReason))
        menu.addAction(focus)

    def _step_page(self, step: int) -> None:
        count = self.nav.count()
        if count:
            self.nav.setCurrentRow((self.nav.currentRow() + step) % count)

    def page(self, kind: type[Page]) -> Page | None:
        row = self.pages.find(kind)
        return None if row is None else self.pages[row]

    def show_page(self, kind: type[Page]) -> Page | None:
        row = self.pages.find(kind)
        if row is None:
            return None
        self.nav.setCurrentRow(row)
        return self.pages[row]

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        current = self.stack.currentWidget()
        if isinstance(current, Page) and current is not self.pages[row] and not current.confirm_leave():
            self._stay_on(self.pages.index(current))
            return
        self.stack.setCurrentIndex(row)
        self.pages[row].refresh()

    def _stay_on(self, row: int) -> None:
        """Highlight ``row`` again after the user chose to stay (Batal in the unsaved question).

        A mouse press moves the current item first and selects the clicked item only after this
        handler returns, so the highlight is put back now (keyboard) and once more when the press
        has finished (mouse); without the second, the list showed a page that was not showing.
        """

        def restore() -> None:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.nav.blockSignals(False)

        restore()
        QTimer.singleShot(0, restore)

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Berkas"))
        switch = named(QAction(self.tr("&Ganti pengguna"), self), "actionLogout")
        switch.triggered.connect(self._logout)
        quit_action = named(QAction(self.tr("&Keluar"), self), "actionQuit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addActions([switch, quit_action])

        if self.profile.role in (Role.PENILAI, Role.ADMIN):
            export = named(QAction(self.tr("&Ekspor formulir PDF…"), self), "actionExport")
            export.triggered.connect(self.show_export)
            menu.insertAction(switch, export)
            if self.profile.role is Role.ADMIN:
                credit = named(QAction(self.tr("Ekspor &angka kredit (XLSX)…"), self), "actionExportCredit")
                credit.triggered.connect(lambda: AngkaKreditExport(self, self.ctx, self.tasks).ask())
                menu.insertAction(switch, credit)
            menu.insertSeparator(switch)

        menu = self.menuBar().addMenu(self.tr("&Sinkronisasi"))
        sync_now = named(QAction(self.tr("&Sinkronkan sekarang…"), self), "actionSync")
        sync_now.setShortcut(QKeySequence("Ctrl+Shift+S"))
        sync_now.triggered.connect(self.show_sync)
        conflicts = named(QAction(self.tr("&Konflik…"), self), "actionConflicts")
        conflicts.triggered.connect(self.show_conflicts)
        conflicts.setEnabled(self.profile.role in (Role.PENILAI, Role.ADMIN))
        menu.addActions([sync_now, conflicts])

        menu = self.menuBar().addMenu(self.tr("&Pengaturan"))
        if self.profile.employee_id:
            my_key = named(QAction(self.tr("&Kunci tanda tangan saya…"), self), "actionSigningKey")
            my_key.triggered.connect(self.show_signing_key)
            menu.addAction(my_key)
        language = menu.addMenu(self.tr("&Bahasa"))
        for code, label in (("id", "Bahasa Indonesia"), ("en", "English")):
            action = named(QAction(label, self, checkable=True), f"actionLanguage_{code}")
            action.setChecked(settings.LANGUAGE.get(settings.store()) == code)
            action.triggered.connect(lambda _=False, c=code: self._set_language(c))
            language.addAction(action)

        menu = self.menuBar().addMenu(self.tr("Ban&tuan"))
        guide = named(QAction(self.tr("&Panduan pengguna"), self), "actionGuide")
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        guide.triggered.connect(self.show_guide)
        about = named(QAction(self.tr("&Tentang ASN Kinerja"), self), "actionAbout")
        about.triggered.connect(self.show_about)
        menu.addActions([guide, about])

    def _build_status(self) -> None:
        p = self.profile
        who = f"{p.name} · {p.role.label}" + (f" · {p.unit_name}" if p.unit_name else "")
        self.statusBar().addWidget(QLabel(who))
        key = (
            self.tr("kunci di keyring sistem")
            if self.ctx.workspace.key_backend == "keyring"
            else self.tr("kunci disegel frasa sandi")
        )
        self.sync_status = named(QLabel(), "syncStatus")
        self.statusBar().addPermanentWidget(self.sync_status)
        self.statusBar().addPermanentWidget(QLabel("· " + key))
        self.update_sync_status()

    def update_sync_status(self) -> None:
        """The status bar's sync line: when this laptop last synced, and open conflicts."""
        last = sync_svc.last_sync(self.ctx)
        text = (
            self.tr("Sinkron terakhir: {when}").format(when=fmt_datetime(last[0]))
            if last
            else self.tr("Belum pernah sinkron")
        )
        if self.profile.role in (Role.PENILAI, Role.ADMIN):
            count = sync_svc.open_conflict_count(self.ctx)
            if count:
                text += " · " + self.tr("{n} konflik").format(n=count)
        self.sync_status.setText(text)

    def show_sync(self) -> None:
        SyncDialog(self.ctx, self.tasks, self).exec()
        self.update_sync_status()
        current = self.stack.currentWidget()
        if isinstance(current, Page):
            current.refresh()

    def show_conflicts(self) -> None:
        ConflictDialog(self.ctx, self).exec()
        self.update_sync_status()

    def show_export(self) -> None:
        ExportDialog(self.ctx, self.tasks, self).exec()

    def show_signing_key(self) -> None:
        SigningKeyDialog(self.ctx, self.tasks, self).exec()

    def _set_language(self, code: str) -> None:
        settings.LANGUAGE.set(settings.store(), code)
        QMessageBox.information(
            self, self.tr("Bahasa"), self.tr("Bahasa tampilan akan berubah setelah aplikasi dibuka kembali.")
        )

    def show_guide(self) -> QDialog:
        """The short Indonesian user guide shipped in resources/help."""
        dialog = named(QDialog(self), "guideDialog")
        dialog.setWindowTitle(self.tr("Panduan pengguna"))
        dialog.resize(760, 640)
        browser = named(QTextBrowser(dialog), "guideText")
        browser.setMarkdown(resource_path("help/panduan.md").read_text(encoding="utf-8"))
        QVBoxLayout(dialog).addWidget(browser)
        dialog.show()
        return dialog

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Tentang ASN Kinerja"),
            self.tr(
                "<b>ASN Kinerja Desktop</b> versi {version}<br>Pengelolaan kinerja pegawai ASN "
                "menurut PermenPANRB 6/2022.<br>Data tersimpan terenkripsi di laptop ini."
            ).format(version=__version__),
        )

    def _logout(self) -> None:
        if self.close():
            self.logout_requested.emit()

    def _restore_state(self) -> None:
        """The size and place of last time; the first time, one that fits this screen."""
        store = settings.store()
        geometry = settings.WINDOW_GEOMETRY.get(store)
        if not (geometry and self.restoreGeometry(geometry)):
            self._first_geometry()
        state = settings.WINDOW_STATE.get(store)
        if state:
            self.restoreState(state)

    def _first_geometry(self) -> None:
        """Within the screen's free area, frame and all; maximised on a laptop-sized screen.

        A fixed 1200×780 put the status bar below a 1366×768 screen; the usual office laptop
        works best with the window maximised, a larger screen gets a comfortable window.
        """
        area = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        width, height = min(1280, area.width() - FRAME), min(820, area.height() - FRAME)
        self.setGeometry(area.x() + (area.width() - width) // 2, area.y() + FRAME // 2, width, height)
        if area.width() < ROOMY_SCREEN.width() or area.height() < ROOMY_SCREEN.height():
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            retone(self)  # the desktop switched between light and dark while the app runs

    def closeEvent(self, event: QCloseEvent) -> None:
        current = self.stack.currentWidget()
        if isinstance(current, Page) and not current.confirm_leave():
            event.ignore()
            return
        store = settings.store()
        settings.WINDOW_GEOMETRY.set(store, self.saveGeometry())
        settings.WINDOW_STATE.set(store, self.saveState())
        self.tasks.shutdown()
        event.accept()


def active_main_window() -> MainWindow | None:
    for w in QApplication.topLevelWidgets():
        if isinstance(w, MainWindow) and w.isVisible():
            return w
    return None


__all__ = ["MainWindow", "Qt", "active_main_window"]
