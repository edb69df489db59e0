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
- 6 -> 7: "absent ratings are left out" (``aggregation_zeros`` ``ignore``) leaves out only
  the ratings not given; an explicit rating of 0 counts as 0. Up to version 6 it left out
  every rating of weight 0 as well, which was how a combined map's edge of weight 0 (one a
  map cannot tell from an edge not drawn) was stored. So in a file whose settings leave
  absent ratings out, a rating of weight 0 with no term and no bounds (one that left the
  aggregate as though not given) becomes no rating: every working weight stays as the file
  had it. A file that counts absent ratings as zero keeps its ratings (0 and absent weigh
  alike there), and so does a rating of the term NA, which version 6 counted in the mean
  and the median too.
"""

from __future__ import annotations

from typing import Callable

__all__ = ["FORMAT_VERSION", "OLDEST_VERSION", "MIGRATIONS", "migrate"]

FORMAT_VERSION = 7
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


def _v6_to_v7(data: dict) -> dict:
    """Where absent ratings are left out, a rating of 0 (no term, no bounds), which version
    6 left out too, becomes no rating, so the aggregate stays as it was (module
    docstring). Anything out of shape is left for the builder to report."""
    settings = data.get("settings")
    participants = data.get("participants")
    if not (isinstance(settings, dict) and settings.get("aggregation_zeros") == "ignore"
            and isinstance(participants, list)):
        return {**data, "version": 7}
    return {**data, "version": 7,
            "participants": [_without_zero_ratings(p) for p in participants]}


def _without_zero_ratings(participant):
    """``participant`` (a raw dictionary) without its ratings of weight 0 that have no term
    and no bounds."""
    if not (isinstance(participant, dict) and isinstance(participant.get("ratings"), list)):
        return participant
    return {**participant, "ratings": [r for r in participant["ratings"]
                                       if not _left_out_zero(r)]}


def _left_out_zero(rating) -> bool:
    """Whether a raw rating is one version 6 left out as not drawn: weight 0, no term, no
    bounds."""
    if not isinstance(rating, dict):
        return False
    weight = rating.get("weight")
    return (isinstance(weight, (int, float)) and not isinstance(weight, bool) and weight == 0
            and rating.get("term", "") == "" and rating.get("low") is None
            and rating.get("high") is None)


MIGRATIONS: dict[int, Callable[[dict], dict]] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4,
                                                 4: _v4_to_v5, 5: _v5_to_v6, 6: _v6_to_v7}


def migrate(data: dict, version: int) -> dict:
    """Bring ``data`` of format ``version`` up to :data:`FORMAT_VERSION`."""
    for step in range(version, FORMAT_VERSION):
        data = MIGRATIONS[step](data)
    return data
