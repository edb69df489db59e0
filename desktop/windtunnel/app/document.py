"""Document: one open model with its file path and undo stack.

"Modified" is exactly "the undo stack is not at its clean index", so
undoing back to the saved state clears the marker. A recovered or imported document has
no path and starts modified, so closing it asks, and saving it asks for a new file name:
it never overwrites the file it came from.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Callable, Sequence

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoStack

from ..model import Model, Settings, save, translated

__all__ = ["Document", "NEW_MODEL_SETTINGS"]

#: The engine settings of a new blank model: Kosko's rule with tanh. Every node starts at
#: 0 and, unmoved, stays there (a neutral baseline), and a lever's effect is roughly its
#: value times the edge weights along the way, fading with distance (+1 through a 0.5 edge
#: gives about +0.46). The dataclass defaults (modified Kosko with a sigmoid, as Mental
#: Modeler and FCMpy use them) stay for files and imports that rely on them, but on a new
#: map they push every node towards 0.7 before any lever moves, and a first lever then
#: shifts its neighbours by about 0.1. See resources/help/engine.md.
NEW_MODEL_SETTINGS = Settings(rule="kosko", activation="tanh")

_numbers = itertools.count(1)


class Document(QObject):
    """A model, where it lives on disk (if anywhere), and its undo history."""

    path_changed = Signal()
    modified_changed = Signal(bool)

    def __init__(self, model: Model | None = None, path: str | Path | None = None, *,
                 modified: bool = False, name: str | Callable[[], str] = "",
                 imported_from: Sequence[str | Path] = (), parent=None) -> None:
        super().__init__(parent)
        self._name = name
        self.model = model if model is not None else Model(settings=NEW_MODEL_SETTINGS)
        self.path: Path | None = Path(path) if path else None
        #: The files the model was imported from (a workbook, a CSV table; each
        #: participant's map of a participants' import), if it was.
        self.imported_from: tuple[Path, ...] = tuple(Path(path) for path in imported_from)
        self.number = next(_numbers)  # distinguishes untitled documents and autosave files
        # the ids it came with: a file's, an import's source's, a recovered model's file's
        self._filed = _named_ids(self.model)
        self.undo_stack = QUndoStack(self)
        #: Its window numbers the participants instead of naming them (the Participants
        #: dock's Anonymous): the undo texts that name a participant follow it.
        self.participants_hidden = False
        #: The model's title and description where they name the participants, each
        #: with the text shown in its place while the names are hidden, field ->
        #: (named, numbered), when an import of participants' maps gave them ("Aggregate
        #: of 3 maps: ana_lima, ..." and "... Participant 1, ..."): the window shows
        #: either, the file always keeps the named one (:meth:`filed_model`).
        self.room_texts: dict[str, tuple[str, str]] = {}
        self._forced_modified = modified
        self.undo_stack.cleanChanged.connect(self._clean_changed)

    def filed_ids(self, kind: str) -> frozenset[str]:
        """The ids of the scenarios (``kind`` "scenario") or objectives ("objective") the
        model came with (opened, imported, recovered) or had when last saved: what a
        command line, a results workbook or a diff of the file may refer to, so a rename
        keeps them (an id still made up, "new-scenario-3", of one added since, may take
        the name's)."""
        return self._filed.get(kind, frozenset())

    @Slot(bool)
    def _clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(self.modified)

    def close(self) -> None:
        """Silence the undo stack before it goes.

        ``~QUndoStack`` calls ``clear()``, which emits ``indexChanged`` and
        ``cleanChanged``; delivered to Python slots of objects that are being torn down,
        that crashes. Blocking the stack's signals first makes its destruction silent.
        """
        try:
            self.undo_stack.blockSignals(True)
        except RuntimeError:  # the C++ side is already gone
            pass

    @property
    def own_files(self) -> list[Path]:
        """The files no export replaces: the model's own file and the files it was imported
        from (an export over the workbook a map came from, or over one participant's map of
        a combined model, would replace the user's data)."""
        return [path for path in (self.path, *self.imported_from) if path is not None]

    def __del__(self) -> None:
        self.close()

    @property
    def modified(self) -> bool:
        return self._forced_modified or not self.undo_stack.isClean()

    @property
    def name(self) -> str:
        """Shown instead of the title while untitled ("Recovered: ..."), in the current
        language when given as a function that writes it (the window may change language)."""
        return self._name() if callable(self._name) else self._name

    @name.setter
    def name(self, name: str | Callable[[], str]) -> None:
        self._name = name

    @property
    def plain_name(self) -> str:
        """The file's name, or the document's own name (its title) while it has no file."""
        if self.path is not None:
            return self.path.name
        return self.name or translated(self.model, "title")

    @property
    def display_name(self) -> str:
        """:attr:`plain_name`, marked "(unsaved)" while the document has no file (the window's
        title)."""
        if self.path is not None:
            return self.plain_name
        return self.tr("{name} (unsaved)").format(name=self.plain_name)

    def filed_model(self) -> Model:
        """The model as its file keeps it: the model itself, or a copy with the named
        texts of :attr:`room_texts` where the window shows the numbered ones (hiding the
        names is a way of showing the model, so the file is the same either way)."""
        named = {field: texts[0] for field, texts in self.room_texts.items()
                 if getattr(self.model, field) == texts[1] != texts[0]}
        if not named:
            return self.model
        filed = self.model.copy()
        filed.set_info(**named)
        return filed

    def is_pristine(self) -> bool:
        """An untitled, unedited, empty document, which Open may simply replace."""
        return (self.path is None and not self.modified and not self.model.nodes
                and not self.model.sources)

    def save(self, path: str | Path | None = None) -> None:
        """Write the model atomically (SaveError on failure) and mark the document clean."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("save() needs a path for an untitled document")
        save(self.filed_model(), target)
        self._filed = _named_ids(self.model)
        changed = target != self.path
        self.path = target
        was_forced, self._forced_modified = self._forced_modified, False
        self.undo_stack.setClean()
        if was_forced:
            self.modified_changed.emit(False)
        if changed:
            self.path_changed.emit()


def _named_ids(model: Model) -> dict[str, frozenset[str]]:
    """The ids of the model's scenarios and objectives, by kind."""
    return {"scenario": frozenset(s.id for s in model.scenarios),
            "objective": frozenset(o.id for o in model.objectives)}
