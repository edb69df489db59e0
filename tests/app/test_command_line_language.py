"""``windtunnel --language TAG`` opens the desktop app in that language, for that run: the
language remembered in the app's preferences is left as it was."""

from __future__ import annotations

import pytest

from windtunnel import cli, language
from windtunnel.app.main import start
from windtunnel.cli import gui

from .test_languages import _close


@pytest.fixture
def english_afterwards(qapp):
    yield
    from windtunnel.app.translations import apply_language

    apply_language("en")


@pytest.mark.parametrize("argv, launched", [
    (["--language", "ja"], ([], "ja")),
    (["--language=zh-HK", "model.wtm"], (["model.wtm"], "zh-HK")),
    (["model.wtm"], (["model.wtm"], None)),
])
def test_the_command_lines_language_reaches_the_app(monkeypatch, argv, launched):
    calls = []
    monkeypatch.setattr(gui, "launch", lambda argv, language=None: calls.append(
        (argv, language)) or 0)
    assert cli.main(argv) == 0
    assert calls == [launched]


def test_the_app_starts_in_the_language_given_and_remembers_its_own(
        tmp_path, preferences, qtbot, english_afterwards):
    preferences.language = "zh-CN"
    workspace = start(None, preferences=preferences, recovery_root=tmp_path / "recovery",
                      open_default=False, ask=lambda parent, sessions: False, language="ja")
    try:
        window = workspace.windows[0]
        assert language.current() == "ja" and window.menus.file.title() == "ファイル(&F)"
        assert window.actions.languages["ja"].isChecked()
        assert preferences.language == "zh-CN"          # this run only
        window.actions.languages["zh-HK"].trigger()     # a choice in the app is remembered
        assert preferences.language == "zh-HK" and language.current() == "zh-HK"
    finally:
        _close(workspace)
