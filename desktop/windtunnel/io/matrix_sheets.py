"""Workbooks of several matrices: the matrix sheet among others, one matrix per participant
(PyFCM's ``AllParticipants``: their mean, each sheet a participant, or one sheet, as
:class:`~windtunnel.io.importing.ImportOptions` says; weights outside [-1, 1] divided by the
largest of any sheet, so every participant keeps their scale), fcmconfr's ``lower``/``mode``/
``upper`` sheets (one map's fuzzy weights, cell by cell), and participants' matrices of
different concepts (:func:`sheet_maps`, aligned by
:func:`~windtunnel.io.participants.combine_maps`). Each sheet is read by
:mod:`windtunnel.io.matrix`."""

from __future__ import annotations

from itertools import chain

from ..engine.aggregation import as_typed
from ..errors import LoadError, ModelError, Problem
from ..language import translate
from ..model import Model, Rating
from . import values as v
from .importing import AGGREGATE, ASK, KEEP, ChoiceNeeded, Imported, ImportOptions, weight_scale
from .matrix import matrix_model, matrix_to_model, matrix_weights
from .matrix_shape import column_name, repeats_labels, shape_of
from .participants import with_participants
from .tables import Table

__all__ = ["matrices_to_model", "sheet_maps", "MATRIX_SHEET_NAMES"]

#: Sheet names that mark the matrix among a workbook's sheets.
MATRIX_SHEET_NAMES = ("matrix", "adjacency", "weights", "adj matrix")


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
        sheets = translate("matrix", "{count} participant sheets ({names})").format(
            count=len(matrices), names=_names(matrices))
        raise ChoiceNeeded("participants", Problem("", sheets), (KEEP, AGGREGATE, *matrices))
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
        cells[name], _bounds, sheet_notes = matrix_weights(table, shapes[name], options)
        notes.extend(sheet_notes if name == base else ())
    weights, bounds, problems = {}, {}, []
    order = {label: i for i, label in enumerate(labels)}
    for key in sorted({key for found in cells.values() for key in found},
                      key=lambda key: (order[key[0]], order[key[1]])):
        low, high = cells["lower"].get(key, 0.0), cells["upper"].get(key, 0.0)
        weight = cells["mode"].get(key, 0.0) if "mode" in cells else (low + high) / 2
        if not low <= weight <= high:
            table, shape = sheets["upper"], shapes["upper"]
            number = {label: number for number, _row, label in shape.node_rows(table)}.get(
                key[0])                # None: the node's row is blank in this sheet
            problems.append(Problem(table.where(number, column_name(table, shape.columns[key[1]])),
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
    return matrix_model(sheets[base], shapes[base], weights, bounds, notes, title, options,
                        "matrix", one_of_many=True)


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
    if len(names) <= 6:
        return shown
    return translate("matrix", "{names}, ... ({count} in all)").format(names=shown,
                                                                       count=len(names))


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
            weights, bounds, sheet_notes = matrix_weights(table, shapes[name], options)
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
    imported = matrix_model(first, shapes[first_name], mean, {}, [note, *notes], title,
                            options, "matrix", one_of_many=True)
    if not keep:
        return imported
    ids = {label: node.id for label, node in zip(labels, imported.model.nodes)}
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
