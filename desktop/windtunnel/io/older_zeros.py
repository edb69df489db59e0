"""Ratings of 0 in a workbook written before format version 7, read as their writer meant.

Before format version 7, where absent ratings were left out, a rating of weight 0 with no
term and no bounds was left out too (a combined map's edge of weight 0 cannot be told from
one not drawn); from version 7 it counts as a "no effect". A workbook's Model sheet gives
its version in a last row since version 7, so a workbook without one may come from either
side of the change: Windtunnel wrote workbooks without the row for a while after ratings
of 0 began to count.

The workbook tells which by its own working weights: its Edges sheet holds the weight its
writer aggregated for every rated edge. Where an edge rated 0 by someone aggregates to a
different weight with the 0 counted than without it, the Edges sheet's weight says which
reading wrote it. Every rating of 0 is then read that way (one writer wrote the workbook).
Where no edge tells, or edges tell both ways (weights edited by hand), the ratings of 0 are
read as no rating, as an older ``.wtm`` file's are (``windtunnel.model.migrations``), so
every working weight stays as the workbook had it; the import note names the cells so read
and how to keep them as 0.
"""

from __future__ import annotations

from dataclasses import replace

from ..engine.aggregation import working_weights
from ..language import translate
from ..model import Model, Rating, Settings
from .rows import Reader
from .tables import Table, located

__all__ = ["ZERO_COUNTS_FROM", "zeros_not_drawn", "read_older_zeros"]

#: The first format version in which a rating of 0 counts where absent ratings are left out.
ZERO_COUNTS_FROM = 7

#: Two aggregates closer than this are one weight as a workbook writes it.
_SAME_WEIGHT = 1e-6


def zeros_not_drawn(version: int | None, settings: Settings) -> bool:
    """Whether a workbook's ratings of 0 may have been left out by its writer: its Model
    sheet's ``version`` is before :data:`ZERO_COUNTS_FROM` (or missing) and its
    ``settings`` leave absent ratings out."""
    return settings.aggregation_zeros == "ignore" and (version or 0) < ZERO_COUNTS_FROM


def bare_zero(rating: Rating) -> bool:
    """A rating of weight 0 with no term and no bounds: one a workbook written before
    format version 7 may have left out where absent ratings are left out."""
    return (rating.weight == 0 and not rating.term and rating.low is None
            and rating.high is None)


def read_older_zeros(model: Model, version: int | None, reader: Reader) -> None:
    """Read ``model``'s ratings of 0 as the workbook's writer meant them (module
    docstring): dropped from ``model`` when it left them out or cannot be told, with a
    note on ``reader`` naming the rows they were read from."""
    if not zeros_not_drawn(version, model.settings):
        return
    zeros = [(i, j) for i, p in enumerate(model.participants)
             for j, rating in enumerate(p.ratings) if bare_zero(rating)]
    if not zeros:
        return
    without = model.copy()
    for who in model.participants:
        without.replace("participant", replace(who, ratings=tuple(
            r for r in who.ratings if not bare_zero(r))))
    reading = _writers_reading(model, without, {model.participants[i].ratings[j].key
                                                for i, j in zeros})
    rows = [reader.origin[("Participants", i, "ratings", j)] for i, j in zeros]
    table: Table = rows[0][0]
    where = _rows_text(table, sorted({row for _table, row in rows}))
    if reading == "counted":
        reader.note(table, None, None, translate(
            "older_zeros", "written before format version 7 (the Model sheet gives no version "
                           "7 or later), after ratings of 0 began to count: its Edges sheet's "
                           "weights are the aggregate with them, so the ratings of 0 in {where} "
                           "are read as 0 (\"no effect\")").format(where=where))
        return
    for who in without.participants:
        model.replace("participant", who)
    if reading == "left out":
        text = translate(
            "older_zeros", "written before format version 7 (the Model sheet gives no version "
                           "7 or later), when leaving absent ratings out left out ratings of 0 "
                           "too, as its Edges sheet's weights show: the ratings of 0 in {where} "
                           "({count:,} in all) are read as no rating, so the working weights "
                           "stay as the workbook had them; to count one as \"no effect\", write "
                           "NA in its Term cell")
    else:
        text = translate(
            "older_zeros", "written before format version 7 (the Model sheet gives no version "
                           "7 or later), whose Edges sheet's weights do not tell whether its "
                           "ratings of 0 were left out, as leaving absent ratings out did before "
                           "then: the ratings of 0 in {where} ({count:,} in all) are read as no "
                           "rating, so the working weights stay as the workbook had them; to "
                           "keep them as 0 (\"no effect\"), write NA in their Term cells, or "
                           "add a last row \"version\" with 7 to the Model sheet to read every "
                           "rating of 0 as 0")
    reader.note(table, None, None, text.format(where=where, count=len(zeros)))


def _writers_reading(model: Model, without: Model, keys: set) -> str | None:
    """"counted" or "left out": how the Edges sheet's weights of the edges rated 0
    (``keys``) were aggregated, told by the edges whose two readings differ; None when
    none tells or they tell both ways."""
    counted, left_out = working_weights(model), working_weights(without)
    told = set()
    for key in keys:
        edge = model.edge(*key)
        if edge is None or key not in counted or key not in left_out:
            continue
        with_zero, without_zero = counted[key], left_out[key]
        if abs(with_zero - without_zero) <= _SAME_WEIGHT:
            continue
        if abs(edge.weight - with_zero) <= _SAME_WEIGHT:
            told.add("counted")
        elif abs(edge.weight - without_zero) <= _SAME_WEIGHT:
            told.add("left out")
    return told.pop() if len(told) == 1 else None


def _rows_text(table: Table, rows: list[int]) -> str:
    """Every row, runs of rows as ranges: ``rows 4, 9-12``, as the sheet numbers them."""
    runs: list[list[int]] = []
    for row in rows:
        if runs and row == runs[-1][-1] + 1:
            runs[-1].append(row)
        else:
            runs.append([row])
    named = [str(table.places.get(run[0], run[0])) if len(run) == 1 else
             f"{table.places.get(run[0], run[0])}\u2013{table.places.get(run[-1], run[-1])}"
             for run in runs]
    return located(table.row_word, translate("locations", ", ").join(named))
