"""Keys and X.509 certificates for signing: the workspace CA, user certificates, PKCS#12 import.

Why these choices:

* ECDSA P-256 keys: pyHanko signs with them in a few milliseconds, the signatures are small, and
  every PDF reader that checks PAdES (Adobe, poppler's ``pdfsig``, EU DSS) accepts them.
* The workspace CA is a self-signed root that lives only on the admin's laptop (its private key
  is one of the workspace secrets, behind the keyring or the workspace passphrase). Users'
  certificates carry ``digitalSignature`` + ``nonRepudiation`` (content commitment), which is
  what pyHanko and PAdES validators expect of a signer of documents.
* A certificate from a real certification authority (BSrE, a commercial CA) comes as PKCS#12;
  its key and chain are taken over as they are. Its chain is checked link by link
  (``chain_to_root``), and its root becomes a trust anchor only when an admin approves it.
* The validity window is checked before signing (``check_validity``): signing with an expired
  certificate produces a signature every validator rejects, so it is refused up front.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from asn_desktop.domain.formatting import format_date, format_datetime
from asn_desktop.errors import AsnError

CA_YEARS = 10
USER_YEARS = 3
KEY_PEM = serialization.Encoding.PEM


class CertificateError(AsnError):
    """A certificate or key that cannot be used for signing (expired, corrupt, mismatched)."""

    code = "certificate"


@dataclass(frozen=True)
class Identity:
    """A signer's key and certificate chain in PEM, ready to be sealed or handed to a worker."""

    key_pem: bytes  # PKCS#8, unencrypted: only ever held in memory or sealed
    cert_pem: bytes
    chain_pem: bytes  # issuer certificates, concatenated (may be empty)

    @property
    def certificate(self) -> x509.Certificate:
        return x509.load_pem_x509_certificate(self.cert_pem)


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _name(common_name: str, organisation: str, serial: str | None = None) -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, common_name[:64])]
    if serial:
        attrs.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, serial))
    attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation[:64] or "-"))
    attrs.append(x509.NameAttribute(NameOID.COUNTRY_NAME, "ID"))
    return x509.Name(attrs)


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(KEY_PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())


def _usage(*, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=not ca,
        content_commitment=not ca,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )


def create_ca(agency: str, *, now: datetime) -> Identity:
    """A new self-signed workspace CA for ``agency``, valid ``CA_YEARS`` years."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = _name(f"CA Tanda Tangan {agency}", agency)
    start = _utc(now) - timedelta(minutes=5)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=365 * CA_YEARS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_usage(ca=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return Identity(_key_pem(key), cert.public_bytes(KEY_PEM), b"")


class Issuer:
    """The workspace CA, loaded once, issuing user certificates (a batch of 10,000 reuses it)."""

    def __init__(self, ca: Identity) -> None:
        key = serialization.load_pem_private_key(ca.key_pem, password=None)
        if not isinstance(key, ec.EllipticCurvePrivateKey):
            raise CertificateError("Kunci CA ruang kerja tidak dikenal (bukan ECDSA).")
        self._key, self._cert, self._cert_pem = key, ca.certificate, ca.cert_pem
        self._aki = x509.AuthorityKeyIdentifier.from_issuer_public_key(key.public_key())

    def issue(
        self,
        *,
        name: str,
        nip: str,
        agency: str,
        now: datetime,
        valid_from: datetime | None = None,
        valid_days: int = 365 * USER_YEARS,
    ) -> Identity:
        """A new key pair for a user and its certificate signed by the workspace CA."""
        key = ec.generate_private_key(ec.SECP256R1())
        start = _utc(valid_from or now) - timedelta(minutes=5)
        cert = (
            x509.CertificateBuilder()
            .subject_name(_name(name, agency, nip))
            .issuer_name(self._cert.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(start)
            .not_valid_after(start + timedelta(days=valid_days))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(_usage(ca=False), critical=True)
            .add_extension(self._aki, critical=False)
            .sign(self._key, hashes.SHA256())
        )
        return Identity(_key_pem(key), cert.public_bytes(KEY_PEM), self._cert_pem)


def issue_certificate(
    ca: Identity,
    *,
    name: str,
    nip: str,
    agency: str,
    now: datetime,
    valid_from: datetime | None = None,
    valid_days: int = 365 * USER_YEARS,
) -> Identity:
    """A new key pair for a user and its certificate signed by the workspace CA."""
    return Issuer(ca).issue(
        name=name, nip=nip, agency=agency, now=now, valid_from=valid_from, valid_days=valid_days
    )


def load_pkcs12(data: bytes, password: str | None) -> Identity:
    """Key, certificate and chain from a PKCS#12 file; a clear error if it cannot be read."""
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(
            data, password.encode("utf-8") if password else None
        )
    except (ValueError, TypeError) as exc:
        raise CertificateError(
            "Berkas PKCS#12 tidak dapat dibaca: berkas rusak, bukan PKCS#12, atau kata sandinya salah."
        ) from exc
    if key is None or cert is None:
        raise CertificateError("Berkas PKCS#12 tidak memuat kunci privat beserta sertifikatnya.")
    if not isinstance(key, ec.EllipticCurvePrivateKey | RSAPrivateKey):
        raise CertificateError("Jenis kunci di berkas PKCS#12 tidak didukung (hanya RSA atau ECDSA).")
    pem = key.private_bytes(KEY_PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    chain = b"".join(c.public_bytes(KEY_PEM) for c in extra or [])
    return Identity(pem, cert.public_bytes(KEY_PEM), chain)


def split_pem(chain_pem: bytes) -> list[x509.Certificate]:
    return x509.load_pem_x509_certificates(chain_pem) if chain_pem.strip() else []


def _issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    try:
        cert.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def chain_to_root(identity: Identity) -> list[x509.Certificate]:
    """The path leaf → issuers → self-signed root, every signature checked by its issuer.

    This is what an admin approves and what signing relies on: a chain that does not end in a
    root, a link whose signature does not verify, an issuer that is not a CA, or a leaf that
    signed itself is refused with a ``CertificateError`` naming the fault.
    """
    leaf = identity.certificate
    pool = split_pem(identity.chain_pem)
    path = [leaf]
    for _ in range(len(pool) + 1):
        current = path[-1]
        if current.issuer == current.subject:
            if len(path) == 1:
                raise CertificateError("Sertifikat ini ditandatangani sendiri, bukan diterbitkan oleh CA.")
            if not _issued_by(current, current):
                raise CertificateError("Tanda tangan CA akar pada rantai sertifikat tidak sah.")
            return path
        issuer = next((c for c in pool if c.subject == current.issuer and c not in path), None)
        if issuer is None:
            raise CertificateError(
                f"Rantai sertifikat tidak lengkap: penerbit «{current.issuer.rfc4514_string()}» "
                "tidak ada di berkas. Minta berkas PKCS#12 beserta seluruh rantainya."
            )
        if not _is_ca(issuer) or not _issued_by(current, issuer):
            raise CertificateError(
                f"Sertifikat «{common_name(current)}» tidak sah diterbitkan oleh «{common_name(issuer)}»."
            )
        path.append(issuer)
    raise CertificateError("Rantai sertifikat berputar dan tidak berujung pada CA akar.")


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def chain_root(identity: Identity) -> x509.Certificate:
    """The verified root of the identity's chain (see ``chain_to_root``)."""
    return chain_to_root(identity)[-1]


def check_validity(cert_pem: bytes, now: datetime, *, who: str) -> None:
    """Refuse a certificate outside its validity window, naming the dates in Indonesian."""
    cert = x509.load_pem_x509_certificate(cert_pem)
    moment = _utc(now)
    if moment < cert.not_valid_before_utc:
        raise CertificateError(
            f"Sertifikat {who} belum berlaku "
            f"(berlaku mulai {format_datetime(cert.not_valid_before_utc, None)})."
        )
    if moment > cert.not_valid_after_utc:
        raise CertificateError(
            f"Sertifikat {who} sudah kedaluwarsa sejak {format_date(cert.not_valid_after_utc)}; "
            "terbitkan atau impor sertifikat baru."
        )


def fingerprint(cert_pem: bytes) -> str:
    """SHA-256 of the certificate's DER, the id a person can compare on screen."""
    der = x509.load_pem_x509_certificate(cert_pem).public_bytes(serialization.Encoding.DER)
    return hashlib.sha256(der).hexdigest()


def common_name(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else cert.subject.rfc4514_string()
