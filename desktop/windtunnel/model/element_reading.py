"""One JSON object of a .wtm file -> one element, checked, in one construction.

A file's numbers come as JSON writes them: ``1`` in a float field, ``2.0`` in an int field.
A loaded model must equal the one that was saved and save to the same text, so such
numbers are normalised (``1`` -> ``1.0``, ``2.0`` -> ``2``). Only exact conversions are
made before the element is built and checked (an int that a double holds exactly, a
float that is a whole number, a pair of numbers as a position); any other value is left
as the file wrote it, so the element's own checks see it and refuse it. An element whose
checks fail is checked again as the file wrote it, so that every message quotes the
file's own value.

Each class's fields are read once (:func:`field_reader`), since a model of 100,000 edges asks
the same questions 100,000 times.
"""

from __future__ import annotations

from dataclasses import MISSING, fields, replace
from functools import cache
from typing import Callable

from ..errors import Problem
from ..language import translate
from .textcheck import short_repr
from .elements import Intervention, Node, WeightOverride
from .participants import Rating
from .translations import Translations

__all__ = ["NESTED", "REVIEW_KEY", "build_element", "read_translations", "field_reader"]

#: The key of an element's translations marked as needing review, ``{tag: [field, ...]}``
#: (format version 5), read into its ``translations``.
REVIEW_KEY = "translations_to_review"

#: The fields that hold lists of elements, by (class name, field): the element class.
NESTED = {("Scenario", "interventions"): Intervention, ("Scenario", "overrides"): WeightOverride,
          ("Participant", "ratings"): Rating, ("Participant", "nodes"): Node}

#: Integers a double holds exactly: only these become floats before the checks.
_EXACT = 2 ** 53


def build_element(cls, raw, where: str, problems: list[Problem]):
    """Turn one JSON object into an element of ``cls``, recording its problems (each with
    its path under ``where``); None if it has any."""
    if not isinstance(raw, dict):
        problems.append(Problem(where, translate("fileformat", "{raw} is not an object").format(
                                           raw=short_repr(raw))))
        return None
    reader = field_reader(cls)
    plain, known = reader.plain, reader.known
    before = len(problems)
    values = {}
    for key, value in raw.items():
        if key in plain:                    # most fields: the value as JSON gives it
            values[key] = tuple(value) if type(value) is list else value
        elif key in known:
            values[key] = _convert(cls, key, value, f"{where}.{key}", problems)
        else:
            problems.append(Problem(f"{where}.{str(key)[:60]}",
                                    translate("fileformat", "is not a known key")))
    if not reader.required <= values.keys():
        problems.extend(Problem(f"{where}.{name}", translate("fileformat", "is missing"))
                        for name in reader.names
                        if name in reader.required and name not in values)
    if REVIEW_KEY in values:
        marks = values.pop(REVIEW_KEY)
        values["translations"] = replace(values.get("translations", Translations()),
                                         to_review=marks)
    if len(problems) > before:
        return None
    normal = values.copy()
    for name, normalise in reader.normalisers:
        if name in normal:
            normal[name] = normalise(normal[name])
    element = cls(**normal)
    own = element.problems()
    if own:
        # the messages quote the file's own values (the normalised ones where those pass:
        # an element refused is never dropped without a word)
        own = cls(**values).problems() or own
        problems.extend(Problem(f"{where}.{name}", message) for name, message in own)
        return None
    return element


def read_translations(value, where: str, problems: list[Problem]) -> Translations:
    """The file form ``{tag: {field: text}}`` of an element's translations; its tags and
    texts are checked with the element (:meth:`Translations.problems`)."""
    if not isinstance(value, dict):
        problems.append(Problem(where, f"{short_repr(value)} is not an object of languages "
                                       '(such as {"ja": {"label": "..."}})'))
        return Translations()
    shapeless = [tag for tag, texts in value.items() if not isinstance(texts, dict)]
    for tag in shapeless[:20]:
        problems.append(Problem(f"{where}.{str(tag)[:40]}", f"{short_repr(value[tag])} is not an "
                                                             "object of texts by field"))
    return Translations() if shapeless else Translations.from_dict(value)


def read_review_marks(value, where: str, problems: list[Problem]) -> tuple[tuple[str, str], ...]:
    """The file form ``{tag: [field, ...]}`` of an element's translations to review; that
    each names a translation the element has is checked with it
    (:meth:`Translations.problems`)."""
    if not isinstance(value, dict) or not all(
            isinstance(names, list) and all(isinstance(n, str) for n in names)
            for names in value.values()):
        problems.append(Problem(where, translate(
            "fileformat", "{value} is not an object of languages and their fields (such as "
                          "{example})").format(value=short_repr(value),
                                               example='{"ja": ["label"]}')))
        return ()
    return tuple((tag, name) for tag, names in value.items() for name in names)


def _convert(cls, name, value, where, problems):
    """A field's JSON value that needs more than a tuple for a list: an element's
    translations (and those to review), or a list of nested elements."""
    if name == "translations":
        return read_translations(value, where, problems)
    if name == REVIEW_KEY:
        return read_review_marks(value, where, problems)
    if not isinstance(value, list):
        problems.append(Problem(where, translate("fileformat", "is not a list")))
        return ()
    kind = NESTED[(cls.__name__, name)]
    return tuple(build_element(kind, item, f"{where}[{i}]", problems)
                 for i, item in enumerate(value))


class _Reader:
    """What reading asks of an element class: its field names (in order), the known, the
    plain (see :attr:`plain`) and the required ones, and the exact normalisation of each numeric field."""

    def __init__(self, cls) -> None:
        declared = fields(cls)
        self.names = tuple(f.name for f in declared)
        self.known = frozenset(self.names) | (
            {REVIEW_KEY} if "translations" in self.names else frozenset())
        #: The fields whose JSON value is kept as it is (a list as a tuple).
        self.plain = frozenset(name for name in self.names if name != "translations"
                               and (cls.__name__, name) not in NESTED)
        self.required = frozenset(f.name for f in declared
                                  if f.default is MISSING and f.default_factory is MISSING)
        # A field's type is its annotation as written ("float | None"): elements use
        # postponed annotations, so these are plain strings.
        self.normalisers: tuple[tuple[str, Callable], ...] = tuple(
            (f.name, _NORMALISERS[f.type]) for f in declared if f.type in _NORMALISERS)
        #: Each field's default (a required field has none).
        self.defaults = {f.name: f.default for f in declared if f.default is not MISSING}
        self._normaliser = dict(self.normalisers)

    def normalised(self, name: str, column: list) -> list:
        """A column of a field's values each normalised as :func:`build_element`
        normalises it; the column itself when none of its values is of the type its
        normaliser converts (``weight``: an int; ``delay``: a float)."""
        normalise = self._normaliser.get(name)
        if normalise is None or _CONVERTED[normalise].isdisjoint(map(type, column)):
            return column
        return list(map(normalise, column))


@cache
def field_reader(cls) -> _Reader:
    """What reading asks of ``cls``, worked out once."""
    return _Reader(cls)


def _to_float(value):
    """An int a double holds exactly, as that double; anything else unchanged."""
    if type(value) is int and -_EXACT <= value <= _EXACT:
        return float(value)
    return value


def _to_int(value):
    """A whole, finite float as an int; anything else unchanged."""
    if type(value) is float and value.is_integer():
        return int(value)
    return value


def _to_point(value):
    """A pair of numbers as a pair of floats; anything else unchanged."""
    if (type(value) is tuple and len(value) == 2
            and all(type(v) is float or type(v) is int and -_EXACT <= v <= _EXACT
                    for v in value)):
        return (float(value[0]), float(value[1]))
    return value


#: The types of value each normaliser may change (it returns any other as it is).
_CONVERTED = {_to_float: {int}, _to_int: {float}, _to_point: {tuple}}

_NORMALISERS = {"float": _to_float, "float | None": _to_float, "int": _to_int,
                "int | None": _to_int, "tuple[float, float]": _to_point}
