"""In Japanese and Chinese a colon takes the width of the text it closes: after Chinese or
Japanese words it is full-width with no space after it ("既定：モデルのシード", "文件：名称"),
as their UI text and documents write it; after Latin text, code, a number or a
placeholder standing alone it stays ASCII with its space, as their command-line messages
write it ("{path}: 書き込めませんでした", "--out FILE: ...", "**About**: ..."). A
placeholder is read through to the words before it ("行 {row}：{problem}"). The
catalogues' translations and the help pages of ja, zh-CN and zh-HK must keep to it, and a
full-width colon is never followed by a space; docs/ARCHITECTURE.md states the rule."""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET

import pytest

from windtunnel.paths import resource_path

LANGUAGES = {"ja": "ja", "zh_CN": "zh-CN", "zh_HK": "zh-HK"}
CATALOGUES = [resource_path("translations", f"{kind}_{lang}.ts")
              for lang in LANGUAGES for kind in ("windtunnel", "core")]
HELP_PAGES = sorted(page for tag in LANGUAGES.values()
                    for page in resource_path("help", tag).glob("*.md"))
#: Code the rule does not read: fenced blocks, inline code spans.
CODE = re.compile(r"```.*?```|`[^`\n]*`", re.DOTALL)
#: What the text a colon closes is looked for through: emphasis marks.
MARKUP = "*_"


def _wide(char: str) -> bool:
    return bool(char) and unicodedata.east_asian_width(char) in "WF"


def _closed(text: str, at: int) -> str:
    """The last character of the text that the colon after ``at`` closes: read back
    through emphasis marks and through a placeholder ``{...}`` or a tag ``<...>`` (and
    the spaces before it) to the words before them."""
    while at >= 0:
        char = text[at]
        if char in "}>":
            start = text.rfind("{" if char == "}" else "<", 0, at)
            if start < 0:
                return char
            at = start - 1
            while at >= 0 and text[at] == " ":
                at -= 1
        elif char in MARKUP:
            at -= 1
        else:
            return char
    return ""


def _inside_placeholder(text: str, at: int) -> bool:
    return text.rfind("{", 0, at) > text.rfind("}", 0, at)


def _in_running_text(text: str, at: int) -> bool:
    """Whether the ASCII colon at ``at`` closes Chinese or Japanese text (not a
    placeholder's format, a URL or a time)."""
    if _inside_placeholder(text, at) or text[at + 1:at + 2] in tuple("/0123456789"):
        return False
    return _wide(_closed(text, at - 1))


def colon_slip_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` (Japanese or Chinese) breaks the rule, each span a colon and the
    spaces after it that a full-width colon alone should replace: an ASCII colon beside
    Chinese or Japanese text, or a full-width colon followed by a space."""
    read = CODE.sub(lambda code: "x" * len(code.group()), text)
    return [found.span() for found in re.finditer(r":[ \t]*|：[ \t]+", read)
            if (_spaced(read, found) if found.group()[0] == "："
                else _in_running_text(read, found.start()))]


def _spaced(text: str, found: re.Match) -> bool:
    """Whether a full-width colon is followed by one space and then Chinese or Japanese
    words (more spaces align the values of a command-line report, and stay)."""
    after = text[found.end():].lstrip(MARKUP)[:1]
    return len(found.group()) == 2 and _wide(after)


def colon_slips(text: str) -> list[str]:
    """The slips of :func:`colon_slip_spans`, each shown with the text around it."""
    return [text[max(start - 12, 0):end + 12].replace("\n", " ")
            for start, end in colon_slip_spans(text)]


def _translations(catalogue) -> list[str]:
    texts = []
    for message in ET.parse(catalogue).iter("message"):
        translation = message.find("translation")
        texts += [f.text or "" for f in translation.iter("numerusform")] or \
            [translation.text or ""]
    return texts


def test_the_rule_reads_colons_as_intended():
    assert colon_slips("ファイル: モデル") and colon_slips("文件: 名称")
    assert colon_slips("**注意**: モデル") and colon_slips("行 {row}: {problem}")
    assert colon_slips("ファイル： モデル") and colon_slips("<b>注意</b>: x")
    assert not colon_slips("ファイル：モデル") and not colon_slips("{key}: {problem}")
    assert not colon_slips("**About**: モデル") and not colon_slips("{path}: 書き込めません")
    assert not colon_slips("12:30、`windtunnel: 実行`、{value:.2f} 件")
    assert not colon_slips("--out FILE: a file") and not colon_slips("項目：\n次の行")
    assert not colon_slips("tcp://主机:8786") and not colon_slips("http://例え.jp")
    assert not colon_slips("  标题：      {title}") and not colon_slips("（< > : | ?）")


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: p.name)
def test_the_catalogues_write_colons_full_width_in_running_text(catalogue):
    assert [slip for text in _translations(catalogue) for slip in colon_slips(text)] == []


@pytest.mark.parametrize("page", HELP_PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_help_writes_colons_full_width_in_running_text(page):
    assert colon_slips(page.read_text(encoding="utf-8")) == []


def test_a_japanese_notes_kind_ends_at_its_full_width_colon():
    """Notes many maps share are summarised by kind, the text before the colon: with the
    Japanese notes' colons full-width, each note made a kind of its own."""
    from windtunnel.io.map_notes import note_kind

    assert note_kind("重みを読めません：セル B3 は空") == note_kind("重みを読めません：セル C9 は文字")
    assert note_kind("unreadable weight: cell B3") == note_kind("unreadable weight: cell C9")
