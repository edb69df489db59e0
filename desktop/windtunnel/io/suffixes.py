"""The file names the importers read, by extension: the one list the command line's
format detection (:func:`windtunnel.io.interchange.detect_format`) and the app's Open and
Import dialogs share, so that a file the command line imports is one the dialogs offer.

Loads nothing: the app reads it at start-up to build its file filters.
"""

from __future__ import annotations

__all__ = ["WORKBOOK_SUFFIXES", "CSV_SUFFIXES", "NAMED_SUFFIXES", "SNIFFED_SUFFIXES",
           "IMPORT_SUFFIXES"]

#: Workbooks (a model workbook, Nodes/Edges sheets, matrices, rating sheets).
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
#: CSV tables (an edges table, a matrix).
CSV_SUFFIXES = (".csv", ".tsv", ".txt")
#: Extensions that name one format.
NAMED_SUFFIXES = {".mmp": "mentalmodeler", ".graphml": "graphml", ".gexf": "gexf"}
#: Extensions several formats use, told apart by how the file starts (Mental Modeler's
#: XML and JSON, FCMpy's expert ratings, GraphML, GEXF, Kumu's JSON blueprints).
SNIFFED_SUFFIXES = (".xml", ".json")
#: Every extension an importer reads.
IMPORT_SUFFIXES = (*WORKBOOK_SUFFIXES, *CSV_SUFFIXES, *NAMED_SUFFIXES, *SNIFFED_SUFFIXES)
