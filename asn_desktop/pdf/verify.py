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

Only an admin adds an anchor (see ``pdf.trust``).
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from pyhanko.keys import load_certs_from_pemder_data
from pyhanko.pdf_utils.misc import PdfReadError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from asn_desktop.domain.formatting import TimeZoneId, format_datetime
from asn_desktop.errors import AsnError
from asn_desktop.pdf.trust import TRUST_IMPORTED, TRUST_KINDS, TRUST_LABELS, TRUST_OURS, TrustStore

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
        """The one line ``verify`` prints for this signature (time in UTC: no agency is known)."""
        return self.line_in(None)

    def line_in(self, zone: TimeZoneId | None) -> str:
        """The line with the signing time in ``zone`` (WIB/WITA/WIT), as the agency reads it."""
        when = (
            format_datetime(self.signed_at, zone, seconds=True) if self.signed_at else "waktu tidak diketahui"
        )
        state = "utuh" if self.intact else f"DIUBAH ({self.problem})"
        return (
            f"{self.field_name}: {self.signer} · {when} · integritas: {state} · "
            f"kepercayaan: {TRUST_LABELS[self.trust]}"
        )


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


__all__ = [
    "TRUST_IMPORTED",
    "TRUST_KINDS",
    "TRUST_LABELS",
    "TRUST_OURS",
    "SignatureReport",
    "TrustStore",
    "UnreadablePdf",
    "verify_pdf",
]
