"""Who may sign an audit event: its author's key, or the laptop's key for events of nobody.

The chain's hashes alone can be rebuilt with the database key; these are the signature checks
that make a rebuilt chain fail (``security.audit.signature_problem``, ``verify_chain``)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from asn_desktop.errors import AuditChainBroken
from asn_desktop.security import audit
from asn_desktop.security.userkeys import UserKey, public_hex
from asn_desktop.store.models import AuditEvent, Meta

AT = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def session() -> Session:
    engine = create_engine("sqlite://")
    AuditEvent.__table__.create(engine)
    Meta.__table__.create(engine)
    return Session(engine)


def _raw(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def test_each_event_is_signed_by_its_author_or_the_laptop(session: Session) -> None:
    alice, device = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    mine = audit.append_event(
        session, at=AT, user_id="alice", action="skp.create", signer=UserKey("alice", alice)
    )
    sync = audit.append_event(
        session, at=AT, user_id=None, action="sync", device_key=_raw(device), device_id="d1"
    )
    session.flush()
    assert (mine.signer, sync.signer) == ("user:alice", "device:d1")
    keys = {"alice": {public_hex(alice)}}
    report = audit.verify_chain(
        session, keys_of=lambda u: keys.get(u, set()), device=audit.device_public(_raw(device))
    )
    assert report.events == 2


def test_another_persons_key_signs_nothing_and_an_unsigned_event_is_named(session: Session) -> None:
    alice, mallory = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    # Mallory's key offered for Alice's event: the event is written unsigned.
    ev = audit.append_event(
        session, at=AT, user_id="alice", action="rating", signer=UserKey("mallory", mallory)
    )
    session.flush()
    assert ev.signer is None
    assert ev.signature is None
    with pytest.raises(AuditChainBroken, match=r"#1 \(rating\) tidak bertanda tangan"):
        audit.verify_chain(session, keys_of=lambda u: {public_hex(alice)})


def test_signatures_that_do_not_hold() -> None:
    alice, device = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    body = {"seq": 1, "user": "alice", "action": "rating"}
    good = alice.sign(audit._message(audit.digest_body(body))).hex()
    keys = {"alice": {public_hex(alice)}}.get
    dev = public_hex(device)
    assert audit.signature_problem(body, "user:alice", good, lambda u: keys(u, set()), dev) is None
    assert (
        audit.signature_problem(body, "user:alice", "zz", lambda u: keys(u, set()), dev)
        == "tanda tangan rusak"
    )
    # the laptop's key may sign only events of nobody, and a user's only their own
    forged = device.sign(audit._message(audit.digest_body(body))).hex()
    assert (
        audit.signature_problem(body, "device:d1", forged, lambda u: set(), dev) == "tanda tangan tidak sah"
    )
    assert (
        audit.signature_problem(body, "user:bob", good, lambda u: keys(u, set()), dev)
        == "tanda tangan tidak sah"
    )
    nobody = {"seq": 2, "user": None, "action": "sync"}
    signed = device.sign(audit._message(audit.digest_body(nobody))).hex()
    assert audit.signature_problem(nobody, "device:d1", signed, lambda u: set(), dev) is None
    assert (
        audit.signature_problem(nobody, "device:d1", signed, lambda u: set(), None)
        == "tanda tangan tidak sah"
    )
