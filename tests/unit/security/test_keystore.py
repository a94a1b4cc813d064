"""Key storage: keyring first when it is a real one, a passphrase-sealed keys.enc otherwise."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import keyring.errors
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from keyring.backend import KeyringBackend
from keyrings.alt.file import EncryptedKeyring, PlaintextKeyring

from asn_desktop.errors import KeyUnavailable, WrongPassphrase
from asn_desktop.security.kdf import FAST_TEST_PARAMS, seal
from asn_desktop.security.keystore import (
    KEYS_FILE,
    SERVICE,
    KeyringStore,
    KeyStore,
    PassphraseStore,
    choose_keystore,
    new_secrets,
    open_keystore,
)

PASS = "frasa-sandi-uji"
WS_ID = "0190f5c2-0000-7000-8000-000000000001"


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in a dict, standing in for the OS keyring."""

    priority = 10

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.store:
            raise keyring.errors.PasswordDeleteError(username)
        del self.store[(service, username)]


class BrokenKeyring(MemoryKeyring):
    """A keyring that is installed but does not work (locked, no D-Bus session…)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("locked")

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


class ForgetfulKeyring(MemoryKeyring):
    """Accepts a secret and then does not give it back."""

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = "lain"


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


SetKeyring = Callable[[KeyringBackend], None]


@pytest.fixture
def use_keyring() -> Iterator[SetKeyring]:
    """Set any backend for one test and put the previous one back."""
    previous = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(previous)


def _sealed(tmp_path: Path, secrets: dict[str, bytes] | None = None) -> tuple[Path, dict[str, bytes]]:
    secrets = secrets or new_secrets()
    PassphraseStore(tmp_path / KEYS_FILE, PASS, FAST_TEST_PARAMS).save(WS_ID, secrets)
    return tmp_path / KEYS_FILE, secrets


# --- new_secrets ---------------------------------------------------------------------------


def test_new_secrets_are_fresh_and_well_formed() -> None:
    first, second = new_secrets(), new_secrets()
    assert set(first) == {"db_key", "device_signing_key", "sync_key"}
    assert all(len(v) == 32 for v in first.values())
    assert all(first[k] != second[k] for k in first)
    key = Ed25519PrivateKey.from_private_bytes(first["device_signing_key"])
    key.public_key().verify(key.sign(b"pesan"), b"pesan")


# --- PassphraseStore -----------------------------------------------------------------------


def test_passphrase_store_round_trip_private_file(tmp_path: Path) -> None:
    path, secrets = _sealed(tmp_path)
    assert path.read_bytes().startswith(b"ASNSEAL1")
    assert path.stat().st_mode & 0o777 == 0o600
    assert secrets["db_key"] not in path.read_bytes()
    store = PassphraseStore(path, PASS)
    assert store.backend == "passphrase"
    assert store.load(WS_ID) == secrets
    assert PASS not in repr(store)


def test_passphrase_store_default_params_seal_with_argon2id_64_mib(tmp_path: Path) -> None:
    store = PassphraseStore(tmp_path / KEYS_FILE, PASS)
    store.save(WS_ID, {"db_key": b"k" * 32})
    header = (tmp_path / KEYS_FILE).read_bytes()[10:]
    assert b'"memory_cost":65536' in header
    assert store.load(WS_ID) == {"db_key": b"k" * 32}


def test_wrong_passphrase_leaves_keys_file_untouched(tmp_path: Path) -> None:
    path, _ = _sealed(tmp_path)
    before, mtime = path.read_bytes(), path.stat().st_mtime_ns
    with pytest.raises(WrongPassphrase, match="Frasa sandi salah"):
        PassphraseStore(path, "bukan-ini").load(WS_ID)
    with pytest.raises(WrongPassphrase):
        open_keystore(tmp_path, WS_ID, "bukan-ini")
    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in tmp_path.iterdir()) == [KEYS_FILE]  # no stray temp file either


def test_missing_keys_file(tmp_path: Path) -> None:
    with pytest.raises(KeyUnavailable, match=r"Berkas kunci keys\.enc tidak ditemukan"):
        PassphraseStore(tmp_path / KEYS_FILE, PASS).load(WS_ID)


def test_save_replaces_and_delete_removes(tmp_path: Path) -> None:
    path, _ = _sealed(tmp_path)
    store = PassphraseStore(path, PASS, FAST_TEST_PARAMS)
    store.save(WS_ID, {"db_key": b"baru"})
    assert store.load(WS_ID) == {"db_key": b"baru"}
    store.delete(WS_ID)
    assert not path.exists()
    store.delete(WS_ID)  # idempotent


@pytest.mark.parametrize("content", [b"[1, 2]", b"{not json", b'{"db_key": "@@@"}'])
def test_sealed_but_garbled_content_is_a_clear_error(tmp_path: Path, content: bytes) -> None:
    (tmp_path / KEYS_FILE).write_bytes(seal(content, PASS, params=FAST_TEST_PARAMS))
    with pytest.raises(KeyUnavailable, match="rusak"):
        PassphraseStore(tmp_path / KEYS_FILE, PASS).load(WS_ID)


# --- KeyringStore --------------------------------------------------------------------------


def test_keyring_store_round_trip(memory_keyring: MemoryKeyring) -> None:
    store = KeyringStore()
    secrets = new_secrets()
    store.save(WS_ID, secrets)
    assert store.backend == "keyring"
    value = memory_keyring.store[(SERVICE, WS_ID)]
    decoded = json.loads(base64.b64decode(value))
    assert {k: base64.b64decode(v) for k, v in decoded.items()} == secrets
    assert store.load(WS_ID) == secrets
    store.delete(WS_ID)
    assert (SERVICE, WS_ID) not in memory_keyring.store
    store.delete(WS_ID)  # idempotent


def test_keyring_store_missing_entry(memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(KeyUnavailable, match="tidak ditemukan di keyring"):
        KeyringStore().load(WS_ID)


@pytest.mark.parametrize("value", ["@@ bukan base64 @@", base64.b64encode(b"[]").decode()])
def test_keyring_store_garbled_entry(memory_keyring: MemoryKeyring, value: str) -> None:
    memory_keyring.store[(SERVICE, WS_ID)] = value
    with pytest.raises(KeyUnavailable, match="rusak"):
        KeyringStore().load(WS_ID)


def test_keyring_store_failures_become_clear_errors(use_keyring: SetKeyring) -> None:
    use_keyring(BrokenKeyring())
    store = KeyringStore()
    with pytest.raises(KeyUnavailable, match="keyring"):
        store.load(WS_ID)
    with pytest.raises(KeyUnavailable, match="menolak menyimpan"):
        store.save(WS_ID, new_secrets())
    with pytest.raises(KeyUnavailable, match="menolak menghapus"):
        store.delete(WS_ID)


def test_available_with_a_working_keyring(memory_keyring: MemoryKeyring) -> None:
    assert KeyringStore.available() is True
    assert memory_keyring.store == {}  # the probe cleans up after itself


@pytest.mark.parametrize(
    "make",
    [
        keyring.backends.fail.Keyring,
        keyring.backends.null.Keyring,
        PlaintextKeyring,
        # EncryptedKeyring's __init__ needs pycryptodome; the check only looks at the class.
        lambda: EncryptedKeyring.__new__(EncryptedKeyring),
        BrokenKeyring,
        ForgetfulKeyring,
    ],
    ids=["fail", "null", "plaintext", "encrypted-file", "broken", "forgetful"],
)
def test_not_available(use_keyring: SetKeyring, make: Callable[[], KeyringBackend]) -> None:
    use_keyring(make())
    assert KeyringStore.available() is False


def test_plaintext_file_is_refused_without_touching_it(use_keyring: SetKeyring, tmp_path: Path) -> None:
    plain = PlaintextKeyring()
    plain.file_path = str(tmp_path / "keyring_pass.cfg")
    use_keyring(plain)
    assert KeyringStore.available() is False
    assert not (tmp_path / "keyring_pass.cfg").exists()


def test_chainer_is_judged_by_what_it_chains(
    use_keyring: SetKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    chainer = keyring.backends.chainer.ChainerBackend
    use_keyring(chainer())  # type: ignore[no-untyped-call]
    monkeypatch.setattr(chainer, "backends", [MemoryKeyring()])
    assert KeyringStore.available() is True
    monkeypatch.setattr(chainer, "backends", [MemoryKeyring(), PlaintextKeyring()])
    assert KeyringStore.available() is False
    monkeypatch.setattr(chainer, "backends", [])
    assert KeyringStore.available() is False


# --- choose_keystore / open_keystore -------------------------------------------------------


def test_choose_prefers_the_keyring(memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    store: KeyStore = choose_keystore(tmp_path, PASS)
    assert store.backend == "keyring"
    assert isinstance(store, KeyringStore)


def test_choose_passphrase_when_asked(memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    store = choose_keystore(tmp_path, PASS, prefer_keyring=False)
    assert isinstance(store, PassphraseStore)
    assert store.path == tmp_path / KEYS_FILE


def test_choose_passphrase_without_keyring(tmp_path: Path) -> None:
    # tests/conftest.py installs keyring's fail backend for every test.
    assert choose_keystore(tmp_path, PASS).backend == "passphrase"


@pytest.mark.parametrize("passphrase", [None, ""])
def test_choose_without_keyring_or_passphrase(tmp_path: Path, passphrase: str | None) -> None:
    with pytest.raises(KeyUnavailable) as err:
        choose_keystore(tmp_path, passphrase)
    assert err.value.message == "Tidak ada keyring sistem; masukkan frasa sandi ruang kerja."


def test_open_uses_keys_file_when_present(memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    _, secrets = _sealed(tmp_path)
    KeyringStore().save(WS_ID, new_secrets())  # a keyring entry must not win over keys.enc
    store, loaded = open_keystore(tmp_path, WS_ID, PASS)
    assert store.backend == "passphrase"
    assert loaded == secrets


def test_open_keys_file_needs_the_passphrase(tmp_path: Path) -> None:
    _sealed(tmp_path)
    with pytest.raises(KeyUnavailable, match="frasa sandi"):
        open_keystore(tmp_path, WS_ID, None)


def test_open_from_keyring(memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    secrets = new_secrets()
    KeyringStore().save(WS_ID, secrets)
    store, loaded = open_keystore(tmp_path, WS_ID, None)
    assert store.backend == "keyring"
    assert loaded == secrets


def test_open_with_neither_keys_file_nor_keyring(tmp_path: Path) -> None:
    with pytest.raises(KeyUnavailable, match="keyring"):
        open_keystore(tmp_path, WS_ID, PASS)
