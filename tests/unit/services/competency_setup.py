"""A 360° setting on top of the ``org`` fixture: staff1 has a position with competencies, and
five more employees (with accounts) can be chosen as peers."""

from __future__ import annotations

from dataclasses import dataclass, field

from asn_desktop.services import competency as comp
from asn_desktop.services import employees as emp
from asn_desktop.services.workspace import login
from tests.conftest import PASSWORD

PERIOD = "2026-Q3"
PEER_NIPS = (
    "199102022016031004",
    "199203032017032005",
    "199304042018031006",
    "199405052019032007",
    "199506062020031008",
)


@dataclass
class Team:
    position: str
    teknis: str
    sosial: str
    peers: list[str] = field(default_factory=list)
    peer_ctx: list[object] = field(default_factory=list)


def setup_360(org) -> Team:
    admin = org.ctx["admin"]
    position = emp.create_position(admin, unit_id=org.seksi, name="Analis Program", kind="pelaksana")
    emp.update_employee(
        admin,
        org.staff1,
        emp.EmployeeInput(
            nip="199001012015031003",
            name="Staf Satu",
            unit_id=org.seksi,
            supervisor_id=org.kasi,
            position_id=position,
        ),
    )
    teknis = comp.add_position_competency(
        admin,
        position_id=position,
        kind="teknis",
        name="Analisis Data Program",
        required_level=4,
        description="Mengolah data capaian program",
    )
    sosial = comp.add_position_competency(
        admin, position_id=position, kind="sosial_kultural", name="Perekat Bangsa", required_level=2
    )
    team = Team(position, teknis, sosial)
    for i, nip in enumerate(PEER_NIPS):
        peer = emp.create_employee(
            admin,
            emp.EmployeeInput(nip=nip, name=f"Rekan {i + 1}", unit_id=org.seksi, supervisor_id=org.kasi),
        )
        emp.create_user(admin, username=f"rekan{i + 1}", password=PASSWORD, role="pegawai", employee_id=peer)
        team.peers.append(peer)
        team.peer_ctx.append(login(org.ws, f"rekan{i + 1}", PASSWORD))
    return team


def full_answers(ctx, round_id: str, score: int = 3, comment: str | None = None) -> list[comp.AnswerInput]:
    """One answer per item of the round's form, all with ``score``."""
    form = comp.round_form(ctx, round_id)
    return [comp.AnswerInput(i.item_kind, i.item_key, score, comment) for i in form.items]


def answer(ctx, round_id: str, score: int = 3, comment: str | None = None) -> None:
    comp.submit_answers(ctx, round_id=round_id, answers=full_answers(ctx, round_id, score, comment))
