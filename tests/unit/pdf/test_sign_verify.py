"""PAdES signing and verification, checked by pyHanko (ours), pdfsig and qpdf."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.writer import PageObject

from asn_desktop.domain.errors import PermissionDenied
from asn_desktop.domain.permissions import Actor, Role
from asn_desktop.pdf import certs
from asn_desktop.pdf.certs import CertificateError
from asn_desktop.pdf.produce import Job, produce
from asn_desktop.pdf.sign import SignAction
from asn_desktop.pdf.verify import TRUST_IMPORTED, TRUST_OURS, TrustStore, UnreadablePdf, verify_pdf
from tests.unit.pdf.samples import PEGAWAI, PENILAI, evaluasi_doc
from tests.unit.pdf.tools import pdfsig_blocks, run_tool

NOW = datetime.now(UTC)


@pytest.fixture(scope="module")
def ca() -> certs.Identity:
    return certs.create_ca("Dinas Uji", now=NOW)


@pytest.fixture(scope="module")
def signed(ca: certs.Identity) -> bytes:
    penilai = certs.issue_certificate(ca, name=PENILAI.name, nip=PENILAI.nip, agency="Dinas Uji", now=NOW)
    pegawai = certs.issue_certificate(ca, name=PEGAWAI.name, nip=PEGAWAI.nip, agency="Dinas Uji", now=NOW)
    doc = evaluasi_doc()
    actions = (
        SignAction(doc.slots[0].field_name, penilai, PENILAI.name, PENILAI.nip),
        SignAction(doc.slots[1].field_name, pegawai, PEGAWAI.name, PEGAWAI.nip),
    )
    return produce(Job(doc, "ev.pdf", actions, "Evaluasi Kinerja Pegawai", "Contoh")).pdf


ADMIN = Actor(user_id="admin", role=Role.ADMIN, employee_id=None)


def _store(tmp_path: Path, ca: certs.Identity, kind: str = TRUST_OURS) -> TrustStore:
    store = TrustStore(tmp_path / "trust")
    store.add(kind, ca.cert_pem, actor=ADMIN, scope="ws-1")
    return store


def test_two_signatures_both_intact_for_pyhanko_pdfsig_and_qpdf(
    signed: bytes, ca: certs.Identity, tmp_path: Path
) -> None:
    reports = verify_pdf(signed, _store(tmp_path, ca))
    assert [r.signer for r in reports] == [PENILAI.name, PEGAWAI.name]
    assert all(r.intact and r.trust == TRUST_OURS for r in reports)
    assert all(r.signed_at is not None for r in reports)
    path = tmp_path / "ev.pdf"
    path.write_bytes(signed)
    blocks = pdfsig_blocks(path)
    assert len(blocks) == 2
    for block in blocks:
        assert "Signature Type: ETSI.CAdES.detached" in block
        assert "Signature Validation: Signature is Valid." in block
    assert "Total document signed" in blocks[1]
    assert "Not total document signed" not in blocks[1]
    check = run_tool("qpdf", "--check", path)
    assert check.returncode == 0
    assert "No syntax or stream encoding errors" in check.stdout


def test_trust_is_ours_imported_or_unknown(signed: bytes, ca: certs.Identity, tmp_path: Path) -> None:
    assert {r.trust for r in verify_pdf(signed, TrustStore(tmp_path / "none"))} == {""}
    assert {r.trust for r in verify_pdf(signed, _store(tmp_path / "i", ca, TRUST_IMPORTED))} == {
        TRUST_IMPORTED
    }
    line = verify_pdf(signed, TrustStore(tmp_path / "none"))[0].line
    assert "utuh" in line
    assert "TIDAK DIPERCAYA" in line


def test_only_an_admin_adds_a_trust_anchor(ca: certs.Identity, tmp_path: Path) -> None:
    store = TrustStore(tmp_path / "trust")
    for role in (Role.PEGAWAI, Role.PENILAI):
        with pytest.raises(PermissionDenied):
            store.add(TRUST_IMPORTED, ca.cert_pem, actor=Actor("u", role, "e"), scope="ws-1")
    assert store.certificates(TRUST_IMPORTED) == []
    store.add(TRUST_IMPORTED, ca.cert_pem, actor=ADMIN, scope="ws-1")
    assert len(store.certificates(TRUST_IMPORTED)) == 1


def test_mirror_keeps_exactly_one_workspaces_anchors_and_ignores_old_folders(
    ca: certs.Identity, tmp_path: Path
) -> None:
    other = certs.create_ca("Dinas Lain", now=NOW)
    store = TrustStore(tmp_path / "trust")
    store.mirror("ws-a", [(TRUST_OURS, ca.cert_pem), (TRUST_IMPORTED, other.cert_pem)])
    store.mirror("ws-b", [(TRUST_OURS, other.cert_pem)])
    store.mirror("ws-a", [(TRUST_OURS, ca.cert_pem)])  # the imported one is gone from ws-a
    assert store.certificates(TRUST_IMPORTED) == []
    assert sorted(store.certificates(TRUST_OURS)) == sorted([ca.cert_pem, other.cert_pem])
    # An earlier version kept imported roots in trust/imported/, written by whoever imported.
    legacy = tmp_path / "trust" / TRUST_IMPORTED
    legacy.mkdir()
    (legacy / "x.pem").write_bytes(other.cert_pem)
    assert store.certificates(TRUST_IMPORTED) == []


def test_a_changed_byte_is_modified_for_pyhanko_and_pdfsig(
    signed: bytes, ca: certs.Identity, tmp_path: Path
) -> None:
    at = signed.index(b"ASN Kinerja Desktop")  # the /Author string, inside every signed range
    tampered = signed[:at] + b"X" + signed[at + 1 :]
    reports = verify_pdf(tampered, _store(tmp_path, ca))
    assert [r.intact for r in reports] == [False, False]
    assert "tidak cocok" in reports[0].problem
    path = tmp_path / "tampered.pdf"
    path.write_bytes(tampered)
    for block in pdfsig_blocks(path):
        assert "Signature is Valid" not in block
        assert "Digest Mismatch" in block or "Signature is Invalid" in block


def test_a_page_added_after_signing_is_modified_for_pyhanko_and_pdfsig(
    signed: bytes, ca: certs.Identity, tmp_path: Path
) -> None:
    writer = IncrementalPdfFileWriter(io.BytesIO(signed), strict=False)
    page = PageObject(
        contents=writer.add_object(generic.StreamObject(stream_data=b"")), media_box=[0, 0, 595, 842]
    )
    writer.insert_page(page)
    out = io.BytesIO()
    writer.write(out)
    grown = out.getvalue()
    reports = verify_pdf(grown, _store(tmp_path, ca))
    assert not reports[-1].intact
    assert "diubah setelah" in reports[-1].problem
    path = tmp_path / "grown.pdf"
    path.write_bytes(grown)
    assert (
        "Not total document signed" in pdfsig_blocks(path)[-1]
    )  # pdfsig: the last signature no longer covers the file
    assert run_tool("qpdf", "--check", path).returncode == 0


def test_not_a_pdf_is_a_clear_error() -> None:
    with pytest.raises(UnreadablePdf, match="bukan PDF"):
        verify_pdf(b"bukan pdf sama sekali")


def test_expired_and_not_yet_valid_certificates_are_refused(ca: certs.Identity) -> None:
    old = certs.issue_certificate(
        ca, name="Lama", nip="1", agency="X", now=NOW, valid_from=NOW - timedelta(days=30), valid_days=10
    )
    with pytest.raises(CertificateError, match="kedaluwarsa"):
        certs.check_validity(old.cert_pem, NOW, who="Lama")
    future = certs.issue_certificate(
        ca, name="Baru", nip="2", agency="X", now=NOW, valid_from=NOW + timedelta(days=5)
    )
    with pytest.raises(CertificateError, match="belum berlaku"):
        certs.check_validity(future.cert_pem, NOW, who="Baru")
    certs.check_validity(future.cert_pem, NOW + timedelta(days=6), who="Baru")


def _p12(ca: certs.Identity, password: bytes) -> bytes:
    ident = certs.issue_certificate(ca, name="Impor", nip="3", agency="X", now=NOW)
    key = serialization.load_pem_private_key(ident.key_pem, None)
    return pkcs12.serialize_key_and_certificates(
        b"impor",
        key,
        ident.certificate,
        [ca.certificate],
        serialization.BestAvailableEncryption(password),  # type: ignore[arg-type]
    )


def test_pkcs12_round_trip_and_corrupt_file(ca: certs.Identity) -> None:
    data = _p12(ca, b"rahasia")
    ident = certs.load_pkcs12(data, "rahasia")
    root = certs.chain_root(ident)
    assert root is not None
    assert root.fingerprint(hashes.SHA256()) == ca.certificate.fingerprint(hashes.SHA256())
    with pytest.raises(CertificateError, match="PKCS#12 tidak dapat dibaca"):
        certs.load_pkcs12(data[:100] + b"\x00" * 50 + data[150:], "rahasia")
    with pytest.raises(CertificateError, match="PKCS#12 tidak dapat dibaca"):
        certs.load_pkcs12(data, "salah")


def test_unsigned_form_has_no_signatures(ca: certs.Identity) -> None:
    doc = replace(evaluasi_doc(), slots=())
    produced = produce(Job(doc, "x.pdf", (), "r", "l"))
    assert verify_pdf(produced.pdf, TrustStore(Path("/nonexistent"))) == []
    assert produced.signers == ()


def test_chain_to_root_checks_every_link(ca: certs.Identity) -> None:
    ident = certs.issue_certificate(ca, name="Rantai", nip="4", agency="X", now=NOW)
    assert [certs.common_name(c) for c in certs.chain_to_root(ident)] == [
        "Rantai",
        "CA Tanda Tangan Dinas Uji",
    ]
    with pytest.raises(CertificateError, match="tidak lengkap"):
        certs.chain_to_root(replace(ident, chain_pem=b""))
    impostor = certs.create_ca("Dinas Uji", now=NOW)  # same name, another key
    with pytest.raises(CertificateError, match="tidak sah diterbitkan"):
        certs.chain_to_root(replace(ident, chain_pem=impostor.cert_pem))
    with pytest.raises(CertificateError, match="ditandatangani sendiri"):
        certs.chain_to_root(ca)
