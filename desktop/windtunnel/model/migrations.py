"""Migrations of the .wtm file format: small pure functions, applied in order.

``MIGRATIONS[n]`` turns the raw dictionary of a version-``n`` file into version ``n + 1``.
A file is migrated step by step up to :data:`FORMAT_VERSION` before it is built, so every
older version keeps loading; each version has a golden file under ``tests/data/golden``.
Version 1 is the first published format, so there is nothing to migrate yet.
"""

from __future__ import annotations

from typing import Callable

__all__ = ["FORMAT_VERSION", "OLDEST_VERSION", "MIGRATIONS", "migrate"]

FORMAT_VERSION = 1
OLDEST_VERSION = 1

MIGRATIONS: dict[int, Callable[[dict], dict]] = {}


def migrate(data: dict, version: int) -> dict:
    """Bring ``data`` of format ``version`` up to :data:`FORMAT_VERSION`."""
    for step in range(version, FORMAT_VERSION):
        data = MIGRATIONS[step](data)
    return data
