"""Umpan balik masyarakat through the services: record, import (all or nothing), list, summaries."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from asn_desktop.domain.errors import PermissionDenied
from asn_desktop.errors import ImportRejected, NotFound, ValidationFailed
from asn_desktop.progress import Cancelled, CancelToken
from asn_desktop.services import employees as emp
from asn_desktop.services import public_feedback as pf
from asn_desktop.store.models import AuditEvent, PublicFeedback

NIP_STAFF1 = "199001012015031003"
NIP_HEAD = "197001012000031001"


def _count(org) -> int:
    with org.ws.sessions() as s:
        return s.scalar(select(func.count()).select_from(PublicFeedback))


def _csv(tmp_path: Path, text: str, *, name: str = "kios.csv", bom: bool = False) -> Path:
    path = tmp_path / name
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode())
    return path


@pytest.fixture
def other_unit(org) -> str:
    return emp.create_unit(org.admin, name="Seksi Lain", parent_id=org.unit, code="SL")


def test_penilai_records_for_own_unit_and_employee(org) -> None:
    fid = pf.record_public_feedback(
        org.ctx["kasi"],
        unit_id=org.seksi,
        employee_id=org.staff1,
        received_on=date(2026, 3, 5),
        channel="Tatap muka",
        score=4,
        comment="  Pelayanan cepat ",
    )
    [row] = pf.list_public_feedback(org.ctx["kasi"])
    assert (row.id, row.unit_name, row.employee_name, row.channel.value, row.score, row.comment) == (
        fid,
        "Seksi Program",
        "Staf Satu",
        "langsung",
        4,
        "Pelayanan cepat",
    )
    assert not row.imported


def test_head_records_for_units_below_admin_anywhere(org, other_unit) -> None:
    pf.record_public_feedback(
        org.ctx["head"], unit_id=org.seksi, received_on=date(2026, 3, 5), channel="web", score=5
    )
    pf.record_public_feedback(
        org.admin, unit_id=other_unit, received_on=date(2026, 3, 5), channel="surat", score=2
    )
    assert _count(org) == 2
    # The head sees the whole tree; the kasi only the seksi.
    assert len(pf.list_public_feedback(org.ctx["head"])) == 2
    assert len(pf.list_public_feedback(org.ctx["kasi"])) == 1
    assert len(pf.list_public_feedback(org.admin)) == 2


def test_penilai_may_not_record_for_another_unit(org, other_unit) -> None:
    for unit in (other_unit, org.unit):
        with pytest.raises(PermissionDenied, match="mencatat umpan balik masyarakat untuk unit ini"):
            pf.record_public_feedback(
                org.ctx["kasi"], unit_id=unit, received_on=date(2026, 3, 5), channel="kiosk", score=4
            )
    with pytest.raises(PermissionDenied, match="melihat umpan balik masyarakat unit ini"):
        pf.list_public_feedback(org.ctx["kasi"], unit_id=other_unit)
    assert _count(org) == 0


@pytest.mark.parametrize("who", ["staff1", "staff2"])
def test_pegawai_may_not_record_import_or_list(org, who, tmp_path) -> None:
    with pytest.raises(PermissionDenied, match="mencatat umpan balik masyarakat"):
        pf.record_public_feedback(
            org.ctx[who], unit_id=org.seksi, received_on=date(2026, 3, 5), channel="kiosk", score=4
        )
    path = _csv(tmp_path, "tanggal,unit,kanal,skor\n05/03/2026,Seksi Program,kios,4\n")
    with pytest.raises(PermissionDenied, match="mengimpor umpan balik masyarakat"):
        pf.import_public_feedback(org.ctx[who], path)
    with pytest.raises(PermissionDenied, match="melihat umpan balik masyarakat"):
        pf.list_public_feedback(org.ctx[who])
    assert pf.recordable_units(org.ctx[who]) == []


def test_recordable_units_follow_the_tree(org, other_unit) -> None:
    assert [n for _, n in pf.recordable_units(org.ctx["kasi"])] == ["Seksi Program"]
    assert [n for _, n in pf.recordable_units(org.ctx["head"])] == [
        "Kantor Kepala",
        "Seksi Lain",
        "Seksi Program",
    ]
    assert len(pf.recordable_units(org.admin)) == 3


@pytest.mark.parametrize(
    ("values", "reason"),
    [
        ({"score": 0}, "Skor 0 di luar rentang 1–5."),
        ({"score": 6}, "Skor 6 di luar rentang 1–5."),
        ({"channel": "merpati"}, "Kanal 'merpati' tidak dikenal"),
        ({"received_on": date.today() + timedelta(days=2)}, "masa depan"),
        ({"comment": "x" * 2001}, "Komentar terlalu panjang"),
    ],
)
def test_bad_input_refused(org, values, reason) -> None:
    args = {"unit_id": org.seksi, "received_on": date(2026, 3, 5), "channel": "kiosk", "score": 4, **values}
    with pytest.raises(ValidationFailed, match=reason):
        pf.record_public_feedback(org.ctx["kasi"], **args)
    assert _count(org) == 0


def test_employee_must_belong_to_the_unit_and_unit_must_exist(org) -> None:
    with pytest.raises(ValidationFailed, match="bukan anggota unit"):
        pf.record_public_feedback(
            org.ctx["head"],
            unit_id=org.seksi,
            employee_id=org.head,
            received_on=date(2026, 3, 5),
            channel="kiosk",
            score=4,
        )
    with pytest.raises(NotFound, match="Unit kerja tidak ditemukan"):
        pf.record_public_feedback(
            org.admin, unit_id="nope", received_on=date(2026, 3, 5), channel="kiosk", score=4
        )
    with pytest.raises(NotFound, match="Pegawai tidak ditemukan"):
        pf.record_public_feedback(
            org.admin,
            unit_id=org.seksi,
            employee_id="nope",
            received_on=date(2026, 3, 5),
            channel="kiosk",
            score=4,
        )


GOOD = (
    "tanggal;unit;nip;kanal;skor;komentar\n"
    f"05/03/2026;Seksi Program;{NIP_STAFF1};Kios;4;Ramah\n"
    "2026-03-06;seksi program;;online;5;\n"
    "2026-03-06;seksi program;;online;5;\n"
)


def test_import_with_bom_and_semicolons_then_reimport_adds_nothing(org, tmp_path) -> None:
    path = _csv(tmp_path, GOOD, bom=True)
    report = pf.import_public_feedback(org.ctx["kasi"], path)
    assert (report.added, report.existing) == (3, 0)
    rows = pf.list_public_feedback(org.ctx["kasi"])
    assert len(rows) == 3
    assert all(r.imported for r in rows)
    assert [r.employee_name for r in rows if r.employee_id] == ["Staf Satu"]
    again = pf.import_public_feedback(org.ctx["kasi"], path)
    assert (again.added, again.existing) == (0, 3)
    assert _count(org) == 3
    # One more line in the next export: only that one is added.
    path.write_text(GOOD + "07/03/2026;Seksi Program;;telp;3;Lama\n", encoding="utf-8")
    third = pf.import_public_feedback(org.ctx["kasi"], path)
    assert (third.added, third.existing) == (1, 3)
    with org.ws.sessions() as s:
        actions = [a for (a,) in s.execute(select(AuditEvent.action)) if a.startswith("public_feedback")]
    assert actions == ["public_feedback.import"] * 3


def test_import_with_bad_rows_imports_nothing_and_lists_each_row(org, other_unit, tmp_path) -> None:
    future = (date.today() + timedelta(days=3)).strftime("%d/%m/%Y")
    text = (
        "tanggal,unit,nip,kanal,skor,komentar\n"
        "05/03/2026,Seksi Program,,kios,4,baik\n"  # 2 good
        "05/03/2026,Seksi Program,,kios,0,\n"  # 3 score 0
        "05/03/2026,Seksi Program,,kios,6,\n"  # 4 score 6
        f"{future},Seksi Program,,kios,4,\n"  # 5 future
        "05/03/2026,Bidang Hantu,,kios,4,\n"  # 6 unknown unit
        "05/03/2026,Seksi Program,199912312020121001,kios,4,\n"  # 7 unknown NIP
        f"05/03/2026,Seksi Program,{NIP_HEAD},kios,4,\n"  # 8 NIP of another unit
        "05/03/2026,SL,,kios,4,\n"  # 9 unit outside the kasi's
        "31/02/2026,Seksi Program,,burung,lima,\n"  # 10 several problems
    )
    with pytest.raises(ImportRejected) as err:
        pf.import_public_feedback(org.ctx["kasi"], _csv(tmp_path, text))
    errors = dict(err.value.row_errors)
    assert sorted(errors) == [3, 4, 5, 6, 7, 8, 9, 10]
    assert "skor 0" in errors[3]
    assert "skor 6" in errors[4]
    assert "masa depan" in errors[5]
    assert errors[6] == "unit 'Bidang Hantu' tidak dikenal"
    assert errors[7] == "NIP 199912312020121001 tidak ditemukan"
    assert "bukan anggota unit" in errors[8]
    assert errors[9] == "unit 'SL' di luar wewenang Anda"
    for reason in ("tidak ada di kalender", "kanal 'burung'", "'lima'"):
        assert reason in errors[10]
    assert "8 baris bermasalah, tidak ada data yang disimpan" in err.value.message
    assert _count(org) == 0


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("kios.xlsx", "x", "tidak didukung"),
        ("kios.csv", "tanggal,unit,skor\n05/03/2026,SP,4\n", "Kolom wajib tidak ada: kanal"),
        ("kios.csv", "", "Berkas kosong"),
    ],
)
def test_unreadable_import_files(org, tmp_path, name, content, reason) -> None:
    with pytest.raises(ValidationFailed, match=reason):
        pf.import_public_feedback(org.admin, _csv(tmp_path, content, name=name))


def test_missing_file_is_a_clear_error(org, tmp_path) -> None:
    with pytest.raises(ValidationFailed, match="tidak dapat dibaca"):
        pf.import_public_feedback(org.admin, tmp_path / "hilang.csv")


def test_import_cancelled_keeps_nothing(org, tmp_path) -> None:
    lines = "".join(f"05/03/2026,Seksi Program,,kios,{1 + i % 5},baris {i}\n" for i in range(1200))
    path = _csv(tmp_path, "tanggal,unit,nip,kanal,skor,komentar\n" + lines)
    token = CancelToken()
    seen: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, text: str) -> None:
        seen.append((done, total, text))
        if done >= 500:
            token.cancel()

    with pytest.raises(Cancelled):
        pf.import_public_feedback(org.admin, path, progress=progress, token=token)
    assert _count(org) == 0
    assert seen
    assert seen[0][1] == 1200
    # Not cancelled: all 1,200 rows (repeated comments differ, so all are distinct).
    assert pf.import_public_feedback(org.admin, path).added == 1200


def test_list_filters(org) -> None:
    kasi = org.ctx["kasi"]
    for day, who in (
        (date(2026, 1, 10), org.staff1),
        (date(2026, 2, 10), org.staff2),
        (date(2026, 3, 10), None),
    ):
        pf.record_public_feedback(
            kasi, unit_id=org.seksi, employee_id=who, received_on=day, channel="kiosk", score=4
        )
    assert [r.received_on.month for r in pf.list_public_feedback(kasi)] == [3, 2, 1]
    assert len(pf.list_public_feedback(kasi, employee_id=org.staff2)) == 1
    assert [r.received_on.month for r in pf.list_public_feedback(kasi, start=date(2026, 2, 1))] == [3, 2]
    assert [r.received_on.month for r in pf.list_public_feedback(kasi, end=date(2026, 2, 1))] == [1]
    assert len(pf.list_public_feedback(org.ctx["head"], unit_id=org.unit)) == 3


def test_unit_summary_per_month_and_quarter(org) -> None:
    kasi = org.ctx["kasi"]
    for day, score in (
        (date(2026, 1, 3), 4),
        (date(2026, 1, 9), 5),
        (date(2026, 5, 1), 2),
        (date(2025, 5, 1), 1),
    ):
        pf.record_public_feedback(kasi, unit_id=org.seksi, received_on=day, channel="kiosk", score=score)
    monthly = pf.unit_summary(kasi, unit_id=org.seksi, year=2026)
    assert (monthly.unit_name, monthly.count, len(monthly.rows)) == ("Seksi Program", 3, 12)
    assert (monthly.rows[0].count, monthly.rows[0].mean) == (2, 4.5)
    quarterly = pf.unit_summary(org.ctx["head"], unit_id=org.unit, year=2026, by="quarter")
    assert [r.count for r in quarterly.rows] == [2, 1, 0, 0]
    with pytest.raises(ValidationFailed, match="Ringkasan per 'week'"):
        pf.unit_summary(kasi, unit_id=org.seksi, year=2026, by="week")
    with pytest.raises(PermissionDenied):
        pf.unit_summary(kasi, unit_id=org.unit, year=2026)


def test_employee_public_summary(org) -> None:
    kasi = org.ctx["kasi"]
    assert pf.employee_public_summary(kasi, employee_id=org.staff1, period_key="2026") is None
    for score in (4, 5, 4):
        pf.record_public_feedback(
            kasi,
            unit_id=org.seksi,
            employee_id=org.staff1,
            received_on=date(2026, 4, 2),
            channel="kiosk",
            score=score,
        )
    summary = pf.employee_public_summary(kasi, employee_id=org.staff1, period_key="2026")
    assert summary is not None
    assert (summary.count, round(summary.mean, 2)) == (3, 4.33)
    assert pf.employee_public_summary(kasi, employee_id=org.staff1, period_key="2026-Q1") is None
    # The pegawai sees their own; a colleague does not.
    assert (
        pf.employee_public_summary(org.ctx["staff1"], employee_id=org.staff1, period_key="2026-Q2").count == 3
    )
    with pytest.raises(PermissionDenied):
        pf.employee_public_summary(org.ctx["staff2"], employee_id=org.staff1, period_key="2026")


def test_unit_members_for_the_form(org, other_unit) -> None:
    names = [n for _, n, _ in pf.unit_members(org.ctx["kasi"], unit_id=org.seksi)]
    assert names == ["Kasi Program", "Staf PPPK", "Staf Satu"]
    with pytest.raises(PermissionDenied):
        pf.unit_members(org.ctx["kasi"], unit_id=other_unit)
    with pytest.raises(PermissionDenied):
        pf.unit_members(org.ctx["staff1"], unit_id=org.seksi)
