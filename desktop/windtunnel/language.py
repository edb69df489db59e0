"""The languages Windtunnel speaks, the one it speaks now, and its message catalogue.

One choice serves the whole product: the interface, the model's own text (labels,
descriptions, rationales, scenario and objective names, which may carry translations)
and every export follow the current language. The choice is app-wide state, like Qt's
default locale; the GUI's language menu and the command line's ``--language`` option set
it, and views subscribe to :data:`changed`.

Language tags are BCP 47 (``zh-CN``, ``zh-HK``, ``ja``); the original text of the product
and of a model is English unless the model says otherwise. Qt's catalogues name the same
languages with an underscore (``windtunnel_zh_CN.qm``): :func:`qt_suffix` converts.

The Qt-free layers (model, engine, io, session, cli) mark a user-visible message with
:func:`translate`, which looks it up in whatever catalogue the app or the command line has
installed (a QTranslator), and returns the text unchanged when none is installed.
Qt's ``lupdate`` recognises ``translate("context", "text")`` calls, so these messages go
into the same ``.ts`` sources as the interface's. A table of such messages looked up again
and again is built once per language with :func:`per_language`. A translation's template
is filled in with :func:`filled` where a name meets Chinese or Japanese text.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from .lazyimport import compiled_when_used

__all__ = [
    "LANGUAGES",
    "ORIGINAL",
    "current",
    "set_current",
    "speaking",
    "changed",
    "qt_suffix",
    "translate",
    "install_catalogue",
    "per_language",
    "filled",
    "columns",
    "character_columns",
]

#: The languages the product speaks, each with its name in itself (menus show these).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "zh-CN": "简体中文",
    "zh-HK": "繁體中文（香港）",
    "ja": "日本語",
}

#: The language the product's own text is written in.
ORIGINAL = "en"


_tag = ORIGINAL
_generation = 0         # bumped whenever the language or the catalogue changes (per_language)
_choice = None          # the holder of the ``changed`` signal, made when first asked for


def _signals():
    """The object whose psygnal ``changed`` signal carries the new tag. Made on first use,
    so that ``windtunnel --help`` (which only translates) does not load psygnal."""
    global _choice
    if _choice is None:
        from psygnal import Signal

        class _Choice:
            changed = Signal(str)

        _choice = _Choice()
    return _choice


def __getattr__(name: str):
    """``changed``: emitted with the new tag whenever the current language changes."""
    if name == "changed":
        return _signals().changed
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


Lookup = Callable[[str, str], str]
_catalogue: Lookup | None = None


def current() -> str:
    """The current language tag (``en`` until something chooses another)."""
    return _tag


def set_current(tag: str) -> None:
    """Make ``tag`` the current language; emit :data:`changed` if it differs."""
    if tag not in LANGUAGES:
        known = ", ".join(LANGUAGES)
        raise ValueError(f"unknown language {tag!r}: Windtunnel speaks {known}")
    global _tag, _generation
    if tag != _tag:
        _tag = tag
        _generation += 1
        if _choice is not None:         # no one can have subscribed before it exists
            _choice.changed.emit(tag)


@contextmanager
def speaking(tag: str) -> Iterator[None]:
    """Make ``tag`` the current language inside the block without telling anyone (no
    :data:`changed`): the views of a window about to be built in ``tag`` are made ahead,
    while every open window still shows the current language."""
    global _tag, _generation
    before = _tag
    _tag, _generation = tag, _generation + 1
    try:
        yield
    finally:
        _tag, _generation = before, _generation + 1


def qt_suffix(tag: str) -> str:
    """The suffix Qt's catalogue files use for ``tag``: ``zh-HK`` -> ``zh_HK``."""
    return tag.replace("-", "_")


def install_catalogue(lookup: Lookup | None) -> None:
    """Use ``lookup(context, text)`` to translate marked messages (None: untranslated)."""
    global _catalogue, _generation
    _catalogue = lookup
    _generation += 1


def translate(context: str, text: str) -> str:
    """``text`` in the current language, from the installed catalogue (or as written)."""
    if _catalogue is None:
        return text
    return _catalogue(context, text) or text


_T = TypeVar("_T")


def per_language(build: Callable[[], _T]) -> Callable[[], _T]:
    """A function giving ``build()``, built once and again only after the current language
    or the installed catalogue has changed: for tables of translated words, which would
    otherwise be translated afresh on every look-up. Both changes are counted here rather
    than heard through :data:`changed`, so that a table needs no psygnal and follows a
    catalogue installed after the language was chosen (the command line does so)."""
    built: list = [-1, None]            # the generation it was built in, the table

    def table() -> _T:
        generation = _generation
        if built[0] != generation:
            built[:] = [generation, build()]
        return built[1]

    return table


_FORMATTER = string.Formatter()
#: A literal's leading tags, its text, its trailing tags (rich text), or its text alone.
_TAGS = compiled_when_used(r"((?:<[^<>]*>)*)(.*?)((?:<[^<>]*>)*)", re.DOTALL)
_NO_TAGS = compiled_when_used(r"()(.*)()", re.DOTALL)


def _tight(left: str, right: str) -> bool:
    """Whether two characters are both Chinese or Japanese (or full-width punctuation):
    East Asian wide or full-width, as the command line counts columns."""
    return all(c and unicodedata.east_asian_width(c) in "WF" for c in (left, right))


def character_columns(character: str) -> int:
    """The columns one character takes in a grid of fixed-width cells (:func:`columns`)."""
    if unicodedata.combining(character):
        return 0
    return 2 if unicodedata.east_asian_width(character) in "WF" else 1


def columns(text: str) -> int:
    """How many columns ``text`` takes in a grid of fixed-width cells, a terminal's or a
    spreadsheet's character units: Chinese and Japanese characters (East Asian wide and
    full-width) two, combining marks none, the rest one. This is what the wcwidth package
    computes for these characters; Python's own Unicode tables are enough here."""
    return sum(character_columns(character) for character in text)


def filled(template: str, *, markup: bool = False, **values) -> str:
    """``template.format(**values)`` without a space the template puts between a name and
    the text beside it where both are Chinese or Japanese: a Japanese or Chinese template
    spaces its names for Latin ones (``{node} を`` gives ``Misuse risk を``), which a
    reader of those scripts would not write between two of their own words (``悪用リスク
    を`` becomes ``悪用リスクを``). A space beside Latin text or digits stays. With
    ``markup`` the template is rich text whose tags wrap the names (``<b>{node}</b> を``):
    the tags are looked through for the text on either side of a space, and kept."""
    pieces: list[tuple[str, bool]] = []              # (text, filled in from values)
    for literal, field, spec, conversion in _FORMATTER.parse(template):
        if literal:
            pieces.append((literal, False))
        if field is not None:
            value = _FORMATTER.convert_field(_FORMATTER.get_field(field, (), values)[0],
                                             conversion)
            pieces.append((_FORMATTER.format_field(value, spec), True))
    tags = (_TAGS if markup else _NO_TAGS)()
    out = []
    for k, (text, is_value) in enumerate(pieces):
        if not is_value:
            head, text, tail = tags.fullmatch(text).groups()     # tags: only with markup
            before = pieces[k - 1][0][-1:] if k and pieces[k - 1][1] else ""
            after = pieces[k + 1][0][:1] if k + 1 < len(pieces) and pieces[k + 1][1] else ""
            if text.startswith(" ") and _tight(before, (text[1:] or after)[:1]):
                text = text[1:]
            if text.endswith(" ") and _tight((text[:-1] or before)[-1:], after):
                text = text[:-1]
            text = head + text + tail
        out.append(text)
    return "".join(out)
