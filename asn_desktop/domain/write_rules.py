"""Who may write which row and field: the rules every laptop applies to every change.

The services check permissions before they act (``permissions``); these rules check the *result*
— one change to one row, as it travels between laptops — with the same predicates. They run in
two places: on this laptop when a transaction flushes (so an honest laptop never produces a change
the others would refuse), and in the sync merge for every change another laptop sent (so a laptop
whose user runs their own code cannot write what that user may not write).

A rule is a function of ``Facts`` — the author as of the change's clock, the row before and after,
the fields that really change — and returns ``None`` when the change is allowed, else the reason
in Indonesian. Each synced model declares its rule beside itself (``write_rule``); a table
without one accepts nothing from another laptop (default deny).

Fields whose value does not change are not judged: a row written again with what it already
holds is no change at all. A row's owner column (``owner`` on the model) never changes after the
row is made; the merge and the local check refuse that for every table, so the rules need not.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

from asn_desktop.domain.matrix import MatrixRole, check_intervensi
from asn_desktop.domain.mutasi import penilai_of_skp
from asn_desktop.domain.permissions import (
    Actor,
    FeedbackSource,
    Role,
    Subject,
    can_record_public_feedback,
    can_run_meeting,
    can_share_results,
    is_self,
    is_supervisor_of,
)
from asn_desktop.domain.rating import Rating, predikat_kinerja

__all__ = [
    "ADMIN_ONLY",
    "Facts",
    "WriteRule",
    "assessment",
    "behaviour_expectation",
    "evidence",
    "feedback",
    "feedback_answer",
    "feedback_rater",
    "feedback_round",
    "follow_up",
    "follow_up_session",
    "meeting_participant",
    "objection",
    "owner_while_skp_draft",
    "public_feedback",
    "realisation",
    "review_meeting",
    "rhk",
    "role_matrix_entry",
    "signed_document",
    "signing_identity",
    "skp",
    "trust_anchor",
    "user_account",
    "worklog_comment",
    "worklog_entry",
]


class Facts(Protocol):
    """What a rule may know about one change (the merge and the local check both provide it)."""

    @property
    def actor(self) -> Actor:
        """The author as the directory knew them when the change was made (an unknown or inactive
        author is refused before any rule runs)."""

    @property
    def before(self) -> Mapping[str, Any] | None:
        """The row before the change (None for a new row)."""

    @property
    def after(self) -> Mapping[str, Any]:
        """The row as the change would leave it."""

    @property
    def changed(self) -> frozenset[str]:
        """The fields whose value the change really alters."""

    @property
    def deleted(self) -> bool: ...

    def subject(self) -> Subject | None:
        """The employee the row belongs to, with their supervisor at the change's time."""

    def supervisor_of(self, employee_id: str) -> str | None:
        """That employee's supervisor at the change's time."""

    def row(self, table: str, row_id: str | None) -> Mapping[str, Any] | None:
        """Another row as it stood at the change's time (a parent, a previous version)."""

    def unit_of(self, employee_id: str | None) -> str | None:
        """The unit of an employee at the change's time."""

    def rows_of(self, table: str, column: str, value: str) -> list[Mapping[str, Any]]:
        """The rows of ``table`` whose owner column ``column`` holds ``value``, at the change's
        time (a leader's matrix entries of one SKP)."""


WriteRule = Callable[[Facts], str | None]

_ADMIN = "hanya admin yang boleh mengubah data ini"
_OWNER = "hanya pegawai pemiliknya yang boleh mengubah data ini"
_SUPERVISOR = "hanya pejabat penilai pegawai ini yang boleh mengubahnya"
_NO_DELETE = "data ini tidak boleh dihapus"


def _admin(f: Facts) -> bool:
    return f.actor.role is Role.ADMIN


def _owner(f: Facts) -> bool:
    subject = f.subject()
    return subject is not None and is_self(f.actor, subject)


def _supervisor(f: Facts, subject: Subject | None) -> bool:
    return subject is not None and is_supervisor_of(f.actor, subject)


def _rater(f: Facts, subject: Subject | None) -> bool:
    """The pejabat penilai; for the top official, whom nobody in the directory supervises (the PPK
    rates them outside the app), the admin records it."""
    if subject is not None and subject.supervisor_id is None:
        return _admin(f)
    return _supervisor(f, subject)


def _only(f: Facts, allowed: frozenset[str]) -> bool:
    return f.changed <= allowed


def ADMIN_ONLY(f: Facts) -> str | None:  # noqa: N802 - a rule, named like the constant it is
    """Master data, users' roles, devices, trust anchors, periods: the admin's."""
    return None if _admin(f) else _ADMIN


_SELF_ACCOUNT = frozenset({"password_hash", "sealed_key", "pending_key"})


def user_account(f: Facts) -> str | None:
    """The admin keeps accounts; a user may only change their own password (and re-seal their key)."""
    if _admin(f):
        return None
    own = f.before is not None and f.after.get("id") == f.actor.user_id
    if own and not f.deleted and _only(f, _SELF_ACCOUNT):
        return None
    return "hanya admin yang boleh mengubah akun, peran, atau kunci pengguna lain"


def _status_move(f: Facts) -> tuple[Any, Any] | None:
    if "status" not in f.changed:
        return None
    return (f.before or {}).get("status"), f.after.get("status")


_SKP_OWNER = frozenset(
    {
        "employee_id",
        "year",
        "version",
        "approach",
        "penilai_id",
        "previous_id",
        "lampiran_sumber_daya",
        "lampiran_skema",
        "lampiran_konsekuensi",
        "status",
        "submitted_at",
        "start_on",
    }
)
_SKP_REVIEW = frozenset({"status", "approved_at", "review_note", "content_hash"})
_SKP_OWNER_MOVES = {(None, "draft"), ("draft", "submitted"), ("approved", "superseded")}
_SKP_REVIEW_MOVES = {("submitted", "approved"), ("submitted", "draft")}


def skp(f: Facts) -> str | None:
    """The pegawai drafts, submits and revises; the pejabat penilai approves or returns."""
    if f.deleted:
        return None if _owner(f) and (f.before or {}).get("status") == "draft" else _NO_DELETE
    move = _status_move(f)
    status = (f.before or {}).get("status")
    if (
        _owner(f)
        and _only(f, _SKP_OWNER)
        and (move in _SKP_OWNER_MOVES or (move is None and status == "draft"))
    ):
        return None
    reviewing = move in _SKP_REVIEW_MOVES or (move is None and status == "submitted")
    if _rater(f, f.subject()) and _only(f, _SKP_REVIEW) and reviewing:
        return None
    if _admin(f) and f.before is not None and _only(f, frozenset({"end_on"})):
        return None  # a mutasi closes the SKP on a day (``services.mutasi``)
    return "perubahan SKP ini tidak diizinkan bagi penulisnya atau pada status SKP saat itu"


def _skp_of(f: Facts, table: str, key: str) -> Mapping[str, Any] | None:
    """The SKP a plan row belongs to, following rhk → skp where needed."""
    parent = f.row(table, f.after.get(key) if not f.deleted else (f.before or {}).get(key))
    if parent is None:
        return None
    if table == "rhk":
        return f.row("skp", parent.get("skp_id"))
    return parent


def owner_while_skp_draft(table: str, key: str) -> WriteRule:
    """RHK and indicators: the pegawai's, and only while their SKP is a draft."""

    def rule(f: Facts) -> str | None:
        plan = _skp_of(f, table, key)
        if not _owner(f):
            return _OWNER
        if plan is None or plan.get("status") != "draft":
            return "SKP yang sudah diajukan atau disetujui tidak dapat diubah"
        return None

    return rule


_rhk_draft = owner_while_skp_draft("skp", "skp_id")


def _intervensi(f: Facts) -> str | None:
    """The leader RHK an RHK intervenes must be one his matrix gives its owner, once he has one."""
    parent_id = f.after.get("parent_rhk_id")
    if f.deleted or "parent_rhk_id" not in f.changed or not isinstance(parent_id, str):
        return None
    parent = f.row("rhk", parent_id)
    subject = f.subject()
    if parent is None or subject is None:
        return "RHK pimpinan yang diintervensi tidak ditemukan"
    entries = [
        (str(e.get("rhk_id")), str(e.get("employee_id")))
        for e in f.rows_of("role_matrix_entry", "skp_id", str(parent.get("skp_id")))
    ]
    return check_intervensi(entries, subject.employee_id, parent_id)


def rhk(f: Facts) -> str | None:
    """The pegawai's while the SKP is a draft; its intervensi follows the leader's matrix."""
    return _rhk_draft(f) or _intervensi(f)


_MATRIX_FIXED = frozenset({"skp_id", "rhk_id", "employee_id"})
_MATRIX_ROLES = frozenset(r.value for r in MatrixRole)


def role_matrix_entry(f: Facts) -> str | None:
    """A leader's Matriks Pembagian Peran dan Hasil: his own, over his own RHK, among the people
    he rates; an entry keeps its RHK and its pegawai (only the role and the result change)."""
    if f.deleted:
        return None if _owner(f) else "hanya pimpinan penyusun matriks yang boleh menghapusnya"
    leader, member = f.subject(), f.after.get("employee_id")
    if (
        leader is None
        or not isinstance(member, str)
        or not can_share_results(f.actor, leader, Subject(member, f.supervisor_of(member)))
    ):
        return "matriks pembagian peran dan hasil disusun oleh pimpinan sendiri bagi pegawai yang dinilainya"
    if f.before is not None and f.changed & _MATRIX_FIXED:
        return "pada matriks hanya peran dan hasil yang diharapkan yang dapat diubah"
    result = f.row("rhk", f.after.get("rhk_id"))
    if result is None or result.get("skp_id") != f.after.get("skp_id"):
        return "hasil kerja pada matriks harus RHK dari SKP pimpinan itu"
    return None if f.after.get("role") in _MATRIX_ROLES else "peran pada matriks tidak dikenal"


def behaviour_expectation(f: Facts) -> str | None:
    """The supervisor's *ekspektasi khusus pimpinan*, until approval; a revision copies them."""
    plan = f.row("skp", f.after.get("skp_id") if not f.deleted else (f.before or {}).get("skp_id"))
    status = (plan or {}).get("status")
    if _rater(f, f.subject()) and status in ("draft", "submitted"):
        return None
    revision_copy = f.before is None and (plan or {}).get("previous_id") is not None
    if _owner(f) and status == "draft" and revision_copy and not f.deleted:
        return None
    return "ekspektasi khusus ditetapkan oleh pejabat penilai sebelum SKP disetujui"


def _own_records(f: Facts) -> str | None:
    return None if _owner(f) else _OWNER


realisation = _own_records
evidence = _own_records
worklog_entry = _own_records


def _author_is(f: Facts, column: str, value: str | None) -> bool:
    recorded = (f.before if f.deleted else f.after) or {}
    return value is not None and recorded.get(column) == value


def feedback(f: Facts) -> str | None:
    """Each source has its own giver, so one source cannot pose as another (``can_give_feedback``)."""
    if not _author_is(f, "author_user_id", f.actor.user_id):
        return "umpan balik hanya dapat ditulis atas nama penulisnya sendiri"
    subject = f.subject()
    row = f.before if f.deleted else f.after
    source = (row or {}).get("source")
    if subject is None or source not in {s.value for s in FeedbackSource}:
        return "sumber umpan balik tidak dikenal"
    allowed = {
        FeedbackSource.SELF.value: is_self(f.actor, subject),
        FeedbackSource.SUPERVISOR.value: is_supervisor_of(f.actor, subject),
        FeedbackSource.PEER.value: f.actor.employee_id not in (None, subject.employee_id),
        FeedbackSource.PUBLIC.value: _admin(f) or is_supervisor_of(f.actor, subject),
    }
    return None if allowed[source] else "penulis tidak berwenang memberi umpan balik dari sumber ini"


_ASSESSMENT_NEW = frozenset({"employee_id", "period_key", "status", "skp_id", "assessor_id", "version"})
_ASSESSMENT_VERSIONING = frozenset({"version", "previous_id"})
_ASSESSMENT_SELF = frozenset({"self_rating_hasil", "self_note"})
_ASSESSMENT_RATE = frozenset(
    {
        "rating_hasil",
        "rating_perilaku",
        "predikat",
        "notes",
        "assessor_id",
        "skp_id",
        "status",
        "finalized_at",
    }
)
_ASSESSMENT_SIGN = frozenset({"status", "signed_hash"})


def _predikat_consistent(row: Mapping[str, Any]) -> bool:
    hasil, perilaku, predikat = row.get("rating_hasil"), row.get("rating_perilaku"), row.get("predikat")
    if hasil is None or perilaku is None:
        return predikat is None
    try:
        return predikat == predikat_kinerja(Rating(hasil), Rating(perilaku)).value
    except ValueError:
        return False


def _assessment_self(f: Facts, status: Any, move: tuple[Any, Any] | None) -> bool:
    if not _owner(f):
        return False
    if (
        _only(f, _ASSESSMENT_SELF | _ASSESSMENT_NEW)
        and status in (None, "draft")
        and move in (None, (None, "draft"))
    ):
        return True
    return _only(f, frozenset({"objection"})) and status in ("final", "signed")


def _assessment_subject(f: Facts) -> Subject | None:
    """The pegawai with the pejabat penilai of the assessment's own SKP: after a mutasi, the
    closed SKP's months are its penilai's to evaluate, the new SKP's the new supervisor's."""
    subject = f.subject()
    plan = f.row("skp", f.after.get("skp_id"))
    if subject is None or plan is None:
        return subject
    penilai = penilai_of_skp(plan.get("end_on"), plan.get("penilai_id"), subject.supervisor_id)
    return Subject(subject.employee_id, penilai)


def _assessment_rate(f: Facts, status: Any, move: tuple[Any, Any] | None) -> bool:
    if not _rater(f, _assessment_subject(f)) or not _only(f, _ASSESSMENT_RATE | _ASSESSMENT_NEW):
        return False
    if move is None:
        return status in (None, "draft")
    if move == ("draft", "final"):
        return f.after.get("rating_hasil") is not None and f.after.get("rating_perilaku") is not None
    return move in {(None, "draft"), ("final", "draft")}


def _assessment_decision(f: Facts) -> bool:
    if not _only(f, frozenset({"objection_decision"})):
        return False
    return _atasan_of_assessor(f, f.after.get("assessor_id"))


_OBJECTION_FILED = frozenset({"assessment_id", "employee_id", "text", "filed_at"})
_OBJECTION_DECISION = frozenset(
    {"decider_id", "decided_at", "decision", "outcome", "rating_hasil", "rating_perilaku", "revised_id"}
)


def _objection_decided(f: Facts, objected: Mapping[str, Any]) -> str | None:
    if (f.before or {}).get("decided_at") is not None:
        return "keberatan yang sudah diputus tidak dapat diubah; keputusannya final"
    if not _only(f, _OBJECTION_DECISION) or not _atasan_of_assessor(f, objected.get("assessor_id")):
        return "keberatan diputus oleh atasan pejabat penilai"
    if f.after.get("decider_id") != f.actor.employee_id or f.after.get("decided_at") is None:
        return "keputusan keberatan harus atas nama atasan yang memutusnya"
    revised = f.after.get("revised_id")
    if revised is not None and (f.row("assessment", revised) or {}).get("previous_id") != objected.get("id"):
        return "penilaian hasil keberatan harus versi baru dari penilaian yang diajukan keberatan"
    return None


def objection(f: Facts) -> str | None:
    """Filed once by the pegawai against their own assessment; decided once, finally, by the atasan
    pejabat penilai (``services.objection``)."""
    if f.deleted:
        return _NO_DELETE
    objected = f.row("assessment", f.after.get("assessment_id"))
    if objected is None or objected.get("employee_id") != f.after.get("employee_id"):
        return "keberatan harus atas penilaian pegawai itu sendiri"
    if f.before is not None:
        return _objection_decided(f, objected)
    if not _owner(f) or not _only(f, _OBJECTION_FILED):
        return "keberatan hanya diajukan oleh pegawai yang dinilai"
    if objected.get("status") not in ("final", "signed") or objected.get("previous_id") is not None:
        return "keberatan hanya atas penilaian final yang bukan hasil keputusan keberatan"
    return None


_REVISION = (
    "versi baru penilaian hanya dibuat oleh atasan pejabat penilai, atas keberatan pada versi "
    "sebelumnya yang sudah final"
)
_SAME_ASSESSMENT = ("employee_id", "period_key", "assessor_id", "skp_id")


def _atasan_of_assessor(f: Facts, assessor: Any) -> bool:
    """The atasan pejabat penilai: the supervisor of the pejabat penilai who assessed."""
    me = f.actor.employee_id
    return isinstance(assessor, str) and me is not None and f.supervisor_of(assessor) == me


def _assessment_revision(f: Facts) -> bool:
    """A keberatan's new version: made once, final, by the atasan pejabat penilai, of a final
    version the pegawai objected to; it keeps the period, the pegawai and the assessor."""
    prev = f.row("assessment", f.after.get("previous_id"))
    if prev is None or not prev.get("objection") or prev.get("status") not in ("final", "signed"):
        return False
    if prev.get("previous_id") is not None:  # the decision on a keberatan is final: no second round
        return False
    if any(f.after.get(k) != prev.get(k) for k in _SAME_ASSESSMENT):
        return False
    if f.after.get("version") != int(prev.get("version") or 1) + 1 or f.after.get("status") != "final":
        return False
    return _atasan_of_assessor(f, prev.get("assessor_id"))


def _assessment_shape(f: Facts) -> str | None:
    """What every version must satisfy, whoever writes it."""
    if f.deleted:
        return _NO_DELETE
    if not _predikat_consistent(f.after):
        return "predikat tidak sesuai dengan kedua rating"
    if f.before is not None and f.changed & _ASSESSMENT_VERSIONING:
        return "versi penilaian tidak dapat diubah"
    if f.before is not None and "skp_id" in f.changed and f.before.get("skp_id") is not None:
        return "SKP yang dinilai pada penilaian tidak dapat diganti"
    return None


def _is_revision(f: Facts) -> bool:
    return f.before is None and (f.after.get("previous_id") is not None or f.after.get("version", 1) != 1)


def assessment(f: Facts) -> str | None:
    """Ratings are the penilai's, the self-assessment and objection the pegawai's, the decision and
    a keberatan's new version the atasan pejabat penilai's; the predikat always follows the matrix."""
    wrong = _assessment_shape(f)
    if wrong is not None:
        return wrong
    if _is_revision(f):
        return None if _assessment_revision(f) else _REVISION
    subject = _assessment_subject(f)
    if "assessor_id" in f.changed and (
        subject is None or f.after.get("assessor_id") != subject.supervisor_id
    ):
        return "pejabat penilai pada penilaian harus atasan langsung pegawai"
    before = f.before or {}
    status, move = before.get("status"), _status_move(f)
    signing = move == ("final", "signed") and _only(f, _ASSESSMENT_SIGN)
    if (
        _assessment_self(f, status, move)
        or _assessment_rate(f, status, move)
        or (signing and (_supervisor(f, subject) or _admin(f)) and f.after.get("signed_hash"))
        or _assessment_decision(f)
    ):
        return None
    return "perubahan penilaian ini tidak diizinkan bagi penulisnya atau pada status penilaian saat itu"


def review_meeting(f: Facts) -> str | None:
    """A review meeting is its organiser's record."""
    row = f.before if f.deleted else f.after
    if not can_run_meeting(f.actor):
        return "rapat evaluasi hanya dipimpin pejabat penilai atau admin"
    return (
        None
        if (row or {}).get("organiser_id") == f.actor.employee_id
        else "hanya pemimpin rapat yang boleh mengubahnya"
    )


def meeting_participant(f: Facts) -> str | None:
    """The organiser lists their own direct subordinates."""
    row = (f.before if f.deleted else f.after) or {}
    meeting = f.row("review_meeting", row.get("meeting_id"))
    if meeting is None or meeting.get("organiser_id") != f.actor.employee_id:
        return "hanya pemimpin rapat yang boleh mengubah peserta"
    employee = row.get("employee_id")
    if employee is None or f.supervisor_of(employee) != f.actor.employee_id:
        return "peserta rapat harus bawahan langsung pemimpin rapat"
    return None


def _supervisor_records(f: Facts) -> str | None:
    return None if _supervisor(f, f.subject()) else _SUPERVISOR


def worklog_comment(f: Facts) -> str | None:
    """Comments on a subordinate's work log, by the supervisor, in their own name; a comment on one
    entry goes when the pegawai deletes that entry."""
    if f.deleted and _owner(f) and (f.before or {}).get("entry_id") is not None:
        return None
    if not _supervisor(f, f.subject()):
        return _SUPERVISOR
    return None if _author_is(f, "author_id", f.actor.employee_id) else _SUPERVISOR


feedback_round = _supervisor_records
follow_up = _supervisor_records
follow_up_session = _supervisor_records


def feedback_rater(f: Facts) -> str | None:
    """The round's supervisor names the raters; each rater marks their own answers as sent."""
    if _supervisor(f, f.subject()):
        return None
    own = (f.before or {}).get("rater_id") == f.actor.employee_id
    if own and not f.deleted and _only(f, frozenset({"submitted_at"})):
        return None
    return "hanya atasan yang menyusun penilai; penilai hanya mengirim jawabannya sendiri"


def feedback_answer(f: Facts) -> str | None:
    """An answer is its rater's."""
    row = (f.before if f.deleted else f.after) or {}
    rater = f.row("feedback_rater", row.get("rater_row_id"))
    if rater is None or rater.get("rater_id") != f.actor.employee_id:
        return "jawaban hanya dapat diisi oleh penilainya sendiri"
    return None


def public_feedback(f: Facts) -> str | None:
    """Recorded by an admin, or by a penilai for their own unit and the units below it."""
    if not can_record_public_feedback(f.actor):
        return "umpan balik masyarakat dicatat oleh pejabat penilai atau admin"
    if _admin(f):
        return None
    row = (f.before if f.deleted else f.after) or {}
    unit, own, seen = row.get("unit_id"), f.unit_of(f.actor.employee_id), set()
    while isinstance(unit, str) and unit != own and unit not in seen:
        seen.add(unit)  # a cycle in the tree ends the walk
        unit = (f.row("unit", unit) or {}).get("parent_id")
    return None if isinstance(unit, str) and unit == own else "unit ini di luar wewenang pencatat"


_OWN_KEY = frozenset({"sealed_key", "passphrase_set_at"})
_IDENTITY = (
    "sertifikat tanda tangan diterbitkan dan disetujui admin; pemiliknya hanya mengganti frasa sandinya"
)


def signing_identity(f: Facts) -> str | None:
    """The admin issues and approves certificates; a person imports their own PKCS#12 (waiting,
    inactive, for an admin's approval) and is the only one who re-seals their own key."""
    before = f.before or {}
    if f.deleted:
        waiting = before.get("approved_by") is None
        return None if waiting and (_admin(f) or _owner(f)) else _IDENTITY
    if "approved_by" in f.changed and f.after.get("approved_by") != f.actor.user_id:
        return "persetujuan sertifikat hanya atas nama admin yang menyetujui"
    if f.before is None:
        if _admin(f):
            return None
        waiting = (
            f.after.get("source") == "pkcs12" and not f.after.get("approved_by") and not f.after.get("active")
        )
        return None if _owner(f) and waiting else _IDENTITY
    if f.changed & _OWN_KEY:
        return None if _owner(f) and _only(f, _OWN_KEY) else _IDENTITY
    return None if _admin(f) else _IDENTITY


def trust_anchor(f: Facts) -> str | None:
    """Only an admin adds, approves or removes a trust anchor, in their own name (``added_by``)."""
    if not _admin(f):
        return _ADMIN
    if "added_by" in f.changed and f.after.get("added_by") != f.actor.user_id:
        return "jangkar kepercayaan hanya ditambahkan atas nama admin itu sendiri"
    return None


def signed_document(f: Facts) -> str | None:
    """A signed form is recorded by the admin (archive export) or by the pegawai's penilai."""
    if f.deleted or f.before is not None:
        return "dokumen bertanda tangan tidak pernah berubah"
    if _admin(f):
        return None
    if f.after.get("employee_id") is None:
        return "dokumen unit dicatat oleh admin"
    return (
        None
        if _supervisor(f, f.subject()) or _owner(f)
        else "hanya penanda tangan dokumen yang boleh mencatatnya"
    )
