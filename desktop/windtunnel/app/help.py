"""HelpWindow: every help page in one browsable window, with contents and full-text search.

The pages are the Markdown files of resources/help (the same files the repository shows),
rendered by Qt's own Markdown support in a QTextBrowser: no web engine, nothing loaded
from a network. One window serves the whole app (the workspace keeps it): F1 and the Help
menu raise it and turn to a page instead of opening another window.

- Contents: one entry per page, titled by the page's first heading, with its sections
  (second-level headings) below it, in a fixed reading order (the editor first), then any
  other page alphabetically, so a page added to resources/help is listed without a code
  change.
- Search: every word typed must occur in a paragraph (case-insensitive); each matching
  paragraph is one result, "page title: snippet". Choosing a result opens its page and
  selects the match.
- Languages: a page translated into the current language sits in a folder named by its
  tag (``resources/help/ja/editor.md``) with the English page's structure (the same
  headings at the same levels, translated; anchors follow the translated headings);
  where a page has no translation the English one shows. The window follows
  :data:`windtunnel.language.changed`.
- Links: ``other.md`` and ``other.md#a-heading`` open that page (at that heading) here;
  ``#a-heading`` moves within the page; links to the web are not followed (the app works
  offline), the window's status line shows their address instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (QLabel, QLineEdit, QListWidget, QListWidgetItem, QSplitter,
                               QStyle, QTextBrowser, QTreeWidgetItem, QVBoxLayout,
                               QWidget)

from .. import language
from ..paths import resource_path
from .wrapping_tree import WrappingTree

__all__ = ["HelpWindow", "HelpPage", "help_pages", "search_pages", "READING_ORDER"]

#: Pages first in the contents, in this order; other pages follow alphabetically.
READING_ORDER = ("editor", "analysis", "engine", "spreadsheets", "bundled-models", "limits",
                 "packaging")
#: Results listed at most, so that a one-letter search stays quick to read.
MAX_RESULTS = 200
#: Room kept for the window manager's frame beside a window, and for its title bar and
#: frame above and below (logical pixels), placing the help on the screen.
_FRAME, _TITLE_BAR = 12, 48


def _within(value: int, low: int, high: int) -> int:
    """``value`` kept between ``low`` and ``high`` (``low`` when they cross)."""
    return max(low, min(value, high))


@dataclass(frozen=True)
class HelpPage:
    """One help page: its name (file stem), its title (first heading), its Markdown."""

    name: str
    title: str
    text: str
    path: Path


@dataclass(frozen=True)
class SearchHit:
    """A paragraph of a page that holds every searched word."""

    page: str
    title: str
    snippet: str
    match: str          # the first searched word, as written in the page (to select it)
    context: str        # the words from the match on (to find this very paragraph)


def help_pages(folder: Path | None = None, tag: str | None = None) -> list[HelpPage]:
    """Every ``*.md`` page of the help folder, in contents order, in language ``tag``
    (default: the current one): a page translated into it (``<folder>/<tag>/<name>.md``)
    replaces the English page, which stays where no translation exists."""
    folder = folder or resource_path("help")
    tag = tag or language.current()
    pages = []
    for path in sorted(folder.glob("*.md")):
        translated = folder / tag / path.name
        if tag != language.ORIGINAL and translated.is_file():
            path = translated
        text = path.read_text(encoding="utf-8")
        heading = next((line[2:].strip() for line in text.splitlines()
                        if line.startswith("# ")), path.stem)
        pages.append(HelpPage(path.stem, heading, text, path))
    rank = {name: i for i, name in enumerate(READING_ORDER)}
    return sorted(pages, key=lambda p: (rank.get(p.name, len(rank)), p.name))


def _plain(markdown: str) -> str:
    """Markdown reduced to its words (links keep their text, marks go)."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    text = re.sub(r"(?m)^\s*(#+|>|[-*+]|\d+\.)\s+", "", text)     # heading, quote, list marks
    return re.sub(r"[*`|]+", " ", text)


def search_pages(pages: list[HelpPage], query: str) -> list[SearchHit]:
    """The paragraphs (blocks between blank lines) holding every word of ``query``."""
    words = [w.lower() for w in query.split() if w.strip()]
    if not words:
        return []
    hits = []
    for page in pages:
        for block in re.split(r"\n\s*\n", page.text):
            plain = " ".join(_plain(block).split())
            low = plain.lower()
            if not all(w in low for w in words):
                continue
            at = low.index(words[0])
            start = max(0, at - 50)
            if start:                              # begin the snippet with a whole word
                space = plain.find(" ", start, at)
                start = space + 1 if space >= 0 else at
            snippet = ("\u2026" if start else "") + plain[start:at + 90] + (
                "\u2026" if at + 90 < len(plain) else "")
            hits.append(SearchHit(page.name, page.title, snippet, plain[at:at + len(words[0])],
                                  " ".join(plain[at:].split()[:6])))
            if len(hits) >= MAX_RESULTS:
                return hits
    return hits


def _sections(markdown: str) -> list[str]:
    """The page's second-level headings, as the reader sees them (outside code blocks)."""
    out, fenced = [], False
    for line in markdown.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and line.startswith("## "):
            out.append(_plain(line[3:]).strip())
    return out


def _slug(heading: str) -> str:
    """A heading's anchor as GitHub writes it: lower case, punctuation dropped, dashes."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


class HelpWindow(QWidget):
    """The help: contents and search on the left, the page on the right."""

    def __init__(self, parent=None, *, folder: Path | None = None) -> None:
        super().__init__(parent, Qt.Window)
        self.setWindowTitle(self.tr("Windtunnel Help"))
        self._folder = folder
        self.pages = help_pages(folder)
        self._by_name = {p.name: p for p in self.pages}
        self.current = ""
        self.search = QLineEdit(clearButtonEnabled=True)
        self.search.textChanged.connect(self._search)
        self.contents = WrappingTree()      # long titles wrap: no title cut at its edge
        self._fill_contents()
        self.contents.currentItemChanged.connect(
            lambda item, _old: item is not None and self.show_page(*item.data(0, Qt.UserRole)))
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.itemActivated.connect(self._open_hit)
        self.results.itemClicked.connect(self._open_hit)
        self.results_label = QLabel()
        self.results_label.setWordWrap(True)
        self.browser = QTextBrowser()
        self.browser.installEventFilter(self)       # its width: the pictures' room
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self.follow_link)
        self.status = QLabel()
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.results_label)
        column.addWidget(self.results, 1)
        column.addWidget(self.contents, 2)
        right = QWidget()
        page_column = QVBoxLayout(right)
        page_column.setContentsMargins(0, 0, 0, 0)
        page_column.addWidget(self.browser, 1)
        page_column.addWidget(self.status)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        QShortcut(QKeySequence.Find, self, activated=self._focus_search)
        QShortcut(QKeySequence(Qt.Key_Escape), self, activated=self.close)
        self._name_controls()
        self._search("")
        self.place_over()
        language.changed.connect(self.set_language)

    def _name_controls(self) -> None:
        """The search box's hint and the lists' names, in the current language."""
        self.search.setPlaceholderText(self.tr("Search the help"))
        self.search.setAccessibleName(self.tr("Search the help"))
        self.contents.setAccessibleName(self.tr("Help contents"))
        self.results.setAccessibleName(self.tr("Search results"))

    def _fill_contents(self) -> None:
        self.contents.clear()
        for page in self.pages:
            item = QTreeWidgetItem([page.title])
            item.setData(0, Qt.UserRole, (page.name, ""))
            item.setToolTip(0, f"{page.title} ({page.name}.md)")
            for heading in _sections(page.text):
                child = QTreeWidgetItem([heading])
                child.setData(0, Qt.UserRole, (page.name, _slug(heading)))
                child.setToolTip(0, heading)
                item.addChild(child)
            self.contents.addTopLevelItem(item)

    def set_language(self, tag: str) -> None:
        """Show the pages in language ``tag`` (English where a page has no translation),
        staying on the page shown."""
        shown, self.current = self.current, ""
        self._name_controls()
        self.pages = help_pages(self._folder, tag)
        self._by_name = {p.name: p for p in self.pages}
        self.contents.blockSignals(True)
        self._fill_contents()
        self.contents.blockSignals(False)
        self._search(self.search.text())
        if shown:
            self.show_page(shown)

    def place_over(self, window: QWidget | None = None) -> None:
        """900 x 680, or less on a small screen (a projector at 1024 x 768), centred over
        ``window`` (the window that asked for the help; else the screen) and wholly on its
        screen, frame and title bar included: left to the window manager, the help opened
        partly below the bottom of a 4K screen at 2x."""
        screen = (window.screen() if window is not None else None) or self.screen()
        if screen is None:
            return
        area = screen.availableGeometry()
        width, height = min(900, area.width() - 40), min(680, area.height() - 60)
        self.resize(width, height)
        centre = window.frameGeometry().center() if window is not None else area.center()
        self.move(_within(centre.x() - width // 2, area.left(), area.right() - width - _FRAME),
                  _within(centre.y() - height // 2, area.top(),
                          area.bottom() - height - _TITLE_BAR))

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.ShortcutFocusReason)
        self.search.selectAll()

    # -- pages ------------------------------------------------------------------------------

    def show_page(self, name: str, anchor: str = "") -> bool:
        """Show page ``name`` (optionally at the heading whose anchor is ``anchor``)."""
        page = self._by_name.get(name)
        if page is None:
            self.status.setText(self.tr("There is no help page \u201c{name}\u201d.").format(
                name=name))
            return False
        if name != self.current:
            self.current = name
            self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(page.path)))  # images
            self.browser.setMarkdown(page.text)
            self._fit_images()
            self.setWindowTitle(self.tr("{page} \u2014 Windtunnel Help").format(page=page.title))
        self._mark_in_contents(name, anchor)
        self.status.clear()
        if anchor:
            self._go_to_heading(page, anchor)
        else:
            self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
            self.browser.verticalScrollBar().setValue(0)
        return True

    def _fit_images(self) -> None:
        """Show each picture at most as wide as the page view (a screenshot is wider than
        the help window; scrolling sideways to see it helps nobody), its proportions kept,
        and never larger than its own pixels on the screen's (a small picture is not
        blown up, on a high-DPI screen either). The page view's width is what counts: it
        changes with the window and the splitter; the room of the page's scroll bar is kept
        whether it shows or not, so that the scroll bar a fitted picture brings never takes
        the room the picture was given."""
        browser, document = self.browser, self.browser.document()
        bar = browser.style().pixelMetric(QStyle.PM_ScrollBarExtent, None, browser)
        room = max(200, browser.maximumViewportSize().width() - bar
                   - 2 * int(document.documentMargin()) - 8)
        ratio = browser.devicePixelRatioF()
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    picture = document.resource(QTextDocument.ImageResource, QUrl(image.name()))
                    size = picture.size() if picture is not None else None
                    if size is not None and size.width() > 0:
                        width = min(size.width() / ratio, room)
                        image.setWidth(width)
                        image.setHeight(size.height() * width / size.width())
                        cursor = QTextCursor(document)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(),
                                           QTextCursor.KeepAnchor)
                        cursor.setCharFormat(image)
                it += 1
            block = block.next()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Resize and watched is self.browser \
                and self.current and event.size().width() != event.oldSize().width():
            self._fit_images()
        return False

    def _mark_in_contents(self, name: str, anchor: str) -> None:
        """Select the page's entry in the contents (its section's, for an anchor)."""
        top = next(self.contents.topLevelItem(i) for i in range(self.contents.topLevelItemCount())
                   if self.contents.topLevelItem(i).data(0, Qt.UserRole)[0] == name)
        item = next((top.child(i) for i in range(top.childCount())
                     if anchor and top.child(i).data(0, Qt.UserRole)[1] == anchor), top)
        self.contents.blockSignals(True)
        top.setExpanded(True)
        self.contents.setCurrentItem(item)
        self.contents.blockSignals(False)

    def _go_to_heading(self, page: HelpPage, anchor: str) -> None:
        heading = next((line.lstrip("#").strip() for line in page.text.splitlines()
                        if line.startswith("#") and _slug(line.lstrip("#")) == anchor), None)
        if heading is not None:
            self.select_text(_plain(heading).strip())

    def select_text(self, text: str) -> bool:
        """Select the first occurrence of ``text`` in the shown page and scroll to it."""
        cursor = self.browser.document().find(text, 0)
        if cursor.isNull():
            cursor = self.browser.document().find(" ".join(text.split()[:3]), 0)
        if cursor.isNull():
            return False
        self._scroll_to(cursor)
        return True

    def _scroll_to(self, cursor) -> None:
        """Select what ``cursor`` holds and bring it near the top of the page view."""
        self.browser.setTextCursor(cursor)
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.value() + self.browser.cursorRect(cursor).top() - 24)

    def follow_link(self, url: QUrl) -> None:
        """Open a link of a page: another page (at a heading), a heading here, or, for the
        web, show the address (the app does not go online)."""
        if url.scheme() in ("http", "https", "mailto"):
            self.status.setText(self.tr("A link to the web (open it in your browser): {url}")
                                .format(url=url.toString()))
            return
        name = Path(url.path()).stem if url.path() else self.current
        if url.path() and Path(url.path()).suffix.lower() != ".md":
            self.status.setText(self.tr("Not a help page: {url}").format(url=url.toString()))
            return
        self.show_page(name, url.fragment())

    # -- search -----------------------------------------------------------------------------

    def _search(self, query: str) -> None:
        self.results.clear()
        hits = search_pages(self.pages, query)
        for hit in hits:
            item = QListWidgetItem(f"{hit.title}: {hit.snippet}")
            item.setData(Qt.UserRole, hit)
            item.setToolTip(hit.snippet)
            self.results.addItem(item)
        searching = bool(query.strip())
        self.results.setVisible(bool(hits))
        self.results_label.setVisible(searching)
        if searching:
            self.results_label.setText(
                self.tr("%n paragraph(s) match", "", len(hits))
                + (self.tr(" (the first ones)") if len(hits) >= MAX_RESULTS else "")
                if hits else self.tr("Nothing in the help matches \u201c{query}\u201d.").format(
                    query=query.strip()))

    def _open_hit(self, item: QListWidgetItem) -> None:
        hit: SearchHit = item.data(Qt.UserRole)
        self.show_page(hit.page)
        document = self.browser.document()
        paragraph = document.find(hit.context, 0)            # this paragraph, if it renders
        start = 0 if paragraph.isNull() else paragraph.selectionStart()
        cursor = document.find(hit.match, start)             # then the word itself
        if not cursor.isNull():
            self._scroll_to(cursor)

    @property
    def result_count(self) -> int:
        return self.results.count()

    def open_result(self, row: int) -> None:
        """Open search result ``row`` (as clicking it does)."""
        self._open_hit(self.results.item(row))
