"""The PDF brief speaks the chosen language: its own headings, table header, captions and
footer are translated, no English heading is left, the CJK fonts are embedded, and its
text reads back exactly (one language after another in the same process)."""

from __future__ import annotations

import io
import re

import pytest
from PySide6.QtWidgets import QApplication

from windtunnel.app.analysis.controller import refreshes_pending
from windtunnel.app.document import Document
from windtunnel.app.fonts import font_families
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
    "zh-HK": ["最後一步變化最大的節點", "目標", "變化的原因", "變化最大的節點隨時間的走勢",
              "分歧最大的邊", "相對基線的變化", "參與者分歧所在", "槓桿：", "得分",
              "模糊認知圖"],
}
#: How the heading of each explained outcome ends, in each language: said whole (on a
#: second line when it is long), never cut.
WHY_ENDS = {"ja": "個の理由で説明", "zh-CN": "个原因解释", "zh-HK": "個原因解釋"}
#: What a text layer must not give back: radicals, strokes and ligatures standing for the
#: characters drawn, control codes for unmapped glyphs.
STAND_INS = re.compile("[\x00-\x08\x0b-\x1f\u2e80-\u2fdf\u31c0-\u31ef\ufb00-\ufb06]")


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
    return "\n".join(page.extract_text() for page in reader.pages), fonts


def test_the_english_brief_shows_its_own_words(window, qtbot):
    """The baseline for the checks below: the words looked for are on the English brief."""
    from windtunnel.app.analysis.brief import brief_pdf_bytes

    snapshot, why = _snapshot(window, qtbot)
    text, _ = _text(brief_pdf_bytes(snapshot, why))
    flat = " ".join(text.split())
    for words in ENGLISH:
        assert words in flat, words


@pytest.mark.parametrize("tag", ["ja", pytest.param("zh-CN", marks=pytest.mark.slow),
                                 pytest.param("zh-HK", marks=pytest.mark.slow)])
def test_the_brief_speaks_the_chosen_language(tag, window, qtbot, english_afterwards):
    from windtunnel.app.analysis.brief import brief_pdf_bytes

    assert apply_language(tag)
    snapshot, why = _snapshot(window, qtbot)
    data = brief_pdf_bytes(snapshot, why)
    assert len(data) < 600_000          # the map's CJK labels are text of subset fonts
    text, fonts = _text(data)
    flat = "".join(text.split())
    assert not STAND_INS.findall(text), (tag, sorted(set(STAND_INS.findall(text))))
    title = QApplication.translate("Brief", "{title}: {scenario}").format(   # the model's
        title=snapshot.results.title, scenario=snapshot.result.label)       # own text
    assert "".join(title.split()) in flat, (tag, title)
    for words in TRANSLATED[tag]:
        assert "".join(words.split()) in flat, (tag, words)
    assert flat.count(WHY_ENDS[tag]) == len(why) == 2, tag
    spaced = " ".join(text.split())
    left = [words for words in ENGLISH if words in spaced]
    assert not left, (tag, left)
    # the Han characters are drawn in the language's own regional font
    regional = "".join(font_families(tag)[1].split()).lower()
    assert any(regional in str(f["/BaseFont"]).lower() for f in fonts), (tag, regional)
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
    assert "シナリオのストーリー" in flat and "保持" in flat
    assert "\uff1aレバー" in flat and ": レバー" not in text   # the title's full-width colon
    assert "the story of a scenario" not in text and "held at" not in text


def test_the_participants_page_names_the_time_unit_in_the_chosen_language(
        window, qtbot, english_afterwards):
    """The participants' page says "48 か月目" as the first page does, not the model's own
    "month" inside a Japanese sentence."""
    from windtunnel.app.analysis.brief import brief_pdf_bytes

    assert apply_language("ja")
    snapshot, why = _snapshot(window, qtbot)
    assert snapshot.model.settings.time_unit == "month"
    assert snapshot.results.settings.time_unit == "か月"
    text, _ = _text(brief_pdf_bytes(snapshot, why))
    assert "month" not in text
    assert "".join(text.split()).count("月目") >= 3   # both pages' map scales, the subtitle
