"""User accounts: the list with search, and a dialog to add one with a role and a linked employee."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.permissions import Role
from asn_desktop.errors import ValidationFailed
from asn_desktop.services import employees as emp_svc
from asn_desktop.services.context import AppContext
from asn_desktop.services.overview import UserRow, list_users
from ui.models.rows import Column, RowTableModel
from ui.tasks import TaskRunner
from ui.views.admin.employees import EmployeePicker
from ui.widgets.filter_box import FilterProxy, filter_box
from ui.widgets.form_dialog import FormDialog
from ui.widgets.names import named


def _role(row: UserRow) -> str:
    try:
        return Role(row.role).label
    except ValueError:
        return row.role


class UserDialog(FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tambah pengguna"), parent)
        self.setObjectName("userDialog")
        self.ctx = ctx
        self.username = named(QLineEdit(), "username")
        self.username.setPlaceholderText(self.tr("mis. NIP pegawai"))
        self.password = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "password")
        self.again = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "passwordAgain")
        self.role = named(QComboBox(), "role")
        for role in (Role.PEGAWAI, Role.PENILAI, Role.ADMIN):
            self.role.addItem(role.label, role.value)
        self.employee = EmployeePicker(ctx, self, name="userEmployee", empty=self.tr("— tidak terhubung —"))
        self.form.addRow(self.tr("&Nama pengguna"), self.username)
        self.form.addRow(self.tr("&Kata sandi"), self.password)
        self.form.addRow(self.tr("&Ulangi kata sandi"), self.again)
        self.form.addRow(self.tr("&Peran"), self.role)
        self.form.addRow(self.tr("Data &pegawai"), self.employee)
        self.action = self.save

    def save(self) -> str:
        if self.password.text() != self.again.text():
            raise ValidationFailed(self.tr("Kedua kata sandi tidak sama."))
        return emp_svc.create_user(
            self.ctx,
            username=self.username.text(),
            password=self.password.text(),
            role=self.role.currentData(),
            employee_id=self.employee.current_id(),
        )


class UsersTab(QWidget):
    """Every user of the agency; the list is loaded on the window's read worker (it grows with it)."""

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = tasks
        self.model: RowTableModel[UserRow] = RowTableModel(
            [
                Column(self.tr("Nama pengguna"), lambda r: r.username),
                Column(self.tr("Peran"), _role),
                Column(self.tr("Pegawai"), lambda r: r.employee_name or "—"),
                Column(self.tr("Status"), lambda r: self.tr("aktif") if r.active else self.tr("nonaktif")),
            ],
            self,
        )
        proxy = FilterProxy(self.model, self)
        self.table = named(QTableView(), "userTable")
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        add = named(QPushButton(self.tr("&Tambah pengguna…")), "addUser")
        add.clicked.connect(self.add_user)
        top = QHBoxLayout()
        top.addWidget(filter_box(proxy, self, "userFilter"), 1)
        top.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        ctx = self.ctx
        self.tasks.load(self, "users", lambda: list_users(ctx), self.model.set_rows)

    def add_user(self) -> None:
        if UserDialog(self.ctx, self).exec():
            self.refresh()
