"""The out-of-range choice applied to an Edges sheet's weights and bounds at once.

Once its rows are read and its repeated edges merged, every weight and bound kept is
rescaled by the one factor :func:`~windtunnel.io.importing.weight_scale` gives (the
largest magnitude, or the range a Weight header states), or refused where it is, at its
row and column (Low, High, or the Weight column whose fuzzy cell gave it). A few stray
weights among weights within [-1, 1] are asked about naming their cells, or refused at
them (:func:`~windtunnel.io.importing.stray_weights`). Messages keep
the ``edges_sheet`` context, where the catalogues have them.
"""

from __future__ import annotations

from dataclasses import replace

from ..errors import LoadError, Problem
from ..language import translate
from .headers import stated_scale
from .importing import (ChoiceNeeded, ImportOptions, StrayQuestion, UnreadableScale,
                        rescale_hint, stray_text, weight_scale)
from .naming import bounded
from .rows import Reader, header_of
from .tables import Table

__all__ = ["fit_weights", "LISTED_CELLS"]

#: The most cells a question or a note lists.
LISTED_CELLS = 8


def fit_weights(rows: list[dict], table: Table, columns: dict[str, int], reader: Reader,
                 options: ImportOptions) -> None:
    """Apply the out-of-range choice to every weight and bound of the table at once (the
    edges refused already left out): afterwards each weight and bound kept lies in [-1, 1],
    rescaled or refused where it is, so a row's edge needs no check but its own row's."""
    rows = [row for row in rows if not row.get("_refused")]
    # a blank weight (±0.5) is final, never the scale nor what a scale is checked against
    values = [row.get(k) for row in rows for k in ("weight", "low", "high")
              if k != "weight" or row["_weights"]]
    stated = stated_scale(header_of(table, columns, "weight")) if "weight" in columns else None
    try:
        scale, note = weight_scale(values, options, table.where(), stated)
    except StrayQuestion as question:
        if reader.problems:                # refused for its rows: the strays with them
            _refuse_beyond(rows, UnreadableScale(question.beyond, _stray_message, "", 0),
                           table, columns, reader)
            return
        raise StrayQuestion(Problem(table.where(), stray_text(
            question.strays, _beyond_cells(rows, question.beyond, table, columns))),
            question.strays) from None
    except ChoiceNeeded:
        if not reader.problems:
            raise                              # the caller asks its user, then reads again
        # refused for its rows, never asked: no weight is refused for its range meanwhile
        scale, note = weight_scale(values, replace(options, out_of_range="rescale"),
                                   table.where())
    except UnreadableScale as exc:
        _refuse_beyond(rows, exc, table, columns, reader)
        return
    except LoadError:
        for row in rows:
            for name in ("weight", "low", "high"):
                value = row.get(name)
                if value is not None and abs(value) > 1:
                    row["_refused"] = True
                    reader.problem(table, row["_row"], _bound_header(table, columns, name),
                                   translate("edges_sheet", "{weight:g} is outside [-1, 1] "
                                                            "(to divide every weight by the "
                                                            "largest, {rescale})").format(
                                       weight=value, rescale=rescale_hint(options)))
        return
    if note is None:
        return
    reader.notes.append(note)
    for row in rows:
        for name in ("weight", "low", "high"):
            # a weight no row gave (blank: ±0.5) is already in the scale the map ends up in
            if row.get(name) is not None and (name != "weight" or row["_weights"]):
                row[name] = row[name] / scale


def _refuse_beyond(rows: list[dict], refusal: UnreadableScale, table: Table,
                   columns: dict[str, int], reader: Reader) -> None:
    """Refuse each weight or bound the refusal blames, at its row and column."""
    for row in rows:
        for name in ("weight", "low", "high"):
            value = row.get(name)
            if value is not None and abs(value) > refusal.beyond:
                row["_refused"] = True
                reader.problem(table, row["_row"], _bound_header(table, columns, name),
                               refusal.cell_message(value))


def _stray_message(weight: float) -> str:
    return translate("edges_sheet", "{weight:g} is outside [-1, 1], where the other weights "
                                    "are: correct it").format(weight=weight)


def _beyond_cells(rows: list[dict], beyond: float, table: Table, columns: dict[str, int]) -> str:
    """The places of the weights and bounds past ``beyond``, each with its value: the first
    :data:`LISTED_CELLS`, then how many more."""
    cells = [translate("edges_sheet", "{place} ({weight:g})").format(
                 place=table.where(row["_row"], _bound_header(table, columns, name)),
                 weight=row[name])
             for row in rows for name in ("weight", "low", "high")
             if row.get(name) is not None and abs(row[name]) > beyond]
    return bounded(cells, LISTED_CELLS)


def _bound_header(table: Table, columns: dict[str, int], name: str) -> str | None:
    """The column of a weight or its bound: Low or High, or the Weight column whose fuzzy
    cell gave it."""
    for field_name in (name, "weight"):
        if field_name in columns:
            return header_of(table, columns, field_name)
    return None
