"""Where the main window's file dialogs start, and the names a save refuses at once.

A mixin of :class:`~windtunnel.app.mainwindow.MainWindow`. Each kind of file (a model, an
import, participants' maps, each kind of export) remembers the folder its last dialog
chose, persisted in the preferences; the first export of a kind starts where the last
export of any kind went, and the first file read of a kind (opened or imported) where the
last file read of any kind came from (a File > Import after files opened from a folder
started in the home folder); Save As starts in the model's own folder, else where the
last file of any kind was read or written (an export's folder); never in the folder of the
bundled models (a Save there would write into the install). A name that would not be
written as typed, or a model's name typed for an export, is refused before anything is
built.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from ..errors import SaveError
from ..model.output_paths import check_output_name
from ..paths import bundled_models
from .outputs import check_export_path, refuse_a_model_name

__all__ = ["FileFolders"]

#: The kind of file dialog whose remembered folder is the last export's of any kind.
ANY_EXPORT = "export"
#: The remembered folder of the last file read (opened or imported) of any kind.
ANY_READ = "read"
#: The remembered folder of the last file read or written, of any kind.
ANY_FILE = "file"


class FileFolders:
    """The folders the window's file dialogs start in (see module docstring)."""

    def default_folder(self, kind: str = "model", then: str | None = None) -> str:
        """Where a ``kind`` file dialog starts: the folder the last one of that kind chose,
        else the last one of kind ``then`` (if given), else the document's folder, else the
        last file's, else the user's documents; never the folder of the bundled models (a
        Save there would write into the install)."""
        prefs = self.workspace.preferences
        return self._first_folder([prefs.last_folder(k) for k in (kind, then) if k])

    def save_model_folder(self) -> str:
        """Where Save As starts: the model's own folder, else the folder of the last file
        read or written of any kind (an export just written to a folder), else as
        :meth:`default_folder` of models; never the folder of the bundled models."""
        prefs = self.workspace.preferences
        here = [str(self.document.path.parent)] if self.document.path is not None else []
        return self._first_folder(here + [prefs.last_folder(k) for k in (ANY_FILE, "model")])

    def _first_folder(self, candidates: list) -> str:
        """The first of ``candidates`` that is a folder and not the bundled models', else
        the document's folder, the last file's, the user's documents or home."""
        prefs = self.workspace.preferences
        shipped = {p.parent.resolve() for p in bundled_models()}
        if self.document.path is not None:
            candidates.append(str(self.document.path.parent))
        candidates += [str(Path(p).parent) for p in prefs.recent_files()[:1]]
        for folder in candidates:
            if folder and Path(folder).is_dir() and Path(folder).resolve() not in shipped:
                return folder
        documents = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
        return documents if documents and Path(documents).is_dir() else str(Path.home())

    def choose_save_path(self, kind: str, title: str, name: str, filters: str) -> str | None:
        """Ask where to save ``name`` (a file name), starting in :meth:`default_folder` of
        ``kind``; the first export of a kind starts where the last export of any kind was
        written (a PNG after a workbook went to a folder started in the home folder), and a
        model in :meth:`save_model_folder`. The
        folder becomes that kind's next start only once a file was written there
        (:meth:`written_to`): a folder where the write failed (read-only) is not offered
        again. A name that would not be written as typed (ending in a dot or a space, a
        control character in it: :func:`~windtunnel.model.output_paths.check_output_name`) is
        refused at once, before a suffix is added or anything is built; so is a model's
        name (``.wtm``) typed for an export (:func:`.outputs.refuse_a_model_name`)."""
        folder = self.save_model_folder() if kind == "model" else \
            self.default_folder(kind, ANY_EXPORT)
        path = self.ask_save_path(title, str(Path(folder) / name), filters)
        if not path or self._refused_by(check_output_name, path):
            return None
        if kind != "model" and self._refused_by(refuse_a_model_name, path):
            return None
        return path

    def export_refused(self, path: str) -> bool:
        """Whether an export may not go to ``path`` (a model file's name, or a link to one),
        said at once, before anything is built or written."""
        return self._refused_by(check_export_path, path)

    def _refused_by(self, check, path: str) -> bool:
        """Whether ``check(path)`` refuses ``path`` (a SaveError), the reason shown."""
        try:
            check(path)
        except SaveError as exc:
            self.show_problem(
                QCoreApplication.translate("FileOperations", "The file could not be written"), exc
            )
            return True
        return False

    def read_from(self, kind: str, path: str | Path) -> None:
        """A ``kind`` file was chosen to be read (opened or imported) at ``path``: its
        folder is where the next ``kind`` dialog starts, and the first of another kind."""
        for remembered in (kind, ANY_READ, ANY_FILE):
            self.workspace.preferences.set_last_folder(remembered, Path(path).parent)

    def written_to(self, kind: str, path: str | Path) -> None:
        """A ``kind`` file was written to ``path``: its folder is where the next ``kind``
        dialog starts (and, for an export, the first dialog of another kind of export)."""
        for remembered in (kind, ANY_FILE) if kind == "model" else (kind, ANY_EXPORT, ANY_FILE):
            self.workspace.preferences.set_last_folder(remembered, Path(path).parent)
