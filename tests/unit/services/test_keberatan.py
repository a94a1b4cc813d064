"""Issue 13, keberatan end to end: the atasan pejabat penilai opens and decides; a changed result is
a new version, the old kept; the predikat follows; the forms print the decision; final once decided."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from asn_desktop.domain.errors import DomainError, PermissionDenied
from asn_desktop.errors import ValidationFailed
from asn_desktop.services import assessment as asm
from asn_desktop.services import employees as emp_svc
from asn_desktop.services import export, signing
from asn_desktop.services import objection as obj_svc
from asn_desktop.services.history import predikat_history
from asn_desktop.store.models import Assessment, SignedDocument
from tests.conftest import PASSPHRASE
from tests.unit.forms.helpers import STAFF1, exported_text, staff_skp
from tests.unit.pdf.tools import pdf_stream_text

KEY = "kunci-ttd-1"


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def _final(org, hasil: str = "di_bawah", perilaku: str = "sesuai") -> str:
    asm.assess(
        org.ctx["kasi"],
        employee_id=org.staff1,
        period_key="2026",
        rating_hasil=hasil,
        rating_perilaku=perilaku,
    )
    view = asm.get_assessment(org.ctx["kasi"], employee_id=org.staff1, period_key="2026")
    asm.finalize_assessment(org.ctx["kasi"], assessment_id=view.id)
    return view.id


def test_granted_keberatan_makes_a_new_version_and_the_forms_print_it(org, tmp_path: Path) -> None:
    staff_skp(org)
    first = _final(org)
    head = org.ctx["head"]
    with pytest.raises(PermissionDenied):  # finding: before any keberatan, the atasan cannot open it
        asm.get_assessment(head, employee_id=org.staff1, period_key="2026")
    assert obj_svc.objection_deadline_of(org.ctx["staff1"], assessment_id=first) is not None
    obj_svc.file_objection(
        org.ctx["staff1"], assessment_id=first, text="Bukti dukung triwulan III belum dipertimbangkan"
    )
    opened = asm.get_assessment(head, employee_id=org.staff1, period_key="2026")  # now he can
    assert opened.id == first
    assert [o.text for o in obj_svc.objections_to_decide(head)] == [
        "Bukti dukung triwulan III belum dipertimbangkan"
    ]
    assert obj_svc.objections_to_decide(org.ctx["kasi"]) == []
    with pytest.raises(DomainError, match="memerlukan Rating"):
        asm.decide_objection(head, assessment_id=first, decision="Dikabulkan", outcome="dikabulkan")
    with pytest.raises(PermissionDenied):
        asm.reopen_assessment(org.ctx["staff1"], assessment_id=first)
    with pytest.raises(ValidationFailed, match="sudah diajukan keberatan"):
        asm.reopen_assessment(org.ctx["kasi"], assessment_id=first)
    second = asm.decide_objection(
        head,
        assessment_id=first,
        decision="Bukti dukung diterima; hasil kerja sesuai ekspektasi.",
        outcome="dikabulkan",
        rating_hasil="sesuai",
        rating_perilaku="sesuai",
    )
    assert second != first
    now = asm.get_assessment(org.ctx["staff1"], employee_id=org.staff1, period_key="2026")
    assert (now.id, now.version, now.previous_id, now.predikat, now.status) == (
        second,
        2,
        first,
        "baik",
        "final",
    )
    with org.ws.sessions() as s:
        old = s.get_one(Assessment, first)
        assert (old.rating_hasil, old.predikat, old.status) == ("di_bawah", "butuh_perbaikan", "final"), (
            "kept"
        )
    assert [p.predikat for p in predikat_history(org.ctx["staff1"], employee_id=org.staff1)] == ["baik"]
    # final once decided: no second decision, no reopening, no second keberatan
    with pytest.raises(ValidationFailed, match="bersifat final"):
        asm.decide_objection(head, assessment_id=first, decision="Lagi")
    with pytest.raises(ValidationFailed, match="bersifat final"):
        asm.reopen_assessment(org.ctx["kasi"], assessment_id=second)
    with pytest.raises(ValidationFailed, match="bersifat final"):
        obj_svc.file_objection(org.ctx["staff1"], assessment_id=second, text="Lagi")
    with pytest.raises(ValidationFailed, match="sudah diajukan"):
        obj_svc.file_objection(org.ctx["staff1"], assessment_id=first, text="Lagi")
    for form in ("evaluasi", "dokumen"):
        text = _flat(exported_text(org, tmp_path, nip=STAFF1, form=form))
        assert "KEBERATAN" in text, form
        assert "Bukti dukung triwulan III belum dipertimbangkan" in text
        assert (
            "Dikabulkan: Rating Hasil Kerja Sesuai Ekspektasi, Rating Perilaku Kerja Sesuai Ekspektasi, Predikat Baik"
            in text
        )
        assert "Kepala Dinas (NIP 19700101 200003 1 001)" in text
        assert "Predikat Kinerja Pegawai Baik" in text or "PREDIKAT KINERJA PEGAWAI Baik" in text
    evaluasi = _flat(exported_text(org, tmp_path, nip=STAFF1, form="evaluasi"))
    assert "Versi 2: hasil keputusan keberatan; menggantikan versi 1" in evaluasi
    # the atasan can open the form of the assessment he decided
    out = tmp_path / "atasan.pdf"
    export.export_form(head, nip=STAFF1, year=2026, form="evaluasi", out=out)
    assert "KEBERATAN" in _flat("\n".join(pdf_stream_text(out)))


def test_rejected_keberatan_keeps_the_result_and_counts_once(org, tmp_path: Path) -> None:
    staff_skp(org)
    first = _final(org, hasil="sesuai", perilaku="di_atas")
    obj_svc.file_objection(org.ctx["staff1"], assessment_id=first, text="Perilaku layak sangat baik")
    assert (
        asm.decide_objection(org.ctx["head"], assessment_id=first, decision="Penilaian sudah sesuai bukti.")
        == first
    )
    view = asm.get_assessment(org.ctx["staff1"], employee_id=org.staff1, period_key="2026")
    assert (view.id, view.version, view.predikat) == (first, 1, "baik")
    mine = obj_svc.my_objections(org.ctx["staff1"])
    assert [(m.outcome, m.decision) for m in mine] == [("ditolak", "Penilaian sudah sesuai bukti.")]
    assert obj_svc.objections_to_decide(org.ctx["head"], include_decided=False) == []
    text = _flat(exported_text(org, tmp_path, nip=STAFF1, form="evaluasi"))
    assert "Ditolak: hasil penilaian tetap" in text


def test_a_signed_assessment_keeps_its_signed_record_and_the_new_version_prints(org, tmp_path: Path) -> None:
    staff_skp(org)
    first = _final(org)
    signing.init_ca(org.admin, workspace_passphrase=PASSPHRASE)
    for who in (org.kasi, org.staff1):
        signing.issue_certificate(org.admin, employee_id=who, passphrase=KEY)
    signed = tmp_path / "v1.pdf"
    export.export_form(
        org.admin, nip=STAFF1, year=2026, form="evaluasi", out=signed, sign=True, default_passphrase=KEY
    )
    obj_svc.file_objection(
        org.ctx["staff1"], assessment_id=first, text="Keberatan atas dokumen bertanda tangan"
    )
    second = asm.decide_objection(
        org.ctx["head"],
        assessment_id=first,
        decision="Dikabulkan",
        outcome="dikabulkan",
        rating_hasil="sesuai",
        rating_perilaku="sesuai",
    )
    with org.ws.sessions() as s:
        old = s.get_one(Assessment, first)
        assert old.status == "signed"  # untouched
        assert s.query(SignedDocument).filter_by(subject_id=first).count() == 1
    again = tmp_path / "v2.pdf"
    export.export_form(org.admin, nip=STAFF1, year=2026, form="evaluasi", out=again)
    assert again.read_bytes() != signed.read_bytes()
    assert "Versi 2" in _flat("\n".join(pdf_stream_text(again)))
    assert asm.get_assessment(org.ctx["kasi"], employee_id=org.staff1, period_key="2026").id == second


def test_the_window_the_draft_and_the_penetapan(org, tmp_path: Path) -> None:
    staff_skp(org)
    asm.assess(
        org.ctx["kasi"],
        employee_id=org.staff1,
        period_key="2026",
        rating_hasil="di_bawah",
        rating_perilaku="sesuai",
    )
    draft = asm.get_assessment(org.ctx["kasi"], employee_id=org.staff1, period_key="2026")
    assert obj_svc.objection_deadline_of(org.ctx["staff1"], assessment_id=draft.id) is None
    with pytest.raises(DomainError, match="sudah final"):
        obj_svc.file_objection(org.ctx["staff1"], assessment_id=draft.id, text="Terlalu cepat")
    with pytest.raises(ValidationFailed, match="Uraikan"):
        obj_svc.file_objection(org.ctx["staff1"], assessment_id=draft.id, text="  ")
    asm.finalize_assessment(org.ctx["kasi"], assessment_id=draft.id)
    with pytest.raises(ValidationFailed, match="Tidak ada keberatan"):
        asm.decide_objection(org.ctx["head"], assessment_id=draft.id, decision="x")
    with pytest.raises(ValidationFailed, match="wajib"):
        asm.decide_objection(org.ctx["head"], assessment_id=draft.id, decision=" ")
    obj_svc.file_objection(org.ctx["staff1"], assessment_id=draft.id, text="Dalam batas waktu")
    asm.decide_objection(
        org.ctx["head"],
        assessment_id=draft.id,
        decision="Ok",
        outcome="dikabulkan",
        rating_hasil="sesuai",
        rating_perilaku="di_atas",
    )
    emp_svc.set_org_predikat(org.admin, unit_id=org.seksi, year=2026, predikat="baik")
    result = export.export_batch(org.admin, year=2026, forms=("penetapan",), out=tmp_path / "p", workers=1)
    seksi = next(e for e in result.written if "seksi-program" in e.file)
    text = _flat("\n".join(pdf_stream_text(tmp_path / "p" / seksi.file)))
    assert "Staf Satu 19900101 201503 1 003" in text
    assert "Butuh Perbaikan 0 0 %" in text  # the old version no longer counts
    manifest = json.loads((tmp_path / "p" / "manifest.json").read_text())
    assert manifest["files"]


def test_the_fourteen_days_are_counted_in_the_agencys_zone(org) -> None:
    """Final on 1 March 20:00 UTC is 2 March in WIB: the window closes after 16 March WIB."""
    from datetime import datetime

    staff_skp(org)
    org.ws.now = lambda: datetime(2026, 3, 1, 20, 0)
    first = _final(org)
    assert str(obj_svc.objection_deadline_of(org.ctx["staff1"], assessment_id=first)) == "2026-03-16"
    org.ws.now = lambda: datetime(2026, 3, 16, 18, 0)  # 17 March, 01:00 WIB
    with pytest.raises(DomainError, match="telah lewat pada 16 Maret 2026"):
        obj_svc.file_objection(org.ctx["staff1"], assessment_id=first, text="Terlambat satu jam")
    org.ws.now = lambda: datetime(2026, 3, 16, 16, 0)  # 23:00 WIB, the last day
    obj_svc.file_objection(org.ctx["staff1"], assessment_id=first, text="Tepat waktu")
