"""The agency's trust decisions that travel: enrolled devices (and their revocation), attested history.

Both are admin-only data: every laptop refuses a change to them that no admin signed.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from asn_desktop.domain import write_rules as wr
from asn_desktop.store.models.base import Base, Synced


class Device(Synced, Base):
    """A laptop the admin enrolled (``id`` is its device id); a revoked one is refused past a bundle.

    ``revoked_after`` is the last bundle seq of the device that still counts: everything it wrote
    later is refused on every laptop, whatever order the files arrive in.
    """

    __tablename__ = "device"
    write_rule = staticmethod(wr.ADMIN_ONLY)
    name: Mapped[str] = mapped_column(String(200))
    public_key: Mapped[str] = mapped_column(String(64))
    enrolled_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime | None] = mapped_column(DateTime)
    revoked_after: Mapped[int | None] = mapped_column(Integer)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    revoked_reason: Mapped[str | None] = mapped_column(Text)


class LegacyAttestation(Synced, Base):
    """An admin vouches for a batch of changes made before changes were signed (an upgrade).

    ``digest`` names the legacy batch (``sync.batch``): a bundle of the old format, or the
    unsigned changes an upgraded laptop had not pushed yet.
    """

    __tablename__ = "legacy_attestation"
    write_rule = staticmethod(wr.ADMIN_ONLY)
    digest: Mapped[str] = mapped_column(String(80), unique=True)
    note: Mapped[str | None] = mapped_column(Text)
