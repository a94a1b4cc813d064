"""Issue 13: the admin records a mutasi from the employees screen. The employee is chosen with the
mouse; the dialog asks for the day (Indonesian, dd MMMM yyyy), the new supervisor and position;
the confirmation names the SKP that closes and its new last day; the core's refusals show inline.
Nobody but the admin sees the action, and the core refuses anyone else anyway."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QTableView, QWidget

from asn_desktop.domain.errors import PermissionDenied
from asn_desktop.errors import user_message
from asn_desktop.services import mutasi
from asn_desktop.services import skp as skp_svc
from asn_desktop.store.models import Employee, Skp
from tests.unit.services.helpers import approved_skp, head_skp
from ui.views.admin.admin_page import AdminPage
from ui.views.admin.employees import EmployeesTab, MutasiDialog


@pytest.fixture
def staff_with_skp(org):  # type: ignore[no-untyped-def]
    """staff1's approved SKP of 2026 under the kasi (the one a mutasi closes)."""
    _, kasi_rhk, _ = approved_skp(org, "kasi", parent_rhk=head_skp(org))
    org.old_skp, _, _ = approved_skp(org, "staff1", parent_rhk=kasi_rhk)
    return org


@pytest.fixture
def admin_page(qtbot, staff_with_skp, tasks) -> AdminPage:  # type: ignore[no-untyped-def]
    page = AdminPage(staff_with_skp.admin, tasks)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


@pytest.fixture
def employees(admin_page: AdminPage, tasks) -> EmployeesTab:  # type: ignore[no-untyped-def]
    assert admin_page.tabs is not None
    admin_page.tabs.setCurrentWidget(admin_page.employees)
    tasks.wait_idle()
    return admin_page.employees


FAILURES: list[BaseException] = []


@pytest.fixture(autouse=True)
def _no_failure_in_a_modal() -> Iterator[None]:
    FAILURES.clear()
    yield
    if FAILURES:
        raise FAILURES[0]


def _click_row_of(view: QTableView, name: str) -> None:
    """Choose the employee as the user does: a left click on his row, on the table's viewport."""
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    index = model.index(row, 0)
    view.scrollTo(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def _when_modal(kind: type, act: Callable[[object], None], *, within_s: float = 15.0) -> None:
    """Run ``act`` on the next modal window of ``kind`` once it is up (a dialog, then its question).

    The window is looked for among the visible top-level windows too, not only as the active modal
    one (another application window may hold that), and only for ``within_s``: a window that never
    comes fails the test instead of leaving a timer polling into the tests after it.
    """
    deadline = time.monotonic() + within_s

    def find() -> QWidget | None:
        active = QApplication.activeModalWidget()
        if isinstance(active, kind) and active.isVisible():
            return active
        return next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None
        )

    def run() -> None:
        widget = find()
        if widget is None:
            if time.monotonic() < deadline:
                QTimer.singleShot(10, run)
            else:
                FAILURES.append(AssertionError(f"no {kind.__name__} came up within {within_s:g} s"))
                for stuck in QApplication.topLevelWidgets():  # let the test end and report it
                    if isinstance(stuck, QDialog) and stuck.isVisible():
                        stuck.reject()
            return
        try:
            act(widget)
        except BaseException as exc:  # a failed check closes the window, or the test would hang
            FAILURES.append(exc)
            widget.reject()  # type: ignore[attr-defined]

    QTimer.singleShot(0, run)


def test_the_admin_records_a_mutasi_and_the_year_gets_a_second_skp(qtbot, staff_with_skp, employees) -> None:
    org = staff_with_skp
    mutasi_button = employees.findChild(QPushButton, "recordMutasi")
    assert mutasi_button.isVisible()
    assert not mutasi_button.isEnabled(), "nobody chosen yet"
    _click_row_of(employees.table, "Staf Satu")
    assert employees.selected().id == org.staff1
    assert mutasi_button.isEnabled()

    seen: dict[str, object] = {}

    def answer(box: object) -> None:
        assert isinstance(box, QMessageBox)
        seen["question"] = box.text()
        box.findChild(QPushButton, "confirmAction").click()

    def fill(dialog: object) -> None:
        assert isinstance(dialog, MutasiDialog)
        seen["dialog"] = dialog
        assert dialog.day.displayFormat() == "dd MMMM yyyy"
        dialog.day.setDate(QDate(2026, 7, 1))
        seen["shown"] = dialog.day.text()
        assert dialog.supervisor.current_id() == org.kasi, "the current supervisor is where one starts"
        qtbot.keyClicks(dialog.supervisor.search, "Kepala")
        dialog.supervisor.search_now()
        choice = dialog.supervisor.choice
        choice.setCurrentIndex(choice.findData(org.head))
        assert dialog.supervisor.current_id() == org.head
        _when_modal(QMessageBox, answer)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    _when_modal(MutasiDialog, fill)
    qtbot.mouseClick(mutasi_button, Qt.MouseButton.LeftButton)

    assert seen["shown"] == "01 Juli 2026"  # the app's Indonesian locale
    question = str(seen["question"])
    assert "SKP tahun 2026 versi 1 milik Staf Satu (1 Januari s.d. 31 Desember 2026)" in question
    assert "berakhir 30 Juni 2026" in question
    assert not seen["dialog"].isVisible()  # type: ignore[attr-defined]
    assert "Mutasi Staf Satu per 1 Juli 2026 dicatat" in employees.status.text()
    with org.ws.sessions() as s:
        assert s.get(Skp, org.old_skp).end_on == date(2026, 6, 30)
        assert s.get(Employee, org.staff1).supervisor_id == org.head

    staff = org.ctx["staff1"]
    new = skp_svc.create_skp(staff, year=2026)  # the pegawai drafts the rest of the year
    periods = mutasi.skp_periods(org.admin, employee_id=org.staff1, year=2026)
    assert [(p.skp_id, p.label, p.penilai_id) for p in periods] == [
        (org.old_skp, "1 Januari s.d. 30 Juni 2026", org.kasi),
        (new, "1 Juli s.d. 31 Desember 2026", org.head),
    ]


def test_the_cores_refusal_shows_inline_and_keeps_the_dialog(qtbot, staff_with_skp, employees) -> None:
    org = staff_with_skp
    _click_row_of(employees.table, "Staf Satu")
    dialog = MutasiDialog(org.admin, employees.selected(), employees)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.day.setDate(QDate(2026, 1, 1))  # the SKP's first day: nothing would be left before it
    dialog.supervisor.set_current(org.head, "Kepala Dinas")
    assert dialog.question() is None, "no question for a day the core refuses"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.message.text().startswith("Tanggal mutasi (1 Januari 2026) harus sesudah awal")

    dialog.day.setDate(QDate(2026, 7, 1))
    dialog.supervisor.set_current(org.kasi, "Kasi Program")  # nothing changes: not a mutasi
    _when_modal(QMessageBox, lambda box: box.findChild(QPushButton, "confirmAction").click())  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.message.text() == "Mutasi harus mengubah atasan atau jabatan pegawai."
    with org.ws.sessions() as s:
        assert s.get(Skp, org.old_skp).end_on is None, "a refused mutasi closes nothing"


def test_no_one_but_the_admin_sees_the_action_and_the_core_refuses_them(qtbot, staff_with_skp, tasks) -> None:
    org = staff_with_skp
    for who in ("kasi", "head", "staff1"):
        page = AdminPage(org.ctx[who], tasks)
        qtbot.addWidget(page)
        assert page.findChild(QPushButton, "recordMutasi") is None, who
    tab = EmployeesTab(org.ctx["kasi"], tasks)  # were the tab ever shown to him
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    assert not tab.mutasi_button.isVisible()
    with pytest.raises(PermissionDenied) as refused:
        mutasi.record_mutasi(
            org.ctx["kasi"], employee_id=org.staff1, day=date(2026, 7, 1), supervisor_id=org.head
        )
    assert user_message(refused.value) == "Anda tidak berwenang mencatat mutasi pegawai."
