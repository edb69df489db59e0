"""pandas views of the model sheets: ``model_to_frames`` and ``frames_to_model``.

The same layout and the same forgiving reader as the workbook (:mod:`windtunnel.io.sheets`,
:mod:`windtunnel.io.tabular`), for code that works in pandas: a frame per sheet, columns
named by the sheet's headers. On the way back the problems and notes name a row of a frame
by its index label, as pandas shows it (``row 0`` is ``frame.loc[0]``, the first row of a
frame read with ``read_excel`` or ``read_csv``; ``row 'tax'`` is ``frame.loc['tax']``); a
label the index holds more than once is told apart by its position (``row 0 (iloc 3)``).
A problem with the header (a column named twice) names no row: the header is the frame's
column names.
"""

from __future__ import annotations

import math

import pandas as pd

from ..language import translate
from ..model import Model
from .cells import cell_text
from .importing import Imported
from .sheets import model_rows
from .tables import Table
from .tabular import tables_to_model

__all__ = ["model_to_frames", "frames_to_model"]


def model_to_frames(model: Model) -> dict[str, pd.DataFrame]:
    """One DataFrame per model sheet (Model, Nodes, Edges, Scenarios, ...)."""
    return {name: pd.DataFrame(rows, columns=header, dtype=object)
            for name, (header, _styles, rows) in model_rows(model).items()}


def frames_to_model(frames: dict[str, pd.DataFrame], *, title: str = "Imported model") -> Imported:
    """Build a model from DataFrames named like the model sheets (forgiving, see frames.py)."""
    tables = {}
    for name, frame in frames.items():
        rows = [[_plain(value) for value in row] for row in frame.itertuples(index=False)]
        numbers, places = _row_names(frame.index)
        tables[name] = Table(name=name, header=[str(c) for c in frame.columns], rows=rows,
                             numbers=numbers, header_row=None, places=places)
    return tables_to_model(tables, title=title, format="frames")


def _row_names(index: pd.Index) -> tuple[list[int], dict[int, str]]:
    """The numbers of a frame's rows in its table, and how messages name them: a unique
    integer index numbers them itself; any other, by position, each named by its label
    (with its position, ``iloc``, when the label is on several rows)."""
    if pd.api.types.is_integer_dtype(index) and index.is_unique:
        return [int(i) for i in index], {}
    repeated = index.duplicated(keep=False)
    places = {}
    for position, (label, twice) in enumerate(zip(index, repeated)):
        shown = repr(label) if isinstance(label, str) else cell_text(_plain(label))
        places[position] = (translate("frames", "{label} (iloc {position})").format(
            label=shown, position=position) if twice else shown)
    return list(range(len(index))), places


def _plain(value):
    """pandas' missing values (NaN, None, NA, and NaT, a missing date) are blank cells;
    numpy scalars become Python."""
    if (value is None or value is pd.NA or value is pd.NaT
            or (isinstance(value, float) and math.isnan(value))):
        return None
    if hasattr(value, "item") and not isinstance(value, str):
        return value.item()
    return value
