"""The agency's own settings the forms print: city (place of signing), time zone, logo; and the
per-unit place and *pimpinan yang berwenang* of the penetapan.

The logo is read as hostile input: only PNG or JPEG, at most ``LOGO_MAX_BYTES`` and
``LOGO_MAX_PIXELS`` (checked from the header before any pixel is decoded, so a decompression bomb
is refused unread), decoded fully once to prove it is an image, then re-encoded as a small PNG
without metadata. What is stored is that PNG, so every form embeds the same, known-good bytes.
"""

from __future__ import annotations

import base64
import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from asn_desktop.domain.formatting import TimeZoneId
from asn_desktop.domain.period import PeriodKind
from asn_desktop.domain.permissions import can_manage_master_data, require
from asn_desktop.errors import ValidationFailed
from asn_desktop.services.context import AppContext
from asn_desktop.services.lookups import get_or_fail
from asn_desktop.services.unit_of_work import read_session, unit_of_work
from asn_desktop.store.models import Agency, Employee, Unit

LOGO_MAX_BYTES = 2 * 1024 * 1024
LOGO_MAX_PIXELS = 25_000_000
LOGO_SIDE = 512  # the stored logo fits in this square (printed 16 mm tall)
LOGO_FORMATS = ("PNG", "JPEG")
_CITY_MAX = 100


@dataclass(frozen=True)
class AgencyView:
    id: str
    name: str
    city: str | None
    timezone: TimeZoneId
    periodic_kind: PeriodKind
    has_logo: bool


def agency_settings(ctx: AppContext) -> AgencyView:
    """What every user's forms print: readable by anyone logged in."""
    with read_session(ctx) as session:
        a = get_or_fail(session, Agency, ctx.workspace.agency_id, "Instansi")
        return AgencyView(
            a.id, a.name, a.city, TimeZoneId.parse(a.timezone), PeriodKind(a.periodic_kind), bool(a.logo_png)
        )


def _city(value: str | None) -> str | None:
    city = (value or "").strip() or None
    if city is not None and len(city) > _CITY_MAX:
        raise ValidationFailed(f"Nama kota paling panjang {_CITY_MAX} karakter.")
    return city


def set_agency(
    ctx: AppContext, *, name: str | None = None, city: str | None = None, timezone: str | None = None
) -> None:
    """Change the agency's name, city (the place its forms are signed) or time zone (WIB/WITA/WIT)."""
    require(can_manage_master_data(ctx.actor), "mengubah pengaturan instansi")
    zone = TimeZoneId.parse(timezone) if timezone is not None else None
    if name is not None and not name.strip():
        raise ValidationFailed("Nama instansi wajib diisi.")
    with unit_of_work(ctx, "agency.settings") as uow:
        agency = get_or_fail(uow.session, Agency, ctx.workspace.agency_id, "Instansi")
        if name is not None:
            agency.name = name.strip()
        if city is not None:
            agency.city = _city(city)
        if zone is not None:
            agency.timezone = zone.value
        uow.audit("agency", agency.id, city=agency.city, timezone=agency.timezone)


_UNREADABLE = "Berkas logo bukan gambar yang dapat dibaca (PNG atau JPEG)."


def _decoded(data: bytes) -> Image.Image:
    """The image, decoded only after its header passed the format and size checks."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        opened = Image.open(io.BytesIO(data))
        if opened.format not in LOGO_FORMATS:
            raise ValidationFailed(f"Logo harus berupa gambar PNG atau JPEG, bukan {opened.format}.")
        width, height = opened.size
        if width * height > LOGO_MAX_PIXELS:
            raise ValidationFailed(f"Ukuran gambar logo tidak wajar ({width} × {height} piksel).")
        opened.load()
        return opened.convert("RGBA")


def _checked_png(data: bytes) -> bytes:
    if len(data) > LOGO_MAX_BYTES:
        raise ValidationFailed(f"Berkas logo terlalu besar ({len(data) // 1024} KB); paling besar 2 MB.")
    try:
        image = _decoded(data)
    except (
        UnidentifiedImageError,
        OSError,
        Image.DecompressionBombWarning,
        Image.DecompressionBombError,
    ) as exc:
        raise ValidationFailed(_UNREADABLE) from exc
    image.thumbnail((LOGO_SIDE, LOGO_SIDE))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def set_logo(ctx: AppContext, *, data: bytes | None) -> None:
    """Set the logo of the forms' header (``None`` removes it); refused unless it is a real image."""
    require(can_manage_master_data(ctx.actor), "mengubah logo instansi")
    stored = base64.b64encode(_checked_png(data)).decode("ascii") if data is not None else None
    with unit_of_work(ctx, "agency.logo") as uow:
        agency = get_or_fail(uow.session, Agency, ctx.workspace.agency_id, "Instansi")
        agency.logo_png = stored
        uow.audit("agency", agency.id, logo=stored is not None)


def set_logo_file(ctx: AppContext, *, path: Path) -> None:
    """``set_logo`` from a file, read only up to the size limit (a huge file is refused unread)."""
    try:
        with path.open("rb") as handle:
            data = handle.read(LOGO_MAX_BYTES + 1)
    except OSError as exc:
        raise ValidationFailed(f"Berkas logo {path.name} tidak dapat dibaca.") from exc
    set_logo(ctx, data=data)


def logo_png(ctx: AppContext) -> bytes | None:
    """The stored logo PNG, for the settings preview."""
    with read_session(ctx) as session:
        stored = get_or_fail(session, Agency, ctx.workspace.agency_id, "Instansi").logo_png
    return base64.b64decode(stored) if stored else None


@dataclass(frozen=True)
class UnitSettings:
    unit_id: str
    city: str | None
    pimpinan_id: str | None
    pimpinan_label: str | None  # "Nama — NIP" of the configured pimpinan yang berwenang


def unit_settings(ctx: AppContext, *, unit_id: str) -> UnitSettings:
    require(can_manage_master_data(ctx.actor), "melihat pengaturan unit kerja")
    with read_session(ctx) as session:
        unit = get_or_fail(session, Unit, unit_id, "Unit kerja")
        boss = session.get(Employee, unit.pimpinan_id) if unit.pimpinan_id else None
        label = f"{boss.name} — {boss.nip}" if boss else None
        return UnitSettings(unit.id, unit.city, unit.pimpinan_id, label)


def set_unit_settings(
    ctx: AppContext,
    *,
    unit_id: str,
    city: str | None = None,
    pimpinan_id: str | None = None,
    clear_pimpinan: bool = False,
) -> None:
    """A unit's own place of signing and the *pimpinan yang berwenang* who signs its penetapan.

    The unit's own head cannot be its pimpinan yang berwenang: he is rated by that penetapan.
    """
    require(can_manage_master_data(ctx.actor), "mengubah pengaturan unit kerja")
    with unit_of_work(ctx, "unit.settings") as uow:
        unit = get_or_fail(uow.session, Unit, unit_id, "Unit kerja")
        if city is not None:
            unit.city = _city(city)
        if pimpinan_id is not None:
            boss = get_or_fail(uow.session, Employee, pimpinan_id, "Pimpinan yang berwenang")
            if boss.unit_id == unit.id:
                raise ValidationFailed(
                    "Pimpinan yang berwenang menetapkan predikat unit ini dan tidak boleh "
                    "pegawai unit itu sendiri."
                )
            unit.pimpinan_id = boss.id
        elif clear_pimpinan:
            unit.pimpinan_id = None
        uow.audit("unit", unit.id, city=unit.city, pimpinan_id=unit.pimpinan_id)
