"""The PDF brief speaks the chosen language: its own headings, table header, captions and
footer are translated, no English heading is left, and the CJK fonts are embedded."""

from __future__ import annotations

import io
import unicodedata

import pytest
from PySide6.QtWidgets import QApplication

from windtunnel.app.analysis.controller import refreshes_pending
from windtunnel.app.document import Document
from windtunnel.app.translations import apply_language
from windtunnel.model import load
from windtunnel.paths import bundled_model

pypdf = pytest.importorskip("pypdf")

VOICES = "ai-export-controls-2026-voices.wtm"

#: What the brief paints of its own in English (headings, captions, the table's header).
ENGLISH = ["Largest changes at the last step", "Objectives", "Why they changed",
           "Most changed nodes over time", "The edges they disagree on most",
           "Change from baseline", "where the participants disagree", "Levers:",
           "Score (importance-weighted", "Node", "Baseline", "fuzzy-cognitive-map",
           "participants", "rated", "held at", "reasons"]

#: The same, as the translations say it (each a word or phrase the page must show).
TRANSLATED = {
    "ja": ["最後のステップで最も変化したノード", "目標", "変化の理由", "最も変化したノードの推移",
           "意見が最も分かれるエッジ", "ベースラインからの変化", "参加者の意見が分かれるところ",
           "レバー：", "スコア", "ファジィ認知マップ"],
    "zh-CN": ["最后一步变化最大的节点", "目标", "变化的原因", "变化最大的节点随时间的走势",
              "分歧最大的边", "相对基线的变化", "参与者分歧所在", "杠杆：", "得分",
              "模糊认知图"],
}


@pytest.fixture
def english_afterwards(qapp):
    yield
    apply_language("en")


def _snapshot(window, qtbot):
    from windtunnel.app.analysis.brief import brief_breakdowns

    model = load(bundled_model(VOICES))
    window.set_document(Document(model))
    QApplication.processEvents()
    analysis = window.extensions["analysis"]
    analysis.session.set_scenario("whack-a-mole")        # its objectives move: a "why"
    qtbot.waitUntil(lambda: analysis.controller.idle and not refreshes_pending(), timeout=10000)
    snapshot = analysis.session.snapshot()
    snapshot = snapshot.at(step=snapshot.last_step)
    return snapshot, brief_breakdowns(snapshot)


def _text(data: bytes) -> tuple[str, list]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    fonts = [f.get_object() for page in reader.pages
             for f in page["/Resources"]["/Font"].values()]
    # Qt's ToUnicode maps give some CJK characters as their Kangxi radicals (口 as ⼝) and
    # "fi" as a ligature: NFKC gives the ordinary characters back
    text = unicodedata.normalize(
        "NFKC", "\n".join(page.extract_text() for page in reader.pages))
    return text, fonts


def test_the_english_brief_shows_its_own_words(window, qtbot):
    """The baseline for the checks below: the words looked for are on the English brief."""
    from windtunnel.app.analysis.brief import brief_pdf_bytes

    snapshot, why = _snapshot(window, qtbot)
    text, _ = _text(brief_pdf_bytes(snapshot, why))
    flat = " ".join(text.split())
    for words in ENGLISH:
        assert words in flat, words


#: A known defect, not a passed check: in the Simplified Chinese brief some characters'
#: glyphs have no entry in the ToUnicode map Qt's PDF writer makes for the embedded CJK
#: font subset, so a PDF reader extracts them as control codes (the page itself renders
#: right; copying or searching those characters fails). Until that is solved, the
#: zh-CN text check cannot read the page back.
ZH_CN_TEXT_LAYER = pytest.mark.xfail(
    reason="Qt's PDF ToUnicode map lacks some Simplified Chinese glyphs", strict=False)


@pytest.mark.parametrize("tag", ["ja", pytest.param("zh-CN", marks=[ZH_CN_TEXT_LAYER,
                                                                    pytest.mark.slow])])
def test_the_brief_speaks_the_chosen_language(tag, window, qtbot, english_afterwards):
    from windtunnel.app.analysis.brief import brief_pdf_bytes

    assert apply_language(tag)
    snapshot, why = _snapshot(window, qtbot)
    text, fonts = _text(brief_pdf_bytes(snapshot, why))
    flat = "".join(text.split())
    for words in TRANSLATED[tag]:
        assert unicodedata.normalize("NFKC", "".join(words.split())) in flat, (tag, words)
    spaced = " ".join(text.split())
    left = [words for words in ENGLISH if words in spaced]
    assert not left, (tag, left)
    assert any("CJK" in str(f["/BaseFont"]) for f in fonts)
    for font in fonts:                                    # every font is embedded
        descriptors = ([d.get_object()["/FontDescriptor"] for d in font["/DescendantFonts"]]
                       if "/DescendantFonts" in font else [font["/FontDescriptor"]])
        for descriptor in descriptors:
            assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor.get_object())


def test_the_story_pages_speak_the_chosen_language(window, qtbot, english_afterwards):
    from windtunnel.app.analysis.story_export import story_pdf_bytes
    from windtunnel.session.story import tell

    assert apply_language("ja")
    snapshot, _ = _snapshot(window, qtbot)
    chapters = tell(snapshot)
    assert chapters[0].title == "レバー" and "保持" in chapters[0].text + "パルス"
    text, _ = _text(story_pdf_bytes(snapshot, chapters))
    flat = "".join(text.split())
    assert "シナリオのストーリー" in flat and "保持" in flat     # (the map's scale is a picture)
    assert "the story of a scenario" not in text and "held at" not in text
