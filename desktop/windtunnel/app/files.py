"""Reading model files and imports, and noticing when another program changes the open file.

- :func:`open_model` reads a ``.wtm`` file with the model loader, or imports a workbook,
  CSV tables, an adjacency matrix, a Mental Modeler file or GraphML through
  :func:`windtunnel.io.import_model` (the same importer as ``windtunnel import``). Every
  failure is a LoadError with located problems; an import also returns its notes on what
  was changed on the way in. A ``.wtm`` whose nodes all sit on one spot (a hand-written
  file without positions, a script's model with every node at (0, 0)) opens laid out by
  the importers' auto-layout (:func:`windtunnel.io.placing.lay_out_stacked`), its document
  modified so that the new places can be saved; the window's status bar says so.
- :func:`reads_slowly` says which files are read on a worker (every import, a model over
  :data:`READ_AT_ONCE_BYTES`): :func:`read_answered` reads one there, touching nothing
  but the file.
- :class:`FileWatcher` follows the open file with QFileSystemWatcher. Saving replaces the
  file atomically (a new inode), so the watch is re-armed after each change; changes whose
  content equals what we last wrote or read are ours and are ignored (the digest of a
  model read on a worker is taken there, for the window that then watches it).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal

from ..errors import LoadError, Problem
from ..io.suffixes import (CSV_SUFFIXES, IMPORT_SUFFIXES, NAMED_SUFFIXES, SNIFFED_SUFFIXES,
                           WORKBOOK_SUFFIXES)
from ..model import Model, translated
from ..model.fileformat import load_noted
from ..model.label_lines import label_breaks_note
from ..model.lever_range import out_of_range_note
from ..paths import is_bundled
from .document import Document
from .failures import guarded_read

__all__ = [
    "open_model",
    "read_model",
    "read_answered",
    "reads_slowly",
    "READ_AT_ONCE_BYTES",
    "open_document",
    "document_for",
    "import_file",
    "is_import",
    "asking",
    "answered",
    "Opened",
    "open_filters",
    "import_filters",
    "model_filter",
    "is_native",
    "FileWatcher",
    "MODEL_SUFFIX",
]

MODEL_SUFFIX = ".wtm"

#: Models up to this size are read on the GUI thread (a map of 2,000 nodes and 6,000
#: edges, 0.8 MB, reads in about a fifth of a second); bigger ones on a worker.
READ_AT_ONCE_BYTES = 2**20


def is_native(path: str | Path) -> bool:
    return Path(path).suffix.lower() == MODEL_SUFFIX


def open_filters() -> str:
    """Open's file-dialog filters: every file Windtunnel opens first (models and what the
    importers read: an analyst's Mental Modeler, Kumu, GraphML or CSV file is offered at
    once), then models alone, then the imports by kind."""
    everything = (MODEL_SUFFIX, *IMPORT_SUFFIXES)
    return ";;".join([_supported(everything), model_filter(), *_import_kinds()])


def import_filters() -> str:
    """File > Import's file-dialog filters: every file an importer reads first, then each
    kind (the same list the command line's ``import`` reads, :mod:`windtunnel.io.suffixes`)."""
    return ";;".join([_supported(IMPORT_SUFFIXES), *_import_kinds()])


def _supported(suffixes) -> str:
    return QCoreApplication.translate("files", "All supported files ({patterns})").format(
        patterns=_patterns(suffixes))


def _import_kinds() -> list[str]:
    return [
        QCoreApplication.translate("files", "Workbooks and tables ({patterns})").format(
            patterns=_patterns((*WORKBOOK_SUFFIXES, *CSV_SUFFIXES))),
        QCoreApplication.translate(
            "files", "Mental Modeler, GraphML, GEXF, FCMpy ({patterns})"
        ).format(patterns=_patterns((*NAMED_SUFFIXES, *SNIFFED_SUFFIXES))),
        QCoreApplication.translate("files", "All files (*)"),
    ]


def _patterns(suffixes) -> str:
    return " ".join(f"*{s}" for s in suffixes)


def model_filter() -> str:
    """The file-dialog filter of Windtunnel models."""
    return QCoreApplication.translate("files", "Windtunnel models ({patterns})").format(
        patterns=f"*{MODEL_SUFFIX}"
    )


@dataclass(frozen=True)
class Opened:
    """A model read from a file; ``notes`` say what an import, or reading a model file
    (control characters removed), changed on the way in; ``remarks`` what a model file
    holds that shows otherwise than written, read unchanged (a label's line breaks);
    ``laid_out``: a model's nodes, all on one spot in the file, were laid out."""

    model: Model
    imported: bool = False
    notes: tuple[Problem, ...] = ()
    format: str = "wtm"
    laid_out: bool = False
    remarks: tuple[Problem, ...] = ()


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
    return document_for(path, opened), opened


def document_for(path: str | Path, opened: Opened) -> Document:
    """The document that shows ``opened``, read from ``path`` (see :func:`open_document`)."""
    path = Path(path)
    if opened.imported:
        return Document(
            opened.model,
            modified=True,
            imported_from=[path.resolve()],
            name=lambda: QCoreApplication.translate("files", "Imported from {name}").format(
                name=path.name),
        )
    if is_bundled(path):
        return Document(
            opened.model,
            modified=opened.laid_out or bool(opened.notes),
            name=lambda: QCoreApplication.translate("files", "{title} (a copy)").format(
                title=translated(opened.model, "title")),
        )
    return Document(opened.model, path.resolve(),
                    modified=opened.laid_out or bool(opened.notes))


def open_model(path: str | Path, ask=None) -> Opened | None:
    """Read a .wtm model or import another format (``ask``: see :func:`open_document`);
    LoadError naming the problems. Whatever a reader raises becomes a LoadError naming the
    file (:func:`~windtunnel.app.failures.guarded_read`), so every caller (Open, drag and
    drop, the file given at start-up) shows a message and changes nothing."""
    return guarded_read(lambda: _read(Path(path), ask), path)


def _read(path: Path, ask) -> Opened | None:
    suffix = path.suffix.lower()
    if suffix == MODEL_SUFFIX:
        return read_model(path)
    if suffix in IMPORT_SUFFIXES:
        from ..io import ChoiceNeeded

        # without ``ask`` (the file given at start-up, a reload) the defaults answer, and a
        # refusal still speaks of what to choose in the app, never of a command-line option
        choices = asking() if ask is not None else {"asked": True}
        while True:
            try:
                return import_file(path, choices)
            except ChoiceNeeded as question:
                choices = answered(choices, question, ask)
                if choices is None:
                    return None
    known = ", ".join((MODEL_SUFFIX,) + IMPORT_SUFFIXES)
    message = (
        QCoreApplication.translate(
            "files", "Windtunnel cannot open {suffix} files (it opens {known})"
        )
        if suffix
        else QCoreApplication.translate(
            "files", "Windtunnel cannot open files without an extension (it opens " "{known})"
        )
    )
    raise LoadError(Problem("", message.format(suffix=suffix, known=known)), source=str(path))


def read_model(path: str | Path) -> Opened:
    """Read the .wtm file ``path``, laying out nodes that all sit on one spot (see the
    module docstring); pure, so it runs on a worker. LoadError when refused."""
    from ..io.placing import lay_out_stacked    # the layout loads only when opening

    model, notes = load_noted(path)
    return Opened(model, notes=notes, remarks=tuple(filter(None, (label_breaks_note(model),
                                                                out_of_range_note(model)))),
                  laid_out=lay_out_stacked(model))


def read_answered(path: str | Path, choices: dict) -> Opened:
    """Read ``path``, a model or an import (with the answers in ``choices``); it runs on a
    worker and changes nothing but what :func:`_watched_digest` is told. ChoiceNeeded when an
    import needs a question answered, LoadError when the file is refused."""
    if is_import(path):
        return import_file(path, choices)
    opened = read_model(path)
    _remember_digest(Path(path))       # the window about to watch it need not read it again
    return opened


def reads_slowly(path: str | Path) -> bool:
    """Whether reading ``path`` is worth a worker: every import (pandas, a workbook's
    parser), and a model over :data:`READ_AT_ONCE_BYTES`. A smaller model is read at once,
    as fast as ever: a worker would only add a turn of the event loop and the progress
    bar's flash. A model whose size cannot be told is read at once, to say why."""
    if is_import(path):
        return True
    try:
        return is_native(path) and Path(path).stat().st_size > READ_AT_ONCE_BYTES
    except (OSError, ValueError):
        return False


def is_import(path: str | Path) -> bool:
    """Whether ``path`` is read by an importer (not the model loader)."""
    return Path(path).suffix.lower() in IMPORT_SUFFIXES


def asking() -> dict:
    """Import choices that ask the user each question an import raises (see io.ASK), and
    whose refusals say what to choose when asked (not a command-line option)."""
    from ..io import ASK

    return {"undirected": ASK, "out_of_range": ASK, "participants": ASK, "repeated": ASK,
            "near_names": ASK, "headerless": ASK, "nodes_sheet": ASK, "asked": True}


def answered(choices: dict, question, ask) -> dict | None:
    """``choices`` with the user's answer to ``question`` (a ChoiceNeeded) from ``ask``;
    None when the user cancelled. A question asked already is raised again, so an import
    never asks in a loop."""
    from ..io import ASK

    if choices.get(question.question) != ASK:
        raise question
    answer = ask(question)
    return None if answer is None else {**choices, question.question: answer}


def import_file(path: str | Path, choices: dict) -> Opened:
    """Import ``path`` with the answers in ``choices``; pure, so it runs on a worker.
    ChoiceNeeded when the file needs a question answered, LoadError when refused."""
    from ..io import UnknownFormat, import_model    # pandas and openpyxl load here

    try:
        result = import_model(path, **choices)
    except UnknownFormat as exc:            # the app has no --format to name one with
        raise LoadError(Problem("", QCoreApplication.translate(
            "files", "cannot tell the format of a {suffix} file: Windtunnel opens .json and "
                     ".xml files that are Mental Modeler, expert-ratings (FCMpy), GraphML, "
                     "GEXF, Kumu (blueprint), FSDM, graphology or node-link (networkx, D3) "
                     "files, telling them by how they start, and this one starts like none "
                     "of them").format(suffix=exc.suffix)),
                           source=exc.source) from None
    return Opened(result.model, True, tuple(result.notes), result.format)


#: Digests of model files read on a worker, by path, size and modification time: the window
#: that shows the model watches the file without reading it whole again on its own thread
#: (a tenth of a second and more for tens of megabytes). Each is used once.
_read_digests: dict[tuple, str] = {}


def _stamp(path: Path) -> tuple | None:
    try:
        status = path.stat()
        return str(path.resolve()), status.st_size, status.st_mtime_ns
    except (OSError, ValueError):
        return None


def _remember_digest(path: Path) -> None:
    stamp, digest = _stamp(path), _digest(path)
    if stamp is not None and digest is not None:
        _read_digests[stamp] = digest


def _watched_digest(path: Path) -> str | None:
    """The digest of ``path`` now: the one a worker's read remembered while the file is
    unchanged since, else read here."""
    remembered = _read_digests.pop(_stamp(path), None)
    return remembered if remembered is not None else _digest(path)


def _digest(path: Path) -> str | None:
    import hashlib  # only when a saved file is open (a new or bundled model is not watched)

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
        """Follow ``path`` (None: nothing); its current content counts as known. The window
        calls it again after each of its saves (to the same or another path), so that its
        own writes are never reported as another program's."""
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())
        self.path = Path(path) if path else None
        self._known = _watched_digest(self.path) if self.path else None
        if self.path is not None and self.path.exists():
            self._watcher.addPath(str(self.path))

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
