"""Reading what came from outside: the share, a bundle, an enrolment file, a backup, an archive.

Each reader guards its parse with ``except ValueError`` and turns that into a refusal by name.
``json.loads`` alone does not keep to that: its parser recurses once per nested array or object
and raises ``RecursionError`` past about a thousand levels, so two kilobytes of ``[`` — in a
device record, which anyone who can write to the share can put there without any key — escaped
every guard and stopped every laptop's sync.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["json_of"]


def json_of(data: bytes | str) -> Any:
    """``json.loads`` for input: any way the text fails to be JSON is a ``ValueError``."""
    try:
        return json.loads(data)
    except RecursionError:
        raise ValueError("JSON bersarang terlalu dalam") from None
