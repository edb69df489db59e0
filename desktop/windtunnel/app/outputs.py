"""Where the GUI's exports may write: the same rules as the command line's outputs.

Every export (results workbook, CSV tables, the PDF brief and story, map pictures, the
exploration workbook) is written by :func:`write_export` (the story's pictures, a set of
files, by :func:`write_exports`: all of them or none) inside
:func:`~windtunnel.model.output_paths.guarded_writes`: no model file (a ``.wtm`` name, or a link
to one) is ever replaced by an export, the open model's or another
(:func:`check_export_path`, which the export dialogs also ask as soon as a name is chosen,
so the message comes before any work, as does any other reason the file cannot be written
there: a missing or read-only folder, a folder of that name), the open model's own file,
and the file it was imported from, are refused under any name or link, a file the
export replaces is kept as ``NAME.bak``, and a folder, device, FIFO or socket is refused
with nothing written (see resources/help/limits.md, "Output paths"). Saves of the model go
through the model's own atomic save, which keeps ``.bak`` too; autosave writes only into
the recovery folder.

The guard is a context variable, which a worker thread does not inherit, so the guard is
entered where the bytes are written, on whichever thread that is.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Sequence

from PySide6.QtCore import QCoreApplication

from ..errors import SaveError, shown_path
from ..model.atomic import atomic_write_all
from ..model.output_paths import guarded_writes, names_a_model_file, writable_output

__all__ = ["write_export", "write_exports", "check_export_path", "refuse_a_model_name"]


def check_export_path(path: str | os.PathLike) -> None:
    """SaveError when ``path`` names a model file, or links to one
    (:func:`refuse_a_model_name`); or when no file can be written there
    (:func:`~windtunnel.model.output_paths.writable_output`: a folder of that name, a folder that
    is missing or read-only, a FIFO, a read-only file), said before the export is built."""
    refuse_a_model_name(path)
    writable_output(path)


def refuse_a_model_name(path: str | os.PathLike) -> None:
    """SaveError when ``path`` names a model file, or links to one: an export written there
    would replace a model with a file that is none (the command line refuses it too), and
    a model's name typed for an export is a slip, not a wish for ``model.wtm.xlsx``."""
    if names_a_model_file(path):
        raise SaveError(QCoreApplication.translate(
            "outputs", "{path} is, or links to, the Windtunnel model file {model}: an export is "
                       "never written over a model, so nothing was written. Choose another "
                       "name.").format(path=shown_path(path),
                                      model=shown_path(os.path.realpath(path))))


def write_export(path: str | os.PathLike, data: bytes, *,
                 protect: Sequence[Path] = ()) -> None:
    """Write ``data`` to ``path`` atomically, never over a file of ``protect`` (the open
    model's own files: :attr:`~windtunnel.app.document.Document.own_files`),
    keeping a replaced file as ``.bak``; SaveError when the path is refused (a model
    file's name: :func:`check_export_path`)."""
    write_exports([(path, data)], protect=protect)


def write_exports(files: Sequence[tuple[str | os.PathLike, bytes]], *,
                  protect: Sequence[Path] = ()) -> None:
    """Write each ``(path, data)`` of ``files`` as :func:`write_export` does, as one set
    (:func:`~windtunnel.model.atomic.atomic_write_all`): a full disk or a refused name
    leaves every file as it was, never the first pictures of a story without the rest."""
    for path, _ in files:
        check_export_path(path)
    with guarded_writes(inputs=protect, backup=True):
        atomic_write_all(files)
