"""Checking the signatures of a PDF: signer, time, integrity and trust, one report per signature.

Integrity is "utuh" (intact) only when the signed bytes hash to what was signed, the
cryptographic signature is valid, *and* nothing but allowed form filling (another signature
into a prepared field) was appended after it. Appending a page after signing leaves the old
bytes intact, so a byte-level check alone would miss it; pyHanko's difference analysis
classes such an update as a modification, and so does this report.

Trust is answered against two sets of anchors kept on this laptop (``TrustStore``): the
workspace CA(s) and the roots of imported PKCS#12 chains that an admin approved. A certificate
that chains to neither is "TIDAK DIPERCAYA": the bytes may be intact, but nobody in the agency
vouches for who made it — anyone can make a certificate that names the supervisor. So an
untrusted signature fails ``verify`` too (exit 3), reported apart from a modified one (exit 1).

Only an admin puts an anchor here (``TrustStore.add`` refuses anyone else), and ``mirror`` copies
only the anchors an admin added to the workspace. Each workspace has its own folder, so one
workspace's refresh never drops another's anchors; the folders of earlier versions, filled by
whoever imported a PKCS#12, are not read at all.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from pyhanko.keys import load_certs_from_pemder_data
from pyhanko.pdf_utils.misc import PdfReadError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from asn_desktop import paths
from asn_desktop.atomic import write_atomically
from asn_desktop.domain.permissions import Actor, can_manage_trust_anchors, require
from asn_desktop.errors import AsnError

TRUST_OURS = "ours"
TRUST_IMPORTED = "imported"
TRUST_KINDS = (TRUST_OURS, TRUST_IMPORTED)
TRUST_LABELS = {
    TRUST_OURS: "CA ruang kerja",
    TRUST_IMPORTED: "CA impor yang disetujui admin",
    "": "TIDAK DIPERCAYA (rantai sertifikat tidak berujung pada CA yang disetujui admin)",
}
_ALLOWED_CHANGES = (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES, ModificationLevel.FORM_FILLING)
_COVERED = (SignatureCoverageLevel.ENTIRE_FILE, SignatureCoverageLevel.ENTIRE_REVISION)


class UnreadablePdf(AsnError):
    code = "unreadable_pdf"


@dataclass(frozen=True)
class SignatureReport:
    field_name: str
    signer: str
    signed_at: datetime | None
    intact: bool
    trust: str  # TRUST_OURS, TRUST_IMPORTED or "" (not trusted)
    problem: str = ""

    @property
    def trusted(self) -> bool:
        return bool(self.trust)

    @property
    def line(self) -> str:
        """The one line ``verify`` prints for this signature."""
        when = f"{self.signed_at:%d-%m-%Y %H:%M:%S %Z}".strip() if self.signed_at else "waktu tidak diketahui"
        state = "utuh" if self.intact else f"DIUBAH ({self.problem})"
        return (
            f"{self.field_name}: {self.signer} · {when} · integritas: {state} · "
            f"kepercayaan: {TRUST_LABELS[self.trust]}"
        )


@dataclass
class TrustStore:
    """The CA certificates this laptop trusts: ``ROOT/<workspace id>/<kind>/<sha256>.pem``."""

    root: Path = field(default_factory=lambda: paths.data_dir() / "trust")

    def add(self, kind: str, cert_pem: bytes, *, actor: Actor, scope: str) -> Path:
        """Trust one more CA for workspace ``scope``; an admin's act only."""
        require(can_manage_trust_anchors(actor), "menambahkan CA tepercaya")
        return self._write(scope, kind, x509.load_pem_x509_certificate(cert_pem))

    def _write(self, scope: str, kind: str, cert: x509.Certificate) -> Path:
        if kind not in TRUST_KINDS or not scope or "/" in scope or scope.startswith("."):
            raise ValueError(f"bad trust store folder {scope!r}/{kind!r}")
        folder = self.root / scope / kind
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{cert.fingerprint(hashes.SHA256()).hex()}.pem"
        write_atomically(target, cert.public_bytes(serialization.Encoding.PEM), mode=0o644)
        return target

    def mirror(self, scope: str, anchors: Iterable[tuple[str, bytes]]) -> None:
        """Make workspace ``scope``'s folder hold exactly ``anchors`` (kind, PEM).

        The caller passes the workspace's anchor rows, each added by an admin (``init_ca``,
        ``approve_import``); a file left from an anchor that is gone is removed.
        """
        keep = {self._write(scope, kind, x509.load_pem_x509_certificate(pem)) for kind, pem in anchors}
        for kind in TRUST_KINDS:
            for stale in (self.root / scope / kind).glob("*.pem"):
                if stale not in keep:
                    stale.unlink()

    def certificates(self, kind: str) -> list[bytes]:
        return [p.read_bytes() for p in sorted(self.root.glob(f"*/{kind}/*.pem"))]


def _context(pems: Iterable[bytes]) -> ValidationContext | None:
    roots = [c for pem in pems for c in load_certs_from_pemder_data(pem)]
    return ValidationContext(trust_roots=roots, allow_fetching=False) if roots else None


def verify_pdf(data: bytes, store: TrustStore | None = None) -> list[SignatureReport]:
    """One report per embedded signature, in document order."""
    store = store or TrustStore()
    contexts = {kind: _context(store.certificates(kind)) for kind in TRUST_KINDS}
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = list(reader.embedded_signatures)
    except (PdfReadError, ValueError, KeyError, IndexError) as exc:
        raise UnreadablePdf(f"Berkas bukan PDF yang dapat dibaca atau strukturnya rusak ({exc}).") from exc
    reports = []
    # pyHanko logs every untrusted chain as a warning; the report says it once, in Indonesian.
    logging.getLogger("pyhanko").setLevel(logging.ERROR)
    for sig in signatures:
        status = validate_pdf_signature(
            sig, contexts[TRUST_OURS] or ValidationContext(trust_roots=[], allow_fetching=False)
        )
        trust = TRUST_OURS if contexts[TRUST_OURS] and status.trusted else ""
        if not trust and contexts[TRUST_IMPORTED]:
            trust = TRUST_IMPORTED if validate_pdf_signature(sig, contexts[TRUST_IMPORTED]).trusted else ""
        problem = ""
        if not (status.intact and status.valid):
            problem = "isi yang ditandatangani tidak cocok"
        elif status.coverage not in _COVERED or status.modification_level not in _ALLOWED_CHANGES:
            problem = "dokumen diubah setelah ditandatangani"
        cert = status.signing_cert
        signer = cert.subject.native.get("common_name", cert.subject.human_friendly)
        reports.append(
            SignatureReport(
                sig.field_name, str(signer), status.signer_reported_dt, not problem, trust, problem
            )
        )
    return reports
