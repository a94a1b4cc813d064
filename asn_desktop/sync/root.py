"""The root of the directory: the agency's first admin, vouched for by the enrolment authority.

Who may do what is decided by admin-signed changes to the user accounts (``sync.authz``); the
chain of admins starts at one user whom every laptop pins. The enrolment authority — the laptop
that made the agency — signs a statement naming that user and their public key; a laptop learns
it from its sealed enrolment file, or (a laptop enrolled before statements existed) from
``root.json`` on the share, checked against the authority key it pinned at enrolment.
"""

from __future__ import annotations

import json
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

__all__ = ["ROOT_FORMAT", "RootInvalid", "make_root", "verify_root"]

ROOT_FORMAT = "asn-root/1"


class RootInvalid(ValueError):
    """A root statement that the enrolment authority did not sign."""


def _canon(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode()


def make_root(
    workspace_id: str, user_id: str, public_key: str, authority_key: bytes, authority: str
) -> dict[str, Any]:
    body = {"format": ROOT_FORMAT, "workspace_id": workspace_id, "user_id": user_id, "public_key": public_key}
    signature = Ed25519PrivateKey.from_private_bytes(authority_key).sign(_canon(body))
    return {**body, "signature": signature.hex(), "authority": authority}


def verify_root(statement: Any, authority_public: bytes, workspace_id: str) -> dict[str, Any]:
    """The statement, if the authority signed it for this workspace; ``RootInvalid`` otherwise."""
    try:
        body = {k: statement[k] for k in ("format", "workspace_id", "user_id", "public_key")}
        if body["format"] != ROOT_FORMAT or body["workspace_id"] != workspace_id:
            raise ValueError("format")
        if not isinstance(body["user_id"], str) or not isinstance(body["public_key"], str):
            raise ValueError("fields")
        Ed25519PublicKey.from_public_bytes(authority_public).verify(
            bytes.fromhex(statement["signature"]), _canon(body)
        )
    except (InvalidSignature, ValueError, KeyError, TypeError) as exc:
        raise RootInvalid("Pernyataan admin utama tidak ditandatangani otoritas pendaftaran.") from exc
    return dict(statement)
