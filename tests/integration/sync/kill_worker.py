"""A laptop that edits and syncs in a loop until it is killed (``test_kill.py``).

Prints ``ready`` once unlocked, then ``ack <name>`` after each committed edit: an acknowledged
change, which must never be lost whatever point the kill lands on.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> None:
    import keyring
    import keyring.backends.fail

    keyring.set_keyring(keyring.backends.fail.Keyring())
    from asn_desktop.services import sync as sy
    from asn_desktop.services.unit_of_work import unit_of_work
    from asn_desktop.services.workspace import login, open_workspace
    from asn_desktop.store.models import Unit
    from tests.conftest import PASSWORD

    ws_path, passphrase, share, tag = sys.argv[1:5]
    ws = open_workspace(Path(ws_path), passphrase=passphrase)
    ctx = login(ws, "admin", PASSWORD)
    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        name = f"{tag}-{i}"
        with unit_of_work(ctx, "uji.unit") as uow:
            uow.session.add(Unit(agency_id=ws.agency_id, name=name))
        print(f"ack {name}", flush=True)
        sy.sync_workspace(ctx, share)


if __name__ == "__main__":
    main()
