"""Imported first by every benchmark, before any project module.

``ASN_FAST_HASH=1`` makes the demo's user password hashes cheap (``security.passwords`` reads it at
import), and keyring's fail backend makes the workspace keys go through the passphrase path
(``keys.enc``, Argon2id), whatever keyring this machine has.
"""

from __future__ import annotations

import os

import keyring
import keyring.backends.fail

os.environ["ASN_FAST_HASH"] = "1"
keyring.set_keyring(keyring.backends.fail.Keyring())
