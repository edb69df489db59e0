"""A file that cannot be read is explained in full, with the backup Windtunnel kept."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QApplication

from windtunnel.app.dialogs import ProblemDialog
from windtunnel.errors import LoadError
from windtunnel.model import load, model_to_dict, save

from conftest import make_small_model


def _broken_with_backup(tmp_path, edges: int = 30):
    """A model file saved twice (so a .bak exists), then damaged: ``edges`` bad weights."""
    path = tmp_path / "export controls, 2026.wtm"
    save(make_small_model(), path)
    save(make_small_model(), path)
    data = model_to_dict(make_small_model())
    data["edges"] = [dict(data["edges"][0], target=f"nowhere-{k}", weight=3)
                     for k in range(edges)]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load(path)
    return path, caught.value


def test_a_load_error_says_everything_and_names_the_backup(tmp_path, qtbot):
    path, error = _broken_with_backup(tmp_path)
    dialog = ProblemDialog("The file could not be opened", error)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.message.text().startswith(f"{path}:")
    shown = dialog.message.text().splitlines()
    assert len(shown) == 1 + 5 + 1 and shown[-1] == f"\u2026 and {len(error.problems) - 5} more (see Details)."
    assert all(line.strip() for line in shown)              # every line a whole problem
    assert str(error.problems[0]) in dialog.message.text()
    assert "export controls, 2026.wtm.bak" in dialog.backup.text()
    assert dialog.backup.isVisible() and dialog.width() >= 560
    assert dialog.details_button.isVisible() and not dialog.details.isVisible()
    dialog.details_button.click()
    assert dialog.details.isVisible()
    assert dialog.details.toPlainText().splitlines() == [str(p) for p in error.problems]
    copy = next(b for b in dialog.findChildren(type(dialog.details_button)) if b.text() == "Copy")
    copy.click()
    assert "export controls, 2026.wtm.bak" in QApplication.clipboard().text()


def test_without_a_backup_nothing_is_said_about_one(tmp_path, qtbot):
    path = tmp_path / "never-saved.wtm"
    path.write_text("{ not json", encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load(path)
    dialog = ProblemDialog("The file could not be opened", caught.value)
    qtbot.addWidget(dialog)
    assert not dialog.backup.text() and not dialog.details_button.isVisibleTo(dialog)
    assert "not valid JSON" in dialog.message.text()


def test_opening_a_broken_file_shows_the_problem_dialog(window, tmp_path, monkeypatch):
    path, error = _broken_with_backup(tmp_path, edges=2)
    shown = []
    monkeypatch.setattr(ProblemDialog, "exec", lambda self: shown.append(self) or 0)
    assert not window.open_file(str(path))
    assert len(shown) == 1 and "wtm.bak" in shown[0].backup.text()
    assert len(window.workspace.windows) == 1


def test_an_import_with_many_notes_lists_the_first_and_keeps_all_under_details(qtbot):
    from windtunnel.app.dialogs import NotesDialog

    notes = [f"Edges row {row}: no weight; 1 used" for row in range(2, 14)]
    dialog = NotesDialog("Imported map.csv (CSV edge list)", notes)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = dialog.message.text().splitlines()
    assert shown[0] == "12 notes on the import:"
    assert shown[1:6] == [f"\u2022 {note}" for note in notes[:5]]
    assert shown[-1] == "\u2026 and 7 more (see Details)." and dialog.width() >= 560
    dialog.details_button.click()
    assert dialog.details.toPlainText().splitlines() == notes
    assert not dialog.backup.isVisible()


def test_opening_a_file_that_needed_notes_shows_them(window, tmp_path, monkeypatch):
    from windtunnel.app.dialogs import NotesDialog

    csv = tmp_path / "map.csv"
    csv.write_text("source,target\nban,leak\nleak,lab\n", encoding="utf-8")
    shown = []
    monkeypatch.setattr(NotesDialog, "exec", lambda self: shown.append(self) or 0)
    assert window.open_file(str(csv))
    assert len(shown) == 1 and "map.csv" in shown[0].windowTitle()
    assert "weight" in shown[0].message.text()
