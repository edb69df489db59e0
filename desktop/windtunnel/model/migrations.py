"""Migrations of the .wtm file format: small pure functions, applied in order.

``MIGRATIONS[n]`` turns the raw dictionary of a version-``n`` file into version ``n + 1``.
A file is migrated step by step up to :data:`FORMAT_VERSION` before it is built, so every
older version keeps loading; each version has a golden file under ``tests/data/golden``.

- 1 -> 2: models gain participants (their ratings of edges) and the settings that say how
  ratings are aggregated. A version-1 file has neither, and the defaults (no participants;
  mean with absent edges counted as zero) leave every weight as it was, so the step only
  raises the version number.
- 2 -> 3: nodes, edges, scenarios, objectives and sources may carry ``translations`` of
  their text by language tag. A version-2 file has none, and the original text is what
  every language falls back to, so the step only raises the version number.
- 3 -> 4: participants (their name and role) and the model itself (its title, description
  and time unit, in a top-level ``translations``) may carry translations too. A version-3
  file has none, so the step only raises the version number. Within version 4, before any
  release wrote it, the nodes' groups (a top-level ``group_translations``) and sources'
  publishers gained translations too: optional, and absent from every file of versions 1
  to 3, so no step is needed and the version stays 4.
- 4 -> 5: a translation may be marked as needing review (its original was edited after it
  was written): an element's ``translations_to_review``, ``{tag: [field, ...]}``. A
  version-4 file has no marks, and none is due (nothing says which originals changed since
  their translations were written), so the step only raises the version number.
- 5 -> 6: a source may hold a web address (``url``); an edge participants rate may keep
  the map's own weight (and bounds) from before the first rating (``unrated_weight``,
  ``unrated_low``, ``unrated_high``), which clearing its last rating brings back; the
  model's own title, description and time unit gain marks on their translations to review
  (a top-level ``translations_to_review``). A version-5 file has none of these (a link was
  written in the citation; nothing says what its rated edges weighed before they were
  rated, so such an edge keeps the weight it had when loaded as its own:
  windtunnel.engine.aggregation), so the step only raises the version number.
"""

from __future__ import annotations

from typing import Callable

__all__ = ["FORMAT_VERSION", "OLDEST_VERSION", "MIGRATIONS", "migrate"]

FORMAT_VERSION = 6
OLDEST_VERSION = 1


def _v1_to_v2(data: dict) -> dict:
    """Version 2 only adds sections and settings whose defaults change nothing."""
    return {**data, "version": 2}


def _v2_to_v3(data: dict) -> dict:
    """Version 3 only adds translations, which older files do not have."""
    return {**data, "version": 3}


def _v3_to_v4(data: dict) -> dict:
    """Version 4 only adds translations of participants and of the model's own text."""
    return {**data, "version": 4}


def _v4_to_v5(data: dict) -> dict:
    """Version 5 only adds marks on translations to review, which older files do not have."""
    return {**data, "version": 5}


def _v5_to_v6(data: dict) -> dict:
    """Version 6 only adds a source's web address, the own weight of rated edges and marks on
    the model's own translations, which older files do not have."""
    return {**data, "version": 6}


MIGRATIONS: dict[int, Callable[[dict], dict]] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4,
                                                 4: _v4_to_v5, 5: _v5_to_v6}


def migrate(data: dict, version: int) -> dict:
    """Bring ``data`` of format ``version`` up to :data:`FORMAT_VERSION`."""
    for step in range(version, FORMAT_VERSION):
        data = MIGRATIONS[step](data)
    return data
