"""The .xlsx format: the guarded archive reader and the fast, safe writer.

- :mod:`.archive`: the zip-bomb and DTD guard every workbook passes before it is read;
- :mod:`.parts`: a workbook's parts around the cells (where the sheets are, shared strings,
  date styles) and the safe parser;
- :mod:`.sheet`: a sheet's rows of values, streamed under row, column and text limits,
  formulas never evaluated;
- :mod:`.reader`: :func:`read_workbook` / :func:`workbook_tables`, sheets as tables;
- :mod:`.writer`: :class:`Book`, openpyxl for the frame and fast XML for the cells, every
  text a text cell (never a formula).
"""

from .archive import check_archive
from .reader import read_workbook, workbook_tables
from .writer import PORTRAIT_WIDTH, RESULT_DIGITS, STYLES, Book, Sheet, Styled, rows_xml

__all__ = ["check_archive", "read_workbook", "workbook_tables", "Book", "Sheet", "Styled",
           "rows_xml", "STYLES", "PORTRAIT_WIDTH", "RESULT_DIGITS"]
