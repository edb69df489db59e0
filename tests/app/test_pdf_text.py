"""The PDFs' text layer reads back as the characters drawn: Qt's ToUnicode maps give some
ideographs as their Kangxi radicals, spaces as tabs and ligatures as one character;
readable_text_layer rewrites those entries and keeps the file whole."""

from __future__ import annotations

import io
import re

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF
from PySide6.QtGui import QFont, QPainter, QPdfWriter

from windtunnel.app.analysis.pdf_text import glyph_twins, readable_text_layer, reading_of
from windtunnel.app.fonts import font_families, language_font

pypdf = pytest.importorskip("pypdf")

#: Ideographs whose glyph CJK fonts share with a radical (人 ⼈, 工 ⼯, 口 ⼝, 一 ⼀, 大 ⼤,
#: 风 ⻛, 青 ⻘), a space between them, and the "fi" a Latin font draws as one ligature.
TEXT = {"zh-CN": "人工智能出口管制 最后一步变化最大的节点 滥用风险 financial",
        "zh-HK": "人工智能出口管制 最後一步變化最大的節點 financial",
        "ja": "人工知能の輸出管理 最後の一歩 青信号 financial"}


def _qt_pdf(tag: str) -> bytes:
    """A page of ``TEXT[tag]`` as Qt's PDF writer writes it."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    writer = QPdfWriter(buffer)
    painter = QPainter(writer)
    font = QFont()
    font.setPointSize(12)
    painter.setFont(language_font(font, tag))
    painter.drawText(QPointF(100, 200), TEXT[tag])
    painter.end()
    buffer.close()
    return bytes(data)


def _extracted(data: bytes) -> str:
    return pypdf.PdfReader(io.BytesIO(data), strict=True).pages[0].extract_text()


def test_reading_of_gives_the_character_a_stand_in_is_for():
    assert reading_of("\u2f08") == "人" and reading_of("\u2f1d") == "口"     # Kangxi radicals
    assert reading_of("\ufb01") == "fi" and reading_of("\t") == " "
    assert reading_of("\u2edb") == "\u2edb"            # no compatibility mapping: kept...
    assert reading_of("\u2edb", {"\u2edb": "风"}) == "风"   # ...unless its font shares a glyph
    for kept in ("人", "（", "，", "½", "Ａ", "ｶ", "fi", "\uf900"):   # as drawn
        assert reading_of(kept) == kept


def test_a_radical_reads_as_the_ideograph_its_font_draws_with_the_same_glyph(qapp):
    family = font_families("zh-CN")[1]
    twins = glyph_twins("".join(family.split()) + "-Bold")
    assert twins["\u2edb"] == "风" and twins["\u2f08"] == "人"
    assert all("\u4e00" <= ideograph <= "\u9fff" or "\u3400" <= ideograph <= "\u4dbf"
               for ideograph in twins.values())
    assert glyph_twins("NoSuchFont-Regular") == {}


@pytest.mark.parametrize("tag", ["zh-CN", "zh-HK", "ja"])
def test_the_text_layer_reads_back_exactly(qapp, tag):
    raw = _qt_pdf(tag)
    words = TEXT[tag].split()
    assert not all(word in _extracted(raw) for word in words)     # what Qt alone gives
    fixed = readable_text_layer(raw)
    text = _extracted(fixed)
    # (a reader breaks the line where Qt starts a new run: kana after kanji)
    assert "".join(text.split()) == "".join(TEXT[tag].split()), text
    assert not re.search("[\t\u2e80-\u2fdf\u31c0-\u31ef\ufb00-\ufb06]", text)


def test_only_the_maps_change_and_every_object_is_where_the_table_says(qapp):
    raw = _qt_pdf("zh-CN")
    fixed = readable_text_layer(raw)
    assert fixed != raw
    # outside the ToUnicode maps, the text runs and everything else are byte for byte
    strip = re.compile(rb"/CIDInit.*?endstream|/Length \d+|\d{10} \d{5} [nf]|startxref\s+\d+",
                       re.S)
    assert strip.sub(b"", fixed) == strip.sub(b"", raw)
    table = int(re.search(rb"startxref\s+(\d+)", fixed).group(1))
    assert fixed.startswith(b"xref", table)
    entries = re.findall(rb"(\d{10}) \d{5} n", fixed[table:])
    assert entries
    for number, offset in enumerate(entries, start=1):
        assert fixed.startswith(b"%d 0 obj" % number, int(offset))
    for stream in re.finditer(rb"/Length (\d+)\s*>>\s*stream\r?\n", fixed):
        end = stream.end() + int(stream.group(1))        # every stream is as long as it says
        assert fixed[end:].lstrip().startswith(b"endstream")


def test_a_pdf_with_nothing_to_read_again_is_left_alone(qapp):
    fixed = readable_text_layer(_qt_pdf("ja"))
    assert readable_text_layer(fixed) == fixed
    assert readable_text_layer(b"%PDF-1.4 not from Qt") == b"%PDF-1.4 not from Qt"


def test_a_map_not_as_qt_writes_it_leaves_the_pdf_as_it_came(qapp):
    raw = _qt_pdf("zh-CN")
    odd = re.sub(rb"\[<([0-9a-fA-F]+)>", lambda m: b"[<" + m.group(1)[:-1] + b">", raw,
                 count=1)
    assert odd != raw                              # an odd-length destination
    assert readable_text_layer(odd) == odd
    long = re.sub(rb"/Length (\d+)(\s*>>\s*stream\r?\n/CIDInit)",
                  lambda m: b"/Length %d%s" % (int(m.group(1)) + 7, m.group(2)), raw, count=1)
    assert long != raw                             # a map whose stated length is wrong
    assert readable_text_layer(long) == long
