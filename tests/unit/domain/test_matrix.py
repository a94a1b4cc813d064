"""Matriks Pembagian Peran dan Hasil: roles, and which leader RHK a subordinate may intervene."""

from __future__ import annotations

import pytest

from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.matrix import NOT_ASSIGNED, MatrixRole, assigned_rhk, check_intervensi, parse_role


def test_roles_print_the_lampiran_wording() -> None:
    assert [r.label for r in MatrixRole] == ["Penanggung Jawab", "Ketua Tim", "Anggota"]
    assert parse_role("anggota") is MatrixRole.ANGGOTA
    with pytest.raises(DomainError, match=r"Peran tidak dikenal: 'ketua' \(pilihan: penanggung_jawab"):
        parse_role("ketua")


def test_without_a_matrix_any_leader_rhk_will_do_with_one_only_those_given() -> None:
    entries = [("r1", "budi"), ("r2", "budi"), ("r2", "ani")]
    assert assigned_rhk(entries, "budi") == {"r1", "r2"}
    assert assigned_rhk(entries, "cici") == set()
    assert check_intervensi([], "budi", "r9") is None
    assert check_intervensi(entries, "ani", "r2") is None
    assert check_intervensi(entries, "ani", "r1") == NOT_ASSIGNED
    assert check_intervensi(iter(entries), "cici", "r1") == NOT_ASSIGNED
