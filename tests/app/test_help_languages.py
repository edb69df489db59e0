"""The help in Chinese and Japanese: a translated page keeps the English page's structure
(the same headings at the same levels, the same pictures), its links lead somewhere, and
the help window shows the current language's pages, English where none is translated."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from windtunnel import language
from windtunnel.app.translations import apply_language
from windtunnel.app.help import HelpWindow, _slug, help_pages
from windtunnel.paths import resource_path

HELP = resource_path("help")
TAGS = ("zh-CN", "zh-HK", "ja")
ENGLISH = sorted(p.stem for p in HELP.glob("*.md"))
TRANSLATED = [(tag, path.stem) for tag in TAGS for path in sorted((HELP / tag).glob("*.md"))]


#: What a translated heading keeps in Latin letters: product names, keys, code.
NAMES = (r"Windtunnel|Ctrl\+[\w+]+|Dask|Sobol'?|PRIM|Excel|Mental Modeler|Kumu|Gephi( Lite)?|"
         r"yEd|FCMpy|PyFCM|FSDM|GraphML|GEXF|JSON|InCognitive|NodeXL|Cytoscape|networkx|graphology|sigma\.js|Linux|Windows|macOS|"
         r"Python|`[^`]*`")


def _headings(text: str) -> list[str]:
    return [line for line in text.splitlines() if re.match(r"#{1,6} ", line)]


def _images(text: str) -> list[str]:
    return re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", text)


def test_every_language_folder_holds_only_pages_english_has():
    for tag in TAGS:
        assert (HELP / tag).is_dir(), tag
        assert {p.stem for p in (HELP / tag).glob("*.md")} <= set(ENGLISH), tag
    assert TRANSLATED


@pytest.mark.parametrize("tag, name", TRANSLATED)
def test_a_translated_page_keeps_the_structure_of_the_english_one(tag, name):
    english = (HELP / f"{name}.md").read_text(encoding="utf-8")
    translated = (HELP / tag / f"{name}.md").read_text(encoding="utf-8")
    ours, theirs = _headings(translated), _headings(english)
    assert [h.split(" ")[0] for h in ours] == [h.split(" ")[0] for h in theirs]
    for heading in ours:             # translated: only names and keys stay in Latin letters
        rest = re.sub(NAMES, "", heading)
        assert not re.search(r"[A-Za-z]{4,}", rest), heading
    # the same pictures, found from the language's folder
    assert [Path(p).name for p in _images(translated)] == [Path(p).name for p in _images(english)]
    for picture in _images(translated):
        assert (HELP / tag / picture).resolve().is_file(), picture
    # the same number of table rows and list items: nothing left out
    for mark in (r"^\|", r"^- "):
        assert len(re.findall(mark, translated, re.M)) == len(re.findall(mark, english, re.M))


@pytest.mark.parametrize("tag, name", TRANSLATED)
def test_links_of_a_translated_page_lead_to_pages_and_headings_in_its_language(tag, name):
    pages = {page.name: page for page in help_pages(HELP, tag)}
    text = pages[name].text
    for target, anchor in re.findall(r"\]\(([\w-]*\.md)?(?:#([^)]+))?\)", text):
        page = pages[Path(target).stem] if target else pages[name]
        if anchor:
            assert anchor in {_slug(h.lstrip("#")) for h in _headings(page.text)}, (target, anchor)


@pytest.mark.parametrize("tag", TAGS)
def test_every_page_is_translated(tag):
    missing = sorted(set(ENGLISH) - {p.stem for p in (HELP / tag).glob("*.md")})
    assert not missing, f"{tag}: {missing}"


def _help_missing_a_translation(folder: Path, tag: str, untranslated: str) -> Path:
    """A copy of the help's pages in which ``tag`` lacks the page ``untranslated``."""
    (folder / tag).mkdir(parents=True)
    for page in HELP.glob("*.md"):
        (folder / page.name).write_bytes(page.read_bytes())
        if page.stem != untranslated:
            (folder / tag / page.name).write_bytes((HELP / tag / page.name).read_bytes())
    return folder


def test_help_pages_fall_back_to_english_per_page(tmp_path):
    folder = _help_missing_a_translation(tmp_path, "ja", "limits")
    pages = {page.name: page for page in help_pages(folder, "ja")}
    assert sorted(pages) == ENGLISH
    for name, page in pages.items():
        expected = folder / f"{name}.md" if name == "limits" else folder / "ja" / f"{name}.md"
        assert page.path == expected
    assert pages["editor"].title == "マップエディター"
    assert pages["limits"].title == _headings((HELP / "limits.md").read_text(encoding="utf-8"))[0][2:]


def test_the_help_window_follows_the_language(qapp, qtbot):
    window = HelpWindow()
    qtbot.addWidget(window)
    window.show_page("editor")
    assert window.browser.toPlainText().startswith("The map editor")
    try:
        language.set_current("zh-CN")
        assert window.current == "editor"
        assert window.browser.toPlainText().startswith("图编辑器")
        assert window.contents.topLevelItem(0).text(0) == "图编辑器"
        assert window.show_page("editor", _slug("构建一张图"))
        assert window.browser.textCursor().selectedText() == "构建一张图"
        window.show_page("bundled-models")
        assert window.browser.toPlainText().startswith("自带模型")
        language.set_current("zh-HK")
        window.show_page("editor")
        assert window.browser.toPlainText().startswith("圖編輯器")
    finally:
        language.set_current("en")
    assert window.contents.topLevelItem(0).text(0) == "The map editor"


def test_the_help_window_shows_an_untranslated_page_in_english(qapp, qtbot, tmp_path):
    folder = _help_missing_a_translation(tmp_path, "zh-CN", "limits")
    window = HelpWindow(folder=folder)
    qtbot.addWidget(window)
    try:
        language.set_current("zh-CN")
        window.show_page("editor")
        assert window.browser.toPlainText().startswith("图编辑器")
        window.show_page("limits")
        english = (HELP / "limits.md").read_text(encoding="utf-8")
        assert window.browser.toPlainText().startswith(_headings(english)[0][2:])
    finally:
        language.set_current("en")


def test_an_open_help_window_names_its_search_box_in_the_new_language(qapp, qtbot):
    """Switched while the help is open, the search box's hint follows the language as the
    pages do (it stayed English)."""
    window = HelpWindow()
    qtbot.addWidget(window)
    assert window.search.placeholderText() == "Search the help"
    try:
        apply_language("ja")
        hint = QCoreApplication.translate("HelpWindow", "Search the help")
        assert hint != "Search the help"
        assert window.search.placeholderText() == hint
        assert window.search.accessibleName() == hint
    finally:
        apply_language("en")
    assert window.search.placeholderText() == "Search the help"


#: The Results dock's tabs (context ResultsPanel), as the analysis page names them.
RESULTS_TABS = ("Charts", "Scenario matrix", "Scorecard", "Why?", "Structure", "Sensitivity")


@pytest.mark.parametrize("tag", TAGS)
def test_the_analysis_page_names_the_results_tabs_as_the_window_shows_them(qapp, tag):
    """Searching the Hong Kong help for the tab the window shows, 為甚麼？, found nothing:
    the page wrote 為什麼？. Each tab's name, as translated, is on the analysis page."""
    page = (HELP / tag / "analysis.md").read_text(encoding="utf-8")
    try:
        apply_language(tag)
        shown = [QCoreApplication.translate("ResultsPanel", tab) for tab in RESULTS_TABS]
    finally:
        apply_language("en")
    missing = [name for name in shown if name.rstrip("?？") not in page]
    assert not missing, missing
