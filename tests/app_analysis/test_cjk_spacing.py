"""The scorecard and the reasons of Why? in Chinese and Japanese: no space between two words
of those scripts where a translation's template put one around a name, a space kept beside
a Latin name."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

import pytest
from windtunnel.app.analysis.scorecard import objective_heading
from windtunnel.engine import breakdown
from windtunnel.model import translated
from windtunnel.model.checks import NO_TRANSLATIONS

from .conftest import bundled_in, settle


def _wide(character: str) -> bool:
    return unicodedata.east_asian_width(character) in "WF"


def _spaces_between_wide(text: str) -> list[str]:
    """Each space with a Chinese or Japanese character (or full-width punctuation) on both
    sides, shown with its neighbours."""
    return [text[max(0, m.start() - 3):m.end() + 3] for m in re.finditer("[ \xa0]", text)
            if 0 < m.start() < len(text) - 1
            and _wide(text[m.start() - 1]) and _wide(text[m.start() + 1])]


@pytest.mark.parametrize("tag, latin", [
    ("ja", "\uff08Misuse risk \u3092 0.1 \u4ee5\u4e0a"),
    ("zh-CN", "\uff08\u4f7f Misuse risk \u81f3\u5c11\u964d\u4f4e 0.1\uff0c"),
    ("zh-HK", "\uff08\u4f7f Misuse risk \u81f3\u5c11\u964d\u4f4e 0.1\uff0c"),
])
def test_scorecard_and_reasons_put_no_space_between_cjk_words(tag, latin, workspace, qtbot):
    with bundled_in(workspace, qtbot, tag) as (window, analysis):
        settle(qtbot, analysis)
        scorecard, model = analysis.results_panel.scorecard, window.document.model
        scorecard.refresh()
        table = scorecard.table
        assert table.rowCount() > 1
        texts = []
        for r, objective in enumerate(model.objectives):
            heading = objective_heading(objective, model)
            node = translated(model.node(objective.node))
            assert node in heading and _wide(node[0]) and _wide(node[-1])
            texts.append(heading)
            texts.append(table.item(r, 0).toolTip())
        found = breakdown(model, "whack-a-mole", "misuse-risk")       # reasons via nodes
        texts += [r.text for r in (*found.reasons, found.rest)] + list(found.lever_labels)
        assert any("\u7d4c\u7531" in t or "\u7ecf\u7531" in t or "\u7d93\u7531" in t
                   for t in texts)                       # "via" a node, in each language
        assert [s for text in texts for s in _spaces_between_wide(text)] == []
        # a name in Latin letters (a node the model does not translate) keeps its spaces
        objective = next(o for o in model.objectives if o.direction == "decrease")
        node = model.node(objective.node)
        model.update_node(node.id, translations=NO_TRANSLATIONS)
        heading = objective_heading(replace(objective, threshold=0.1), model)
        assert latin.replace("Misuse risk", node.label) in heading


@pytest.mark.parametrize("tag", ["ja", "zh-CN", "zh-HK"])
def test_the_why_heading_puts_no_space_between_cjk_words_and_bold_names(tag, workspace,
                                                                        qtbot):
    """The heading's template spaces its bold names for Latin ones (``为什么 <b>{node}</b>
    在``); between Chinese or Japanese words the spaces go, the tags stay."""
    with bundled_in(workspace, qtbot, tag) as (window, analysis):
        settle(qtbot, analysis)
        why = analysis.results_panel.why
        analysis.results_panel.show_tab("why")
        window.scene.select(["misuse-risk"])
        qtbot.waitUntil(lambda: why.breakdown is not None, timeout=20_000)
        heading = why.heading.text()
        label = translated(window.document.model.node("misuse-risk"))
        assert f"<b>{label}</b>" in heading and _wide(label[0]) and _wide(label[-1])
        plain = re.sub("<[^>]*>", "", heading)
        assert _spaces_between_wide(plain) == [], plain
