"""Issuing certificates to a unit or everyone, each person's own passphrase, the demo's keys,
and the upgrade of a workspace whose imported roots were trusted without an admin."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text

from asn_desktop.domain.errors import PermissionDenied
from asn_desktop.errors import NotFound, ValidationFailed, WrongPassphrase
from asn_desktop.pdf.verify import verify_pdf
from asn_desktop.progress import Cancelled, CancelToken
from asn_desktop.security import kdf
from asn_desktop.services import export, export_plan, signing, signing_batch, signing_owner
from asn_desktop.services.context import AppContext
from asn_desktop.services.demo import DEMO_PASSWORD, build_demo
from asn_desktop.services.workspace import login, open_workspace
from asn_desktop.store import migrate
from asn_desktop.store.models import Employee, SigningIdentity, TrustAnchor
from tests.conftest import PASSPHRASE, PASSWORD

INITIAL = "awal-12345"


def _salts(org) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with org.ws.sessions() as session:
        rows = session.scalars(select(SigningIdentity).where(SigningIdentity.active)).all()
        return {r.employee_id: kdf._parse_header(base64.b64decode(r.sealed_key))[1].hex() for r in rows}


def test_issue_to_a_unit_then_everyone_keeps_existing_keys(org) -> None:
    signing.init_ca(org.admin, workspace_passphrase=PASSPHRASE)
    with pytest.raises(PermissionDenied):
        signing_batch.issue_certificates(org.ctx["kasi"], passphrase=INITIAL)
    with pytest.raises(ValidationFailed, match="minimal 8"):
        signing_batch.issue_certificates(org.admin, passphrase="pendek")
    seksi = signing_batch.issue_certificates(org.admin, passphrase=INITIAL, unit_id=org.seksi)
    assert (seksi.issued, seksi.kept) == (3, 0)  # kasi and two staff; the head is in the parent unit
    everyone = signing_batch.issue_certificates(org.admin, passphrase="lain-12345", unit_id=org.unit)
    assert (everyone.issued, everyone.kept) == (1, 3)  # the unit with its sub-units: only the head is new
    salts = _salts(org)
    assert len(salts) == 4
    assert salts[org.kasi] == salts[org.staff1] == salts[org.staff2] != salts[org.head]  # one Sealer a batch
    signing.unlock_signer(org.admin, employee_id=org.staff1, passphrase=INITIAL)
    signing.unlock_signer(org.admin, employee_id=org.head, passphrase="lain-12345")
    again = signing_batch.issue_certificates(org.admin, passphrase=INITIAL, reissue=True)
    assert (again.issued, again.kept) == (4, 0)
    with org.ws.sessions() as session:
        active = session.scalars(select(SigningIdentity.employee_id).where(SigningIdentity.active)).all()
    assert sorted(active) == sorted([org.head, org.kasi, org.staff1, org.staff2])


def test_a_cancelled_batch_keeps_whole_identities(org, monkeypatch: pytest.MonkeyPatch) -> None:
    signing.init_ca(org.admin, workspace_passphrase=PASSPHRASE)
    monkeypatch.setattr(signing_batch, "CHUNK", 2)
    token = CancelToken()

    def cancel_after_first(done: int, total: int, _text: str) -> None:
        if done:
            token.cancel()

    with pytest.raises(Cancelled):
        signing_batch.issue_certificates(
            org.admin, passphrase=INITIAL, progress=cancel_after_first, cancel=token
        )
    with org.ws.sessions() as session:
        assert len(session.scalars(select(SigningIdentity)).all()) == 2


def test_no_ca_key_on_this_laptop_is_a_clear_refusal(org) -> None:
    with pytest.raises(ValidationFailed, match="Kunci CA tanda tangan tidak ada"):
        signing_batch.issue_certificates(org.admin, passphrase=INITIAL)


def test_each_person_changes_their_own_passphrase(org) -> None:
    signing.init_ca(org.admin, workspace_passphrase=PASSPHRASE)
    signing_batch.issue_certificates(org.admin, passphrase=INITIAL)
    staff1 = org.ctx["staff1"]
    before = signing.unlock_signer(org.admin, employee_id=org.staff1, passphrase=INITIAL)
    assert not signing_owner.my_signing_key(staff1).passphrase_set
    with pytest.raises(WrongPassphrase, match="saat ini salah"):
        signing_owner.change_signing_passphrase(staff1, current="keliru-123", new="milik-saya-1")
    assert signing_owner.change_signing_passphrase(staff1, current=INITIAL, new="milik-saya-1") == 1
    after = signing.unlock_signer(org.admin, employee_id=org.staff1, passphrase="milik-saya-1")
    assert after == before  # the same key and certificate, only sealed anew
    with pytest.raises(WrongPassphrase):
        signing.unlock_signer(org.admin, employee_id=org.staff1, passphrase=INITIAL)
    mine = signing_owner.my_signing_key(staff1)
    assert mine.passphrase_set
    assert mine.holder == "Staf Satu"
    # Nobody else can do it for them: the admin has no key of their own, the kasi only theirs.
    with pytest.raises(NotFound, match="tidak terhubung dengan data pegawai"):
        signing_owner.change_signing_passphrase(org.admin, current="milik-saya-1", new="admin-123456")
    signing_owner.change_signing_passphrase(org.ctx["kasi"], current=INITIAL, new="kasi-123456")
    signing.unlock_signer(org.admin, employee_id=org.staff1, passphrase="milik-saya-1")
    with pytest.raises(ValidationFailed, match="berbeda"):
        signing_owner.change_signing_passphrase(staff1, current="milik-saya-1", new="milik-saya-1")


def test_the_demo_signs_out_of_the_box(workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    derivations = []
    real_derive = kdf._derive
    admin = login(workspace, "admin", PASSWORD)
    monkeypatch.setattr(kdf, "_derive", lambda *a: derivations.append(1) or real_derive(*a))
    build_demo(admin, employees=60, seed=2, workspace_passphrase=PASSPHRASE)
    # One for all 60 users' login and signing keys (not 120), two to reload and re-save keys.enc
    # with the CA key in it.
    assert len(derivations) == 3
    admin = login(workspace, "admin", PASSWORD)
    assert signing.ca_status(admin) is not None
    assert signing.ca_status(admin).key_here  # type: ignore[union-attr]
    with workspace.sessions() as session:
        employees = session.scalars(select(Employee.id)).all()
        with_key = session.scalars(select(SigningIdentity.employee_id).where(SigningIdentity.active)).all()
    assert sorted(employees) == sorted(with_key)
    derivations.clear()
    result = export.export_batch(
        admin, year=2026, out=tmp_path / "arsip", sign=True, default_passphrase=DEMO_PASSWORD, workers=1
    )
    assert result.signed > 20
    assert len(derivations) == 1, "the batch unseals every demo key with one derivation"
    assert not any(s.kind.startswith(export_plan.SKIP_SIGNER) for s in result.skipped)
    signed = next(e for e in result.written if e.signers and e.form == "evaluasi")
    reports = verify_pdf((tmp_path / "arsip" / signed.file).read_bytes())
    assert [(r.intact, r.trusted) for r in reports] == [(True, True), (True, True)]
    # Issuing more needs the CA key, which the demo kept with the workspace secrets.
    signing.issue_certificate(admin, employee_id=employees[0], passphrase=INITIAL)


def test_skipped_forms_are_counted_by_reason(workspace, tmp_path: Path) -> None:
    build_demo(login(workspace, "admin", PASSWORD), employees=60, seed=2)
    admin = login(workspace, "admin", PASSWORD)
    result = export.export_batch(
        admin, year=2026, out=tmp_path / "a.zip", sign=True, default_passphrase="salah-sekali", workers=1
    )
    by_kind = {kind: count for kind, count, _ in result.skipped_by_kind()}
    assert by_kind[export_plan.SKIP_SIGNER + "wrong_passphrase"] > 20
    assert sum(by_kind.values()) == len(result.skipped)
    assert result.signed == 0


def test_upgrade_drops_anchors_no_admin_added_and_holds_imports(workspace) -> None:
    """A 0005 workspace where an import had made its root an anchor, upgraded to 0010."""
    admin = login(workspace, "admin", PASSWORD)
    signing.init_ca(admin, workspace_passphrase=PASSPHRASE)
    emp = admin_employee(admin)
    signing.issue_certificate(admin, employee_id=emp, passphrase=INITIAL)
    cfg = migrate.alembic_config()
    with workspace.engine.connect() as conn:
        # As migrate.upgrade does: batch mode rebuilds tables, so the checks are off meanwhile.
        conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
        conn.begin()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0008")  # back to before the approvals (0010), as a 0005 had it
        conn.execute(
            text(
                "INSERT INTO trust_anchor SELECT 'imported', subject, 'f' || fingerprint, cert_pem, "
                "added_at, 'x' || id FROM trust_anchor"
            )
        )
        conn.execute(
            text(
                "INSERT INTO signing_identity SELECT employee_id, 'pkcs12', subject, fingerprint, "
                "not_before, not_after, cert_pem, chain_pem, sealed_key, 1, created_at, 'x' || id "
                "FROM signing_identity"
            )
        )
        conn.commit()
        conn.connection.driver_connection.execute("PRAGMA foreign_keys = ON")
    path = workspace.path
    workspace.close()
    ws = open_workspace(path, passphrase=PASSPHRASE)
    try:
        with ws.sessions() as session:
            anchors = session.scalars(select(TrustAnchor)).all()
            rows = session.scalars(select(SigningIdentity)).all()
        assert [(a.kind, a.added_by) for a in anchors] == [("ours", "upgrade")]
        state = {(r.source, r.active, r.approved_by) for r in rows}
        assert state == {("workspace", True, "upgrade"), ("pkcs12", False, None)}
        signing.unlock_signer(login(ws, "admin", PASSWORD), employee_id=emp, passphrase=INITIAL)
    finally:
        ws.close()


def admin_employee(admin: AppContext) -> str:
    from asn_desktop.services import employees as emp

    unit = emp.create_unit(admin, name="Kantor")
    return emp.create_employee(
        admin, emp.EmployeeInput(nip="197001012000031001", name="Kepala", unit_id=unit)
    )


def test_the_list_puts_waiting_imports_first_and_is_bounded(org) -> None:
    from asn_desktop.services import signing_approval
    from tests.unit.pdf.fake_ca import as_p12, fake_bssn_root, leaf

    signing.init_ca(org.admin, workspace_passphrase=PASSPHRASE)
    signing_batch.issue_certificates(org.admin, passphrase=INITIAL)
    fake = fake_bssn_root()
    key, cert = leaf(fake, "Staf PPPK")
    signing_approval.import_pkcs12(
        org.ctx["staff2"],
        employee_id=org.staff2,
        data=as_p12(fake, key, cert, b"p"),
        p12_password="p",
        passphrase=INITIAL,
    )
    rows = signing_approval.list_certificates(org.admin, limit=3)
    assert [(r.employee_name, r.status) for r in rows] == [
        ("Staf PPPK", "pending"),
        ("Kasi Program", "active"),
        ("Kepala Dinas", "active"),
    ]
    counts = signing_approval.certificate_counts(org.admin)
    assert (counts.active, counts.pending, counts.employees) == (4, 1, 4)
    assert [r.nip for r in signing_approval.list_certificates(org.admin, text="1990 0913")] == [
        "199009132025242014",
        "199009132025242014",
    ]
