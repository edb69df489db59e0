"""Control characters in a model's text: removed from what a file brings, refused on save.

Another tool's file may hold C0 and C1 control characters in a label or description (a
terminal colour code ``ESC [31m`` pasted with the text, a stray ``\\x01`` from a database
export), and so may a .wtm file edited by hand or written by a script. No export can carry
them: XML and spreadsheets cannot hold most of them, so each export would write U+FFFD in
their place and a round trip would change the text silently. So every import, and the
loading of a model file, removes them (all C0 and C1 control characters and DEL, except
tab and line breaks, and the noncharacters U+FFFE and U+FFFF, which XML cannot hold
either: they came through an import, and every export wrote U+FFFD for them) from every
text of the model it read, and says so in one note naming the first element and field and
how many texts were changed. A text that held nothing but
control characters is refused where it is, rather than left empty. Saving refuses a model
that holds one (:func:`control_refusal`): a model file never holds what loading would
change or refuse.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import operator
import re

from ..errors import LoadError, ModelError, Problem
from ..language import translate
from ..lazyimport import compiled_when_used
from .document import KINDS, Model

__all__ = ["CONTROL", "without_controls", "control_refusal", "typed_value", "delete_bytes",
           "may_spell_control"]

#: C0 and C1 control characters other than tab, line feed and carriage return, DEL, and
#: the noncharacters U+FFFE and U+FFFF (no XML, so no export, holds them).
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
#: The same characters within ASCII, as the bytes :func:`_holds_control` deletes.
_ASCII_CONTROL = bytes([*range(0x00, 0x09), 0x0b, 0x0c, *range(0x0e, 0x20), 0x7f])
#: ``bytes.translate`` (``delete_bytes(data, None, which)``), named apart from the messages'
#: ``translate``, which the translations' extraction and its tests look for by name.
delete_bytes = bytes.translate


#: DEL and the C1 control characters, which a JSON string may hold as themselves (JSON
#: refuses a C0 control character unescaped in a string).
_RAW_CONTROLS = "\x7f" + "".join(map(chr, range(0x80, 0xA0))) + "\ufffe\uffff"
#: An escape that may spell a :data:`CONTROL` character: ``\\b``, ``\\f``, any ``\\u00``
#: escape below U+0020 (tab and line breaks too), from U+007F to U+009F, or of U+FFFE or
#: U+FFFF. Found outside strings too, or after an escaped backslash: a false alarm only
#: costs the usual search.
_CONTROL_ESCAPE = compiled_when_used(r"\\(?:[bf]|u00[0189]|u007[fF]|u[fF]{3}[eEfF])")


def may_spell_control(json_text: str) -> bool:
    """Whether the values parsed from ``json_text`` may hold a :data:`CONTROL` character:
    when not, a model read from it has none, and is not searched for them. Looked for
    with C searches of the text (a backslash, then an escape; DEL, or in a text that is
    not ASCII each control character in turn), each far quicker than a regular expression
    of several characters over megabytes, and than a walk of every text of the model."""
    if "\\" in json_text and _CONTROL_ESCAPE().search(json_text):
        return True
    if json_text.isascii():
        return "\x7f" in json_text
    return any(char in json_text for char in _RAW_CONTROLS)


def typed_value(value):
    """``value`` (a text, a tuple of them, an element, the settings, translations) as the
    user typed or pasted it, without its :data:`CONTROL` characters: a paste from a
    terminal or a web page may bring a colour code or a stray control character, which
    the user cannot see, no export keeps and saving refuses. ``value`` itself when it held
    none. Every undo command that sets a text passes its new value through this."""
    return _cleaned(value, "", lambda place, text: None)


def without_controls(model: Model) -> Problem | None:
    """Remove control characters from every text of ``model`` (in place); the note saying
    where, or None when there were none. LoadError when a text held nothing else."""
    found = _Found(model)
    if not found.places:
        return None
    try:
        for kind, cleaned in found.elements:
            model.replace(kind, cleaned)
        if found.settings is not model.settings:
            model.set_settings(found.settings)
        if found.info:
            model.set_info(**found.info)
    except ModelError as exc:
        raise LoadError([_emptied(problem) for problem in exc.problems]) from None
    return Problem(found.places[0], translate(
        "control_text", "removed control characters (such as a terminal colour code) "
                        "from {count:,} text(s), which no export can carry").format(
        count=len(found.places)))


def control_refusal(model: Model) -> Problem | None:
    """Why ``model`` may not be saved as it is: the first text holding a control character
    (which loading would remove), named by its element and field, with the character and
    how many texts hold one; None when none does. Changes nothing."""
    found = _Found(model)
    if not found.places:
        return None
    first = CONTROL.search(found.texts[0])
    return Problem(found.places[0], translate(
        "control_text", "holds the control character {code} at character {position} (of "
                        "{count:,} text(s) holding one), which a model file does not keep: "
                        "remove it and save again").format(
        code=f"U+{ord(first.group()):04X}", position=first.start() + 1,
        count=len(found.places)))


class _Found:
    """The texts of a model holding a control character (``places`` names them, ``texts``
    holds them, in one order) and the model's parts without them: ``elements`` as
    ``(kind, cleaned element)``, ``settings``, and ``info`` (the title and description
    that change, as :meth:`~windtunnel.model.document.Model.set_info` takes them)."""

    def __init__(self, model: Model) -> None:
        self.places: list[str] = []
        self.texts: list[str] = []
        self.elements = []
        for kind in KINDS:
            elements = getattr(model, f"{kind}s")
            if not _may_hold_control(elements):
                continue
            for element in elements:
                if not _may_hold_control((element,)):
                    continue
                cleaned = self._cleaned(element, f"{kind} {_key(kind, element)!r}")
                if cleaned is not element:
                    self.elements.append((kind, cleaned))
        self.settings = self._cleaned(model.settings, "settings")
        self.info = {}
        for name, place in (("title", translate("control_text", "the model's title")),
                            ("description", translate("control_text",
                                                      "the model's description"))):
            text = getattr(model, name)
            if CONTROL.search(text) is not None:
                self.info[name] = self._cleaned(text, place)

    def _cleaned(self, value, place: str):
        """``value`` without control characters, each changed text noted with its place."""
        return _cleaned(value, place, self._note)

    def _note(self, place: str, text: str) -> None:
        self.places.append(place)
        self.texts.append(text)


def _cleaned(value, place: str, note):
    """``value`` (a text, a tuple, an element or any other dataclass) without control
    characters, or ``value`` itself when it had none; ``note(place, text)`` is told of each
    text that changes."""
    if isinstance(value, str):
        if CONTROL.search(value) is None:
            return value
        note(place, value)
        return CONTROL.sub("", value)
    if isinstance(value, tuple):
        items = tuple(_cleaned(item, f"{place}[{i}]", note) for i, item in enumerate(value))
        return value if all(a is b for a, b in zip(items, value)) else items
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for field in dataclasses.fields(value):
            old = getattr(value, field.name)
            new = _cleaned(old, f"{place}.{field.name}", note)
            if new is not old:
                changes[field.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value


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
        return len(delete_bytes(text.encode("ascii"), None, _ASCII_CONTROL)) != len(text)
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


#: The text fields of the numerous elements that the model's own checks confine to ids or
#: to a few words (an edge's ends, confidence and sources; a node's id, kind and sources):
#: a model holds only elements that pass them, so none of these holds a control character.
_CONFINED = {"Edge": frozenset({"source", "target", "confidence", "sources"}),
             "Node": frozenset({"id", "kind", "sources"})}


@functools.cache
def _text_field_getters(kind: type) -> tuple:
    """One getter per field of an element of class ``kind`` that may hold text: every field
    but those whose declared type is made of numbers, flags and translations only (an
    edge's weight, delay and bounds need no search) and those :data:`_CONFINED` to ids
    and words."""
    confined = _CONFINED.get(kind.__name__, frozenset())
    return tuple(operator.attrgetter(field.name) for field in dataclasses.fields(kind)
                 if not set(re.findall(r"\w+", str(field.type))) <= _TEXTLESS_TYPE_WORDS
                 and field.name not in confined)


def _emptied(problem: Problem) -> Problem:
    return Problem(problem.location, translate(
        "control_text", "holds only control characters ({message})").format(
        message=problem.message))


def _key(kind: str, element):
    return element.key if kind == "edge" else element.id
