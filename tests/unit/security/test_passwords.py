"""User password hashing: Argon2id, verification that never raises, strength and rehash checks."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher

from asn_desktop.errors import ValidationFailed
from asn_desktop.security import passwords
from asn_desktop.security.passwords import (
    check_password_strength,
    hash_password,
    needs_rehash,
    verify_password,
)


def test_hash_is_argon2id_salted_and_verifies() -> None:
    first, second = hash_password("sandi-rahasia-1"), hash_password("sandi-rahasia-1")
    assert first.startswith("$argon2id$")
    assert first != second  # a fresh salt each time
    assert "sandi-rahasia-1" not in first
    assert verify_password(first, "sandi-rahasia-1")
    assert not verify_password(first, "sandi-rahasia-2")


@pytest.mark.parametrize(
    "stored",
    ["", "bukan-hash", "$argon2id$v=19$m=1024,t=1,p=1$rusak", "$2b$12$" + "a" * 53, "$argon2id$v=19$m=x"],
)
def test_verify_never_raises_on_a_bad_hash(stored: str) -> None:
    assert verify_password(stored, "sandi-rahasia-1") is False


def test_verify_accepts_a_production_cost_hash() -> None:
    strong = PasswordHasher().hash("sandi-rahasia-1")
    assert verify_password(strong, "sandi-rahasia-1")


def test_needs_rehash() -> None:
    assert needs_rehash(hash_password("sandi-rahasia-1")) is False
    other = PasswordHasher(time_cost=2, memory_cost=2048, parallelism=1).hash("x")
    assert needs_rehash(other) is True
    assert needs_rehash("bukan-hash") is True


@pytest.mark.parametrize("password", ["", "1234567", "pendek"])
def test_short_password_is_refused(password: str) -> None:
    with pytest.raises(ValidationFailed, match="minimal 8 karakter"):
        check_password_strength(password)


@pytest.mark.parametrize("password", ["12345678", "kata sandi panjang"])
def test_long_enough_password_is_accepted(password: str) -> None:
    check_password_strength(password)


def test_fast_hasher_only_on_request() -> None:
    fast, normal = passwords._make_hasher(fast=True), passwords._make_hasher(fast=False)
    assert fast.memory_cost < normal.memory_cost
    assert normal.memory_cost == PasswordHasher().memory_cost
    assert normal.time_cost == PasswordHasher().time_cost
    # Both are Argon2id, so a hash from one verifies under the other.
    assert normal.verify(fast.hash("sandi-rahasia-1"), "sandi-rahasia-1")


def test_suite_runs_with_the_fast_hasher() -> None:
    # tests/conftest.py sets ASN_FAST_HASH=1 before the app is imported.
    assert passwords._hasher.memory_cost == passwords._make_hasher(fast=True).memory_cost
