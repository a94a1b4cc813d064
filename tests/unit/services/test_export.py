"""Export and signing through the services: immutability, refusals, archives, bad input."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import subprocess
import zipfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from asn_desktop.domain.errors import DocumentLocked
from asn_desktop.errors import NotFound, ValidationFailed, WrongPassphrase
from asn_desktop.pdf.archive import ArchiveError, read_manifest
from asn_desktop.pdf.certs import CertificateError
from asn_desktop.pdf.verify import TRUST_OURS, verify_pdf
from asn_desktop.progress import Cancelled, CancelToken
from asn_desktop.services import assessment as asm
from asn_desktop.services import export, signing, signing_approval
from asn_desktop.services.skp import create_skp
from tests.conftest import PASSPHRASE
from tests.unit.services.helpers import approved_skp, head_skp

KEY = "kunci-ttd-1"
STAFF1, KASI = "199001012015031003", "198001012005012002"


@pytest.fixture
def signed_org(org):  # type: ignore[no-untyped-def]
    """kasi and staff1 with approved SKPs, staff1's annual assessment final, both with keys."""
    _, kasi_rhk, _ = approved_skp(org, "kasi", parent_rhk=head_skp(org))
    approved_skp(org, "staff1", parent_rhk=kasi_rhk)
    asm.assess(
        org.ctx["kasi"],
        employee_id=org.staff1,
        period_key="2026",
        rating_hasil="sesuai",
        rating_perilaku="di_atas",
    )
    view = asm.get_assessment(org.ctx["kasi"], employee_id=org.staff1, period_key="2026")
    asm.finalize_assessment(org.ctx["kasi"], assessment_id=view.id)
    signing.init_ca(org.admin, workspace_passphrase=PASSPHRASE)
    for emp in (org.kasi, org.staff1):
        signing.issue_certificate(org.admin, employee_id=emp, passphrase=KEY)
    return org


def test_signed_evaluation_locks_the_assessment_and_reexports_identically(signed_org, tmp_path: Path) -> None:
    org = signed_org
    out = tmp_path / "ev.pdf"
    entry = export.export_form(
        org.admin, nip=STAFF1, year=2026, form="evaluasi", out=out, sign=True, default_passphrase=KEY
    )
    reports = verify_pdf(out.read_bytes())
    assert [r.intact for r in reports] == [True, True]
    assert {r.trust for r in reports} == {TRUST_OURS}
    view = asm.get_assessment(org.ctx["kasi"], employee_id=org.staff1, period_key="2026")
    assert view.status == "signed"
    assert view.signed_hash == entry.content_hash
    with pytest.raises(DocumentLocked):
        asm.assess(
            org.ctx["kasi"],
            employee_id=org.staff1,
            period_key="2026",
            rating_hasil="di_atas",
            rating_perilaku="di_atas",
        )
    again = tmp_path / "ev2.pdf"
    export.export_form(org.admin, nip=STAFF1, year=2026, form="evaluasi", out=again)
    assert again.read_bytes() == out.read_bytes()  # the signed record, not a new rendering


def test_wrong_key_passphrase_is_refused_and_nothing_changes(signed_org, tmp_path: Path) -> None:
    out = tmp_path / "ev.pdf"
    with pytest.raises(WrongPassphrase, match="salah"):
        export.export_form(
            signed_org.admin,
            nip=STAFF1,
            year=2026,
            form="evaluasi",
            out=out,
            sign=True,
            default_passphrase="keliru",
        )
    assert not out.exists()
    view = asm.get_assessment(signed_org.ctx["kasi"], employee_id=signed_org.staff1, period_key="2026")
    assert view.status == "final"


@pytest.mark.parametrize(("shift", "match"), [(-400, "kedaluwarsa"), (30, "belum berlaku")])
def test_expired_or_future_certificate_is_refused(signed_org, tmp_path: Path, shift: int, match: str) -> None:
    org = signed_org
    start = org.ws.now() + timedelta(days=shift)
    signing.issue_certificate(
        org.admin, employee_id=org.kasi, passphrase=KEY, valid_from=start, valid_days=365 if shift > 0 else 10
    )
    with pytest.raises(CertificateError, match=match):
        export.export_form(
            org.admin,
            nip=STAFF1,
            year=2026,
            form="evaluasi",
            out=tmp_path / "x.pdf",
            sign=True,
            default_passphrase=KEY,
        )


def test_corrupt_pkcs12_is_refused(signed_org) -> None:
    with pytest.raises(CertificateError, match="PKCS#12"):
        signing_approval.import_pkcs12(
            signed_org.admin,
            employee_id=signed_org.staff2,
            data=b"\x30\x82rusak",
            p12_password="x",
            passphrase=KEY,
        )


def test_no_approved_skp_draft_watermark_or_refusal(signed_org, tmp_path: Path) -> None:
    org = signed_org
    create_skp(org.ctx["staff2"], year=2026)  # a draft only
    nip2 = "199009132025242014"
    entry = export.export_form(org.admin, nip=nip2, year=2026, form="skp", out=tmp_path / "skp.pdf")
    assert entry.signers == ()
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "skp.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "DRAF" in text
    with pytest.raises(ValidationFailed, match="draf tidak dapat ditandatangani"):
        export.export_form(
            org.admin,
            nip=nip2,
            year=2026,
            form="skp",
            out=tmp_path / "s.pdf",
            sign=True,
            default_passphrase=KEY,
        )
    with pytest.raises(ValidationFailed, match="belum memiliki SKP yang disetujui"):
        export.export_form(org.admin, nip=nip2, year=2026, form="evaluasi", out=tmp_path / "e.pdf")
    with pytest.raises(NotFound):
        export.export_form(org.admin, nip="197001012000031099", year=2026, form="skp", out=tmp_path / "n.pdf")


def test_batch_zip_and_folder_manifest_rerun_without_duplicates(signed_org, tmp_path: Path) -> None:
    org = signed_org
    steps: list[tuple[int, int]] = []
    result = export.export_batch(
        org.admin,
        year=2026,
        out=tmp_path / "arsip.zip",
        sign=True,
        default_passphrase=KEY,
        workers=1,
        progress=lambda done, total, _t: steps.append((done, total)),
    )
    files = {e.file for e in result.written}
    assert f"{STAFF1}_evaluasi_2026.pdf" in files
    assert f"{STAFF1}_skp_2026.pdf" in files
    assert steps[-1][0] == steps[-1][1] == len(result.written)
    assert any("belum memiliki SKP" in s.reason for s in result.skipped)  # staff2 and the head are listed
    with zipfile.ZipFile(tmp_path / "arsip.zip") as zf:
        manifest = read_manifest(zf.read("manifest.json"))
        assert sorted(zf.namelist()) == sorted([*files, "manifest.json"])
        for e in manifest:
            import hashlib

            assert hashlib.sha256(zf.read(e.file)).hexdigest() == e.sha256
    folder = tmp_path / "arsip"
    for _ in range(2):
        export.export_batch(org.admin, year=2026, out=folder, sign=True, default_passphrase=KEY, workers=1)
    entries = read_manifest((folder / "manifest.json").read_bytes())
    assert len(entries) == len({e.file for e in entries}) == len(files)
    assert sorted(p.name for p in folder.iterdir()) == sorted([*files, "manifest.json"])


def test_batch_in_two_processes_and_cancel(signed_org, tmp_path: Path) -> None:
    org = signed_org
    result = export.export_batch(
        org.admin, year=2026, out=tmp_path / "p", forms=("skp", "evaluasi"), workers=2
    )
    assert len(result.written) >= 3
    token = CancelToken()

    def cancel_after_first(done: int, total: int, text: str) -> None:
        if done >= 1:
            token.cancel()

    with pytest.raises(Cancelled):
        export.export_batch(
            org.admin, year=2026, out=tmp_path / "c.zip", workers=1, progress=cancel_after_first, cancel=token
        )
    assert not (tmp_path / "c.zip").exists()
    assert not list(tmp_path.glob(".c.zip.*"))


@contextlib.contextmanager
def _mounted(tmp_path: Path, options: str) -> Iterator[Path]:
    where = tmp_path / "mnt"
    where.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)], check=True)
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def _can_mount() -> bool:
    return (
        os.geteuid() == 0
        and subprocess.run(["which", "mount"], capture_output=True, check=False).returncode == 0
    )


def test_output_folder_not_writable(signed_org, tmp_path: Path) -> None:
    if _can_mount():
        ctx = _mounted(tmp_path, "ro,size=1m")
    else:
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o500)
        ctx = contextlib.nullcontext(ro)
    with ctx as folder, pytest.raises(ArchiveError, match="tidak dapat ditulisi"):
        export.export_batch(signed_org.admin, year=2026, out=folder / "arsip", workers=1)


def test_disk_full_mid_batch_leaves_no_partial_file(
    signed_org, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real 160 KiB tmpfs when the tests run as root; otherwise ENOSPC injected at fsync."""
    if _can_mount():
        ctx = _mounted(tmp_path, "size=160k")
    else:
        calls = {"n": 0}
        real_fsync = os.fsync

        def fsync(fd: int) -> None:
            calls["n"] += 1
            if calls["n"] == 3:
                raise OSError(errno.ENOSPC, "No space left on device")
            real_fsync(fd)

        monkeypatch.setattr(os, "fsync", fsync)
        (tmp_path / "disk").mkdir()
        ctx = contextlib.nullcontext(tmp_path / "disk")
    with ctx as disk:
        with pytest.raises(ArchiveError, match="Ruang disk tidak cukup"):
            export.export_batch(
                signed_org.admin, year=2026, out=disk / "arsip", forms=("skp", "evaluasi"), workers=1
            )
        names = [p.name for p in (disk / "arsip").iterdir()]
        assert not [n for n in names if n.endswith(".tmp")]
        for name in names:  # every file under a final name is complete
            if name.endswith(".pdf"):
                assert (disk / "arsip" / name).read_bytes().rstrip().endswith(b"%%EOF")
        assert "manifest.json" not in names or json.loads((disk / "arsip" / "manifest.json").read_bytes())
