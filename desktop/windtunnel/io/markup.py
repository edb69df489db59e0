"""Labels written as HTML, as yEd writes rich-text labels, read as the plain text they show.

yEd (desktop) writes a formatted label as Swing HTML (``<html><b>Tax</b><br>rate</html>``),
yEd Live (yFiles for HTML) as markup (``<strong>Tax</strong><br/>rate``), both as the text
of the label element. :func:`plain_text` turns such a text into what the label shows: tags
dropped, entities decoded, a line break where the markup breaks a line (``<br>``, the end
of a paragraph, heading, list item or table row, a line of ``<pre>``), other white space
collapsed as a browser collapses it, and no empty lines.

The standard library's :class:`html.parser.HTMLParser` reads the markup: it only tokenises,
so nothing in the label (an ``<img src>``, a link, a script) is fetched or run, and
scripts' and styles' contents are dropped, not shown.

A text is taken for markup only when it holds a tag of HTML's text formatting
(:data:`MARKUP_TAGS`); a label such as ``Cost <Tax>`` or ``a < b`` is kept as written.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["plain_text", "looks_like_markup", "MARKUP_TAGS"]

#: Tags that end a line of the text a label shows.
_BREAKS = {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
           "blockquote", "ul", "ol", "table", "center", "hr", "dt", "dd"}
#: Tags whose content is not text a label shows.
_HIDDEN = {"script", "style", "head", "title"}
#: Tags of HTML's text formatting, as yEd and yEd Live write them: their presence makes a
#: label's text markup.
MARKUP_TAGS = _BREAKS | _HIDDEN | {
    "html", "body", "b", "i", "u", "s", "em", "strong", "del", "ins", "span", "font", "small",
    "large", "big", "sub", "sup", "code", "tt", "a", "img", "td", "th", "strike", "mark",
    "q", "cite", "abbr", "kbd", "var", "dl"}
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^<>]*>")


def looks_like_markup(text: str) -> bool:
    """Whether ``text`` holds a tag of HTML's text formatting (``<b>``, ``<br/>``, ...)."""
    return "<" in text and any(m.group(1).lower() in MARKUP_TAGS for m in _TAG.finditer(text))


def plain_text(text: str) -> str:
    """The text a label written as markup shows; ``text`` itself when it is not markup."""
    if not looks_like_markup(text):
        return text
    reader = _TextReader()
    reader.feed(text)
    reader.close()
    return reader.text()


class _TextReader(HTMLParser):
    """Collects the shown text of markup, line by line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self.hidden = 0
        self.pre = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        self._open(tag)

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in _BREAKS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag in _BREAKS and tag != "br":
            self._break()

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        if self.pre:
            first, *rest = data.split("\n")
            self.lines[-1] += first
            self.lines.extend(rest)
        else:
            self.lines[-1] += re.sub(r"\s+", " ", data)

    def _open(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag == "pre":
            self.pre += 1
        if tag in _BREAKS:
            self._break()

    def _break(self) -> None:
        if self.lines[-1].strip():
            self.lines.append("")

    def text(self) -> str:
        """The lines read, each with its spaces collapsed, empty ones left out."""
        lines = (" ".join(line.split()) for line in self.lines)
        return "\n".join(line for line in lines if line)
