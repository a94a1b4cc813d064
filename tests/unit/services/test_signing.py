"""Trust anchors only by an admin; imported PKCS#12 waits for approval (issue 11 item 4).

The finding, tried as the attacker did: a pegawai imported a PKCS#12 whose root was a self-made
"Badan Siber dan Sandi Negara Root CA"; it became an agency-wide trust anchor, and a PDF signed
in the supervisor's name with another leaf of that CA verified as intact *and trusted*.
"""

from __future__ import annotations

import base64
from datetime import datetime
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from sqlalchemy import select, text

from asn_desktop import paths
from asn_desktop.cli import main as cli_main
from asn_desktop.domain.errors import PermissionDenied
from asn_desktop.pdf.certs import CertificateError
from asn_desktop.pdf.verify import TRUST_IMPORTED, TRUST_OURS, TrustStore, verify_pdf
from asn_desktop.services import signing, signing_approval
from asn_desktop.store.models import SigningIdentity, TrustAnchor
from tests.conftest import PASSPHRASE, arrived
from tests.unit.pdf.fake_ca import as_identity, as_p12, fake_bssn_root, forged_evaluation, leaf

KEY = "kunci-ttd-1"


@pytest.fixture
def pki(org):  # type: ignore[no-untyped-def]
    signing.init_ca(org.admin, workspace_passphrase=PASSPHRASE)
    for emp in (org.kasi, org.staff1):
        signing.issue_certificate(org.admin, employee_id=emp, passphrase=KEY)
    return org


def _anchor_fps(org) -> set[str]:  # type: ignore[no-untyped-def]
    with org.ws.sessions() as session:
        return set(session.scalars(select(TrustAnchor.fingerprint)))


def _trusted_files() -> set[str]:
    return {p.stem for p in (paths.data_dir() / "trust").glob("**/*.pem")}


def test_the_fake_bssn_attack_now_fails(pki, tmp_path: Path) -> None:
    org = pki
    attacker = org.ctx["staff1"]
    fake = fake_bssn_root()
    key, cert = leaf(fake, "Staf Satu")
    signing_approval.import_pkcs12(
        attacker,
        employee_id=org.staff1,
        data=as_p12(fake, key, cert, b"p12"),
        p12_password="p12",
        passphrase="frasa-penyerang",
    )
    # The import creates no anchor, in the database or in this laptop's trust store.
    assert fake.fingerprint not in _anchor_fps(org)
    assert fake.fingerprint not in _trusted_files()
    pending = signing_approval.list_certificates(org.admin, pending_only=True)
    assert [(r.nip, r.root.subject if r.root else "") for r in pending] == [
        ("199001012015031003", "Badan Siber dan Sandi Negara Root CA")
    ]
    assert pending[0].root is not None
    assert not pending[0].root.trusted
    # The attacker cannot approve it, nor put the root into the trust store directly.
    with pytest.raises(PermissionDenied):
        signing_approval.approve_import(attacker, identity_id=pending[0].id)
    with pytest.raises(PermissionDenied):
        TrustStore().add(
            TRUST_IMPORTED,
            fake.cert.public_bytes(serialization.Encoding.PEM),
            actor=attacker.actor,
            scope=org.ws.workspace_id,
        )
    # The pending key does not sign: the workspace certificate is still the attacker's active one.
    active = signing.unlock_signer(attacker, employee_id=org.staff1, passphrase=KEY)
    assert x509.load_pem_x509_certificate(active.cert_pem).issuer != fake.cert.subject
    # The forged PDF: intact bytes, but not trusted, and `verify` exits non-zero.
    signing.refresh_trust_store(org.admin)
    pdf = forged_evaluation(fake, "Kasi Program")
    reports = verify_pdf(pdf)
    assert [(r.signer, r.intact, r.trusted) for r in reports] == [("Kasi Program", True, False)] * 2
    assert "TIDAK DIPERCAYA" in reports[0].line
    path = tmp_path / "palsu.pdf"
    path.write_bytes(pdf)
    assert cli_main(["verify", str(path)]) == 3


def test_a_pending_import_is_the_only_key_and_waits(pki) -> None:
    org = pki
    fake = fake_bssn_root()
    key, cert = leaf(fake, "Staf PPPK")
    signing_approval.import_pkcs12(
        org.ctx["staff2"],
        employee_id=org.staff2,
        data=as_p12(fake, key, cert, b"p"),
        p12_password="p",
        passphrase=KEY,
    )
    with pytest.raises(Exception, match="menunggu persetujuan admin"):
        signing.unlock_signer(org.admin, employee_id=org.staff2, passphrase=KEY)
    # Another pegawai may not import for them.
    with pytest.raises(PermissionDenied):
        signing_approval.import_pkcs12(
            org.ctx["staff1"],
            employee_id=org.staff2,
            data=as_p12(fake, key, cert, b"p"),
            p12_password="p",
            passphrase=KEY,
        )


def test_admin_approval_adds_the_root_and_makes_the_key_sign(pki) -> None:
    org = pki
    real = fake_bssn_root()  # stands for a real CA the admin has checked
    key, cert = leaf(real, "Staf Satu")
    row_id = signing_approval.import_pkcs12(
        org.ctx["staff1"],
        employee_id=org.staff1,
        data=as_p12(real, key, cert, b"p"),
        p12_password="p",
        passphrase=KEY,
    )
    assert signing_approval.pending_root(org.admin, identity_id=row_id).fingerprint == real.fingerprint
    info = signing_approval.approve_import(org.admin, identity_id=row_id)
    assert (info.fingerprint, info.trusted) == (real.fingerprint, False)
    with org.ws.sessions() as session:
        anchor = session.scalars(select(TrustAnchor).where(TrustAnchor.fingerprint == real.fingerprint)).one()
        assert (anchor.kind, anchor.added_by) == (TRUST_IMPORTED, org.admin.actor.user_id)
        active = session.scalars(
            select(SigningIdentity).where(SigningIdentity.employee_id == org.staff1, SigningIdentity.active)
        ).all()
    assert [a.id for a in active] == [row_id]
    assert real.fingerprint in _trusted_files()
    unlocked = signing.unlock_signer(org.admin, employee_id=org.staff1, passphrase=KEY)
    assert unlocked.cert_pem == cert.public_bytes(serialization.Encoding.PEM)
    with pytest.raises(Exception, match="sudah disetujui"):
        signing_approval.approve_import(org.admin, identity_id=row_id)


def test_reject_by_admin_or_withdraw_by_owner(pki) -> None:
    org = pki
    fake = fake_bssn_root()
    key, cert = leaf(fake, "Staf Satu")

    def imported() -> str:
        return signing_approval.import_pkcs12(
            org.ctx["staff1"],
            employee_id=org.staff1,
            data=as_p12(fake, key, cert, b"p"),
            p12_password="p",
            passphrase=KEY,
        )

    first = imported()
    with pytest.raises(PermissionDenied):
        signing_approval.reject_import(org.ctx["kasi"], identity_id=first)
    second = imported()  # a new import replaces the one still waiting
    assert [r.id for r in signing_approval.list_certificates(org.admin, pending_only=True)] == [second]
    signing_approval.reject_import(org.ctx["staff1"], identity_id=second)
    assert signing_approval.list_certificates(org.admin, pending_only=True) == []
    assert fake.fingerprint not in _anchor_fps(org)


def test_a_broken_chain_is_refused_at_import(pki) -> None:
    org = pki
    fake, other = fake_bssn_root(), fake_bssn_root()
    key, cert = leaf(fake, "Staf Satu")
    with pytest.raises(CertificateError, match="tidak sah diterbitkan"):
        signing_approval.import_pkcs12(  # the chain carries a root that did not sign the leaf
            org.ctx["staff1"],
            employee_id=org.staff1,
            data=as_p12(other, key, cert, b"p"),
            p12_password="p",
            passphrase=KEY,
        )


def test_a_raw_row_no_admin_approved_does_not_sign(pki) -> None:
    """What a forged change would leave: an active identity with no approver, or a made-up root."""
    org = pki
    fake = fake_bssn_root()
    key, cert = leaf(fake, "Kasi Program")
    ident = as_identity(fake, key, cert)
    from asn_desktop.security.kdf import seal

    with arrived(org.ws) as session:  # rows as a forged change would leave them
        for row in session.scalars(select(SigningIdentity).where(SigningIdentity.employee_id == org.kasi)):
            row.active = False
        session.add(
            SigningIdentity(
                employee_id=org.kasi,
                source="pkcs12",
                subject="CN=Kasi Program",
                fingerprint="0" * 64,
                not_before=datetime(2020, 1, 1),
                not_after=datetime(2099, 1, 1),
                cert_pem=ident.cert_pem.decode(),
                chain_pem=ident.chain_pem.decode(),
                sealed_key=base64.b64encode(seal(ident.key_pem, KEY)).decode(),
                active=True,
                created_at=datetime(2026, 1, 1),
                approved_by=None,
            )
        )
    with pytest.raises(CertificateError, match="belum disetujui admin"):
        signing.unlock_signer(org.admin, employee_id=org.kasi, passphrase=KEY)
    with arrived(org.ws) as session:
        row = session.scalars(
            select(SigningIdentity).where(SigningIdentity.employee_id == org.kasi, SigningIdentity.active)
        ).one()
        row.approved_by = org.ctx["staff1"].actor.user_id  # "approved", but the root is no anchor
    with pytest.raises(CertificateError, match="tidak berujung pada CA yang disetujui"):
        signing.unlock_signer(org.admin, employee_id=org.kasi, passphrase=KEY)


def test_only_an_admin_creates_the_ca(org) -> None:
    with pytest.raises(PermissionDenied):
        signing.init_ca(org.ctx["kasi"], workspace_passphrase=PASSPHRASE)
    assert signing.ca_status(org.admin) is None
    fp = signing.init_ca(org.admin, workspace_passphrase=PASSPHRASE)
    status = signing.ca_status(org.admin)
    assert status is not None
    assert (status.fingerprint, status.key_here) == (fp, True)
    with org.ws.sessions() as session:
        anchor = session.scalars(select(TrustAnchor)).one()
    assert (anchor.kind, anchor.added_by) == (TRUST_OURS, org.admin.actor.user_id)


def test_an_assessment_locks_only_by_its_own_verified_signed_evaluation(pki, tmp_path: Path) -> None:
    from asn_desktop.services import assessment as asm
    from asn_desktop.services import export
    from asn_desktop.store.models import SignedDocument
    from tests.unit.services.helpers import approved_skp, head_skp

    org = pki
    kasi_skp = approved_skp(org, "kasi", parent_rhk=head_skp(org))
    approved_skp(org, "staff1", parent_rhk=kasi_skp[1])
    asm.assess(
        org.ctx["kasi"],
        employee_id=org.staff1,
        period_key="2026",
        rating_hasil="sesuai",
        rating_perilaku="sesuai",
    )
    aid = asm.get_assessment(org.ctx["kasi"], employee_id=org.staff1, period_key="2026").id
    asm.finalize_assessment(org.ctx["kasi"], assessment_id=aid)
    # The real signed evaluation, made and kept by the export, is what locks it.
    export.export_form(
        org.admin,
        nip="199001012015031003",
        year=2026,
        form="evaluasi",
        out=tmp_path / "ev.pdf",
        sign=True,
        default_passphrase=KEY,
    )
    assert asm.get_assessment(org.ctx["kasi"], employee_id=org.staff1, period_key="2026").status == "signed"
    with org.ws.sessions() as session:
        doc = session.scalars(select(SignedDocument).where(SignedDocument.subject_id == aid)).one()
    # The same genuine PDF recorded for another assessment (the kasi's own) does not lock that one.
    asm.assess(
        org.ctx["head"],
        employee_id=org.kasi,
        period_key="2026",
        rating_hasil="sesuai",
        rating_perilaku="sesuai",
    )
    other = asm.get_assessment(org.ctx["head"], employee_id=org.kasi, period_key="2026").id
    asm.finalize_assessment(org.ctx["head"], assessment_id=other)
    with arrived(org.ws) as session:
        session.add(
            SignedDocument(
                id="01900000-0000-7000-8000-0000000000d1",
                form="evaluasi",
                subject_id=other,
                employee_id=org.kasi,
                period_key="2026",
                content_hash=doc.content_hash,
                file_sha256=doc.file_sha256,
                signers="[]",
                signed_at=datetime(2026, 12, 1),
            )
        )
    with pytest.raises(Exception, match="tidak ditandatangani pegawai dan pejabat penilainya"):
        asm.mark_assessment_signed(
            org.ctx["head"], assessment_id=other, document_id="01900000-0000-7000-8000-0000000000d1"
        )
    with pytest.raises(Exception, match="bukan evaluasi penilaian ini"):
        asm.mark_assessment_signed(org.ctx["head"], assessment_id=other, document_id=doc.id)
    assert asm.get_assessment(org.ctx["head"], employee_id=org.kasi, period_key="2026").status == "final"
    # Its own genuine evaluation does lock it (shown on a copy whose lock has not arrived yet).
    with arrived(org.ws) as session:
        session.execute(
            text("update assessment set status = 'final', signed_hash = null where id = :i"), {"i": aid}
        )
    asm.mark_assessment_signed(org.ctx["kasi"], assessment_id=aid, document_id=doc.id)
    assert (
        asm.get_assessment(org.ctx["kasi"], employee_id=org.staff1, period_key="2026").signed_hash
        == doc.content_hash
    )
