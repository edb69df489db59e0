"""Outside English, a scenario's tooltip says what a rename writes: the translation in
that language, or, over the made-up "New scenario", the scenario's own name."""

from __future__ import annotations

from windtunnel.app.analysis.commands import add_scenario
from windtunnel.app.commands import execute
from windtunnel.app.translations import apply_language

from .conftest import settle


def _tooltips(panel) -> list[str]:
    return [panel.list.item(i).toolTip() for i in range(panel.list.count())]


def test_the_scenario_list_says_which_text_a_rename_writes(small, qtbot):
    window, analysis = small
    panel, model = analysis.scenarios_panel, window.document.model
    assert not any("Renamed" in tip for tip in _tooltips(panel))      # English: no hint
    apply_language("ja")
    try:
        execute(window.document.undo_stack, add_scenario(model))
        settle(qtbot, analysis)
        panel.refresh()
        named, made_up = _tooltips(panel)[0], _tooltips(panel)[-1]
        assert "ここで名前を変えると日本語の翻訳になり" in named
        assert "それがどの言語でもこのシナリオの名前になります" in made_up
    finally:
        apply_language("en")
