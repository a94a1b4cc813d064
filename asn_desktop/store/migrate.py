"""Schema migrations at open: back up first, then upgrade to the newest Alembic revision.

Opening a workspace only needs to know whether its schema is current, so that check is one
plain query against ``HEAD``; Alembic itself (a fifth of the app's start-up imports) is loaded
only when a migration actually runs. A test keeps ``HEAD`` equal to Alembic's head.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
HEAD = "0015"


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def alembic_head() -> str:
    """The head as Alembic computes it from the migration files (tests compare it with HEAD)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def head_revision() -> str:
    return HEAD


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError:  # a database made before any migration ran
            return None


def create(engine: Engine) -> None:
    """Give a new, empty database the models' schema at once, stamped with ``HEAD``.

    Running every migration on an empty file reaches the same schema (a test compares the two,
    table by table) but costs ~0.3 s and grows with each migration; every new workspace — a
    joining laptop, the demo, each test — paid it.
    """
    from asn_desktop.store.models import Base  # here: opening an existing workspace needs no models

    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        conn.exec_driver_sql(
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
            "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
        )
        conn.exec_driver_sql("INSERT INTO alembic_version (version_num) VALUES (?)", (HEAD,))


def upgrade(engine: Engine) -> None:
    """Run every pending migration in one transaction, with foreign keys checked once at the end.

    A migration that changes a unique rule or adds a foreign key makes Alembic's batch mode
    rebuild the table (copy, drop, rename). With ``foreign_keys`` on, dropping a table other
    rows point at fails, and SQLite can switch the checks off only outside a transaction; so
    they are off for the upgrade, and ``foreign_key_check`` must find nothing before it commits.
    """
    from alembic import command

    cfg = alembic_config()
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")  # no transaction is open yet: it takes effect
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration left rows without their parent: {broken[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
