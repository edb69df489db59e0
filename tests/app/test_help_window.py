"""The help: one window for the whole app, every page in its contents, full-text search,
links between pages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest

from windtunnel.app.help import HelpWindow, help_pages, search_pages
from windtunnel.paths import resource_path


def test_every_help_page_is_in_the_contents_and_opens(window):
    help_window = window.workspace.show_help()
    names = sorted(p.stem for p in resource_path("help").glob("*.md"))
    contents = help_window.contents
    tops = [contents.topLevelItem(i) for i in range(contents.topLevelItemCount())]
    listed = [item.data(0, Qt.UserRole)[0] for item in tops]
    assert sorted(listed) == names and listed[0] == "editor"
    for item, name in zip(reversed(tops), reversed(listed)):
        contents.setCurrentItem(item)
        assert help_window.current == name
        heading = Path(resource_path("help", f"{name}.md")).read_text(encoding="utf-8")
        first = next(line[2:] for line in heading.splitlines() if line.startswith("# "))
        assert help_window.browser.toPlainText().startswith(first)
    # a section of a page opens that page at its heading
    engine = tops[listed.index("engine")]
    section = next(engine.child(i) for i in range(engine.childCount())
                   if engine.child(i).text(0) == "Uncertainty (Monte Carlo)")
    contents.setCurrentItem(section)
    assert help_window.current == "engine"
    assert help_window.browser.textCursor().selectedText() == "Uncertainty (Monte Carlo)"


def test_f1_raises_the_one_help_window(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    QTest.keyClick(window, Qt.Key_F1)
    help_window = window.workspace.help_window
    qtbot.waitUntil(lambda: help_window is not None and help_window.isVisible())
    assert help_window.current == "editor"
    help_window.show_page("engine")
    window.actions.help.trigger()                         # again: the same window, same page
    assert window.workspace.help_window is help_window and help_window.current == "engine"
    assert help_window.parent() is None and isinstance(help_window, HelpWindow)  # its own window
    window.show_help("analysis")
    assert help_window.current == "analysis"


def test_search_lists_matches_from_every_page_and_opens_one_at_the_match(window, qtbot):
    help_window = window.workspace.show_help()
    QTest.keyClicks(help_window.search, "zip bombs")
    assert help_window.result_count >= 1
    pages = {help_window.results.item(i).data(Qt.UserRole).page for i in range(help_window.result_count)}
    assert "limits" in pages
    row = next(i for i in range(help_window.result_count)
               if help_window.results.item(i).data(Qt.UserRole).page == "limits")
    help_window.open_result(row)
    assert help_window.current == "limits"
    assert help_window.browser.textCursor().selectedText().lower() == "zip"
    help_window.search.clear()
    QTest.keyClicks(help_window.search, "qwertyuiop")
    assert help_window.result_count == 0
    assert "Nothing in the help matches" in help_window.results_label.text()


def test_search_wants_every_word_in_one_paragraph():
    import re

    pages = help_pages()
    words = ("monte", "carlo", "seed")
    hits = search_pages(pages, "Monte  carlo SEED")
    assert hits
    by_name = {p.name: p for p in pages}
    for hit in hits:
        blocks = re.split(r"\n\s*\n", by_name[hit.page].text.lower())
        assert any(all(w in block for w in words) for block in blocks)
    assert len(search_pages(pages, "seed")) > len(hits)
    assert search_pages(pages, "   ") == []


def test_links_between_pages_open_in_the_help_window(window):
    help_window = window.workspace.show_help("limits")
    help_window.follow_link(QUrl("spreadsheets.md"))
    assert help_window.current == "spreadsheets"
    help_window.follow_link(QUrl("engine.md#uncertainty-monte-carlo"))
    assert help_window.current == "engine"
    assert help_window.browser.textCursor().selectedText() == "Uncertainty (Monte Carlo)"
    help_window.follow_link(QUrl("https://example.org/page"))
    assert help_window.current == "engine"
    assert "https://example.org/page" in help_window.status.text()


def test_every_link_in_the_help_leads_somewhere():
    """Links to other pages name pages that exist, and their anchors name headings."""
    import re

    pages = {p.name: p for p in help_pages()}
    from windtunnel.app.help import _slug

    for page in pages.values():
        for target in re.findall(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)", page.text):
            if target.startswith(("http://", "https://", "mailto:")):
                continue
            path, _, anchor = target.partition("#")
            name = Path(path).stem if path else page.name
            assert name in pages, f"{page.name}.md links to a missing page {target}"
            if anchor:
                slugs = {_slug(line.lstrip("#")) for line in pages[name].text.splitlines()
                         if line.startswith("#")}
                assert anchor in slugs, f"{page.name}.md links to a missing heading {target}"


def test_the_help_closes_with_the_last_window(workspace, qtbot):
    window = workspace.windows[0]
    help_window = workspace.show_help()
    window.ask_save_changes = lambda: "discard"
    window.close()
    qtbot.waitUntil(lambda: not help_window.isVisible())
    assert workspace.help_window is None


def _picture_widths(help_window) -> list[float]:
    document = help_window.browser.document()
    widths, block = [], document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                widths.append(fmt.toImageFormat().width())
            it += 1
        block = block.next()
    return widths


def test_pictures_fit_the_page_view(window, qtbot):
    help_window = window.workspace.show_help("editor")
    help_window.resize(800, 600)
    qtbot.waitUntil(lambda: help_window.browser.viewport().width() < 700)
    help_window.show_page("engine")
    help_window.show_page("editor")                     # laid out again at this width
    widths = _picture_widths(help_window)
    assert widths and all(0 < w <= help_window.browser.viewport().width() for w in widths)
    assert help_window.browser.horizontalScrollBar().maximum() == 0


def test_pictures_follow_the_splitter_and_the_pages_scroll_bar(window, qtbot):
    """The page view narrows without the window resizing (the splitter moved, the page's
    scroll bar shown): the screenshot still fits, nothing scrolls sideways."""
    help_window = window.workspace.show_help("editor")
    qtbot.waitExposed(help_window)
    browser = help_window.browser
    splitter = browser.parentWidget().parentWidget()
    for left in (280, 420, 200):
        splitter.setSizes([left, splitter.width() - left])
        qtbot.waitUntil(lambda: abs(splitter.sizes()[0] - left) <= 2)
        widths = _picture_widths(help_window)
        assert widths and all(0 < w <= browser.viewport().width() for w in widths), \
            (left, widths, browser.viewport().width())
        # a long page is laid out in steps after the resize: nothing scrolls sideways once
        # it has settled
        qtbot.waitUntil(lambda: browser.horizontalScrollBar().maximum() == 0)


def test_a_small_picture_is_never_drawn_larger_than_its_pixels(qtbot, tmp_path,
                                                                monkeypatch):
    """A 300-pixel picture takes 300 points at 1x and 150 at 2x (one picture pixel to a
    device pixel), though the page has room to blow it up. (The offscreen windows report
    1x on every screen, so the 2x screen's ratio is the browser's, set here.)"""
    from PySide6.QtGui import QImage

    picture = QImage(300, 100, QImage.Format_RGB32)
    picture.fill(Qt.white)
    picture.save(str(tmp_path / "small.png"))
    (tmp_path / "editor.md").write_text("# Page\n\n![small](small.png)\n", encoding="utf-8")
    (tmp_path / "engine.md").write_text("# Other\n\nText.\n", encoding="utf-8")
    help_window = HelpWindow(folder=tmp_path)
    qtbot.addWidget(help_window)
    help_window.resize(900, 600)
    help_window.show()
    qtbot.waitExposed(help_window)
    help_window.show_page("editor")
    assert help_window.browser.viewport().width() > 320
    assert _picture_widths(help_window) == [300]
    monkeypatch.setattr(help_window.browser, "devicePixelRatioF", lambda: 2.0)
    help_window.show_page("engine")
    help_window.show_page("editor")
    assert _picture_widths(help_window) == [150]


def test_the_help_opens_over_the_window_and_wholly_on_its_screen(window):
    """Over a window in the screen's bottom-left corner, the help still lies wholly on the
    screen, with room for its title bar (left to the window manager, it opened partly below
    the screen's edge on a 4K screen at 2x)."""
    area = window.screen().availableGeometry()
    window.resize(min(1200, area.width()), min(800, area.height()))
    window.move(area.left(), area.bottom() - window.height() // 3)
    help_window = window.workspace.show_help()
    frame = help_window.geometry()
    asking = window.frameGeometry()
    assert abs(frame.center().x() - asking.center().x()) <= 1     # centred over it ...
    assert frame.bottom() + 48 >= area.bottom() - 1               # ... as low as fits
    assert frame.left() >= area.left() and frame.bottom() + 12 <= area.bottom()
    assert frame.top() >= area.top() and frame.right() <= area.right()
    assert frame.width() <= 900 and frame.height() <= 680
