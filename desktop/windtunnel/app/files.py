"""Reading model files and imports, and noticing when another program changes the open file.

- :func:`open_model` reads a ``.wtm`` file with the model loader, or imports a workbook,
  CSV tables, an adjacency matrix, a Mental Modeler file or GraphML through
  :func:`windtunnel.io.import_model` (the same importer as ``windtunnel import``). Every
  failure is a LoadError with located problems; an import also returns its notes on what
  was changed on the way in.
- :class:`FileWatcher` follows the open file with QFileSystemWatcher. Saving replaces the
  file atomically (a new inode), so the watch is re-armed after each change; changes whose
  content equals what we last wrote or read are ours and are ignored.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from ..errors import LoadError, Problem
from ..model import Model, load
from ..paths import is_bundled
from .document import Document

__all__ = ["open_model", "open_document", "Opened", "open_filters", "is_native", "FileWatcher", "MODEL_SUFFIX",
           "IMPORT_SUFFIXES"]

MODEL_SUFFIX = ".wtm"
#: What the importers read (see windtunnel.io.interchange.detect_format).
IMPORT_SUFFIXES = (".xlsx", ".xlsm", ".csv", ".tsv", ".txt", ".mmp", ".graphml", ".gexf", ".xml",
                   ".json")


def is_native(path: str | Path) -> bool:
    return Path(path).suffix.lower() == MODEL_SUFFIX


def open_filters() -> str:
    """File-dialog filters: models first, then what the importers read."""
    imports = " ".join(f"*{s}" for s in IMPORT_SUFFIXES)
    return ";;".join([f"Windtunnel models (*{MODEL_SUFFIX})",
                      f"Models and imports (*{MODEL_SUFFIX} {imports})",
                      "Workbooks and tables (*.xlsx *.xlsm *.csv *.tsv *.txt)",
                      "Mental Modeler, GraphML, GEXF, FCMpy "
                      "(*.mmp *.graphml *.gexf *.xml *.json)",
                      "All files (*)"])


@dataclass(frozen=True)
class Opened:
    """A model read from a file; ``notes`` say what an import changed on the way in."""

    model: Model
    imported: bool = False
    notes: tuple[Problem, ...] = ()
    format: str = "wtm"


def open_document(path: str | Path, ask=None) -> tuple[Document, Opened] | None:
    """The document to show for ``path``: the file itself for a model of the user's; an
    untitled document (Save asks where) for an import or a bundled model, so that a Save
    never overwrites a file the app ships or another tool's file.

    ``ask(question)`` answers an import's ambiguities (undirected edges, weights outside
    [-1, 1]) once each: it gets the io's ``ChoiceNeeded`` and returns one of its
    ``choices``, or None to cancel (then nothing opens and this returns None). Without
    ``ask`` the io's defaults apply, and the import's note says which."""
    opened = open_model(path, ask)
    if opened is None:
        return None
    path = Path(path)
    if opened.imported:
        return Document(opened.model, modified=True, name=f"Imported from {path.name}"), opened
    if is_bundled(path):
        return Document(opened.model, name=f"{opened.model.title} (a copy)"), opened
    return Document(opened.model, path.resolve()), opened


def open_model(path: str | Path, ask=None) -> Opened | None:
    """Read a .wtm model or import another format (``ask``: see :func:`open_document`);
    LoadError naming the problems."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == MODEL_SUFFIX:
        return Opened(load(path))
    if suffix in IMPORT_SUFFIXES:
        from ..io import ASK, ChoiceNeeded, import_model   # pandas and openpyxl load here

        choices = ({"undirected": ASK, "out_of_range": ASK, "participants": ASK}
                   if ask is not None else {})
        while True:
            try:
                result = import_model(path, **choices)
                break
            except ChoiceNeeded as question:
                if choices.get(question.question) != ASK:
                    raise                      # asked already: never ask in a loop
                answer = ask(question)
                if answer is None:
                    return None
                choices[question.question] = answer
        return Opened(result.model, True, tuple(result.notes), result.format)
    known = ", ".join((MODEL_SUFFIX,) + IMPORT_SUFFIXES)
    raise LoadError(Problem("", f"Windtunnel cannot open {suffix or 'files without an extension'}"
                                f" files (it opens {known})"), source=str(path))


def _digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


class FileWatcher(QObject):
    """Tells when the watched file changes on disk through another program."""

    #: The file changed (or disappeared: ``exists`` False) behind our back.
    changed = Signal(str, bool)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_changed)
        self.path: Path | None = None
        self._known: str | None = None

    def watch(self, path: Path | None) -> None:
        """Follow ``path`` (None: nothing); its current content counts as known."""
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())
        self.path = Path(path) if path else None
        self._known = _digest(self.path) if self.path else None
        if self.path is not None and self.path.exists():
            self._watcher.addPath(str(self.path))

    def note_written(self) -> None:
        """We just wrote the file: its new content is ours (call after every save)."""
        self.watch(self.path)

    def _on_changed(self, _name: str) -> None:
        QTimer.singleShot(150, self._check)  # let an atomic replace finish

    def _check(self) -> None:
        if self.path is None:
            return
        exists = self.path.exists()
        if exists and str(self.path) not in self._watcher.files():
            self._watcher.addPath(str(self.path))
        digest = _digest(self.path) if exists else None
        if digest == self._known:
            return
        self._known = digest
        self.changed.emit(str(self.path), exists)
