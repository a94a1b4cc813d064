"""Who made each of the demo's rows: every demo change is signed by the person who would have made it.

The demo is written in bulk (thousands of employees in seconds), but another laptop that joins a
demo agency judges its changes like any others (``sync.authz``): an SKP drafted by its pegawai,
approved by the pejabat penilai; a rating set by the penilai, the self-assessment by the pegawai.
So the demo's rows are logged as the steps a person would have taken, in that order, each step
signed by its author. The rows themselves are inserted in their final state.

Every demo user gets a key sealed with the demo password; ``DemoSealer`` derives the sealing key
once for all of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from asn_desktop.security.kdf import Sealer
from asn_desktop.security.userkeys import DemoSealer, UserKey
from asn_desktop.store import models as m

__all__ = ["DemoAuthors", "demo_entries"]

Entry = tuple[str, str, dict[str, Any], UserKey]
Rows = dict[type[m.Synced], list[dict[str, Any]]]


@dataclass
class DemoAuthors:
    """The admin's key, and a key for each demo user (by their employee)."""

    admin: UserKey
    password: str
    keys: dict[str, UserKey] = field(default_factory=dict)  # employee id → key of their user
    supervisor: dict[str, str | None] = field(default_factory=dict)

    def give_keys(self, users: list[dict[str, Any]], sealer: Sealer | None = None) -> None:
        """A key pair per user row (sealed with the demo password), written into the rows."""
        demo = DemoSealer(self.password, sealer)
        for user in users:
            key, public, sealed = demo.new_key()
            user["public_key"], user["sealed_key"], user["pending_key"] = public, sealed, None
            if user.get("employee_id"):
                self.keys[user["employee_id"]] = UserKey(user["id"], key)

    def of(self, employee_id: str | None) -> UserKey:
        """The key of that employee's user; the admin's for nobody's (a top official's rater)."""
        return self.keys.get(employee_id or "", self.admin)

    def rater(self, employee_id: str) -> UserKey:
        """Who rates that employee: their supervisor, or the admin for the top of the tree."""
        return self.of(self.supervisor.get(employee_id))


def _fields(row: dict[str, Any], **override: Any) -> dict[str, Any]:
    out = {k: v for k, v in row.items() if k != "id"}
    out.update(override)
    return out


class _Owners:
    """Row id → owning employee, through the parent chains the demo built."""

    def __init__(self, rows: Rows) -> None:
        self.skp = {r["id"]: r["employee_id"] for r in rows.get(m.Skp, [])}
        self.rhk = {r["id"]: self.skp[r["skp_id"]] for r in rows.get(m.Rhk, [])}
        self.ind = {r["id"]: self.rhk[r["rhk_id"]] for r in rows.get(m.Indicator, [])}
        self.real = {r["id"]: self.ind[r["indicator_id"]] for r in rows.get(m.Realisation, [])}
        self.rounds = {r["id"]: r["employee_id"] for r in rows.get(m.FeedbackRound, [])}
        self.raters = {r["id"]: self.rounds[r["round_id"]] for r in rows.get(m.FeedbackRater, [])}
        self.follow = {r["id"]: r["employee_id"] for r in rows.get(m.FollowUp, [])}
        self.meetings = {r["id"]: r["organiser_id"] for r in rows.get(m.ReviewMeeting, [])}

    def all(self, rows: Rows) -> dict[str, str]:
        out = {**self.skp, **self.rhk, **self.ind, **self.real, **self.rounds, **self.raters, **self.follow}
        out.update({r["id"]: self.skp[r["skp_id"]] for r in rows.get(m.RoleMatrixEntry, [])})
        out.update(self.meetings)
        for model in (m.Assessment, m.Feedback, m.WorklogEntry, m.WorklogComment, m.SigningIdentity):
            out.update({r["id"]: r["employee_id"] for r in rows.get(model, []) if r.get("employee_id")})
        for r in rows.get(m.Evidence, []):
            out[r["id"]] = self.real[r["realisation_id"]]
        for r in rows.get(m.FeedbackAnswer, []):
            out[r["id"]] = self.raters[r["rater_row_id"]]
        for r in rows.get(m.FollowUpSession, []):
            out[r["id"]] = self.follow[r["follow_up_id"]]
        for r in rows.get(m.MeetingParticipant, []):
            out[r["id"]] = self.meetings[r["meeting_id"]]
        return out


def _table(model: type[m.Synced]) -> str:
    return str(model.__table__.name)  # type: ignore[attr-defined]


def _simple(rows: Rows, model: type[m.Synced], author: Any) -> Iterable[Entry]:
    for r in rows.get(model, []):
        yield _table(model), r["id"], _fields(r), author(r)


def _plan(rows: Rows, a: DemoAuthors, own: _Owners) -> Iterable[Entry]:
    """The SKP cycle: drafted, filled in, expectations set, submitted, approved."""
    skps = rows.get(m.Skp, [])
    for s in skps:
        draft = _fields(
            s, status="draft", submitted_at=None, approved_at=None, content_hash=None, end_on=None
        )
        yield "skp", s["id"], draft, a.of(s["employee_id"])
    yield from _simple(rows, m.Rhk, lambda r: a.of(own.rhk[r["id"]]))
    yield from _simple(rows, m.Indicator, lambda r: a.of(own.ind[r["id"]]))
    yield from _simple(rows, m.BehaviourExpectation, lambda r: a.rater(own.skp[r["skp_id"]]))
    for s in skps:
        if s["status"] in ("submitted", "approved"):
            yield (
                "skp",
                s["id"],
                {"status": "submitted", "submitted_at": s["submitted_at"]},
                a.of(s["employee_id"]),
            )
    for s in skps:
        if s["status"] == "approved":
            review = {k: s[k] for k in ("approved_at", "review_note", "content_hash")}
            yield "skp", s["id"], {"status": "approved", **review}, a.rater(s["employee_id"])


_SELF = ("self_rating_hasil", "self_note")
_RATINGS = ("rating_hasil", "rating_perilaku", "predikat", "notes")


def _assessments(rows: Rows, a: DemoAuthors) -> Iterable[Entry]:
    """Opened by the pegawai's self-assessment, rated by the penilai, then made final."""
    items = rows.get(m.Assessment, [])
    keep = ("employee_id", "period_key", "assessor_id", "skp_id", *_SELF)
    for r in items:
        yield "assessment", r["id"], {"status": "draft", **{k: r[k] for k in keep}}, a.of(r["employee_id"])
    for r in items:
        yield "assessment", r["id"], {k: r[k] for k in _RATINGS}, a.rater(r["employee_id"])
    for r in items:
        if r["status"] in ("final", "signed"):
            done = {"status": "final", "finalized_at": r["finalized_at"]}
            yield "assessment", r["id"], done, a.rater(r["employee_id"])


def _feedback360(rows: Rows, a: DemoAuthors, own: _Owners) -> Iterable[Entry]:
    """Rounds opened with their raters, answered by each rater, then closed."""
    rounds, raters = rows.get(m.FeedbackRound, []), rows.get(m.FeedbackRater, [])
    for r in rounds:
        opened = _fields(r, status="open", closed_at=None)
        yield "feedback_round", r["id"], opened, a.rater(r["employee_id"])
    for r in raters:
        yield "feedback_rater", r["id"], _fields(r, submitted_at=None), a.rater(own.raters[r["id"]])
    rater_of = {r["id"]: r["rater_id"] for r in raters}
    yield from _simple(rows, m.FeedbackAnswer, lambda r: a.of(rater_of[r["rater_row_id"]]))
    for r in raters:
        if r.get("submitted_at") is not None:
            yield "feedback_rater", r["id"], {"submitted_at": r["submitted_at"]}, a.of(r["rater_id"])
    for r in rounds:
        if r["status"] != "open":
            yield (
                "feedback_round",
                r["id"],
                {k: r[k] for k in ("status", "closed_at")},
                a.rater(r["employee_id"]),
            )


def _mutasi(rows: Rows) -> dict[str, tuple[dict[str, Any], dict[str, Any], str | None]]:
    """employee id → (SKP a mutasi closed, the SKP for the rest of the year, the new supervisor)."""
    skps = rows.get(m.Skp, [])
    employees = {e["id"]: e for e in rows.get(m.Employee, [])}
    out = {}
    for old in skps:
        if old.get("end_on") is None:
            continue
        new = next(
            s
            for s in skps
            if s["employee_id"] == old["employee_id"] and s["year"] == old["year"] and s.get("start_on")
        )
        out[old["employee_id"]] = (old, new, employees[old["employee_id"]].get("supervisor_id"))
    return out


def _without_skps(rows: Rows, skp_ids: set[str]) -> Rows:
    """The rows minus those SKPs with their RHK and indicators (logged at another moment)."""
    rhk = {r["id"] for r in rows.get(m.Rhk, []) if r["skp_id"] in skp_ids}
    out = dict(rows)
    out[m.Skp] = [s for s in rows.get(m.Skp, []) if s["id"] not in skp_ids]
    out[m.Rhk] = [r for r in rows.get(m.Rhk, []) if r["id"] not in rhk]
    out[m.Indicator] = [i for i in rows.get(m.Indicator, []) if i["rhk_id"] not in rhk]
    out[m.BehaviourExpectation] = [
        e for e in rows.get(m.BehaviourExpectation, []) if e["skp_id"] not in skp_ids
    ]
    return out


def demo_entries(rows: Rows, a: DemoAuthors) -> tuple[list[Entry], dict[str, str]]:
    """The demo's change log in the order people would have written it, and each row's owner."""
    admin = lambda _r: a.admin  # noqa: E731 - one author for the whole table
    for emp in rows.get(m.Employee, []):
        a.supervisor[emp["id"]] = emp.get("supervisor_id")
    moved = _mutasi(rows)
    for emp_id, (old, _new, _sup) in moved.items():
        a.supervisor[emp_id] = old["penilai_id"]  # who rated him until the mutasi
    for fb in rows.get(m.Feedback, []):
        if fb.get("author_user_id") is None:  # the demo's feedback is the supervisor's, in their name
            fb["author_user_id"] = a.rater(fb["employee_id"]).user_id
    own = _Owners(rows)
    entries: list[Entry] = []
    entries.extend(_simple(rows, m.Unit, admin))
    entries.extend(_simple(rows, m.Position, admin))
    entries.extend(
        ("employee", r["id"], _fields(r, supervisor_id=moved[r["id"]][0]["penilai_id"]), a.admin)
        if r["id"] in moved
        else ("employee", r["id"], _fields(r), a.admin)
        for r in rows.get(m.Employee, [])
    )
    for model in (
        m.User,
        m.OrgPredikat,
        m.OrgPredikatPeriod,
        m.PositionCompetency,
        m.TrustAnchor,
    ):
        entries.extend(_simple(rows, model, admin))
    entries.extend(_simple(rows, m.SigningIdentity, admin))
    later = {new["id"] for _old, new, _sup in moved.values()}
    entries.extend(_plan(_without_skps(rows, later), a, own))
    entries.extend(_simple(rows, m.RoleMatrixEntry, lambda r: a.of(own.skp[r["skp_id"]])))
    entries.extend(_simple(rows, m.Realisation, lambda r: a.of(own.real[r["id"]])))
    entries.extend(_simple(rows, m.Evidence, lambda r: a.of(own.real[r["realisation_id"]])))
    entries.extend(_simple(rows, m.Feedback, lambda r: a.rater(r["employee_id"])))
    entries.extend(_assessments(rows, a))
    entries.extend(_simple(rows, m.Objection, lambda r: a.of(r["employee_id"])))  # filed, not decided
    entries.extend(_simple(rows, m.ReviewMeeting, lambda r: a.of(r["organiser_id"])))
    entries.extend(_simple(rows, m.MeetingParticipant, lambda r: a.of(own.meetings[r["meeting_id"]])))
    entries.extend(_simple(rows, m.WorklogEntry, lambda r: a.of(r["employee_id"])))
    entries.extend(_simple(rows, m.WorklogComment, lambda r: a.of(r["author_id"])))
    entries.extend(_feedback360(rows, a, own))
    entries.extend(_simple(rows, m.PublicFeedback, admin))
    entries.extend(_simple(rows, m.FollowUp, lambda r: a.rater(r["employee_id"])))
    entries.extend(_simple(rows, m.FollowUpSession, lambda r: a.rater(own.follow[r["follow_up_id"]])))
    for emp_id, (old, new, sup) in moved.items():  # the admin's mutasi, then the new SKP
        entries.append(("skp", old["id"], {"end_on": old["end_on"]}, a.admin))
        entries.append(("employee", emp_id, {"supervisor_id": sup}, a.admin))
        a.supervisor[emp_id] = sup
        entries.extend(_plan(_without_skps(rows, {s["id"] for s in rows[m.Skp]} - {new["id"]}), a, own))
    logged = {t for t, *_ in entries}
    missing = [_table(model) for model, items in rows.items() if items and _table(model) not in logged]
    if missing:  # a row nobody signed would never reach another laptop
        raise ValueError(f"demo rows without an author: {missing}")
    return entries, own.all(rows)
