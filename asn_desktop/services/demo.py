"""A realistic demo agency: the default workspace of the app and the data benchmarks use.

Units in a tree (kepala, bidang, seksi), supervisors, valid NIPs, SKPs whose RHK cascade from
the supervisor's, realisations with small evidence files, feedback, ratings, meeting minutes.
Rows are written in bulk (``sync.changelog.bulk_insert``) so that 10,000 employees take seconds;
each row still gets its change-log entry, so a demo workspace syncs like any other. The demo
signs out of the box: its CA and every employee's certificate come from ``demo_pki``.
"""

from __future__ import annotations

import json
import random
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from asn_desktop.domain.berakhlak import CORE_VALUES
from asn_desktop.domain.ids import new_id
from asn_desktop.domain.nip import parse_nip
from asn_desktop.domain.period import Period, PeriodKind, periods_of_year
from asn_desktop.domain.permissions import Role
from asn_desktop.domain.target import parse_target
from asn_desktop.progress import ProgressSink, null_progress
from asn_desktop.resources import resource_path
from asn_desktop.security.kdf import Sealer
from asn_desktop.security.passwords import hash_password
from asn_desktop.services import (
    demo_competency,
    demo_judge,
    demo_matrix,
    demo_mutasi,
    demo_outreach,
    demo_pki,
    demo_worklog,
)
from asn_desktop.services.agency import set_agency
from asn_desktop.services.context import AppContext, Workspace
from asn_desktop.services.demo_authors import DemoAuthors, demo_entries
from asn_desktop.services.demo_credentials import DEMO_PASSPHRASE, DEMO_PASSWORD
from asn_desktop.services.signing import agency_name, keep_ca_key, refresh_trust_store, seal_params
from asn_desktop.services.unit_of_work import unit_of_work
from asn_desktop.services.workspace import login
from asn_desktop.store import models as m
from asn_desktop.sync.changelog import insert_rows, record_entries

__all__ = ["DEMO_MARK", "DEMO_PASSPHRASE", "DEMO_PASSWORD", "build_demo", "is_demo"]

DEMO_MARK = "workspace.demo"


def is_demo(ws: Workspace) -> bool:
    """Whether this is the demo workspace (whose users all have the demo password)."""
    with ws.sessions() as session:
        return session.get(m.Meta, DEMO_MARK) is not None


DemoRows = dict[type[m.Synced], list[dict[str, Any]]]
# Each part beyond the annual form seeds its demo rows here (see build_demo).
# Competencies first: the follow-ups' training recommendations may point at them.
_EXTRA_SEEDERS: list[Callable[[DemoRows, random.Random, datetime, int], None]] = [
    demo_competency.seed,
    demo_worklog.seed,
    demo_outreach.seed,
    demo_matrix.seed,
    demo_mutasi.seed,
]

DEMO_CITY = "Kota Contoh"
GOLONGAN = [
    ("Penata Muda", "III/a"),
    ("Penata Muda Tingkat I", "III/b"),
    ("Penata", "III/c"),
    ("Penata Tingkat I", "III/d"),
    ("Pembina", "IV/a"),
    ("Pembina Tingkat I", "IV/b"),
]


@dataclass
class _Rows:
    by_model: dict[type[m.Synced], list[dict[str, Any]]] = field(default_factory=dict)

    def add(self, model: type[m.Synced], **values: Any) -> str:
        values.setdefault("id", new_id())
        self.by_model.setdefault(model, []).append(values)
        return str(values["id"])


def _png(rng: random.Random) -> bytes:
    width = height = 8
    raw = b"".join(b"\x00" + bytes(rng.randrange(256) for _ in range(width * 3)) for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    )


def _pdf(title: str) -> bytes:
    return (
        f"%PDF-1.4\n% Bukti dukung: {title}\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    ).encode()


class _NipMaker:
    def __init__(self, rng: random.Random, year: int) -> None:
        self.rng, self.year, self.used = rng, year, set[str]()

    def make(self, *, senior: bool) -> tuple[str, str]:
        rng = self.rng
        while True:
            birth = date(
                rng.randint(1966, 1980) if senior else rng.randint(1970, 1998),
                rng.randint(1, 12),
                rng.randint(1, 28),
            )
            gender = rng.choice("12")
            if not senior and rng.random() < 0.12:  # a PPPK: appointment year and a 2-digit code
                text = (
                    f"{birth:%Y%m%d}{rng.randint(max(2019, birth.year + 22), self.year - 1)}"
                    f"{rng.choice(['21', '24'])}{gender}{rng.randint(1, 999):03d}"
                )
            else:
                tmt_year = min(birth.year + rng.randint(22, 30), self.year - 1)
                text = f"{birth:%Y%m%d}{tmt_year}{rng.randint(1, 12):02d}{gender}{rng.randint(1, 999):03d}"
            if text not in self.used:
                self.used.add(text)
                return text, parse_nip(text).kind


def _as_demo_admin(ctx: AppContext) -> AppContext:
    """The demo is written by its admin, whose key signs it.

    A demo workspace's admin always has the demo password, so the command line's key-holder
    context logs in as them. The workspace is marked as a demo: its passwords are public
    (README), so the command line may act as its admin without asking.
    """
    ws = ctx.workspace
    with ws.sessions() as session, session.begin():
        session.merge(m.Meta(key=DEMO_MARK, value="1"))
    return ctx if ctx.signer is not None else login(ws, "admin", DEMO_PASSWORD)


def build_demo(
    ctx: AppContext,
    *,
    employees: int = 60,
    seed: int = 1,
    year: int = 2026,
    progress: ProgressSink = null_progress,
    workspace_passphrase: str | None = None,
) -> dict[str, int]:
    """Fill an empty workspace (made by ``init_workspace``) with a demo agency.

    The demo's signing CA key is kept with the workspace secrets when they can be saved: in the
    keyring, or in ``keys.enc`` when ``workspace_passphrase`` is given. Without it the demo still
    signs (the users' keys are in the database); only issuing new certificates needs the CA key.
    """
    if employees < 3:
        raise ValueError("the demo needs at least 3 employees")
    rng = random.Random(seed)
    names = json.loads(resource_path("demo/names.json").read_text(encoding="utf-8"))
    rows = _Rows()
    ctx = _as_demo_admin(ctx)
    ws = ctx.workspace
    now = ws.now().replace(microsecond=0)
    nips = _NipMaker(rng, year)
    pwd_hash = hash_password(DEMO_PASSWORD)

    def person(unit_id: str, position_id: str, supervisor: str | None, *, senior: bool, role: Role) -> str:
        nip, kind = nips.make(senior=senior)
        gender_digit = nip[14]
        first = rng.choice(names["first_l"] if gender_digit == "1" else names["first_p"])
        pangkat, gol = rng.choice(GOLONGAN[3:] if senior else GOLONGAN[:4])
        emp = rows.add(
            m.Employee,
            nip=nip,
            employee_type=kind,
            name=f"{first} {rng.choice(names['last'])}",
            pangkat=pangkat if kind == "PNS" else None,
            golongan=gol if kind == "PNS" else None,
            position_id=position_id,
            unit_id=unit_id,
            supervisor_id=supervisor,
            email=None,
            active=True,
        )
        rows.add(m.User, username=nip, password_hash=pwd_hash, role=role.value, employee_id=emp, active=True)
        return emp

    def unit(name: str, parent: str | None, kind: str, staff_kind: str) -> tuple[str, str, str]:
        uid = rows.add(m.Unit, agency_id=ws.agency_id, parent_id=parent, name=name, code=None)
        lead = rows.add(
            m.Position, unit_id=uid, name=f"Kepala {name}", kind=kind, leads_unit=True, jf_jenjang=None
        )
        # A jabatan fungsional has a jenjang: its angka kredit koefisien (Peraturan BKN 3/2023).
        jenjang = (
            rng.choice(["ahli_pertama", "ahli_pertama", "ahli_muda"]) if staff_kind == "fungsional" else None
        )
        title = (
            f"Analis {name}" + {None: "", "ahli_pertama": " Ahli Pertama", "ahli_muda": " Ahli Muda"}[jenjang]
        )
        staff = rows.add(
            m.Position, unit_id=uid, name=title, kind=staff_kind, leads_unit=False, jf_jenjang=jenjang
        )
        return uid, lead, staff

    # The organisation: a head, bidang under the head, six seksi under each bidang, staff in seksi.
    n_bidang = max(1, round(employees / 120))
    n_seksi = 6 if employees >= 60 else 1
    root, root_lead, _ = unit("Kantor Kepala Badan", None, "jpt", "pelaksana")
    head = person(root, root_lead, None, senior=True, role=Role.PENILAI)
    leaders: list[tuple[str, str, str]] = []  # (employee, unit, supervisor)
    seksi_units: list[tuple[str, str, str]] = []  # (unit, staff position, head)
    for b in range(n_bidang):
        bname = f"Bidang {names['bidang'][b % len(names['bidang'])]}" + (
            f" {b // len(names['bidang']) + 1}" if b >= len(names["bidang"]) else ""
        )
        buid, blead, _ = unit(bname, root, "administrator", "pelaksana")
        kabid = person(buid, blead, head, senior=True, role=Role.PENILAI)
        leaders.append((kabid, buid, head))
        for s in range(n_seksi):
            suid, slead, sstaff = unit(
                f"Seksi {names['seksi'][s % len(names['seksi'])]} {bname[7:]}",
                buid,
                "pengawas",
                rng.choice(["pelaksana", "fungsional"]),
            )
            kasi = person(suid, slead, kabid, senior=True, role=Role.PENILAI)
            leaders.append((kasi, suid, kabid))
            seksi_units.append((suid, sstaff, kasi))
    staff: list[tuple[str, str, str]] = []
    for i in range(max(0, employees - 1 - len(leaders))):
        suid, sstaff, kasi = seksi_units[i % len(seksi_units)]
        staff.append((person(suid, sstaff, kasi, senior=False, role=Role.PEGAWAI), suid, kasi))
    progress(1, 4, "Struktur organisasi")
    set_agency(ctx, city=DEMO_CITY)  # the place every form's closing prints

    _plans(rows, rng, names, year, now, [(head, root, "")], leaders, staff, ctx)
    # Parts beyond the form add their rows to the same bulk insert, each from its own module:
    # seed(rows_by_model, rng, now, year), reading what the demo made so far from rows_by_model.
    for seed_part in _EXTRA_SEEDERS:
        seed_part(rows.by_model, rng, now, year)
    progress(2, 4, "SKP, realisasi, umpan balik")

    _store(ctx, rows, progress, workspace_passphrase, audit={"employees": employees, "seed": seed})
    progress(4, 4, "Selesai")
    return {model.__tablename__: len(r) for model, r in rows.by_model.items()}  # type: ignore[attr-defined]


_BULK_ORDER: tuple[type[m.Synced], ...] = (
    m.Unit,
    m.Position,
    m.Employee,
    m.User,
    m.Skp,
    m.Rhk,
    m.Indicator,
    m.BehaviourExpectation,
    m.Realisation,
    m.Evidence,
    m.Feedback,
    m.Assessment,
    m.Objection,
    m.RoleMatrixEntry,
    m.ReviewMeeting,
    m.MeetingParticipant,
    m.OrgPredikat,
    m.OrgPredikatPeriod,
    m.PositionCompetency,
    m.WorklogEntry,
    m.WorklogComment,
    m.FeedbackRound,
    m.FeedbackRater,
    m.FeedbackAnswer,
    m.PublicFeedback,
    m.FollowUp,
    m.FollowUpSession,
    m.TrustAnchor,
    m.SigningIdentity,
)


def _store(
    ctx: AppContext,
    rows: _Rows,
    progress: ProgressSink,
    workspace_passphrase: str | None,
    *,
    audit: dict[str, Any],
) -> None:
    """Certificates for everyone, then every row in one transaction (parents before children).

    The rows are logged as the steps their people would have taken, each signed by its author
    (``demo_authors``), so another laptop that joins the demo judges them like any others.
    """
    ws = ctx.workspace
    assert ctx.signer is not None
    # Every demo key — login and signing — is sealed with the demo password: one derivation.
    sealer = Sealer(DEMO_PASSWORD, params=seal_params())
    with unit_of_work(ctx, "demo.build") as uow:
        ca = demo_pki.seed(
            rows.by_model,
            agency=agency_name(uow.session, ws),
            now=ws.now().replace(microsecond=0),
            password=DEMO_PASSWORD,
            admin_id=ctx.actor.user_id,
            sealer=sealer,
        )
        progress(3, 4, "Sertifikat tanda tangan")
        authors = DemoAuthors(admin=ctx.signer, password=DEMO_PASSWORD)
        authors.give_keys(rows.by_model.get(m.User, []), sealer)
        entries, owners = demo_entries(rows.by_model, authors)
        for model in _BULK_ORDER:
            insert_rows(uow.session, model, rows.by_model.get(model, []))
        record_entries(
            uow.session, entries, ws.clock, ws.device_id, workspace_id=ws.workspace_id, owners=owners
        )
        uow.audit("agency", ws.agency_id, **audit)
        if ws.key_backend != "passphrase" or workspace_passphrase:
            keep_ca_key(ws, ca, workspace_passphrase)
    refresh_trust_store(ctx)


def _plans(
    rows: _Rows,
    rng: random.Random,
    names: dict[str, Any],
    year: int,
    now: datetime,
    top: list[tuple[str, str, str]],
    leaders: list[tuple[str, str, str]],
    staff: list[tuple[str, str, str]],
    ctx: AppContext,
) -> None:
    """SKPs cascading down the tree, realisations with evidence, feedback, ratings, meetings."""
    blobs = [(f"laporan_{i}.pdf", "application/pdf", _pdf(f"laporan {i}")) for i in range(6)]
    blobs += [(f"foto_kegiatan_{i}.png", "image/png", _png(rng)) for i in range(6)]
    stored = [(fn, mime, len(data), ctx.workspace.blobs.put(data)) for fn, mime, data in blobs]
    quarters = [
        p for p in periods_of_year(year, PeriodKind.QUARTERLY) if p.end < now.date()
    ] or periods_of_year(year, PeriodKind.QUARTERLY)[:1]
    rhk_of: dict[str, list[str]] = {}
    unit_name = {r["id"]: r["name"] for r in rows.by_model[m.Unit]}
    approved = now - timedelta(days=300)
    org = demo_judge.org_predikat(rows.add, rng, list(unit_name), year, quarters[-1])
    led = {uid for _emp, uid, _boss in [*top, *leaders]}

    for emp, uid, boss in [*top, *leaders, *staff]:
        is_leader = (emp, uid, boss) not in staff
        status = "approved" if rng.random() < 0.9 or is_leader else rng.choice(["draft", "submitted"])
        # Most SKPs are kuantitatif here (numbers and bars); a share is kualitatif with text targets.
        approach = "kuantitatif" if is_leader or rng.random() < 0.6 else "kualitatif"
        skp = rows.add(
            m.Skp,
            employee_id=emp,
            year=year,
            version=1,
            status=status,
            approach=approach,
            penilai_id=boss or None,
            previous_id=None,
            submitted_at=approved if status != "draft" else None,
            approved_at=approved if status == "approved" else None,
            review_note=None,
            lampiran_sumber_daya="Anggaran DIPA unit; sarana kerja kantor",
            lampiran_skema="Laporan berkala kepada pejabat penilai",
            lampiran_konsekuensi="Sesuai ketentuan disiplin dan kinerja",
            content_hash=None,
        )
        templates = names["rhk_leader"] if is_leader else names["rhk_staff"]
        rhk_of[emp] = []
        for pos in range(rng.randint(2, 3)):
            parent = rng.choice(rhk_of[boss]) if boss and rhk_of.get(boss) else None
            kind = "utama" if pos < 2 or not boss else "tambahan"
            rhk = rows.add(
                m.Rhk,
                skp_id=skp,
                kind=kind,
                text=rng.choice(templates).format(u=unit_name[uid].lower()),
                parent_rhk_id=parent if kind == "utama" else None,
                perspektif=None,
                position=pos,
            )
            rhk_of[emp].append(rhk)
            pool = names["indicator"] if approach == "kuantitatif" else names["indicator_kualitatif"]
            for ipos, (aspect, text, target) in enumerate(rng.sample(pool, 2)):
                t = parse_target(target, numeric_required=approach == "kuantitatif")
                ind = rows.add(
                    m.Indicator,
                    rhk_id=rhk,
                    aspect=aspect,
                    text=text,
                    target_value=t.value,
                    target_unit=t.unit,
                    target_text=t.text,
                    position=ipos,
                )
                if status == "approved":
                    _realise(
                        rows,
                        rng,
                        (ind, t.value, names["realisasi_kualitatif"]),
                        quarters,
                        emp,
                        now,
                        stored,
                        first=pos == 0 and ipos == 0,
                    )
        if boss:
            cv = rng.choice(CORE_VALUES)
            rows.add(
                m.BehaviourExpectation,
                skp_id=skp,
                core_value=cv.key,
                expectation=f"Menunjukkan perilaku {cv.label.lower()} dalam setiap layanan",
            )
            locked = org[uid] if uid in led and is_leader else None
            demo_judge.judge(
                rows.add, rng, emp, boss, skp if status == "approved" else None, year, now, quarters, locked
            )
    _meetings(rows, rng, leaders, staff, quarters, now)


def _realise(
    rows: _Rows,
    rng: random.Random,
    indicator: tuple[str, float | None, list[str]],
    quarters: list[Period],
    emp: str,
    now: datetime,
    stored: list[tuple[str, str, int, str]],
    *,
    first: bool,
) -> None:
    ind, target, texts = indicator
    for q in quarters:
        value = round((target or 1) / 4 * rng.uniform(0.7, 1.3), 1) if target else None
        real = rows.add(
            m.Realisation,
            indicator_id=ind,
            period_key=q.key,
            value=value,
            text=None if value is not None else rng.choice(texts),
            note=None,
            recorded_by=emp,
            recorded_at=now,
        )
        if first:
            fn, mime, size, sha = rng.choice(stored)
            rows.add(
                m.Evidence,
                realisation_id=real,
                filename=fn,
                mime=mime,
                size=size,
                sha256=sha,
                description="Bukti dukung triwulan",
                uploaded_by=emp,
                uploaded_at=now,
            )


def _meetings(
    rows: _Rows,
    rng: random.Random,
    leaders: list[tuple[str, str, str]],
    staff: list[tuple[str, str, str]],
    quarters: list[Period],
    now: datetime,
) -> None:
    team: dict[str, list[str]] = {}
    for emp, _uid, boss in staff:
        team.setdefault(boss, []).append(emp)
    for kasi, _uid, _boss in leaders:
        members = team.get(kasi)
        if not members:
            continue
        meeting = rows.add(
            m.ReviewMeeting,
            organiser_id=kasi,
            held_on=now.date() - timedelta(days=rng.randint(1, 60)),
            period_key=quarters[-1].key,
            place="Ruang rapat seksi",
            minutes="Pembahasan capaian triwulan dan kendala pelaksanaan.",
            decisions="Percepat penyelesaian dokumen yang tertunda.",
        )
        for emp in members[:12]:
            rows.add(m.MeetingParticipant, meeting_id=meeting, employee_id=emp, note=None)
