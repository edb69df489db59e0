"""Reloading the main window's file when another program changes it.

A mixin of :class:`~windtunnel.app.mainwindow.MainWindow`, beside
:class:`~windtunnel.app.window_files.FileOperations`. The rules:

- When another program changes the open model file, the window offers to reload it
  (warning that unsaved edits would be lost); when the file disappears, the status bar says
  so and Save writes it again.
- A big file is reloaded as it opens: read on the worker, its views made between event-loop
  turns, the window showing the file as it was until the new views are complete (and still
  when cancelled). An edit made meanwhile is not dropped unasked.

Questions go through ``ask_*`` methods that tests replace.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtWidgets  # the dialogs' Python types are made when first used
from PySide6.QtCore import QCoreApplication

from ..errors import LoadError, shown_path
from .failures import guarded_read
from .files import FileWatcher, document_for, is_native, open_model, read_answered, reads_slowly

__all__ = ["FileReloading"]


class FileReloading:
    """Reload behaviour for the main window (see module docstring)."""

    def _init_watcher(self) -> None:
        """Watch the window's file for changes by other programs."""
        self.watcher = FileWatcher(self)
        self.watcher.changed.connect(self._file_changed)

    def watch_file(self) -> None:
        """Watch the document's file (a model file; an import is not reloaded)."""
        path = self.document.path
        self.watcher.watch(path if path is not None and is_native(path) else None)

    # -- questions (tests replace these) ----------------------------------------------------

    def ask_reload(self, path: str) -> bool:
        question = QCoreApplication.translate(
            "FileOperations", "{path} was changed by another program. Reload it?"
        )
        if self.document.modified:
            question += "\n\n" + QCoreApplication.translate(
                "FileOperations", "Your unsaved changes in this window would be lost."
            )
        answer = QtWidgets.QMessageBox.question(
            self,
            QCoreApplication.translate("FileOperations", "File changed on disk"),
            question.format(path=shown_path(path)),
        )
        return answer == QtWidgets.QMessageBox.Yes

    # -- reloading ----------------------------------------------------------------------------

    def _file_changed(self, path: str, exists: bool) -> None:
        if not exists:
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "FileOperations", "{path} was moved or deleted; Save writes " "it again."
                ).format(path=shown_path(path))
            )
            return
        if not self.ask_reload(path):
            return
        if self.background_reads and is_native(path) and reads_slowly(path) and not self.tasks.busy:
            self._reload_in_background(Path(path))
            return
        try:
            opened = open_model(path)
        except LoadError as exc:
            self.show_problem(
                QCoreApplication.translate("FileOperations", "The changed file could not be read"),
                exc,
            )
            return
        self.set_document(document_for(path, opened))
        self.tell_opened(path, opened)       # nodes laid out, text mended

    def _reload_in_background(self, path: Path) -> None:
        """Reload a big model as it opens (:meth:`_read_in_background`): read on the
        worker, its views made between event-loop turns, this window showing the file as
        it was until the new views are complete, and still when cancelled. The window
        stays editable meanwhile; an edit made meanwhile is not dropped unasked: when the
        file is ready, :meth:`ask_reload_over_edits` chooses between it and the file."""
        label = QCoreApplication.translate("FileOperations", "Reloading {name}").format(
            name=path.name)
        stack = self.document.undo_stack
        edited = []

        def note(*_) -> None:
            edited.append(True)

        stack.indexChanged.connect(note)

        def ended() -> bool:
            """Stop noting edits; whether there were any."""
            stack.indexChanged.disconnect(note)
            return bool(edited)

        def failed(error) -> None:
            ended()
            self.show_problem(QCoreApplication.translate(
                "FileOperations", "The changed file could not be read"), error)

        def cancelled() -> None:
            ended()
            self.statusBar().showMessage(QCoreApplication.translate(
                "FileOperations", "Reload of {name} cancelled; the window shows the file as it "
                "was").format(name=path.name), 5000)

        def show(opened, prepared) -> None:
            if ended() and not self.ask_reload_over_edits(path.name):
                self.statusBar().showMessage(QCoreApplication.translate(
                    "FileOperations", "Reload of {name} dropped: your changes are kept (save "
                    "to write them over the file)").format(name=path.name))
                return
            self.set_document(document_for(path, opened), prepared)
            self.tell_opened(path, opened)       # nodes laid out, text mended

        self.tasks.start(
            label, lambda progress, cancel: guarded_read(lambda: read_answered(path, {}), path),
            on_finished=lambda opened: self._when_prepared(
                label, opened.model, lambda prepared: show(opened, prepared), failed, cancelled),
            on_failed=failed, on_cancelled=cancelled, abandon=True)

    def ask_reload_over_edits(self, name: str) -> bool:
        """Whether the file read again replaces the edits made while it was read (no:
        they are kept, and the file is not shown)."""
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Question,
            QCoreApplication.translate("FileOperations", "File changed on disk"),
            QCoreApplication.translate(
                "FileOperations", "You changed the map while {name} was read again. Show the "
                "file and lose those changes, or keep your changes?").format(name=name),
            parent=self)
        reload = box.addButton(QCoreApplication.translate(
            "FileOperations", "Show the File"), QtWidgets.QMessageBox.DestructiveRole)
        keep = box.addButton(QCoreApplication.translate(
            "FileOperations", "Keep My Changes"), QtWidgets.QMessageBox.AcceptRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is reload
