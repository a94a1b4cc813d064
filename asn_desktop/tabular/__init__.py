"""Spreadsheets in and out, safely: the one place the app reads and writes XLSX and CSV.

``reading`` streams a workbook or a CSV (row limit enforced while reading, encodings and
separators sniffed, parse errors turned into row reports); ``writing`` stores user text as text,
never as a formula (OWASP's advice for CSV, typed string cells for XLSX), and writes the same
bytes for the same data.
"""

from asn_desktop.tabular.reading import Row, Table, read_table
from asn_desktop.tabular.writing import Sheet, neutralise, write_csv, write_xlsx

__all__ = ["Row", "Sheet", "Table", "neutralise", "read_table", "write_csv", "write_xlsx"]
