"""Workbooks written for tests with openpyxl: sheets of rows, some ranges merged. Shared by
the io tests and the hostile corpus, which write the same kind of file."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl

__all__ = ["workbook_bytes", "write_workbook"]


def workbook_bytes(sheets: dict[str, list[list]],
                   merged: dict[str, list[str]] | None = None) -> bytes:
    """The .xlsx bytes of a workbook of ``sheets`` (name -> rows, in order), merging the
    ranges ``merged`` names per sheet (``{"Edges": ["A2:A4"]}``)."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
        for cells in (merged or {}).get(title, ()):
            sheet.merge_cells(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_workbook(path, sheets: dict[str, list[list]],
                   merged: dict[str, list[str]] | None = None):
    """Write :func:`workbook_bytes` of ``sheets`` and ``merged`` at ``path``; return it."""
    Path(path).write_bytes(workbook_bytes(sheets, merged))
    return path
