"""Square adjacency matrices, the common exchange form of fuzzy cognitive maps.

Orientation, as everywhere in Windtunnel: **rows are sources, columns are targets**; the
cell in row A, column B is the weight of the edge A -> B. The first row holds the node
labels (or ids) as column headers, the first column the same labels as row headers, in
any order. The corner cell is free: Mental Modeler's CSV export puts the model's name
there, and the importer takes a non-empty corner as the model's title.

Blank cells and zeros mean "no edge", and so does R's ``NA`` (``write.csv`` of a matrix
that keeps NA for no influence; counted in the note). Cells may be numbers, Mental Modeler labels (``H+``,
``M-``, ``L+``: see :data:`~windtunnel.io.values.WEIGHT_LABELS`) or fuzzy weights
(``(0.2, 0.5, 0.8)`` triangles, ``[0.2, 0.8]`` intervals; the bounds become the edge's
low/high). What other tools add is read, not refused:

- columns whose header is not one of the row labels (FuzzyCognitiveMaps.jl's
  ``external``) are node attributes: a column of true/false values tags the nodes where it
  is true; a column of numbers alone is refused (a node whose row is missing: reading it
  as tags would drop its edges); any other extra column is named in the note as not kept;
- a matrix of numbers alone, without labels (an N x N block), names its nodes ``C1`` ..
  ``CN`` in row order;
- a workbook with one matrix per participant (PyFCM's ``AllParticipants`` example) becomes
  a model with one participant per sheet and the mean as its weights (a missing edge
  counting as 0), or only that mean, or one sheet, as
  :class:`~windtunnel.io.importing.ImportOptions` says; weights outside [-1, 1] are then
  divided by the largest weight of any sheet, so every participant keeps their scale;
- weights outside [-1, 1] are rescaled or refused by the same option as every format
  (asked once every cell of every sheet was read and none was refused).

A non-zero diagonal (self-influence, which Windtunnel models with the inference rule's
memory term instead) is skipped with a note. :func:`matrix_to_model` and
:func:`model_to_matrix` are pure; file wrappers live in :mod:`windtunnel.io.interchange`.
Where a table's matrix is, or why it is not one, is :mod:`windtunnel.io.matrix_shape`'s
job; its columns that are not nodes, :mod:`windtunnel.io.matrix_columns`'.
"""

from __future__ import annotations

import math
from itertools import chain
from operator import itemgetter

from ..engine.aggregation import as_typed
from ..errors import LoadError, ModelError, Problem
from ..language import translate
from ..model import Edge, Model, Node, Rating, translated
from . import values as v
from .importing import (AGGREGATE, ASK, KEEP, ChoiceNeeded, Imported, ImportOptions,
                        rescale_hint, weight_scale)
from .matrix_columns import extra_columns
from .merged import merged_cells_among
from .matrix_shape import Shape, column_name, repeats_labels, shape_of, why_not_square
from .naming import short_name
from .participants import with_participants
from .tables import LIMITS, Table
from .tabular import placed

__all__ = ["matrix_to_model", "matrices_to_model", "model_to_matrix", "MATRIX_SHEET_NAMES"]

#: The label of a node whose row and column labels are blank.
UNNAMED = "(unnamed)"
#: Sheet names that mark the matrix among a workbook's sheets.
MATRIX_SHEET_NAMES = ("matrix", "adjacency", "weights", "adj matrix")
#: Cells that are certainly not an edge, skipped when counting a matrix's edges.
_EMPTY = (None, "", "0", "0.0", 0)          # 0 also counts 0.0 (and False)


def matrix_to_model(table: Table, *, title: str = "Imported matrix",
                    options: ImportOptions | None = None, one_of_many: bool = False) -> Imported:
    """Build a model from a square matrix table (rows are sources); LoadError when not one.
    A table ``one_of_many`` is one participant's sheet of several: its corner names that
    sheet (PyFCM writes the sheet's name there), not the model, so ``title`` stays."""
    options = options or ImportOptions()
    shape = shape_of(table)
    if shape is None:
        raise LoadError(why_not_square(table))
    weights, bounds, notes = _weights(table, shape, options)
    return _build(table, shape, weights, bounds, notes, title, options, "matrix",
                  one_of_many)


#: Labels a spreadsheet gives a row and a column of sums (compared as
#: :func:`~windtunnel.io.values.normal_header` gives them).
TOTAL_WORDS = frozenset({"total", "totals", "grand total", "sum", "sums", "row total",
                         "column total", "summe", "gesamt", "somme", "suma", "totale",
                         "totaal", "合计", "合計", "总计", "總計", "总和", "總和", "計", "σ"})
#: How far a sum written under one of :data:`TOTAL_WORDS` may be from the sum of its cells,
#: per label of the matrix (each of the weights it adds, rounded to two decimals, may be
#: off by half a hundredth, and the total rounded again).
_ROUNDING = 0.0051


def _refuse_totals(table: Table, shape: Shape, weights: dict,
                   numbers: list[int]) -> list[Problem]:
    """Refuse a node whose row holds the sums of the other rows and whose column the sums
    of the other columns (a spreadsheet's Total row and column): read as a node, it would
    influence, and be influenced by, every other node, changing every result. A total row
    without its column (or a column without its row) leaves the matrix not square, and is
    refused as such. A map a person draws has no node whose every weight both ways is
    such a sum, once there are three other nodes; beside two, the sums are copies of
    single weights, which a real map repeats (every weight 1), so only a row labelled as
    totals (:data:`TOTAL_WORDS`) counts there, and only when its corner cell holds the sum
    of all the weights, as a spreadsheet's grand total does; without that total it is
    read as a node, and the note returned says it may be totals. Under such a label the
    sums may be off by rounding."""
    labels = shape.labels
    if len(labels) < 3:
        return []
    into, out_of = {}, {}                  # each node's weights in, and out
    for (source, target), weight in weights.items():
        into.setdefault(target, []).append(weight)
        out_of.setdefault(source, []).append(weight)
    sums = ({label: math.fsum(into.get(label, ())) for label in labels},     # column sums
            {label: math.fsum(out_of.get(label, ())) for label in labels})   # row sums
    problems, notes = [], []
    for total in labels:
        named = v.normal_header(total) in TOTAL_WORDS
        if not named and len(labels) < 4:
            continue
        if len(out_of.get(total, ())) < 2 or len(into.get(total, ())) < 2:
            continue                       # a total of two weights or more, both ways
        tolerance = _ROUNDING * len(labels) if named else 1e-9
        if not all(_sums(total, labels, cell, sum_of, tolerance) for cell, sum_of in zip((
                lambda a, b: weights.get((a, b), 0.0),           # its row, then its column
                lambda a, b: weights.get((b, a), 0.0)), sums)):
            continue
        place = table.where(numbers[labels.index(total)], "A")
        if len(labels) >= 4 or _grand_total(table, shape, total, out_of[total], tolerance):
            problems.append(Problem(place, translate(
                "matrix", "the row and the column {label!r} hold the sums of the other "
                          "rows and columns: they are totals, not a node; remove them").format(
                    label=short_name(total))))
        else:
            notes.append(Problem(place, translate(
                "matrix", "the row and the column {label!r} hold the weights of the other "
                          "rows and columns, as totals of a matrix of two nodes would: they "
                          "were read as a node; if they are totals, remove them").format(
                    label=short_name(total))))
    if problems:
        raise LoadError(problems)
    return notes


def _sums(total: str, labels: list[str], cell, sum_of: dict[str, float],
          tolerance: float) -> bool:
    """Whether ``cell(total, o)`` is the sum of ``cell(s, o)`` over the nodes ``s`` other
    than ``total`` and ``o`` (``sum_of[o]`` less ``cell(total, o)``) for every other node
    ``o``, within ``tolerance``."""
    return all(math.isclose(2 * cell(total, o), sum_of[o], rel_tol=1e-9,
                            abs_tol=tolerance)
               for o in labels if o != total)


def _grand_total(table: Table, shape: Shape, total: str, row: list[float],
                 tolerance: float) -> bool:
    """Whether the cell where the row and the column ``total`` meet (skipped as a
    self-influence) holds the sum of that row's other weights, and is not 0."""
    cells = table.rows[shape.labels.index(total)]
    j = shape.columns[total]
    try:
        corner = v.weight(cells[j] if j < len(cells) else None, default=0.0)
    except v.CellProblem:
        return False
    return corner != 0 and math.isclose(corner, math.fsum(row), rel_tol=1e-9,
                                        abs_tol=tolerance)


def matrices_to_model(tables: dict[str, Table], *, title: str = "Imported matrix",
                      options: ImportOptions | None = None) -> Imported:
    """The matrix of a workbook: a sheet named like one, the only one, or, when several
    sheets hold matrices of the same nodes (one per participant), their aggregate or the
    sheet ``options.participants`` names."""
    options = options or ImportOptions()
    named = [t for k, t in tables.items() if v.normal_header(k) in MATRIX_SHEET_NAMES]
    matrices = {k: t for k, t in tables.items() if shape_of(t) is not None}
    if named and shape_of(named[0]) is not None:
        return matrix_to_model(named[0], title=title, options=options)
    bound_sheets = {v.normal_header(k): t for k, t in matrices.items()}
    if len(matrices) > 1 and set(bound_sheets) in _BOUND_SHEETS:
        return _fuzzy_sheets(bound_sheets, title, options)
    if len(matrices) <= 1:
        table = next(chain(matrices.values(), filter(repeats_labels, tables.values()),
                           tables.values()))
        return matrix_to_model(table, title=title, options=options)
    if options.participants == ASK:
        raise ChoiceNeeded("participants", Problem("", translate("matrix", "{count} participant sheets ({names})").format(
                                                           count=len(matrices), names=_names(matrices))),
                           (KEEP, AGGREGATE, *matrices))
    if options.participants not in (KEEP, AGGREGATE):
        chosen = _find_sheet(matrices, options.participants)
        imported = matrix_to_model(chosen, title=title, options=options, one_of_many=True)
        note = Problem("", translate("matrix", "{count} participant sheets ({names}): "
                                               "imported only sheet {name!r}, as asked").format(
                               count=len(matrices), names=_names(matrices), name=chosen.name))
        return Imported(imported.model, (note,) + imported.notes, "matrix")
    return _aggregate(matrices, title, options)


#: Sheets that hold the bounds of one map's weights cell by cell, as fcmconfr writes
#: interval-valued (lower, upper) and triangular (lower, mode, upper) fuzzy weights: one
#: map, not participants' maps to average.
_BOUND_SHEETS = ({"lower", "upper"}, {"lower", "mode", "upper"})


def _fuzzy_sheets(sheets: dict[str, Table], title: str, options: ImportOptions) -> Imported:
    """The map of a workbook whose sheets ``lower``, ``upper`` (and ``mode``) are the
    bounds (and the peak) of each weight: each edge's weight is the mode, or the midpoint
    of an interval, and its range lower to upper, as a cell ``(l, m, u)`` of one matrix
    gives. Every sheet must name the same nodes in the same order."""
    shapes = {name: shape_of(table) for name, table in sheets.items()}
    base = "mode" if "mode" in sheets else "lower"
    labels = shapes[base].labels
    cells, notes = {}, []
    for name, table in sheets.items():
        if shapes[name].labels != labels:
            raise LoadError(Problem(table.where(), translate(
                "matrix", "its node labels differ from sheet {first_name!r}'s: the sheets "
                          "{names} hold the bounds of one map's weights, cell by cell, so "
                          "each names the same nodes in the same order").format(
                    first_name=sheets[base].name, names=_names(sheets))))
        cells[name], _bounds, sheet_notes = _weights(table, shapes[name], options)
        notes.extend(sheet_notes if name == base else ())
    weights, bounds, problems = {}, {}, []
    order = {label: i for i, label in enumerate(labels)}
    for key in sorted({key for found in cells.values() for key in found},
                      key=lambda key: (order[key[0]], order[key[1]])):
        low, high = cells["lower"].get(key, 0.0), cells["upper"].get(key, 0.0)
        weight = cells["mode"].get(key, 0.0) if "mode" in cells else (low + high) / 2
        if not low <= weight <= high:
            table, shape = sheets["upper"], shapes["upper"]
            problems.append(Problem(table.where(table.numbers[labels.index(key[0])],
                                                column_name(table, shape.columns[key[1]])),
                                    translate("values", "{value!r}: the bounds of a fuzzy "
                                                        "weight must be in order (low, weight, "
                                                        "high)").format(
                                        value=f"({low:g}, {weight:g}, {high:g})")))
            continue
        weights[key], bounds[key] = weight, (low, high)
    if problems:
        raise LoadError(sorted(problems, key=str)[:50])
    rule = (translate("matrix", "each edge's weight is its mode") if "mode" in cells else
            translate("matrix", "each edge's weight is the midpoint of its bounds"))
    notes.insert(0, Problem("", translate("matrix", "sheets {names} hold the lower and upper "
                                                    "bounds of each weight, cell by cell: "
                                                    "{rule}, its range lower to upper").format(
                                names=_names(sheets), rule=rule)))
    return _build(sheets[base], shapes[base], weights, bounds, notes, title, options, "matrix",
                  one_of_many=True)


def sheet_maps(tables: dict[str, Table]) -> list[tuple[str, Model]] | None:
    """(sheet name, map) for each participant matrix sheet of a workbook whose sheets name
    different concepts (which cannot be averaged cell by cell), each a plain map that
    :func:`~windtunnel.io.participants.combine_maps` aligns; None for any other workbook."""
    shapes = {k: shape_of(t) for k, t in tables.items()}
    matrices = {k: t for k, t in tables.items() if shapes[k] is not None}
    if len(matrices) < 2 or len({frozenset(shapes[k].labels) for k in matrices}) == 1:
        return None
    return [(name, matrix_to_model(table, title=name).model)
            for name, table in matrices.items()]


def _find_sheet(tables: dict[str, Table], name: str) -> Table:
    for key, table in tables.items():
        if key == name or key.strip().casefold() == name.strip().casefold():
            return table
    raise LoadError(Problem("", translate("matrix", "no participant sheet called {name!r} "
                                                    "(sheets: {names})").format(
                                    name=name, names=_names(tables))))


def _names(tables: dict[str, Table]) -> str:
    names = list(tables)
    shown = translate("naming", ", ").join(names[:6])
    return shown if len(names) <= 6 else translate("matrix", "{names}, ... ({count} in all)").format(
        names=shown, count=len(names))


def _aggregate(matrices: dict[str, Table], title: str, options: ImportOptions) -> Imported:
    """The mean matrix of participant sheets that share their node labels, with every sheet
    kept as a participant unless only the aggregate was asked for."""
    shapes = {k: shape_of(t) for k, t in matrices.items()}
    first_name = next(iter(matrices))
    labels = shapes[first_name].labels
    for name, shape in shapes.items():
        if set(shape.labels) != set(labels):
            message = (translate("matrix", "its node labels differ from sheet {first_name!r}'s; "
                                           "import the file again and choose one sheet when "
                                           "Windtunnel asks about the participant sheets")
                       if options.asked else
                       translate("matrix", "its node labels differ from sheet {first_name!r}'s; "
                                           "import one sheet with --participants SHEET"))
            raise LoadError(Problem(matrices[name].where(),
                                    message.format(first_name=first_name)))
    total: dict[tuple[str, str], float] = {}
    notes: list[Problem] = []
    sheets, sheet_bounds = {}, {}
    pending = None                # a sheet's question waits for the next sheets' cells
    for name, table in matrices.items():
        try:
            weights, bounds, sheet_notes = _weights(table, shapes[name], options)
        except ChoiceNeeded as question:
            pending = pending or question
            continue
        notes.extend(sheet_notes)
        sheets[name], sheet_bounds[name] = weights, bounds
    if pending is not None:
        raise pending
    scale, scale_note = weight_scale([w for ws in sheets.values() for w in ws.values()],
                                     options, "")
    notes.extend([scale_note] if scale_note else [])
    for weights in sheets.values():
        for key, weight in weights.items():
            total[key] = total.get(key, 0.0) + weight / scale
    count = len(matrices)
    mean = {key: as_typed(w / count) for key, w in total.items() if w != 0}
    keep = options.participants == KEEP
    kept = (translate("matrix", "each sheet is a participant of the model") if keep else
            translate("matrix", "the sheets were not kept as participants (import the file "
                                "again and choose \u201cEvery sheet as a participant\u201d when "
                                "Windtunnel asks about the sheets)") if options.asked else
            translate("matrix", "the sheets were not kept as participants (import with "
                                "--participants keep)"))
    note = Problem("", translate("matrix", "{count} participant sheets ({names}): the "
                                           "weights are their mean (an edge a participant "
                                           "did not draw counts as 0); {kept}").format(
                           count=count, names=_names(matrices), kept=kept))
    first = matrices[first_name]
    imported = _build(first, shapes[first_name], mean, {}, [note, *notes], title, options,
                      "matrix", one_of_many=True)
    if not keep:
        return imported
    ids = {label: node.id for label, node in zip(shapes[first_name].labels,
                                                 imported.model.nodes)}
    voices = [(name, [_rating(ids, key, w, sheet_bounds[name].get(key), scale)
                      for key, w in weights.items() if key[0] in ids and key[1] in ids])
              for name, weights in sheets.items()]
    try:
        return Imported(with_participants(imported.model, voices), imported.notes, "matrix")
    except ModelError as exc:
        raise LoadError(exc.problems) from None


def _rating(ids: dict, key, weight: float, bounds, scale: float) -> Rating:
    """A participant's rating of a cell; a fuzzy cell keeps its bounds (fcmconfr's interval
    and triangular weights)."""
    low, high = bounds if bounds else (None, None)
    return Rating(ids[key[0]], ids[key[1]], weight / scale,
                  low=None if low is None else low / scale,
                  high=None if high is None else high / scale)


#: R's missing value, as ``write.csv`` writes it in a matrix that keeps NA for no influence.
_R_MISSING = "NA"


def _weights(table: Table, shape: Shape, options: ImportOptions):
    """(source, target) -> weight and -> (low, high) for every non-zero cell; notes."""
    problems, notes = [], []
    rows = [table.header, *table.rows] if shape.unlabelled else table.rows
    numbers = ([table.header_row, *table.numbers] if shape.unlabelled else table.numbers)
    _check_edge_count(table, rows, shape)
    problems.extend(Problem(table.where(number, column_name(table, j)), message)
                    for number, j, message in merged_cells_among(
                        table, numbers, list(shape.columns.values())))
    weights, bounds = {}, {}
    diagonal = missing = 0
    question = None        # asked about the first weight outside [-1, 1] once no cell is refused
    for number, row, source in zip(numbers, rows, shape.labels):
        for target, j in shape.columns.items():
            raw = row[j] if j < len(row) else None
            if isinstance(raw, str) and raw.strip() == _R_MISSING:
                missing += 1
                continue
            try:
                fuzzy = v.fuzzy_weight(raw)
                weight = fuzzy[0] if fuzzy else v.weight(raw, default=0.0)
            except v.CellProblem as exc:
                problems.append(Problem(table.where(number, column_name(table, j)), str(exc)))
                continue
            if weight == 0 and not fuzzy:
                continue
            if source == target:
                diagonal += 1
                continue
            if abs(weight) > 1 and options.out_of_range == ASK and question is None:
                question = ChoiceNeeded("out_of_range", Problem(
                    table.where(number, column_name(table, j)), translate("matrix", "{weight:g} is outside [-1, 1]").format(
                                                                     weight=weight)))
            if abs(weight) > 1 and options.out_of_range == "refuse":
                problems.append(Problem(table.where(number, column_name(table, j)),
                                        translate("matrix", "{weight:g} is outside [-1, 1] (to "
                                                            "divide every weight by the largest, "
                                                            "{rescale})").format(
                                            weight=weight, rescale=rescale_hint(options))))
                continue
            weights[(source, target)] = weight
            if fuzzy:
                bounds[(source, target)] = fuzzy[1:]
    if problems:
        raise LoadError(problems)
    notes.extend(_refuse_totals(table, shape, weights, numbers))
    if question is not None:
        raise question
    if missing:
        notes.append(Problem(table.where(), translate("matrix", "{count} cell{s} held NA (R's "
                                                                "missing value): read as no "
                                                                "influence").format(
                                                count=missing, s='s' if missing != 1 else '')))
    if diagonal:
        notes.append(Problem(table.where(), translate("matrix", "skipped {diagonal} "
                                                                "self-influence{s} on the "
                                                                "diagonal").format(
                                                diagonal=diagonal, s='s' if diagonal != 1 else '')))
    return weights, bounds, notes


def _check_edge_count(table: Table, rows, shape: Shape) -> None:
    """Refuse, before any cell is parsed, a matrix with more filled cells than an import
    may turn into edges (a 2,000 x 2,000 matrix of weights would be 4 million edges, a
    model of several hundred MB): counting is fast, parsing and validating are not."""
    columns = list(shape.columns.values())
    if len(columns) < 2:
        return
    pick = itemgetter(*columns)              # the node columns of a row, at C speed
    last = max(columns)
    filled = 0
    for row in rows:
        cells = pick(row) if len(row) > last else [row[j] for j in columns if j < len(row)]
        filled += len(cells) - sum(map(cells.count, _EMPTY))
    if filled > LIMITS.edges:
        raise LoadError(Problem(table.where(), translate("matrix", "the {count:,} x {count2:,} matrix has "
                                                                   "{filled:,} filled cells (edges); an "
                                                                   "import makes at most {edges:,} edges").format(
                                                   count=len(shape.labels), count2=len(columns), filled=filled, edges=LIMITS.edges)))


def _build(table: Table, shape: Shape, weights, bounds, notes, title: str,
           options: ImportOptions, format: str, one_of_many: bool = False) -> Imported:
    """The model of the matrix ``table``, titled by its corner cell unless it is empty or
    the table is ``one_of_many`` (see :func:`matrix_to_model`), else by ``title``."""
    notes = list(notes)
    scale, scale_note = weight_scale([*weights.values(), *(b for lh in bounds.values()
                                                            for b in lh)], options, table.where())
    if scale_note:
        notes.append(scale_note)
    corner = "" if shape.unlabelled or shape.headed or one_of_many else (
        v.text(table.header[0]).strip() if table.header else "")
    if shape.headed:
        notes.append(Problem(table.where(), translate("matrix", "the matrix has labels across "
                                                                "the top only: row {first} was "
                                                                "read as the first node's "
                                                                "influences, each row after it "
                                                                "as the next node's").format(
                                                first=table.numbers[0] if table.numbers else 2)))
    if shape.unlabelled:
        notes.append(Problem(table.where(), translate("matrix", "the matrix has no labels: its {count} "
                                                                "nodes were named C1, C2, ... in row "
                                                                "order").format(
                                                count=len(shape.labels))))
    tags, extra_note = extra_columns(table, shape)
    if extra_note:
        notes.append(extra_note)
    taken = v.TakenIds()
    ids = {}
    nodes = []
    for label in shape.labels:
        shown = label or UNNAMED
        ids[label] = v.new_id(shown, taken)
        taken.add(ids[label])
        nodes.append(Node(ids[label], shown, tags=tags.get(label, ())))
    if "" in ids:
        notes.append(Problem(table.where(), translate("matrix", "a node's row and column have a blank "
                                                                "label: it was named {unnamed!r}").format(
                                                unnamed=UNNAMED)))
    edges = []
    for (source, target), weight in weights.items():
        low, high = bounds.get((source, target), (None, None))
        edges.append(Edge(ids[source], ids[target], weight / scale,
                          low=None if low is None else low / scale,
                          high=None if high is None else high / scale))
    try:
        model = Model.from_elements(title=(corner or title)[:300], nodes=placed(nodes, edges),
                                    edges=edges)
    except ModelError as exc:
        raise LoadError(exc.problems) from None
    return Imported(model, tuple(notes), format)


def model_to_matrix(model: Model, *, use_labels: bool = True) -> tuple[list[str], list[list]]:
    """(header, rows) of the weight matrix, rows are sources; the title in the corner.

    Nodes are named by label in the current language when labels are unique (ids
    otherwise), so that Mental Modeler and spreadsheets show readable names and the matrix
    reads back unambiguously.
    """
    labels = [translated(n) for n in model.nodes]
    if not use_labels or len(set(labels)) != len(labels):
        labels = [n.id for n in model.nodes]
    index = {n.id: i for i, n in enumerate(model.nodes)}
    matrix = [[0.0] * len(labels) for _ in labels]
    for edge in model.edges:
        matrix[index[edge.source]][index[edge.target]] = edge.weight
    header = [model.title] + labels
    return header, [[label] + row for label, row in zip(labels, matrix)]
