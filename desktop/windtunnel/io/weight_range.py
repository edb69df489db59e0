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

from collections.abc import Callable, Iterator
from dataclasses import replace

from ..errors import LoadError, Problem
from ..language import translate
from .headers import stated_scale
from .importing import (ChoiceNeeded, ImportOptions, StrayQuestion, UnreadableScale,
                        rescale_hint, stray_text, weight_scale)
from .naming import bounded, bounded_like
from .rows import Reader, header_of
from .tables import Table

__all__ = ["fit_weights", "LISTED_CELLS"]

#: The most cells a question or a note lists.
LISTED_CELLS = 8
#: The places a refusal summarised for many weights names before "and N more like it".
SUMMARISED_CELLS = 3


#: The fields of a row that hold a weight or one of its bounds.
_WEIGHT_FIELDS = ("weight", "low", "high")


def fit_weights(rows: list[dict], table: Table, columns: dict[str, int], reader: Reader,
                 options: ImportOptions) -> None:
    """Apply the out-of-range choice to every weight and bound of the table at once (the
    edges refused already left out): afterwards each weight and bound kept lies in [-1, 1],
    rescaled or refused where it is, so a row's edge needs no check but its own row's."""
    rows = [row for row in rows if not row.get("_refused")]
    given = list(_given(rows))
    stated = stated_scale(header_of(table, columns, "weight")) if "weight" in columns else None
    try:
        scale, note = weight_scale([row[name] for row, name in given], options,
                                   table.where(), stated)
    except StrayQuestion as question:
        if reader.problems:                # refused for its rows: the strays with them
            _refuse_beyond(rows, question.beyond, _stray_message, table, columns, reader)
            return
        raise StrayQuestion(Problem(table.where(), stray_text(
            question.strays, _beyond_cells(rows, question.beyond, table, columns))),
            question.strays) from None
    except ChoiceNeeded:
        if not reader.problems:
            raise                              # the caller asks its user, then reads again
        # refused for its rows, never asked: no weight is refused for its range meanwhile
        scale, note = weight_scale([row[name] for row, name in given],
                                   replace(options, out_of_range="rescale"), table.where())
    except UnreadableScale as exc:
        _refuse_beyond(rows, exc.beyond, exc.cell_message, table, columns, reader)
        for row, _name, _value in _beyond(rows, 1.0):
            row["_refused"] = True     # left without a scale by those: their fix fits these
        return
    except LoadError:
        _refuse_beyond(rows, 1.0, _outside_message(options), table, columns, reader)
        return
    if note is None:
        return
    reader.notes.append(note)
    for row, name in given:
        row[name] = row[name] / scale


def _given(rows: list[dict]) -> Iterator[tuple[dict, str]]:
    """Each weight and bound the rows give, as (row, field). A blank weight (±0.5) is
    final: never the scale, nor what a scale is checked against, nor rescaled (it is in
    the scale the map ends up in already)."""
    for row in rows:
        for name in _WEIGHT_FIELDS:
            if row.get(name) is not None and (name != "weight" or row["_weights"]):
                yield row, name


def _beyond(rows: list[dict], beyond: float) -> Iterator[tuple[dict, str, float]]:
    """Each weight and bound of the rows past ``beyond`` in magnitude, as (row, field,
    value), in the rows' order."""
    for row in rows:
        for name in _WEIGHT_FIELDS:
            value = row.get(name)
            if value is not None and abs(value) > beyond:
                yield row, name, value


def _refuse_beyond(rows: list[dict], beyond: float, cell_message: Callable[[float], str],
                   table: Table, columns: dict[str, int], reader: Reader) -> None:
    """Refuse each weight or bound past ``beyond``, at its row and column, saying
    ``cell_message(value)``; more than :data:`LISTED_CELLS` of them are one problem, said
    once for the largest and listing the first few places (a file whose thousands of
    weights are on a scale no import reads gets one message to act on, not thousands)."""
    refused = list(_beyond(rows, beyond))
    for row, _name, _value in refused:
        row["_refused"] = True
    if len(refused) <= LISTED_CELLS:
        for row, name, value in refused:
            reader.problem(table, row["_row"], _bound_header(table, columns, name),
                           cell_message(value))
        return
    largest = max(abs(value) for _row, _name, value in refused)
    places = [_valued_place(row, name, value, table, columns)
              for row, name, value in refused[:SUMMARISED_CELLS]]
    reader.problem(table, None, None, translate(
        "edges_sheet", "{count:,} weights cannot be read as they are; the largest: {message}. "
                       "They are at {places}").format(
        count=len(refused), message=cell_message(largest),
        places=bounded_like(places, SUMMARISED_CELLS, len(refused))))


def _outside_message(options: ImportOptions) -> Callable[[float], str]:
    """The refusal of a weight outside [-1, 1], saying how to have it rescaled in the words
    of where the import was asked (``rescale_hint``)."""
    return lambda weight: translate(
        "edges_sheet", "{weight:g} is outside [-1, 1] (to divide every weight by the largest, "
                       "{rescale})").format(weight=weight, rescale=rescale_hint(options))


def _stray_message(weight: float) -> str:
    return translate("edges_sheet", "{weight:g} is outside [-1, 1], where the other weights "
                                    "are: correct it").format(weight=weight)


def _beyond_cells(rows: list[dict], beyond: float, table: Table, columns: dict[str, int]) -> str:
    """The places of the weights and bounds past ``beyond``, each with its value: the first
    :data:`LISTED_CELLS`, then how many more."""
    cells = [_valued_place(row, name, value, table, columns)
             for row, name, value in _beyond(rows, beyond)]
    return bounded(cells, LISTED_CELLS)


def _valued_place(row: dict, name: str, value: float, table: Table,
                  columns: dict[str, int]) -> str:
    """Where a weight or bound is, with its value: ``row 4, column Weight (200)``."""
    return translate("edges_sheet", "{place} ({weight:g})").format(
        place=table.where(row["_row"], _bound_header(table, columns, name)), weight=value)


def _bound_header(table: Table, columns: dict[str, int], name: str) -> str | None:
    """The column of a weight or its bound: Low or High, or the Weight column whose fuzzy
    cell gave it."""
    for field_name in (name, "weight"):
        if field_name in columns:
            return header_of(table, columns, field_name)
    return None
