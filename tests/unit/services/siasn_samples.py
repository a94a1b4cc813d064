"""Employee lists laid out the way SIASN's download is: apostrophes, serial dates, PNS and PPPK."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook

HEADER = [
    "PNS ID",
    "NIP BARU",
    "NAMA",
    "GELAR DEPAN",
    "GELAR BELAKANG",
    "TANGGAL LAHIR",
    "JENIS PEGAWAI NAMA",
    "GOL AKHIR NAMA",
    "JENIS JABATAN NAMA",
    "JABATAN NAMA",
    "UNOR ID",
    "UNOR NAMA",
    "EMAIL GOV",
]
UNOR_A = "8ae483a86f7c3a44016f7f2c2a3b0001"
UNOR_B = "8ae483a86f7c3a44016f7f2c2a3b0002"


def serial(d: date) -> int:
    return (d - date(1899, 12, 30)).days


def siasn_rows(unit_b_name: str = "Bidang Pengembangan Pegawai", email: str = "rina@bkd.go.id") -> list[list]:
    return [
        # A literal apostrophe (as some exports write it), the birth date as an Excel serial.
        [
            "A1B2C3",
            "'198503212010011001",
            "Budi Santoso",
            "",
            "S.Kom",
            serial(date(1985, 3, 21)),
            "PNS Daerah",
            "III/c",
            "Jabatan Fungsional Tertentu",
            "Pranata Komputer Ahli Muda",
            UNOR_A,
            "Bidang Informasi Kepegawaian",
            "budi@bkd.go.id",
        ],
        # The date as text, titles before and after.
        [
            "D4E5F6",
            "'197804152003122002",
            "Rina Marlina",
            "Dr.",
            "M.Si.",
            "15-04-1978",
            "PNS Daerah",
            "IV/a",
            "Jabatan Struktural",
            "Kepala Bidang Pengembangan Pegawai",
            UNOR_B,
            unit_b_name,
            email,
        ],
        # A PPPK: appointment year and a 2-digit code instead of a month.
        [
            "G7H8I9",
            "199109132025242015",
            "Sari Dewi",
            "",
            "A.Md.",
            "13/09/1991",
            "PPPK",
            "IX",
            "Jabatan Pelaksana",
            "Pengadministrasi Perkantoran",
            UNOR_B,
            unit_b_name,
            "",
        ],
    ]


def siasn_workbook(path: Path, rows: list[list] | None = None, *, quote_prefix: bool = False) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Data Pegawai"
    ws.append(HEADER)
    for row in rows or siasn_rows():
        ws.append(row)
        if quote_prefix:  # Excel's own way: the apostrophe is a style, the value has none
            cell = ws.cell(row=ws.max_row, column=2)
            cell.value = str(cell.value).lstrip("'")
            cell.quotePrefix = True
    wb.save(path)
    return path
