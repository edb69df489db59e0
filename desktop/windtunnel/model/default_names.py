"""Generated names, in the original and every shipped language, moved back where they belong.

The app gives a new element a generated name when none is typed: a participant "Participant
6", a scenario "New scenario", an objective the name its dialog suggests, "Lower Misuse
risk". It is stored in the product's original language as its original and the interface's
wording as that language's translation
(:func:`~windtunnel.model.translations.with_default_name`), so each language reads its own
wording. Before that rule, an element added in Japanese or Chinese kept the interface's
wording ("参加者 6", "新しいシナリオ", "誤用リスクを下げる") as the original, and every other
language read it too.

:func:`english_default_names` (participants), :func:`english_scenario_names` and
:func:`english_objective_names` move such a name back when a file is read (any format
version: a file written by the older rule and saved again since still holds it, so this is
the loader's normalisation rather than a format step): the original becomes the English
name and the old text that language's translation (each language whose interface wrote
that very text: Chinese in China and in Hong Kong both say 新情景). Only a name that is
exactly the interface's wording is moved (a test keeps the wordings here in step with the
catalogues), and only when it takes nothing from anyone: those languages have no
translation of the name yet, and no other element of the kind is already called the
English name in any language.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..lazyimport import compiled_when_used
from .translations import translated

__all__ = ["DEFAULT_PARTICIPANT_NAME", "DEFAULT_PARTICIPANT_NAMES", "DEFAULT_SCENARIO_NAME",
           "DEFAULT_SCENARIO_NAMES", "OBJECTIVE_SUGGESTIONS", "english_default_names",
           "english_scenario_names", "english_objective_names"]

#: The generated name in the product's original language.
DEFAULT_PARTICIPANT_NAME = "Participant {number}"
#: The generated name as each shipped language other than the original words it (the
#: interface's catalogues translate :data:`DEFAULT_PARTICIPANT_NAME` so; a test keeps them
#: in step).
DEFAULT_PARTICIPANT_NAMES = {"ja": "参加者 {number}", "zh-CN": "参与者 {number}",
                             "zh-HK": "參與者 {number}"}
#: A new scenario's name, and the interface's wording of it in each shipped language.
DEFAULT_SCENARIO_NAME = "New scenario"
DEFAULT_SCENARIO_NAMES = {"ja": "新しいシナリオ", "zh-CN": "新情景", "zh-HK": "新情景"}
#: The names the objective dialog suggests, each with the interface's wording of it in
#: each shipped language ({node}: the objective's node as that language names it).
OBJECTIVE_SUGGESTIONS = {
    "Raise {node}": {"ja": "{node}を上げる", "zh-CN": "提高{node}", "zh-HK": "提高{node}"},
    "Lower {node}": {"ja": "{node}を下げる", "zh-CN": "降低{node}", "zh-HK": "降低{node}"},
}


def _pattern(template: str):
    """``template``'s names, its number caught, compiled when a model with participants
    first needs them."""
    before, _, after = template.partition("{number}")
    return compiled_when_used(re.escape(before) + "([1-9][0-9]{0,8})" + re.escape(after))


_PATTERNS = {tag: _pattern(template) for tag, template in DEFAULT_PARTICIPANT_NAMES.items()}


def english_default_names(participants) -> list | None:
    """``participants`` with each generated name stored in a shipped language's wording
    moved to the original language (module docstring); None when none is."""
    def original(participant):
        for tag, pattern in _PATTERNS.items():
            found = pattern().fullmatch(participant.label)
            if found is not None:
                return DEFAULT_PARTICIPANT_NAME.format(number=int(found[1])), [tag]
        return None

    return _moved(participants, original)


def english_scenario_names(scenarios) -> list | None:
    """``scenarios`` with a "New scenario" stored in a shipped language's wording moved to
    the original language (module docstring); None when none is."""
    def original(scenario):
        tags = [tag for tag, text in DEFAULT_SCENARIO_NAMES.items() if scenario.label == text]
        return (DEFAULT_SCENARIO_NAME, tags) if tags else None

    return _moved(scenarios, original)


def english_objective_names(objectives, nodes) -> list | None:
    """``objectives`` with a name the dialog suggested ("Lower {node}", of the objective's
    own node among ``nodes``) stored in a shipped language's wording moved to the original
    language, "Lower " and the node's original label (module docstring); None when none
    is."""
    by_id = {node.id: node for node in nodes}

    def original(objective):
        node = by_id.get(objective.node)
        if node is None:
            return None
        label = objective.label
        for english, wordings in OBJECTIVE_SUGGESTIONS.items():
            tags = [tag for tag, text in wordings.items() if _around(label, text)
                    and label == text.format(node=translated(node, language=tag))]
            if tags:
                return english.format(node=node.label), tags
        return None

    return _moved(objectives, original)


def _around(label: str, template: str) -> bool:
    """Whether ``label`` has ``template``'s words around its ``{node}``: the cheap test
    before the node's name is looked up."""
    before, _, after = template.partition("{node}")
    return label.startswith(before) and label.endswith(after)


def _moved(elements, original) -> list | None:
    """``elements`` with each label for which ``original`` gives (the English name, the
    languages whose wording the label is) moved to the English name, the old label those
    languages' translation, where that takes nothing from anyone (module docstring); None
    when none is moved."""
    found = [(index, original(element)) for index, element in enumerate(elements)]
    found = [(index, english_tags) for index, english_tags in found if english_tags]
    if not found:
        return None
    names = [_names(element) for element in elements]
    out, moved = list(elements), False
    for index, (english, tags) in found:
        element = elements[index]
        if any(element.translations.get(tag, "label") is not None for tag in tags):
            continue
        if any(english.casefold() in mine for k, mine in enumerate(names) if k != index):
            continue
        translations = element.translations
        for tag in tags:
            translations = translations.with_text(tag, "label", element.label)
        out[index] = replace(element, label=english, translations=translations)
        names[index] = _names(out[index])
        moved = True
    return out if moved else None


def _names(element) -> set[str]:
    """``element``'s label in every language it has one, case set aside."""
    return {element.label.casefold(), *(text.casefold() for _tag, name, text
                                        in element.translations.entries if name == "label")}
