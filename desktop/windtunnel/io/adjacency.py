"""Square adjacency matrices, the common exchange form of fuzzy cognitive maps.

Orientation, as everywhere in Windtunnel: **rows are sources, columns are targets**; the
cell in row A, column B is the weight of the edge A -> B. The first row holds the node
labels (or ids) as column headers, the first column the same labels as row headers, in
any order. The corner cell is free: Mental Modeler's CSV export puts the model's name
there, and the importer takes a non-empty corner as the model's title.

Blank cells and zeros mean "no edge". Cells may be numbers in [-1, 1] or Mental Modeler
labels (``H+``, ``M-``, ``L+``: see :data:`~windtunnel.io.values.WEIGHT_LABELS`).
A non-zero diagonal (self-influence, which Windtunnel models with the inference rule's
memory term instead) is skipped with a note. :func:`matrix_to_model` and
:func:`model_to_matrix` are pure; file wrappers live in :mod:`windtunnel.io.interchange`.
"""

from __future__ import annotations

from openpyxl.utils import get_column_letter

from ..errors import LoadError, ModelError, Problem
from ..model import Edge, Model, Node
from . import values as v
from .frames import Imported, circle_positions
from .tables import Table

__all__ = ["matrix_to_model", "model_to_matrix", "looks_like_matrix"]


def _labels(table: Table) -> tuple[list[str], list[str]]:
    columns = [v.text(h).strip() for h in table.header[1:]]
    rows = [v.text(r[0]).strip() if r else "" for r in table.rows]
    return columns, rows


def looks_like_matrix(table: Table) -> bool:
    """Whether a table is a square matrix: the same labels across the top and down the side."""
    if len(table.header) < 2 or not table.rows:
        return False
    columns, rows = _labels(table)
    return len(columns) == len(rows) and set(columns) == set(rows) and "" not in rows


def matrix_to_model(table: Table, *, title: str = "Imported matrix") -> Imported:
    """Build a model from a square matrix table (rows are sources); LoadError when not one."""
    columns, rows = _labels(table)
    problems, notes = [], []
    if len(columns) != len(rows):
        problems.append(Problem(table.where(), f"is not square: {len(columns)} columns of "
                                               f"nodes but {len(rows)} rows"))
    for label, where in ((columns, "column headers"), (rows, "row headers")):
        seen = set()
        for i, text in enumerate(label):
            if not text:
                row = table.header_row if where == "column headers" else table.numbers[i]
                problems.append(Problem(table.where(row), f"a blank label among the {where}"))
            elif text in seen:
                problems.append(Problem(table.where(), f"{text!r} appears twice among the "
                                                       f"{where}"))
            seen.add(text)
    if not problems and set(columns) != set(rows):
        only_rows = sorted(set(rows) - set(columns))
        only_columns = sorted(set(columns) - set(rows))
        problems.append(Problem(table.where(), "the row and column labels differ (rows only: "
                                               f"{', '.join(only_rows)}; columns only: "
                                               f"{', '.join(only_columns)})"))
    if problems:
        raise LoadError(problems)
    corner = v.text(table.header[0]).strip() if table.header else ""
    taken: set[str] = set()
    ids = {}
    nodes = []
    for label, position in zip(rows, circle_positions(len(rows))):
        ids[label] = v.new_id(label, taken)
        taken.add(ids[label])
        nodes.append(Node(ids[label], label, position=position))
    edges = []
    diagonal = 0
    for number, row, source in zip(table.numbers, table.rows, rows):
        for j, target in enumerate(columns, start=1):
            raw = row[j] if j < len(row) else None
            try:
                weight = v.weight(raw, default=0.0)
            except v.CellProblem as exc:
                problems.append(Problem(table.where(number, _column_name(table, j)), str(exc)))
                continue
            if weight == 0:
                continue
            if source == target:
                diagonal += 1
                continue
            if not -1 <= weight <= 1:
                problems.append(Problem(table.where(number, _column_name(table, j)),
                                        f"{weight:g} is outside [-1, 1]"))
                continue
            edges.append(Edge(ids[source], ids[target], weight))
    if problems:
        raise LoadError(problems)
    if diagonal:
        notes.append(Problem(table.where(), f"skipped {diagonal} self-influence"
                                            f"{'s' if diagonal != 1 else ''} on the diagonal"))
    try:
        model = Model.from_elements(title=(corner or title)[:300], nodes=nodes, edges=edges)
    except ModelError as exc:
        raise LoadError(exc.problems) from None
    return Imported(model, tuple(notes), "matrix")


def _column_name(table: Table, index: int) -> str:
    label = v.text(table.header[index]).strip() if index < len(table.header) else ""
    return f"{get_column_letter(index + 1)} ({label})" if label else get_column_letter(index + 1)


def model_to_matrix(model: Model, *, use_labels: bool = True) -> tuple[list[str], list[list]]:
    """(header, rows) of the weight matrix, rows are sources; the title in the corner.

    Nodes are named by label when labels are unique (ids otherwise), so that Mental
    Modeler and spreadsheets show readable names and the matrix reads back unambiguously.
    """
    labels = [n.label for n in model.nodes]
    if not use_labels or len(set(labels)) != len(labels):
        labels = [n.id for n in model.nodes]
    index = {n.id: i for i, n in enumerate(model.nodes)}
    matrix = [[0.0] * len(labels) for _ in labels]
    for edge in model.edges:
        matrix[index[edge.source]][index[edge.target]] = edge.weight
    header = [model.title] + labels
    return header, [[label] + row for label, row in zip(labels, matrix)]
