"""Administration: units and positions, employees, users, settings, signing — one tab each.

Only an administrator gets the tabs: for anyone else the page says so and offers nothing, because
every service behind the tabs would refuse them (``can_manage_master_data``/``can_manage_users``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from asn_desktop.domain.permissions import can_manage_master_data, can_manage_users
from asn_desktop.services.context import AppContext
from ui.tasks import TaskRunner
from ui.views.admin.agency_tab import AgencyTab
from ui.views.admin.competencies import CompetenciesTab
from ui.views.admin.employees import EmployeesTab
from ui.views.admin.security import SecurityTab
from ui.views.admin.settings import SettingsTab
from ui.views.admin.signing import SigningTab
from ui.views.admin.units import UnitsTab
from ui.views.admin.users import UsersTab
from ui.views.page import Page
from ui.widgets.names import named


class AdminPage(Page):
    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.tabs: QTabWidget | None = None
        if not (can_manage_master_data(ctx.actor) and can_manage_users(ctx.actor)):
            refusal = named(QLabel(self.tr("Halaman administrasi hanya untuk administrator.")), "refusal")
            refusal.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(refusal)
            return
        self.units = UnitsTab(ctx, self)
        self.employees = EmployeesTab(ctx, tasks, self)
        self.users = UsersTab(ctx, tasks, self)
        self.settings = SettingsTab(ctx, self)
        self.competencies = CompetenciesTab(ctx, tasks, self)
        self.signing = SigningTab(ctx, tasks, self)
        self.agency = AgencyTab(ctx, self)
        self.security = SecurityTab(ctx, tasks, self)
        self.tabs = named(QTabWidget(), "adminTabs")
        self.tabs.addTab(self.units, self.tr("&Unit && Jabatan"))
        self.tabs.addTab(self.employees, self.tr("&Pegawai"))
        self.tabs.addTab(self.users, self.tr("Pe&ngguna"))
        self.tabs.addTab(self.settings, self.tr("Pe&ngaturan"))
        self.tabs.addTab(self.competencies, self.tr("&Kompetensi Jabatan"))
        self.tabs.addTab(self.signing, self.tr("&Tanda Tangan"))
        self.tabs.addTab(self.agency, self.tr("&Instansi && Konfigurasi"))
        self.tabs.addTab(self.security, self.tr("Kea&manan"))
        self.tabs.currentChanged.connect(self._refresh_tab)  # each tab reloads when shown
        layout.addWidget(self.tabs)

    def _refresh_tab(self, index: int) -> None:
        if self.tabs is None:
            return
        tab = self.tabs.widget(index)
        refreshable = (UnitsTab, EmployeesTab, UsersTab, SettingsTab, CompetenciesTab, SigningTab, AgencyTab)
        if isinstance(tab, (*refreshable, SecurityTab)):
            tab.refresh()

    def refresh(self) -> None:
        if self.tabs is not None:
            self._refresh_tab(self.tabs.currentIndex())


__all__ = ["AdminPage"]
