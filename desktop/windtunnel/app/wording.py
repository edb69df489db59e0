"""Refusals, menu texts and filled-in templates in words the way the interface writes them
(counts are Qt's plural forms: ``tr("%n node(s)", "", n)``)."""

from __future__ import annotations

import string
import unicodedata

__all__ = ["refusal", "menu_text", "filled"]

_FORMATTER = string.Formatter()


def refusal(error) -> str:
    """Why an edit was refused, one line per problem, naming the field but not the element
    (the user is looking at it): ``"Label: is empty"``."""
    lines = []
    for problem in getattr(error, "problems", ()):
        field = problem.location.rsplit(".", 1)[-1] if "." in problem.location else ""
        lines.append(f"{field.capitalize()}: {problem.message}" if field else str(problem))
    return "\n".join(lines) or str(error)


def menu_text(text: str) -> str:
    """``text`` for a menu item or button, shown as written: Qt reads a lone "&" as the
    mark of a keyboard shortcut and hides it, "&&" shows one ("R&D" stays "R&D")."""
    return text.replace("&", "&&")


def _tight(left: str, right: str) -> bool:
    """Whether two characters are both Chinese or Japanese (or full-width punctuation):
    East Asian wide or full-width, as the command line counts columns."""
    return all(c and unicodedata.east_asian_width(c) in "WF" for c in (left, right))


def filled(template: str, **values) -> str:
    """``template.format(**values)`` without a space the template puts between a name and
    the text beside it where both are Chinese or Japanese: a Japanese or Chinese template
    spaces its names for Latin ones (``{node} を`` gives ``Misuse risk を``), which a
    reader of those scripts would not write between two of their own words (``悪用リスク
    を`` becomes ``悪用リスクを``). A space beside Latin text or digits stays."""
    pieces: list[tuple[str, bool]] = []              # (text, filled in from values)
    for literal, field, spec, conversion in _FORMATTER.parse(template):
        if literal:
            pieces.append((literal, False))
        if field is not None:
            value = _FORMATTER.convert_field(_FORMATTER.get_field(field, (), values)[0],
                                             conversion)
            pieces.append((_FORMATTER.format_field(value, spec), True))
    out = []
    for k, (text, is_value) in enumerate(pieces):
        if not is_value:
            before = pieces[k - 1][0][-1:] if k and pieces[k - 1][1] else ""
            after = pieces[k + 1][0][:1] if k + 1 < len(pieces) and pieces[k + 1][1] else ""
            if text.startswith(" ") and _tight(before, (text[1:] or after)[:1]):
                text = text[1:]
            if text.endswith(" ") and _tight((text[:-1] or before)[-1:], after):
                text = text[:-1]
        out.append(text)
    return "".join(out)
