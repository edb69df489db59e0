"""File dialogs start where the user works, remember each kind's folder, suggest the title."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
    ("AI輸出管理：2026年6月", "AI輸出管理：2026年6月"),       # a full-width colon may stay
    ("AI輸出管理／2026年6月", "AI輸出管理／2026年6月"),
    (".hidden", "hidden"),                        # not a hidden file on macOS and Linux
    ("Chips\u202etxt.exe", "Chipstxt.exe"),       # no mark that turns the name around
    ("COM\u00b9", "COM\u00b9-model"),
    ("e\u0301tude", "\u00e9tude"),                 # composed, however it was typed
    ("half\ud800char", "half-char"),
    ("\U00020000" * 80, "\U00020000" * 50),         # four bytes each: 200 bytes at most
    ("-rf draft", "rf draft"),                    # no option for a command line
    ("--- nul.v2", "nul-model.v2"),               # Windows reads the name up to a dot
])
def test_the_suggested_name_keeps_the_title_but_what_no_platform_allows(title, stem):
    """The name is one the save dialog takes back as it is."""
    from windtunnel.model.output_paths import check_output_name

    assert file_stem(title) == stem
    check_output_name(stem + ".xlsx")


def _asking(window):
    asked = []

    def ask(title, suggested, filters):
        asked.append(suggested)
        return answers.pop(0) if answers else ""
    answers: list[str] = []
    window.ask_save_path = ask
    return asked, answers


def _folders(parent, *names) -> list:
    """New folders ``names`` in ``parent``."""
    for name in names:
        (parent / name).mkdir()
    return [parent / name for name in names]


def test_each_kind_of_dialog_remembers_its_own_folder(window, tmp_path):
    window.document.model.set_info(title="Chips, 2026", description="")
    models, pictures = _folders(tmp_path, "models", "pictures")
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


def test_save_as_starts_in_the_model_s_folder_else_where_the_last_file_went(window, tmp_path):
    """A bundled model (no folder of its own to save in) exported to a folder: Save As
    starts there, not in the home folder; a model with a file starts in its folder."""
    shipped = bundled_model()
    assert window.open_file(str(shipped))
    shown = window.workspace.windows[-1]
    exports, elsewhere = _folders(tmp_path, "exports", "elsewhere")
    asked, answers = _asking(shown)
    answers.append(str(exports / "map.svg"))
    assert shown.map_exporter.export("svg")
    shown.save_as()
    assert Path(asked[1]).parent == exports
    answers.append(str(elsewhere / "mine.wtm"))
    assert shown.save_as()
    answers.append(str(exports / "map2.svg"))
    assert shown.map_exporter.export("svg")
    shown.save_as()
    assert Path(asked[-1]).parent == elsewhere          # the model's own folder first


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


def test_a_folder_where_a_write_failed_is_not_remembered(window, tmp_path):
    """A Save As or a map export that failed (the name is a folder) does not become that
    kind's next folder; the folder of the last written file does."""
    window.document.model.set_info(title="Chips", description="")
    good, bad = tmp_path / "good", tmp_path / "bad"
    good.mkdir()
    (bad / "mine.wtm").mkdir(parents=True)
    (bad / "map.svg").mkdir()
    window.problems = []
    window.show_problem = lambda title, error: window.problems.append(title)
    asked, answers = _asking(window)
    answers += [str(good / "mine.wtm"), str(good / "map.svg"),
                str(bad / "mine.wtm"), str(bad / "map.svg")]
    assert window.save_as() and window.map_exporter.export("svg")
    assert not window.save_as() and not window.map_exporter.export("svg")
    assert window.problems == ["The model could not be saved", "The file could not be written"]
    window.save_as()
    window.map_exporter.export("svg")
    assert [Path(a).parent for a in asked[4:]] == [good, good]


def _dialog(monkeypatch, path):
    """Answer the next open-file dialog with ``path`` (and the import's notes, unread);
    returns what it was asked."""
    from PySide6.QtWidgets import QFileDialog

    from windtunnel.app.mainwindow import MainWindow

    monkeypatch.setattr(MainWindow, "show_notes", lambda self, title, notes: None)
    asked = {}

    def get_open(parent, caption, folder, filters):
        asked.update(caption=caption, folder=folder, filters=filters.split(";;"))
        return str(path), ""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_open))
    return asked


def _patterns(entry: str) -> list[str]:
    return entry[entry.rindex("(") + 1:-1].split()


def test_open_offers_every_supported_file_first(window, monkeypatch, tmp_path):
    """Open showed Windtunnel models only unless the user changed the filter: another
    tool's file was not in the list. Its first filter now holds models and every
    extension the importers read (the command line's list)."""
    from windtunnel.io.interchange import detect_format
    from windtunnel.io.suffixes import IMPORT_SUFFIXES

    edges = tmp_path / "edges.csv"
    edges.write_text("From,To,Weight\nTax,Demand,0.5\n", encoding="utf-8")
    asked = _dialog(monkeypatch, edges)
    window.background_reads = False
    assert window.open_file()
    first = asked["filters"][0]
    assert first.startswith("All supported files")
    assert _patterns(first) == ["*.wtm", *(f"*{s}" for s in IMPORT_SUFFIXES)]
    for suffix in (".xlsx", ".csv", ".mmp", ".graphml", ".gexf"):
        assert detect_format(Path("x" + suffix))      # each is one the importers know
    assert asked["filters"][1] == "Windtunnel models (*.wtm)"
    assert asked["filters"][-1] == "All files (*)"
    shown = window.workspace.windows[-1]
    assert shown.document.display_name.startswith("Imported from edges.csv")


def test_file_import_reads_another_tool_s_file(window, monkeypatch, tmp_path):
    """File > Import (there was none) offers the importers' files, models not among them,
    and opens the chosen one as an imported, untitled model."""
    mmp = Path(__file__).resolve().parents[1] / "data" / "real" / "mm_suite_simple.mmp"
    asked = _dialog(monkeypatch, mmp)
    window.background_reads = False
    file_menu = window.menus.file.actions()
    action = window.actions.import_file
    assert action in file_menu
    assert file_menu.index(action) == file_menu.index(window.actions.open) + 2   # after Recent
    assert action.text() == "&Import\u2026" and action.shortcut().toString() == "Ctrl+Shift+I"
    action.trigger()
    assert asked["caption"] == "Import a model from another tool"
    assert asked["filters"][0].startswith("All supported files")
    assert "*.wtm" not in _patterns(asked["filters"][0]) and "*.mmp" in asked["filters"][0]
    shown = window.workspace.windows[-1]
    assert shown.document.display_name.startswith("Imported from mm_suite_simple.mmp")
    assert shown.document.path is None and shown.document.model.nodes


def test_import_participants_maps_offers_every_file_open_reads(window, monkeypatch):
    """Import Participants' Maps reads a map from any file Open reads (a model, or any
    file an importer reads): its dialog offers those files, from the importers' one list,
    with the kinds after them."""
    from PySide6.QtWidgets import QFileDialog

    from windtunnel.io.suffixes import IMPORT_SUFFIXES

    asked = {}

    def get_open(parent, caption, folder, filters):
        asked.update(caption=caption, filters=filters.split(";;"))
        return [], ""
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(get_open))
    window.extensions["participants"].importer.action.trigger()
    assert asked["caption"] == "Import participants' maps"
    assert _patterns(asked["filters"][0]) == ["*.wtm", *(f"*{s}" for s in IMPORT_SUFFIXES)]
    assert asked["filters"][1] == "Windtunnel models (*.wtm)"
    assert asked["filters"][-1] == "All files (*)"


def test_import_participants_maps_remembers_its_own_folder(window, monkeypatch, tmp_path):
    """Import Participants' Maps started in the models' folder every time: it now starts
    where the last participants' import chose its maps, and Open keeps its own folder."""
    from PySide6.QtWidgets import QFileDialog

    models, maps = tmp_path / "models", tmp_path / "workshop maps"
    models.mkdir()
    maps.mkdir()
    window.read_from("model", models / "room.wtm")          # a model opened from there
    started = []

    def get_open(parent, caption, folder, filters):
        started.append(folder)
        return ([str(maps / "anna.wtm"), str(maps / "ben.wtm")] if len(started) == 1 else []), ""
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(get_open))
    importer = window.extensions["participants"].importer
    monkeypatch.setattr(importer, "run", lambda: importer.ask_paths())
    importer.action.trigger()          # the maps chosen in their own folder
    importer.action.trigger()
    assert [Path(f) for f in started] == [models, maps]
    assert Path(window.default_folder()) == models


def test_a_picture_is_offered_under_the_title_as_the_window_reads_it(window, qapp):
    """In Chinese the map's picture is offered under the Chinese title, with the file type
    named in Chinese (it offered the English title and "SVG drawings")."""
    from windtunnel.app.map_export import file_stem
    from windtunnel.app.translations import apply_language
    from windtunnel.model import translated

    assert window.open_file(str(bundled_model()))
    shown = window.workspace.windows[-1]
    asked = []
    shown.ask_save_path = lambda title, suggested, kinds: asked.append((suggested, kinds)) or ""
    try:
        apply_language("zh-CN")
        shown.map_exporter.export("svg")
        chinese = translated(shown.document.model, "title")
    finally:
        apply_language("en")
    assert chinese != shown.document.model.title              # the model has it in Chinese
    (suggested, kinds), = asked
    assert Path(suggested).name == file_stem(chinese) + ".svg"
    assert kinds == "SVG 矢量图 (*.svg)"


@pytest.mark.parametrize("language", ["ja", "zh-CN", "zh-HK"])
def test_save_as_offers_the_title_as_the_window_reads_it(window, language):
    """In Japanese and Chinese Save As offered the model's English title as the file's
    name, where the model has its title in that language."""
    from windtunnel.app.translations import apply_language
    from windtunnel.model import translated

    assert window.open_file(str(bundled_model()))
    shown = window.workspace.windows[-1]
    asked, _ = _asking(shown)
    try:
        apply_language(language)
        shown.save_as()
        title = translated(shown.document.model, "title")
    finally:
        apply_language("en")
    assert title != shown.document.model.title            # the model has it in the language
    assert Path(asked[0]).name == file_stem(title) + ".wtm"
    assert any("\u3040" <= ch <= "\u9fff" for ch in Path(asked[0]).stem)


def test_the_first_export_of_a_kind_starts_where_the_last_export_went(window, tmp_path):
    """A picture exported after a workbook starts in the workbook's folder (it started
    in the home folder: every kind of export had to be steered to the folder anew)."""
    window.document.model.set_info(title="Chips", description="")
    exports, models = _folders(tmp_path, "exports", "models")
    asked, answers = _asking(window)
    answers.append(str(models / "mine.wtm"))
    assert window.save_as()
    window.written_to("results.xlsx", exports / "results.xlsx")   # a workbook went there
    window.map_exporter.export("png")               # the map, never exported before
    assert Path(asked[1]).parent == exports
    window.save_as()                                 # a model keeps its own folder
    assert Path(asked[2]).parent == models


#: Titles made of the pieces that trip file names, and of any characters.
_TITLES = st.lists(st.one_of(
    st.sampled_from(list('<>:"/\\|?*-. \t\n\u202e\u2067\u200f\ufeff')
                    + ["CON", "nul", "Com1", "LPT9", ".xlsx"]),
    st.characters()), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(title=_TITLES)
def test_every_proposed_name_passes_the_name_check(title):
    """Whatever a model's title holds, the name the save dialog proposes from it is one
    the dialog takes back unchanged."""
    from windtunnel.model.output_paths import check_output_name

    for suffix in (".xlsx", ".png"):
        check_output_name(file_stem(title) + suffix)


def test_an_import_starts_where_the_last_file_read_came_from_then_in_its_own_folder(
        window, monkeypatch, tmp_path):
    """File > Import started in the home folder after files opened or imported from one
    folder: its first dialog starts where the last file read of any kind came from, then
    where the last import chose; Open keeps its own folder; both are kept in the
    preferences (they outlive the window)."""
    from PySide6.QtWidgets import QFileDialog

    opened, imports = tmp_path / "models", tmp_path / "other tools"
    opened.mkdir()
    imports.mkdir()
    started, chosen = [], []

    def get_open(parent, caption, folder, filters):
        started.append(folder)
        return chosen.pop(0), ""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_open))
    chosen[:] = [str(opened / "room.wtm"), str(imports / "map.gexf"), str(imports / "b.mmp"),
                 str(opened / "next.wtm")]
    window.ask_open_path()
    window.ask_import_path()                  # the first import: where the model came from
    window.ask_import_path()                  # then its own folder
    window.ask_open_path()                    # Open: its own
    assert [Path(f) for f in started[1:]] == [opened, imports, opened]
    assert Path(window.workspace.preferences.last_folder("import")) == imports
