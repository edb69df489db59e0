"""Square adjacency matrices, the common exchange form of fuzzy cognitive maps.

Orientation, as everywhere in Windtunnel: **rows are sources, columns are targets**; the
cell in row A, column B is the weight of the edge A -> B. The first row holds the node
labels (or ids) as column headers, the first column the same labels as row headers, in
any order. The corner cell is free: Mental Modeler's CSV export puts the model's name
there, and the importer takes a non-empty corner as the model's title, unless it only
names what the labels are (``name``, ``Concept``, ``From/To``: :func:`corner_title`), when
the file's name is the title.

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
- rows and columns labelled as totals (Total, Sum, 合计, ...) are left out with a note when
  they hold the sums, refused at their first other cell when not
  (:mod:`windtunnel.io.matrix_totals`);
- labels a spreadsheet turned into dates (``3-5`` typed, 5 March kept) are read as the
  dates' text, each noted (:mod:`windtunnel.io.date_names`);
- weights outside [-1, 1] are rescaled or refused by the same option as every format
  (asked once every cell of every sheet was read and none was refused).

A non-zero diagonal (self-influence, which Windtunnel models with the inference rule's
memory term instead) is skipped with a note. :func:`matrix_to_model` and
:func:`model_to_matrix` are pure; file wrappers live in :mod:`windtunnel.io.interchange`.
Where a table's matrix is, or why it is not one, is :mod:`windtunnel.io.matrix_shape`'s
job; its columns that are not nodes, :mod:`windtunnel.io.matrix_columns`'; a workbook of
several matrices (one per participant, or the bounds of fuzzy weights),
:mod:`windtunnel.io.matrix_sheets`', which reads each with :func:`matrix_weights` and
:func:`matrix_model`.
"""

from __future__ import annotations

import re
from operator import itemgetter

from ..errors import LoadError, ModelError, Problem
from ..language import translate
from ..model import Edge, Model, Node, translated
from . import values as v
from .weight_labels import label_weights_note
from .importing import ASK, ChoiceNeeded, Imported, ImportOptions, rescale_hint, weight_scale
from .matrix_columns import extra_columns
from .matrix_shape import Shape, column_name, shape_of, why_not_square
from .date_names import label_dates_notes, retyped_note
from .matrix_totals import totals_notes
from .merged import merged_cells_among
from .naming import bounded, short_name
from .sheets import SHEETS
from .tables import LIMITS, Table
from .tabular import placed

__all__ = ["matrix_to_model", "matrix_weights", "matrix_model", "model_to_matrix",
           "matrix_notes"]

#: Words a matrix's corner may hold to name its labels, not the map (a node's id or label,
#: an edge's ends, what a map's nodes are called).
_LABEL_WORDS = frozenset(
    alias for sheet, fields in (("Nodes", ("id", "label")), ("Edges", ("source", "target")))
    for column in SHEETS[sheet] if column.field in fields for alias in column.aliases
) | {"concept", "concepts", "node", "nodes", "variable", "variables", "factor", "factors"}
#: The label of a node whose row and column labels are blank.
UNNAMED = "(unnamed)"
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
    weights, bounds, notes = matrix_weights(table, shape, options)
    return matrix_model(table, shape, weights, bounds, notes, title, options, "matrix",
                        one_of_many)


#: R's missing value, as ``write.csv`` writes it in a matrix that keeps NA for no influence.
_R_MISSING = "NA"


def matrix_weights(table: Table, shape: Shape, options: ImportOptions):
    """(source, target) -> weight and -> (low, high) for every non-zero cell (a fuzzy cell of
    zeros, "(0, 0, 0)", is a zero too: not drawn); notes. Rows and columns of totals
    (``shape.total_rows``, ``shape.total_columns``) give none."""
    problems, notes = [], []
    node_rows = shape.node_rows(table)
    _check_edge_count(table, node_rows, shape)
    problems.extend(Problem(table.where(number, column_name(table, j)), message)
                    for number, j, message in merged_cells_among(
                        table, [number for number, _row, _label in node_rows],
                        list(shape.columns.values())))
    weights, bounds = {}, {}
    diagonal = {}          # each node's self-influence, skipped (a total's sum counts it)
    missing = 0
    question = None        # asked about the first weight outside [-1, 1] once no cell is refused
    for number, row, source in node_rows:
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
            if weight == 0 and (not fuzzy or fuzzy == (0, 0, 0)):
                continue       # not drawn: a matrix cannot tell it from a weight of 0
            if source == target:
                diagonal[source] = weight
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
    notes.extend(totals_notes(table, shape, weights, diagonal))
    if question is not None:
        raise question
    if missing:
        notes.append(Problem(table.where(), translate("matrix", "{count} cell{s} held NA (R's "
                                                                "missing value): read as no "
                                                                "influence").format(
                                                count=missing, s='s' if missing != 1 else '')))
    labelled = label_weights_note(row[j] for _number, row, _source in node_rows
                                  for j in shape.columns.values() if j < len(row))
    if labelled:
        notes.append(Problem(table.where(), labelled))
    if diagonal:
        notes.append(Problem(table.where(), translate("matrix", "skipped {diagonal} "
                                                                "self-influence{s} on the "
                                                                "diagonal").format(
                                                diagonal=len(diagonal),
                                                s='s' if len(diagonal) != 1 else '')))
    return weights, bounds, notes


def _check_edge_count(table: Table, node_rows, shape: Shape) -> None:
    """Refuse, before any cell is parsed, a matrix with more filled cells than an import
    may turn into edges (a 2,000 x 2,000 matrix of weights would be 4 million edges, a
    model of several hundred MB): counting is fast, parsing and validating are not."""
    columns = list(shape.columns.values())
    if len(columns) < 2:
        return
    pick = itemgetter(*columns)              # the node columns of a row, at C speed
    last = max(columns)
    filled = 0
    for _number, row, _label in node_rows:
        cells = pick(row) if len(row) > last else [row[j] for j in columns if j < len(row)]
        filled += len(cells) - sum(map(cells.count, _EMPTY))
    if filled > LIMITS.edges:
        raise LoadError(Problem(table.where(), translate("matrix", "the {count:,} x {count2:,} matrix has "
                                                                   "{filled:,} filled cells (edges); an "
                                                                   "import makes at most {edges:,} edges").format(
                                                   count=len(shape.labels), count2=len(columns), filled=filled, edges=LIMITS.edges)))


def matrix_model(table: Table, shape: Shape, weights, bounds, notes, title: str,
           options: ImportOptions, format: str, one_of_many: bool = False) -> Imported:
    """The model of the matrix ``table``, titled by its corner cell unless it is empty or
    the table is ``one_of_many`` (see :func:`matrix_to_model`), else by ``title``."""
    notes = list(notes)
    scale, scale_note = weight_scale([*weights.values(), *(b for lh in bounds.values()
                                                            for b in lh)], options, table.where())
    if scale_note:
        notes.append(scale_note)
    corner = "" if shape.unlabelled or shape.headed or one_of_many else (
        corner_title(table.header[0]) if table.header else "")
    if shape.headed:
        notes.append(Problem(table.where(), translate("matrix", "the matrix has labels across "
                                                                "the top only: row {first} was "
                                                                "read as the first node's "
                                                                "influences, each row after it "
                                                                "as the next node's").format(
                                                first=table.numbers[0] if table.numbers else 2)))
    notes.extend(Problem(table.where(number), translate(
        "matrix", "the row is blank: read as the row of {label!r}, whose place it is below the "
                  "labels across the top (a node that influences none)").format(label=label))
                 for number, label in shape.blank_rows(table))
    if not shape.unlabelled:
        notes.extend(label_dates_notes(table, down_the_side=not shape.headed,
                                       only=set(shape.labels)))
        notes.extend(retyped_note(*cell) for cell in shape.retyped)
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


def corner_title(cell) -> str:
    """The model's title a matrix's corner cell gives: its text, or "" where it only names
    what the labels across and down are (``name``, ``Concept``, ``From\\To``), as a
    tool's matrix export heads them."""
    text = v.text(cell).strip()
    words = [word for word in re.split(r"[/\\|]+|\s+(?:to|vs\.?)\s+", v.normal_header(text))
             if word.strip()]
    return "" if words and all(word.strip() in _LABEL_WORDS for word in words) else text


def model_to_matrix(model: Model, *, use_labels: bool = True) -> tuple[list[str], list[list]]:
    """(header, rows) of the weight matrix, rows are sources; the title in the corner.

    Nodes are named by label in the current language when labels are unique (ids
    otherwise), so that Mental Modeler and spreadsheets show readable names and the matrix
    reads back unambiguously. An edge of weight 0 is a cell of 0, which every reader of a
    matrix takes for no edge: :func:`matrix_notes` says which edges that leaves out.
    """
    names = _matrix_names(model, use_labels=use_labels)
    labels = list(names.values())
    index = {node_id: i for i, node_id in enumerate(names)}
    matrix = [[0.0] * len(labels) for _ in labels]
    for edge in model.edges:
        matrix[index[edge.source]][index[edge.target]] = edge.weight
    header = [model.title] + labels
    return header, [[label] + row for label, row in zip(labels, matrix)]


def _matrix_names(model: Model, *, use_labels: bool = True) -> dict[str, str]:
    """Node id -> the name the weight matrix gives the node, in the model's order: its
    label in the current language when every label is unique, its id otherwise."""
    labels = [translated(n) for n in model.nodes]
    if not use_labels or len(set(labels)) != len(labels):
        labels = [n.id for n in model.nodes]
    return {node.id: label for node, label in zip(model.nodes, labels)}


#: How many of the edges a matrix leaves out its note names.
_NAMED_EDGES = 5


def matrix_notes(model: Model, *, use_labels: bool = True) -> list[str]:
    """What the weight matrix of ``model`` does not keep, as notes for whoever exports it:
    its edges of weight 0 (a matrix cannot tell one from no edge, so they are not in it),
    counted and the first few named as the matrix names their nodes; none when every
    edge has a weight."""
    zero = [edge for edge in model.edges if edge.weight == 0]
    if not zero:
        return []
    names = _matrix_names(model, use_labels=use_labels)
    shown = [f"{short_name(names[edge.source])!r} \u2192 {short_name(names[edge.target])!r}"
             for edge in zero[:_NAMED_EDGES]]
    return [translate("matrix", "left out {count:,} edge{s} of weight 0, which a matrix "
                                "cannot tell from no edge: {edges} (export a workbook or CSV "
                                "tables to keep every edge)").format(
                count=len(zero), s="s" if len(zero) != 1 else "",
                edges=bounded(shown, _NAMED_EDGES, len(zero)))]
