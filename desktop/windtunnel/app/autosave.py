"""Autosave to a per-user recovery folder, and recovery after a crash.

Layout: ``<AppDataLocation>/recovery/<session>/`` holds, for one running Windtunnel,
``session.lock`` (a QLockFile held for the life of the process) and, per open document
with unsaved changes, ``doc-<n>.wtm`` (the model as its file would keep it, an ordinary
model file) and ``doc-<n>.json`` (its title, original path and time, and the texts shown
numbered while the participants' names are hidden). Recovery files never go next to
the user's document, so an autosave can never overwrite it.

A clean exit deletes the session folder. A folder whose lock can be taken belongs to a
process that has died (QLockFile recognises a dead owner): a crash. The next start offers
to recover its documents; each opens as a new, unsaved, modified document without a
path (saving asks for a name), and the folder is deleted once the user has decided.

:class:`Autosaver` writes a document every ``interval`` seconds when it has changed
since its last autosave (through the atomic writer, so a crash mid-write leaves the
previous autosave intact) and removes the recovery file once the document is saved.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer, Signal, Slot

from ..errors import SaveError
from ..model import dumps
from ..model.atomic import atomic_write
from .document import Document

__all__ = ["recovery_folder", "RecoverySession", "CrashedSession", "RecoveredDocument",
           "find_crashed", "Autosaver"]


def __getattr__(name: str):
    """The crashed sessions' classes, from :mod:`.crashed` (loaded only when a session
    crashed: their dataclasses cost every start about a millisecond)."""
    if name in ("CrashedSession", "RecoveredDocument"):
        from . import crashed

        return getattr(crashed, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

_LOCK = "session.lock"


def recovery_folder() -> Path:
    """The per-user folder where sessions keep their recovery files."""
    base = QStandardPaths.writableLocation(QStandardPaths.AppDataLocation)
    return Path(base) / "recovery"


class RecoverySession:
    """This process's recovery folder, locked while the process lives."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = Path(root) if root is not None else recovery_folder()
        self.folder = self.root / f"{int(time.time())}-{os.getpid()}-{os.urandom(3).hex()}"
        self.folder.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(self.folder / _LOCK))
        self._lock.setStaleLockTime(0)
        if not self._lock.tryLock(0):
            raise OSError(f"cannot lock the recovery folder {self.folder}")

    def file_for(self, document: Document) -> Path:
        return self.folder / f"doc-{document.number}.wtm"

    def write(self, document: Document) -> Path:
        """Autosave ``document`` (atomically); return the recovery file."""
        target = self.file_for(document)
        atomic_write(target, dumps(document.filed_model()).encode("utf-8"))
        # the title and its translations: the recovery offer names the model in the
        # language of the session that reads it, not of the one that wrote it; and the
        # texts the window shows numbered while it hides the participants' names
        model = document.model
        info = {"title": model.title, "title_translations": {
                    tag: text for tag, name, text in model.translations.entries
                    if name == "title"},
                "saved_at": time.time(), "path": str(document.path) if document.path else None,
                "room_texts": document.room_texts}
        atomic_write(target.with_suffix(".json"), json.dumps(info).encode("utf-8"))
        return target

    def discard(self, document: Document) -> None:
        """Forget a document's recovery files (after it was saved or closed)."""
        for path in (self.file_for(document), self.file_for(document).with_suffix(".json")):
            path.unlink(missing_ok=True)

    def close(self) -> None:
        """A clean exit: delete the folder and release the lock."""
        self._lock.unlock()
        shutil.rmtree(self.folder, ignore_errors=True)


def find_crashed(root: Path | None = None, *, exclude: Path | None = None) -> list:
    """Sessions under ``root`` whose process died (:class:`.crashed.CrashedSession`), locked
    by us until delete() / release().

    Folders of sessions that died with nothing to recover are removed on the way.
    """
    root = Path(root) if root is not None else recovery_folder()
    found = []
    if not root.is_dir():
        return found
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and p != exclude):
        lock = QLockFile(str(folder / _LOCK))
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            continue  # a running Windtunnel owns it
        from .crashed import CrashedSession, documents_in  # only when a session crashed

        session = CrashedSession(folder, documents_in(folder), lock)
        if session.documents:
            found.append(session)
        else:
            session.delete()
    return found


class Autosaver(QObject):
    """Autosaves one document into a recovery session every ``seconds`` when it changed.

    A failed autosave (a full disk, a recovery folder gone or made read-only) never breaks
    editing, but it is said: :attr:`failing` carries the reason when autosaving starts to
    fail, and "" once an autosave works again, so the window can tell the user that a crash
    would now lose the unsaved edits."""

    failing = Signal(str)

    def __init__(self, document: Document, session: RecoverySession, seconds: float,
                 parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.session = session
        self._changed = document.modified
        self.last_error: str = ""
        self.timer = QTimer(self)
        self.timer.setInterval(max(50, int(seconds * 1000)))
        self.timer.timeout.connect(self.autosave)
        document.undo_stack.indexChanged.connect(self._on_edit)
        document.undo_stack.cleanChanged.connect(self._on_clean)
        self.timer.start()

    def set_interval(self, seconds: float) -> None:
        self.timer.setInterval(max(50, int(seconds * 1000)))

    @Slot(int)  # real slots: Qt drops the connections when the autosaver goes
    def _on_edit(self, index: int) -> None:
        self._changed = True

    @Slot(bool)
    def _on_clean(self, clean: bool) -> None:
        if clean and not self.document.modified:
            self.session.discard(self.document)
            self._changed = False

    @property
    def pending(self) -> bool:
        """Whether edits wait to be written to the recovery file."""
        return self._changed and self.document.modified

    def autosave(self) -> bool:
        """Write the recovery file if the document changed since the last one; True if written."""
        if not self._changed or not self.document.modified:
            return False
        try:
            self.session.write(self.document)
        except (SaveError, OSError, ValueError) as exc:  # autosave must never break editing
            if not self.last_error:
                self.failing.emit(str(exc))
            self.last_error = str(exc)
            return False
        self._changed = False
        if self.last_error:
            self.failing.emit("")
        self.last_error = ""
        return True

    def stop(self) -> None:
        """The document closes: stop and remove its recovery file."""
        self.timer.stop()
        self.session.discard(self.document)
