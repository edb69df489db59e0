"""The text layer of the PDFs Qt writes, made to read back as the characters drawn.

Qt's PDF writer embeds each font as a subset with a ToUnicode map (what a reader copies,
searches and extracts for each glyph), which it builds by asking the font which code
point gives each glyph, keeping the lowest. A CJK font draws an ideograph and its radical
with one glyph (人 and the Kangxi radical ⼈, U+4EBA and U+2F08; 风 and ⻛), and the
space with the tab's glyph, so a reader extracts the radical instead of the ideograph (a
search for 人 fails) and tabs instead of spaces; a Latin ligature glyph reads as the
ligature character (ﬁ).

:func:`readable_text_layer` rewrites those entries of every ToUnicode map in the file: a
radical or stroke reads as the ideograph the same font draws with that glyph (the one
the page shows), a ligature as its letters, a tab as a space. Only the maps change (each
stream's length and the cross-reference offsets with them); the pages, fonts and glyphs
stay byte for byte.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

__all__ = ["readable_text_layer", "reading_of", "glyph_twins"]

#: Characters that share their glyph with an ideograph, which they are then taken for:
#: CJK Radicals Supplement, Kangxi Radicals, CJK Strokes.
_STAND_INS = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF), (0x31C0, 0x31EF))
#: The ideographs they stand for: CJK Unified Ideographs and its Extension A.
_IDEOGRAPHS = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF))
#: Latin ligatures (Alphabetic Presentation Forms), read as their letters.
_LIGATURES = (0xFB00, 0xFB06)
#: Layout characters that share the space's glyph.
_SPACES = {0x09, 0x0A, 0x0D}

_OBJECT = rb"(\d+) 0 obj\s*"
_CMAP = re.compile(_OBJECT + rb"<<\s*/Length (\d+)\s*>>\s*stream\r?\n(?=/CIDInit )")
_FONT = re.compile(rb"/BaseFont /([^\s/]+)[^>]*?/ToUnicode (\d+) 0 R")
_RANGE = re.compile(rb"(beginbfrange\s*)(.*?)(\s*endbfrange)", re.S)
_CHARS = re.compile(rb"(beginbfchar\s*)(.*?)(\s*endbfchar)", re.S)
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")


def _within(code: int, *blocks: tuple[int, int]) -> bool:
    return any(low <= code <= high for low, high in blocks)


@functools.cache
def glyph_twins(base_font: str) -> dict[str, str]:
    """For the installed font a PDF names ``base_font`` ("NotoSansCJKsc-Bold": its
    family's name without spaces, then the style), each radical or stroke it draws with
    an ideograph's glyph, and that ideograph; empty for a font not found here."""
    name = base_font.split("+")[-1].split("-")[0].lower()
    family = next((f for f in QFontDatabase.families()
                   if "".join(f.split()).lower() == name), None)
    if family is None:
        return {}
    raw = QRawFont.fromFont(QFont(family))
    ideographs = "".join(chr(c) for low, high in _IDEOGRAPHS for c in range(low, high + 1))
    drawn = {}
    for char, glyph in zip(ideographs, raw.glyphIndexesForString(ideographs)):
        if glyph:
            drawn.setdefault(glyph, char)
    stand_ins = "".join(chr(c) for low, high in _STAND_INS for c in range(low, high + 1))
    return {char: drawn[glyph] for char, glyph
            in zip(stand_ins, raw.glyphIndexesForString(stand_ins)) if glyph in drawn}


def reading_of(text: str, twins: dict[str, str] | None = None) -> str:
    """What a reader should take a glyph mapped to ``text`` for: the ideograph a radical
    or stroke stands for (``twins``, :func:`glyph_twins` of its font, else Unicode's
    compatibility mapping), a ligature's letters, a space for a tab."""
    if len(text) != 1:
        return text
    code = ord(text)
    if code in _SPACES:
        return " "
    if _within(code, *_STAND_INS):
        return (twins or {}).get(text) or unicodedata.normalize("NFKC", text)
    if _within(code, _LIGATURES):
        return unicodedata.normalize("NFKC", text)
    return text


def _read_map(cmap: bytes, twins: dict[str, str]) -> bytes:
    """A ToUnicode map with each destination read: the entries of a bfrange's array, a
    one-code bfrange's destination, a bfchar's second code."""
    def destination(match: re.Match) -> bytes:
        text = bytes.fromhex(match.group(1).decode("ascii")).decode("utf-16-be", "replace")
        read = reading_of(text, twins)
        if read == text:
            return match.group(0)
        return b"<" + read.encode("utf-16-be").hex().upper().encode("ascii") + b">"

    def ranges(body: bytes) -> bytes:
        lines = []
        for line in body.split(b"\n"):
            head, bracket, tail = line.partition(b"[")
            codes = _HEX.findall(head)
            if bracket:
                line = head + bracket + _HEX.sub(destination, tail)
            elif len(codes) == 3 and codes[0] == codes[1]:   # a wider range counts up
                start = line.rfind(b"<")
                line = line[:start] + _HEX.sub(destination, line[start:])
            lines.append(line)
        return b"\n".join(lines)

    def chars(body: bytes) -> bytes:
        lines = []
        for line in body.split(b"\n"):
            start = line.find(b">") + 1
            lines.append(line[:start] + _HEX.sub(destination, line[start:]) if start else line)
        return b"\n".join(lines)

    cmap = _RANGE.sub(lambda m: m.group(1) + ranges(m.group(2)) + m.group(3), cmap)
    return _CHARS.sub(lambda m: m.group(1) + chars(m.group(2)) + m.group(3), cmap)


def readable_text_layer(data: bytes) -> bytes:
    """``data`` (a PDF as Qt writes it: uncompressed ToUnicode maps, one cross-reference
    table) with its ToUnicode maps read as :func:`reading_of` says; ``data`` unchanged
    when none needs it, when its cross-reference table is not where it says, or when
    anything in it is not as Qt writes it: the text layer is an improvement, never a
    reason for an export to fail."""
    try:
        return _rewritten(data)
    except (ValueError, IndexError, KeyError, OverflowError, UnicodeError):
        return data


def _rewritten(data: bytes) -> bytes:
    fonts = {int(number): name.decode("latin-1") for name, number in _FONT.findall(data)}
    edits = []                                  # (start, end, replacement) in ``data``
    for match in _CMAP.finditer(data):
        start = match.end()
        length = int(match.group(2))
        if not data[start + length:].lstrip(b"\r\n").startswith(b"endstream"):
            return data                         # the stated length is not the stream's
        body = data[start:start + length]
        read = _read_map(body, glyph_twins(fonts.get(int(match.group(1)), "")))
        if read != body:
            edits.append((match.start(2), match.end(2), str(len(read)).encode("ascii")))
            edits.append((start, start + len(body), read))
    startxref = data.rfind(b"startxref")
    found = re.match(rb"startxref\s+(\d+)", data[startxref:]) if startxref >= 0 else None
    table = int(found.group(1)) if found else -1
    if not edits or not data.startswith(b"xref", table):
        return data

    def moved(offset: int) -> int:
        return offset + sum(len(new) - (end - start) for start, end, new in edits
                            if end <= offset)

    out, at = [], 0
    for start, end, new in edits:
        out += [data[at:start], new]
        at = end
    out.append(data[at:table])
    out.append(re.sub(rb"(?m)^(\d{10}) (\d{5}) n",
                      lambda m: b"%010d %s n" % (moved(int(m.group(1))), m.group(2)),
                      data[table:startxref]))
    out += [b"startxref\n%d" % moved(table), data[startxref + found.end():]]
    return b"".join(out)
