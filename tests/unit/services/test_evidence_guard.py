"""Evidence that arrives by sync is checked before it is shown or saved, and its row is flagged.

The rows below are written the way the sync merge writes another laptop's rows (straight into
the tables, blob put as received), because that is the path the check must not trust.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from asn_desktop.errors import EvidenceRejected
from asn_desktop.evidence.specimen import simple_pdf
from asn_desktop.security.audit import verify_chain
from asn_desktop.services import realisation as real_svc
from asn_desktop.services import worklog as wl
from asn_desktop.store.models import AuditEvent, Evidence, WorklogEntry
from tests.conftest import arrived
from tests.unit.evidence import samples
from tests.unit.services.helpers import approved_skp, head_skp


@pytest.fixture
def realisation(org) -> tuple[str, str]:
    _, _, ind = approved_skp(org, "kasi", parent_rhk=head_skp(org))
    real = real_svc.record_realisation(org.ctx["kasi"], indicator_id=ind, period_key="2026-Q1", value="3")
    return real, ind


def _arrive(org, realisation_id: str, filename: str, mime: str, data: bytes) -> str:
    sha = org.ws.blobs.put(data)
    with arrived(org.ws) as session:  # as another laptop's row lands: no change log of ours
        ev = Evidence(
            realisation_id=realisation_id,
            filename=filename,
            mime=mime,
            size=len(data),
            sha256=sha,
            uploaded_by="laptop-lain",
            uploaded_at=datetime(2026, 3, 2, 9, 0),
        )
        session.add(ev)
        session.flush()
        return ev.id


@pytest.mark.parametrize(
    ("filename", "mime", "data", "reason"),
    [
        ("jalankan.bat", "application/pdf", b"@echo off\r\nformat c:\r\n", "tidak diterima"),
        ("laporan.pdf", "application/pdf", samples.EXE, "program Windows"),
        (
            "laporan.pdf",
            "application/pdf",
            samples.pdf(extra_catalog="/OpenAction<</S/JavaScript/JS(app.alert(1))>>"),
            "JavaScript",
        ),
        ("foto.png", "application/pdf", samples.png(), "tidak sesuai"),
    ],
)
def test_a_synced_file_that_fails_the_check_is_refused_and_flagged(  # noqa: PLR0917
    org, realisation, filename: str, mime: str, data: bytes, reason: str
) -> None:
    real, _ = realisation
    ev = _arrive(org, real, filename, mime, data)
    penilai = org.ctx["head"]
    listed = real_svc.list_evidence(penilai, realisation_id=real)
    assert listed[0].problem is not None
    assert reason in listed[0].problem
    with pytest.raises(EvidenceRejected, match="tidak dibuka") as err:
        real_svc.read_evidence(penilai, evidence_id=ev)
    assert "ditandai untuk pejabat penilai" in err.value.message
    with org.ws.sessions() as session:
        refused = session.scalars(select(AuditEvent).where(AuditEvent.action == "evidence.refused")).all()
        assert refused
        verify_chain(session)


def test_a_synced_name_is_shown_safe_and_a_good_file_opens(org, realisation) -> None:
    real, _ = realisation
    pdf = simple_pdf("laporan")
    ev = _arrive(org, real, "..\\..\\lap\u202eoran.pdf", "application/pdf", pdf)
    listed = real_svc.list_evidence(org.ctx["kasi"], realisation_id=real)
    assert (listed[0].filename, listed[0].problem) == ("laporan.pdf", None)
    assert real_svc.read_evidence(org.ctx["kasi"], evidence_id=ev) == ("laporan.pdf", pdf)


def test_upload_keeps_only_the_safe_name(org, realisation) -> None:
    real, _ = realisation
    ev = real_svc.attach_evidence(
        org.ctx["kasi"],
        realisation_id=real,
        filename="C:\\Users\\x\\..\\bukti\u202e.pdf",
        data=simple_pdf("b"),
    )
    assert real_svc.read_evidence(org.ctx["kasi"], evidence_id=ev)[0] == "bukti.pdf"


def test_work_log_evidence_from_sync_is_checked_too(org) -> None:
    _, _, ind = approved_skp(org, "staff1", parent_rhk=approved_skp(org, "kasi", parent_rhk=head_skp(org))[1])
    entry = wl.log_work(org.ctx["staff1"], indicator_id=ind, work_date=date(2026, 3, 2), text="Rapat")
    sha = org.ws.blobs.put(samples.SCRIPT)
    with arrived(org.ws) as session:
        row = session.get(WorklogEntry, entry)
        assert row is not None
        row.evidence_sha256, row.evidence_filename = sha, "notulen.pdf"
        row.evidence_mime, row.evidence_size = "application/pdf", len(samples.SCRIPT)
    with pytest.raises(EvidenceRejected, match="skrip"):
        wl.read_entry_evidence(org.ctx["kasi"], entry_id=entry)
