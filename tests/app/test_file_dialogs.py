"""File dialogs start where the user works, remember each kind's folder, suggest the title."""

from __future__ import annotations

from pathlib import Path

import pytest

from windtunnel.app.map_export import file_stem
from windtunnel.paths import bundled_model


@pytest.mark.parametrize("title, stem", [
    ("Export controls, 2026", "Export controls, 2026"),
    ("Chips: a/b <test>?", "Chips- a-b -test-"),
    ("Réglementation 出口管制", "Réglementation 出口管制"),
    ("Ends with dots...", "Ends with dots"),
    ("CON", "CON-model"),
    ("tab\there", "tab-here"),
    ("", "model"),
    ("x" * 120, "x" * 80),
])
def test_the_suggested_name_keeps_the_title_but_what_no_platform_allows(title, stem):
    assert file_stem(title) == stem


def _asking(window):
    asked = []

    def ask(title, suggested, filters):
        asked.append(suggested)
        return answers.pop(0) if answers else ""
    answers: list[str] = []
    window.ask_save_path = ask
    return asked, answers


def test_each_kind_of_dialog_remembers_its_own_folder(window, tmp_path):
    window.document.model.set_info(title="Chips, 2026", description="")
    models, pictures = tmp_path / "models", tmp_path / "pictures"
    models.mkdir()
    pictures.mkdir()
    asked, answers = _asking(window)
    answers.append(str(models / "mine.wtm"))
    assert window.save_as()
    answers.append(str(pictures / "map.svg"))
    assert window.map_exporter.export("svg")
    assert Path(asked[1]).name == "Chips, 2026.svg"
    # next time: each kind starts in its own last folder
    window.map_exporter.export("svg")
    assert Path(asked[2]).parent == pictures
    window.save_as()
    assert Path(asked[3]).parent == models and Path(asked[3]).name == "Chips, 2026.wtm"


def test_dialogs_never_start_in_the_bundled_models_folder(window, tmp_path):
    shipped = bundled_model()
    window.workspace.preferences.set_last_folder("model", shipped.parent)
    window.workspace.preferences.add_recent(shipped)
    assert window.open_file(str(shipped))
    shown = window.workspace.windows[-1]
    asked, _ = _asking(shown)
    shown.save_as()
    shown.map_exporter.export("svg")
    for suggested in asked:
        assert Path(suggested).parent.resolve() != shipped.parent.resolve()
    assert Path(asked[0]).name.endswith(".wtm")


def test_a_remembered_folder_that_is_gone_is_forgotten(window, tmp_path):
    gone = tmp_path / "gone"
    gone.mkdir()
    window.workspace.preferences.set_last_folder("map", gone)
    gone.rmdir()
    asked, _ = _asking(window)
    window.map_exporter.export("png")
    assert Path(asked[0]).parent != gone and Path(asked[0]).parent.is_dir()


def test_a_recent_file_with_an_ampersand_keeps_it_in_the_menu(window, tmp_path):
    from windtunnel.model import save

    from conftest import make_small_model

    folder = tmp_path / "R&D"
    folder.mkdir()
    path = folder / "chips & cloud.wtm"
    save(make_small_model(), path)
    window.workspace.preferences.add_recent(path)
    window.menus.recent.aboutToShow.emit()
    entry = next(a for a in window.menus.recent.actions() if "chips" in a.text())
    assert entry.iconText() == str(path)          # what the menu shows: the & kept
    entry.trigger()
    assert any(w.document.path == path for w in window.workspace.windows)
