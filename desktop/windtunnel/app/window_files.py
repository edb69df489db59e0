"""File operations of the main window: new, open, import, and the questions they ask.

A mixin of :class:`~windtunnel.app.mainwindow.MainWindow`. The rules:

- Open offers every file Windtunnel reads (models and imports); File > Import offers the
  other tools' files alone (Mental Modeler, Kumu, Gephi, GraphML, CSV, workbooks: the
  formats the command line's ``import`` reads). Both read the file completely first; a
  LoadError shows the loader's located problems and nothing open is lost. Imports and big
  models are read on a worker, the window free meanwhile (progress bar and Cancel in the
  status bar). A window on a pristine untitled document is reused, otherwise the file opens
  in a new window. Files open also by dropping them on the window.
- Where the file dialogs start, and the names a save refuses, are :mod:`.window_folders`'s.
- Save, Save As and closing (with its Save / Discard / Cancel) are :mod:`.window_saving`'s.
- Reloading a file another program changed is :mod:`.window_reload`'s.

Questions go through ``ask_*`` methods that tests replace.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtWidgets  # the dialogs' Python types are made when first used
from PySide6.QtCore import QCoreApplication

from ..errors import LoadError, WindtunnelError
from ..model import load
from .document import Document
from .failures import guarded_read, located
from .window_folders import ANY_READ
from .files import (answered, asking, document_for, import_filters, is_import, open_document,
                    open_filters, read_answered, reads_slowly)

__all__ = ["FileOperations"]


class FileOperations:
    """New, Open and Import for the main window (see module docstring)."""

    #: Imports (workbooks, CSV, Mental Modeler, GraphML) and big models (``reads_slowly``)
    #: are read on the window's task runner, with its progress bar and Cancel, so the
    #: window stays responsive; when another task is running (a Monte Carlo run is never
    #: cancelled unasked) they are read at once instead.
    background_reads = True

    # -- questions (tests replace these) ----------------------------------------------------

    def ask_open_path(self) -> str | None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("FileOperations", "Open model"),
            self.default_folder("model", then=ANY_READ),
            open_filters(),
        )
        if path:
            self.read_from("model", path)
        return path or None

    def ask_import_path(self) -> str | None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("FileOperations", "Import a model from another tool"),
            self.default_folder("import", then=ANY_READ),
            import_filters(),
        )
        if path:
            self.read_from("import", path)
        return path or None

    def ask_save_path(self, title: str, suggested: str, filters: str) -> str | None:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self, title, suggested, filters)
        return path or None

    def show_problem(self, title: str, error: Exception) -> None:
        """Say in full why something could not be done (see ``dialogs.ProblemDialog``)."""
        from .dialogs import ProblemDialog  # dialogs load when first shown, after start-up

        ProblemDialog(title, error, self).exec()

    def show_notes(self, title: str, notes, *, imported: bool = True,
                   changed: bool = True) -> None:
        """What an import changed on the way in (defaults filled, rows skipped ...), or
        reading a model file (``imported`` False; ``changed`` False when some notes only
        say how the file shows)."""
        from .dialogs import NotesDialog

        NotesDialog(title, notes, self, imported=imported, changed=changed).exec()

    def ask_import_choice(self, question) -> str | None:
        """Ask how to read an ambiguous import (see ``app.files.open_document``)."""
        from .import_question import ask_import_question  # asked rarely: loaded when it is

        return ask_import_question(question, self)

    # -- new and open -----------------------------------------------------------------------

    def _show_document(self, document: Document, prepared=None):
        """Put a new document in this window if it is pristine, else in a new window
        (``prepared``: its views made already, see :mod:`.prepared_views`)."""
        if self.document is not None and self.document.is_pristine():
            self.set_document(document, prepared)
            return self
        return self.workspace.open_window(document, prepared)

    def new_file(self) -> None:
        self._show_document(Document())

    def new_from_template(self, path: str | Path) -> None:
        """A new untitled document holding a copy of a bundled model."""
        try:
            model = guarded_read(lambda: load(path), path)
        except LoadError as exc:
            self.show_problem(
                QCoreApplication.translate("FileOperations", "The template could not be read"), exc
            )
            return
        name = Path(path).name
        self._when_prepared(
            QCoreApplication.translate("FileOperations", "Opening {name}").format(name=name),
            model, lambda prepared: self._show_document(Document(model), prepared),
            lambda error: self.show_problem(QCoreApplication.translate(
                "FileOperations", "The template could not be read"), located(error, path)),
            lambda: self.statusBar().showMessage(QCoreApplication.translate(
                "FileOperations", "Opening of {name} cancelled; nothing was opened").format(
                    name=name), 5000))

    def open_file(self, path: str | Path | None = None) -> bool:
        """Open a model (asks for the file when ``path`` is None); False if nothing opened
        (True when it is being read on the worker: it opens when read)."""
        path = path or self.ask_open_path()
        if not path:
            return False
        if self._raise_window_on(path):
            return True
        if self.background_reads and reads_slowly(path) and not self.tasks.busy:
            self._read_in_background(Path(path), asking())
            return True
        try:
            found = open_document(path, ask=self.ask_import_choice)
        except WindtunnelError as exc:
            self.show_problem(
                QCoreApplication.translate("FileOperations", "The file could not be opened"), exc
            )
            self.workspace.preferences.remove_recent(str(path))
            return False
        if found is None:                     # a question about the import was cancelled
            return False
        return self._show_opened(path, *found)

    def _raise_window_on(self, path) -> bool:
        """Bring forward the window showing the file ``path``, if one does (a file opens
        once); whether one did."""
        for window in self.workspace.windows:
            if window.document.path is not None and window.document.path == Path(path).resolve():
                window.raise_()
                window.activateWindow()
                return True
        return False

    def import_model_file(self) -> bool:
        """File > Import: choose another tool's file and import it as an untitled model."""
        path = self.ask_import_path()
        return self.open_file(path) if path else False

    def _show_opened(self, path, document: Document, opened, prepared=None) -> bool:
        """Show a document read from ``path`` (``prepared``: its views made already), and
        the import's notes; False (with a message) if showing it failed."""
        try:
            window = self._show_document(document, prepared)
        except Exception as exc:  # the boundary: a bug showing the model ends in a dialog
            self.show_problem(
                QCoreApplication.translate("FileOperations", "The file could not be opened"),
                located(exc, path),
            )
            return False
        if document.path is not None:
            self.workspace.preferences.add_recent(path)
        window.tell_opened(path, opened)
        return True

    def tell_opened(self, path, opened) -> None:
        """Say what reading ``path`` changed: nodes laid out (the status bar), an import's
        notes or a model file's (a dialog). Every way a file opens tells it: Open, Import, a drop, start-up."""
        self.tell_laid_out(path, opened)
        if (opened.notes or opened.remarks) and not opened.imported:   # a model file
            self.show_notes(QCoreApplication.translate("FileOperations", "Opened {name}").format(
                name=Path(path).name), opened.notes + opened.remarks, imported=False,
                changed=not opened.remarks)
        elif opened.notes:
            from ..io.importing import format_name     # an import's, after the first paint

            self.show_notes(
                QCoreApplication.translate("FileOperations", "Imported {name} ({format})").format(
                    name=Path(path).name, format=format_name(opened.format)
                ),
                opened.notes,
            )

    def _read_in_background(self, path: Path, choices: dict) -> None:
        """Read ``path`` on the window's task runner (progress bar, Cancel), asking an
        import's questions on this thread between runs; the document opens when read, and
        nothing changes before. Cancel drops the read at once (a reader cannot stop midway:
        the worker finishes it unseen)."""
        def work(progress, cancel):
            return guarded_read(lambda: read_answered(path, choices), path)

        def failed(error) -> None:
            from ..io import ChoiceNeeded            # loaded by the import that just ran

            if isinstance(error, ChoiceNeeded):
                try:
                    answers = answered(choices, error, self.ask_import_choice)
                except ChoiceNeeded as again:      # asked already: a refusal, not a loop
                    self.show_problem(
                        QCoreApplication.translate(
                            "FileOperations", "The file could not be opened"
                        ),
                        again,
                    )
                    return
                if answers is not None:
                    self._read_in_background(path, answers)
                return
            self.show_problem(
                QCoreApplication.translate("FileOperations", "The file could not be opened"), error
            )
            self.workspace.preferences.remove_recent(str(path))

        if is_import(path):
            label = QCoreApplication.translate("FileOperations", "Importing {name}")
            cancelled = QCoreApplication.translate(
                "FileOperations", "Import of {name} cancelled; nothing was opened")
        else:
            label = QCoreApplication.translate("FileOperations", "Opening {name}")
            cancelled = QCoreApplication.translate(
                "FileOperations", "Opening of {name} cancelled; nothing was opened")
        def tell_cancelled() -> None:
            self.statusBar().showMessage(cancelled.format(name=path.name), 5000)

        def read(opened) -> None:
            if not self._raise_window_on(path):                  # else opened meanwhile
                self._when_prepared(
                    label.format(name=path.name), opened.model,
                    lambda prepared: self._raise_window_on(path) or self._show_opened(
                        path, document_for(path, opened), opened, prepared),
                    failed, tell_cancelled)

        self.tasks.start(label.format(name=path.name), work, on_finished=read,
                         on_failed=failed, on_cancelled=tell_cancelled, abandon=True)

    def _when_prepared(self, label: str, model, show, failed, cancelled) -> None:
        """Call ``show(prepared)`` with ``model``'s views made already (see
        :mod:`.prepared_views`): a big map's are made between event-loop turns behind the
        progress bar and Cancel, this window and its document shown and usable meanwhile and
        unchanged when cancelled (``cancelled()``) or failed (``failed(error)``); a small
        one's at once, where ``show(None)`` makes them."""
        from .prepared_views import preparing_views, worth_preparing

        if not worth_preparing(model):
            show(None)
            return
        self.tasks.start_stepped(label, preparing_views(model, self.outline, self.workspace.dark),
                                 on_finished=show, on_failed=failed, on_cancelled=cancelled)

    def open_files(self, paths: list[str]) -> None:
        for path in paths:
            self.open_file(path)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.open_files(paths)

    def tell_laid_out(self, path, opened) -> None:
        """Say in the status bar that the nodes of ``path``, all on one spot, were laid out
        (:func:`~windtunnel.app.files.open_model`)."""
        if opened.laid_out:
            self.statusBar().showMessage(QCoreApplication.translate(
                "FileOperations", "All the nodes of {name} sat on one spot: they were laid out "
                "(save to keep their new places)").format(name=Path(path).name))

