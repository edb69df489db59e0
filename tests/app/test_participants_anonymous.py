"""An anonymous room (the Participants dock's Anonymous) is a way of showing the model: the
import of participants' maps names no file in what it says, the file saved is the same
ticked or not, and the tick is remembered from one window and one session to the next."""

from __future__ import annotations

from pathlib import Path

from windtunnel.model import load

ALICE = "From,To,Weight\nExport controls,Chip smuggling,0.6\nChip smuggling,Misuse risk,0.4\n"
BRUNO = "From,To,Weight\nExport controls,Chip smuggling,0.2\nChip smuggling,Misuse risk,0.5\n"


def _maps(folder: Path, *named: tuple[str, str]) -> list[str]:
    for name, text in named:
        (folder / name).write_text(text, encoding="utf-8")
    return [str(folder / name) for name, _text in named]


def _quiet(monkeypatch, window) -> list[str]:
    """The import's notes and problems, as the window would show them, kept here."""
    from windtunnel.app.mainwindow import MainWindow
    said = []
    monkeypatch.setattr(MainWindow, "show_notes", lambda self, title, notes: said.extend(
        [title, *map(str, notes)]))
    monkeypatch.setattr(MainWindow, "show_problem", lambda self, title, error: said.extend(
        [title, str(error), str(getattr(error, "source", ""))]))
    return said


def test_the_file_keeps_the_title_naming_the_maps_whether_the_names_are_hidden_or_not(
        window, qtbot, monkeypatch, tmp_path):
    """Hiding the names is a way of showing the model, as the participants' names (which
    the file keeps) show: the window shows the title the import made numbered while
    Anonymous is ticked and named once it is unticked, and the file saved keeps the named
    title either way; a title the facilitator typed stays as typed."""
    _quiet(monkeypatch, window)
    window.extensions["participants"].anonymous.setChecked(True)
    paths = _maps(tmp_path, ("ana_lima.csv", ALICE), ("bruno_costa.csv", BRUNO))
    opened = window.extensions["participants"].importer.run(paths)
    panel, document = opened.extensions["participants"], opened.document
    named = "Aggregate of 2 maps: ana_lima, bruno_costa"
    assert document.model.title == "Aggregate of 2 maps: Participant 1, Participant 2"
    assert "ana_lima" not in opened.windowTitle()
    # the description the first map's import wrote names its file too
    assert "ana_lima" not in document.model.description
    assert "Imported from Participant 1" in document.model.description
    opened.document.save(tmp_path / "room.wtm")
    assert load(tmp_path / "room.wtm").title == named
    assert "Imported from ana_lima.csv" in load(tmp_path / "room.wtm").description
    assert document.model.title.endswith("Participant 2")     # the window still hides them
    panel.anonymous.setChecked(False)
    assert document.model.title == named
    assert "Imported from ana_lima.csv" in document.model.description
    assert not document.modified                  # the same model as the file holds
    document.save(tmp_path / "after.wtm")
    assert load(tmp_path / "after.wtm").title == named
    panel.anonymous.setChecked(True)
    assert document.model.title.endswith("Participant 2")
    document.model.set_info(title="Workshop of 5 May")
    panel.anonymous.setChecked(False)
    assert document.model.title == "Workshop of 5 May"
    opened.ask_save_changes = lambda: "discard"
    opened.close()


def test_an_anonymous_room_s_import_names_no_file_it_could_not_read(
        window, qtbot, monkeypatch, tmp_path):
    """A file that cannot be read, or maps that cannot be combined, are named by the
    participants' numbers, never by the files' names (a person's, on the projector); the
    same import in a room that shows names names the file."""
    said = _quiet(monkeypatch, window)
    panel = window.extensions["participants"]
    panel.anonymous.setChecked(True)
    broken = tmp_path / "bruno_costa.xlsx"
    broken.write_bytes(b"not a workbook")
    paths = _maps(tmp_path, ("ana_lima.csv", ALICE)) + [str(broken)]
    count = len(window.workspace.windows)
    assert panel.importer.run(paths) is None and len(window.workspace.windows) == count
    text = "\n".join(said)
    assert "Participant 2" in text, text
    assert "bruno" not in text and "ana_lima" not in text and str(tmp_path) not in text, text
    said.clear()
    assert panel.importer.run(paths[:1]) is None               # one map: nothing to combine
    assert said and not [line for line in said if "ana_lima" in line], said
    said.clear()
    panel.anonymous.setChecked(False)
    assert panel.importer.run(paths) is None
    assert "bruno_costa.xlsx" in "\n".join(said)


def test_anonymous_is_remembered_for_the_next_window_and_the_next_session(
        window, qtbot, preferences):
    """A facilitator who ticks Anonymous finds it ticked in the next window they open and
    the next time they start Windtunnel; unticked, it stays unticked."""
    from PySide6.QtCore import QSettings

    from windtunnel.app.document import Document
    from windtunnel.app.preferences import Preferences

    assert not window.extensions["participants"].anonymous.isChecked()
    window.extensions["participants"].anonymous.setChecked(True)
    preferences.sync()
    again = Preferences(QSettings(preferences.store.fileName(), QSettings.IniFormat))
    assert again.hide_participant_names
    second = window.workspace.open_window(Document())
    assert second.extensions["participants"].anonymous.isChecked()
    assert second.extensions["participants"].people.rowCount() == 0
    second.extensions["participants"].anonymous.setChecked(False)
    third = window.workspace.open_window(Document())
    assert not third.extensions["participants"].anonymous.isChecked()
    for other in (second, third):
        other.close()
