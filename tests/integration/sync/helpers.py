"""Reading a laptop's data the way the sync tests compare it."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select, text

from asn_desktop.sync.merge import synced_tables


def dump(ws: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every synced table, every row, sorted: equal dumps mean equal data."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with ws.sessions() as s:
        for name, table in synced_tables().items():
            rows = s.execute(select(table).order_by(table.c.id)).all()
            out[name] = [tuple(r) for r in rows]
    return out


def conflicts(ws: Any) -> set[str]:
    with ws.sessions() as s:
        return {r[0] for r in s.execute(text("select id from sync_conflict"))}


def quarantine(ws: Any) -> list[tuple[Any, ...]]:
    """The refused changes, as every laptop must list them alike."""
    with ws.sessions() as s:
        return [
            tuple(r)
            for r in s.execute(text("select id, table_name, row_id, reason from sync_quarantine order by id"))
        ]


def security_kinds(ws: Any) -> set[str]:
    """The kinds of files this laptop refused (its security events)."""
    with ws.sessions() as s:
        return {r[0] for r in s.execute(text("select kind from security_event"))}


def craft(
    ws: Any,
    signer: Any,
    table: str,
    row_id: str,
    fields: dict[str, Any],
    *,
    deleted: bool = False,
    hlc: str | None = None,
    chained: bool = False,
    damaged: bool = False,
) -> str:
    """A change signed by ``signer`` written straight into ``ws``'s log, as a user's own code would:
    none of the laptop's checks run, and its next push carries it like any other.

    ``chained``: a format-2 batch naming the author's last batch on this laptop, as the app signs
    them; ``damaged``: its own signature is broken (a later chained batch may still vouch for it)."""
    from asn_desktop.store.models import ChangeBatch, ChangeLog
    from asn_desktop.sync.batch import digest_of, signing_message
    from asn_desktop.sync.changelog import SYNC_APPLY, _tail

    hlc = hlc or str(ws.clock.tick())
    with ws.sessions() as s, s.begin():
        prev = _tail(s, signer.user_id, ws.device_id) if chained else None
        version = 2 if chained else 1
        entry = (table, row_id, hlc, fields, deleted)
        digest = digest_of(ws.workspace_id, "user", signer.user_id, [entry], version=version, prev=prev)
        signature = bytearray(signer.sign(signing_message(ws.workspace_id, digest)))
        if damaged:
            signature[0] ^= 1
        s.info[SYNC_APPLY] = True
        s.add(
            ChangeBatch(
                digest=digest,
                kind="user",
                author=signer.user_id,
                signature=bytes(signature).hex(),
                origin=ws.device_id,
                hlc=hlc,
                version=version,
                prev=prev,
            )
        )
        s.add(
            ChangeLog(
                hlc=hlc,
                table_name=table,
                row_id=row_id,
                fields=json.dumps(fields, sort_keys=True),
                deleted=deleted,
                origin=ws.device_id,
                author=signer.user_id,
                batch=digest,
            )
        )
    return digest


def fields_of(ws: Any, table: str, row_id: str) -> dict[str, Any]:
    with ws.sessions() as s:
        row = s.execute(text(f"select * from {table} where id = :i"), {"i": row_id}).mappings().one_or_none()
    return dict(row) if row else {}


def log_origins(ws: Any) -> dict[str, int]:
    with ws.sessions() as s:
        return {o: n for o, n in s.execute(text("select origin, count(*) from change_log group by origin"))}


__all__ = ["conflicts", "craft", "dump", "fields_of", "json", "log_origins", "quarantine", "security_kinds"]
