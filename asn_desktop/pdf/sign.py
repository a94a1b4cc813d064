"""PAdES signatures with pyHanko: empty visible fields first, then one incremental update each.

Why this way:

* Sub-filter ``ETSI.CAdES.detached`` (PAdES B-B), not pyHanko's default ``adbe.pkcs7.detached``:
  the regulation-era archives and the EU/Indonesian validators expect PAdES; pdfsig reports both.
* Both signature fields are created *before* the first signature (``add_fields``), so the
  first signer signs a document whose form already holds the second field; the second
  signature then only fills that field, which every validator classes as allowed form filling,
  and the first signature stays valid.
* Each signature is an incremental update: the bytes the first signer signed are never
  rewritten.
* Signers are cached per process (``_signer``): a pejabat penilai signs every form of the
  team, and parsing the key and chain once per worker is what keeps the overhead over bare
  pyHanko small.
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from pyhanko.keys import load_certs_from_pemder_data, load_private_key_from_pemder_data
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.signers.pdf_signer import PdfSignatureMetadata, PdfSigner
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore

from asn_desktop.pdf.certs import Identity
from asn_desktop.pdf.layout import FieldBoxes

# The time is given as text (``stamp_time``), written the Indonesian way in the agency's zone
# ("1 Desember 2026 pukul 14.36.04 WIB") under its own key: pyHanko overwrites "ts" with its
# numeric, OS-zone text.
_STYLE = TextStampStyle(
    stamp_text="Ditandatangani secara elektronik\n%(signer)s\n%(nip_label)s %(nip)s\n%(waktu)s",
    border_width=0,
)


@dataclass(frozen=True)
class SignAction:
    """One signature to add: into which field, with whose identity, shown with which name."""

    field_name: str
    identity: Identity
    name: str
    nip: str
    nip_label: str = "NIP"  # "NI PPPK" for a PPPK


def add_fields(pdf: bytes, boxes: FieldBoxes) -> bytes:
    """Add the empty visible signature fields recorded while drawing, in one update."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    for name, (page, box) in boxes.items():
        fields.append_signature_field(writer, fields.SigFieldSpec(name, on_page=page, box=box))
    out = io.BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]
    return bytes(out.getvalue())


@lru_cache(maxsize=512)
def _signer(identity: Identity) -> signers.SimpleSigner:
    key = load_private_key_from_pemder_data(identity.key_pem, passphrase=None)
    cert = next(iter(load_certs_from_pemder_data(identity.cert_pem)))
    chain = list(load_certs_from_pemder_data(identity.chain_pem)) if identity.chain_pem.strip() else []
    registry = SimpleCertificateStore.from_certs(chain)  # type: ignore[no-untyped-call]
    return signers.SimpleSigner(signing_cert=cert, signing_key=key, cert_registry=registry)


def _latin(text: str) -> str:
    # The stamp uses a standard PDF font (no embedding in the appearance stream); letters
    # outside Latin-1 are folded to their base letter rather than lost.
    folded = unicodedata.normalize("NFKD", text)
    return folded.encode("latin-1", "ignore").decode("latin-1")


def sign(pdf: bytes, action: SignAction, *, reason: str, location: str, stamp_time: str) -> bytes:
    """Add one PAdES B-B signature into the existing field ``action.field_name``.

    ``stamp_time`` is the signing time as the visible stamp prints it (the CMS signing time stays
    the exact UTC instant validators read).
    """
    meta = PdfSignatureMetadata(
        field_name=action.field_name,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=_latin(reason),
        location=_latin(location),
        name=_latin(action.name),
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    pdf_signer = PdfSigner(meta, _signer(action.identity), stamp_style=_STYLE)
    out = pdf_signer.sign_pdf(
        writer,
        existing_fields_only=True,
        appearance_text_params={
            "signer": _latin(action.name),
            "nip_label": action.nip_label,
            "nip": action.nip,
            "waktu": _latin(stamp_time),
        },
    )
    return bytes(out.getvalue())
