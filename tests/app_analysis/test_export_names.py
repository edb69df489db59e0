"""The names suggested for an export read in the window's language: a Hong Kong analyst is
offered "…- 探索.xlsx" and "…- 故事.pdf", not an English word tacked onto a Chinese title."""

from __future__ import annotations

from pathlib import Path

from .conftest import bundled_in, run_small_exploration, settle


def _suggested(window) -> list[str]:
    """The file names the window's save dialogs suggest from now on (each then cancelled)."""
    names: list[str] = []
    window.ask_save_path = lambda title, suggested, filters: names.append(
        Path(suggested).name) or None
    return names


def test_exploration_and_story_names_are_in_the_window_s_language(workspace, qtbot):
    with bundled_in(workspace, qtbot, "zh-HK") as (window, analysis):
        settle(qtbot, analysis)
        view = run_small_exploration(qtbot, analysis)
        names = _suggested(window)
        view.export()
        analysis.exporter.story("pdf")
        analysis.exporter.csv("matrix")
        assert len(names) == 3, names
        exploration, story, matrix = names
        assert exploration.endswith(" - 探索.xlsx")
        assert story.endswith(" - 故事.pdf")
        assert matrix.endswith(" 情景矩陣.csv")
        assert not any(word in name for name in names
                       for word in ("exploration", "story", "matrix"))
