"""The passphrase-sealed box: round trips, and every way a wrong passphrase or damage must fail."""

from __future__ import annotations

import base64
import json
import struct
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asn_desktop.errors import KeyUnavailable, WrongPassphrase
from asn_desktop.security import kdf
from asn_desktop.security.kdf import FAST_TEST_PARAMS, MAGIC, KdfParams, seal, unseal

PASS = "frasa-sandi-uji"


def _split(blob: bytes) -> tuple[dict[str, object], bytes]:
    (length,) = struct.unpack(">H", blob[8:10])
    return json.loads(blob[10 : 10 + length]), blob[10 + length :]


def _join(header: dict[str, object], rest: bytes) -> bytes:
    raw = json.dumps(header).encode()
    return MAGIC + struct.pack(">H", len(raw)) + raw + rest


def test_round_trip_and_format() -> None:
    blob = seal(b"rahasia", PASS, params=FAST_TEST_PARAMS)
    assert blob.startswith(b"ASNSEAL1")
    header, rest = _split(blob)
    assert header["kdf"] == "argon2id"
    assert (header["time_cost"], header["memory_cost"], header["parallelism"]) == (1, 1024, 1)
    assert len(base64.b64decode(str(header["salt"]))) == 16
    assert len(base64.b64decode(str(header["nonce"]))) == 12
    assert b"rahasia" not in rest
    assert unseal(blob, PASS) == b"rahasia"


def test_default_params_are_argon2id_64_mib() -> None:
    assert KdfParams() == KdfParams(time_cost=3, memory_cost=64 * 1024, parallelism=1)
    blob = seal(b"x", PASS)
    header, _ = _split(blob)
    assert (header["time_cost"], header["memory_cost"], header["parallelism"]) == (3, 65536, 1)
    assert unseal(blob, PASS) == b"x"


def test_params_are_frozen() -> None:
    with pytest.raises(AttributeError):
        FAST_TEST_PARAMS.time_cost = 5  # type: ignore[misc]


def test_each_seal_uses_fresh_salt_and_nonce() -> None:
    a, b = (seal(b"sama", PASS, params=FAST_TEST_PARAMS) for _ in range(2))
    assert a != b
    assert _split(a)[0]["salt"] != _split(b)[0]["salt"]


@settings(max_examples=25, deadline=None)
@given(plaintext=st.binary(max_size=2048), passphrase=st.text(min_size=1, max_size=40))
def test_round_trip_any_bytes_and_passphrase(plaintext: bytes, passphrase: str) -> None:
    assert unseal(seal(plaintext, passphrase, params=FAST_TEST_PARAMS), passphrase) == plaintext


def test_passphrase_unicode_form_does_not_matter() -> None:
    composed = "kopi-Café-ñ"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert unseal(seal(b"k", composed, params=FAST_TEST_PARAMS), decomposed) == b"k"


def test_wrong_passphrase() -> None:
    blob = seal(b"rahasia", PASS, params=FAST_TEST_PARAMS)
    with pytest.raises(WrongPassphrase) as err:
        unseal(blob, "frasa-lain")
    assert err.value.message == "Frasa sandi salah, atau berkas kunci rusak."


@pytest.mark.parametrize("passphrase", ["", None])
def test_empty_passphrase_is_refused(passphrase: str | None) -> None:
    with pytest.raises(KeyUnavailable, match="Frasa sandi tidak boleh kosong"):
        seal(b"x", passphrase, params=FAST_TEST_PARAMS)  # type: ignore[arg-type]
    blob = seal(b"x", PASS, params=FAST_TEST_PARAMS)
    with pytest.raises(KeyUnavailable, match="Frasa sandi tidak boleh kosong"):
        unseal(blob, passphrase)  # type: ignore[arg-type]


def test_flipped_ciphertext_byte_fails() -> None:
    blob = bytearray(seal(b"rahasia" * 10, PASS, params=FAST_TEST_PARAMS))
    blob[-20] ^= 0x01
    with pytest.raises(WrongPassphrase):
        unseal(bytes(blob), PASS)


@pytest.mark.parametrize(
    ("field", "value"),
    [("time_cost", 2), ("memory_cost", 2048), ("parallelism", 2), ("extra", "x")],
)
def test_changed_header_fails_even_when_well_formed(field: str, value: object) -> None:
    header, rest = _split(seal(b"rahasia", PASS, params=FAST_TEST_PARAMS))
    header[field] = value
    with pytest.raises(WrongPassphrase):
        unseal(_join(header, rest), PASS)


def test_swapped_salt_or_nonce_fails() -> None:
    a_header, a_rest = _split(seal(b"a", PASS, params=FAST_TEST_PARAMS))
    b_header, _ = _split(seal(b"a", PASS, params=FAST_TEST_PARAMS))
    for field in ("salt", "nonce"):
        changed = dict(a_header, **{field: b_header[field]})
        with pytest.raises(WrongPassphrase):
            unseal(_join(changed, a_rest), PASS)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("memory_cost", 4 * 1024 * 1024 * 1024),  # would ask for 4 TiB before the tag check
        ("time_cost", 10_000),
        ("time_cost", 0),
        ("time_cost", True),
        ("time_cost", "3"),
        ("parallelism", 0),
        ("memory_cost", 4),
        ("salt", base64.b64encode(b"short").decode()),
        ("nonce", "@@not base64@@"),
    ],
)
def test_absurd_or_malformed_header_values_fail_fast(field: str, value: object) -> None:
    header, rest = _split(seal(b"rahasia", PASS, params=FAST_TEST_PARAMS))
    header[field] = value
    with pytest.raises(WrongPassphrase):
        unseal(_join(header, rest), PASS)


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[:9],  # cut inside the length
        lambda b: b[:20],  # cut inside the header
        lambda b: b[:10] + b"{not json" + b[19:],
        lambda b: MAGIC + struct.pack(">H", 2) + b"[]" + b"x" * 32,
        lambda b: MAGIC + struct.pack(">H", 4) + b"\xff\xfe\xfd\xfc" + b"x" * 32,
        lambda b: b[:-1],  # cut inside the tag
        lambda b: MAGIC + struct.pack(">H", 60000) + b"[" * 30000 + b"]" * 30000 + b"x" * 32,
    ],
    ids=[
        "short-length",
        "short-header",
        "bad-json",
        "not-an-object",
        "not-utf8",
        "short-tag",
        "nested-too-deep",
    ],
)
def test_truncated_or_garbled_box(damage: object) -> None:
    blob = seal(b"rahasia", PASS, params=FAST_TEST_PARAMS)
    with pytest.raises(WrongPassphrase):
        unseal(damage(blob), PASS)  # type: ignore[operator]


def test_missing_header_field() -> None:
    header, rest = _split(seal(b"rahasia", PASS, params=FAST_TEST_PARAMS))
    del header["salt"]
    with pytest.raises(WrongPassphrase):
        unseal(_join(header, rest), PASS)


def test_unknown_kdf_is_named() -> None:
    header, rest = _split(seal(b"rahasia", PASS, params=FAST_TEST_PARAMS))
    header["kdf"] = "scrypt"
    with pytest.raises(KeyUnavailable, match="'scrypt'"):
        unseal(_join(header, rest), PASS)


def test_newer_version_is_named() -> None:
    blob = seal(b"rahasia", PASS, params=FAST_TEST_PARAMS)
    with pytest.raises(KeyUnavailable, match="ASNSEAL2") as err:
        unseal(b"ASNSEAL2" + blob[8:], PASS)
    assert "ASNSEAL1" in err.value.message


@pytest.mark.parametrize("blob", [b"", b"ASNSEAL", b"SQLite format 3\x00", b"\x00" * 64])
def test_foreign_file_is_not_a_key_file(blob: bytes) -> None:
    with pytest.raises(KeyUnavailable, match="bukan format ASNSEAL1"):
        unseal(blob, PASS)


def test_fast_params_are_within_the_accepted_bounds() -> None:
    # A box sealed with the test parameters must open, or tests would exercise a different path.
    assert kdf._MAX_TIME_COST >= FAST_TEST_PARAMS.time_cost >= 1
    assert 8 <= FAST_TEST_PARAMS.memory_cost <= kdf._MAX_MEMORY_KIB


def test_a_sealer_derives_once_and_each_box_opens_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = kdf._derive
    monkeypatch.setattr(kdf, "_derive", lambda *a: calls.append(1) or real(*a))
    sealer = kdf.Sealer(PASS, params=FAST_TEST_PARAMS)
    boxes = [sealer.seal(f"kunci {i}".encode()) for i in range(50)]
    assert len(calls) == 1
    assert len({_split(b)[0]["nonce"] for b in boxes}) == 50  # a nonce of its own each
    assert unseal(boxes[7], PASS) == b"kunci 7"  # a box of a batch opens like any other
    derived: dict[tuple[object, ...], bytes] = {}
    calls.clear()
    assert [unseal(b, PASS, derived=derived) for b in boxes[:5]] == [f"kunci {i}".encode() for i in range(5)]
    assert len(calls) == 1  # one derivation for the boxes of one Sealer
    with pytest.raises(WrongPassphrase):
        unseal(boxes[0], "salah", derived=derived)
    assert len(derived) == 1  # a wrong passphrase's key is not kept
