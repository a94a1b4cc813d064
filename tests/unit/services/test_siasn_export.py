"""SIASN export on the demo: every final evaluation as a body SIASN takes, validated by the JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from asn_desktop.domain.errors import PermissionDenied
from asn_desktop.resources import resource_path
from asn_desktop.services.context import AppContext
from asn_desktop.services.demo import build_demo
from asn_desktop.services.siasn_export import codes, export_siasn, siasn_records
from asn_desktop.store.models import AuditEvent


def _schema(name: str) -> dict:
    return json.loads(resource_path(f"siasn/{name}.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    from asn_desktop.services.workspace import init_workspace, login

    ws = init_workspace(
        tmp_path_factory.mktemp("siasn") / "ws",
        agency="Demo",
        admin_password="sandi-rahasia-1",
        passphrase="frasa",
        prefer_keyring=False,
    )
    build_demo(login(ws, "admin", "sandi-rahasia-1"), employees=40, seed=3, year=2026)
    yield ws
    ws.close()


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_annual_export_matches_the_schema_and_the_codes(demo, tmp_path: Path) -> None:
    ctx = AppContext.system(demo)
    records = export_siasn(ctx, year=2026, out=tmp_path / "out")
    sent = [r for r in records if r.body]
    assert sent, "the demo has final annual evaluations"
    validator = jsonschema.Draft202012Validator(_schema("skp22"))
    for r in sent:
        body = json.loads((tmp_path / "out" / r.filename).read_text(encoding="utf-8"))
        validator.validate(body)
        assert body == r.body
        assert list(body) == [
            "hasilKinerjaNilai",
            "perilakuKerjaNilai",
            "kuadranKinerjaNilai",
            "penilaiNipNrp",
            "penilaiNama",
            "penilaiGolongan",
            "penilaiJabatan",
            "penilaiUnorNama",
            "statusPenilai",
            "pnsDinilaiOrang",
            "tahun",
        ]
        assert body["kuadranKinerjaNilai"] in codes()["kuadran"].values()
        assert body["tahun"] == 2026
    review = load_workbook(tmp_path / "out" / "siasn-2026.xlsx").active
    rows = list(review.iter_rows(values_only=True))
    assert len(rows) == len(records) + 1
    assert {row[0] for row in rows[1:]} == {r.nip for r in records}


def test_periodic_export_matches_its_schema(org, tmp_path: Path) -> None:
    from tests.unit.services.test_history import _decide

    _decide(org, "2026-Q1", "di_atas", "sesuai")
    _decide(org, "2026-Q2", "sesuai", "sesuai", final=False)  # a draft is not sent
    records = export_siasn(org.admin, year=2026, period="Q1", out=tmp_path / "out")
    assert [(r.nip, r.service) for r in records] == [("199001012015031003", "kinerjaperiodik")]
    body = json.loads((tmp_path / "out" / records[0].filename).read_bytes())
    jsonschema.Draft202012Validator(_schema("kinerjaperiodik")).validate(body)
    assert (body["bulanMulaiPenilaian"], body["bulanSelesaiPenilaian"]) == (1, 3)
    assert (body["tahunMulaiPenilaian"], body["tahunSelesaiPenilaian"]) == (2026, 2026)
    assert body["periodikId"] == codes()["periodik"]["triwulan"]
    assert (body["hasilKinerjaNilai"], body["perilakuKerjaNilai"]) == (
        codes()["rating"]["di_atas"],
        codes()["rating"]["sesuai"],
    )
    assert body["kuadranKinerjaNilai"] == codes()["kuadran"]["baik"]
    assert (body["penilaiNipNrp"], body["penilaiNama"]) == ("198001012005012002", "Kasi Program")
    assert body["pnsDinilaiOrang"] == "199001012015031003"  # no PNS ID known: the NIP, and a note
    assert "PNS ID SIASN belum ada" in records[0].note
    assert export_siasn(org.admin, year=2026, period="Q2", out=tmp_path / "q2") == []


def test_reexport_is_idempotent_and_audited(demo, tmp_path: Path) -> None:
    ctx = AppContext.system(demo)
    out = tmp_path / "out"
    export_siasn(ctx, year=2026, out=out)
    first = _files(out)
    mtimes = {p: p.stat().st_mtime_ns for p in out.rglob("*.json")}
    export_siasn(ctx, year=2026, out=out)
    assert _files(out) == first
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.json")} == mtimes
    with demo.sessions() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "siasn.export")).all()
    details = json.loads(events[-1].details)
    assert details["files"] == len([n for n in first if n.endswith(".json")])
    assert events[-1].entity_id == "2026"


def test_only_hr_exports(org) -> None:
    with pytest.raises(PermissionDenied):
        siasn_records(org.ctx["kasi"], year=2026)
