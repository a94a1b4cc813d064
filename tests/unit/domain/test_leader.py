from __future__ import annotations

import pytest

from asn_desktop.domain.curve import PredikatOrganisasi
from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.leader import (
    DEFAULT_LEADER_RULE,
    LeaderRuleBroken,
    check_leader_rating,
    parse_leader_rule,
)
from asn_desktop.domain.rating import Rating


def test_default_mapping_as_domain_md_says() -> None:
    assert DEFAULT_LEADER_RULE[PredikatOrganisasi.ISTIMEWA] is Rating.DI_ATAS
    assert DEFAULT_LEADER_RULE[PredikatOrganisasi.BAIK] is Rating.SESUAI
    for low in ("butuh_perbaikan", "kurang", "sangat_kurang"):
        assert DEFAULT_LEADER_RULE[PredikatOrganisasi(low)] is Rating.DI_BAWAH


def test_parse_and_check() -> None:
    raw = {p.value: r.value for p, r in DEFAULT_LEADER_RULE.items()}
    assert parse_leader_rule(raw) == dict(DEFAULT_LEADER_RULE)
    with pytest.raises(DomainError, match="pemetaan"):
        parse_leader_rule(["baik"])
    with pytest.raises(DomainError, match="tidak dikenal"):
        parse_leader_rule({**raw, "baik": "luar_biasa"})
    with pytest.raises(DomainError, match="tidak dikenal"):
        parse_leader_rule({**raw, None: "sesuai"})
    del raw["kurang"]
    with pytest.raises(DomainError, match="belum memetakan: Kurang"):
        parse_leader_rule(raw)
    check_leader_rating(Rating.SESUAI, Rating.SESUAI, org=PredikatOrganisasi.BAIK)
    with pytest.raises(LeaderRuleBroken, match="Sesuai Ekspektasi, bukan Di Atas Ekspektasi"):
        check_leader_rating(Rating.DI_ATAS, Rating.SESUAI, org=PredikatOrganisasi.BAIK)
