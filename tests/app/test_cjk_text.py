"""Chinese and Japanese text renders: each language's fonts come first with the other
regions' as fallbacks, every translated string, help page and bundled model's
translation has a glyph in them (no missing-glyph boxes), labels wrap between CJK characters, and the PDF and SVG exports keep the text."""

from __future__ import annotations

import io
import json
import re
from dataclasses import replace
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QBuffer, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import (QFont, QFontDatabase, QFontInfo, QFontMetrics, QFontMetricsF,
                           QPainter, QTextLayout)

from windtunnel.app.canvas.label_text import shown as _shown
from windtunnel.app.canvas.node_item import NODE_WIDTH, NodeItem, node_rect, shown_label
from windtunnel.app.canvas.wrapping import line_starts, widest_word
from windtunnel.app.canvas.style import node_font
from windtunnel.app.fonts import REGION_FAMILIES, font_families, language_font
from windtunnel.model import Translations, load, translated
from windtunnel.paths import bundled_model

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LABEL_ZH = "香港作为人工智能治理中立枢纽的可信度与出口管制的相互作用"
LABEL_JA = "東京と北京の研究所における輸出管理の影響、そして規制の抜け穴を塞ぐ試み"


def _tag(ts: Path) -> str:
    """The language of a catalogue from its name: core_zh_HK.ts -> zh-HK."""
    return re.search(r"_(zh_CN|zh_HK|ja)\.ts$", ts.name).group(1).replace("_", "-")


def _translations(ts: Path) -> list[str]:
    return [t.text for t in ET.parse(ts).getroot().iter("translation") if t.text]


def missing_glyphs(text: str, families: list[str]) -> set[str]:
    """Characters of ``text`` that none of ``families`` can draw (whitespace aside).
    (QFontMetrics.inFontUcs4 asks the family's own character map; QRawFont's
    supportsCharacter answers wrongly for part of Noto Sans CJK's.)"""
    fonts = [QFontMetrics(QFont(family)) for family in families]
    return {ch for ch in set(text) if not ch.isspace()
            and not any(f.inFontUcs4(ord(ch)) for f in fonts)}


@pytest.mark.parametrize("tag, first", [("zh-CN", "SC"), ("zh-HK", "HK"), ("ja", "JP")])
def test_each_language_puts_its_own_regional_font_first(qapp, tag, first):
    families = font_families(tag)
    assert families[0] == QFontInfo(QFont()).family()   # Latin text keeps the app's font
    cjk = families[1:]
    assert cjk, "no CJK font installed (Linux: Debian's fonts-noto-cjk)"
    assert cjk[0] in REGION_FAMILIES[tag]
    assert first in cjk[0] or cjk[0].startswith(("Microsoft", "PingFang", "Yu ", "Meiryo",
                                                 "Hiragino"))
    assert set(cjk) <= set(QFontDatabase.families())
    assert len(cjk) == len(set(cjk))


def _han_drawn_in(font: QFont) -> list[str]:
    """The families Qt really draws "人工" with in ``font`` (after its fallbacks)."""
    layout = QTextLayout("人工", font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [run.rawFont().familyName() for run in layout.glyphRuns()]


def test_each_language_draws_han_in_its_own_font_after_another_language(qapp):
    """The regions' lists differ only in their order, which Qt's font cache alone does not
    tell apart: without each list's own mark, Chinese drawn after Japanese would take
    Japanese glyph shapes (and a PDF written then, unreadable text)."""
    for tag in ("ja", "zh-CN", "zh-HK", "ja", "zh-CN"):
        font = language_font(QFont(), tag)
        assert _han_drawn_in(font) == [font_families(tag)[1]], tag


def test_language_font_keeps_size_and_weight(qapp):
    base = QFont()
    base.setPointSizeF(13.5)
    base.setBold(True)
    font = language_font(base, "ja")
    assert font.pointSizeF() == 13.5 and font.bold()
    assert font.families() == font_families("ja", base=QFontInfo(base).family())
    for text in ("Access ban", "出口管制"):      # Latin keeps its look; CJK gets its font
        assert QFontMetricsF(font).horizontalAdvance(text) == \
            QFontMetricsF(base).horizontalAdvance(text) or not text.isascii()
    assert QFontMetricsF(font).height() == QFontMetricsF(base).height()


#: Every catalogue in a Chinese or Japanese language (windtunnel_en.ts holds only English
#: plural forms).
CATALOGUES = sorted(ts for ts in TRANSLATIONS.glob("*.ts") if not ts.stem.endswith("_en"))


def test_there_are_catalogues_to_check():
    assert {_tag(ts) for ts in CATALOGUES} == {"zh-CN", "zh-HK", "ja"}


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.stem)
def test_every_translated_string_has_glyphs_in_the_fonts_the_app_selects(qapp, ts):
    families = font_families(_tag(ts))
    texts = _translations(ts)
    assert texts
    missing = missing_glyphs("".join(texts), families)
    assert not missing, f"{ts.name}: no glyph in {families} for {sorted(missing)}"


HELP = ROOT / "resources" / "help"


@pytest.mark.parametrize("tag", ["en", "zh-CN", "zh-HK", "ja"])
def test_every_help_page_has_glyphs_in_the_fonts_the_app_selects(qapp, tag):
    pages = sorted((HELP if tag == "en" else HELP / tag).glob("*.md"))
    assert len(pages) == len(list(HELP.glob("*.md")))
    families = font_families(tag)
    for page in pages:
        missing = missing_glyphs(page.read_text(encoding="utf-8"), families)
        assert not missing, f"{tag}/{page.name}: no glyph in {families} for {sorted(missing)}"


def _model_texts(path: Path, tag: str) -> list[str]:
    """Every text a model file carries in language ``tag`` (its elements' and its own
    ``translations``)."""
    texts = []

    def walk(value) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                if key == "translations":
                    texts.extend(inner.get(tag, {}).values())
                else:
                    walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    walk(json.loads(path.read_text(encoding="utf-8")))
    return texts


@pytest.mark.parametrize("tag", ["zh-CN", "zh-HK", "ja"])
def test_every_bundled_models_translation_has_glyphs_in_the_fonts_the_app_selects(qapp, tag):
    from windtunnel.paths import bundled_models

    families = font_families(tag)
    translated = 0
    for path in bundled_models():
        texts = _model_texts(path, tag)
        translated += bool(texts)
        missing = missing_glyphs("".join(texts), families)
        assert not missing, f"{path.name} ({tag}): no glyph in {families} for {sorted(missing)}"
    assert translated >= 2           # the AI export-controls and the teaching model at least


def test_the_glyph_check_finds_a_character_no_font_has(qapp):
    assert missing_glyphs("节点\U0010fffd", font_families("zh-CN")) == {"\U0010fffd"}


def _fits(lines: list[str], font: QFont, width: float) -> bool:
    metrics = QFontMetricsF(font)
    return all(metrics.horizontalAdvance(line) <= width + 0.5 for line in lines)


@pytest.mark.parametrize("label", [LABEL_ZH, LABEL_JA])
def test_a_node_label_without_spaces_wraps_between_characters(qapp, label):
    """The node draws its label with Qt's word wrap, which breaks CJK text between
    characters: the text box is several lines high and no line overflows the node."""
    width = NODE_WIDTH - 18
    metrics = QFontMetricsF(node_font())
    _body, text = node_rect(label)
    assert text.height() >= 2 * metrics.lineSpacing()
    drawn = metrics.boundingRect(QRectF(0, 0, width, 1000),
                                 int(Qt.AlignHCenter | Qt.TextWordWrap), shown_label(label))
    # the box holds every drawn line (CJK lines are taller than the Latin line spacing)
    assert drawn.width() <= width + 0.5 and drawn.height() == pytest.approx(text.height())
    starts = line_starts(label, node_font(), width, 4)
    lines = [label[a:b] for a, b in zip(starts, starts[1:] + [len(label)])]
    assert len(lines) >= 2 and _fits(lines, node_font(), width)
    assert not any(line[0] in "、。）」" for line in lines[1:])   # never before these


def test_a_cjk_label_past_four_lines_ends_in_an_ellipsis(qapp):
    shown = shown_label(LABEL_ZH * 3).split("\n")
    assert len(shown) == 4 and shown[-1].endswith("\u2026")
    assert _fits(shown, node_font(), NODE_WIDTH - 18)
    assert (LABEL_ZH * 3).startswith("".join(shown).rstrip("\u2026"))


def test_map_labels_wrap_cjk_on_two_lines(qapp):
    font = QFont()
    font.setPixelSize(14)
    metrics = QFontMetricsF(font)
    width = metrics.averageCharWidth() * 15
    label = LABEL_ZH * 3                 # more than two lines at any label size
    lines = _shown(label, font, metrics, width)[0].split("\n")
    assert len(lines) == 2 and all(len(line) > 3 for line in lines)
    assert _fits(lines, font, width)
    assert lines[1].endswith("\u2026") and label.startswith(lines[0])
    assert _shown("Export controls", font, metrics, width)[0] == "Export controls"


@pytest.mark.parametrize("size", [11, 14, 22])
def test_a_map_label_on_two_lines_balances_them(qapp, size):
    """Every label of the bundled model, in each language, that takes two lines at a map
    label size: wrapped to the narrowest width that keeps it on two lines (greedy wrapping
    left 外国国民访问禁 / 令), never one character alone, no Latin word broken."""
    font = language_font(tag="zh-CN")
    font.setPixelSize(size)
    metrics = QFontMetricsF(font)
    width = metrics.averageCharWidth() * 15
    model = load(bundled_model())
    labels = {translated(node, language=tag) for node in model.nodes
              for tag in ("en", "zh-CN", "zh-HK", "ja")}
    two_lines = 0
    for label in sorted(labels):
        text, _, count = _shown(label, font, metrics, width)
        lines = text.split("\n")
        if count != 2 or lines[1].endswith("\u2026"):
            continue
        two_lines += 1
        widths = [metrics.horizontalAdvance(line) for line in lines]
        if label.isascii():                     # between words, or after a hyphen
            assert label == " ".join(lines) or (label == "".join(lines)
                                               and lines[0].endswith("-")), lines
        else:
            assert label == "".join(lines) and min(map(len, lines)) > 1, lines
        # the narrowest lines: a pixel narrower, the label would take a third line, or
        # its widest word (エコシステム) would break
        assert len(line_starts(label, font, max(widths) - 1, 2)) > 2 \
            or max(widths) <= widest_word(label, font) + 0.5, lines
    assert two_lines > 10


def test_a_node_label_leaves_no_character_alone_on_its_last_line(qapp):
    """At full size, a node draws its wrapped label (Qt's word wrap at the node's width):
    no label of the bundled model, in any language, ends in a line of one character
    (对美国模型的未满足需 / 求), and every character is drawn."""
    width = NODE_WIDTH - 18
    model = load(bundled_model())
    mended = 0
    for tag in ("en", "zh-CN", "zh-HK", "ja"):
        for node in model.nodes:
            label = translated(node, language=tag)
            shown = shown_label(label)
            drawn = []
            for part in shown.split("\n"):
                starts = line_starts(part, node_font(), width, 8) + [len(part)]
                drawn += [part[a:b].strip() for a, b in zip(starts, starts[1:])]
            if len(drawn) < 2 or shown.endswith("\u2026"):
                continue
            mended += shown != label
            assert "".join(drawn).replace(" ", "") == label.replace(" ", ""), drawn
            assert label.isascii() or min(map(len, drawn)) > 1, (tag, drawn)
            item = NodeItem(replace(node, label=label, translations=Translations()))
            assert item._label == shown, (tag, label)     # what the node paints
    assert mended > 10


def test_the_pdf_embeds_the_fonts_of_its_cjk_text(qapp):
    """Qt's PDF writer embeds the glyphs it draws as font subsets; the page's text
    extracts back (pypdf reads the fonts' ToUnicode maps)."""
    pypdf = pytest.importorskip("pypdf")
    from windtunnel.app.analysis.pages import page_font, pdf_document

    lines = ["情景：出口管制 节点", "情景：出口管制 節點", "シナリオ：輸出管理 ノード"]

    def paint(painter: QPainter, page: QRectF, _number: int) -> None:
        for i, (tag, text) in enumerate(zip(("zh-CN", "zh-HK", "ja"), lines)):
            painter.setFont(language_font(page_font(14), tag))
            painter.drawText(page.adjusted(0, i * 200, 0, 0), int(Qt.AlignLeft), text)

    reader = pypdf.PdfReader(io.BytesIO(pdf_document("CJK", 1, paint)))
    page = reader.pages[0]
    fonts = [f.get_object() for f in page["/Resources"]["/Font"].values()]
    assert fonts
    for font in fonts:
        descriptors = ([d.get_object()["/FontDescriptor"] for d in font["/DescendantFonts"]]
                       if "/DescendantFonts" in font else [font["/FontDescriptor"]])
        for descriptor in descriptors:
            assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor.get_object())
    assert any("CJK" in str(f["/BaseFont"]) for f in fonts)
    text = page.extract_text()
    for word in ("情景", "管制", "节点", "節點", "シナリオ", "ノード", "輸出管理"):
        assert word in text       # (口 too, which Qt's own map gives as the radical ⼝)


@pytest.mark.parametrize("tag, text", [("ja", "輸出管理"), ("zh-CN", "出口管制风险"),
                                       ("zh-HK", "出口管制風險")])
def test_the_svg_keeps_cjk_text_with_the_family_fallback_list(qapp, tag, text):
    from PySide6.QtSvg import QSvgGenerator

    from windtunnel.app.export import _generic_fallback

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(300, 60))
    painter = QPainter(generator)
    painter.setFont(language_font(QFont(), tag))
    painter.drawText(10, 30, text)
    painter.end()
    svg = _generic_fallback(bytes(data)).decode("utf-8")
    assert text in svg
    family = re.search(r'<text[^>]*font-family="([^"]*)"', svg).group(1).split(",")
    assert family[1:-1] == font_families(tag)[1:] and family[-1] == "sans-serif"


def test_the_app_font_follows_the_language(qapp):
    from windtunnel import language
    from windtunnel.app.main import make_application

    app = make_application()
    try:
        language.set_current("zh-HK")
        assert app.font().families()[1:2] == font_families("zh-HK")[1:2]
        assert QFont().families() == app.font().families()       # what the canvas draws with
        language.set_current("ja")
        assert app.font().families()[1:2] == font_families("ja")[1:2]
    finally:
        language.set_current("en")
    assert app.font().families()[1:] == font_families("en")[1:]


def test_the_app_shows_the_cores_messages_through_its_translators(qapp, tmp_path):
    """A load error raised by the Qt-free core reads in the language whose catalogue the
    app has installed (the interface's loader installs every *_<lang>.qm)."""
    import importlib.util

    from PySide6.QtCore import QCoreApplication, QTranslator

    from windtunnel import language
    from windtunnel.app.main import make_application
    from windtunnel.errors import LoadError
    from windtunnel.model import load

    spec = importlib.util.spec_from_file_location("translations",
                                                  ROOT / "build" / "translations.py")
    translations = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(translations)
    qm = translations.compile_catalogues(tmp_path, "core_ja.ts")[0]
    make_application()
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    path = tmp_path / "broken.wtm"
    path.write_text('{"format": "windtunnel-model", "version": 2, "bogus": 1}', encoding="utf-8")
    try:
        with pytest.raises(LoadError) as caught:
            load(path)
        assert "bogus: 既知のキーではありません" in str(caught.value)
    finally:
        QCoreApplication.removeTranslator(translator)
        language.install_catalogue(None)


def test_a_time_axis_counts_the_unit_in_english_and_keeps_a_cjk_unit_as_it_is(qapp):
    from windtunnel.app.formats import time_units
    from windtunnel.app.translations import apply_language

    assert time_units("month") == "months"
    try:
        assert apply_language("ja")
        assert time_units("か月") == "か月"            # no plural "s" after Japanese
    finally:
        apply_language("en")


def test_a_katakana_word_is_never_broken_between_its_letters(qapp):
    """Chinese and Japanese break between any two characters, but a katakana loan word
    (アクセス) cut in two reads as two broken words: it moves whole to the next line, and
    breaks only when it is longer than the line itself."""
    font = language_font(node_font(), "ja")
    metrics = QFontMetricsF(font)
    text = "外国籍者へのアクセス禁止"
    width = metrics.horizontalAdvance("外国籍者へのアク") + 1    # Qt alone cuts アク / セス
    starts = line_starts(text, font, width, 3)
    assert [text[a:b] for a, b in zip(starts, starts[1:] + [len(text)])] == \
        ["外国籍者への", "アクセス禁止"]
    long_word = "ジオフェンシング" * 2
    narrow = metrics.horizontalAdvance("ジオフェ") + 1
    starts = line_starts(long_word, font, narrow, 8)
    lines = [long_word[a:b] for a, b in zip(starts, starts[1:] + [len(long_word)])]
    assert len(lines) > 2 and "".join(lines) == long_word and _fits(lines, font, narrow)


def test_japanese_labels_break_between_phrases_not_inside_words(qapp):
    """Line breaks may fall between any two characters of Japanese, but 海外からの正 /
    規アクセス cuts the word 正規 and 能力に基 / づく管理 cuts 基づく: the bundled model's
    Japanese labels break between phrases (BudouX's), at every width a label wraps to."""
    font = language_font(node_font(), "ja")
    metrics = QFontMetricsF(font)
    for label, phrases in (("海外からの正規アクセス", ["海外からの", "正規アクセス"]),
                           ("正当な利用者の負担", ["正当な", "利用者の", "負担"]),
                           ("能力に基づく管理", ["能力に", "基づく", "管理"])):
        ends = {sum(map(len, phrases[:k])) for k in range(1, len(phrases))}
        widest = max(metrics.horizontalAdvance(p) for p in phrases)
        for width in range(int(widest) + 1, int(metrics.horizontalAdvance(label)) + 1, 3):
            starts = line_starts(label, font, width, 4)
            assert set(starts[1:]) <= ends, (label, width, starts)
        assert widest_word(label, font) == pytest.approx(widest, abs=1.0)


def test_chinese_keeps_breaking_between_characters(qapp):
    """Chinese is set with a break between any two characters: no phrase is kept whole."""
    font = language_font(node_font(), "zh-CN")
    metrics = QFontMetricsF(font)
    assert widest_word("外国公民访问禁令", font) == pytest.approx(
        max(metrics.horizontalAdvance(c) for c in "外国公民访问禁令"), abs=1.0)
