"""A participant's generated name, "Participant 6", in the original and every shipped language.

A participant added and not yet named is stored with the generated name in the product's
original language as its original (:data:`DEFAULT_PARTICIPANT_NAME`) and the interface's
wording as that language's translation (:func:`~windtunnel.model.translations.with_default_name`),
so each language reads its own wording. Before that rule, a participant added in Japanese or
Chinese kept the interface's wording, "参加者 6", as the original, and every other language
read it too. :func:`english_default_names` moves such a name back where it belongs when a
file is read (any format version: a file written by the older rule and saved again since
still holds it, so this is the loader's normalisation rather than a format step): the
original becomes "Participant 6" and the old text that language's translation. Only a
name that is exactly a shipped language's generated name is moved, and only when it takes
nothing from anyone: the language has no translation of the name yet, and no other
participant is already called "Participant 6" in any language.
"""

from __future__ import annotations

import re
from dataclasses import replace

__all__ = ["DEFAULT_PARTICIPANT_NAME", "DEFAULT_PARTICIPANT_NAMES", "english_default_names"]

#: The generated name in the product's original language.
DEFAULT_PARTICIPANT_NAME = "Participant {number}"
#: The generated name as each shipped language other than the original words it (the
#: interface's catalogues translate :data:`DEFAULT_PARTICIPANT_NAME` so; a test keeps them
#: in step).
DEFAULT_PARTICIPANT_NAMES = {"ja": "参加者 {number}", "zh-CN": "参与者 {number}",
                             "zh-HK": "參與者 {number}"}


def _pattern(template: str) -> re.Pattern:
    before, _, after = template.partition("{number}")
    return re.compile(re.escape(before) + "([1-9][0-9]{0,8})" + re.escape(after))


_PATTERNS = {tag: _pattern(template) for tag, template in DEFAULT_PARTICIPANT_NAMES.items()}


def english_default_names(participants) -> list | None:
    """``participants`` with each generated name stored in a shipped language's wording
    moved to the original language (module docstring); None when none is."""
    names = [{p.label.casefold(), *(text.casefold() for _tag, name, text in p.translations.entries
                                    if name == "label")} for p in participants]
    out, moved = list(participants), False
    for index, participant in enumerate(participants):
        for tag, pattern in _PATTERNS.items():
            found = pattern.fullmatch(participant.label)
            if found is None or participant.translations.get(tag, "label") is not None:
                continue
            english = DEFAULT_PARTICIPANT_NAME.format(number=int(found[1]))
            if any(english.casefold() in mine for k, mine in enumerate(names) if k != index):
                continue
            out[index] = replace(participant, label=english,
                                 translations=participant.translations.with_text(
                                     tag, "label", participant.label))
            moved = True
            break
    return out if moved else None
