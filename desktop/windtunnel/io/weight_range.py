"""The out-of-range choice applied to an Edges sheet's weights and bounds at once.

Once its rows are read and its repeated edges merged, every weight and bound kept is
rescaled by the one factor :func:`~windtunnel.io.importing.weight_scale` gives (the
largest magnitude, or the range a Weight header states), or refused where it is, at its
row and column (Low, High, or the Weight column whose fuzzy cell gave it). Messages keep
the ``edges_sheet`` context, where the catalogues have them.
"""

from __future__ import annotations

from dataclasses import replace

from ..errors import LoadError
from ..language import translate
from .headers import stated_scale
from .importing import ChoiceNeeded, ImportOptions, UnreadableScale, weight_scale
from .rows import Reader, header_of
from .tables import Table

__all__ = ["fit_weights"]


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
                                                            "(import with --weights rescale to "
                                                            "divide every weight by the "
                                                            "largest)").format(weight=value))
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


def _bound_header(table: Table, columns: dict[str, int], name: str) -> str | None:
    """The column of a weight or its bound: Low or High, or the Weight column whose fuzzy
    cell gave it."""
    for field_name in (name, "weight"):
        if field_name in columns:
            return header_of(table, columns, field_name)
    return None
