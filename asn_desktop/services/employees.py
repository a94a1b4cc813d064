"""Master data: units, positions, employees, users, organisation predikat (admin's work)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.domain.angka_kredit import JENJANG_LABELS
from asn_desktop.domain.curve import PredikatOrganisasi
from asn_desktop.domain.nip import parse_nip
from asn_desktop.domain.permissions import Role, can_manage_master_data, can_manage_users, require
from asn_desktop.errors import ValidationFailed
from asn_desktop.security.passwords import check_password_strength, hash_password
from asn_desktop.security.userkeys import new_user_key
from asn_desktop.services.context import AppContext
from asn_desktop.services.lookups import get_or_fail
from asn_desktop.services.unit_of_work import unit_of_work
from asn_desktop.store.models import Employee, OrgPredikat, Position, Unit, User

POSITION_KINDS = ("jpt", "administrator", "pengawas", "pelaksana", "fungsional")


@dataclass(frozen=True)
class EmployeeInput:
    """One employee as typed in a form or read from an import row."""

    nip: str
    name: str
    unit_id: str
    employee_type: str | None = None
    pangkat: str | None = None
    golongan: str | None = None
    position_id: str | None = None
    supervisor_id: str | None = None
    email: str | None = None


def _required(value: str, label: str) -> str:
    if not value or not value.strip():
        raise ValidationFailed(f"{label} wajib diisi.")
    return value.strip()


def create_unit(ctx: AppContext, *, name: str, parent_id: str | None = None, code: str | None = None) -> str:
    require(can_manage_master_data(ctx.actor), "mengelola data induk")
    with unit_of_work(ctx, "unit.create") as uow:
        if parent_id is not None:
            get_or_fail(uow.session, Unit, parent_id, "Unit induk")
        unit = Unit(
            agency_id=ctx.workspace.agency_id,
            parent_id=parent_id,
            name=_required(name, "Nama unit"),
            code=code,
        )
        uow.session.add(unit)
        uow.session.flush()
        uow.audit("unit", unit.id, name=unit.name)
        return unit.id


def check_jenjang(kind: str, jenjang: str | None) -> str | None:
    """The jenjang of a jabatan fungsional (angka kredit koefisien); other positions have none."""
    if not jenjang:
        return None
    if kind != "fungsional":
        raise ValidationFailed("Jenjang hanya untuk jabatan fungsional.")
    if jenjang not in JENJANG_LABELS:
        raise ValidationFailed(f"Jenjang jabatan fungsional tidak dikenal: {jenjang!r}.")
    return jenjang


def create_position(
    ctx: AppContext,
    *,
    unit_id: str,
    name: str,
    kind: str,
    leads_unit: bool = False,
    jf_jenjang: str | None = None,
) -> str:
    require(can_manage_master_data(ctx.actor), "mengelola data induk")
    if kind not in POSITION_KINDS:
        raise ValidationFailed(
            f"Jenis jabatan tidak dikenal: {kind!r} (pilihan: {', '.join(POSITION_KINDS)})."
        )
    jenjang = check_jenjang(kind, jf_jenjang)
    with unit_of_work(ctx, "position.create") as uow:
        get_or_fail(uow.session, Unit, unit_id, "Unit kerja")
        pos = Position(
            unit_id=unit_id,
            name=_required(name, "Nama jabatan"),
            kind=kind,
            leads_unit=leads_unit,
            jf_jenjang=jenjang,
        )
        uow.session.add(pos)
        uow.session.flush()
        uow.audit("position", pos.id, name=pos.name)
        return pos.id


def validate_employee(data: EmployeeInput) -> tuple[str, str]:
    """Check an employee's own fields; returns (nip digits, employee type). Raises on bad input."""
    _required(data.name, "Nama pegawai")
    nip = parse_nip(data.nip, data.employee_type.upper() if data.employee_type else None)
    return nip.text, nip.kind


def _check_references(session: Session, data: EmployeeInput) -> None:
    get_or_fail(session, Unit, data.unit_id, "Unit kerja")
    if data.position_id:
        get_or_fail(session, Position, data.position_id, "Jabatan")
    if data.supervisor_id:
        get_or_fail(session, Employee, data.supervisor_id, "Atasan langsung")


def create_employee(ctx: AppContext, data: EmployeeInput) -> str:
    require(can_manage_master_data(ctx.actor), "mengelola data pegawai")
    nip, kind = validate_employee(data)
    with unit_of_work(ctx, "employee.create") as uow:
        _check_references(uow.session, data)
        if uow.session.scalars(select(Employee.id).where(Employee.nip == nip)).first():
            raise ValidationFailed(f"NIP {nip} sudah terdaftar.")
        emp = Employee(
            nip=nip,
            employee_type=kind,
            name=data.name.strip(),
            unit_id=data.unit_id,
            pangkat=data.pangkat,
            golongan=data.golongan,
            position_id=data.position_id,
            supervisor_id=data.supervisor_id,
            email=data.email,
        )
        uow.session.add(emp)
        uow.session.flush()
        uow.audit("employee", emp.id, nip=nip)
        return emp.id


def update_employee(ctx: AppContext, employee_id: str, data: EmployeeInput) -> None:
    require(can_manage_master_data(ctx.actor), "mengelola data pegawai")
    nip, kind = validate_employee(data)
    if data.supervisor_id == employee_id:
        raise ValidationFailed("Pegawai tidak dapat menjadi atasan dirinya sendiri.")
    with unit_of_work(ctx, "employee.update") as uow:
        emp = get_or_fail(uow.session, Employee, employee_id, "Pegawai")
        _check_references(uow.session, data)
        clash = uow.session.scalars(
            select(Employee.id).where(Employee.nip == nip, Employee.id != employee_id)
        )
        if clash.first():
            raise ValidationFailed(f"NIP {nip} sudah dipakai pegawai lain.")
        emp.nip, emp.employee_type, emp.name = nip, kind, data.name.strip()
        emp.unit_id, emp.position_id, emp.supervisor_id = data.unit_id, data.position_id, data.supervisor_id
        emp.pangkat, emp.golongan, emp.email = data.pangkat, data.golongan, data.email
        uow.audit("employee", emp.id, nip=nip)


def create_user(
    ctx: AppContext, *, username: str, password: str, role: Role | str, employee_id: str | None = None
) -> str:
    require(can_manage_users(ctx.actor), "mengelola pengguna")
    role = Role(role)
    check_password_strength(password)
    if role is not Role.ADMIN and employee_id is None:
        raise ValidationFailed("Pengguna pegawai atau penilai harus terhubung dengan data pegawai.")
    with unit_of_work(ctx, "user.create") as uow:
        if employee_id:
            get_or_fail(uow.session, Employee, employee_id, "Pegawai")
        name = _required(username, "Nama pengguna")
        if uow.session.scalars(select(User.id).where(User.username == name)).first():
            raise ValidationFailed(f"Nama pengguna {name!r} sudah dipakai.")
        # The user's own signing key, sealed with the password the admin sets now; the public
        # half, written here by the admin, is the user's entry in the directory (``sync.authz``).
        _, public, sealed = new_user_key(password)
        user = User(
            username=name,
            password_hash=hash_password(password),
            role=role.value,
            employee_id=employee_id,
            public_key=public,
            sealed_key=sealed,
        )
        uow.session.add(user)
        uow.session.flush()
        uow.audit("user", user.id, username=name, role=role.value)
        return user.id


def set_org_predikat(ctx: AppContext, *, unit_id: str, year: int, predikat: PredikatOrganisasi | str) -> None:
    """Record the unit's Predikat Kinerja Organisasi, which bounds its employees' distribution."""
    require(can_manage_master_data(ctx.actor), "menetapkan predikat kinerja organisasi")
    value = PredikatOrganisasi(predikat)
    with unit_of_work(ctx, "org_predikat.set") as uow:
        get_or_fail(uow.session, Unit, unit_id, "Unit kerja")
        row = uow.session.scalars(
            select(OrgPredikat).where(OrgPredikat.unit_id == unit_id, OrgPredikat.year == year)
        ).one_or_none()
        if row is None:
            row = OrgPredikat(unit_id=unit_id, year=year, predikat=value.value)
            uow.session.add(row)
        else:
            row.predikat = value.value
        uow.session.flush()
        uow.audit("org_predikat", row.id, unit_id=unit_id, year=year, predikat=value.value)
