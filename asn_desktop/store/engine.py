"""The encrypted engine: SQLCipher 4 through SQLAlchemy 2 and the ``sqlcipher3`` driver.

The key is 32 random bytes handed to SQLCipher as a *raw* key (``x'…'``), so opening a
connection costs no key derivation: the passphrase KDF, when there is one, runs once in
``security.keystore``, never per connection.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from asn_desktop.errors import NotOurDatabase

KEY_BYTES = 32


def _key_pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("the database key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect_raw(path: Path, key: bytes) -> sqlcipher.Connection:
    """Open one DB-API connection with the key set and the schema readable.

    ``isolation_level=None`` hands transaction control to SQLAlchemy's ``begin`` hook below
    (the pysqlite driver's own implicit BEGIN is not reliable).
    """
    conn = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        conn.execute(_key_pragma(key))
        # The first read is where a wrong key or a foreign/truncated file shows itself.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA busy_timeout = 5000")
        # 64 MiB of page cache (SQLite's default is 2 MiB): every page read is also a decryption.
        conn.execute("PRAGMA cache_size = -65536")
    except sqlcipher.DatabaseError as exc:
        conn.close()
        raise NotOurDatabase(
            f"Berkas {path.name} bukan basis data ASN Kinerja, rusak, atau kuncinya tidak cocok."
        ) from exc
    return conn


def make_engine(path: Path, key: bytes, *, echo: bool = False) -> Engine:
    """An engine whose every pooled connection is opened by ``connect_raw``."""
    connect_raw(path, key).close()  # fail here, with a clear error, rather than on first use

    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: connect_raw(path, key),
        module=sqlcipher,
        echo=echo,
        # The URL names no file (the creator does), so the pool must be chosen explicitly.
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # Reads that run as one statement use AUTOCOMMIT (see ``read_engine``): no BEGIN/ROLLBACK.
        if conn.get_isolation_level() != "AUTOCOMMIT":
            conn.exec_driver_sql("BEGIN")

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
