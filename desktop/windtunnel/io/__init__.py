"""Spreadsheets and interchange: workbooks, table imports, matrices, Mental Modeler, GraphML.

Pure conversion functions under thin file wrappers; no Qt. The public API:

- :func:`import_model` / :func:`export_model`: every import and export format, as the CLI
  and the GUI use them (:mod:`windtunnel.io.interchange`);
- :func:`tables_to_model` (Nodes/Edges/... tables -> model, forgiving, located problems),
  :func:`model_rows` (model -> sheet rows), :func:`model_to_frames` / :func:`frames_to_model`
  (the same with pandas DataFrames);
- :func:`matrix_to_model` / :func:`model_to_matrix`, :func:`mmp_to_model`,
  :func:`graph_to_model` / :func:`model_to_graph`;
- :func:`read_workbook` / :func:`workbook_tables` / :func:`read_csv` / :func:`parse_csv`:
  bounded, safe readers (zip-bomb and entity guards, a streaming cell reader with
  row/column/text limits, formulas never evaluated); :class:`Book`: the fast, safe .xlsx
  writer (text is never a formula);
- :func:`results_workbook_bytes` / :func:`write_results_workbook`: the results workbook.
"""

from .adjacency import looks_like_matrix, matrix_to_model, model_to_matrix
from .book import Book, Styled
from .cells import (ErrorCell, FormulaCell, csv_bytes, csv_text, needs_quote_prefix,
                    table_csv_bytes)
from .dataframes import frames_to_model, model_to_frames
from .frames import DEFAULT_WEIGHT, Imported, tables_to_model
from .graphml import graph_to_model, graphml_bytes, model_to_graph, parse_graphml
from .interchange import (EXPORT_FORMATS, IMPORT_FORMATS, detect_format,
                          export_model, import_model, matrix_csv_bytes, tables_csv_files)
from .layout import MODEL_SHEET_NAMES, SHEETS, model_rows
from .mentalmodeler import mmp_to_model, parse_mmp
from .results import Analysis, analyse, model_hash, results_workbook_bytes, write_results_workbook
from .tables import (LIMITS, Limits, Table, check_archive, parse_csv, read_csv, read_workbook,
                     workbook_tables)
from .workbook import (add_model_sheets, model_workbook_bytes, read_model_workbook,
                       write_model_workbook)

__all__ = [
    "looks_like_matrix", "matrix_to_model", "model_to_matrix", "Book", "Styled", "ErrorCell",
    "FormulaCell", "csv_text", "table_csv_bytes", "needs_quote_prefix", "DEFAULT_WEIGHT", "Imported",
    "tables_to_model", "graph_to_model", "graphml_bytes", "model_to_graph", "parse_graphml",
    "EXPORT_FORMATS", "IMPORT_FORMATS", "csv_bytes", "detect_format", "export_model",
    "import_model", "matrix_csv_bytes", "tables_csv_files", "MODEL_SHEET_NAMES", "SHEETS",
    "model_rows", "mmp_to_model", "parse_mmp", "LIMITS", "Limits", "Table", "check_archive",
    "read_csv", "read_workbook", "parse_csv", "workbook_tables", "add_model_sheets",
    "model_workbook_bytes",
    "read_model_workbook", "write_model_workbook", "frames_to_model", "model_to_frames",
    "Analysis", "analyse", "model_hash", "results_workbook_bytes", "write_results_workbook",
]
