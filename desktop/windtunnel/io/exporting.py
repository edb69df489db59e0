"""Export a model to other tools' files: the thin wrapper the CLI and the GUI both call.

:func:`export_model` writes a model in one of :data:`EXPORT_FORMATS`: ``workbook`` (.xlsx
model workbook), ``graphml``, ``matrix`` (one CSV, Mental Modeler layout) or ``csv`` (a
folder of CSV files, one per model sheet); :func:`export_format` checks an output path
before any work, and :func:`export_notes` says what a format leaves out of a model (the
matrix, its edges of weight 0). A failed export is a :class:`~windtunnel.errors.SaveError`
naming the path and leaves any previous file intact; so is one that would replace a file
without ``force``. (Imports are :mod:`.interchange`'s.)
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import SaveError, shown_path
from ..language import translate
from ..model import Model
from ..model.atomic import atomic_write, atomic_write_all
from ..model.output_paths import (names_a_model_file, not_a_file_name, refuse_existing,
                                  writable_output)
from ..model.regular_files import special_kind
from .csv import csv_bytes
from .graphml import graphml_bytes
from .matrix import matrix_notes, model_to_matrix
from .sheets import model_rows
from .workbook import model_workbook_bytes

__all__ = ["EXPORT_FORMATS", "export_model", "export_format", "export_notes",
           "tables_csv_files", "matrix_csv_bytes"]

EXPORT_FORMATS = ("workbook", "graphml", "matrix", "csv")


def tables_csv_files(model: Model) -> dict[str, bytes]:
    """File name -> CSV bytes for every model sheet (``nodes.csv``, ``edges.csv``, ...,
    ``own_nodes.csv``)."""
    return {f"{name.lower().replace(' ', '_')}.csv": csv_bytes(header, rows, bom=True)
            for name, (header, _styles, rows) in model_rows(model).items()}


def matrix_csv_bytes(model: Model) -> bytes:
    """The weight matrix as CSV in Mental Modeler's layout (title in the corner cell, with
    no byte-order mark before it, so FCM tools read the corner as the title)."""
    header, rows = model_to_matrix(model)
    return csv_bytes(header, rows)


def export_notes(model: Model, format: str) -> list[str]:
    """What an export of ``model`` in ``format`` leaves out of it, as notes to show beside
    the files written: the weight matrix holds no edge of weight 0; the other formats keep
    every edge."""
    return matrix_notes(model) if format == "matrix" else []


def export_model(model: Model, path: str | os.PathLike, *, format: str | None = None,
                 force: bool = True) -> list[Path]:
    """Write ``model`` to ``path`` in ``format`` (from the suffix when None); return the files.

    ``csv`` writes one file per model sheet into the folder ``path``; the path is checked
    first by :func:`export_format`. Without ``force``, a file the export would replace (a
    table of the folder, for ``csv``) refuses it, named, before anything is written.
    """
    fmt = export_format(path, format)
    path = Path(path)
    if fmt == "csv":       # the tables as one set: a failure leaves the folder as it was
        files = [(path / name, data) for name, data in tables_csv_files(model).items()]
        for name, _data in files:
            refuse_existing(name, force=force)
        created = _make_folder(path)
        try:
            atomic_write_all(files)
        except SaveError:
            if created:
                _remove_empty_folder(path)
            raise
        return [name for name, _ in files]
    refuse_existing(path, force=force)
    writers = {"workbook": model_workbook_bytes, "graphml": graphml_bytes,
               "matrix": matrix_csv_bytes}
    atomic_write(path, writers[fmt](model))
    return [path]


def export_format(path: str | os.PathLike, format: str | None = None) -> str:
    """The format an export to ``path`` is written in (``format``, or from the suffix when
    None), once ``path`` is found fit for it: checked before any work, SaveError naming
    the path otherwise. An empty ``path`` is refused (it would name the current folder),
    and so is a ``.wtm`` name whatever the format, or a link to such a name: an export
    written there would replace a model file with a file that is none. A one-file format
    must be writable there (:func:`~windtunnel.model.output_paths.writable_output`: a name
    ending in a separator names a folder, and the folder must exist and be writable);
    the folder of CSV tables is made, parents too, when it is written."""
    if not os.fspath(path).strip():
        raise SaveError(translate("interchange", "the output name is empty; nothing was written"))
    if names_a_model_file(Path(path)):
        raise SaveError(translate("interchange", "{path}: an export is not a model file, so it "
                                                 "is not written under a .wtm name; nothing "
                                                 "was written (use .xlsx, .graphml, .csv or a "
                                                 "folder name)").format(path=shown_path(path)))
    fmt = format or _export_format(Path(path))
    if fmt not in EXPORT_FORMATS:
        raise SaveError(translate("interchange", "{path}: {fmt!r} is not an export format "
                                                 "({export_formats})").format(
                            path=shown_path(path), fmt=fmt,
                            export_formats=', '.join(EXPORT_FORMATS)))
    suffix = Path(path).suffix.lower()
    named = _SUFFIX_FORMATS.get(suffix, fmt)
    if suffix and named != fmt != "csv":    # GraphML in a file named .xlsx, which Excel
                                            # refuses (a folder of tables may be named so)
        raise SaveError(translate("interchange", "{path}: its name ends in {suffix}, which "
                                                 "names the {named} format, not {fmt}; nothing "
                                                 "was written (rename it, or leave --format "
                                                 "out)").format(
            path=shown_path(path), suffix=suffix, named=named, fmt=fmt))
    if fmt != "csv":
        writable_output(path)
    return fmt


def _make_folder(path: Path) -> bool:
    """Make the folder of a CSV export (and its parents); whether it was made. A name
    that cannot be a folder (a file or a device of that name, a link to nothing, a name
    too long, a NUL byte in it) is refused with a SaveError naming it."""
    try:
        if path.is_symlink() and not path.exists():
            raise SaveError(translate("interchange", "{path}: is a symbolic link to {target}, "
                                                     "which does not exist; CSV tables are "
                                                     "written into a folder, so nothing was "
                                                     "written").format(
                                path=shown_path(path),
                                target=shown_path(os.path.realpath(path))))
        if path.exists() and not path.is_dir():     # a device said as one (/dev/full)
            kind = special_kind(path.stat().st_mode) or translate("interchange", "a file")
            raise SaveError(translate("interchange", "{path}: is {kind}, not a folder; CSV "
                                                     "tables are written into a folder, so "
                                                     "nothing was written (name a folder, or "
                                                     "give a suffix such as .xlsx)").format(
                                path=shown_path(path), kind=kind))
        created = not path.exists()
        path.mkdir(parents=True, exist_ok=True)
    except ValueError:              # a NUL byte in the name
        raise not_a_file_name(path) from None
    except OSError as exc:          # a name too long, a read-only or missing parent
        raise SaveError(translate("interchange", "{path}: cannot create the folder "
                                                 "({strerror})").format(
                            path=shown_path(path), strerror=exc.strerror or exc)) from exc
    return created


def _remove_empty_folder(path: Path) -> None:
    """Remove the folder an export made when nothing was written into it."""
    try:
        path.rmdir()
    except OSError:
        pass


#: The export format each output name's extension names (none: a folder of CSV tables).
_SUFFIX_FORMATS = {".xlsx": "workbook", ".graphml": "graphml", ".csv": "matrix", "": "csv"}


def _export_format(path: Path) -> str:
    suffix = path.suffix.lower()
    formats = _SUFFIX_FORMATS
    if suffix not in formats:
        raise SaveError(translate("interchange", "{path}: cannot tell the export format from "
                                                 "{suffix!r}; use .xlsx, .graphml, .csv "
                                                 "(weight matrix) or a folder name (CSV "
                                                 "tables)").format(path=shown_path(path),
                                                                   suffix=suffix))
    return formats[suffix]
