"""The model workbook: a model as spreadsheet sheets, and back (the round trip).

:func:`add_model_sheets` writes the sheets of :mod:`windtunnel.io.sheets` into a
:class:`~windtunnel.io.xlsx.Book` (the results workbook uses it too, so that every results
workbook re-imports as its model); :func:`workbook_to_model` reads them back with the
forgiving reader of :mod:`windtunnel.io.tabular`. Analysts can edit weights, rationales and
sources in Excel and bring them back with ``windtunnel import``.
"""

from __future__ import annotations

import os

from ..errors import LoadError
from ..model import Model
from ..model.atomic import atomic_write
from .importing import Imported
from .sheets import model_rows
from .tables import file_label, file_title
from .tabular import tables_to_model
from .xlsx import Book, read_workbook

__all__ = ["add_model_sheets", "model_workbook_bytes", "write_model_workbook",
           "workbook_to_model", "read_model_workbook"]


def add_model_sheets(book: Book, model: Model) -> None:
    """Append the Model, Nodes, Edges, Scenarios, ... sheets to ``book``."""
    for name, (header, styles, rows) in model_rows(model).items():
        sheet = book.sheet(name, header, styles=styles, autofilter=name != "Model")
        for row in rows:
            sheet.append(row)


def model_workbook_bytes(model: Model) -> bytes:
    """The .xlsx bytes of a workbook holding just the model."""
    book = Book()
    add_model_sheets(book, model)
    return book.to_bytes()


def write_model_workbook(model: Model, path: str | os.PathLike) -> None:
    """Write the model workbook atomically (built in memory first)."""
    atomic_write(path, model_workbook_bytes(model))


def workbook_to_model(tables, *, title: str = "Imported model") -> Imported:
    """Pure: the model held by a workbook's tables (see :func:`tables_to_model`)."""
    return tables_to_model(tables, title=title, format="xlsx")


def read_model_workbook(path: str | os.PathLike) -> Imported:
    """Read a model back from a workbook (ours, or any with Nodes/Edges sheets)."""
    try:
        return workbook_to_model(read_workbook(path), title=file_title(path))
    except LoadError as exc:
        if exc.source:
            raise
        raise LoadError(exc.problems, source=file_label(path)) from None
