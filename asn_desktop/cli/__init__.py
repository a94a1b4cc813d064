"""``asn-desktop-cli``: the services without a window.

Every command prints one clear Indonesian line on stderr and exits non-zero when it fails. The
passphrase comes from ``ASN_PASSPHRASE`` when set, otherwise the keyring, otherwise a prompt.
Reading needs only the workspace key (whoever can unlock the database can read all of it);
a command that changes data acts as a user (``ASN_USER``, default ``admin``, password from
``ASN_USER_PASSWORD`` or a prompt), whose key signs the change as in the app. Each command group
lives in its own module with a ``register()``.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from asn_desktop import __version__
from asn_desktop.cli import agency, outreach, pdf, plan, security, siasn, sync, workspace
from asn_desktop.errors import AsnError, ImportRejected, user_message
from asn_desktop.logging_setup import setup_logging
from asn_desktop.progress import Cancelled

COMMAND_GROUPS = (workspace, agency, pdf, plan, sync, outreach, siasn, security)
log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="asn-desktop-cli", description="ASN Kinerja Desktop — baris perintah")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    for group in COMMAND_GROUPS:
        group.register(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging()
    log.info("perintah %s", args.command)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except ImportRejected as exc:
        print(f"galat: {exc.message}", file=sys.stderr)
        for line, reason in exc.row_errors:
            print(f"  baris {line}: {reason}", file=sys.stderr)
        return 2
    except Cancelled as exc:
        print(f"dibatalkan: {exc}", file=sys.stderr)
        return 130
    except (AsnError, ValueError) as exc:
        message = user_message(exc) or str(exc)
        print(f"galat: {message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("dibatalkan.", file=sys.stderr)
        return 130
