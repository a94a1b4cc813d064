"""An enrolment file is input: whoever hands one to a new laptop may have written it by hand.

A file that opens with its passphrase but is not the shape ``make_enrolment`` writes is refused
with one plain message, before anything is created; it used to raise ``KeyError`` or
``AttributeError`` at the first field it did not hold.
"""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from asn_desktop.errors import WorkspaceError
from asn_desktop.security.kdf import FAST_TEST_PARAMS, seal
from asn_desktop.services import sync as sy
from asn_desktop.sync.root import make_root

WS = "01900000-0000-7000-8000-0000000000aa"
AUTHORITY = Ed25519PrivateKey.generate()
RAW = AUTHORITY.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
PUBLIC = AUTHORITY.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def _whole() -> dict[str, Any]:
    """What make_enrolment writes, with a root the named authority really signed."""
    key = base64.b64encode(os.urandom(32)).decode()
    return {
        "format": "asn-enrol/1",
        "workspace_id": WS,
        "agency_id": "01900000-0000-7000-8000-0000000000bb",
        "device": {"device_id": "01900000-0000-7000-8000-0000000000cc", "device_name": "laptop"},
        "device_signing_key": key,
        "sync_key": key,
        "expires_at": "2099-01-01T00:00:00",
        "authority": PUBLIC,
        "root": make_root(WS, "01900000-0000-7000-8000-0000000000dd", PUBLIC, RAW, "dev"),
    }


@pytest.mark.parametrize(
    "change",
    [
        lambda d: [1],
        lambda d: {"format": "asn-enrol/1"},
        lambda d: d | {"expires_at": "2099-01-01T00:00:00+07:00"},  # a zone: no comparison with now
        lambda d: d | {"device": [1]},
        lambda d: d | {"device": {"device_name": "tanpa id"}},
        lambda d: d | {"agency_id": 7},
        lambda d: d | {"sync_keys": [1]},
        lambda d: d | {"sync_keys": {"²": "eA=="}},
    ],
    ids=[
        "a-list",
        "no-fields",
        "zoned-expiry",
        "device-a-list",
        "device-without-id",
        "agency-a-number",
        "keys-a-list",
        "keys-not-numbered",
    ],
)
def test_an_enrolment_file_not_of_make_enrolments_shape_is_refused_before_anything_is_made(
    change: Any, tmp_path: Path
) -> None:
    file = seal(json.dumps(change(_whole())).encode(), "sandi-daftar", params=FAST_TEST_PARAMS)
    with pytest.raises(WorkspaceError, match="tidak dikenal atau rusak"):
        sy.join_agency(file, "sandi-daftar", tmp_path / "baru", str(tmp_path / "berbagi"))
    assert not (tmp_path / "baru").exists()


def test_the_whole_file_gets_past_the_check(tmp_path: Path) -> None:
    """The cases above fail at their own field: the same file unchanged is read (and then
    stopped by the share, which is absent here)."""
    file = seal(json.dumps(_whole()).encode(), "sandi-daftar", params=FAST_TEST_PARAMS)
    data = sy._open_enrolment(file, "sandi-daftar", sy.utcnow())
    assert data["device"]["device_id"].endswith("cc")
