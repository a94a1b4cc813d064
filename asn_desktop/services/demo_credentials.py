"""The demo's well-known secrets, in a module of their own so the app's start can name them
without importing the demo builder (and with it the whole store)."""

from __future__ import annotations

DEMO_PASSWORD = "demo12345"  # noqa: S105 - published in the README; every demo user's login password, and their signing passphrase
DEMO_PASSPHRASE = "demo-asn"  # noqa: S105 - published; the demo workspace only, when no ASN_PASSPHRASE is set
