"""Entry point of the frozen build: one program, two names (asn-desktop and asn-desktop-cli).

Both executables of the PyInstaller folder run this script; the name it was started by picks
the GUI or the command line (Dangerzone's habit), so the two share one analysis and one copy of
every library. ``freeze_support`` lets the PDF export's worker processes start from the frozen
executable.
"""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path


def main() -> int:
    multiprocessing.freeze_support()
    if Path(sys.argv[0]).stem.lower().startswith("asn-desktop-cli"):
        from asn_desktop.cli import main as cli_main

        return cli_main()
    from ui.__main__ import main as gui_main

    return gui_main()


if __name__ == "__main__":
    raise SystemExit(main())
