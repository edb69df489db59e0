"""Every file the app writes, asked for by name in a save dialog (the model's Save As, the
map as PNG or SVG, the results workbook, the CSV tables, the brief, the story as a PDF or
as pictures): a name that would not be written as typed is refused at once, named, with
nothing built or written and the model's unsaved edits kept; a full disk leaves no file
of a set of pictures behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from windtunnel.app.commands import SetInfoCommand

from .conftest import settle

#: Per output: how the window writes it.
OUTPUTS = {
    "save as": lambda window, analysis: window.save_as(),
    "map png": lambda window, analysis: window.map_exporter.export("png"),
    "map svg": lambda window, analysis: window.map_exporter.export("svg"),
    "results workbook": lambda window, analysis: analysis.exporter.workbook(),
    "scenario matrix csv": lambda window, analysis: analysis.exporter.csv("matrix"),
    "trajectories csv": lambda window, analysis: analysis.exporter.csv("trajectories"),
    "brief": lambda window, analysis: analysis.exporter.brief(),
    "story pdf": lambda window, analysis: analysis.exporter.story("pdf"),
    "story pictures": lambda window, analysis: analysis.exporter.story("png"),
}


def _edited(window) -> None:
    """An unsaved edit, which no refused save may lose."""
    document = window.document
    document.undo_stack.push(SetInfoCommand(document.model, "Edited, not saved", ""))
    assert document.modified


@pytest.mark.parametrize("output", OUTPUTS)
@pytest.mark.parametrize("name, why", [
    ("book.", "a name ending in a dot or a space"),
    ("book ", "a name ending in a dot or a space"),
    ("line\nbreak", "a name with a control character"),
    ("tab\there", "a name with a control character"),
    ("nul\x00byte", "a name with a control character"),
    ("nul.xlsx", "Windows keeps this name for a device"),
    ("a:b", "the character ':' is not allowed in a file name on Windows"),
    ("-rf.xlsx", "a name starting with a dash"),
    ("report\u202exslx.exe", "the character U+202E RIGHT-TO-LEFT OVERRIDE turns the direction"),
])
def test_a_name_not_written_as_typed_is_refused_before_anything_is_written(
        small, qtbot, tmp_path, output, name, why):
    """A trailing dot or space gave ``book..xlsx`` (Windows drops them when it writes a
    name); a line break or a tab in a name was written as it came; a NUL byte in the
    model's Save As name ended in an exception instead of a message; a device name of
    Windows, a character Windows refuses, a leading dash or a mark that reverses the name
    were written as they came, a file colleagues on Windows could not open, a command
    line would take for options, or whose name shows other than it is."""
    window, analysis = small
    _edited(window)
    before = sorted(os.listdir(tmp_path))
    window.ask_save_path = lambda *args: str(tmp_path / name)
    assert not OUTPUTS[output](window, analysis)
    settle(qtbot, analysis)
    assert len(window.problems) == 1
    title, message = window.problems[0]
    assert why in message and repr(str(tmp_path / name)) in message
    assert sorted(os.listdir(tmp_path)) == before
    assert window.document.modified and window.document.path is None


def _second_write_fails_for_want_of_space(monkeypatch):
    """Every write after the first fails as on a full disk."""
    import errno

    from windtunnel.model import atomic

    real, calls = atomic._write_temp, []

    def write(folder, name, data):
        calls.append(name)
        if len(calls) > 1:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(folder, name, data)
    monkeypatch.setattr(atomic, "_write_temp", write)


@pytest.mark.parametrize("obstacle", ["a folder in the way", "a full disk"])
def test_the_story_pictures_are_written_all_or_none(small, qtbot, tmp_path, monkeypatch,
                                                     obstacle):
    """The story's pictures were written one by one: when the second could not be written
    (a folder of its name, the disk full), the first stayed, a story cut short. Now the
    message names the picture that failed and no picture is left."""
    window, analysis = small
    if obstacle == "a folder in the way":
        (tmp_path / "story-2.png").mkdir()
        failed = "story-2.png: is a folder"
    else:
        _second_write_fails_for_want_of_space(monkeypatch)
        failed = "story-2.png: could not write"
    before = sorted(os.listdir(tmp_path))
    window.ask_save_path = lambda *args: str(tmp_path / "story.png")
    assert analysis.exporter.story("png")
    settle(qtbot, analysis)
    assert len(window.problems) == 1 and failed in window.problems[0][1]
    assert sorted(os.listdir(tmp_path)) == before


#: Exports of the window, each with the suffix it writes (the story's pictures are checked
#: by their first picture's name).
EXPORTS = {name: OUTPUTS[name] for name in OUTPUTS if name != "save as"}
SUFFIXES = {"map png": ".png", "map svg": ".svg", "results workbook": ".xlsx",
            "scenario matrix csv": ".csv", "trajectories csv": ".csv", "brief": ".pdf",
            "story pdf": ".pdf", "story pictures": ".png"}


def _obstacle(tmp_path, kind: str, name: str):
    """(path to choose, words the refusal says) for an output ``name`` that cannot be
    written: a folder of that name, a missing folder, a file where the folder should be,
    a FIFO."""
    if kind == "a folder of that name":
        (tmp_path / name).mkdir()
        return tmp_path / name, "is a folder, not a file"
    if kind == "a missing folder":
        return tmp_path / "gone" / name, "does not exist"
    if kind == "a file for a folder":
        (tmp_path / "notes.txt").write_text("kept")
        return tmp_path / "notes.txt" / name, "is not a folder"
    os.mkfifo(tmp_path / name)
    return tmp_path / name, "is a FIFO"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
@pytest.mark.parametrize("output", EXPORTS)
@pytest.mark.parametrize("kind", ["a folder of that name", "a missing folder",
                                  "a file for a folder", "a FIFO"])
def test_an_export_that_cannot_be_written_there_is_refused_before_it_is_built(
        small, qtbot, tmp_path, output, kind):
    """The workbook was built, the map painted, the brief explained on a worker, and only
    then was the write refused; now the dialog's answer is refused at once, the export
    not started, nothing written."""
    window, analysis = small
    chosen = "out" + SUFFIXES[output]
    checked = "out-1.png" if output == "story pictures" else chosen
    path, says = _obstacle(tmp_path, kind, checked)
    if output == "story pictures":
        path = path.with_name(chosen)
    before = sorted(os.listdir(tmp_path))
    window.ask_save_path = lambda *args: str(path)
    assert not EXPORTS[output](window, analysis)           # not started
    assert not analysis.controller.runner.busy and not window.tasks.busy
    settle(qtbot, analysis)
    assert len(window.problems) == 1 and says in window.problems[0][1]
    assert checked in window.problems[0][1]
    assert sorted(os.listdir(tmp_path)) == before


def test_the_story_pictures_are_checked_by_their_own_names(small, qtbot, tmp_path):
    """The name chosen for the story's pictures is not written (NAME-1.png, NAME-2.png
    are): a folder of the chosen name stops nothing."""
    window, analysis = small
    (tmp_path / "story.png").mkdir()
    window.ask_save_path = lambda *args: str(tmp_path / "story.png")
    assert analysis.exporter.story("png")
    settle(qtbot, analysis)
    assert not window.problems and (tmp_path / "story-1.png").is_file()


@pytest.mark.parametrize("output, suffix", [("results workbook", ".xlsx"),
                                            ("scenario matrix csv", ".csv")])
def test_an_export_never_replaces_the_file_the_model_was_imported_from(workspace, qtbot,
                                                                      tmp_path, output,
                                                                      suffix):
    """A map imported from a workbook (or a CSV table) had no file of its own, so an
    export chosen over that file replaced the user's data with results; it is refused
    now, under its name or another (a hard link), the file as it was and no .bak made."""
    from windtunnel.cli import main
    from windtunnel.paths import bundled_model

    source = tmp_path / f"map{suffix}"
    assert main(["export", str(bundled_model()), "-o", str(source)]) == 0
    os.link(source, tmp_path / f"same file{suffix}")
    first = workspace.windows[0]
    first.ask_import_choice = lambda question: None
    assert first.open_file(str(source))
    window = workspace.windows[-1]
    qtbot.waitUntil(lambda: window.extensions.complete, timeout=30_000)
    assert_never_written_over(qtbot, window, output, source, tmp_path / f"same file{suffix}")


def assert_never_written_over(qtbot, window, output, source, *other_names) -> None:
    """``window``'s export ``output`` chosen over ``source``, or any of ``other_names``
    (links to it), is refused as an input file, ``source`` as it was and no .bak made;
    then the window closes without a question."""
    analysis = window.extensions["analysis"]
    data = source.read_bytes()
    window.problems = []
    window.show_problem = lambda title, error: window.problems.append((title, str(error)))
    settle(qtbot, analysis)
    for chosen in (source, *other_names):
        window.problems.clear()
        window.ask_save_path = lambda *args, chosen=chosen: str(chosen)
        EXPORTS[output](window, analysis)
        settle(qtbot, analysis)
        assert len(window.problems) == 1 and "is the input file" in window.problems[0][1]
        assert source.read_bytes() == data
        assert not list(source.parent.glob("*.bak"))
    window.ask_save_changes = lambda: "discard"


@pytest.mark.parametrize("output", EXPORTS)
@pytest.mark.parametrize("typed", ["model.wtm", "other model.WTM"])
def test_a_model_name_typed_for_an_export_is_refused(small, qtbot, tmp_path, output, typed):
    """A model's name typed for an export got the export's suffix (``model.wtm.xlsx``,
    ``model.wtm.svg``) and was written; the help says it is refused, as the command
    line's export refuses it: now it is, nothing written."""
    window, analysis = small
    (tmp_path / "model.wtm").write_bytes(b"{}")
    before = sorted(os.listdir(tmp_path))
    window.ask_save_path = lambda *args: str(tmp_path / typed)
    assert not EXPORTS[output](window, analysis)
    settle(qtbot, analysis)
    assert len(window.problems) == 1 and "never written over a model" in window.problems[0][1]
    assert sorted(os.listdir(tmp_path)) == before
