"""A work-log entry made on laptop A, with its evidence file, arrives on laptop B through the share."""

from __future__ import annotations

from datetime import date, datetime

from asn_desktop.evidence.specimen import simple_pdf
from asn_desktop.services import employees as emp
from asn_desktop.services import skp as skp_svc
from asn_desktop.services import worklog as wl
from asn_desktop.services import worklog_comments as wlc
from asn_desktop.services.workspace import login
from tests.conftest import PASSWORD
from tests.integration.sync.helpers import conflicts, dump

PDF = simple_pdf("notulen rapat")
DAY = date(2026, 3, 18)


def test_entry_and_comment_travel_with_the_evidence_blob(agency) -> None:
    a, b = agency.laptops
    for ws in (a, b):
        ws.now = lambda: datetime(2026, 3, 18, 2, 0)
    admin = agency.admins[0]
    unit = emp.create_unit(admin, name="Seksi Program")
    kasi = emp.create_employee(admin, emp.EmployeeInput(nip="198001012005012002", name="Kasi", unit_id=unit))
    staff = emp.create_employee(
        admin, emp.EmployeeInput(nip="199001012015031003", name="Staf", unit_id=unit, supervisor_id=kasi)
    )
    emp.create_user(admin, username="kasi", password=PASSWORD, role="penilai", employee_id=kasi)
    emp.create_user(admin, username="staf", password=PASSWORD, role="pegawai", employee_id=staff)
    kasi_on_a = login(a, "kasi", PASSWORD)
    kasi_skp = skp_svc.create_skp(kasi_on_a, year=2026)
    kasi_rhk = skp_svc.add_rhk(kasi_on_a, skp_id=kasi_skp, kind="utama", text="Terlaksananya program")
    on_a = login(a, "staf", PASSWORD)
    skp = skp_svc.create_skp(on_a, year=2026)
    rhk = skp_svc.add_rhk(on_a, skp_id=skp, kind="utama", text="Tersusunnya laporan", parent_rhk_id=kasi_rhk)
    ind = skp_svc.add_indicator(
        on_a, rhk_id=rhk, aspect="kuantitas", text="Jumlah laporan", target="12 dokumen"
    )
    skp_svc.submit_skp(on_a, skp_id=skp)
    skp_svc.approve_skp(kasi_on_a, skp_id=skp)
    entry = wl.log_work(
        on_a,
        indicator_id=ind,
        work_date=DAY,
        text="Menyusun notulen",
        quantity="2",
        evidence=wl.EvidenceFile("notulen.pdf", PDF),
    )
    agency.sync_all()

    # On laptop B the supervisor sees the entry, opens its file, and comments; A receives the comment.
    kasi_on_b = login(b, "kasi", PASSWORD)
    (seen,) = wl.list_entries(kasi_on_b, employee_id=staff, start=DAY, end=DAY)
    assert (seen.id, seen.text, seen.quantity, seen.evidence_filename) == (
        entry,
        "Menyusun notulen",
        2.0,
        "notulen.pdf",
    )
    assert wl.read_entry_evidence(kasi_on_b, entry_id=entry) == ("notulen.pdf", PDF)
    wlc.comment_week(kasi_on_b, employee_id=staff, week_start=DAY, text="Bagus.", entry_id=entry)
    agency.sync_all()
    (comment,) = wlc.list_comments(on_a, employee_id=staff, week_start=DAY)
    assert (comment.text, comment.entry_id, comment.author_name) == ("Bagus.", entry, "Kasi")
    # Everything, the approved SKP's content hash included (it is part of the approving change).
    assert dump(a) == dump(b)
    assert not conflicts(a)
    assert not conflicts(b)
