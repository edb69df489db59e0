"""Import files: the thin wrapper the CLI and the GUI both call.

:func:`import_model` reads any supported file into an :class:`Imported` model (with notes
on what changed on the way in), choosing the format from the extension and the content
unless ``format`` is given. Every failure is a :class:`~windtunnel.errors.LoadError`
(naming the file, and where it can, the sheet, row and column); a failed import returns
nothing. (Exports are :mod:`.exporting`'s.)

Import formats (``format=``):

- ``workbook``: a Windtunnel workbook (model or results) or any workbook with
  Nodes/Edges sheets; ``tables``: the same from CSV files (an edges CSV, optionally with
  a nodes CSV); ``matrix``: a square adjacency matrix (xlsx or csv; rows are sources);
- ``mentalmodeler``: a Mental Modeler .mmp file (JSON or legacy XML);
- ``graphml``: GraphML from Gephi, yEd, Cytoscape or networkx; ``gexf``: GEXF (Gephi);
- ``kumu``: a Kumu JSON blueprint (elements and connections);
- ``fsdm``: an FSDM model's concepts.json or relations.json (the other read from beside
  it);
- ``ratings``: expert-rating sheets in FCMpy's layout (xlsx, one sheet per expert, or its
  JSON form);
- ``graphology``: a graph exported by graphology or sigma.js (nodes by key, edges);
- ``nodelink``: node-link JSON, as networkx's ``node_link_data`` and D3's force layouts
  write a graph (nodes, and links naming them by id or by place).
"""

from __future__ import annotations

import os
from itertools import chain
from pathlib import Path

from ..errors import LoadError, Problem
from ..language import translate
from ..model.regular_files import NotAFile, open_regular
from . import values as v
from ..model.control_text import without_controls
from ..model.label_lines import single_line_labels
from ..model.lever_range import out_of_range_note
from .collection import collector_paused
from .shared_labels import GRAPH_FORMATS, shared_labels_note
from .csv import read_csv, reading_notes
from .gexf import dynamic_note, looks_like_gexf, parents_note, parse_gexf
from .headers import header_base
from .graphml import graph_to_model
from .graphml_xml import parse_graphml
from .importing import KEEP, ChoiceNeeded, Imported, ImportOptions, recorded
from .bound_files import paired_bounds
from ..model.file_kinds import refuse_binary
from .fsdm import fsdm_to_model, looks_like_fsdm
from .graphology import graphology_to_model, looks_like_graphology
from .node_link import looks_like_node_link, node_link_to_model
from .ignored_sheets import IgnoredSheets, ignored_note
from .incognitive import incognitive_tables, is_incognitive
from .cytoscape import CYTOSCAPE_FORMATS, cytoscape_refusal, looks_like_cytoscape_elements
from .json_rows import looks_like_json_rows, read_json_rows
from .kumu import kumu_to_model, looks_like_kumu
from .participant_lists import refuse_participant_list
from .nodexl import NODEXL_SHEETS, is_nodexl, nodexl_tables
from .matrix_sheets import MATRIX_SHEET_NAMES, matrices_to_model
from .matrix_shape import looks_like_matrix
from .number_edges import settle_number_edges
from .mentalmodeler import mmp_to_model
from .ratings import (looks_like_ratings_json, ratings_json_to_model, ratings_sheets,
                      ratings_to_model)
from .plurals import plural_headers
from .sheet_roles import nodes_by_columns
from .sheets import SHEETS
from .suffixes import CSV_SUFFIXES, NAMED_SUFFIXES, SNIFFED_SUFFIXES, WORKBOOK_SUFFIXES
from .tables import (LIMITS, Table, drop_row_numbers, file_label, file_title,
                     header_below_title, read_file_bytes, unreadable)
from .tabular import SHEET_ALIASES, find_sheet, tables_to_model
from .xlsx import read_workbook

__all__ = ["IMPORT_FORMATS", "import_model", "detect_format", "UnknownFormat"]

IMPORT_FORMATS = ("workbook", "tables", "matrix", "mentalmodeler", "graphml", "gexf",
                  "kumu", "fsdm", "ratings", "graphology", "nodelink")

_END_HEADERS = set(next(c for c in SHEETS["Edges"] if c.field == "source").aliases) | {
    many for many, column in plural_headers(SHEETS["Edges"]).items() if column.field == "source"}


def detect_format(path: str | os.PathLike) -> str:
    """The import format a file is in, from its extension and, where needed, its start."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in NAMED_SUFFIXES:
        return NAMED_SUFFIXES[suffix]
    if suffix in WORKBOOK_SUFFIXES:
        return "workbook"
    if suffix in CSV_SUFFIXES or path.is_dir():
        return "tables"
    if suffix in SNIFFED_SUFFIXES:
        head = _head(path)
        if b"<mentalmodeler" in head.lower() or b'"concepts"' in head:
            return "mentalmodeler"
        if looks_like_ratings_json(head):
            return "ratings"
        if b"<graphml" in head:
            return "graphml"
        if looks_like_gexf(head):
            return "gexf"
        if looks_like_kumu(head):
            return "kumu"
        if looks_like_fsdm(head):
            return "fsdm"
        if looks_like_cytoscape_elements(head):
            raise _not_read(cytoscape_refusal(CYTOSCAPE_FORMATS[".cyjs"]), path)
        if looks_like_graphology(head):
            return "graphology"
        if b"http://www.cs.rpi.edu/XGMML" in head:
            raise _not_read(cytoscape_refusal("XGMML"), path)
        if looks_like_node_link(head):
            return "nodelink"
        if looks_like_json_rows(head):
            return "tables"
    if suffix in CYTOSCAPE_FORMATS:
        raise _not_read(cytoscape_refusal(CYTOSCAPE_FORMATS[suffix]), path)
    if suffix == ".emp":
        raise _not_read(translate("interchange", "EcoModeler files (.emp) are not read; "
                                                 "Windtunnel reads Mental Modeler's .mmp "
                                                 "files"), path)
    if suffix == ".xls":
        raise _not_read(translate("interchange", "old binary Excel files (.xls) are not "
                                                 "supported; save the file as .xlsx"), path)
    if suffix in _OTHER_SPREADSHEETS:
        raise _not_read(translate("interchange", "{name} files are not read: save the "
                                                 "spreadsheet as an Excel workbook (.xlsx) "
                                                 "and import that").format(
            name=_OTHER_SPREADSHEETS[suffix]), path)
    if suffix in _OTHER_GRAPH_FORMATS:
        raise _not_read(translate("interchange", "{name} files are not read: save the graph "
                                                 "as GraphML or GEXF (Gephi, yEd, networkx "
                                                 "and igraph write them) and import that").format(
            name=_OTHER_GRAPH_FORMATS[suffix]), path)
    raise UnknownFormat(suffix or "suffix-less", source=file_label(path))


#: Graph formats other tools write that Windtunnel does not read, by extension: the
#: refusal names the format and the way round it, rather than a --format that would not help.
_OTHER_GRAPH_FORMATS = {".gml": "GML", ".gdf": "GDF", ".net": "Pajek", ".paj": "Pajek",
                        ".dot": "Graphviz DOT", ".gv": "Graphviz DOT", ".vna": "NetDraw VNA",
                        ".dl": "UCINET DL", ".tlp": "Tulip"}


#: Spreadsheets of other programs, by extension: each saves an .xlsx workbook too.
_OTHER_SPREADSHEETS = {".ods": "OpenDocument (.ods)", ".fods": "OpenDocument (.fods)",
                       ".numbers": "Apple Numbers (.numbers)"}


#: Cytoscape's own formats, by extension: Cytoscape exports any network as GraphML too.
def _not_read(why: str | Problem, path: Path) -> LoadError:
    """The refusal of a file in a format Windtunnel does not read, saying ``why`` (the way
    round it), naming the file."""
    return LoadError(why if isinstance(why, Problem) else Problem("", why),
                     source=file_label(path))


class UnknownFormat(LoadError):
    """No importer recognises the file by its extension or its start. The message names
    the ``format`` to choose in the command line's words (``--format``); the app, which
    has no such option, says instead what it does read (``suffix`` is the extension)."""

    def __init__(self, suffix: str, *, source: str) -> None:
        self.suffix = suffix
        super().__init__(Problem("", translate("interchange", "cannot tell the format of a "
                                                              "{suffix} file; name one with "
                                                              "--format ({import_formats})")
                                 .format(suffix=suffix,
                                         import_formats=", ".join(IMPORT_FORMATS))),
                         source=source)


def _head(path: Path) -> bytes:
    """The first bytes of a file (a FIFO or a device is refused, never read)."""
    try:
        with open_regular(path) as handle:
            return handle.read(4096)
    except (NotAFile, OSError, ValueError) as exc:
        raise LoadError(unreadable(exc).problems, source=file_label(path)) from None


def _refuse_binary_text(path: Path) -> None:
    """Refuse a file named as text (a CSV, GraphML, GEXF, Mental Modeler or JSON name, or
    none) whose first bytes show another kind of file
    (:func:`~windtunnel.model.file_kinds.refuse_binary`), naming it."""
    if path.suffix.lower() not in (*CSV_SUFFIXES, *NAMED_SUFFIXES, *SNIFFED_SUFFIXES, ""):
        return
    try:
        if not path.is_file():
            return
    except OSError:         # a name too long for the system: refused by the reading
        return
    try:
        refuse_binary(_head(path), path.suffix)
    except LoadError as exc:
        raise LoadError(exc.problems, source=file_label(path)) from None


def import_model(path: str | os.PathLike, *, format: str | None = None,
                 nodes: str | os.PathLike | None = None, title: str | None = None,
                 undirected: str = "both", out_of_range: str = "auto",
                 participants: str = KEEP, repeated: str = "add",
                 near_names: str = "create", headerless: str = "auto",
                 nodes_sheet: str = "auto", asked: bool = False) -> Imported:
    """Read ``path`` as a model; ``nodes`` is an optional nodes CSV/sheet for ``tables``.

    ``undirected``, ``out_of_range``, ``participants``, ``repeated``, ``near_names``,
    ``headerless`` and ``nodes_sheet`` answer the questions an import cannot settle alone
    (see :mod:`windtunnel.io.importing`; the defaults are ``"both"``, ``"auto"``,
    ``"keep"``, ``"add"``, ``"create"``, ``"auto"`` and ``"auto"``); ``asked``
    says they come from a person the app asks, so that a refusal says what to choose
    rather than which option to give. The import's note, with these choices, is added to
    the model's description so that the model remembers where it came from.
    """
    path = Path(path)
    options = ImportOptions(undirected, out_of_range, participants, repeated, near_names,
                            headerless, nodes_sheet, asked=asked)
    _refuse_binary_text(path)
    if nodes is not None:
        _refuse_binary_text(Path(nodes))
    fmt = format or detect_format(path)
    if fmt not in IMPORT_FORMATS:
        raise LoadError(Problem("format", translate("interchange", "{fmt!r} is not one of {import_formats}").format(
                                              fmt=fmt, import_formats=', '.join(IMPORT_FORMATS))))
    given, title = title, title or file_title(path)
    label = file_label(path)
    try:
        empty = path.is_file() and path.stat().st_size == 0
    except OSError as exc:                     # a name too long for the system
        raise LoadError(unreadable(exc).problems, source=label) from None
    if empty:
        raise _no_nodes(label)
    try:
        with collector_paused():
            imported = _import(path, fmt, nodes, title, options)
            cleaned = without_controls(imported.model)
            one_lined = single_line_labels(imported.model)
    except ChoiceNeeded:
        raise                                  # a question for the caller, not a refusal
    except LoadError as exc:
        if exc.source:
            raise
        raise LoadError(exc.problems, source=label) from None
    if not imported.model.nodes:      # a header, an empty graph: not a model to work on
        raise _no_nodes(label)
    added = (_own_title(imported.model, fmt, title, given), cleaned, one_lined,
             shared_labels_note(imported.model) if fmt in GRAPH_FORMATS else None,
             _no_edges_note(imported.model), out_of_range_note(imported.model))
    if any(added):
        imported = Imported(imported.model, imported.notes + tuple(filter(None, added)),
                            imported.format)
    return recorded(imported, label, options)


#: The formats whose files name the map inside (Mental Modeler's project name, GEXF's
#: <meta><title> or the graph's name), which other tools write and Windtunnel does not.
_TITLED_FORMATS = ("mentalmodeler", "gexf")


def _own_title(model, fmt: str, default: str, given: str | None) -> Problem | None:
    """The title a file gives its map is the model's, in place of the file's name, on one
    line (a title wrapped over lines in the file, as pretty-printed XML leaves one): said
    in a note for the formats other tools write, so that the analyst knows where it came
    from. A title given to the import (``--title``) comes before the file's."""
    if model.title == default:
        return None
    if given:
        model.set_info(title=given)
        return None
    if "\n" in model.title or "\r" in model.title:
        model.set_info(title=" ".join(model.title.split()))
    if fmt not in _TITLED_FORMATS:
        return None
    title = model.title if len(model.title) <= 80 else model.title[:80] + "..."
    return Problem("", translate("interchange", "titled {title!r} as the file names its map "
                                                "(rather than after the file's name)").format(
        title=title))


def _no_nodes(label: str) -> LoadError:
    """The refusal of a file that holds no node (an empty file, a header alone, an empty
    graph), rather than an empty model."""
    return LoadError(Problem("", translate("interchange", "holds no nodes: there is nothing "
                                                          "to import")), source=label)


def _no_edges_note(model) -> Problem | None:
    """The note of a model that came in without a single edge (a nodes table alone, as
    Gephi and Kumu export one beside their edges table): said, since every scenario would
    move its levers alone."""
    if model.edges:
        return None
    return Problem("", translate(
        "interchange", "holds no edges: every node came in unconnected, so a scenario moves "
                       "its levers alone; a nodes table (as Gephi and Kumu export one beside "
                       "their edges table) is read with its edges: put both in one workbook "
                       "as sheets Nodes and Edges, or import the edges file with this one as "
                       "its nodes file (windtunnel import EDGES --nodes NODES)"))


def _blank_table(table: Table) -> bool:
    """Whether a table holds no cell with anything in it."""
    return all(v.is_blank(cell) for row in (table.header, *table.rows) for cell in row)


def _import(path: Path, fmt: str, nodes, title: str, options: ImportOptions) -> Imported:
    if fmt == "fsdm":                        # reads the model's other file beside it
        return fsdm_to_model(path, title=title, options=options)
    if fmt in ("mentalmodeler", "graphml", "gexf", "kumu", "graphology", "nodelink") or (
            fmt == "ratings" and path.suffix.lower() == ".json"):
        data = read_file_bytes(path)
        if fmt == "graphology":
            return graphology_to_model(data, title=title, options=options)
        if fmt == "nodelink":
            return node_link_to_model(data, title=title, options=options)
        if fmt == "mentalmodeler":
            return mmp_to_model(data, title=title, options=options)
        if fmt == "kumu":
            return kumu_to_model(data, title=title, options=options)
        if fmt == "ratings":
            return ratings_json_to_model(data, title=title, options=options)
        if fmt == "gexf":
            graph = parse_gexf(data)
            return graph_to_model(graph, title=title, options=options, format="gexf",
                                  notes=(*parents_note(graph), *dynamic_note(graph)))
        return graph_to_model(parse_graphml(data), title=title, options=options)
    ignored = IgnoredSheets()
    tables = _read_tables(path, ignored)
    if all(map(_blank_table, tables.values())):   # a byte-order mark alone, empty sheets
        raise _no_nodes(file_label(path))
    chosen = None
    if fmt != "matrix":                  # --format matrix answers it
        tables, chosen = settle_number_edges(tables, options)
    node_tables = {}
    if fmt == "ratings" or ratings_sheets(tables):
        imported = ratings_to_model(tables, title=title, options=options)
    elif is_incognitive(tables):
        renamed, notes = incognitive_tables(tables)
        imported = tables_to_model(renamed, title=title, format="workbook", options=options)
        imported = Imported(imported.model, tuple(notes) + imported.notes, "incognitive")
    elif is_nodexl(tables):
        renamed, notes = nodexl_tables(tables)
        imported = tables_to_model(renamed, title=title, format="workbook", options=options)
        imported = Imported(imported.model, tuple(notes) + imported.notes, "nodexl")
    elif fmt == "matrix" or _is_matrix(tables):
        imported, notes = paired_bounds(path, tables, _read_tables, matrices_to_model,
                                        title=title, options=options)
        if imported is None:      # no bound file, or its siblings are not all there
            imported = matrices_to_model(tables, title=title, options=options)
            imported = Imported(imported.model, tuple(notes) + imported.notes,
                                imported.format)
    else:
        node_tables = _read_tables(Path(nodes), ignored) if nodes is not None else {}
        for table in chain(tables.values(), node_tables.values()):
            header_below_title(table)
            drop_row_numbers(table)
        refuse_participant_list(tables)
        roles, found = nodes_by_columns(_assign_roles(tables, node_tables or None), options)
        imported = tables_to_model(roles, title=title, options=options,
                                   format="workbook" if fmt == "workbook" else "tables")
        if found:
            imported = Imported(imported.model, (found, *imported.notes), imported.format)
    skipped = ignored_note(ignored.names)
    if chosen is not None or skipped is not None:
        imported = Imported(imported.model, (*filter(None, (skipped, chosen)),
                                             *imported.notes), imported.format)
    return _code_pages_noted(imported, [*tables.values(), *node_tables.values()])


def _code_pages_noted(imported: Imported, tables: list[Table]) -> Imported:
    """The import with the notes on how each CSV file's text was read first
    (:func:`~windtunnel.io.csv.reading_notes`): the code page it was told to be in, not
    UTF-8, and byte-order marks taken out of its middle."""
    notes = tuple(note for table in tables for note in reading_notes(table))
    return Imported(imported.model, notes + imported.notes, imported.format) if notes \
        else imported


def _read_tables(path: Path, ignored: IgnoredSheets | None = None) -> dict[str, Table]:
    """The tables of a CSV file, a folder of them, or a workbook; a workbook's sheets
    marked "(ignore)" are left out, and ``ignored`` remembers them for the note."""
    if path.is_dir():
        return _read_folder(path)
    if path.suffix.lower() in CSV_SUFFIXES:
        table = read_csv(path)
        return {table.name: table}
    if path.suffix.lower() == ".json":              # a list of edges (detect_format)
        table = read_json_rows(path)
        return {table.name: table}
    ignored = ignored or IgnoredSheets()
    return read_workbook(path, sheets=lambda names: _model_sheets(ignored.kept(names)))


def _model_sheets(names: list[str]) -> list[str]:
    """The sheets an import needs: the model's when the workbook has them (a results
    workbook's trajectory sheets are then never read), else every sheet."""
    known = {alias for aliases in SHEET_ALIASES.values() for alias in aliases}
    known.update(MATRIX_SHEET_NAMES)
    known.update(NODEXL_SHEETS)
    wanted = [n for n in names if v.normal_header(n) in known]
    return wanted or names


def _read_folder(folder: Path) -> dict[str, Table]:
    """The CSV files of a folder (as ``export`` writes them), named by their file names."""
    tables = {}
    for path in sorted(folder.glob("*.csv"))[:LIMITS.sheets]:
        try:
            table = read_csv(path)
        except LoadError as exc:  # name the file inside the folder
            raise LoadError(exc.problems, source=f"{folder.name}/{path.name}") from None
        table.csv, table.sheet_word, table.name = False, "file", path.name
        tables[path.stem] = table
    if not tables:
        raise LoadError(Problem("", translate("interchange", "the folder holds no .csv files")))
    return tables


def _is_matrix(tables: dict[str, Table]) -> bool:
    if find_sheet(tables, "Nodes") or find_sheet(tables, "Edges"):
        return False
    return any(looks_like_matrix(t) for t in tables.values())


def _assign_roles(tables: dict[str, Table],
                  node_tables: dict[str, Table] | None) -> dict[str, Table]:
    """Name the tables by role: a separate nodes file, and the table with From/To columns."""
    out = dict(tables)
    if node_tables:
        for table in [*tables.values(), *node_tables.values()]:
            if table.csv:  # two CSV files: locations must say which one
                table.csv, table.sheet_word = False, "file"
                table.name = table.source or table.name
        out = {k: t for k, t in out.items() if find_sheet({k: t}, "Nodes") is None}
        out["Nodes"] = find_sheet(node_tables, "Nodes") or next(iter(node_tables.values()))
    if find_sheet(out, "Edges") is None:
        ends = [name for name, table in out.items() if name != "Nodes" and _has_edge_ends(table)]
        lists = [name for name in ends if out[name].rows]
        if len(lists) > 1:
            raise _several_edge_lists(lists)
        if ends:             # the table of edges, or else a table headed as one but empty
            out["Edges"] = out.pop((lists or ends)[0])
    if find_sheet(out, "Edges") is None and find_sheet(out, "Nodes") is None and len(out) == 1:
        out = {"Nodes": next(iter(out.values()))}
    return out


def _has_edge_ends(table: Table) -> bool:
    """Whether a table has an edge list's From or To column (by any of its names)."""
    headers = {v.normal_header(h) for h in table.header}
    return bool((headers | set(map(header_base, headers))) & _END_HEADERS)


def _several_edge_lists(names: list[str]) -> LoadError:
    """The refusal of a workbook of several sheets of edges, none named Edges: reading the
    first would drop the others' rows without a word (and the first may be a hidden sheet,
    an old version kept out of sight)."""
    listed = translate("naming", ", ").join(repr(name) for name in names[:3])
    return LoadError(Problem(translate("interchange", "sheets {names}").format(names=listed),
                             translate("interchange", "each holds an edge list (From and To "
                                                      "columns), and none is named Edges; "
                                                      "Windtunnel reads one and would drop "
                                                      "the others' rows: name the one to read "
                                                      "Edges, or move the rows into one sheet "
                                                      "(hidden sheets count too)")))


# -- exports --------------------------------------------------------------------------------
