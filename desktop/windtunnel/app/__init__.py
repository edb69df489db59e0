"""The Qt desktop application; the only package that imports PySide6.

Layout: :mod:`.main` starts the app; :mod:`.mainwindow` (with :mod:`.window_files`,
:mod:`.window_folders`, :mod:`.window_saving`, :mod:`.window_reload`, :mod:`.window_places` and
:mod:`.actions`) is the window; :mod:`.canvas` draws the map and follows the model;
:mod:`.commands` and :mod:`.editor` turn intents into undoable model edits; the docks are
:mod:`.inspector`, :mod:`.outline` and :mod:`.sources_dock`; :mod:`.autosave` keeps
recovery files; :mod:`.clipboard`, :mod:`.layout`, :mod:`.export`, :mod:`.files`,
:mod:`.settings` and :mod:`.theme` do one job each.
"""

from .qtimport import use_namespace_check

use_namespace_check()  # first: PySide6 without its per-import source scan

from .document import Document
from .editor import Editor
from .main import make_application, run_app, start
from .workspace import Workspace

__all__ = ["run_app", "start", "make_application", "Document", "Editor", "Workspace"]
