"""Administration: units, employees (inline NIP check, CSV import and its report), users, settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QProgressDialog, QPushButton

from asn_desktop.domain.curve import PredikatOrganisasi
from asn_desktop.domain.errors import PermissionDenied
from asn_desktop.services import employees as emp
from asn_desktop.services.directory import EmployeeFilter, count_visible_employees
from asn_desktop.services.overview import list_users
from asn_desktop.services.unit import check_unit_distribution
from tests.conftest import PASSWORD
from tests.gui.helpers import child, on_next_dialog
from ui.main_window import MainWindow
from ui.views.admin import employees as employees_view
from ui.views.admin.admin_page import AdminPage
from ui.views.admin.employees import EmployeeDialog, EmployeesTab
from ui.views.admin.units import UnitTreeModel
from ui.views.admin.users import UserDialog
from ui.widgets.form_dialog import FormDialog

HEADER = "nip,nama,jenis,unit,jabatan,nip_atasan\n"


@pytest.fixture
def admin_page(qtbot, org, tasks) -> AdminPage:
    page = AdminPage(org.admin, tasks)
    qtbot.addWidget(page)
    page.refresh()
    tasks.wait_idle()
    return page


@pytest.fixture
def employees_tab(admin_page: AdminPage) -> EmployeesTab:
    assert admin_page.tabs is not None
    admin_page.tabs.setCurrentWidget(admin_page.employees)
    return admin_page.employees


def _total(org) -> int:
    return count_visible_employees(org.admin, EmployeeFilter())


def test_invalid_nip_is_explained_inline_and_nothing_is_saved(qtbot, org, employees_tab) -> None:
    before = _total(org)
    dialog = EmployeeDialog(org.admin, employees_tab.units, employees_tab)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.nip.edit, "19900101")
    assert dialog.nip.reason.text() == "NIP harus 18 digit (tertulis 8)"
    qtbot.keyClicks(dialog.nip.edit, "2015031000")  # 18 digits, serial 000
    assert "tidak boleh 000" in dialog.nip.reason.text()
    dialog.name.setText("Pegawai Salah")
    dialog._submit()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "tidak boleh 000" in dialog.message.text(), "the core's refusal too, input kept"
    assert dialog.nip.edit.text() == "199001012015031000"
    assert _total(org) == before
    dialog.nip.edit.setText("1990 0101 2015 03 1 009")
    assert dialog.nip.reason.text().startswith("NIP PNS sah · lahir 1 Januari 1990")
    dialog.nip.edit.setText("199009132025242099")  # a PPPK layout: digits 13-14 are no month
    assert dialog.nip.reason.text().startswith("NIP PPPK sah")
    dialog.kind.setCurrentIndex(dialog.kind.findData("PNS"))
    assert dialog.nip.reason.property("valid") is False, "the layout follows the chosen type"


def test_valid_employee_is_added_through_the_dialog_and_listed(
    qtbot, qtmodeltester, org, employees_tab
) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, EmployeeDialog)
        dialog.nip.edit.setText("199203152019032011")
        dialog.name.setText("Rina Wulandari")
        dialog.unit.setCurrentIndex(dialog.unit.findData(org.seksi))
        qtbot.keyClicks(dialog.supervisor.search, "Kasi")
        dialog.supervisor.search_now()
        assert dialog.supervisor.current_id() == org.kasi, "the best match is picked"
        dialog._submit()

    seen = on_next_dialog(fill)
    employees_tab.add_employee()
    assert seen
    assert seen[0].result() == QDialog.DialogCode.Accepted
    qtbot.keyClicks(employees_tab.search, "wulan")
    qtbot.waitUntil(lambda: employees_tab.model.total == 1)
    row = employees_tab.model.rows[0]
    assert (row.name, row.supervisor_name, row.unit_id) == ("Rina Wulandari", "Kasi Program", org.seksi)
    assert employees_tab.count.text() == "1 pegawai"
    qtmodeltester.check(employees_tab.model)
    employees_tab.unit_filter.setCurrentIndex(employees_tab.unit_filter.findData(org.unit))
    assert employees_tab.model.total == 0, "the unit filter narrows in SQL too"
    qtmodeltester.check(employees_tab.model)


def test_edit_keeps_fields_and_refuses_self_supervision(qtbot, org, employees_tab) -> None:
    employees_tab.search.setText("Staf Satu")
    employees_tab.apply_filter()
    employees_tab.table.setCurrentIndex(employees_tab.model.index(0, 0))
    row = employees_tab.selected()
    dialog = EmployeeDialog(org.admin, employees_tab.units, employees_tab, row=row)
    qtbot.addWidget(dialog)
    assert dialog.nip.edit.text() == "199001012015031003"
    assert dialog.supervisor.current_id() == org.kasi
    assert dialog.supervisor.choice.findData(org.staff1) == -1, "one cannot pick oneself as supervisor"
    dialog.name.setText("Staf Satu Baru")
    dialog._submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    employees_tab.search.setText("Baru")
    employees_tab.apply_filter()
    assert employees_tab.model.rows[0].supervisor_id == org.kasi


def _preview(qtbot, employees_tab):
    qtbot.waitUntil(
        lambda: (
            employees_tab.import_flow is not None
            and employees_tab.import_flow.preview_dialog is not None
            and employees_tab.import_flow.preview_dialog.isVisible()
        ),
        timeout=10_000,
    )
    return employees_tab.import_flow.preview_dialog


def test_import_with_bad_rows_shows_the_preview_and_imports_nothing(
    qtbot, qtmodeltester, org, employees_tab, tmp_path
):
    before = _total(org)
    path = tmp_path / "pegawai.csv"
    path.write_text(
        HEADER
        + "199305052020121005,Budi Baik,PNS,Seksi Program,,198001012005012002\n"
        + "12345,NIP Pendek,PNS,Seksi Program,,\n"
        + "199406062021012006,Unit Salah,PNS,Seksi Hilang,,\n",
        encoding="utf-8",
    )
    employees_tab.start_import(path)
    report = _preview(qtbot, employees_tab)
    assert [(r.line, r.action) for r in report.model.rows] == [(2, "baru"), (3, "ditolak"), (4, "ditolak")]
    assert "18 digit" in report.model.rows[1].message
    assert "Seksi Hilang" in report.model.rows[2].message
    qtmodeltester.check(report.model)
    assert not report.import_button.isEnabled(), "a refused row blocks the whole import"
    assert "1 baru, 0 diperbarui, 2 ditolak" in report.summary.text()
    assert "baris 3: ditolak 12345 NIP Pendek NIP harus 18 digit" in report.report_text()
    report.reject()
    assert _total(org) == before, "all or nothing: the good row is not kept"
    assert "tidak ada yang disimpan" in employees_tab.status.text()
    assert employees_tab.import_button.isEnabled()


def test_good_csv_is_previewed_then_imported_off_the_gui_thread(qtbot, org, employees_tab, tmp_path) -> None:
    before = _total(org)
    path = tmp_path / "pegawai.csv"
    path.write_text(
        HEADER
        + "199305052020121005,Budi Baik,PNS,Seksi Program,,198001012005012002\n"
        + "199406062021012006,Sari Impor,,Seksi Program,,199305052020121005\n",
        encoding="utf-8",
    )
    employees_tab.start_import(path)
    assert employees_tab.import_running
    preview = _preview(qtbot, employees_tab)
    assert _total(org) == before, "the preview writes nothing"
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not employees_tab.import_running, timeout=10_000)
    assert employees_tab.status.text() == "Impor selesai: 2 pegawai baru, 0 diperbarui, 0 unit baru."
    assert _total(org) == before + 2
    employees_tab.search.setText("Sari Impor")
    employees_tab.apply_filter()
    assert [r.supervisor_name for r in employees_tab.model.rows] == ["Budi Baik"]


def test_another_layout_is_mapped_once_and_remembered(qtbot, org, employees_tab, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    QSettings().remove("import/employeeColumns")
    path = tmp_path / "lain.csv"
    path.write_text("Nomor Induk;Nama Lengkap;Satuan\n199305052020121005;Budi Lain;Seksi Program\n", "utf-8")
    employees_tab.start_import(path)
    flow = employees_tab.import_flow
    qtbot.waitUntil(
        lambda: flow.mapping_dialog is not None and flow.mapping_dialog.isVisible(), timeout=10_000
    )
    dialog = flow.mapping_dialog
    for field, header in (("nip", "Nomor Induk"), ("nama", "Nama Lengkap"), ("unit", "Satuan")):
        combo = dialog.combos[field]
        combo.setCurrentIndex(combo.findData(header))
    dialog.accept()
    preview = _preview(qtbot, employees_tab)
    assert [(r.nip, r.action) for r in preview.model.rows] == [("199305052020121005", "baru")]
    preview.reject()
    employees_tab.start_import(path)  # the same headers: the mapping is offered as chosen
    flow = employees_tab.import_flow
    qtbot.waitUntil(
        lambda: flow.mapping_dialog is not None and flow.mapping_dialog.isVisible(), timeout=10_000
    )
    assert flow.mapping_dialog.mapping() == {"nip": "Nomor Induk", "nama": "Nama Lengkap", "unit": "Satuan"}
    flow.mapping_dialog.reject()
    assert employees_tab.status.text() == "Impor dibatalkan."


def test_cancelling_the_preview_is_not_an_error(qtbot, org, employees_tab, tmp_path, monkeypatch) -> None:
    import time

    from asn_desktop.services import imports
    from ui.views.admin import employee_import

    def slow_preview(ctx, path, *, mapping=None, progress, token):
        while True:  # a long file: the check between rows is where Cancel lands
            token.check()
            progress(1, 2, "Memeriksa baris")
            time.sleep(0.01)

    shown: list[BaseException] = []
    monkeypatch.setattr(employee_import, "show_error", lambda _p, exc, *a: shown.append(exc))
    monkeypatch.setattr(imports, "preview_employees", slow_preview)
    path = tmp_path / "besar.csv"
    path.write_text(HEADER, encoding="utf-8")
    employees_tab.start_import(path)
    qtbot.waitUntil(lambda: employees_tab.findChild(QProgressDialog, "progressDialog") is not None)
    dialog = employees_tab.findChild(QProgressDialog, "progressDialog")
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not employees_tab.import_running, timeout=10_000)
    assert shown == []
    assert employees_tab.status.text() == "Impor dibatalkan; tidak ada yang disimpan."


def test_import_of_an_unreadable_file_shows_the_core_message(
    qtbot, org, employees_tab, tmp_path, monkeypatch
):
    from ui.views.admin import employee_import

    shown: list[BaseException] = []
    monkeypatch.setattr(employee_import, "show_error", lambda _p, exc, *a: shown.append(exc))
    path = tmp_path / "pegawai.txt"
    path.write_text("x", encoding="utf-8")
    employees_tab.start_import(path)
    qtbot.waitUntil(lambda: not employees_tab.import_running)
    assert "tidak didukung" in str(shown[0])


def test_unit_tree_and_adding_units_and_positions(qtbot, qtmodeltester, org, admin_page) -> None:
    tab = admin_page.units
    model: UnitTreeModel = tab.model
    qtmodeltester.check(model)
    top = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert top == ["Kantor Kepala"]
    kantor = model.index(0, 0)
    assert model.index(0, 0, kantor).data() == "Seksi Program"
    assert model.index(0, 1, kantor).data() == "3"
    tab.select_unit(org.seksi)

    def fill_unit(dialog: QDialog) -> None:
        assert isinstance(dialog, FormDialog)
        assert child(dialog, QComboBox, "unitParent").currentData() == org.seksi, (
            "selected unit preset as parent"
        )
        dialog._submit()
        assert dialog.message.text() == "Nama unit wajib diisi."
        child(dialog, QLineEdit, "unitName").setText("Subbag Umum")
        dialog._submit()

    on_next_dialog(fill_unit)
    tab.add_unit()
    assert tab.selected_unit_id() is not None
    assert tab.tree.currentIndex().data() == "Subbag Umum"
    qtmodeltester.check(model)

    def fill_position(dialog: QDialog) -> None:
        child(dialog, QLineEdit, "positionName").setText("Analis Kepegawaian")
        kind = child(dialog, QComboBox, "positionKind")
        kind.setCurrentIndex(kind.findData("fungsional"))
        dialog._submit()

    on_next_dialog(fill_position)
    tab.add_position()
    assert [r[1] for r in tab.positions.rows] == ["Analis Kepegawaian"]
    tab.search.setText("umum")
    assert tab.proxy.rowCount() == 1, "the parents of a match stay visible"
    assert tab.proxy.index(0, 0).data() == "Kantor Kepala"


def test_add_user_needs_an_employee_for_a_penilai(qtbot, qtmodeltester, org, admin_page) -> None:
    admin_page.tabs.setCurrentWidget(admin_page.users)
    admin_page.users.tasks.wait_idle()
    assert admin_page.users.model.rowCount() == 5
    qtmodeltester.check(admin_page.users.model)
    dialog = UserDialog(org.admin, admin_page.users)
    qtbot.addWidget(dialog)
    dialog.username.setText("kepala2")
    dialog.password.setText(PASSWORD)
    dialog.again.setText(PASSWORD + "x")
    dialog._submit()
    assert dialog.message.text() == "Kedua kata sandi tidak sama."
    dialog.again.setText(PASSWORD)
    dialog.role.setCurrentIndex(dialog.role.findData("penilai"))
    dialog._submit()
    assert "harus terhubung" in dialog.message.text()
    qtbot.keyClicks(dialog.employee.search, "Kepala Dinas")
    dialog.employee.search_now()
    dialog._submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    admin_page.users.refresh()
    admin_page.users.tasks.wait_idle()
    assert any(u.username == "kepala2" and u.employee_name == "Kepala Dinas" for u in list_users(org.admin))
    assert admin_page.users.model.rowCount() == 6


def test_settings_set_org_predikat_kind_and_close_period(qtbot, org, admin_page) -> None:
    tab = admin_page.settings
    admin_page.tabs.setCurrentWidget(tab)
    year = org.ws.now().year
    tab.org_unit.setCurrentIndex(tab.org_unit.findData(org.seksi))
    assert tab.org_predikat.currentData() is None
    tab.org_predikat.setCurrentIndex(tab.org_predikat.findData("kurang"))
    tab.save_org()
    assert (
        check_unit_distribution(org.admin, unit_id=org.seksi, year=year).org_predikat
        is PredikatOrganisasi.KURANG
    )
    tab.kind.setCurrentIndex(tab.kind.findData("bulanan"))
    tab.save_kind()
    assert tab.periods.rowCount() == 13, "twelve months and the year"
    tab.period_table.selectRow(0)
    tab.set_closed(closed=True)
    assert tab.message.text() == f"Periode Januari {year} ditutup."


def test_admin_page_refuses_non_admins_and_offers_nothing(qtbot, org, tasks) -> None:
    for who in ("kasi", "head", "staff1"):
        page = AdminPage(org.ctx[who], tasks)
        qtbot.addWidget(page)
        page.refresh()
        assert page.tabs is None
        assert page.findChildren(QPushButton) == []
        assert child(page, QLabel, "refusal").text() == "Halaman administrasi hanya untuk administrator."
        window = MainWindow(org.ctx[who])
        qtbot.addWidget(window)
        assert window.page(AdminPage) is None
        with pytest.raises(PermissionDenied):
            list_users(org.ctx[who])
        with pytest.raises(PermissionDenied):
            emp.create_unit(org.ctx[who], name="Unit Liar")


def test_admin_sees_every_tab_load_without_refusal(qtbot, org, monkeypatch) -> None:
    from ui.views.admin import agency_tab, competencies, security, settings, signing, units

    shown: list[BaseException] = []
    for module in (employees_view, settings, units, competencies, signing, agency_tab, security):
        monkeypatch.setattr(module, "show_error", lambda _p, exc, *a: shown.append(exc), raising=False)
    window = MainWindow(org.admin)
    qtbot.addWidget(window)
    page = window.show_page(AdminPage)
    assert isinstance(page, AdminPage)
    assert page.tabs is not None
    for i in range(page.tabs.count()):
        page.tabs.setCurrentIndex(i)
    assert shown == []
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "&Unit && Jabatan",
        "&Pegawai",
        "Pe&ngguna",
        "Pe&ngaturan",
        "&Kompetensi Jabatan",
        "&Tanda Tangan",
        "&Instansi && Konfigurasi",
        "Kea&manan",
    ]


def test_agency_tab_sets_city_zone_logo_pimpinan_and_tables(qtbot, org, tmp_path, monkeypatch) -> None:
    """Issue 13: the place, zone and logo the forms print, and the configuration tables, set in the app."""
    import io

    from PIL import Image

    from asn_desktop.services import agency, settings
    from ui.views.admin import agency_tab
    from ui.views.admin.agency_tab import AgencyTab

    tab = AgencyTab(org.admin)
    qtbot.addWidget(tab)
    tab.refresh()
    assert tab.city.text() == "Kota Uji"
    tab.city.setText("Denpasar")
    tab.zone.setCurrentIndex(tab.zone.findData("WITA"))
    qtbot.mouseClick(tab.findChild(QPushButton, "saveAgency"), Qt.MouseButton.LeftButton)
    view = agency.agency_settings(org.admin)
    assert (view.city, view.timezone) == ("Denpasar", "WITA")
    logo = tmp_path / "logo.png"
    buf = io.BytesIO()
    Image.new("RGB", (300, 300), (200, 30, 30)).save(buf, format="PNG")
    logo.write_bytes(buf.getvalue())
    assert tab.set_logo_file(logo)
    assert tab.logo.pixmap() is not None
    assert not tab.logo.pixmap().isNull()
    bad = tmp_path / "bukan.png"
    bad.write_bytes(b"bukan gambar")
    shown: list[BaseException] = []
    monkeypatch.setattr(agency_tab, "show_error", lambda _p, exc, *a: shown.append(exc))
    assert not tab.set_logo_file(bad)
    assert "bukan gambar" in str(shown[0])
    tab.table_key.setCurrentIndex(tab.table_key.findData(settings.LEADER_RULE))
    assert tab.table.rowCount() == 5
    combo = tab.table.cellWidget(1, 1)  # Baik
    combo.setCurrentIndex(combo.findData("di_atas"))
    qtbot.mouseClick(tab.findChild(QPushButton, "saveConfigTable"), Qt.MouseButton.LeftButton)
    assert settings.get_setting(org.admin, settings.LEADER_RULE)["baik"] == "di_atas"
    qtbot.mouseClick(tab.findChild(QPushButton, "resetConfigTable"), Qt.MouseButton.LeftButton)
    assert settings.get_setting(org.admin, settings.LEADER_RULE)["baik"] == "sesuai"


def test_agency_tab_assigns_and_removes_a_plt(qtbot, org) -> None:
    """Issue 13, Plt./Plh.: the admin sets an acting official for a position and dates."""
    from asn_desktop.services import acting
    from tests.unit.forms.helpers import with_positions
    from ui.views.admin.agency_tab import AgencyTab

    ids = with_positions(org)
    tab = AgencyTab(org.admin)
    qtbot.addWidget(tab)
    tab.refresh()
    tab.acting_unit.setCurrentIndex(tab.acting_unit.findData(org.seksi))
    tab.acting_position.setCurrentIndex(tab.acting_position.findData(ids["kasi"]))
    tab.acting_from.setDate(QDate(2026, 7, 1))
    assert tab.acting_from.text() == "1 Juli 2026", "the day in Indonesian words, not Qt's 01/07/26"
    tab.acting_who.search.setText("Kepala Dinas")
    tab.acting_who.search_now()
    assert tab.acting_who.current_id() == org.head
    qtbot.mouseClick(tab.findChild(QPushButton, "assignActing"), Qt.MouseButton.LeftButton)
    rows = acting.list_acting(org.admin)
    assert [(r.title, r.employee_name) for r in rows] == [("Plt. Kepala Seksi Program", "Kepala Dinas")]
    assert tab.acting_list.count() == 1
    assert "Plt. Kepala Seksi Program" in tab.acting_list.item(0).text()
    tab.acting_list.setCurrentRow(0)
    qtbot.mouseClick(tab.findChild(QPushButton, "removeActing"), Qt.MouseButton.LeftButton)
    assert acting.list_acting(org.admin) == []
