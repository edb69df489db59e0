"""The order people expect of names with numbers in them: "class 2" before "class 10".

Group names often count (Gephi's modularity classes 0 to 8, "Workshop 1" to "Workshop 12"),
and a plain sort puts "10" before "2". :func:`natural_key` sorts the runs of digits in a
name by their value and the rest by its case-folded text, so lists of groups (the map's
legend, the Inspector's list of groups, ``windtunnel check``) read in counting order.
"""

from __future__ import annotations

import re

__all__ = ["natural_key"]

_RUNS = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple:
    """A sort key of ``text``: digits by value (``"8" < "10"``), letters ignoring case."""
    # split on a captured pattern: the runs of digits are the odd parts ("²" is no run)
    return tuple((0, int(part), part) if k % 2 else (1, part.casefold(), part)
                 for k, part in enumerate(_RUNS.split(text)) if part)
