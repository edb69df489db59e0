"""The hostile import files (:mod:`tests.hostile.import_files`) through the app's Open, at
once and (with ``--slow``) on the worker: a refused file shows one message naming it with the words it must
say and leaves the open document as it was; a file read opens as a new document of exactly
its labels."""

from __future__ import annotations

import pytest

from tests.hostile.import_files import import_files
from windtunnel.app.mainwindow import MainWindow
from windtunnel.errors import LoadError

CASES = import_files()


@pytest.mark.parametrize("background", [
    pytest.param(False, id="at once"),
    pytest.param(True, id="on the worker", marks=pytest.mark.slow)])   # a minute in all
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_open_refuses_or_reads_each_file(window, tmp_path, qtbot, monkeypatch, case,
                                         background):
    path = tmp_path / case.name
    path.write_bytes(case.data)
    shown, notes = [], []
    window.show_problem = lambda title, error: shown.append(error)
    monkeypatch.setattr(MainWindow, "show_notes",
                        lambda self, title, said: notes.extend(map(str, said)))
    window.ask_import_choice = lambda question: question.choices[0]   # the first answer
    window.background_reads = background
    windows = len(window.workspace.windows)
    before, model = window.document, window.document.model.copy()
    window.open_file(str(path))
    if case.labels is None:
        qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
        (error,) = shown
        assert isinstance(error, LoadError) and case.words in str(error), str(error)
        assert error.source.endswith(case.name)
        assert window.document is before and window.document.model == model
        assert len(window.workspace.windows) == windows
        return
    qtbot.waitUntil(lambda: len(window.workspace.windows) > windows or bool(shown),
                    timeout=20_000)
    assert not shown, str(shown[0])
    opened = window.workspace.windows[-1].document.model
    assert sorted(node.label for node in opened.nodes) == sorted(case.labels)
