"""Tables -> model: the one reader behind workbook round trips and Nodes/Edges imports.

:func:`tables_to_model` is pure: it takes :class:`~windtunnel.io.tables.Table` objects (one
per sheet, rows numbered as in the file) and returns an :class:`Imported` model with
notes, or raises one :class:`~windtunnel.errors.LoadError` listing every problem with its
sheet, row and column. It reads the layout of :mod:`windtunnel.io.sheets` exactly (so a
workbook written by Windtunnel comes back as the same model) and forgives what people and
other tools write:

- sheet names ``Elements``/``Concepts`` for Nodes and ``Connections``/``Links``/
  ``Relationships`` for Edges (Kumu, Mental Modeler); any header spelling listed in the
  layout (``Source``/``Cause`` for From...); unknown columns are ignored with a note;
- no Nodes sheet, or nodes missing from it: nodes are created from the edges' From/To
  texts; From/To may name a node by id or by label (case-insensitive);
- node ids missing: made from the labels; positions missing: nodes are placed by the
  auto-layout (groups kept together);
- a Kumu-style Type column (positive/negative, +/-) gives the sign; the Weight column then
  gives the strength (its sign is checked); an edge with a sign and no weight gets
  :data:`DEFAULT_WEIGHT`, and so does every edge of a table with neither a Weight nor a
  Type column (a structural map); weights may be Mental Modeler labels (``H+``, ``M-``);
- node kinds from other tools' types: policy/lever -> restriction, stakeholder/
  organisation/person -> actor, anything else -> factor (the type is kept as a tag).

Formula cells become inert text where text is expected (with a note) and are refused where
a number is expected. Nothing is half-imported: any problem refuses the whole import.
"""

from __future__ import annotations

from dataclasses import fields, replace

from ..engine.layout import layout_nodes
from ..errors import LoadError, ModelError, Problem
from ..model import (DEFAULT_WEIGHT, Edge, Intervention, Model, Node, Objective, Participant,
                     Rating, Scenario, Settings, Source, WeightOverride)
from . import values as v
from .cells import cell_text
from .importing import ChoiceNeeded, Imported, ImportOptions, weight_scale
from .rows import (FIELD_HEADERS, SHEET_ALIASES, Reader, checked, clean, columns_of,
                   find_sheet, header_of, locate, read_rows_as, row_values)
from .sheets import SETTING_FIELDS
from .tables import Table
from .translations_sheet import read_translations

__all__ = ["tables_to_model", "find_sheet", "DEFAULT_WEIGHT", "KIND_WORDS",
           "SHEET_ALIASES", "placed"]

#: The weight of an edge that has a sign (Type column) but no weight.

#: Other tools' node types and the Windtunnel kind they become.
KIND_WORDS = {
    **{w: "restriction" for w in ("restriction", "lever", "policy", "policy lever", "control",
                                  "regulation", "intervention", "instrument", "measure")},
    **{w: "actor" for w in ("actor", "stakeholder", "agent", "organization", "organisation",
                            "person", "company", "firm", "government", "country", "player")},
    **{w: "factor" for w in ("factor", "outcome", "indicator", "variable", "concept", "issue",
                             "driver", "component", "")},
}


def tables_to_model(tables: dict[str, Table], *, title: str = "Imported model",
                    format: str = "tables", options: ImportOptions | None = None) -> Imported:
    """Build a model from Model/Nodes/Edges/... tables; see the module docstring."""
    options = options or ImportOptions()
    reader = Reader()
    nodes_table, edges_table = find_sheet(tables, "Nodes"), find_sheet(tables, "Edges")
    if nodes_table is None and edges_table is None:
        raise LoadError(Problem("", "found neither a Nodes nor an Edges sheet (sheets: "
                                    + ", ".join(tables) + ")"))
    info, settings = _read_model_sheet(find_sheet(tables, "Model"), reader, title)
    sources = _read_simple(find_sheet(tables, "Sources"), "Sources", Source, reader)
    nodes = _read_nodes(nodes_table, reader) if nodes_table is not None else []
    edges = (_read_edges(edges_table, nodes, reader, options)
             if edges_table is not None else [])
    scenarios = _read_scenarios(tables, reader)
    objectives = _read_simple(find_sheet(tables, "Objectives"), "Objectives", Objective, reader)
    participants = _read_participants(tables, reader)
    if find_sheet(tables, "Sources") is None:
        sources = _cited_sources(nodes, edges, reader, nodes_table or edges_table)
    if not reader.positioned:
        nodes = placed(nodes, edges)
    if reader.problems:
        raise LoadError(reader.problems)
    try:
        model = Model.from_elements(title=info["title"], description=info["description"],
                                    settings=settings, sources=sources, nodes=nodes,
                                    edges=edges, scenarios=scenarios, objectives=objectives,
                                    participants=participants)
    except ModelError as exc:
        raise LoadError([locate(p, reader, tables) for p in exc.problems]) from None
    translations = find_sheet(tables, "Translations")
    if translations is not None:
        read_translations(translations, model, reader)
        if reader.problems:
            raise LoadError(reader.problems)
    return Imported(model, tuple(reader.notes), format)


def _cited_sources(nodes, edges, reader: Reader, table: Table) -> list[Source]:
    """Without a Sources sheet, every cited source id becomes a source titled by its id."""
    cited = list(dict.fromkeys(s for item in [*nodes, *edges] for s in item.sources))
    if cited:
        reader.note(table, None, None, f"no Sources sheet: created {len(cited)} source"
                                       f"{'s' if len(cited) != 1 else ''} from the cited ids ("
                                       + ", ".join(cited[:5]) + (", ..." if len(cited) > 5
                                                                 else "") + ")")
    return [Source(source_id, source_id) for source_id in cited]


def placed(nodes: list[Node], edges: list[Edge]) -> list[Node]:
    """The nodes of a file without positions, placed by the editor's auto-layout (groups
    kept together), so that an import opens as a readable map rather than a ring."""
    positions = layout_nodes(nodes, [(e.source, e.target) for e in edges])
    return [replace(n, position=positions[n.id]) for n in nodes]


# -- sheets ---------------------------------------------------------------------------------

def _read_model_sheet(table: Table | None, reader: Reader, title: str):
    info = {"title": title, "description": ""}
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
                else:
                    values[key] = v.text(raw).strip() if raw is not None else getattr(defaults, key)
            elif key:
                reader.note(table, number, "Field", f"{key!r} is not a setting; ignored")
        except v.CellProblem as exc:
            reader.problem(table, number, column, f"{key}: {exc}")
    for key, limit in (("title", 300), ("description", 20_000)):
        if len(info[key]) > limit or (key == "title" and not info[key].strip()):
            reader.problem(table, row_of.get(key), "Value",
                           f"{key}: must be text of {'1' if key == 'title' else '0'}-{limit:,} "
                           "characters")
    settings = replace(defaults, **values)
    for name, message in settings.problems():
        field_name = name.split("[")[0]
        reader.problem(table, row_of.get(field_name), "Value", f"{field_name}: {message}")
    return info, settings


def _read_simple(table: Table | None, sheet: str, cls, reader: Reader) -> list:
    """Sources and Objectives: one element per row, every column a field."""
    if table is None:
        return []
    columns = columns_of(table, sheet, reader)
    required = "title" if cls is Source else "label"
    for name in ("id", required) + (("node",) if cls is Objective else ()):
        if name not in columns:
            reader.problem(table, table.header_row, None,
                           f"has no {FIELD_HEADERS[sheet][name]} column")
            return []
    out = []
    for number, row in zip(table.numbers, table.rows):
        data = row_values(table, sheet, columns, number, row, reader)
        if not data.pop("_ok"):
            continue
        element = checked(cls(**(clean(data, cls) | {"id": data["id"],
                                                        required: data[required]})),
                           table, number, sheet, columns, reader)
        if element is not None:
            reader.origin[(sheet, len(out))] = (table, number)
            out.append(element)
    return out


def _read_nodes(table: Table, reader: Reader) -> list[Node]:
    columns = columns_of(table, "Nodes", reader)
    reader.positioned = "x" in columns or "y" in columns
    if "id" not in columns and "label" not in columns:
        reader.problem(table, table.header_row, None, "has neither an ID nor a Label column "
                                                      "(Windtunnel reads node tables, edge tables "
                                                      "with From and To columns, and square "
                                                      "matrices; an adjacency list is not read)")
        return []
    taken: set[str] = set()
    kinds_noted: set[str] = set()
    out, repeated = [], []
    for number, row in zip(table.numbers, table.rows):
        data = row_values(table, "Nodes", columns, number, row, reader)
        if not data.pop("_ok"):
            continue
        label, node_id = data.get("label") or "", data.get("id") or ""
        if not label.strip() and not node_id:
            reader.problem(table, number, None, "has neither an id nor a label")
            continue
        if node_id in taken:
            repeated.append(number)
            continue
        node_id = node_id or v.new_id(label, taken)
        taken.add(node_id)
        kind, tags = _kind(data.get("kind") or "factor", table, number, reader, kinds_noted,
                           header_of(table, columns, "kind") if "kind" in columns else "Kind")
        node = Node(**(clean(data, Node) | {
            "id": node_id, "label": label if label.strip() else node_id, "kind": kind,
            "tags": tuple(data.get("tags") or ()) + tags,
            "position": tuple(0.0 if data.get(a) is None else data[a] for a in "xy")}))
        if checked(node, table, number, "Nodes", columns, reader) is None:
            continue
        reader.origin[("Nodes", len(out))] = (table, number)
        out.append(node)
    if repeated:
        reader.note(table, None, header_of(table, columns, "id"),
                    f"skipped {len(repeated)} row{'s' if len(repeated) != 1 else ''} repeating "
                    f"an id already given above (rows {_rows_text(repeated)}); the first row of "
                    "each id was kept")
    return out


def _kind(word: str, table, number, reader, noted, header) -> tuple[str, tuple[str, ...]]:
    kind = KIND_WORDS.get(word.strip().lower())
    if kind is not None:
        return kind, ()
    if word not in noted:
        noted.add(word)
        reader.note(table, number, header, f"node type {word!r} is not a Windtunnel kind; "
                                           "imported as a factor, the type kept as a tag")
    return "factor", (word,)


def _read_edges(table: Table, nodes: list[Node], reader: Reader,
                options: ImportOptions) -> list[Edge]:
    columns = dict(columns_of(table, "Edges", reader))
    for name in ("source", "target"):
        if name not in columns:
            reader.problem(table, table.header_row, None,
                           f"has no {FIELD_HEADERS['Edges'][name]} column")
            return []
    category = _category_column(table, columns, reader)
    unweighted = "weight" not in columns and "sign" not in columns
    if unweighted:
        reader.note(table, table.header_row, None, "no Weight or Type column: every edge got "
                                                   f"the weight {DEFAULT_WEIGHT:+g}")
    resolve = _NodeResolver(nodes)
    merged: dict[tuple[str, str], dict] = {}
    repeats, blanks = 0, []
    for number, row in zip(table.numbers, table.rows):
        data = row_values(table, "Edges", columns, number, row, reader)
        if not data.pop("_ok"):
            continue
        ends = []
        for name in ("source", "target"):
            if not data[name]:
                reader.problem(table, number, header_of(table, columns, name), "is empty")
                break
            end = resolve(data[name], table, number, reader, header_of(table, columns, name))
            if end is None:
                break
            ends.append(end)
        if len(ends) < 2:
            continue
        if unweighted:
            strength, given = DEFAULT_WEIGHT, False
        else:
            strength, given = _signed_weight(data, table, number, columns, reader)
            if strength is None:
                continue
            if not given:
                blanks.append(number)
        data["weight"] = strength
        if category is not None:
            data["rationale"] = _with_category(data.get("rationale") or "", table, row, category)
        key = (ends[0], ends[1])
        if key in merged:
            repeats += 1
            _merge_into(merged[key], data, given)
            continue
        merged[key] = data | {"source": ends[0], "target": ends[1], "_row": number,
                              "_given": given}
    if blanks:
        weight_header = header_of(table, columns, "weight") if "weight" in columns else None
        reader.note(table, None, weight_header,
                    f"{len(blanks)} edge{'s have' if len(blanks) != 1 else ' has'} no weight "
                    f"(rows {_rows_text(blanks)}): each got {DEFAULT_WEIGHT:g}, with its sign")
    if repeats:
        reader.note(table, None, None, f"merged {repeats} repeated edge"
                                       f"{'s' if repeats != 1 else ''} into the edge they repeat "
                                       "(weights added, as Gephi merges parallel edges)")
    _fit_weights(list(merged.values()), table, columns, reader, options)
    out: list[Edge] = []
    for data in merged.values():
        if data.get("_refused"):
            continue
        number = data["_row"]
        edge = Edge(**(clean(data, Edge) | {"source": data["source"],
                                             "target": data["target"], "weight": data["weight"]}))
        if checked(edge, table, number, "Edges", columns, reader) is None:
            continue
        reader.origin[("Edges", len(out))] = (table, number)
        out.append(edge)
    nodes.extend(resolve.created)
    resolve.note_spellings(table, reader)
    if resolve.created:
        reader.note(table, None, None, f"created {len(resolve.created)} node"
                                       f"{'s' if len(resolve.created) != 1 else ''} named in "
                                       "the edges but not in a Nodes sheet")
    return out


def _rows_text(numbers: list[int]) -> str:
    return ", ".join(str(n) for n in numbers[:8]) + (", ..." if len(numbers) > 8 else "")


def _category_column(table: Table, columns: dict[str, int], reader: Reader) -> int | None:
    """A Type/Relationship column whose values are not all signs holds categories (Kumu's
    ``Employee/Founder``): it is then not read as a sign, and its text is kept in each
    edge's rationale. Returns the column's index in that case."""
    index = columns.get("sign")
    if index is None:
        return None
    values = {cell_text(row[index]).strip() for row in table.rows if index < len(row)}
    values.discard("")
    words = {value for value in values if value.lower() not in v.SIGN_WORDS}
    if not words:
        return None
    del columns["sign"]
    shown = ", ".join(sorted(words)[:4]) + (", ..." if len(words) > 4 else "")
    reader.note(table, table.header_row, table.header[index],
                f"holds categories ({shown}), not signs: kept in each edge's rationale")
    return index


def _with_category(rationale: str, table: Table, row: list, index: int) -> str:
    word = cell_text(row[index]).strip() if index < len(row) else ""
    if not word:
        return rationale
    line = f"{cell_text(table.header[index]).strip()}: {word}"
    return f"{rationale}\n{line}" if rationale else line


def _merge_into(first: dict, data: dict, given: bool) -> None:
    """Fold a repeated edge into the first: explicit weights add up, texts are joined."""
    if given and first["_given"]:
        first["weight"] += data["weight"]
    elif given:
        first["weight"], first["_given"] = data["weight"], True
    for name in ("rationale",):
        extra = data.get(name) or ""
        if extra and extra not in (first.get(name) or ""):
            first[name] = f"{first[name]}\n{extra}" if first.get(name) else extra
    if data.get("sources"):
        first["sources"] = tuple(dict.fromkeys((*(first.get("sources") or ()),
                                                *data["sources"])))


def _fit_weights(rows: list[dict], table: Table, columns: dict[str, int], reader: Reader,
                 options: ImportOptions) -> None:
    """Apply the out-of-range choice to every weight and bound of the table at once."""
    values = [row.get(k) for row in rows for k in ("weight", "low", "high")]
    try:
        scale, note = weight_scale(values, options, table.where())
    except ChoiceNeeded:
        raise                                  # the caller asks its user, then reads again
    except LoadError:
        header = header_of(table, columns, "weight") if "weight" in columns else None
        for row in rows:
            if abs(row["weight"]) > 1:
                row["_refused"] = True
                reader.problem(table, row["_row"], header,
                               f"{row['weight']:g} is outside [-1, 1] (import with "
                               "--weights rescale to divide every weight by the largest)")
        return
    if note is None:
        return
    reader.notes.append(note)
    for row in rows:
        for name in ("weight", "low", "high"):
            if row.get(name) is not None:
                row[name] = row[name] / scale


def _signed_weight(data, table, number, columns, reader) -> tuple[float | None, bool]:
    """The weight (with the sign of a Type column when there is one) and whether the row
    gave it; a blank weight gets :data:`DEFAULT_WEIGHT` times the sign."""
    strength, sign = data.get("weight"), data.get("sign")
    if strength is None:
        return (sign or 1) * DEFAULT_WEIGHT, False
    if sign is None:
        return strength, True
    if strength * sign < 0:
        if strength < 0 < sign:
            reader.problem(table, number, header_of(table, columns, "sign"),
                           f"the type says positive but the weight is {strength:g}")
            return None, True
        return -abs(strength), True
    return strength, True


class _NodeResolver:
    """Find the node an edge names: by id, then by its exact label, then by its label
    compared without case, creating it when no node has it.

    A name that fits several nodes (two nodes labelled alike, or labels that differ only
    by case, such as "Tax" and "TAX", when neither is written exactly so) is a located
    problem asking for the id, never a new node: a guess would wire the edge to the wrong
    node, and a new node would be a phantom third one. Names matched without case, or
    edges-only names merged without case, are noted."""

    def __init__(self, nodes: list[Node]) -> None:
        self.given = {n.id for n in nodes}    # ids an edge may name (not ones we made up)
        self.ids = set(self.given)
        self.exact: dict[str, list[Node]] = {}
        self.folded: dict[str, list[Node]] = {}
        for node in nodes:
            self.exact.setdefault(node.label.strip(), []).append(node)
            self.folded.setdefault(node.label.strip().casefold(), []).append(node)
        self.created: list[Node] = []
        self.by_text: dict[str, Node] = {}    # an edges-only name, without case -> its node
        self.spellings: dict[str, str] = {}   # a name matched without case -> the label

    def __call__(self, name: str, table: Table, number: int, reader: Reader,
                 column: str | None = None) -> str | None:
        if name in self.given:
            return name
        text = name.strip()
        key = text.casefold()
        for found in (self.exact.get(text), self.folded.get(key)):
            if found and len(found) == 1:
                if found[0].label.strip() != text:
                    self.spellings.setdefault(text, found[0].label)
                return found[0].id
            if found:
                reader.problem(table, number, column, (
                    f"{_short(text)!r} names {len(found)} nodes ("
                    + ", ".join(f"{_short(n.label)!r} (id {n.id})" for n in found[:4])
                    + "), whose labels differ at most by case; write the node's id instead"))
                return None
        if key not in self.by_text:
            node = Node(v.new_id(text or name, self.ids), text or name)
            self.ids.add(node.id)
            self.by_text[key] = node
            self.created.append(node)
        node = self.by_text[key]
        if node.label != text:
            self.spellings.setdefault(text, node.label)
        return node.id

    def note_spellings(self, table: Table, reader: Reader) -> None:
        if self.spellings:
            pairs = list(self.spellings.items())
            reader.note(table, None, None, (
                f"{len(pairs)} name{'s' if len(pairs) != 1 else ''} in the edges matched a "
                "node whose label differs only by case: "
                + ", ".join(f"{_short(a)!r} as {_short(b)!r}" for a, b in pairs[:6])
                + (", ..." if len(pairs) > 6 else "")))


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:37] + "..."


def _read_scenarios(tables: dict[str, Table], reader: Reader) -> list[Scenario]:
    table = find_sheet(tables, "Scenarios")
    scenarios, columns = read_rows_as(table, "Scenarios", reader, ("id", "label"))
    built: dict[str, Scenario] = {}
    rows_of: dict[str, int] = {}
    for data in scenarios:
        if data["id"] in built:
            reader.problem(table, data["_row"], header_of(table, columns, "id"),
                           f"a second scenario {data['id']!r} (the first is on row "
                           f"{rows_of[data['id']]})")
            continue
        scenario = checked(Scenario(**(clean(data, Scenario) | {
            "id": data["id"], "label": data["label"]})), table, data["_row"], "Scenarios",
            columns, reader)
        if scenario is not None:
            built[data["id"]] = scenario
            rows_of[data["id"]] = data["_row"]
    for sheet, cls, attr in (("Interventions", Intervention, "interventions"),
                             ("Overrides", WeightOverride, "overrides")):
        part = find_sheet(tables, sheet)
        needed = (("scenario", "node") if cls is Intervention
                  else ("scenario", "source", "target", "weight"))
        rows, columns = read_rows_as(part, sheet, reader, needed)
        for data in rows:
            owner = built.get(data["scenario"])
            if owner is None:
                if data["scenario"] not in rows_of:
                    reader.problem(part, data["_row"], header_of(part, columns, "scenario"),
                                   f"{data['scenario']!r} is not a scenario on the Scenarios "
                                   "sheet")
                continue
            if cls is WeightOverride and data.get("weight") is None:
                reader.problem(part, data["_row"], header_of(part, columns, "weight"), "is empty")
                continue
            item = checked(cls(**(clean(data, cls) | {k: data[k] for k in needed[1:]})),
                            part, data["_row"], sheet, columns, reader)
            if item is None:
                continue
            index = len(getattr(owner, attr))
            reader.origin[("Scenarios", list(built).index(owner.id), attr, index)] = (
                part, data["_row"])
            built[owner.id] = replace(owner, **{attr: getattr(owner, attr) + (item,)})
    for i, scenario_id in enumerate(built):
        reader.origin[("Scenarios", i)] = (table, rows_of[scenario_id])
    return list(built.values())


def _read_participants(tables: dict[str, Table], reader: Reader) -> list[Participant]:
    """The Participants sheet, each with their rows of the Ratings sheet (the results
    workbook writes both, so that it re-imports with its participants)."""
    table = find_sheet(tables, "Participants")
    people, first_row = [], {}
    for k, person in enumerate(_read_simple(table, "Participants", Participant, reader)):
        row = reader.origin.pop(("Participants", k))[1]
        if person.id in first_row:
            reader.problem(table, row, FIELD_HEADERS["Participants"]["id"],
                           f"a second participant {person.id!r} (the first is on row "
                           f"{first_row[person.id]})")
            continue
        reader.origin[("Participants", len(people))] = (table, row)
        first_row[person.id] = row
        people.append(person)
    # rows of participants refused above are not reported again through their ratings
    listed = _listed_ids(table, "Participants", reader)
    part = find_sheet(tables, "Ratings")
    rows, columns = read_rows_as(part, "Ratings", reader, ("participant", "source", "target"))
    if rows and table is None:
        reader.problem(part, part.header_row, None, "ratings need a Participants sheet")
        return []
    index = {p.id: i for i, p in enumerate(people)}
    ratings: list[list[Rating]] = [[] for _ in people]
    for data in rows:
        owner = index.get(data["participant"])
        if owner is None and data["participant"] in listed:
            continue
        if owner is None:
            reader.problem(part, data["_row"], header_of(part, columns, "participant"),
                           f"{data['participant']!r} is not a participant on the "
                           "Participants sheet")
            continue
        if data.get("term"):
            data["term"] = data["term"].strip().upper()      # "+vh" is +VH
        rating = checked(Rating(**(clean(data, Rating) | {
            "source": data["source"], "target": data["target"]})), part, data["_row"],
            "Ratings", columns, reader)
        if rating is None:
            continue
        reader.origin[("Participants", owner, "ratings", len(ratings[owner]))] = (
            part, data["_row"])
        ratings[owner].append(rating)
    return [replace(p, ratings=tuple(mine)) for p, mine in zip(people, ratings)]


def _listed_ids(table: Table | None, sheet: str, reader: Reader) -> set[str]:
    """The ids written in ``sheet``'s ID column, valid or not."""
    if table is None:
        return set()
    column = columns_of(table, sheet, Reader()).get("id")
    if column is None:
        return set()
    return {str(cell_text(row[column])).strip() for row in table.rows
            if column < len(row) and row[column] is not None}
