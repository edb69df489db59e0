"""An anonymous room (the Participants dock's Anonymous) is a way of showing the model: the
import of participants' maps names no file in what it says, the file saved is the same
ticked or not, and the tick is remembered from one window and one session to the next."""

from __future__ import annotations

import shutil
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


def test_the_results_workbook_s_model_sheets_keep_the_names_as_the_file_does(
        window, qtbot, monkeypatch, tmp_path):
    """The results workbook's model sheets are the model, read back when it is imported:
    made while Anonymous is ticked, they keep the named title, as the participants'
    names, as the file saved would."""
    from openpyxl import load_workbook

    from windtunnel.app.analysis.controller import refreshes_pending

    _quiet(monkeypatch, window)
    window.extensions["participants"].anonymous.setChecked(True)
    paths = _maps(tmp_path, ("ana_lima.csv", ALICE), ("bruno_costa.csv", BRUNO))
    opened = window.extensions["participants"].importer.run(paths)
    analysis = opened.extensions["analysis"]
    opened.ask_save_path = lambda title, suggested, filters: str(tmp_path / "results.xlsx")
    qtbot.waitUntil(lambda: analysis.session.results is not None, timeout=10000)
    assert analysis.exporter.workbook()
    qtbot.waitUntil(lambda: (tmp_path / "results.xlsx").exists() and not refreshes_pending()
                    and not any(r.busy for r in analysis.controller.runners), timeout=60000)
    book = load_workbook(tmp_path / "results.xlsx", read_only=True)
    cells = [str(cell) for row in book["Model"].iter_rows(values_only=True) for cell in row]
    assert "Aggregate of 2 maps: ana_lima, bruno_costa" in cells, cells
    opened.ask_save_changes = lambda: "discard"
    opened.close()


def test_a_recovered_room_hides_the_names_in_its_title_as_it_did(
        window, qtbot, monkeypatch, tmp_path, preferences):
    """A crash while Anonymous is ticked: the recovery file keeps the named title, as the
    file would, and the recovered window shows it numbered while the names are hidden."""
    from windtunnel.app.autosave import RecoverySession
    from windtunnel.app.main import start

    _quiet(monkeypatch, window)
    window.extensions["participants"].anonymous.setChecked(True)
    paths = _maps(tmp_path, ("ana_lima.csv", ALICE), ("bruno_costa.csv", BRUNO))
    opened = window.extensions["participants"].importer.run(paths)
    session = RecoverySession(tmp_path / "live")
    recovery = session.write(opened.document)
    assert load(recovery).title == "Aggregate of 2 maps: ana_lima, bruno_costa"
    root = tmp_path / "rec"                         # as a session that died leaves it
    (root / "old").mkdir(parents=True)
    for file in (recovery, recovery.with_suffix(".json")):
        shutil.copy(file, root / "old" / file.name)
    session.close()
    workspace = start(None, preferences=preferences, recovery_root=root,
                      open_default=False, ask=lambda parent, sessions: True)
    try:
        recovered = workspace.windows[0]
        assert recovered.extensions["participants"].anonymous.isChecked()
        assert recovered.document.model.title.endswith("Participant 1, Participant 2")
        assert "ana_lima" not in recovered.windowTitle()
        recovered.extensions["participants"].anonymous.setChecked(False)
        assert recovered.document.model.title.endswith("ana_lima, bruno_costa")
    finally:
        for other in list(workspace.windows):
            other.ask_save_changes = lambda: "discard"
            other.close()
    opened.ask_save_changes = lambda: "discard"
    opened.close()
