"""Item models checked without widgets: Qt's model tester, lazy paging, SQL filtering."""

from __future__ import annotations

from asn_desktop.services.demo import build_demo
from asn_desktop.services.directory import EmployeeFilter
from asn_desktop.services.workspace import login
from tests.conftest import PASSWORD
from ui.models import employee_table
from ui.models.employee_table import EmployeeTableModel
from ui.models.roles import RowRole
from ui.models.rows import Column, RowTableModel


def test_row_table_model_passes_modeltester(qtmodeltester) -> None:
    model: RowTableModel[tuple[str, int]] = RowTableModel(
        [Column("Nama", lambda r: r[0]), Column("Nilai", lambda r: str(r[1]), sort=lambda r: r[1])]
    )
    model.set_rows([("a", 2), ("b", 1)])
    qtmodeltester.check(model)
    assert model.data(model.index(1, 1)) == "1"
    assert model.data(model.index(0, 0), RowRole) == ("a", 2)


def test_employee_model_pages_lazily_and_filters_in_sql(qtmodeltester, workspace, monkeypatch) -> None:
    monkeypatch.setattr(employee_table, "PAGE", 25)
    admin = login(workspace, "admin", PASSWORD)
    build_demo(admin, employees=80, seed=5)
    model = EmployeeTableModel(admin)
    model.set_filter(EmployeeFilter())
    assert model.total == 80
    assert model.rowCount() == 25
    qtmodeltester.check(model)  # the tester itself asks for more rows
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 80
    nip = model.rows[7].nip
    model.set_filter(EmployeeFilter(text=nip[:12]))
    assert any(r.nip == nip for r in model.rows)
    assert model.total < 80
    assert model.data(model.index(0, 1)).count(" ") in (3, 4), "NIP shown grouped"
    qtmodeltester.check(model)
