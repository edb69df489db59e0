"""The checks an element makes of its own fields: numbers in range, text, choices, ids.

Each ``check_*`` appends (field, message) pairs to ``out`` and returns nothing; the usual,
sound value is settled at once, because a model of 100,000 ratings checks each of them.
The messages are translated (context "elements").
"""

from __future__ import annotations

import math
import re
import unicodedata

from ..language import translate
from ..lazyimport import compiled_when_used
from .textcheck import lone_surrogate, short_repr, surrogate_message
from .translations import TRANSLATABLE, Translations
from .vocabulary import MAX_ID, MAX_TAGS, MAX_TEXT, is_valid_id

__all__ = ["Element", "NO_TRANSLATIONS", "is_number", "check_number", "check_text",
           "check_choice", "check_id", "check_ids", "check_items", "check_translations",
           "check_pair", "check_bounds", "check_link"]

#: A link as a source holds it: a web address (no spaces), its scheme written out.
_LINK = compiled_when_used(r"https?://[^\s/?#]+[^\s]*\Z", re.IGNORECASE)

#: The translations of an element that has none (immutable, so every such element shares it).
NO_TRANSLATIONS = Translations()


class Element:
    """Base of the elements: ``problems()`` lists (field, message) pairs found in the
    element alone (an empty list: the element is sound on its own). It holds no state, so
    an element may keep its fields in slots (edges do: a model holds many)."""

    __slots__ = ()

    def problems(self) -> list[tuple[str, str]]:  # pragma: no cover - overridden
        raise NotImplementedError


def is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def check_number(out, name, value, lo, hi, *, integer=False):
    # Integers are compared exactly, never through float(): a 400-digit integer overflows it.
    kind = type(value)
    if (kind is int or kind is float and not integer) and lo <= value <= hi:
        return                           # the usual case, settled at once (NaN fails it)
    if not is_number(value) or (integer and isinstance(value, float)
                                 and not value.is_integer()):
        message = (translate("elements", "{value} is not a whole number") if integer
                   else translate("elements", "{value} is not a number"))
        out.append((name, message.format(value=short_repr(value))))
    elif isinstance(value, float) and not math.isfinite(value):
        out.append((name, translate("elements", "{value!r} is not a finite number").format(
                              value=value)))
    elif not lo <= value <= hi:
        out.append((name, translate("elements", "{value} is outside [{lo:g}, {hi:g}]").format(
                              value=short_repr(value), lo=lo, hi=hi)))


def check_text(out, name, value, limit=MAX_TEXT, *, required=False):
    if (type(value) is str and len(value) <= limit and value.isascii()
            and (not required or value.strip())):
        return                           # the usual case: plain text, nothing to find
    if not isinstance(value, str):
        out.append((name, translate("elements", "{value} is not text").format(
                              value=short_repr(value))))
    elif len(value) > limit:
        out.append((name, translate("elements", "text of {count:,} characters is longer than "
                                                "{limit:,}").format(
                              count=len(value), limit=limit)))
    elif required and not value.strip():
        out.append((name, translate("elements", "is empty")))
    elif required and _invisible(value):
        out.append((name, translate("elements", "holds only invisible characters (such as "
                                                "zero-width spaces): it would show as "
                                                "empty")))
    elif (position := lone_surrogate(value)) is not None:
        out.append((name, surrogate_message(value, position)))


def _invisible(text: str) -> bool:
    """Whether ``text`` is made of spaces and invisible format characters alone (U+200B
    zero-width space, U+FEFF, U+2060 word joiner, bidi marks): a label that shows as
    nothing, which no user can tell from another or find on the map."""
    return all(char.isspace() or unicodedata.category(char) == "Cf" for char in text)


def check_link(out, name, value, limit=MAX_TEXT):
    """An optional web address: empty, or ``http://`` or ``https://`` and a host, with no
    spaces (the app never opens it: it is shown and copied)."""
    check_text(out, name, value, limit)
    if isinstance(value, str) and value and len(value) <= limit and not _LINK().match(value):
        out.append((name, translate("elements", "{value} is not a web address (it starts "
                                                "with http:// or https://)").format(
                              value=short_repr(value))))


def check_choice(out, name, value, choices):
    if value not in choices:
        out.append((name, translate("elements", "{value} is not one of {choices}").format(
                              value=short_repr(value), choices=', '.join(choices))))


def check_id(out, name, value):
    if not is_valid_id(value):
        out.append((name, translate("elements", "{value} is not a valid id (1-{max_id} "
                                                "letters, digits, '_', '.', '-', starting "
                                                "with a letter or digit)").format(
                              value=short_repr(value), max_id=MAX_ID)))


def check_ids(out, name, values, limit=MAX_TAGS * 4):
    if values == ():
        return
    if not isinstance(values, tuple):
        out.append((name, translate("elements", "is not a list")))
        return
    if len(values) > limit:
        out.append((name, translate("elements", "has {count} entries, more than {limit}").format(
                              count=len(values), limit=limit)))
        return
    for i, value in enumerate(values):
        check_id(out, f"{name}[{i}]", value)


def check_items(out, name, items, kind, limit=None):
    """A list of nested elements: each of type ``kind``, each with its own problems."""
    if not isinstance(items, tuple):
        out.append((name, translate("elements", "is not a list")))
        return
    if limit is not None and len(items) > limit:
        out.append((name, translate("elements", "has {count:,} entries, more than {limit:,}").format(
                              count=len(items), limit=limit)))
        return
    for i, item in enumerate(items):
        if not isinstance(item, kind):
            out.append((f"{name}[{i}]", translate("elements", "is not of the kind {kind}").format(
                                            kind=kind.__name__)))
            continue
        out.extend((f"{name}[{i}].{f}", m) for f, m in item.problems())


def check_translations(out, element, limits: dict[str, int]):
    """The element's translations: known tags, translatable fields, valid texts."""
    if element.translations is NO_TRANSLATIONS:
        return
    if not isinstance(element.translations, Translations):
        out.append(("translations", f"{short_repr(element.translations)} is not a set of "
                                    "translations"))
        return
    out.extend(element.translations.problems(TRANSLATABLE[type(element).__name__], limits))


def check_pair(out, source, target, what):
    """The two ends of an edge or a rating: valid ids, and not the same node."""
    check_id(out, "source", source)
    check_id(out, "target", target)
    if source == target and is_valid_id(source):
        out.append(("target", translate("elements", "{what} cannot join {source!r} to itself").format(
                                  what=what, source=source)))


def check_bounds(out, low, weight, high):
    """An uncertain weight's bounds (each None or a number) on either side of it."""
    if low is not None and low > weight:
        out.append(("low", translate("elements", "{low!r} is above the weight {weight!r}").format(
                               low=low, weight=weight)))
    if high is not None and high < weight:
        out.append(("high", translate("elements", "{high!r} is below the weight {weight!r}").format(
                                high=high, weight=weight)))
