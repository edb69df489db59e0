"""Start the desktop app: one QApplication, the recovery check, and the first window.

This is the composition root: it attaches the analysis and the participants' panel to
every window the workspace opens (the map editor's window never imports the analysis):
their frames before the window's first paint, the rest after it (see :mod:`.extensions`),
so this module imports neither.

``run_app(path)`` is what ``windtunnel [FILE]`` calls. :func:`start` does everything but
the event loop, so tests (and the crash-recovery test's child process) start the app the
same way a user does.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable

from PySide6 import QtWidgets  # QMessageBox's Python type is made only when needed
from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from .. import __version__, language
from ..errors import LoadError
from ..model import translated
from ..paths import bundled_model, resource_path
from .analysis.frames import analysis_frames
from .participants_frames import participants_frames
from .autosave import RecoverySession, find_crashed, recovery_folder
from .collector import collect_on_gui_thread
from .document import Document
from .failures import guarded_read
from .files import open_document
from .fonts import follow_language
from .preferences import Preferences
from .theme import STYLE_ARGUMENTS, styled
from .source_catalogues import compile_stale_catalogues
from .translations import apply_language, system_language, translations_folder
from .workspace import Workspace

__all__ = ["run_app", "start", "make_application"]

APP_NAME = "Windtunnel"


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, configured once (names for QSettings and QStandardPaths, DPI;
    Python's cyclic collector on its thread only, :mod:`.collector`)."""
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = Application((argv if argv is not None else sys.argv[:1]) + STYLE_ARGUMENTS)
        styled(app)
    collect_on_gui_thread(app)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("windtunnel")
    follow_language(app)        # Chinese and Japanese text in the language's own fonts
    # the Qt-free core's messages (load errors, import notes) through the translators the
    # app installs, like the interface's own
    language.install_catalogue(QCoreApplication.translate)
    app_icon = resource_path("appicon", "windtunnel.svg")
    if app_icon.is_file():
        app.setWindowIcon(QIcon(str(app_icon)))
    return app


class Application(QApplication):
    """The app's QApplication: it also opens the files the operating system hands to the
    running app as QFileOpenEvents (on macOS a double-clicked .wtm arrives that way, never
    as a command-line argument), as :attr:`file_handed_over`.

    An override of :meth:`event` sees only the events sent to the application itself; an
    application-wide event filter would run Python for every event of every widget (about
    a tenth of the CPU the launch uses before the first paint)."""

    #: The path of a file the operating system asks the running app to open.
    file_handed_over = Signal(str)

    def event(self, event) -> bool:  # noqa: A003 - Qt override
        path = handed_over_file(event)
        if path:
            self.file_handed_over.emit(path)
            return True
        return super().event(event)


def handed_over_file(event: QEvent) -> str:
    """The path a QFileOpenEvent carries, or "" for any other event."""
    return event.file() if event.type() == QEvent.FileOpen else ""


def open_handed_over(workspace: Workspace, path: str) -> None:
    """Open a file the operating system handed over, in the last window opened (or a new
    one when none is open)."""
    if workspace.windows:
        workspace.windows[-1].open_files([path])
    else:
        workspace.open_window().open_files([path])


def start(path: str | None = None, *, preferences: Preferences | None = None,
          recovery_root: Path | None = None,
          ask: Callable[[object, list], bool] | None = None,
          open_default: bool = True, language: str | None = None) -> Workspace:
    """Create the workspace and its first window(s); return the workspace.

    Order: the recovery session is locked first, then crashed sessions are offered for
    recovery (each recovered document in its own window, unsaved; ``ask`` is the question,
    the recovery dialog by default), then ``path`` (or the bundled model when
    ``open_default``) opens in a window, which builds its extensions after its first paint.

    The interface speaks ``language`` when given (the command line's ``--language``: this
    run only, the remembered choice is left as it is, until the user chooses one in the
    app), else the remembered choice, else the system's language.
    """
    make_application()
    preferences = preferences or Preferences()
    compile_stale_catalogues(translations_folder())
    apply_language(language or preferences.language or system_language())
    root = recovery_root if recovery_root is not None else recovery_folder()
    try:
        session = RecoverySession(root)
    except OSError:
        session = None  # no writable recovery folder: edit without autosave
    workspace = Workspace(preferences, session)
    workspace.extensions.append(("analysis", analysis_frames, _attach_analysis))
    workspace.extensions.append(("participants", participants_frames, _attach_participants))
    workspace.apply_theme()
    crashed = find_crashed(root, exclude=session.folder if session else None)
    if crashed and ask is None:
        from .dialogs import ask_recover  # only when there is something to recover

        ask = ask_recover
    recovered, unreadable = _recover(workspace, crashed, ask) if crashed else (0, [])
    first = _initial_document(path, open_default=open_default and not recovered)
    if first is not None or not workspace.windows:
        window = workspace.open_window(first[0] if isinstance(first, tuple) else None)
        if isinstance(first, tuple) and path:
            window.tell_opened(path, first[1])      # an import's notes, as File > Import
        if isinstance(first, LoadError):
            window.show_problem(
                QCoreApplication.translate("main", "The file could not be opened"), first
            )
    for error in unreadable:
        workspace.windows[-1].show_problem(
            QCoreApplication.translate("main", "A recovered document could not be read"), error
        )
    return workspace


def _attach_analysis(window, frames):
    from .analysis import attach_analysis  # after the first paint: numpy, the engine

    return attach_analysis(window, frames)


def _attach_participants(window, frames):
    from .participants_panel import attach_participants  # after the first paint, likewise

    return attach_participants(window, frames)


def _recover(workspace: Workspace, crashed: list, ask) -> tuple[int, list[LoadError]]:
    """Offer the crashed sessions' documents; open the recovered ones; return how many, and
    the errors of those that could not be read (each shown in a dialog)."""
    if not ask(None, crashed):
        for session in crashed:
            session.delete()
        return 0, []
    count, unreadable = 0, []
    for session in crashed:
        for doc in session.documents:
            try:
                model = guarded_read(doc.load, doc.file)
            except LoadError as exc:
                unreadable.append(exc)
                continue
            # named by the title in the window's language, whichever it is by then
            document = Document(model, modified=True,
                                name=lambda model=model: QCoreApplication.translate(
                                    "main", "Recovered: {title}").format(
                                    title=translated(model, "title")))
            document.room_texts = doc.room_texts
            workspace.open_window(document)
            count += 1
        session.delete()
    return count, unreadable


def _initial_document(path: str | None, *, open_default: bool):
    """The document to open first with what reading it found (``open_document``), a
    LoadError to show, or None for a blank window."""
    try:
        if path:
            return open_document(path)
        if open_default:
            return open_document(bundled_model())
    except FileNotFoundError:
        return None
    except LoadError as exc:
        return exc
    return None


def run_app(path: str | None = None, *, language: str | None = None) -> int:
    """Show the main window (on ``path``, else the bundled model) and run the event loop,
    in ``language`` when given (see :func:`start`)."""
    app = make_application()
    workspace = start(path, language=language)
    app.aboutToQuit.connect(workspace.let_go_all)    # windows the loop's end left open
    if isinstance(app, Application):
        app.file_handed_over.connect(lambda path: open_handed_over(workspace, path))
    if not workspace.windows:
        QtWidgets.QMessageBox.critical(
            None, APP_NAME, QCoreApplication.translate("main", "No window could be opened.")
        )
        return 1
    return app.exec()
