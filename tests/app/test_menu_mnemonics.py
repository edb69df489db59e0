"""Keyboard users open a menu with Alt and a letter, then choose an item by its letter: two
items of one menu (or two menus of the menu bar) underlining the same letter make the
letter only move between them, so the second cannot be chosen by its letter at all."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication, QMenu

from windtunnel.app.main import start
from windtunnel.app.translations import apply_language
from windtunnel.paths import bundled_model

#: "&File", "ファイル(&F)": the letter after a lone "&" ("&&" is a written ampersand).
_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def _letter(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _clashes(title: str, actions, seen: set) -> list[str]:
    """The letters two or more visible items of ``actions`` share, and those of the
    submenus, each as 'menu: letter -> items'."""
    out, by_letter = [], {}
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        letter = _letter(action.text())
        if letter:
            by_letter.setdefault(letter, []).append(action.text())
        menu = action.menu()
        if isinstance(menu, QMenu) and id(menu) not in seen:
            seen.add(id(menu))
            menu.aboutToShow.emit()            # menus filled when they open
            out += _clashes(f"{title} > {action.text()}", menu.actions(), seen)
    out += [f"{title}: {letter!r} -> {texts}" for letter, texts in by_letter.items()
            if len(texts) > 1]
    return out


@pytest.fixture
def english_afterwards(qapp):
    yield
    apply_language("en")


@pytest.mark.parametrize("tag", ["en", "ja", "zh-CN", "zh-HK"])
def test_no_two_items_of_a_menu_share_their_letter(tag, tmp_path, preferences, qtbot,
                                                    english_afterwards):
    preferences.language = tag
    workspace = start(str(bundled_model()), preferences=preferences,
                      recovery_root=tmp_path / "recovery", open_default=True,
                      ask=lambda parent, sessions: False)
    try:
        window = workspace.windows[0]
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: "analysis" in window.extensions, timeout=20000)  # its menus
        clashes = _clashes("menu bar", window.menuBar().actions(), set())
        assert not clashes, "\n".join(clashes)
    finally:
        for each in list(workspace.windows):
            each.ask_save_changes = lambda: "discard"
            each.close()
        QApplication.processEvents()


@pytest.mark.parametrize("tag, title", [
    ("en", "AI export controls, June 2026: five voices"),
    ("ja", None), ("zh-HK", None)])
def test_new_from_template_names_the_models_by_their_titles(tag, title, tmp_path, preferences,
                                                            qtbot, english_afterwards):
    """File > New from Template listed file names ("Ai export controls 2026 voices", in
    English whatever the language); it lists each model's title in the interface's
    language."""
    from windtunnel.model import load, translated

    preferences.language = tag
    workspace = start(None, preferences=preferences, recovery_root=tmp_path / "recovery",
                      open_default=False, ask=lambda parent, sessions: False)
    try:
        window = workspace.windows[0]
        qtbot.waitExposed(window)
        menu = window.menus.templates
        menu.aboutToShow.emit()
        shown = [action.text() for action in menu.actions()]
        from windtunnel.paths import bundled_models

        wanted = [translated(load(path), "title").replace("&", "&&") for path in bundled_models()]
        assert shown == wanted
        if title is not None:
            assert title in shown
        else:
            assert not any(text.isascii() for text in shown), shown     # in the language
        menu.actions()[0].trigger()
        qtbot.waitUntil(lambda: len(workspace.windows) == 2 or
                        workspace.windows[0].document.model.title == load(
                            bundled_models()[0]).title)
    finally:
        for each in list(workspace.windows):
            each.ask_save_changes = lambda: "discard"
            each.close()
        QApplication.processEvents()
