"""Check every decoded value against its column before it can reach the database.

A change entry from another laptop is JSON: its table, row id and fields are untrusted even when
the bundle's signatures hold (an enrolled laptop's user may craft entries). ``check_entry``
returns the reason an entry is malformed — an unknown table or column, a row id that is not a
UUID, a value of the wrong type, too long, out of range, not finite, a date that does not parse —
or ``None``. The checks are derived from the models' column types, so a column added later is
checked without code here; a column type this module does not know is refused (default deny).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Float, Integer, String, Table, Text

__all__ = ["MAX_TEXT", "check_entry", "column_checks"]

MAX_TEXT = 200_000  # characters in one Text field: a long note, never a megabyte of anything
_INT64 = 2**63
_FLOAT_BOUND = 1e15  # a target or a realisation, never more
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

Check = Callable[[Any], str | None]


def _string(limit: int | None) -> Check:
    bound = min(limit, MAX_TEXT) if limit else MAX_TEXT

    def check(value: Any) -> str | None:
        if not isinstance(value, str):
            return "harus teks"
        if len(value) > bound:
            return f"lebih dari {bound} karakter"
        if "\x00" in value:
            return "memuat karakter NUL"
        return None

    return check


def _integer(value: Any) -> str | None:
    if type(value) is not int:
        return "harus bilangan bulat"
    return None if -_INT64 <= value < _INT64 else "di luar rentang"


def _float(value: Any) -> str | None:
    if type(value) is int:  # compared exactly: ``isfinite`` of 10**400 raises instead of answering
        return None if -_FLOAT_BOUND < value < _FLOAT_BOUND else "di luar rentang"
    if type(value) is not float:
        return "harus angka"
    return None if math.isfinite(value) and abs(value) < _FLOAT_BOUND else "di luar rentang"


def _boolean(value: Any) -> str | None:
    return None if type(value) is bool else "harus benar/salah"


def _iso(parse: Callable[[str], object], limit: int) -> Check:
    def check(value: Any) -> str | None:
        if not isinstance(value, str) or len(value) > limit:
            return "harus tanggal ISO"
        try:
            parse(value)
        except ValueError:
            return "harus tanggal ISO"
        return None

    return check


def _for_type(column: Column[Any]) -> Check | None:
    kind = column.type
    # The specific types first: Text is a String, and DateTime must not read as Date.
    by_type: tuple[tuple[type[Any], Check], ...] = (
        (DateTime, _iso(datetime.fromisoformat, 32)),
        (Date, _iso(date.fromisoformat, 10)),
        (Boolean, _boolean),
        (Integer, _integer),
        (Float, _float),
        (Text, _string(None)),
    )
    for sql_type, check in by_type:
        if isinstance(kind, sql_type):
            return check
    if isinstance(kind, String):
        return _string(kind.length)
    return None


def _nullable(check: Check, nullable: bool) -> Check:
    def wrapped(value: Any) -> str | None:
        if value is None:
            return None if nullable else "tidak boleh kosong"
        return check(value)

    return wrapped


def column_checks(table: Table) -> dict[str, Check]:
    """One check per column (the primary key travels as the row id, not as a field)."""
    checks: dict[str, Check] = {}
    for column in table.c:
        if column.primary_key:
            continue
        base = _for_type(column)
        if base is None:
            # A type nobody taught this module: refuse rather than pass anything through.
            def base(_value: Any, _name: str = column.name) -> str | None:
                return f"kolom {_name} tidak dapat diperiksa"

        checks[column.name] = _nullable(base, bool(column.nullable))
    return checks


def check_entry(
    checks: Mapping[str, Mapping[str, Check]], table: object, row_id: object, fields: object
) -> str | None:
    """Why this entry is malformed, or None; ``checks`` maps table → column → check."""
    if not isinstance(table, str) or table not in checks:
        return f"tabel {str(table)[:40]!r} tidak dikenal"
    if not isinstance(row_id, str) or _UUID.fullmatch(row_id) is None:
        return f"id baris {str(row_id)[:40]!r} tidak sah"
    if not isinstance(fields, dict):
        return "isi perubahan bukan objek"
    columns = checks[table]
    for name, value in fields.items():
        check = columns.get(name)
        if check is None:
            return f"kolom {str(name)[:40]!r} tidak dikenal di {table}"
        problem = check(value)
        if problem:
            return f"{table}.{name} {problem}"
    return None
