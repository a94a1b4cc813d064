"""A certification authority made with nothing but ``cryptography``, as an attacker makes one.

Used to replay issue 11's finding: a self-made "Badan Siber dan Sandi Negara Root CA", a PKCS#12
of a leaf for the attacker, and a PDF signed outside the app with a leaf naming the supervisor.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from asn_desktop.pdf.certs import Identity
from asn_desktop.pdf.produce import Job, produce
from asn_desktop.pdf.sign import SignAction
from tests.unit.pdf.samples import evaluasi_doc

NOW = datetime.now(UTC)


@dataclass
class FakeCa:
    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate

    @property
    def fingerprint(self) -> str:
        return self.cert.fingerprint(hashes.SHA256()).hex()


def _name(cn: str, org: str) -> x509.Name:
    return x509.Name(
        [x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.ORGANIZATION_NAME, org)]
    )


def fake_bssn_root() -> FakeCa:
    """What the attacker made on their own laptop, with nothing but ``cryptography``."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = _name("Badan Siber dan Sandi Negara Root CA", "Badan Siber dan Sandi Negara")
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - timedelta(days=1))
        .not_valid_after(NOW + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    return FakeCa(key, cert)


def leaf(ca: FakeCa, common_name: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name, "Dinas Uji"))
        .issuer_name(ca.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - timedelta(days=1))
        .not_valid_after(NOW + timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True
        )
        .sign(ca.key, hashes.SHA256())
    )
    return key, cert


def as_p12(ca: FakeCa, key: ec.EllipticCurvePrivateKey, cert: x509.Certificate, password: bytes) -> bytes:
    return pkcs12.serialize_key_and_certificates(
        b"ttd", key, cert, [ca.cert], serialization.BestAvailableEncryption(password)
    )


def as_identity(ca: FakeCa, key: ec.EllipticCurvePrivateKey, cert: x509.Certificate) -> Identity:
    pem = serialization.Encoding.PEM
    key_pem = key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    return Identity(key_pem, cert.public_bytes(pem), ca.cert.public_bytes(pem))


def forged_evaluation(ca: FakeCa, supervisor_name: str) -> bytes:
    """A form signed outside the app with a leaf of the fake CA that names the supervisor."""
    doc = evaluasi_doc()
    key, cert = leaf(ca, supervisor_name)
    forged = as_identity(ca, key, cert)
    actions = tuple(SignAction(slot.field_name, forged, supervisor_name, "-") for slot in doc.slots)
    return produce(Job(doc, "ev.pdf", actions, "Evaluasi Kinerja Pegawai", "Contoh")).pdf
