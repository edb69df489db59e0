"""pandas views of the model sheets: ``model_to_frames`` and ``frames_to_model``.

The same layout and the same forgiving reader as the workbook (:mod:`windtunnel.io.sheets`,
:mod:`windtunnel.io.tabular`), for code that works in pandas: a frame per sheet, columns
named by the sheet's headers. On the way back the problems and notes name a row of a frame
with an integer index by its index, as pandas shows it (``row 0`` is ``frame.loc[0]``,
the first row of a frame read with ``read_excel`` or ``read_csv``); any other index counts
rows from 2, as a spreadsheet numbers them under its header row. A problem with the
header (a column named twice) names no row: the header is the frame's column names.
"""

from __future__ import annotations

import math

import pandas as pd

from ..model import Model
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
        integer_index = pd.api.types.is_integer_dtype(frame.index)
        numbers = [int(i) for i in frame.index] if integer_index else list(
            range(2, len(frame) + 2))
        rows = [[_plain(value) for value in row] for row in frame.itertuples(index=False)]
        tables[name] = Table(name=name, header=[str(c) for c in frame.columns], rows=rows,
                             numbers=numbers, header_row=None)
    return tables_to_model(tables, title=title, format="frames")


def _plain(value):
    """pandas' missing values (NaN, None, NA, and NaT, a missing date) are blank cells;
    numpy scalars become Python."""
    if (value is None or value is pd.NA or value is pd.NaT
            or (isinstance(value, float) and math.isnan(value))):
        return None
    if hasattr(value, "item") and not isinstance(value, str):
        return value.item()
    return value
