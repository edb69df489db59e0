"""File operations of the main window: new, open, import, save, close.

A mixin of :class:`~windtunnel.app.mainwindow.MainWindow`. The rules:

- Open offers every file Windtunnel reads (models and imports); File > Import offers the
  other tools' files alone (Mental Modeler, Kumu, Gephi, GraphML, CSV, workbooks: the
  formats the command line's ``import`` reads). Both read the file completely first; a LoadError shows the loader's located problems
  and nothing open is lost. Imports and big models are read on a worker, the window free
  meanwhile (progress bar and Cancel in the status bar). A window on a pristine untitled document is reused, otherwise
  the file opens in a new window. Files open also by dropping them on the window.
- Save writes atomically through ``model.save`` (keeping ``.bak``); a document without a
  path, or opened from an import, goes through Save As.
- Closing with unsaved changes asks Save / Discard / Cancel.
- Reloading a file another program changed is :mod:`.window_reload`'s.

Questions go through ``ask_*`` methods that tests replace.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtWidgets  # the dialogs' Python types are made when first used
from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QApplication

from ..errors import LoadError, ModelError, SaveError, WindtunnelError, shown_path
from ..model import UNTITLED, load, translated
from ..model.output_paths import check_output_name
from ..paths import bundled_models
from .choices import choice_text
from .commands import SetInfoCommand
from .document import Document
from .failures import guarded_read, located
from .files import (MODEL_SUFFIX, answered, asking, document_for, import_filters, is_import,
                    is_native, model_filter, open_document, open_filters, read_answered,
                    reads_slowly)
from .map_export import file_stem
from .outputs import check_export_path, refuse_a_model_name

__all__ = ["FileOperations"]

#: The kind of file dialog whose remembered folder is the last export's of any kind.
ANY_EXPORT = "export"


class FileOperations:
    """File menu behaviour for the main window (see module docstring)."""

    #: Imports (workbooks, CSV, Mental Modeler, GraphML) and big models (``reads_slowly``)
    #: are read on the window's task runner, with its progress bar and Cancel, so the
    #: window stays responsive; when another task is running (a Monte Carlo run is never
    #: cancelled unasked) they are read at once instead.
    background_reads = True

    # -- questions (tests replace these) ----------------------------------------------------

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

    def ask_open_path(self) -> str | None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("FileOperations", "Open model"),
            self.default_folder(),
            open_filters(),
        )
        if path:
            self.workspace.preferences.set_last_folder("model", Path(path).parent)
        return path or None

    def ask_import_path(self) -> str | None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("FileOperations", "Import a model from another tool"),
            self.default_folder("import"),
            import_filters(),
        )
        if path:
            self.workspace.preferences.set_last_folder("import", Path(path).parent)
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

    def default_folder(self, kind: str = "model", then: str | None = None) -> str:
        """Where a ``kind`` file dialog starts: the folder the last one of that kind chose,
        else the last one of kind ``then`` (if given), else the document's folder, else the
        last file's, else the user's documents; never the folder of the bundled models (a
        Save there would write into the install)."""
        prefs = self.workspace.preferences
        shipped = {p.parent.resolve() for p in bundled_models()}
        candidates = [prefs.last_folder(k) for k in (kind, then) if k]
        if self.document.path is not None:
            candidates.append(str(self.document.path.parent))
        candidates += [str(Path(p).parent) for p in prefs.recent_files()[:1]]
        for folder in candidates:
            if folder and Path(folder).is_dir() and Path(folder).resolve() not in shipped:
                return folder
        documents = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
        return documents if documents and Path(documents).is_dir() else str(Path.home())

    def choose_save_path(self, kind: str, title: str, name: str, filters: str) -> str | None:
        """Ask where to save ``name`` (a file name), starting in :meth:`default_folder` of
        ``kind``; the first export of a kind starts where the last export of any kind was
        written (a PNG after a workbook went to a folder started in the home folder). The
        folder becomes that kind's next start only once a file was written there
        (:meth:`written_to`): a folder where the write failed (read-only) is not offered
        again. A name that would not be written as typed (ending in a dot or a space, a
        control character in it: :func:`~windtunnel.model.output_paths.check_output_name`) is
        refused at once, before a suffix is added or anything is built; so is a model's
        name (``.wtm``) typed for an export (:func:`.outputs.refuse_a_model_name`)."""
        then = None if kind == "model" else ANY_EXPORT
        path = self.ask_save_path(title, str(Path(self.default_folder(kind, then)) / name),
                                  filters)
        if not path or self._refused_by(check_output_name, path):
            return None
        if kind != "model" and self._refused_by(refuse_a_model_name, path):
            return None
        return path

    def export_refused(self, path: str) -> bool:
        """Whether an export may not go to ``path`` (a model file's name, or a link to one),
        said at once, before anything is built or written."""
        return self._refused_by(check_export_path, path)

    def _refused_by(self, check, path: str) -> bool:
        """Whether ``check(path)`` refuses ``path`` (a SaveError), the reason shown."""
        try:
            check(path)
        except SaveError as exc:
            self.show_problem(
                QCoreApplication.translate("FileOperations", "The file could not be written"), exc
            )
            return True
        return False

    def written_to(self, kind: str, path: str | Path) -> None:
        """A ``kind`` file was written to ``path``: its folder is where the next ``kind``
        dialog starts (and, for an export, the first dialog of another kind of export)."""
        self.workspace.preferences.set_last_folder(kind, Path(path).parent)
        if kind != "model":
            self.workspace.preferences.set_last_folder(ANY_EXPORT, Path(path).parent)

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
            self.show_notes(
                QCoreApplication.translate("FileOperations", "Imported {name} ({format})").format(
                    name=Path(path).name, format=choice_text(opened.format)
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

    # -- save -------------------------------------------------------------------------------

    def save(self) -> bool:
        path = self.document.path
        if path is None or not is_native(path):
            return self.save_as()
        return self._save_to(path)

    def save_as(self) -> bool:
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

    # -- close and reload -------------------------------------------------------------------

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
        if not self.maybe_save():
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
        self.inspector.set_editor(None)     # the model may outlive this window
        self.sources.set_editor(None)
        self.outline.set_model(None)
        self.document.model.info_changed.disconnect(self._update_title)
        self.scene.detach()
        self.undo_group.removeStack(self.document.undo_stack)
        if not keep_document:
            # deleted now, on this thread: held in the closed window's reference cycles
            # (every view keeps the window), it would live until a full collection
            self.document.close()
            self.document.deleteLater()

    def quit_all(self) -> None:
        for window in list(self.workspace.windows):
            if not window.close():
                return
        QApplication.quit()

    def tell_laid_out(self, path, opened) -> None:
        """Say in the status bar that the nodes of ``path``, all on one spot, were laid out
        (:func:`~windtunnel.app.files.open_model`)."""
        if opened.laid_out:
            self.statusBar().showMessage(QCoreApplication.translate(
                "FileOperations", "All the nodes of {name} sat on one spot: they were laid out "
                "(save to keep their new places)").format(name=Path(path).name))

