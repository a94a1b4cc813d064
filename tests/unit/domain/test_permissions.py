"""Permissions by role and by relation to the record."""

from __future__ import annotations

import pytest

from asn_desktop.domain.errors import DomainError, PermissionDenied
from asn_desktop.domain.permissions import (
    Actor,
    FeedbackSource,
    Role,
    Subject,
    can_assess,
    can_edit_own_plan,
    can_give_feedback,
    can_manage_master_data,
    can_manage_users,
    can_review_skp,
    can_run_meeting,
    can_view,
    can_view_unit,
    is_former_penilai,
    is_self,
    is_supervisor_of,
    require,
)

# Budi (E1) is supervised by Sari (E2); Sari is supervised by Andi (E3), an admin who is also an employee.
BUDI = Subject("E1", "E2")
SARI = Subject("E2", "E3")
TOP = Subject("E9", None)

budi = Actor("u1", Role.PEGAWAI, "E1")
sari = Actor("u2", Role.PENILAI, "E2")
andi = Actor("u3", Role.ADMIN, "E3")
sari_as_pegawai = Actor("u2b", Role.PEGAWAI, "E2")  # a supervisor's account without the penilai role
other_penilai = Actor("u4", Role.PENILAI, "E4")
it_admin = Actor("u5", Role.ADMIN, None)  # an operator who is not an employee
ghost = Actor("u6", Role.PENILAI, None)

ACTORS = {
    "budi": budi,
    "sari": sari,
    "andi": andi,
    "sari_as_pegawai": sari_as_pegawai,
    "other_penilai": other_penilai,
    "it_admin": it_admin,
    "ghost": ghost,
}


def who(predicate: object, subject: Subject | None = None, *extra: object) -> set[str]:
    def allowed(actor: Actor) -> bool:
        if subject is None:
            return predicate(actor)  # type: ignore[operator,no-any-return]
        return predicate(actor, subject, *extra)  # type: ignore[operator,no-any-return]

    return {name for name, actor in ACTORS.items() if allowed(actor)}


def test_is_self() -> None:
    assert who(is_self, BUDI) == {"budi"}
    assert who(is_self, SARI) == {"sari", "sari_as_pegawai"}


def test_is_supervisor_of_needs_the_relation_and_a_rating_role() -> None:
    assert who(is_supervisor_of, BUDI) == {"sari"}
    assert who(is_supervisor_of, SARI) == {"andi"}


def test_top_of_the_tree_has_no_supervisor() -> None:
    assert who(is_supervisor_of, TOP) == set()
    assert who(can_view, TOP) == {"andi", "it_admin"}


def test_admin_only_actions() -> None:
    assert who(can_manage_master_data) == {"andi", "it_admin"}
    assert who(can_manage_users) == {"andi", "it_admin"}


def test_unit_level_actions() -> None:
    assert who(can_run_meeting) == {"sari", "andi", "other_penilai", "it_admin", "ghost"}
    assert who(can_view_unit) == {"sari", "andi", "other_penilai", "it_admin", "ghost"}


def test_can_view() -> None:
    assert who(can_view, BUDI) == {"budi", "sari", "andi", "it_admin"}
    assert who(can_view, SARI) == {"sari", "sari_as_pegawai", "andi", "it_admin"}


def test_after_a_mutasi_the_closed_skps_penilai_still_sees_the_pegawai() -> None:
    # Budi moved from under Sari (E2) to under Andi (E3): Sari rated the months of his closed SKP.
    moved = Subject("E1", "E3", former_penilai=frozenset({"E2"}))
    assert who(is_former_penilai, moved) == {"sari"}, "a rating role is needed, as for the supervisor"
    assert who(can_view, moved) == {"budi", "sari", "andi", "it_admin"}
    assert who(can_assess, moved) == {"andi"}, "seeing is not rating: the SKP's own subject decides that"
    assert who(is_former_penilai, BUDI) == set()


def test_own_plan_is_only_ones_own_whatever_the_role() -> None:
    assert who(can_edit_own_plan, BUDI) == {"budi"}
    assert who(can_edit_own_plan, SARI) == {"sari", "sari_as_pegawai"}


def test_review_and_assess_are_the_direct_supervisors() -> None:
    for predicate in (can_review_skp, can_assess):
        assert who(predicate, BUDI) == {"sari"}
        assert who(predicate, SARI) == {"andi"}


@pytest.mark.parametrize(
    ("source", "subject", "expected"),
    [
        (FeedbackSource.SELF, BUDI, {"budi"}),
        (FeedbackSource.SUPERVISOR, BUDI, {"sari"}),
        (FeedbackSource.PEER, BUDI, {"sari", "andi", "sari_as_pegawai", "other_penilai"}),
        (FeedbackSource.PUBLIC, BUDI, {"sari", "andi", "it_admin"}),
        (FeedbackSource.SELF, SARI, {"sari", "sari_as_pegawai"}),
        (FeedbackSource.SUPERVISOR, SARI, {"andi"}),
        (FeedbackSource.PEER, SARI, {"budi", "andi", "other_penilai"}),
        (FeedbackSource.PUBLIC, SARI, {"andi", "it_admin"}),
    ],
)
def test_feedback_sources(source: FeedbackSource, subject: Subject, expected: set[str]) -> None:
    assert who(can_give_feedback, subject, source) == expected
    assert who(can_give_feedback, subject, source.value) == expected


def test_unknown_feedback_source_is_refused() -> None:
    with pytest.raises(ValueError, match="tetangga"):
        can_give_feedback(budi, SARI, "tetangga")  # type: ignore[arg-type]


def test_require() -> None:
    require(True, "melihat data ini")
    with pytest.raises(PermissionDenied) as excinfo:
        require(False, "menyetujui SKP ini")
    assert excinfo.value.message == "Anda tidak berwenang menyetujui SKP ini."
    assert excinfo.value.code == "permission_denied"
    assert isinstance(excinfo.value, DomainError)


def test_labels_and_values() -> None:
    assert [(r.value, r.label) for r in Role] == [
        ("pegawai", "Pegawai"),
        ("penilai", "Pejabat Penilai"),
        ("admin", "Administrator"),
    ]
    assert [(s.value, s.label) for s in FeedbackSource] == [
        ("diri", "Penilaian Diri"),
        ("atasan", "Atasan"),
        ("rekan", "Rekan Kerja"),
        ("masyarakat", "Masyarakat"),
    ]


def test_actor_and_subject_are_values() -> None:
    assert Actor("u1", Role.PEGAWAI, "E1") == budi
    assert hash(Subject("E1", "E2")) == hash(BUDI)
    with pytest.raises(AttributeError):
        budi.role = Role.ADMIN  # type: ignore[misc]


def test_a_penilai_sees_their_own_unit_and_below_only() -> None:
    from asn_desktop.domain.permissions import Actor, Role, can_view_unit_within

    tree = {"kantor": None, "bidang": "kantor", "seksi": "bidang", "lain": None, "a": "b", "b": "a"}
    penilai = Actor("u1", Role.PENILAI, "e1")
    assert can_view_unit_within(penilai, "bidang", "seksi", tree)
    assert can_view_unit_within(penilai, "bidang", "bidang", tree)
    assert not can_view_unit_within(penilai, "bidang", "kantor", tree)
    assert not can_view_unit_within(penilai, "bidang", "lain", tree)
    assert not can_view_unit_within(penilai, "bidang", "a", tree)  # a cycle ends the walk
    assert not can_view_unit_within(penilai, None, "seksi", tree)
    assert not can_view_unit_within(Actor("u2", Role.PEGAWAI, "e2"), "bidang", "seksi", tree)
    assert can_view_unit_within(Actor("u3", Role.ADMIN, None), None, "lain", tree)
