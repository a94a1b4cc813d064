"""UUID v7 ids: layout, timestamp, monotonic order, and the stdlib path of newer Pythons."""

from __future__ import annotations

import time
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asn_desktop.domain import ids
from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.ids import id_timestamp_ms, is_uuid7, new_id


def test_new_id_is_a_canonical_uuid7() -> None:
    text = new_id()
    assert len(text) == 36
    parsed = uuid.UUID(text)
    assert str(parsed) == text
    assert parsed.version == 7
    assert parsed.variant == uuid.RFC_4122
    assert is_uuid7(text)


def test_timestamp_is_now() -> None:
    before = time.time_ns() // 1_000_000
    text = new_id()
    after = time.time_ns() // 1_000_000
    # The counter may carry the timestamp a few ms ahead after a burst; never behind.
    assert before <= id_timestamp_ms(text) <= after + 5


def test_ids_sort_by_creation() -> None:
    made = [new_id() for _ in range(20_000)]
    assert sorted(made) == made
    assert len(set(made)) == len(made)


def test_same_millisecond_counts_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ids, "_STDLIB_UUID7", None)  # exercise our own counter on Python 3.14+ too
    monkeypatch.setattr(ids, "_CLOCK", ids._Clock())
    monkeypatch.setattr(ids, "_now_ms", lambda: 1_700_000_000_000)
    made = [new_id() for _ in range(100)]
    assert sorted(made) == made
    assert {id_timestamp_ms(m) for m in made} == {1_700_000_000_000}
    counters = [uuid.UUID(m).int >> 64 & 0xFFF for m in made]
    assert counters == list(range(counters[0], counters[0] + 100))
    assert counters[0] <= 0x7FF


def test_counter_overflow_carries_into_the_timestamp() -> None:
    clock = ids._Clock()
    first_ms, first_seq = clock.next(1000)
    seen = [(first_ms, first_seq)]
    for _ in range(0x1000 - first_seq):
        seen.append(clock.next(1000))
    assert seen == sorted(seen)
    assert seen[-2] == (1000, 0xFFF)
    assert seen[-1] == (1001, 0)


def test_clock_going_back_keeps_order() -> None:
    clock = ids._Clock()
    _ms, seq = clock.next(5000)
    assert clock.next(4000) == (5000, seq + 1)
    later_ms, _ = clock.next(6000)
    assert later_ms == 6000


def test_stdlib_uuid7_is_used_when_present(monkeypatch: pytest.MonkeyPatch) -> None:
    fixed = uuid.UUID("01890a5d-ac96-774b-bcce-b302099a8057")
    monkeypatch.setattr(ids, "_STDLIB_UUID7", lambda: fixed)
    assert new_id() == "01890a5d-ac96-774b-bcce-b302099a8057"
    assert id_timestamp_ms(new_id()) == 0x01890A5DAC96


def test_stdlib_detection_matches_this_python() -> None:
    assert (ids._STDLIB_UUID7 is None) == (not hasattr(uuid, "uuid7"))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "01890a5d-ac96-774b-bcce-b302099a8057 ",
        "01890A5D-AC96-774B-BCCE-B302099A8057",  # upper case is not the canonical form
        "{01890a5d-ac96-774b-bcce-b302099a8057}",
        "01890a5dac96774bbcceb302099a8057",
        "01890a5d-ac96-474b-bcce-b302099a8057",  # version 4
        "01890a5d-ac96-774b-7cce-b302099a8057",  # wrong variant
        "01890a5d-ac96-774b-ccce-b302099a8057",  # wrong variant
        "01890a5d-ac96-774b-bcce-b302099a805g",
        str(uuid.uuid4()),
    ],
)
def test_not_uuid7(text: str) -> None:
    assert not is_uuid7(text)
    with pytest.raises(DomainError, match="bukan UUID versi 7") as excinfo:
        id_timestamp_ms(text)
    assert excinfo.value.code == "invalid_id"


@given(
    st.integers(min_value=0, max_value=(1 << 48) - 1),
    st.integers(min_value=0, max_value=0xFFF),
    st.integers(min_value=0, max_value=(1 << 62) - 1),
)
def test_layout_round_trips(ms: int, seq: int, rand_b: int) -> None:
    text = str(ids._build_uuid7(ms, seq, rand_b))
    assert is_uuid7(text)
    assert id_timestamp_ms(text) == ms
    value = uuid.UUID(text).int
    assert value >> 64 & 0xFFF == seq
    assert value & ((1 << 62) - 1) == rand_b


@given(
    st.tuples(st.integers(0, (1 << 48) - 1), st.integers(0, 0xFFF)),
    st.tuples(st.integers(0, (1 << 48) - 1), st.integers(0, 0xFFF)),
    st.integers(min_value=0, max_value=(1 << 62) - 1),
    st.integers(min_value=0, max_value=(1 << 62) - 1),
)
def test_string_order_is_time_then_counter_order(
    a: tuple[int, int], b: tuple[int, int], rand_a: int, rand_b: int
) -> None:
    if a == b:
        return
    ta, tb = str(ids._build_uuid7(*a, rand_a)), str(ids._build_uuid7(*b, rand_b))
    assert (ta < tb) == (a < b)
