"""The organisation: agency, unit tree, positions, employees, and the users who log in."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from asn_desktop.domain import write_rules as wr
from asn_desktop.store.models.base import Base, Synced


class Agency(Synced, Base):
    __tablename__ = "agency"
    write_rule = staticmethod(wr.ADMIN_ONLY)
    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str | None] = mapped_column(String(50))
    city: Mapped[str | None] = mapped_column(String(100))
    # Periodic evaluation is monthly or quarterly, as the agency sets (DOMAIN.md §3).
    periodic_kind: Mapped[str] = mapped_column(String(10), default="triwulan", server_default="triwulan")
    # WIB / WITA / WIT: the zone every printed and shown time is written in (times are stored UTC).
    timezone: Mapped[str] = mapped_column(String(4), default="WIB", server_default="WIB")
    # The forms' header logo: a PNG re-encoded by services.agency (checked, bounded), base64 text so
    # that it travels through sync like any other field.
    logo_png: Mapped[str | None] = mapped_column(Text)


class AgencySetting(Synced, Base):
    """A configuration table of the agency (leader rule, angka kredit tables…), JSON text.

    Declared once in ``services.agency`` with its default and its checker; a row exists only when
    the admin changed the default, and a value read back is checked again before use.
    """

    __tablename__ = "agency_setting"
    write_rule = staticmethod(wr.ADMIN_ONLY)
    key: Mapped[str] = mapped_column(String(60), unique=True)
    value: Mapped[str] = mapped_column(Text)


class Unit(Synced, Base):
    __tablename__ = "unit"
    write_rule = staticmethod(wr.ADMIN_ONLY)
    agency_id: Mapped[str] = mapped_column(ForeignKey("agency.id"))
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("unit.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str | None] = mapped_column(String(50), unique=True)
    # Where this unit's forms are signed, when it is not the agency's city (a branch office).
    city: Mapped[str | None] = mapped_column(String(100))
    # The pimpinan yang berwenang who signs the unit's Dokumen Penetapan Predikat Kinerja; when
    # empty, the head of the unit above (the unit head never signs his own unit's penetapan).
    pimpinan_id: Mapped[str | None] = mapped_column(ForeignKey("employee.id", use_alter=True))


class Position(Synced, Base):
    __tablename__ = "position"
    write_rule = staticmethod(wr.ADMIN_ONLY)
    unit_id: Mapped[str] = mapped_column(ForeignKey("unit.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    # jpt, administrator, pengawas, pelaksana, fungsional
    kind: Mapped[str] = mapped_column(String(20))
    leads_unit: Mapped[bool] = mapped_column(Boolean, default=False)
    # The jenjang of a jabatan fungsional (ahli_pertama…), which sets its angka kredit koefisien.
    jf_jenjang: Mapped[str | None] = mapped_column(String(20))


class Employee(Synced, Base):
    __tablename__ = "employee"
    write_rule = staticmethod(wr.ADMIN_ONLY)
    __table_args__ = (Index("ix_employee_unit_name", "unit_id", "name"),)
    nip: Mapped[str] = mapped_column(String(18), unique=True)
    employee_type: Mapped[str] = mapped_column(String(4))  # PNS / PPPK
    name: Mapped[str] = mapped_column(String(200), index=True)
    pangkat: Mapped[str | None] = mapped_column(String(100))
    golongan: Mapped[str | None] = mapped_column(String(10))
    position_id: Mapped[str | None] = mapped_column(ForeignKey("position.id"))
    unit_id: Mapped[str] = mapped_column(ForeignKey("unit.id"))
    supervisor_id: Mapped[str | None] = mapped_column(ForeignKey("employee.id"), index=True)
    email: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The person's id in SIASN ("PNS ID" of its download; SIASN's pnsDinilaiOrang), when known.
    siasn_id: Mapped[str | None] = mapped_column(String(64))


class User(Synced, Base):
    __tablename__ = "user_account"
    write_rule = staticmethod(wr.user_account)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(10))
    employee_id: Mapped[str | None] = mapped_column(ForeignKey("employee.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The directory (security.userkeys): the user's Ed25519 public key as an admin bound it, the
    # private half sealed with the user's own password, and a key the user asked to have bound
    # (after an upgrade, a user without a key makes one at the next login).
    public_key: Mapped[str | None] = mapped_column(String(64))
    sealed_key: Mapped[str | None] = mapped_column(Text)
    pending_key: Mapped[str | None] = mapped_column(String(64))


class ActingAssignment(Synced, Base):
    """A Plt./Plh. (``domain.acting``): who acts in a position, of which kind, from when to when."""

    __tablename__ = "acting_assignment"
    write_rule = staticmethod(wr.ADMIN_ONLY)
    position_id: Mapped[str] = mapped_column(ForeignKey("position.id"), index=True)
    employee_id: Mapped[str] = mapped_column(ForeignKey("employee.id"), index=True)
    kind: Mapped[str] = mapped_column(String(3))  # plt / plh
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
