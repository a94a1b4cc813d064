"""Where a workspace's secrets live: the OS keyring first, a passphrase-sealed ``keys.enc`` otherwise.

The secrets are a small dict: ``db_key`` (32 random bytes, SQLCipher's raw key),
``device_signing_key`` (raw Ed25519 private key of this laptop) and ``sync_key`` (32 bytes, the
agency's key for bundles and evidence blobs). Each store reports its ``backend`` (habit 10), so
the UI can say "stored in the system keyring" or "sealed with your passphrase".

Only a real OS keyring counts (Windows Credential Manager, macOS Keychain, Secret Service/KWallet):
keyring's fail/null backends and the file backends of ``keyrings.alt`` are refused, since they
would either lose the keys or leave them in a plain file next to the database they protect.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from pathlib import Path
from typing import Protocol

import keyring
import keyring.backends.chainer
import keyring.errors
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from asn_desktop.atomic import write_atomically
from asn_desktop.errors import KeyUnavailable
from asn_desktop.security.kdf import KdfParams, seal, unseal

__all__ = [
    "KEYS_FILE",
    "SERVICE",
    "KeyStore",
    "KeyringStore",
    "PassphraseStore",
    "choose_keystore",
    "new_secrets",
    "open_keystore",
]

SERVICE = "asn-desktop"
KEYS_FILE = "keys.enc"

# Backends that do not keep a secret safely on this machine, matched by defining module and
# class name along the MRO (so subclasses count too) without importing keyrings.alt, which is
# only a development dependency. keyrings.alt's EncryptedKeyring is listed as well: it asks for
# its own password on the terminal, which a desktop app cannot answer.
_UNSAFE_BACKENDS = frozenset(
    {
        ("keyring.backends.fail", "Keyring"),
        ("keyring.backends.null", "Keyring"),
        ("keyrings.alt.file_base", "Keyring"),
        ("keyrings.alt.file", "PlaintextKeyring"),
        ("keyrings.alt.file", "EncryptedKeyring"),
    }
)


def new_secrets() -> dict[str, bytes]:
    """Fresh secrets for a new workspace: two 32-byte keys and an Ed25519 signing key."""
    signing = Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return {"db_key": os.urandom(32), "device_signing_key": signing, "sync_key": os.urandom(32)}


def _encode(secrets: dict[str, bytes]) -> bytes:
    return json.dumps(
        {name: base64.b64encode(value).decode("ascii") for name, value in secrets.items()}, sort_keys=True
    ).encode("ascii")


def _decode(raw: bytes, where: str) -> dict[str, bytes]:
    try:
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise TypeError("not an object")
        return {str(name): base64.b64decode(value, validate=True) for name, value in data.items()}
    except (ValueError, TypeError, binascii.Error) as exc:
        raise KeyUnavailable(f"Kunci ruang kerja di {where} rusak dan tidak dapat dibaca.") from exc


class KeyStore(Protocol):
    """Loads and saves one workspace's secrets; ``backend`` is "keyring" or "passphrase"."""

    backend: str

    def load(self, workspace_id: str) -> dict[str, bytes]: ...

    def save(self, workspace_id: str, secrets: dict[str, bytes]) -> None: ...

    def delete(self, workspace_id: str) -> None: ...


def _is_unsafe(backend: object) -> bool:
    if isinstance(backend, keyring.backends.chainer.ChainerBackend):
        # The chainer writes to the first backend that accepts; if any of them is a plain file
        # the keys may land there, and with no backend at all it behaves like the null one.
        chained = list(backend.backends)
        return not chained or any(_is_unsafe(b) for b in chained)
    return any((cls.__module__, cls.__qualname__) in _UNSAFE_BACKENDS for cls in type(backend).__mro__)


class KeyringStore:
    """Secrets in the OS keyring: service ``asn-desktop``, user = workspace id, base64 JSON value.

    The value is base64 so every backend (some store UTF-16 text, some bytes) keeps it intact.
    """

    backend: str = "keyring"

    @staticmethod
    def available() -> bool:
        """Whether a real OS keyring is active and answers a set/get/delete probe."""
        if _is_unsafe(keyring.get_keyring()):
            return False
        probe, token = f"probe-{os.urandom(8).hex()}", os.urandom(16).hex()
        try:
            keyring.set_password(SERVICE, probe, token)
            answered = keyring.get_password(SERVICE, probe)
            keyring.delete_password(SERVICE, probe)
        except Exception:
            # A locked or misconfigured keyring (no D-Bus session, user refused the prompt…)
            # can fail in backend-specific ways; any failure means "use the passphrase".
            return False
        return answered == token

    def load(self, workspace_id: str) -> dict[str, bytes]:
        try:
            value = keyring.get_password(SERVICE, workspace_id)
        except keyring.errors.KeyringError as exc:
            raise KeyUnavailable(
                "Kunci ruang kerja tidak dapat diambil: tidak ada berkas keys.enc dan keyring sistem "
                "tidak tersedia atau menolak dibaca."
            ) from exc
        if value is None:
            raise KeyUnavailable(
                "Kunci ruang kerja ini tidak ditemukan di keyring sistem maupun di keys.enc."
            )
        try:
            raw = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise KeyUnavailable("Kunci ruang kerja di keyring sistem rusak dan tidak dapat dibaca.") from exc
        return _decode(raw, "keyring sistem")

    def save(self, workspace_id: str, secrets: dict[str, bytes]) -> None:
        value = base64.b64encode(_encode(secrets)).decode("ascii")
        try:
            keyring.set_password(SERVICE, workspace_id, value)
        except keyring.errors.KeyringError as exc:
            raise KeyUnavailable("Keyring sistem menolak menyimpan kunci ruang kerja.") from exc

    def delete(self, workspace_id: str) -> None:
        try:
            keyring.delete_password(SERVICE, workspace_id)
        except keyring.errors.PasswordDeleteError:
            pass  # already gone: deleting is idempotent
        except keyring.errors.KeyringError as exc:
            raise KeyUnavailable("Keyring sistem menolak menghapus kunci ruang kerja.") from exc


class PassphraseStore:
    """Secrets sealed with a passphrase (``kdf.seal``) in one file, normally ``<workspace>/keys.enc``.

    The file holds one workspace's secrets, so ``workspace_id`` is not needed to find them. A
    wrong passphrase only reads the file: nothing is ever rewritten on a failed unlock.
    """

    backend: str = "passphrase"

    def __init__(self, path: Path, passphrase: str, params: KdfParams | None = None) -> None:
        self.path = path
        self._passphrase = passphrase
        self._params = params

    def __repr__(self) -> str:  # never show the passphrase in a log or traceback
        return f"PassphraseStore({str(self.path)!r})"

    def load(self, workspace_id: str) -> dict[str, bytes]:
        try:
            blob = self.path.read_bytes()
        except FileNotFoundError:
            raise KeyUnavailable(
                f"Berkas kunci {self.path.name} tidak ditemukan di {self.path.parent}."
            ) from None
        return _decode(unseal(blob, self._passphrase), self.path.name)

    def save(self, workspace_id: str, secrets: dict[str, bytes]) -> None:
        write_atomically(self.path, seal(_encode(secrets), self._passphrase, params=self._params))

    def delete(self, workspace_id: str) -> None:
        self.path.unlink(missing_ok=True)


def choose_keystore(workspace: Path, passphrase: str | None, *, prefer_keyring: bool = True) -> KeyStore:
    """The store for a new workspace: the OS keyring when usable and preferred, else the passphrase."""
    if prefer_keyring and KeyringStore.available():
        return KeyringStore()
    if not passphrase:
        raise KeyUnavailable("Tidak ada keyring sistem; masukkan frasa sandi ruang kerja.")
    return PassphraseStore(workspace / KEYS_FILE, passphrase)


def open_keystore(
    workspace: Path, workspace_id: str, passphrase: str | None
) -> tuple[KeyStore, dict[str, bytes]]:
    """The store that holds this workspace's secrets, and the secrets.

    ``keys.enc`` present means the workspace was sealed with a passphrase (even if a keyring has
    appeared since); otherwise the keys are in the keyring.
    """
    keys_file = workspace / KEYS_FILE
    store: KeyStore
    if keys_file.exists():
        if not passphrase:
            raise KeyUnavailable("Ruang kerja ini dikunci dengan frasa sandi; masukkan frasa sandi.")
        store = PassphraseStore(keys_file, passphrase)
    else:
        store = KeyringStore()
    return store, store.load(workspace_id)
