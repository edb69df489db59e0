"""Control characters removed from imported text, the same way for every format.

Another tool's file may hold C0 and C1 control characters in a label or description (a
terminal colour code ``ESC [31m`` pasted with the text, a stray ``\\x01`` from a database
export). No export can carry them: XML and spreadsheets cannot hold most of them, so each
export would write U+FFFD in their place and a round trip would change the text silently.
So every import removes them (all C0 and C1 control characters and DEL, except tab and
line breaks) from every text of the model it read, and says so in one note naming the
first element and field and how many texts were changed. A text that held nothing but
control characters is refused where it is, rather than left empty.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import operator
import re

from ..errors import LoadError, ModelError, Problem
from ..language import translate
from ..model import Model
from ..model.document import KINDS

__all__ = ["CONTROL", "without_controls"]

#: C0 and C1 control characters other than tab, line feed and carriage return, and DEL.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: The same characters within ASCII, as the bytes :func:`_holds_control` deletes.
_ASCII_CONTROL = bytes([*range(0x00, 0x09), 0x0b, 0x0c, *range(0x0e, 0x20), 0x7f])


def without_controls(model: Model) -> Problem | None:
    """Remove control characters from every text of ``model`` (in place); the note saying
    where, or None when there were none. LoadError when a text held nothing else."""
    places: list[str] = []
    for kind in KINDS:
        elements = getattr(model, f"{kind}s")
        if not _may_hold_control(elements):
            continue
        for element in elements:
            if not _may_hold_control((element,)):
                continue
            cleaned = _cleaned(element, f"{kind} {_key(kind, element)!r}", places)
            if cleaned is not element:
                try:
                    model.replace(kind, cleaned)
                except ModelError as exc:
                    raise LoadError([_emptied(problem) for problem in exc.problems]) from None
    description = CONTROL.sub("", model.description)
    if description != model.description:
        places.append(translate("control_text", "the model's description"))
        model.set_info(description=description)
    if not places:
        return None
    return Problem(places[0], translate(
        "control_text", "removed control characters (such as a terminal colour code) "
                        "from {count:,} text(s), which no export can carry").format(
        count=len(places)))


def _may_hold_control(elements) -> bool:
    """Whether any of ``elements`` (of one kind) may hold a control character. Each field is
    searched as one column, its texts (and the texts in its tuples) joined at once, since a
    model of tens of thousands of edges usually has none in any: the search then costs a
    few joins, not a walk of every element. A field holding anything else (a participant's
    own nodes, a position's numbers) is searched value by value, as :func:`_texts` says."""
    elements = list(elements)
    if not elements:
        return False
    for getter in _text_field_getters(type(elements[0])):
        values = list(map(getter, elements))
        try:
            texts = "\t".join(values)
        except TypeError:
            try:                    # a column of tuples of texts, each distinct one once
                texts = "\t".join(itertools.chain.from_iterable(set(values)))
            except TypeError:
                found = _texts(values)
                if found is None:
                    return True
                texts = "\t".join(found)
        if _holds_control(texts):
            return True
    return False


def _holds_control(text: str) -> bool:
    """Whether ``text`` holds a :data:`CONTROL` character. An ASCII text (the usual one) is
    searched as bytes, by deleting the control bytes and comparing lengths: five times
    faster than the regular expression, which searches any other text."""
    if text.isascii():
        return len(text.encode("ascii").translate(None, _ASCII_CONTROL)) != len(text)
    return CONTROL.search(text) is not None


def _texts(values):
    """The texts among ``values`` and in their tuples; None when a tuple holds anything but
    texts and numbers (a participant's own nodes), which only a walk can search. Other
    values (numbers, None, an element's translations, which the model checks itself) hold
    no text to search."""
    texts = []
    for value in values:
        kind = type(value)
        if kind is str:
            texts.append(value)
        elif kind is tuple:
            for item in value:
                if type(item) is str:
                    texts.append(item)
                elif type(item) not in (int, float):
                    return None
    return texts


#: The words of a field's declared type that hold no text: its numbers, flags and the
#: element's translations (the model checks those itself).
_TEXTLESS_TYPE_WORDS = frozenset({"float", "int", "bool", "None", "tuple", "Translations"})


@functools.cache
def _text_field_getters(kind: type) -> tuple:
    """One getter per field of an element of class ``kind`` that may hold text: every field
    but those whose declared type is made of numbers, flags and translations only (an
    edge's weight, delay and bounds need no search)."""
    return tuple(operator.attrgetter(field.name) for field in dataclasses.fields(kind)
                 if not set(re.findall(r"\w+", str(field.type))) <= _TEXTLESS_TYPE_WORDS)


def _emptied(problem: Problem) -> Problem:
    return Problem(problem.location, translate(
        "control_text", "holds only control characters ({message})").format(
        message=problem.message))


def _key(kind: str, element):
    return element.key if kind == "edge" else element.id


def _cleaned(value, place: str, places: list[str]):
    """``value`` (a text, a tuple, an element) without control characters, or ``value``
    itself when it had none; each changed text's place is added to ``places``."""
    if isinstance(value, str):
        if CONTROL.search(value) is None:
            return value
        places.append(place)
        return CONTROL.sub("", value)
    if isinstance(value, tuple):
        items = tuple(_cleaned(item, f"{place}[{i}]", places) for i, item in enumerate(value))
        return value if all(a is b for a, b in zip(items, value)) else items
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for field in dataclasses.fields(value):
            old = getattr(value, field.name)
            new = _cleaned(old, f"{place}.{field.name}", places)
            if new is not old:
                changes[field.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value
