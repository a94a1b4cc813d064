"""The write rules every laptop applies to every change, one table at a time.

``F`` answers the rules' questions the way the merge and the local check do: the author, the row
before and after, the owner with their supervisor, other rows. Each rule is walked through the
people who may and may not make each kind of change.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pytest

from asn_desktop.domain import write_rules as wr
from asn_desktop.domain.permissions import Actor, Role, Subject

OWN, SUP, ATA, OTH = "e-own", "e-sup", "e-ata", "e-oth"
ADMIN = Actor("u-admin", Role.ADMIN, None)
OWNER = Actor("u-own", Role.PEGAWAI, OWN)
PENILAI = Actor("u-sup", Role.PENILAI, SUP)
ATASAN = Actor("u-ata", Role.PENILAI, ATA)
OTHER = Actor("u-oth", Role.PEGAWAI, OTH)
OTHER_PENILAI = Actor("u-oth2", Role.PENILAI, OTH)


@dataclass
class F:
    actor: Actor
    before: dict[str, Any] | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    deleted: bool = False
    owner: str | None = OWN
    supervisors: dict[str, str | None] = field(default_factory=lambda: {OWN: SUP, SUP: ATA, ATA: None})
    rows: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    units: dict[str, str | None] = field(default_factory=dict)
    employee_units: dict[str, str] = field(default_factory=dict)
    row_id: str = "r1"

    @property
    def after(self) -> Mapping[str, Any]:
        return {**(self.before or {}), "id": self.row_id, **self.fields}

    @property
    def changed(self) -> frozenset[str]:
        if self.before is None:
            return frozenset(k for k, v in self.fields.items() if v is not None)
        return frozenset(k for k, v in self.fields.items() if self.before.get(k) != v)

    def subject(self) -> Subject | None:
        return None if self.owner is None else Subject(self.owner, self.supervisors.get(self.owner))

    def supervisor_of(self, employee_id: str) -> str | None:
        return self.supervisors.get(employee_id)

    def row(self, table: str, row_id: str | None) -> Mapping[str, Any] | None:
        if table == "unit" and row_id in self.units:
            return {"parent_id": self.units[row_id]}
        return None if row_id is None else self.rows.get((table, row_id))

    def unit_of(self, employee_id: str | None) -> str | None:
        return None if employee_id is None else self.employee_units.get(employee_id)


def ok(rule: wr.WriteRule, facts: F) -> bool:
    return rule(facts) is None


def test_admin_only_tables() -> None:
    assert ok(wr.ADMIN_ONLY, F(ADMIN, fields={"name": "Unit"}))
    assert wr.ADMIN_ONLY(F(PENILAI, fields={"name": "Unit"})) == "hanya admin yang boleh mengubah data ini"


def test_user_accounts_are_the_admins_but_a_password_is_ones_own() -> None:
    mine = {"role": "pegawai", "password_hash": "h"}
    assert ok(wr.user_account, F(ADMIN, before=mine, fields={"role": "admin"}))
    assert ok(
        wr.user_account,
        F(OWNER, before=mine, fields={"password_hash": "h2", "sealed_key": "k"}, row_id="u-own"),
    )
    assert not ok(wr.user_account, F(OWNER, before=mine, fields={"role": "admin"}, row_id="u-own"))
    assert not ok(wr.user_account, F(OWNER, before=mine, fields={"password_hash": "x"}, row_id="u-admin"))
    assert not ok(wr.user_account, F(OWNER, before=mine, deleted=True, row_id="u-own"))
    assert not ok(wr.user_account, F(OWNER, fields={"role": "admin"}, row_id="u-own"))  # a new account


SKP = {"status": "draft", "employee_id": OWN, "year": 2026}


@pytest.mark.parametrize(
    ("actor", "before", "fields", "allowed"),
    [
        (OWNER, None, {**SKP}, True),  # drafted
        (OWNER, SKP, {"lampiran_skema": "baru"}, True),  # edited as a draft
        (OWNER, SKP, {"status": "submitted", "submitted_at": "t"}, True),
        (OWNER, {**SKP, "status": "submitted"}, {"lampiran_skema": "x"}, False),
        (OWNER, {**SKP, "status": "submitted"}, {"status": "approved"}, False),  # self-approval
        (OWNER, {**SKP, "status": "approved"}, {"status": "superseded"}, True),  # revised
        (OWNER, SKP, {"content_hash": "x"}, False),
        (PENILAI, {**SKP, "status": "submitted"}, {"status": "approved", "content_hash": "h"}, True),
        (PENILAI, {**SKP, "status": "submitted"}, {"status": "draft", "review_note": "ulang"}, True),
        (PENILAI, {**SKP, "status": "submitted"}, {"approved_at": "t"}, True),
        (PENILAI, SKP, {"review_note": "x"}, False),  # a draft is not under review
        (PENILAI, {**SKP, "status": "submitted"}, {"lampiran_skema": "x"}, False),
        (OTHER_PENILAI, {**SKP, "status": "submitted"}, {"status": "approved"}, False),
        (ADMIN, {**SKP, "status": "submitted"}, {"status": "approved"}, False),
    ],
)
def test_skp_moves(actor, before, fields, allowed) -> None:
    assert ok(wr.skp, F(actor, before=before, fields=fields)) is allowed


def test_skp_of_the_top_official_is_approved_by_the_admin_and_deleted_only_as_a_draft() -> None:
    top = {OWN: None}
    submitted = {**SKP, "status": "submitted"}
    assert ok(wr.skp, F(ADMIN, before=submitted, fields={"status": "approved"}, supervisors=top))
    assert not ok(wr.skp, F(PENILAI, before=submitted, fields={"status": "approved"}, supervisors=top))
    assert ok(wr.skp, F(OWNER, before=SKP, deleted=True))
    assert not ok(wr.skp, F(OWNER, before=submitted, deleted=True))
    assert not ok(wr.skp, F(ADMIN, before=SKP, deleted=True))


def _plan_rows(status: str) -> dict[tuple[str, str], dict[str, Any]]:
    return {("skp", "s1"): {"status": status, "previous_id": None}, ("rhk", "h1"): {"skp_id": "s1"}}


def test_rhk_and_indicators_only_while_the_skp_is_a_draft() -> None:
    rhk = wr.owner_while_skp_draft("skp", "skp_id")
    indicator = wr.owner_while_skp_draft("rhk", "rhk_id")
    assert ok(rhk, F(OWNER, fields={"skp_id": "s1", "text": "RHK"}, rows=_plan_rows("draft")))
    assert ok(indicator, F(OWNER, fields={"rhk_id": "h1"}, rows=_plan_rows("draft")))
    assert ok(indicator, F(OWNER, before={"rhk_id": "h1"}, deleted=True, rows=_plan_rows("draft")))
    assert not ok(indicator, F(OWNER, fields={"rhk_id": "h1"}, rows=_plan_rows("approved")))
    assert not ok(indicator, F(OWNER, fields={"rhk_id": "missing"}, rows=_plan_rows("draft")))
    assert not ok(rhk, F(PENILAI, fields={"skp_id": "s1"}, rows=_plan_rows("draft")))


def test_expectations_are_the_raters_and_a_revision_copies_them() -> None:
    rows = _plan_rows("submitted")
    assert ok(wr.behaviour_expectation, F(PENILAI, fields={"skp_id": "s1", "expectation": "x"}, rows=rows))
    assert ok(wr.behaviour_expectation, F(PENILAI, before={"skp_id": "s1"}, deleted=True, rows=rows))
    assert not ok(wr.behaviour_expectation, F(PENILAI, fields={"skp_id": "s1"}, rows=_plan_rows("approved")))
    assert not ok(wr.behaviour_expectation, F(OWNER, fields={"skp_id": "s1"}, rows=_plan_rows("draft")))
    revision = {("skp", "s1"): {"status": "draft", "previous_id": "s0"}}
    assert ok(wr.behaviour_expectation, F(OWNER, fields={"skp_id": "s1"}, rows=revision))
    assert not ok(
        wr.behaviour_expectation,
        F(OWNER, before={"skp_id": "s1"}, fields={"expectation": "x"}, rows=revision),
    )


def test_own_records() -> None:
    for rule in (wr.realisation, wr.evidence, wr.worklog_entry):
        assert ok(rule, F(OWNER, fields={"value": 1}))
        assert (
            rule(F(PENILAI, fields={"value": 1})) == "hanya pegawai pemiliknya yang boleh mengubah data ini"
        )
        assert not ok(rule, F(OWNER, fields={"value": 1}, owner=None))


@pytest.mark.parametrize(
    ("actor", "source", "allowed"),
    [
        (OWNER, "diri", True),
        (PENILAI, "diri", False),
        (PENILAI, "atasan", True),
        (OTHER, "atasan", False),
        (OTHER, "rekan", True),
        (OWNER, "rekan", False),  # one's own peer
        (ADMIN, "rekan", False),  # an account that is nobody's peer
        (ADMIN, "masyarakat", True),
        (PENILAI, "masyarakat", True),
        (OTHER, "masyarakat", False),
        (OWNER, "lainnya", False),
    ],
)
def test_feedback_by_source(actor, source, allowed) -> None:
    facts = F(actor, fields={"source": source, "author_user_id": actor.user_id, "text": "x"})
    assert ok(wr.feedback, facts) is allowed


def test_feedback_is_written_in_ones_own_name() -> None:
    assert not ok(wr.feedback, F(PENILAI, fields={"source": "atasan", "author_user_id": "u-admin"}))
    gone = F(PENILAI, before={"source": "atasan", "author_user_id": "u-sup"}, deleted=True)
    assert ok(wr.feedback, gone)
    assert not ok(wr.feedback, F(PENILAI, fields={"source": "atasan", "author_user_id": "u-sup"}, owner=None))


DRAFT = {"status": "draft", "employee_id": OWN, "assessor_id": SUP, "period_key": "2026"}
RATED = {**DRAFT, "rating_hasil": "sesuai", "rating_perilaku": "sesuai", "predikat": "baik"}


@pytest.mark.parametrize(
    ("actor", "before", "fields", "allowed"),
    [
        (OWNER, None, {**DRAFT, "self_rating_hasil": "sesuai"}, True),  # opened by the self-assessment
        (OWNER, DRAFT, {"self_note": "x"}, True),
        (OWNER, DRAFT, {"rating_hasil": "di_atas"}, False),  # one's own rating
        (OWNER, {**RATED, "status": "final"}, {"objection": "keberatan"}, True),
        (OWNER, DRAFT, {"objection": "keberatan"}, False),
        (OWNER, {**RATED, "status": "final"}, {"self_note": "x"}, False),
        (PENILAI, DRAFT, {"rating_hasil": "sesuai", "rating_perilaku": "sesuai", "predikat": "baik"}, True),
        (PENILAI, None, {**DRAFT}, True),
        (
            PENILAI,
            DRAFT,
            {"rating_hasil": "sesuai", "rating_perilaku": "sesuai", "predikat": "sangat_baik"},
            False,
        ),
        (PENILAI, DRAFT, {"rating_hasil": "bukan", "rating_perilaku": "sesuai", "predikat": "baik"}, False),
        (PENILAI, DRAFT, {"predikat": "baik"}, False),  # a predikat without ratings
        (PENILAI, RATED, {"status": "final", "finalized_at": "t"}, True),
        (PENILAI, DRAFT, {"status": "final"}, False),  # final without the ratings
        (PENILAI, {**RATED, "status": "final"}, {"status": "draft"}, True),  # reopened
        (PENILAI, {**RATED, "status": "final"}, {"notes": "x"}, False),
        (PENILAI, {**RATED, "status": "final"}, {"status": "signed", "signed_hash": "h" * 64}, True),
        (ADMIN, {**RATED, "status": "final"}, {"status": "signed", "signed_hash": "h" * 64}, True),
        (PENILAI, {**RATED, "status": "final"}, {"status": "signed"}, False),  # no document behind it
        (OTHER, {**RATED, "status": "final"}, {"status": "signed", "signed_hash": "h"}, False),
        (PENILAI, {**RATED, "status": "signed"}, {"status": "draft"}, False),
        (OTHER_PENILAI, DRAFT, {"notes": "x"}, False),
        (OWNER, DRAFT, {"assessor_id": OTH}, False),  # a friendly assessor
        (ATASAN, {**RATED, "status": "final", "objection": "x"}, {"objection_decision": "diterima"}, True),
        (OTHER_PENILAI, {**RATED, "status": "final", "objection": "x"}, {"objection_decision": "x"}, False),
        (ATASAN, {**RATED, "status": "final", "assessor_id": None}, {"objection_decision": "x"}, False),
        (ATASAN, {**RATED, "status": "final"}, {"objection_decision": "x", "notes": "y"}, False),
    ],
)
def test_assessment(actor, before, fields, allowed) -> None:
    assert ok(wr.assessment, F(actor, before=before, fields=fields)) is allowed


def test_assessment_never_deleted_and_needs_a_known_owner() -> None:
    assert wr.assessment(F(PENILAI, before=DRAFT, deleted=True)) == "data ini tidak boleh dihapus"
    assert not ok(wr.assessment, F(PENILAI, fields={"assessor_id": SUP}, owner=None))
    top = F(ADMIN, before={**DRAFT, "assessor_id": None}, fields={"notes": "x"}, supervisors={OWN: None})
    assert ok(wr.assessment, top)
    no_decider = F(ATASAN, before={**RATED, "status": "final"}, fields={"objection_decision": "x"})
    no_decider.actor = Actor("u-x", Role.ADMIN, None)
    assert not ok(wr.assessment, no_decider)


OBJECTED = {**RATED, "id": "a1", "status": "final", "objection": "keberatan", "version": 1, "skp_id": "s1"}
REVISED = {
    **{k: OBJECTED[k] for k in ("employee_id", "period_key", "assessor_id", "skp_id")},
    "rating_hasil": "di_atas",
    "rating_perilaku": "sesuai",
    "predikat": "baik",
    "status": "final",
    "version": 2,
    "previous_id": "a1",
}


def _revision(actor: Actor, previous: dict[str, Any] | None = OBJECTED, **fields: Any) -> F:
    rows = {("assessment", "a1"): previous} if previous is not None else {}
    return F(actor, fields={**REVISED, **fields}, rows=rows, row_id="a2")


def test_a_keberatan_revision_is_the_atasans_of_an_objected_final_version() -> None:
    assert ok(wr.assessment, _revision(ATASAN))
    refused = [
        _revision(PENILAI),  # the pejabat penilai cannot revise his own rating
        _revision(OWNER),
        _revision(ATASAN, previous=None),
        _revision(ATASAN, previous={**OBJECTED, "objection": None}),  # nobody objected
        _revision(ATASAN, previous={**OBJECTED, "status": "draft"}),
        _revision(ATASAN, previous={**OBJECTED, "previous_id": "a0"}),  # a second round
        _revision(ATASAN, employee_id=OTH),
        _revision(ATASAN, version=3),
        _revision(ATASAN, status="draft"),
        _revision(ATASAN, previous_id=None),  # version 2 without a previous version
    ]
    for facts in refused:
        assert wr.assessment(facts) == wr._REVISION, facts
    moved = F(PENILAI, before={**DRAFT, "version": 1}, fields={"version": 2})
    assert wr.assessment(moved) == "versi penilaian tidak dapat diubah"


FILED = {"assessment_id": "a1", "employee_id": OWN, "text": "alasan", "filed_at": "t"}
DECISION = {"decider_id": ATA, "decided_at": "t2", "decision": "ditolak", "outcome": "ditolak"}


def _objection(
    actor: Actor, before: dict[str, Any] | None, objected: dict[str, Any] = OBJECTED, **kw: Any
) -> F:
    rows = {("assessment", "a1"): objected, ("assessment", "a2"): {**REVISED, "id": "a2"}}
    return F(actor, before=before, rows=rows, **kw)


def test_a_keberatan_is_filed_by_the_pegawai_and_decided_once_by_the_atasan() -> None:
    assert ok(wr.objection, _objection(OWNER, None, fields=FILED))
    assert not ok(wr.objection, _objection(PENILAI, None, fields=FILED))
    assert not ok(wr.objection, _objection(OWNER, None, fields={**FILED, **DECISION}))
    assert not ok(
        wr.objection, _objection(OWNER, None, objected={**OBJECTED, "status": "draft"}, fields=FILED)
    )
    assert not ok(
        wr.objection, _objection(OWNER, None, objected={**OBJECTED, "previous_id": "a0"}, fields=FILED)
    )
    assert not ok(wr.objection, _objection(OWNER, None, fields={**FILED, "employee_id": OTH}))
    assert not ok(wr.objection, _objection(OWNER, None, fields={**FILED, "assessment_id": "zz"}))
    assert not ok(wr.objection, _objection(OWNER, FILED, deleted=True))
    # decided by the atasan pejabat penilai, in his own name, once
    assert ok(wr.objection, _objection(ATASAN, FILED, fields=DECISION))
    granted = {**DECISION, "outcome": "dikabulkan", "rating_hasil": "di_atas", "revised_id": "a2"}
    assert ok(wr.objection, _objection(ATASAN, FILED, fields=granted))
    assert not ok(wr.objection, _objection(ATASAN, FILED, fields={**granted, "revised_id": "a1"}))
    assert not ok(wr.objection, _objection(PENILAI, FILED, fields={**DECISION, "decider_id": SUP}))
    assert not ok(wr.objection, _objection(ATASAN, FILED, fields={**DECISION, "decider_id": SUP}))
    assert not ok(wr.objection, _objection(ATASAN, FILED, fields={**DECISION, "decided_at": None}))
    assert not ok(wr.objection, _objection(ATASAN, FILED, fields={**DECISION, "text": "diubah"}))
    again = _objection(ATASAN, {**FILED, **DECISION}, fields={"decision": "lain"})
    assert wr.objection(again) == "keberatan yang sudah diputus tidak dapat diubah; keputusannya final"


def test_review_meeting_and_participants() -> None:
    meeting = {"organiser_id": SUP}
    assert ok(wr.review_meeting, F(PENILAI, fields=meeting))
    assert ok(wr.review_meeting, F(PENILAI, before=meeting, deleted=True))
    assert not ok(wr.review_meeting, F(OTHER_PENILAI, fields=meeting))
    assert not ok(wr.review_meeting, F(OWNER, fields={"organiser_id": OWN}))
    rows = {("review_meeting", "m1"): meeting}
    assert ok(wr.meeting_participant, F(PENILAI, fields={"meeting_id": "m1", "employee_id": OWN}, rows=rows))
    assert ok(
        wr.meeting_participant,
        F(PENILAI, before={"meeting_id": "m1", "employee_id": OWN}, deleted=True, rows=rows),
    )
    assert not ok(
        wr.meeting_participant, F(PENILAI, fields={"meeting_id": "m1", "employee_id": OTH}, rows=rows)
    )
    assert not ok(wr.meeting_participant, F(PENILAI, fields={"meeting_id": "m1"}, rows=rows))
    assert not ok(
        wr.meeting_participant, F(OTHER_PENILAI, fields={"meeting_id": "m1", "employee_id": OWN}, rows=rows)
    )
    assert not ok(
        wr.meeting_participant, F(PENILAI, fields={"meeting_id": "m2", "employee_id": OWN}, rows=rows)
    )


def test_supervisor_records_and_work_log_comments() -> None:
    for rule in (wr.feedback_round, wr.follow_up, wr.follow_up_session):
        assert ok(rule, F(PENILAI, fields={"x": 1}))
        assert rule(F(OWNER, fields={"x": 1})) == "hanya pejabat penilai pegawai ini yang boleh mengubahnya"
    assert ok(wr.worklog_comment, F(PENILAI, fields={"author_id": SUP, "text": "bagus"}))
    assert not ok(wr.worklog_comment, F(PENILAI, fields={"author_id": ATA, "text": "bagus"}))
    assert not ok(wr.worklog_comment, F(OWNER, fields={"author_id": OWN}))
    on_entry = {"author_id": SUP, "entry_id": "w1"}
    assert ok(wr.worklog_comment, F(OWNER, before=on_entry, deleted=True))  # the entry goes
    assert not ok(wr.worklog_comment, F(OWNER, before={"author_id": SUP, "entry_id": None}, deleted=True))


def test_360_raters_and_answers() -> None:
    rater = {"round_id": "r", "rater_id": OTH, "relation": "rekan"}
    assert ok(wr.feedback_rater, F(PENILAI, fields=rater))
    assert ok(wr.feedback_rater, F(OTHER, before=rater, fields={"submitted_at": "t"}))
    assert not ok(wr.feedback_rater, F(OTHER, before=rater, fields={"relation": "atasan"}))
    assert not ok(wr.feedback_rater, F(OTHER, before=rater, deleted=True))
    assert not ok(wr.feedback_rater, F(OWNER, before=rater, fields={"submitted_at": "t"}))
    rows = {("feedback_rater", "x1"): rater}
    assert ok(wr.feedback_answer, F(OTHER, fields={"rater_row_id": "x1", "score": 4}, rows=rows))
    assert ok(wr.feedback_answer, F(OTHER, before={"rater_row_id": "x1"}, deleted=True, rows=rows))
    assert not ok(wr.feedback_answer, F(OWNER, fields={"rater_row_id": "x1", "score": 5}, rows=rows))
    assert not ok(wr.feedback_answer, F(OTHER, fields={"rater_row_id": "x9"}, rows=rows))


def test_public_feedback_within_ones_own_units() -> None:
    units = {"bidang": "kantor", "seksi": "bidang", "kantor": None, "lain": None}
    where = {SUP: "bidang"}
    assert ok(wr.public_feedback, F(ADMIN, fields={"unit_id": "lain"}))
    assert ok(wr.public_feedback, F(PENILAI, fields={"unit_id": "seksi"}, units=units, employee_units=where))
    assert ok(
        wr.public_feedback,
        F(PENILAI, before={"unit_id": "bidang"}, deleted=True, units=units, employee_units=where),
    )
    assert not ok(
        wr.public_feedback, F(PENILAI, fields={"unit_id": "kantor"}, units=units, employee_units=where)
    )
    assert not ok(wr.public_feedback, F(OWNER, fields={"unit_id": "seksi"}, units=units))
    cycle = {"a": "b", "b": "a"}
    assert not ok(wr.public_feedback, F(PENILAI, fields={"unit_id": "a"}, units=cycle, employee_units=where))


def test_signing_identity_and_signed_documents() -> None:
    issued = {"source": "workspace", "active": True, "approved_by": "u-admin"}
    imported = {"source": "pkcs12", "active": False, "approved_by": None}
    assert ok(wr.signing_identity, F(ADMIN, fields=issued))
    assert ok(wr.signing_identity, F(OWNER, fields=imported))  # an own PKCS#12, waiting
    assert not ok(wr.signing_identity, F(OWNER, fields={**imported, "active": True}))
    assert not ok(wr.signing_identity, F(OWNER, fields={**imported, "approved_by": "u-own"}))
    assert not ok(wr.signing_identity, F(OWNER, fields=imported, owner=OTH))
    assert ok(
        wr.signing_identity, F(ADMIN, before=imported, fields={"approved_by": "u-admin", "active": True})
    )
    assert not ok(wr.signing_identity, F(ADMIN, before=imported, fields={"approved_by": "u-other"}))
    assert not ok(wr.signing_identity, F(OWNER, before=imported, fields={"active": True}))
    assert ok(
        wr.signing_identity, F(OWNER, before=issued, fields={"sealed_key": "b", "passphrase_set_at": "t"})
    )
    assert not ok(wr.signing_identity, F(ADMIN, before=issued, fields={"sealed_key": "b"}))
    assert not ok(wr.signing_identity, F(OWNER, before=issued, fields={"sealed_key": "b", "active": False}))
    assert ok(wr.signing_identity, F(OWNER, before=imported, deleted=True))
    assert ok(wr.signing_identity, F(ADMIN, before=imported, deleted=True))
    assert not ok(wr.signing_identity, F(ADMIN, before=issued, deleted=True))
    assert not ok(wr.signing_identity, F(PENILAI, before=imported, deleted=True))
    assert not ok(wr.signing_identity, F(PENILAI, fields=issued))
    assert ok(wr.trust_anchor, F(ADMIN, fields={"added_by": "u-admin", "kind": "ours"}))
    assert not ok(wr.trust_anchor, F(ADMIN, fields={"added_by": "u-someone", "kind": "ours"}))
    assert not ok(wr.trust_anchor, F(OWNER, fields={"added_by": "u-own"}))
    doc = {"employee_id": OWN, "form": "evaluasi"}
    assert ok(wr.signed_document, F(ADMIN, fields=doc))
    assert ok(wr.signed_document, F(PENILAI, fields=doc))
    assert ok(wr.signed_document, F(OWNER, fields=doc))
    assert not ok(wr.signed_document, F(OTHER, fields=doc))
    assert not ok(
        wr.signed_document, F(PENILAI, fields={"employee_id": None, "form": "penetapan"}, owner=None)
    )
    assert not ok(wr.signed_document, F(ADMIN, before=doc, fields={"form": "skp"}))
    assert not ok(wr.signed_document, F(ADMIN, before=doc, deleted=True))


CLOSED_SKP = {"employee_id": OWN, "penilai_id": OTH, "end_on": "2026-06-30", "year": 2026}
OPEN_SKP = {"employee_id": OWN, "penilai_id": OTH, "end_on": None, "year": 2026}


def _on_skp(actor: Actor, plan: dict[str, Any], before: dict[str, Any] | None, **fields: Any) -> F:
    """An assessment of SKP s1; OWN's supervisor today is SUP (the one after the mutasi)."""
    return F(actor, before=before, fields={"skp_id": "s1", **fields}, rows={("skp", "s1"): plan})


def test_after_a_mutasi_the_closed_skp_is_rated_by_its_own_penilai_only() -> None:
    rating = {"rating_hasil": "sesuai", "rating_perilaku": "sesuai", "predikat": "baik"}
    old_draft = {**DRAFT, "assessor_id": OTH, "skp_id": "s1"}
    assert ok(wr.assessment, _on_skp(OTHER_PENILAI, CLOSED_SKP, old_draft, **rating))
    assert ok(wr.assessment, _on_skp(OTHER_PENILAI, CLOSED_SKP, None, **{**DRAFT, "assessor_id": OTH}))
    # the new supervisor may not rate the months he did not supervise, nor name himself assessor
    assert not ok(wr.assessment, _on_skp(PENILAI, CLOSED_SKP, old_draft, **rating))
    assert not ok(wr.assessment, _on_skp(PENILAI, CLOSED_SKP, None, **DRAFT))
    # the SKP in force is the supervisor's, whatever penilai it once named
    assert ok(wr.assessment, _on_skp(PENILAI, OPEN_SKP, {**DRAFT, "skp_id": "s1"}, **rating))
    assert not ok(wr.assessment, _on_skp(OTHER_PENILAI, OPEN_SKP, {**DRAFT, "skp_id": "s1"}, **rating))
    moved = _on_skp(PENILAI, OPEN_SKP, {**DRAFT, "skp_id": "s0"})
    assert wr.assessment(moved) == "SKP yang dinilai pada penilaian tidak dapat diganti"
    legacy = _on_skp(PENILAI, OPEN_SKP, {**DRAFT, "skp_id": None})  # made before 0014 without one
    assert ok(wr.assessment, legacy)
    assert not ok(wr.assessment, F(PENILAI, fields={**DRAFT, "skp_id": "s1"}, owner=None))
