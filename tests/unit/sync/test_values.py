"""Every value another laptop sends is checked against its column before it reaches the database.

The checks are the receiver's first line against entries an enrolled laptop's user crafted: for any
JSON value in any column they answer (a reason or None), never raise, and what they accept the
merge can write.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asn_desktop.sync import merge
from asn_desktop.sync.engine import value_problem

ROW = "01900000-0000-7000-8000-000000000001"
COLUMNS = sorted(
    (name, column.name)
    for name, table in merge.synced_tables().items()
    for column in table.c
    if not column.primary_key
)

# What ``json.loads`` can give: huge integers, non-finite floats, any text, nesting.
JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**400), max_value=10**400)
    | st.floats()
    | st.text()
    | st.dates().map(str)
    | st.datetimes().map(lambda d: d.isoformat()),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=6,
)


@settings(max_examples=1500, deadline=None)
@given(where=st.sampled_from(COLUMNS), value=JSON)
def test_any_value_in_any_column_gets_an_answer_and_what_passes_can_be_written(where, value: Any) -> None:
    table, column = where
    problem = value_problem(table, ROW, {column: value})
    assert problem is None or isinstance(problem, str)
    if problem is None:
        meta = merge._TABLES[table]
        row = meta.row(ROW, {column: value})
        process = merge._bind_processor(meta.table.c[column])
        if process is not None:
            process(row[column])  # what _upsert hands SQLite


@pytest.mark.parametrize("value", [10**400, -(10**20), float("inf"), float("nan"), 1e15])
def test_numbers_no_target_can_be_are_refused(value: Any) -> None:
    assert value_problem("realisation", ROW, {"value": value}) == "realisation.value di luar rentang"


def test_numbers_within_bounds_pass() -> None:
    for value in (0, 12, 2.5, -3, 10**14, json.loads("999999999999999")):
        assert value_problem("realisation", ROW, {"value": value}) is None
