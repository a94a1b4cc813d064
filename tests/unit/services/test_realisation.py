"""Recording realisations and evidence; bad evidence is refused and leaves nothing behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from asn_desktop.domain.errors import PermissionDenied
from asn_desktop.errors import EvidenceRejected, ValidationFailed
from asn_desktop.evidence.specimen import simple_pdf
from asn_desktop.services import realisation as real_svc
from asn_desktop.services import skp as skp_svc
from asn_desktop.store.models import Evidence
from tests.unit.evidence import samples
from tests.unit.services.helpers import approved_skp, head_skp

PDF = simple_pdf("bukti")


def _docx() -> bytes:
    return samples.ooxml("docx")


@pytest.fixture
def realisation(org) -> str:
    _, _, ind = approved_skp(org, "kasi", parent_rhk=head_skp(org))
    return real_svc.record_realisation(
        org.ctx["kasi"], indicator_id=ind, period_key="2026-Q1", value="3 dokumen"
    )


def _blob_files(ws) -> list[Path]:
    return [p for p in (ws.path / "blobs").rglob("*") if p.is_file()]


def test_record_and_attach_round_trip(org, realisation: str) -> None:
    ctx = org.ctx["kasi"]
    ev = real_svc.attach_evidence(ctx, realisation_id=realisation, filename="laporan.pdf", data=PDF)
    real_svc.attach_evidence(ctx, realisation_id=realisation, filename="notulen.docx", data=_docx())
    listed = real_svc.list_evidence(org.ctx["head"], realisation_id=realisation)
    assert [e.mime for e in listed] == [
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ]
    assert real_svc.read_evidence(org.ctx["head"], evidence_id=ev) == ("laporan.pdf", PDF)
    stored = _blob_files(org.ws)
    assert len(stored) == 2
    assert all(PDF not in p.read_bytes() for p in stored), "evidence must be encrypted at rest"


@pytest.mark.parametrize(
    ("filename", "data", "reason"),
    [
        ("kosong.pdf", b"", "kosong"),
        ("besar.pdf", PDF + b"x" * 2048, "terlalu besar"),
        ("foto.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 30, "bukan PDF"),
        ("program.exe", b"MZ\x90\x00", "tidak diterima"),
        ("tabel.docx", b"PK\x03\x04 not really a zip", "bukan dokumen Word"),
    ],
)
def test_bad_evidence_is_refused_and_nothing_is_stored(
    org, realisation: str, filename: str, data: bytes, reason: str
) -> None:
    with pytest.raises(EvidenceRejected, match=reason):
        real_svc.attach_evidence(
            org.ctx["kasi"], realisation_id=realisation, filename=filename, data=data, max_bytes=1024
        )
    with org.ws.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Evidence)) == 0
    assert _blob_files(org.ws) == []


def test_oversize_file_is_refused_before_reading(org, realisation: str, tmp_path: Path) -> None:
    big = tmp_path / "besar.pdf"
    with big.open("wb") as fh:
        fh.write(PDF)
        fh.truncate(50 * 1024 * 1024)
    with pytest.raises(EvidenceRejected, match="terlalu besar.*20 MB"):
        real_svc.attach_evidence_file(org.ctx["kasi"], realisation_id=realisation, path=big)


def test_realisation_must_be_a_number_where_the_target_is(org) -> None:
    _, _, ind = approved_skp(org, "kasi", parent_rhk=head_skp(org))
    with pytest.raises(ValidationFailed, match="harus berupa angka"):
        real_svc.record_realisation(org.ctx["kasi"], indicator_id=ind, period_key="2026-Q1", value="hampir")
    with pytest.raises(ValidationFailed, match="di luar tahun"):
        real_svc.record_realisation(org.ctx["kasi"], indicator_id=ind, period_key="2025-Q4", value="2")


def test_realisation_needs_an_approved_skp_and_the_owner(org) -> None:
    ctx = org.ctx["head"]
    skp_id = skp_svc.create_skp(ctx, year=2026)
    rhk = skp_svc.add_rhk(ctx, skp_id=skp_id, kind="utama", text="R")
    ind = skp_svc.add_indicator(ctx, rhk_id=rhk, aspect="kuantitas", text="I", target="2 laporan")
    with pytest.raises(ValidationFailed, match="sudah disetujui"):
        real_svc.record_realisation(ctx, indicator_id=ind, period_key="2026-M01", value="1")
    _, _, kasi_ind = approved_skp(org, "kasi", parent_rhk=rhk)
    with pytest.raises(PermissionDenied):
        real_svc.record_realisation(org.ctx["head"], indicator_id=kasi_ind, period_key="2026-M01", value="1")


def test_evidence_of_another_employee_is_not_visible_to_a_peer(org, realisation: str) -> None:
    ev = real_svc.attach_evidence(org.ctx["kasi"], realisation_id=realisation, filename="a.pdf", data=PDF)
    with pytest.raises(PermissionDenied):
        real_svc.read_evidence(org.ctx["staff1"], evidence_id=ev)
    with pytest.raises(PermissionDenied):
        real_svc.attach_evidence(org.ctx["staff1"], realisation_id=realisation, filename="b.pdf", data=PDF)


def test_wrong_evidence_is_removed_audited_and_tombstoned(org, realisation: str) -> None:
    from asn_desktop.store.models import AuditEvent, ChangeLog

    ctx = org.ctx["kasi"]
    ev = real_svc.attach_evidence(ctx, realisation_id=realisation, filename="salah.pdf", data=PDF)
    real_svc.remove_evidence(ctx, evidence_id=ev)
    assert real_svc.list_evidence(ctx, realisation_id=realisation) == []
    with org.ws.sessions() as s:
        audit = s.scalars(select(AuditEvent).where(AuditEvent.action == "evidence.remove")).one()
        tombstone = s.scalars(
            select(ChangeLog).where(ChangeLog.row_id == ev, ChangeLog.deleted.is_(True))
        ).one()
    assert audit.entity_id == ev
    assert "salah.pdf" in audit.details
    assert tombstone.table_name == "evidence"


def test_evidence_is_replaced_in_one_step(org, realisation: str, tmp_path: Path) -> None:
    ctx = org.ctx["kasi"]
    ev = real_svc.attach_evidence(ctx, realisation_id=realisation, filename="draf.pdf", data=PDF)
    better = tmp_path / "final.docx"
    better.write_bytes(_docx())
    new = real_svc.replace_evidence(ctx, evidence_id=ev, path=better)
    listed = real_svc.list_evidence(ctx, realisation_id=realisation)
    assert [(e.id, e.filename) for e in listed] == [(new, "final.docx")]
    bad = tmp_path / "rusak.pdf"
    bad.write_bytes(b"bukan pdf")
    with pytest.raises(EvidenceRejected):
        real_svc.replace_evidence(ctx, evidence_id=new, path=bad)
    assert [e.id for e in real_svc.list_evidence(ctx, realisation_id=realisation)] == [new]


def test_evidence_stays_once_the_period_is_rated_and_only_the_owner_removes(org, realisation: str) -> None:
    from asn_desktop.domain.rating import Rating
    from asn_desktop.services import assessment as asm

    ev = real_svc.attach_evidence(org.ctx["kasi"], realisation_id=realisation, filename="a.pdf", data=PDF)
    with pytest.raises(PermissionDenied):
        real_svc.remove_evidence(org.ctx["head"], evidence_id=ev)
    asm.assess(
        org.ctx["head"],
        employee_id=org.kasi,
        period_key="2026-Q1",
        rating_hasil=Rating.SESUAI,
        rating_perilaku=Rating.SESUAI,
    )
    with pytest.raises(ValidationFailed, match="sudah dinilai"):
        real_svc.remove_evidence(org.ctx["kasi"], evidence_id=ev)
    assert [e.id for e in real_svc.list_evidence(org.ctx["kasi"], realisation_id=realisation)] == [ev]
