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
import operator
import re

from ..errors import LoadError, ModelError, Problem
from ..language import translate
from ..model import Model
from ..model.document import KINDS

__all__ = ["CONTROL", "without_controls"]

#: C0 and C1 control characters other than tab, line feed and carriage return, and DEL.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def without_controls(model: Model) -> Problem | None:
    """Remove control characters from every text of ``model`` (in place); the note saying
    where, or None when there were none. LoadError when a text held nothing else."""
    places: list[str] = []
    for kind in KINDS:
        for element in getattr(model, f"{kind}s"):
            if not _may_hold_control(element):
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


def _may_hold_control(element) -> bool:
    """Whether ``element`` may hold a control character: its texts (and tuples of texts
    or numbers, such as a position) searched at once, since a model of thousands of edges
    has none in any (an element holding anything else in a tuple, such as a
    participant's own nodes, is walked)."""
    texts = []
    for value in _field_values(type(element))(element):
        if type(value) is str:
            texts.append(value)
        elif type(value) is tuple:
            for item in value:
                if type(item) is str:
                    texts.append(item)
                elif type(item) not in (int, float):
                    return True
    return CONTROL.search("\t".join(texts)) is not None


@functools.cache
def _field_values(kind: type):
    """A function giving the values of every field of an element of class ``kind``."""
    names = [field.name for field in dataclasses.fields(kind)]
    getter = operator.attrgetter(*names)
    return getter if len(names) > 1 else lambda element: (getter(element),)


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
