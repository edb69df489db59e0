"""A crashed session's recovery folder and the documents found in it.

:func:`.autosave.find_crashed` loads this module only when a folder's lock shows its
session died: most starts find none, and make neither dataclass.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QLockFile

from ..model import Model, Translations, load

__all__ = ["RecoveredDocument", "CrashedSession", "documents_in"]


@dataclass
class RecoveredDocument:
    """One document found in a crashed session: ``title`` is the model's original title
    and ``translations`` its translations (``translated(document, "title")`` names it in
    the current language; a file written before they were kept holds only the title as the
    crashed session showed it)."""

    file: Path
    title: str
    original_path: str | None
    saved_at: float
    translations: Translations = field(default_factory=Translations)
    #: The document's :attr:`~.document.Document.room_texts`, so that a recovered window
    #: hiding the participants' names hides them in its title and description too.
    room_texts: dict[str, tuple[str, str]] = field(default_factory=dict)

    def load(self) -> Model:
        """The recovered model (LoadError if the recovery file is damaged)."""
        return load(self.file)


@dataclass
class CrashedSession:
    """The recovery folder of a session that did not exit cleanly (its lock is held by us)."""

    folder: Path
    documents: list[RecoveredDocument] = field(default_factory=list)
    lock: QLockFile | None = None

    def delete(self) -> None:
        """Remove the folder (after recovering or discarding)."""
        if self.lock is not None:
            self.lock.unlock()
        shutil.rmtree(self.folder, ignore_errors=True)

    def release(self) -> None:
        """Keep the folder for a later start ("not now")."""
        if self.lock is not None:
            self.lock.unlock()


def documents_in(folder: Path) -> list[RecoveredDocument]:
    """The documents of a crashed session's ``folder``, each with what its note says."""
    out = []
    for file in sorted(folder.glob("doc-*.wtm")):
        try:
            info = json.loads(file.with_suffix(".json").read_text(encoding="utf-8"))
            if not isinstance(info, dict):
                raise ValueError
        except (OSError, ValueError):
            info = {}
        title = info.get("title") if isinstance(info.get("title"), str) else file.stem
        titles = info.get("title_translations")
        translations = Translations(tuple(
            (tag, "title", text) for tag, text in titles.items()
            if isinstance(tag, str) and isinstance(text, str) and text)) \
            if isinstance(titles, dict) else Translations()
        path = info.get("path") if isinstance(info.get("path"), str) else None
        saved_at = info.get("saved_at") if isinstance(info.get("saved_at"), (int, float)) else \
            file.stat().st_mtime
        room = info.get("room_texts")
        room = {name: (pair[0], pair[1]) for name, pair in room.items()
                if name in ("title", "description") and isinstance(pair, list)
                and len(pair) == 2 and all(isinstance(text, str) for text in pair)} \
            if isinstance(room, dict) else {}
        out.append(RecoveredDocument(file, title, path, float(saved_at), translations, room))
    return out
