"""A participant still called by the made-up "Participant 1", renamed in Chinese, is
called by the new name in every language (the saved file's original), and may not take an
original name another participant has."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from windtunnel import language
from windtunnel.app.commands import execute
from windtunnel.app.participants_rating import add_participant, rename_participant
from windtunnel.errors import ModelError
from windtunnel.model import Model, Participant, Translations, dumps, translated


@pytest.fixture
def chinese(qapp):
    language.set_current("zh-CN")
    yield
    language.set_current(language.ORIGINAL)


def test_renaming_a_made_up_participant_name_in_chinese_names_them_everywhere(chinese):
    model, stack = Model(), QUndoStack()
    execute(stack, add_participant(model, "Participant 1", shown="参与者 1"))
    (who,) = model.participants
    assert who.label == "Participant 1" and translated(who) == "参与者 1"
    execute(stack, rename_participant(model, who.id, "Zhang Wei"))
    renamed = model.participant(who.id)
    assert renamed.label == "Zhang Wei" and translated(renamed, "label", "en") == "Zhang Wei"
    assert '"Zhang Wei"' in dumps(model) and "参与者 1" not in dumps(model)
    stack.undo()
    assert model.participant(who.id) == who


def test_the_new_original_may_not_be_another_participant_s(chinese):
    model, stack = Model(), QUndoStack()
    model.add_participant(Participant("li", "Li Na", translations=Translations.from_dict(
        {"zh-CN": {"label": "李娜"}})))
    execute(stack, add_participant(model, "Participant 2", shown="参与者 2"))
    made_up = model.participants[-1].id
    with pytest.raises(ModelError, match="already called"):
        execute(stack, rename_participant(model, made_up, "Li Na"))
    assert model.participant(made_up).label == "Participant 2"
