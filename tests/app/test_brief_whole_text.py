"""The brief's scorecard and "why" section print their text whole in every language: a
long objective's row, and a reason's route with its rest, go on over more lines rather
than ending in "…" (only the column's foot may cut them)."""

from __future__ import annotations

import io

import pytest
import pypdf

from windtunnel.app.analysis.brief import brief_breakdowns, brief_pdf_bytes
from windtunnel.app.translations import apply_language
from windtunnel.model import load
from windtunnel.model.translations import Translations
from windtunnel.paths import bundled_model

from .brief_pages import snapshot_of

#: An objective's name too long for one line of the scorecard, in each language.
LONG = {"en": "Keep the access of restricted actors to frontier model weights and to cloud "
              "compute as low as the export rules intend, in every channel",
        "ja": "規制対象の主体による最先端モデルの重みとクラウド計算資源へのアクセスを、すべての"
              "経路で輸出規則が意図する水準まで低く抑える",
        "zh-CN": "在所有渠道中把受限行为体获取前沿模型权重和云计算资源的途径压低到出口规则所预期的水平",
        "zh-HK": "在所有渠道中把受限行為體獲取前沿模型權重和雲端運算資源的途徑壓低到出口規則所預期的水平"}
#: Where the "why" section starts and where the chart after it starts, in the page's text.
SECTIONS = {"en": ("Why they changed", "Most changed nodes"),
            "ja": ("変化の理由", "最も変化したノードの推移"),
            "zh-CN": ("变化的原因", "变化最大的节点随时间的走势"),
            "zh-HK": ("變化的原因", "變化最大的節點隨時間的走勢")}


@pytest.fixture
def english_afterwards(qapp):
    yield
    apply_language("en")


@pytest.mark.parametrize("tag", list(LONG))
def test_a_long_objective_and_a_long_reason_print_whole(tag, window, qtbot,
                                                        english_afterwards):
    assert apply_language(tag)
    model = load(bundled_model())
    model.update("objective", "limit-restricted-access", label=LONG["en"],
                 translations=Translations(tuple((language, "label", LONG[language])
                                                 for language in ("ja", "zh-CN", "zh-HK"))))
    snapshot = snapshot_of(window, qtbot, model, "access-suspension")
    data = brief_pdf_bytes(snapshot, brief_breakdowns(snapshot))
    text = "".join(pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text().split())
    assert "".join(LONG[tag].split()) in text                   # the row, over two lines
    start, end = ("".join(heading.split()) for heading in SECTIONS[tag])
    why = text[text.index(start):text.index(end)]
    assert "\u2026" not in why, why
    assert why.count("\u2192") >= 2         # a route of three nodes, one over four lines
