"""Opening a workspace for the login window: on a worker thread, while the person types.

The app shows its first window before it imports the store (SQLAlchemy alone is 0.4 s of
imports) or derives any key; this module is what that window needs, and nothing here is
imported at module level but the standard library, so asking ``needs_passphrase`` costs nothing.
``open_for_login`` then does, on the worker, what the first screen would otherwise pay for after
the password: unlocking (the Argon2id of ``keys.enc``), the migration check, and the ORM's
one-time mapper configuration (0.1 s the first time a row is loaded).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from asn_desktop.services.context import Workspace

# The name of ``security.keystore.KEYS_FILE``, repeated so this check imports nothing (a unit test
# keeps the two equal).
KEYS_FILE = "keys.enc"


def needs_passphrase(path: Path) -> bool:
    """Whether this workspace's keys are sealed with a passphrase (else they are in the keyring)."""
    return (path / KEYS_FILE).exists()


def open_for_login(path: Path, passphrase: str | None) -> Workspace:
    """Unlock the workspace and get the ORM ready for the first screen's reads."""
    from sqlalchemy.orm import configure_mappers  # noqa: PLC0415 - the point is to import it here

    from asn_desktop.services.workspace import open_workspace  # noqa: PLC0415

    ws = open_workspace(path, passphrase=passphrase)
    configure_mappers()
    _warm_pages(ws)
    return ws


def _warm_pages(ws: Workspace) -> None:
    """Read what every first screen reads — the directory, the SKPs and assessments — once, so
    the pooled connection's page cache holds it decrypted when the window is built.

    ``count(*) … NOT INDEXED`` walks each table's pages (each page read is a decryption) without
    turning 30,000 rows into Python objects: 5 ms instead of 0.5 s on 10,000 employees.
    """
    from sqlalchemy import text  # noqa: PLC0415

    from asn_desktop.store import models as m  # noqa: PLC0415

    with ws.reader.connect() as conn:
        for model in (m.Unit, m.Position, m.Employee, m.User, m.Skp, m.Assessment, m.OrgPredikat):
            table = model.__tablename__
            conn.execute(text(f'SELECT count(*) FROM "{table}" NOT INDEXED')).scalar()  # noqa: S608 - model names
