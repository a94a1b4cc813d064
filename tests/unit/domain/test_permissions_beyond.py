"""Permissions of the work log, 360° rounds, public feedback and follow-up, per role and relation."""

from __future__ import annotations

import pytest

from asn_desktop.domain.permissions import (
    Actor,
    Role,
    Subject,
    can_comment_worklog,
    can_log_work,
    can_manage_follow_up,
    can_manage_own_signing_key,
    can_manage_trust_anchors,
    can_open_feedback_round,
    can_record_public_feedback,
    can_view_agency_follow_ups,
)

# Budi (E1) is supervised by Sari (E2); Sari by Andi (E3), an admin who is also an employee.
BUDI = Subject("E1", "E2")
budi = Actor("u1", Role.PEGAWAI, "E1")
sari = Actor("u2", Role.PENILAI, "E2")
sari_as_pegawai = Actor("u2b", Role.PEGAWAI, "E2")
andi = Actor("u3", Role.ADMIN, "E3")
other_penilai = Actor("u4", Role.PENILAI, "E4")
it_admin = Actor("u5", Role.ADMIN, None)


@pytest.mark.parametrize(
    ("actor", "log", "comment", "round_", "follow_up"),
    [
        (budi, True, False, False, False),
        (sari, False, True, True, True),
        (sari_as_pegawai, False, False, False, False),  # the supervisor needs the penilai role
        (andi, False, False, False, False),  # the supervisor's supervisor is not the penilai
        (other_penilai, False, False, False, False),
        (it_admin, False, False, False, False),
    ],
)
def test_relation_bound_rights(actor: Actor, log: bool, comment: bool, round_: bool, follow_up: bool) -> None:
    assert can_log_work(actor, BUDI) is log
    assert can_comment_worklog(actor, BUDI) is comment
    assert can_open_feedback_round(actor, BUDI) is round_
    assert can_manage_follow_up(actor, BUDI) is follow_up


@pytest.mark.parametrize(
    ("actor", "record", "hr"),
    [(budi, False, False), (sari, True, False), (andi, True, True), (it_admin, True, True)],
)
def test_role_bound_rights(actor: Actor, record: bool, hr: bool) -> None:
    assert can_record_public_feedback(actor) is record
    assert can_view_agency_follow_ups(actor) is hr


@pytest.mark.parametrize(
    ("actor", "anchors", "own_key"),
    [
        (budi, False, True),
        (sari, False, False),  # the supervisor never sets the subordinate's signing passphrase
        (andi, True, False),  # nor does the admin: trusted CAs are theirs, the passphrase is Budi's
        (it_admin, True, False),
    ],
)
def test_trust_anchors_are_the_admins_and_a_signing_key_its_owners(
    actor: Actor, anchors: bool, own_key: bool
) -> None:
    assert can_manage_trust_anchors(actor) is anchors
    assert can_manage_own_signing_key(actor, BUDI) is own_key


def test_keberatan_permissions() -> None:
    from asn_desktop.domain.permissions import (
        Actor,
        Role,
        Subject,
        can_decide_objection,
        can_file_objection,
        can_view_objected_assessment,
    )

    pegawai = Actor("u1", Role.PEGAWAI, "e1")
    penilai = Actor("u2", Role.PENILAI, "e2")
    atasan = Actor("u3", Role.PENILAI, "e3")
    subject, assessor = Subject("e1", "e2"), Subject("e2", "e3")
    assert can_file_objection(pegawai, subject)
    assert not can_file_objection(penilai, subject)
    assert can_decide_objection(atasan, assessor)
    assert not can_decide_objection(penilai, assessor)
    assert not can_decide_objection(pegawai, assessor)
    assert can_view_objected_assessment(atasan, assessor, objected=True)
    assert not can_view_objected_assessment(atasan, assessor, objected=False)
    assert not can_view_objected_assessment(penilai, assessor, objected=True)
