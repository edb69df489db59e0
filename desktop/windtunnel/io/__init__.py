"""Spreadsheets and interchange, one module per format (read and write together), as
networkx's readwrite package is laid out; no Qt.

- formats: :mod:`.xlsx` (the guarded archive reader, the fast safe writer), :mod:`.csv`
  (the one CSV writer and the CSV reader), :mod:`.matrix` (adjacency matrices),
  :mod:`.mentalmodeler`, :mod:`.graphml`, :mod:`.gexf`, :mod:`.ratings` (FCMpy's expert
  ratings), :mod:`.incognitive`, :mod:`.tabular` (Nodes/Edges tables from any tool: Kumu,
  Gephi's tables, sheets made by hand), :mod:`.workbook` (the model workbook),
  :mod:`.resultsbook` (the results workbook);
- shared: :mod:`.importing` (what an import returns, its choices, its one note),
  :mod:`.sheets` (the model's sheet layout), :mod:`.rows` (matching columns),
  :mod:`.tables` (a table read from a file, limits), :mod:`.values` and :mod:`.cells`
  (cell rules), :mod:`.dataframes` (the model as pandas tables), :mod:`.xmlsafe` (the
  one safe XML parse);
- :mod:`.interchange`: :func:`import_model` / :func:`export_model`, the thin file
  wrappers the CLI and the GUI call for every format.
"""

from .cells import ErrorCell, FormulaCell, needs_quote_prefix
from .csv import csv_bytes, csv_text, parse_csv, read_csv, table_csv_bytes
from .dataframes import frames_to_model, model_to_frames
from .graphml import graph_to_model, graphml_bytes, model_to_graph, parse_graphml
from .importing import ASK, ChoiceNeeded, Imported, ImportOptions
from .interchange import (EXPORT_FORMATS, IMPORT_FORMATS, detect_format, export_model,
                          import_model, matrix_csv_bytes, tables_csv_files)
from .matrix import looks_like_matrix, matrices_to_model, matrix_to_model, model_to_matrix
from .mentalmodeler import mmp_to_model, parse_mmp
from .ratings import ratings_to_model
from .resultsbook import model_hash, results_workbook_bytes, write_results_workbook
from .sheets import MODEL_SHEET_NAMES, SHEETS, model_rows
from .tables import LIMITS, Limits, Table
from .tabular import DEFAULT_WEIGHT, tables_to_model
from .workbook import (add_model_sheets, model_workbook_bytes, read_model_workbook,
                       write_model_workbook)
from .xlsx import Book, Styled, check_archive, read_workbook, workbook_tables

__all__ = [
    "ErrorCell", "FormulaCell", "needs_quote_prefix", "csv_bytes", "csv_text", "parse_csv",
    "read_csv", "table_csv_bytes", "frames_to_model", "model_to_frames", "graph_to_model",
    "graphml_bytes", "model_to_graph", "parse_graphml", "Imported", "ImportOptions", "ASK",
    "ChoiceNeeded",
    "EXPORT_FORMATS", "IMPORT_FORMATS", "detect_format", "export_model", "import_model",
    "matrix_csv_bytes", "tables_csv_files", "looks_like_matrix", "matrices_to_model",
    "matrix_to_model", "model_to_matrix", "mmp_to_model", "parse_mmp", "ratings_to_model",
    "model_hash", "results_workbook_bytes", "write_results_workbook", "MODEL_SHEET_NAMES",
    "SHEETS", "model_rows", "LIMITS", "Limits", "Table", "DEFAULT_WEIGHT", "tables_to_model",
    "add_model_sheets", "model_workbook_bytes", "read_model_workbook", "write_model_workbook",
    "Book", "Styled", "check_archive", "read_workbook", "workbook_tables",
]
