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
into the same ``.ts`` sources as the interface's.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = [
    "LANGUAGES",
    "ORIGINAL",
    "current",
    "set_current",
    "changed",
    "qt_suffix",
    "translate",
    "install_catalogue",
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
    global _tag
    if tag != _tag:
        _tag = tag
        if _choice is not None:         # no one can have subscribed before it exists
            _choice.changed.emit(tag)


def qt_suffix(tag: str) -> str:
    """The suffix Qt's catalogue files use for ``tag``: ``zh-HK`` -> ``zh_HK``."""
    return tag.replace("-", "_")


def install_catalogue(lookup: Lookup | None) -> None:
    """Use ``lookup(context, text)`` to translate marked messages (None: untranslated)."""
    global _catalogue
    _catalogue = lookup


def translate(context: str, text: str) -> str:
    """``text`` in the current language, from the installed catalogue (or as written)."""
    if _catalogue is None:
        return text
    return _catalogue(context, text) or text
