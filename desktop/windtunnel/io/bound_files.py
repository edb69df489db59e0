"""A map's weight bounds in files of their own, found and paired from any one of them.

fcmconfr (R) writes a map of interval weights as two matrices, ``fcm_1_lower.xlsx`` and
``fcm_1_upper.xlsx``, and one of triangular weights as three, with ``fcm_1_mode.xlsx``
between them, in one folder. Importing any one of them finds the others beside it (the
same name before ``_lower``, ``_mode`` or ``_upper``, any case, the same extension) and
reads them together as a workbook's ``lower``, ``mode`` and ``upper`` sheets are read
(the matrix import's ``matrices_to_model``): each edge's weight is its mode, or the
midpoint of its bounds, and its range lower to upper. The note names the files paired.

A file whose siblings are not all there, or whose sibling holds no matrix or a matrix of
other nodes, is not paired: it is imported alone, as any matrix, and the note says which
sibling is missing or differs, so no bound is made up and none is dropped unsaid.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

from ..errors import LoadError, Problem
from ..language import translate
from .importing import Imported, ImportOptions
from .matrix_shape import shape_of
from .naming import bounded
from .tables import Table, file_label

__all__ = ["paired_bounds"]

#: A bound file's name: the map's name, a separator, and which bound it holds.
_BOUND_NAME = re.compile(r"(?P<map>.+?)(?P<sep>[_\- ])(?P<bound>lower|mode|upper)\Z",
                         re.IGNORECASE)
_ORDER = ("lower", "mode", "upper")


def paired_bounds(path: Path, tables: dict[str, Table],
                  read_tables: Callable[[Path], dict[str, Table]],
                  read_matrices: Callable[..., Imported], *, title: str,
                  options: ImportOptions) -> tuple[Imported | None, list[Problem]]:
    """The map of ``path`` (a bound file, read as ``tables``) and its siblings, read
    together, with the note naming them; or None (the file is imported alone) and the
    notes saying why no sibling was paired. ``(None, [])`` for a file that is no bound
    file or holds no matrix. The importer gives its readers: ``read_tables`` reads a
    sibling's tables, ``read_matrices`` a workbook's matrix sheets (its ``lower``,
    ``mode`` and ``upper`` sheets as one map's bounds)."""
    named = _BOUND_NAME.match(path.stem)
    own = _matrix(tables)
    if named is None or own is None:
        return None, []
    bound = named["bound"].lower()
    siblings = _siblings(path, named["map"], named["sep"])
    label = file_label(path)
    found, notes = {bound: own}, []
    for other in _ORDER:
        if other == bound or other not in siblings:
            continue
        try:
            table = _matrix(read_tables(siblings[other]))
        except LoadError as refused:
            notes.append(Problem(file_label(siblings[other]), translate(
                "bound_files", "not paired with {file}: {problem}").format(
                file=label, problem=refused.problems[0])))
            continue
        if table is None or shape_of(table).labels != shape_of(own).labels:
            notes.append(Problem(file_label(siblings[other]), translate(
                "bound_files", "not paired with {file}: it holds no matrix of the same "
                               "nodes in the same order, as the bounds of one map's weights "
                               "do").format(file=label)))
            continue
        found[other] = table
    if {"lower", "upper"} <= set(found):
        tables = {name: _as_file(found[name], siblings.get(name, path))
                  for name in _ORDER if name in found}
        imported = read_matrices(tables, title=title, options=options)
        note = Problem("", translate(
            "bound_files", "read the files {files} (found beside one another, as fcmconfr "
                           "writes a map's bounds) as the sheets {sheets} of one "
                           "workbook").format(
            files=bounded([table.name for table in tables.values()], 3),
            sheets=bounded(list(tables), 3)))
        return Imported(imported.model, (note, *notes, *imported.notes), imported.format), []
    missing = [f"{named['map']}{named['sep']}{name}{path.suffix}" for name in ("lower",
               "upper") if name not in found and name not in siblings]
    if missing:
        notes.append(Problem("", translate(
            "bound_files", "{file} holds the {bound} of a map's weights, and {missing} "
                           "is not beside it: imported {file} alone, its values as the "
                           "weights, with no range").format(
            file=label, bound=_bound_words(bound), missing=bounded(missing, 2))))
    elif notes:
        notes.append(Problem("", translate(
            "bound_files", "imported {file} alone, its values as the weights, with no "
                           "range").format(file=label)))
    return None, notes


def _siblings(path: Path, map_name: str, separator: str) -> dict[str, Path]:
    """The bound files of map ``map_name`` beside ``path``, by bound (names compared
    without case; the same extension)."""
    wanted = {f"{map_name}{separator}{bound}".casefold(): bound for bound in _ORDER}
    found = {}
    try:
        for other in path.parent.iterdir():
            bound = wanted.get(other.stem.casefold())
            if (bound is not None and other != path and other.is_file()
                    and other.suffix.lower() == path.suffix.lower()):
                found[bound] = other
    except OSError:                 # an unreadable folder: the file is read alone
        return {}
    return found


def _matrix(tables: dict[str, Table]) -> Table | None:
    """The one matrix among a file's tables, or None when it holds none or several."""
    matrices = [table for table in tables.values() if shape_of(table) is not None]
    return matrices[0] if len(matrices) == 1 else None


def _as_file(table: Table, path: Path) -> Table:
    """``table`` named by its file in messages (``file fcm_1_upper.csv, row 3``), since
    the bounds come from several files, not sheets of one."""
    table.name, table.sheet_word, table.csv = file_label(path), "file", False
    return table


def _bound_words(bound: str) -> str:
    return {"lower": translate("bound_files", "lower bounds"),
            "mode": translate("bound_files", "modes"),
            "upper": translate("bound_files", "upper bounds")}[bound]
