"""Save, Save As and closing of the main window.

A mixin of :class:`~windtunnel.app.mainwindow.MainWindow`. The rules:

- Save writes atomically through ``model.save`` (keeping ``.bak``); a document without a
  path, or opened from an import, goes through Save As, whose dialog starts where
  :mod:`.window_folders` says.
- Closing with unsaved changes asks Save / Discard / Cancel; a window rebuilt around its
  document (the interface changes language) is handed the document, edits and undo
  history kept.
- Quitting with unsaved changes in more than one window asks once first: review them one
  by one (the question above, window by window), discard them all, or cancel (four
  imports in four windows asked four times, with no way to let them all go at once).

Questions go through ``ask_*`` methods that tests replace.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtWidgets  # QMessageBox's Python type is made when first used
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ..errors import ModelError, shown_path
from ..model import UNTITLED, translated
from ..model.output_paths import refuse_a_link_to_another_kind
from .commands import SetInfoCommand
from .failures import located
from .files import MODEL_SUFFIX, is_native, model_filter

__all__ = ["SaveAndClose"]


class SaveAndClose:
    """Save, Save As and close for the main window (see module docstring)."""

    #: Closing lets unsaved changes go without asking (Quit's "Discard All").
    _discarding = False

    # -- question (tests replace it) ---------------------------------------------------------

    def ask_save_changes(self) -> str:
        """'save', 'discard' or 'cancel'."""
        box = QtWidgets.QMessageBox
        answer = box.question(
            self,
            QCoreApplication.translate("FileOperations", "Unsaved changes"),
            QCoreApplication.translate(
                "FileOperations", "Save the changes to \u201c{name}\u201d before closing?"
            ).format(name=self.document.plain_name),     # not "... (unsaved)" twice over
            box.Save | box.Discard | box.Cancel,
            box.Save,
        )
        return {box.Save: "save", box.Discard: "discard"}.get(answer, "cancel")

    def ask_quit_unsaved(self, count: int) -> str:
        """'review', 'discard' or 'cancel', for quitting with ``count`` (two or more)
        windows holding unsaved changes."""
        box = QtWidgets.QMessageBox(self)
        box.setIcon(QtWidgets.QMessageBox.Warning)
        box.setWindowTitle(QCoreApplication.translate("FileOperations", "Unsaved changes"))
        box.setText(QCoreApplication.translate(
            "FileOperations", "{count} windows have unsaved changes. Review them before "
            "quitting?").format(count=count))
        box.setInformativeText(QCoreApplication.translate(
            "FileOperations", "Discarding loses every change made since each was last "
            "saved."))
        review = box.addButton(QCoreApplication.translate("FileOperations", "&Review Changes\u2026"),
                               QtWidgets.QMessageBox.AcceptRole)
        discard = box.addButton(QCoreApplication.translate("FileOperations", "&Discard All"),
                                QtWidgets.QMessageBox.DestructiveRole)
        box.addButton(QtWidgets.QMessageBox.Cancel)
        box.setDefaultButton(review)
        box.exec()
        return {review: "review", discard: "discard"}.get(box.clickedButton(), "cancel")

    # -- save -------------------------------------------------------------------------------

    def save(self) -> bool:
        path = self.document.path
        if path is None or not is_native(path):
            return self.save_as()
        return self._save_to(path)

    def save_as(self) -> bool:
        from .map_export import file_stem   # here: no first paint needs it

        path = self.choose_save_path(
            "model",
            QCoreApplication.translate("FileOperations", "Save model as"),
            # named as the title reads in the window's language
            file_stem(translated(self.document.model, "title")) + MODEL_SUFFIX,
            model_filter(),
        )
        if not path:
            return False
        path = Path(path)
        if path.suffix.lower() != MODEL_SUFFIX:
            path = path.with_name(path.name + MODEL_SUFFIX)
        if self._refused_by(refuse_a_link_to_another_kind, path):    # before it is resolved
            return False
        titled = self._title_after_file(path)
        saved = self._save_to(path.resolve())
        if titled and not saved:
            self.document.undo_stack.undo()     # not written: the model stays as it was
        elif titled:
            self.statusBar().showMessage(QCoreApplication.translate(
                "FileOperations", "Saved {path}; the model takes its file's name, "
                "\u201c{title}\u201d, as its title (Edit > Undo keeps the old one)").format(
                    path=shown_path(path), title=titled), 8000)
        return saved

    def _title_after_file(self, path: Path) -> str:
        """A model nobody has titled takes its file's name as its first Save As writes it,
        as one undo step, so that its brief, workbook and recovery list name it as the
        window does (they said "Untitled model"); the title given, or "" when none was."""
        model, title = self.document.model, Path(path).stem.strip()
        if model.title != UNTITLED or not title or title == UNTITLED:
            return ""
        try:
            self.editor.run(SetInfoCommand(model, title, model.description))
        except ModelError:      # a name the model refuses as a title: it stays untitled
            return ""
        return title

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except Exception as exc:  # SaveError, or anything else: a message, the edits kept
            self.show_problem(
                QCoreApplication.translate("FileOperations", "The model could not be saved"),
                located(exc, path, writing=True),
            )
            return False
        if self.workspace.session is not None:
            self.workspace.session.discard(self.document)
        self.written_to("model", path)
        self.workspace.preferences.add_recent(path)
        self.watch_file()
        self.statusBar().showMessage(
            QCoreApplication.translate("FileOperations", "Saved {path}").format(
                path=shown_path(path)), 4000
        )
        return True

    # -- close ------------------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """True when the window may close (saved, discarded, or nothing to save)."""
        if not self.document.modified:
            return True
        answer = self.ask_save_changes()
        if answer == "save":
            return self.save()
        return answer == "discard"

    def closeEvent(self, event) -> None:
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            focused.clearFocus()       # a field being typed in commits before the question
        if not self._discarding and not self.maybe_save():
            event.ignore()
            return
        self.save_layout()
        self._let_go(keep_document=False)
        self.workspace.window_closed(self)
        event.accept()

    def hand_over(self):
        """Let go of the document without closing it, for a window rebuilt around it (the
        interface changes language): the edits, the undo history and the recovery file stay
        with the document; this window stops following it. It stays on the screen until
        the new window shows (:meth:`go`). Returns the document."""
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            focused.clearFocus()       # a field being typed in commits first
        self._let_go(keep_document=True)
        self.watcher.watch(None)
        return self.document

    def go(self) -> None:
        """Leave the screen and be deleted, once a window rebuilt around the document this
        one handed over shows in its place (:meth:`hand_over`)."""
        self.hide()
        self.deleteLater()

    def _let_go(self, *, keep_document: bool) -> None:
        """Stop the window's work on its document and every view's following of the model
        (which may outlive the window); close the document unless ``keep_document``."""
        if self.autosaver is not None:
            if keep_document:
                self.autosaver.timer.stop()     # its recovery file is the next window's
            else:
                self.autosaver.stop()
            self.autosaver = None
        self.tasks.cancel()
        self.tasks.wait(10_000)
        self.extensions.discard_pending()   # closed before its first paint: nothing to build
        self.window_closing.emit()
        self._docks_let_go()                # the model may outlive this window
        self.document.model.info_changed.disconnect(self._update_title)
        self.scene.detach()
        self.undo_group.removeStack(self.document.undo_stack)
        if not keep_document:
            # deleted now, on this thread: held in the closed window's reference cycles
            # (every view keeps the window), it would live until a full collection
            self.document.close()
            self.document.deleteLater()

    def quit_all(self) -> None:
        """Close every window, then quit; with unsaved changes in more than one window, ask
        once first (see the module docstring). Stops at the first window kept open."""
        windows = list(self.workspace.windows)
        unsaved = [window for window in windows if window.document.modified]
        answer = self.ask_quit_unsaved(len(unsaved)) if len(unsaved) > 1 else "review"
        if answer == "cancel":
            return
        for window in windows:
            window._discarding = answer == "discard"
            closed = window.close()
            window._discarding = False
            if not closed:
                return
        QApplication.quit()
