"""A scenario renamed in the original marks its translated names "may be out of date": in
another language the Scenarios list shows a warning sign and says so in the tooltip, and
Mark Translation Reviewed takes the mark away (one undo step)."""

from __future__ import annotations

import pytest

from windtunnel import language
from windtunnel.app.analysis import commands
from windtunnel.model import Translations, needs_review

from .conftest import settle


@pytest.fixture(autouse=True)
def original_language():
    yield
    language.set_current(language.ORIGINAL)


def test_a_renamed_scenario_s_translation_is_flagged_until_reviewed(small, qtbot):
    window, analysis = small
    model, panel, stack = window.document.model, analysis.scenarios_panel, \
        window.document.undo_stack
    model.update("scenario", "strict", translations=Translations.from_dict(
        {"ja": {"label": "厳格な禁止"}}))
    analysis.controller.run_command(commands.rename_scenario(model, "strict", "Total ban"))
    settle(qtbot, analysis)
    assert needs_review(model.scenario("strict"), "label", "ja")
    item = panel.current_item()
    assert item.icon().isNull() and not panel.review_action.isEnabled()     # English
    language.set_current("ja")
    panel.refresh()
    item = panel.current_item()
    assert item.text() == "厳格な禁止" and not item.icon().isNull()
    assert "out of date" in item.toolTip() and panel.review_action.isEnabled()
    edits = stack.count()
    panel.review_action.trigger()
    settle(qtbot, analysis)
    panel.refresh()
    assert not needs_review(model.scenario("strict"), "label", "ja")
    assert stack.count() == edits + 1 and panel.current_item().icon().isNull()
    stack.undo()
    settle(qtbot, analysis)
    panel.refresh()
    assert not panel.current_item().icon().isNull()
