"""Tables -> model: the one reader behind workbook round trips and Nodes/Edges imports.

:func:`tables_to_model` is pure: it takes :class:`~windtunnel.io.tables.Table` objects (one
per sheet, rows numbered as in the file) and returns an :class:`Imported` model with
notes, or raises one :class:`~windtunnel.errors.LoadError` listing every problem with its
sheet, row and column. It reads the layout of :mod:`windtunnel.io.sheets` exactly (so a
workbook written by Windtunnel comes back as the same model) and forgives what people and
other tools write:

- sheet names ``Elements``/``Concepts`` for Nodes and ``Connections``/``Links``/
  ``Relationships`` for Edges (Kumu, Mental Modeler); any header spelling listed in the
  layout (``Source``/``Cause`` for From...), with or without a unit or range after it
  (``Strength (1-10)``, :mod:`windtunnel.io.headers`); unknown columns are ignored with a
  note; a title above the table is skipped with a note naming the header's row
  (:func:`~windtunnel.io.tables.header_below_title`);
- no Nodes sheet: nodes are created from the edges' From/To texts (the note names each
  with its row and flags a name one typing slip from another); with a Nodes sheet, an edge
  naming a node it does not list is refused at its cell (a graph file's edges may still
  make nodes); From/To may name a node by id (a whole number however
  written: ``3`` names ``3.0``) or by label (case-insensitive), and so may a scenario's
  interventions and overrides (:mod:`windtunnel.io.scenarios_sheet`) and an objective;
- node ids missing: made from the labels; positions missing: nodes are placed by the
  auto-layout (groups kept together); in another tool's file, nodes without a position
  among placed ones, or on one spot, are separated (:mod:`windtunnel.io.placing`);
- a Kumu-style Type column (positive/negative, +/-) gives the sign; the Weight column then
  gives the strength (its sign is checked); an edge with a sign and no weight gets
  :data:`DEFAULT_WEIGHT`, and so does every edge of a table with neither a Weight nor a
  Type column (a structural map); weights may be Mental Modeler labels (``H+``, ``M-``);
- node kinds from other tools' types: policy/lever -> restriction, stakeholder/
  organisation/person -> actor, anything else -> factor (the type is kept as a tag);
- Gephi's partition (a ``modularity_class``, ``partition`` or ``community`` column) gives
  the group when no column does (``modularity_class 3``), as in Gephi's GraphML and GEXF;
- a Type or Group cell holding several values as Kumu writes them (``Policy|Actor``):
  the first value gives the kind or the group, and every value is kept as a tag (Group
  only in other tools' sheets: a Windtunnel workbook's group may hold a ``|``).

Formula cells become inert text where text is expected (with a note) and are refused where
a number is expected. Nothing is half-imported: any problem refuses the whole import.
"""

from __future__ import annotations

from dataclasses import fields, replace
from itertools import chain
from operator import attrgetter

from ..engine.layout import layout_nodes
from ..errors import LoadError, ModelError, Problem
from ..language import translate
from ..model import DEFAULT_WEIGHT, Edge, Model, Node, Objective, Settings, Source
from ..model.bulk import edge_keys, moved
from ..model.setting_names import choice_from_text
from . import values as v
from .columns import read_simple
from .edges_sheet import read_edges
from .importing import ASK, ChoiceNeeded, Imported, ImportOptions
from .merged import merged_note
from .node_resolver import NodeResolver
from .nodes_sheet import KIND_WORDS, partition_as_group, read_nodes
from .older_zeros import read_older_zeros
from .participants_sheet import read_participants
from .placing import separated
from .rows import SHEET_ALIASES, Reader, find_sheet, locate
from .scenarios_sheet import read_scenarios
from .sheets import SETTING_FIELDS
from .tables import Table
from .translations_sheet import read_translations

__all__ = ["tables_to_model", "find_sheet", "DEFAULT_WEIGHT", "KIND_WORDS",
           "SHEET_ALIASES", "placed"]

#: The formats whose Nodes sheet is the analyst's list of the map's nodes: an edge may
#: name no node it does not list (see ``NodeResolver``).
_LISTING_FORMATS = ("workbook", "tables", "xlsx")


def tables_to_model(tables: dict[str, Table], *, title: str = "Imported model",
                    format: str = "tables", options: ImportOptions | None = None) -> Imported:
    """Build a model from Model/Nodes/Edges/... tables; see the module docstring."""
    options = options or ImportOptions()
    reader = Reader(several_groups=find_sheet(tables, "Model") is None
                    and format in ("workbook", "tables"))
    nodes_table, edges_table = find_sheet(tables, "Nodes"), find_sheet(tables, "Edges")
    for table in filter(None, (nodes_table, edges_table)):
        if table.title:
            reader.note(table, table.header_row, None, translate(
                "tabular", "read as the header row: the text above it ({title!r}) was taken "
                           "for the sheet's title and not read").format(title=table.title))
    for table in filter(None, (nodes_table, edges_table)):
        merged = merged_note(table)
        if merged is not None:
            reader.notes.append(merged)
    for table in tables.values():
        if table.row_numbering:
            reader.note(table, table.header_row, "A", translate(
                "tabular", "the first column, without a header, numbers the rows {first:,} to "
                           "{last:,}: read as row numbers, not data").format(
                first=table.row_numbering[0], last=table.row_numbering[1]))
    if nodes_table is None and edges_table is None:
        raise LoadError(Problem("", translate("tabular", "found neither a Nodes nor an Edges "
                                                    "sheet (sheets: {sheets})").format(
                                                        sheets=", ".join(tables))))
    info, settings = _read_model_sheet(find_sheet(tables, "Model"), reader, title)
    sources = read_simple(find_sheet(tables, "Sources"), "Sources", Source, reader)
    if nodes_table is not None and find_sheet(tables, "Model") is None:   # another tool's
        partition_as_group(nodes_table, reader)
    nodes = (read_nodes(nodes_table, reader, listing=format in _LISTING_FORMATS)
             if nodes_table is not None else [])
    listed = {n.id for n in nodes}        # the edges may create more, without positions
    try:
        edges = (read_edges(edges_table, nodes, reader, options)
                 if edges_table is not None else [])
    except ChoiceNeeded as question:     # asked once the other sheets' rows were read too
        edges, pending = [], question
    else:
        pending = None
    named, provisional = nodes, None
    if pending is not None and any(find_sheet(tables, name) is not None
                                   for name in ("Scenarios", "Objectives")):
        provisional = _provisional(edges_table, nodes, reader, options)
        named = provisional[0]      # the edges' nodes too
    resolve = NodeResolver(named, reader.renamed, made=reader.made)
    scenarios = read_scenarios(tables, reader, resolve)
    objectives = read_simple(find_sheet(tables, "Objectives"), "Objectives", Objective, reader,
                             resolve)
    participants = read_participants(tables, reader)
    if find_sheet(tables, "Sources") is None:
        sources = _cited_sources(nodes, edges, reader, nodes_table or edges_table)
    if reader.problems:     # once each: a row read both ways (undirected) is one row
        raise LoadError(list(dict.fromkeys(reader.problems)))
    others = {"scenarios": scenarios, "objectives": objectives, "participants": participants}
    if pending is not None:    # the model's own problems first: never asked, then refused
        if any(others.values()) or any(find_sheet(tables, name) is not None
                                       for name in ("Model", "Sources")):
            _refuse_model_problems(tables, provisional or _provisional(
                edges_table, nodes, reader, options), sources, reader, info, settings, others)
        raise pending
    if not reader.positioned:
        nodes = placed(nodes, edges)
    elif find_sheet(tables, "Model") is None and format != "frames":   # another tool's
        nodes, notes = separated(nodes, edges, reader.unplaced | ({n.id for n in nodes}
                                                                 - listed))
        reader.notes.extend(Problem(nodes_table.where(), note) for note in notes)
    model = _built(info, settings, sources, nodes, edges, others, reader, tables)
    read_older_zeros(model, info["version"], reader)
    translations = find_sheet(tables, "Translations")
    if translations is not None:
        read_translations(translations, model, reader)
        if reader.problems:
            raise LoadError(reader.problems)
    return Imported(model, tuple(reader.notes), format)


def _built(info: dict, settings: Settings, sources: list[Source], nodes: list[Node],
           edges: list[Edge], others: dict, reader: Reader, tables: dict[str, Table]) -> Model:
    """The model of the sheets' elements (``others``: its scenarios, objectives and
    participants), or the model's own problems (a scenario naming no node), each located
    on its sheet and row."""
    try:
        return Model.from_elements(title=info["title"], description=info["description"],
                                   settings=settings, sources=sources, nodes=nodes,
                                   edges=edges, **others,
                                   checked=("edge",))  # each on its row; nodes may be
                                                        # made from edges, so not them
    except ModelError as exc:
        raise LoadError([locate(p, reader, tables) for p in exc.problems]) from None


#: The answers under which the edges are read to find the model's own problems before a
#: question is asked: the ones that refuse no row and drop no edge.
_PROVISIONAL = {"undirected": "both", "out_of_range": "rescale", "repeated": "mean",
                "near_names": "create"}


def _refuse_model_problems(tables: dict[str, Table],
                           provisional: tuple[list[Node], list[Edge], Reader],
                           sources: list[Source], reader: Reader, info: dict,
                           settings: Settings, others: dict) -> None:
    """Raise the model's own problems (a scenario, an objective or an override naming a
    node or an edge there is not) before the edges' question is asked, so that the user
    never answers it for a file refused anyway. The edges are those of the
    ``provisional`` read (:func:`_provisional`), made once whether or not the scenarios'
    names were resolved against its nodes: the nodes they create and the edges they give
    are those of any answer (an undirected edge's way back aside). Called only for a file
    with sheets that name nodes or edges (scenarios, objectives, participants, settings,
    sources): an Edges table alone, another tool's usual file, holds no problem of the
    model as a whole, and is not read twice before asking."""
    nodes, edges, scratch = provisional
    if scratch.problems:     # a row refused under these answers alone: asked, not refused
        return
    # every sheet's rows locate the model's problems, those read after the provisional
    # read too (scenarios, objectives, participants); the edges are the scratch read's
    scratch.origin = reader.origin | scratch.origin
    if find_sheet(tables, "Sources") is None:
        sources = _cited_sources(nodes, edges, scratch, find_sheet(tables, "Edges"))
    _built(info, settings, sources, nodes, edges, others, scratch, tables)


def _provisional(edges_table: Table, nodes: list[Node], reader: Reader,
                 options: ImportOptions) -> tuple[list[Node], list[Edge], Reader]:
    """The nodes (``nodes`` and those the edges create) and the edges of the Edges sheet
    read with the questions answered :data:`_PROVISIONAL`, and the scratch reader they
    were read on (its problems: rows refused under these answers alone; its origins: the
    edges' rows only)."""
    answers = {name: value for name, value in _PROVISIONAL.items()
               if getattr(options, name) == ASK}
    scratch = replace(reader, problems=[], notes=[], origin={},
                      renamed=dict(reader.renamed), unplaced=set(reader.unplaced))
    nodes = list(nodes)
    edges = read_edges(edges_table, nodes, scratch, replace(options, **answers))
    return nodes, edges, scratch


def _cited_sources(nodes, edges, reader: Reader, table: Table) -> list[Source]:
    """Without a Sources sheet, every cited source id becomes a source titled by its id."""
    # each distinct tuple of sources walked once (most are empty): the ids come in the
    # order they are first cited all the same
    cited = list(dict.fromkeys(chain.from_iterable(dict.fromkeys(
        map(attrgetter("sources"), chain(nodes, edges))))))
    if cited:
        message = (translate("tabular", "no Sources sheet: created 1 source from the cited "
                                        "id ({ids})") if len(cited) == 1 else
                   translate("tabular", "no Sources sheet: created {count} sources from the "
                                        "cited ids ({ids})"))
        reader.note(table, None, None, message.format(
            count=len(cited), ids=", ".join(cited[:5]) + (", ..." if len(cited) > 5 else "")))
    return [Source(source_id, source_id) for source_id in cited]


def placed(nodes: list[Node], edges: list[Edge]) -> list[Node]:
    """The nodes of a file without positions, placed by the editor's auto-layout (groups
    kept together), so that an import opens as a readable map rather than a ring."""
    return moved(nodes, layout_nodes(nodes, edge_keys(edges)))

# -- sheets ---------------------------------------------------------------------------------

def _read_model_sheet(table: Table | None, reader: Reader, title: str):
    info = {"title": title, "description": "", "version": None}
    if table is None:
        return info, Settings()
    defaults = Settings()
    values: dict = {}
    types = {f.name: type(getattr(defaults, f.name)) for f in fields(Settings)}
    rows, numbers = table.rows, table.numbers
    if v.normal_header(table.header[0]) != "field":  # no header row: the first row is data
        rows, numbers = [table.header] + rows, [table.header_row] + numbers
    row_of: dict[str, int] = {}
    for number, row in zip(numbers, rows):
        key = v.text(row[0]).strip() if row else ""
        raw = row[1] if len(row) > 1 else None
        column = "Value"
        row_of[key] = number
        try:
            if key in ("title", "description"):
                info[key] = v.text(raw) if raw is not None else ""
            elif key == "version":
                info[key] = v.whole(raw)
            elif key in SETTING_FIELDS:
                kind = types[key]
                if kind is bool:
                    values[key] = v.boolean(raw, default=getattr(defaults, key))
                elif kind is int:
                    values[key] = v.whole(raw, default=getattr(defaults, key))
                elif kind is float:
                    values[key] = v.number(raw, default=getattr(defaults, key))
                elif kind is tuple:
                    values[key] = v.id_list(raw)
                elif raw is None:
                    values[key] = getattr(defaults, key)
                else:
                    values[key] = choice_from_text(key, v.text(raw).strip())
            elif key:
                reader.note(table, number, "Field", translate(
                    "tabular", "{key!r} is not a setting; ignored").format(key=key))
        except v.CellProblem as exc:
            reader.problem(table, number, column, translate(
                "tabular", "{key}: {problem}").format(key=key, problem=exc))
    for key, limit in (("title", 300), ("description", 20_000)):
        if len(info[key]) > limit or (key == "title" and not info[key].strip()):
            reader.problem(table, row_of.get(key), "Value", translate(
                "tabular", "{key}: must be text of {least}-{most:,} characters").format(
                    key=key, least=1 if key == "title" else 0, most=limit))
    settings = replace(defaults, **values)
    for name, message in settings.problems():
        field_name = name.split("[")[0]
        reader.problem(table, row_of.get(field_name), "Value", translate(
            "tabular", "{key}: {problem}").format(key=field_name, problem=message))
    return info, settings
