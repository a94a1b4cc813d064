"""The unit of work of a worker process: draw one form, add its fields, sign it, hash it.

A pure function of a picklable ``Job``: no database, no workspace, no global state besides the
per-process caches of fonts and signers. ``services.export`` maps it over a process pool.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

from asn_desktop.domain.formatting import TimeZoneId, format_datetime
from asn_desktop.pdf.fonts import register_fonts
from asn_desktop.pdf.forms import render
from asn_desktop.pdf.model import Document, content_hash
from asn_desktop.pdf.sign import SignAction, add_fields, sign


@dataclass(frozen=True)
class Job:
    doc: Document
    file_name: str
    actions: tuple[SignAction, ...]  # in signing order; empty for an unsigned form
    reason: str
    location: str
    zone: str = "WIB"  # the agency's zone: the signature stamp prints its time in it


@dataclass(frozen=True)
class Produced:
    file_name: str
    pdf: bytes
    content_hash: str
    sha256: str
    signers: tuple[str, ...]


def warm_up() -> None:
    """Run once in each new worker: imports and font registration before the first form."""
    register_fonts()


def produce(job: Job) -> Produced:
    built = render(job.doc)
    pdf = built.pdf
    if job.actions:
        pdf = add_fields(pdf, {a.field_name: built.boxes[a.field_name] for a in job.actions})
        for action in job.actions:
            stamp_time = format_datetime(datetime.now(UTC), TimeZoneId.parse(job.zone), seconds=True)
            pdf = sign(pdf, action, reason=job.reason, location=job.location, stamp_time=stamp_time)
    return Produced(
        job.file_name,
        pdf,
        content_hash(job.doc),
        hashlib.sha256(pdf).hexdigest(),
        tuple(f"{a.name} ({a.nip})" for a in job.actions),
    )
