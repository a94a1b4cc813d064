"""The folders the app offers to people are visible ones."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from asn_desktop import paths


def test_export_dir_is_under_documents_not_the_hidden_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ASN_DESKTOP_HOME", raising=False)
    paths.set_base_dir(None)
    target = paths.export_dir()
    assert target.parent == Path(platformdirs.user_documents_dir())
    assert not any(part.startswith(".") for part in target.parts), target
    assert paths.data_dir() not in target.parents


def test_export_dir_follows_the_development_override(tmp_path: Path) -> None:
    paths.set_base_dir(tmp_path)
    try:
        assert paths.export_dir() == tmp_path / "documents" / "ASN Kinerja"
    finally:
        paths.set_base_dir(None)
