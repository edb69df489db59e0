"""Preferences and remembered state, in QSettings (the platform's place for them).

Remembered: recent files, the scenario last shown of each model file, the last folder of each kind of file dialog (models, map
pictures, workbooks ...), window geometry and dock layout, the theme choice, the
interface's language, the autosave interval, and whether the Participants dock hides the
participants' names (a facilitator's projector stays anonymous from one session to the
next). Every value is read defensively: a
damaged or hand-edited settings file falls back to defaults instead of breaking the
start-up.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ..language import LANGUAGES

__all__ = ["Preferences", "THEMES", "DEFAULT_AUTOSAVE_SECONDS", "MAX_RECENT"]

THEMES = ("system", "light", "dark")
DEFAULT_AUTOSAVE_SECONDS = 60
MAX_RECENT = 10
#: Model files whose scenario last shown is remembered (the least recently shown forgotten).
MAX_SCENARIOS_REMEMBERED = 100


class Preferences:
    """Typed access to the app's QSettings (pass a QSettings to use another store in tests)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.store = settings if settings is not None else QSettings()

    # -- recent files -----------------------------------------------------------------------

    def recent_files(self) -> list[str]:
        value = self.store.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            return []
        return [v for v in value if isinstance(v, str) and v][:MAX_RECENT]

    def add_recent(self, path: str | Path) -> list[str]:
        """Put ``path`` first in the recent list; return the new list."""
        path = str(Path(path).resolve())
        files = [path] + [p for p in self.recent_files() if p != path]
        self.store.setValue("files/recent", files[:MAX_RECENT])
        return files[:MAX_RECENT]

    def remove_recent(self, path: str) -> None:
        self.store.setValue("files/recent", [p for p in self.recent_files() if p != path])

    def clear_recent(self) -> None:
        self.store.setValue("files/recent", [])

    # -- the scenario last shown of each file --------------------------------------------------

    def _scenarios_shown(self) -> dict[str, str]:
        value = self.store.value("files/scenario_shown", {})
        if not isinstance(value, dict):
            return {}
        return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)}

    def scenario_shown(self, path: str | Path) -> str:
        """The id of the scenario last shown of the model file ``path`` ("": none kept).
        The app's, not the file's: a file shared keeps no trace of where one reader was."""
        return self._scenarios_shown().get(str(Path(path).resolve()), "")

    def set_scenario_shown(self, path: str | Path, scenario_id: str) -> None:
        shown = self._scenarios_shown()
        key = str(Path(path).resolve())
        shown.pop(key, None)
        if scenario_id:
            shown[key] = scenario_id               # last: the most recently shown
        self.store.setValue("files/scenario_shown",
                            dict(list(shown.items())[-MAX_SCENARIOS_REMEMBERED:]))

    # -- file dialogs -----------------------------------------------------------------------

    def last_folder(self, kind: str) -> str | None:
        """The folder the last ``kind`` file dialog chose (None: never, or it is gone)."""
        value = self.store.value(f"folders/{kind}")
        if not isinstance(value, str) or not value or not Path(value).is_dir():
            return None
        return value

    def set_last_folder(self, kind: str, folder: str | Path) -> None:
        self.store.setValue(f"folders/{kind}", str(folder))

    # -- preferences ------------------------------------------------------------------------

    @property
    def autosave_seconds(self) -> int:
        """Seconds between autosaves (1 to 3,600)."""
        try:
            value = int(self.store.value("autosave/seconds", DEFAULT_AUTOSAVE_SECONDS))
        except (TypeError, ValueError):
            return DEFAULT_AUTOSAVE_SECONDS
        return min(3600, max(1, value))

    @autosave_seconds.setter
    def autosave_seconds(self, seconds: int) -> None:
        self.store.setValue("autosave/seconds", int(seconds))

    @property
    def theme(self) -> str:
        value = self.store.value("appearance/theme", "system")
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        if value not in THEMES:
            raise ValueError(f"unknown theme {value!r}")
        self.store.setValue("appearance/theme", value)

    @property
    def language(self) -> str | None:
        """The language chosen in the Language menu (a tag of ``LANGUAGES``), or None:
        never chosen, so the system's language is used."""
        value = self.store.value("appearance/language")
        return value if value in LANGUAGES else None

    @language.setter
    def language(self, tag: str) -> None:
        if tag not in LANGUAGES:
            raise ValueError(f"unknown language {tag!r}")
        self.store.setValue("appearance/language", tag)

    @property
    def hide_participant_names(self) -> bool:
        """Whether a new window hides the participants' names (the Participants dock's
        *Anonymous*, as it was last ticked or unticked)."""
        value = self.store.value("participants/anonymous", False)
        return value is True or (isinstance(value, str) and value.lower() == "true")

    @hide_participant_names.setter
    def hide_participant_names(self, hidden: bool) -> None:
        self.store.setValue("participants/anonymous", bool(hidden))

    # -- window layout ----------------------------------------------------------------------

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self.store.setValue("window/geometry", geometry)
        self.store.setValue("window/state", state)

    def window_geometry(self) -> QByteArray | None:
        value = self.store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self.store.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def sync(self) -> None:
        self.store.sync()
