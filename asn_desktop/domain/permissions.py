"""Who may do what to whose records.

Every service calls these predicates before acting; the UI uses them only to hide what a user may
not do. Permission depends on the role *and* on the relation to the record (oneself, one's direct
subordinate), because a penilai may rate their own staff but not another unit's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from asn_desktop.domain.errors import PermissionDenied

__all__ = [
    "Actor",
    "FeedbackSource",
    "Role",
    "Subject",
    "can_assess",
    "can_comment_worklog",
    "can_decide_objection",
    "can_edit_own_plan",
    "can_file_objection",
    "can_give_feedback",
    "can_log_work",
    "can_manage_follow_up",
    "can_manage_master_data",
    "can_manage_own_signing_key",
    "can_manage_trust_anchors",
    "can_manage_users",
    "can_open_feedback_round",
    "can_record_public_feedback",
    "can_review_skp",
    "can_run_meeting",
    "can_share_results",
    "can_view",
    "can_view_agency_follow_ups",
    "can_view_objected_assessment",
    "can_view_unit",
    "can_view_unit_within",
    "is_self",
    "is_supervisor_of",
    "require",
]


class Role(StrEnum):
    """The role a user logs in with; the value is stored with the user account."""

    PEGAWAI = "pegawai"
    PENILAI = "penilai"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        """Indonesian name for the user list and the login banner."""
        return _ROLE_LABELS[self]


class FeedbackSource(StrEnum):
    """Who gives a piece of feedback; the supervisor sees each source separately beside the evidence."""

    SELF = "diri"
    SUPERVISOR = "atasan"
    PEER = "rekan"
    PUBLIC = "masyarakat"

    @property
    def label(self) -> str:
        """Indonesian name for the feedback tabs."""
        return _SOURCE_LABELS[self]


_ROLE_LABELS: Final = {
    Role.PEGAWAI: "Pegawai",
    Role.PENILAI: "Pejabat Penilai",
    Role.ADMIN: "Administrator",
}
_SOURCE_LABELS: Final = {
    FeedbackSource.SELF: "Penilaian Diri",
    FeedbackSource.SUPERVISOR: "Atasan",
    FeedbackSource.PEER: "Rekan Kerja",
    FeedbackSource.PUBLIC: "Masyarakat",
}


@dataclass(frozen=True)
class Actor:
    """The logged-in user; ``employee_id`` is ``None`` for an account that is not an employee."""

    user_id: str
    role: Role
    employee_id: str | None


@dataclass(frozen=True)
class Subject:
    """The employee whose record is touched, with that employee's direct supervisor.

    ``former_penilai``: the pejabat penilai of an SKP a mutasi closed (recent years), who still
    evaluates those months after the pegawai moved on, and so must still see his records.
    """

    employee_id: str
    supervisor_id: str | None
    former_penilai: frozenset[str] = frozenset()


def is_self(actor: Actor, subject: Subject) -> bool:
    """The record is the actor's own."""
    return actor.employee_id is not None and actor.employee_id == subject.employee_id


def is_supervisor_of(actor: Actor, subject: Subject) -> bool:
    """The actor is the subject's pejabat penilai: the direct supervisor, logged in with a rating role."""
    return (
        actor.role in (Role.PENILAI, Role.ADMIN)
        and actor.employee_id is not None
        and actor.employee_id == subject.supervisor_id
    )


def is_former_penilai(actor: Actor, subject: Subject) -> bool:
    """The actor rates the months of an SKP of the subject that a mutasi closed."""
    return (
        actor.role in (Role.PENILAI, Role.ADMIN)
        and actor.employee_id is not None
        and actor.employee_id in subject.former_penilai
    )


def _is_admin(actor: Actor) -> bool:
    return actor.role == Role.ADMIN


def can_manage_master_data(actor: Actor) -> bool:
    """Units, positions, employees and reference tables are the admin's."""
    return _is_admin(actor)


def can_manage_users(actor: Actor) -> bool:
    """Accounts, roles and devices are the admin's."""
    return _is_admin(actor)


def can_manage_trust_anchors(actor: Actor) -> bool:
    """Which CAs the agency trusts, and which imported certificates may sign, is the admin's call:
    a trusted CA vouches for every name it certifies, the supervisor's included."""
    return _is_admin(actor)


def can_manage_own_signing_key(actor: Actor, subject: Subject) -> bool:
    """A signing key's passphrase is set and changed by its owner alone, whatever their role."""
    return is_self(actor, subject)


def can_view(actor: Actor, subject: Subject) -> bool:
    """An employee's records are seen by the employee, the direct supervisor and the admin — and,
    after a mutasi, by the penilai of the SKP it closed, who evaluates those months."""
    return (
        _is_admin(actor)
        or is_self(actor, subject)
        or is_supervisor_of(actor, subject)
        or is_former_penilai(actor, subject)
    )


def can_edit_own_plan(actor: Actor, subject: Subject) -> bool:
    """Drafting and submitting the SKP, recording realisations, attaching evidence and self-assessing
    are the employee's own acts, whatever role the employee logs in with."""
    return is_self(actor, subject)


def can_review_skp(actor: Actor, subject: Subject) -> bool:
    """Approving or returning an SKP belongs to the direct supervisor."""
    return is_supervisor_of(actor, subject)


def can_share_results(actor: Actor, leader: Subject, member: Subject) -> bool:
    """The Matriks Pembagian Peran dan Hasil is the leader's own: he shares out his own RHK, and
    only among the people he rates (``domain.matrix``)."""
    return is_self(actor, leader) and is_supervisor_of(actor, member)


def can_assess(actor: Actor, subject: Subject) -> bool:
    """Setting the ratings and finalising belongs to the direct supervisor."""
    return is_supervisor_of(actor, subject)


def can_give_feedback(actor: Actor, subject: Subject, source: FeedbackSource) -> bool:
    """Each feedback source has its own giver, so one source cannot pose as another."""
    source = FeedbackSource(source)
    if source is FeedbackSource.SELF:
        return is_self(actor, subject)
    if source is FeedbackSource.SUPERVISOR:
        return is_supervisor_of(actor, subject)
    if source is FeedbackSource.PEER:
        return actor.employee_id is not None and actor.employee_id != subject.employee_id
    # The public has no account: an admin or the supervisor records what was received.
    return _is_admin(actor) or is_supervisor_of(actor, subject)


def can_run_meeting(actor: Actor) -> bool:
    """A review meeting (several employees on one laptop) is led by a penilai or an admin."""
    return actor.role in (Role.PENILAI, Role.ADMIN)


def can_view_unit(actor: Actor) -> bool:
    """Unit overviews and the distribution curve are for penilai and admin."""
    return actor.role in (Role.PENILAI, Role.ADMIN)


def can_view_unit_within(
    actor: Actor, actor_unit: str | None, unit: str, parent_of: Mapping[str, str | None]
) -> bool:
    """A unit's people, statuses and predikat are seen by the admin, and by a penilai for their
    own unit and the units below it — never another unit's."""
    if _is_admin(actor):
        return True
    if actor.role is not Role.PENILAI or actor_unit is None:
        return False
    seen: set[str] = set()
    current: str | None = unit
    while current is not None and current not in seen:
        if current == actor_unit:
            return True
        seen.add(current)
        current = parent_of.get(current)
    return False


def can_log_work(actor: Actor, subject: Subject) -> bool:
    """The daily work log is the employee's own notebook."""
    return is_self(actor, subject)


def can_comment_worklog(actor: Actor, subject: Subject) -> bool:
    """Comments on a subordinate's work log come from the direct supervisor."""
    return is_supervisor_of(actor, subject)


def can_open_feedback_round(actor: Actor, subject: Subject) -> bool:
    """A 360° round (opening, choosing peers, closing) is run by the direct supervisor."""
    return is_supervisor_of(actor, subject)


def can_record_public_feedback(actor: Actor) -> bool:
    """The public has no account: a penilai or an admin types in or imports what was received."""
    return actor.role in (Role.PENILAI, Role.ADMIN)


def can_manage_follow_up(actor: Actor, subject: Subject) -> bool:
    """Follow-up (reward, coaching, training) is decided by the supervisor who assessed."""
    return is_supervisor_of(actor, subject)


def can_view_agency_follow_ups(actor: Actor) -> bool:
    """HR (the admin role) follows every open follow-up of the agency."""
    return _is_admin(actor)


def can_file_objection(actor: Actor, subject: Subject) -> bool:
    """A keberatan is the evaluated pegawai's own act, against their own assessment."""
    return is_self(actor, subject)


def can_decide_objection(actor: Actor, assessor: Subject) -> bool:
    """The atasan pejabat penilai decides: the supervisor of the pejabat penilai who assessed.

    ``assessor`` is the pejabat penilai as a subject (with his own supervisor), not the pegawai.
    """
    return is_supervisor_of(actor, assessor)


def can_view_objected_assessment(actor: Actor, assessor: Subject, *, objected: bool) -> bool:
    """The atasan pejabat penilai may open an assessment once it is objected to, to decide it;
    before any keberatan the assessment stays between the pegawai and the pejabat penilai."""
    return objected and can_decide_objection(actor, assessor)


def require(allowed: bool, what: str) -> None:
    """Turn a predicate's answer into the one refusal every service raises.

    ``what`` completes the sentence "Anda tidak berwenang …", e.g. "menyetujui SKP ini".
    """
    if not allowed:
        raise PermissionDenied(f"Anda tidak berwenang {what}.")
