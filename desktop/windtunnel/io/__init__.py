"""Spreadsheets and interchange, one module per format (read and write together), as
networkx's readwrite package is laid out; no Qt.

- formats: :mod:`.xlsx` (the guarded archive reader, the fast safe writer), :mod:`.csv`
  (the one CSV writer and the CSV reader), :mod:`.matrix` (adjacency matrices, with
  :mod:`.matrix_shape`, :mod:`.matrix_columns`, :mod:`.matrix_totals`,
  :mod:`.matrix_sheets` and :mod:`.bound_files`, a map's bounds in files of their own),
  :mod:`.mentalmodeler`, :mod:`.graphml`, :mod:`.gexf`, :mod:`.kumu` (Kumu's JSON
  blueprints), :mod:`.graphology` (graphology's and sigma.js's JSON), :mod:`.node_link` (networkx's and D3's node-link JSON), :mod:`.fsdm` (FSDM's concepts and relations), :mod:`.ratings` (FCMpy's expert ratings), :mod:`.incognitive`, :mod:`.nodexl`, :mod:`.tabular` (Nodes/Edges tables from any tool: Kumu,
  Gephi's tables, sheets made by hand; one module per sheet: :mod:`.nodes_sheet` with :mod:`.node_resolver`,
  :mod:`.edges_sheet` with :mod:`.edge_column_roles`, :mod:`.repeated_edges` and
  :mod:`.weight_range`, :mod:`.scenarios_sheet`, :mod:`.participants_sheet`), :mod:`.participant_lists` (one edge list of several
  participants' maps, as MToolR writes it; :mod:`.map_notes` summarises many maps' notes),
  :mod:`.workbook` (the model workbook),
  :mod:`.resultsbook` (the results workbook);
- shared: :mod:`.importing` (what an import returns, its choices, its one note),
  :mod:`.sheets` (the model's sheet layout), :mod:`.rows` (matching columns, a row
  cell by cell), :mod:`.columns` (a sheet's columns at once, the same results),
  :mod:`.dynamic_values` (Gephi's values over time, read as the one in effect at the end),
  :mod:`.tables` (a table read from a file, limits), :mod:`.values` and :mod:`.cells`
  (cell rules), :mod:`.dataframes` (the model as pandas tables), :mod:`.xmlsafe` (the
  one safe XML parse), :mod:`.jsontext` (other tools' JSON, read and located),
  :mod:`.markup` (labels written as HTML, as plain text), :mod:`.shared_labels` (the
  note on a graph file's nodes that share a label), :mod:`.unheaded` (cells beyond a
  table's header),
  :mod:`.placing` (another tool's nodes kept from sitting on top of each other);
- :mod:`.interchange`: :func:`import_model`, and :mod:`.exporting`: :func:`export_model`,
  the thin file wrappers the CLI and the GUI call for every format.

Each name loads its module on first use (``lazyimport.lazy_exports``): ``read_csv`` loads
neither pandas, openpyxl nor networkx (``import_model``, which knows every format, does).
"""

from __future__ import annotations

from ..lazyimport import lazy_exports

#: Public name -> the module of this package that defines it, loaded on first use: the
#: formats pull in pandas, openpyxl or networkx, which a command or the window that
#: reads one format should not pay for.
_LAZY = {
    "ErrorCell": "cells",
    "FormulaCell": "cells",
    "needs_quote_prefix": "cells",
    "csv_bytes": "csv",
    "csv_text": "csv",
    "parse_csv": "csv",
    "read_csv": "csv",
    "table_csv_bytes": "csv",
    "frames_to_model": "dataframes",
    "model_to_frames": "dataframes",
    "graph_to_model": "graphml",
    "graphml_bytes": "graphml",
    "model_to_graph": "graphml",
    "parse_graphml": "graphml_xml",
    "ASK": "importing",
    "ChoiceNeeded": "importing",
    "Imported": "importing",
    "ImportOptions": "importing",
    "EXPORT_FORMATS": "exporting",
    "IMPORT_FORMATS": "interchange",
    "detect_format": "interchange",
    "export_model": "exporting",
    "export_format": "exporting",
    "export_notes": "exporting",
    "import_model": "interchange",
    "matrix_csv_bytes": "exporting",
    "tables_csv_files": "exporting",
    "UnknownFormat": "interchange",
    "looks_like_matrix": "matrix_shape",
    "matrices_to_model": "matrix_sheets",
    "matrix_to_model": "matrix",
    "model_to_matrix": "matrix",
    "mmp_to_model": "mentalmodeler",
    "parse_mmp": "mentalmodeler",
    "ratings_to_model": "ratings",
    "model_hash": "resultsbook",
    "results_workbook_bytes": "resultsbook",
    "write_results_workbook": "resultsbook",
    "MODEL_SHEET_NAMES": "sheets",
    "SHEETS": "sheets",
    "model_rows": "sheets",
    "LIMITS": "tables",
    "Limits": "tables",
    "Table": "tables",
    "DEFAULT_WEIGHT": "tabular",
    "tables_to_model": "tabular",
    "add_model_sheets": "workbook",
    "model_workbook_bytes": "workbook",
    "read_model_workbook": "workbook",
    "write_model_workbook": "workbook",
    "Book": "xlsx",
    "Styled": "xlsx",
    "check_archive": "xlsx",
    "read_workbook": "xlsx",
    "workbook_tables": "xlsx",
}

__all__ = [
    "ErrorCell", "FormulaCell", "needs_quote_prefix", "csv_bytes", "csv_text", "parse_csv",
    "read_csv", "table_csv_bytes", "frames_to_model", "model_to_frames", "graph_to_model",
    "graphml_bytes", "model_to_graph", "parse_graphml", "Imported", "ImportOptions", "ASK",
    "ChoiceNeeded",
    "EXPORT_FORMATS", "IMPORT_FORMATS", "detect_format", "export_format", "export_model", "export_notes",
    "import_model",
    "matrix_csv_bytes", "tables_csv_files", "UnknownFormat", "looks_like_matrix", "matrices_to_model",
    "matrix_to_model", "model_to_matrix", "mmp_to_model", "parse_mmp", "ratings_to_model",
    "model_hash", "results_workbook_bytes", "write_results_workbook", "MODEL_SHEET_NAMES",
    "SHEETS", "model_rows", "LIMITS", "Limits", "Table", "DEFAULT_WEIGHT", "tables_to_model",
    "add_model_sheets", "model_workbook_bytes", "read_model_workbook", "write_model_workbook",
    "Book", "Styled", "check_archive", "read_workbook", "workbook_tables",
]


__getattr__, __dir__ = lazy_exports(__name__, _LAZY, globals())
