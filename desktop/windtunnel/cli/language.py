"""The command line's language: ``--language TAG``, or the one the environment asks for.

The command line speaks the language given by ``--language`` (``en``, ``zh-CN``, ``zh-HK``,
``ja``, in any case, with ``-`` or ``_``, or as a locale names it: ``zh_CN``, ``zh-tw``,
``ja_JP.UTF-8``, read as the environment's are) before the command, else the one the environment names, read as the C library
reads it: the first of ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` that is set
(``ja_JP.UTF-8`` -> ``ja``; ``zh_CN``, ``zh_SG`` and ``zh_Hans`` -> ``zh-CN``; ``zh_HK``,
``zh_TW``, ``zh_MO`` and ``zh_Hant`` -> ``zh-HK``; anything else, ``C`` and ``POSIX``
included, -> English).

For a language other than English it loads the compiled catalogue of the Qt-free core and
the command line (``core_<suffix>.qm`` in resources/translations) with QtCore's
QTranslator and installs it into :mod:`windtunnel.language`, so every message marked with
``translate(context, text)`` comes out translated. QtCore is imported only then: English
(and ``windtunnel --version``) never loads Qt. argparse's own words ("usage:", "options",
its error messages) are looked up in the same catalogue under the context ``argparse``.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping
from pathlib import Path

from .. import language
from ..language import LANGUAGES, translate

__all__ = ["environment_language", "split_language_option", "language_option", "install",
           "catalogue_folder", "catalogue_path", "CATALOGUE"]

#: Stem of the core's catalogues: ``core_ja.qm`` beside the interface's ``windtunnel_ja.qm``.
CATALOGUE = "core"

_SCRIPT_TAGS = {"hans": "zh-CN", "hant": "zh-HK"}
_REGION_TAGS = {"cn": "zh-CN", "sg": "zh-CN", "hk": "zh-HK", "tw": "zh-HK", "mo": "zh-HK"}


def environment_language(environ: Mapping[str, str] | None = None) -> str:
    """The language tag the environment asks for (``en`` when it names none we speak)."""
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return _tag_of_locale(value)
    return language.ORIGINAL


def _tag_of_locale(value: str) -> str:
    """``ja_JP.UTF-8`` -> ``ja``, ``zh_TW.Big5`` -> ``zh-HK``, ``de_DE`` -> ``en``."""
    name = value.split(".")[0].split("@")[0].replace("-", "_").lower()
    parts = name.split("_")
    if parts[0] == "ja":
        return "ja"
    if parts[0] != "zh":
        return language.ORIGINAL
    for part in parts[1:]:
        if part in _SCRIPT_TAGS:
            return _SCRIPT_TAGS[part]
        if part in _REGION_TAGS:
            return _REGION_TAGS[part]
    return "zh-CN"


def language_option(text: str) -> str:
    """The tag a ``--language`` value names (``zh_CN``, ``zh-cn``, ``zh_HK``, ``zh_TW``,
    ``ja_JP``, ``EN``...: the locale names of the languages we speak, read as the
    environment's are); a usage error naming the choices for any other."""
    name = text.split(".")[0].split("@")[0].replace("-", "_").lower()
    if name.split("_")[0] not in {tag.split("-")[0] for tag in LANGUAGES}:
        raise argparse.ArgumentTypeError(
            translate("cli", "unknown language {tag}: choose from {choices}")
            .format(tag=text, choices=", ".join(LANGUAGES)))
    return _tag_of_locale(text)


def split_language_option(argv: list[str]) -> tuple[str | None, list[str]]:
    """The tag given by leading ``--language TAG`` / ``--language=TAG`` options (the last
    one wins) and the arguments without them; a missing or unknown tag is a usage error."""
    tag, rest = None, list(argv)
    while rest and (rest[0] == "--language" or rest[0].startswith("--language=")):
        if rest[0] == "--language":
            if len(rest) < 2:
                raise argparse.ArgumentTypeError(
                    translate("cli", "--language needs a language tag"))
            tag, rest = rest[1], rest[2:]
        else:
            tag, rest = rest[0].partition("=")[2], rest[1:]
        tag = language_option(tag)
    return tag, rest


def catalogue_folder() -> Path:
    """The folder of the compiled catalogues (resources/translations, built by the build
    script from the .ts sources)."""
    from ..paths import resource_path
    return resource_path("translations")


def catalogue_path(tag: str, folder: Path | None = None) -> Path:
    """Where the compiled core catalogue of ``tag`` lives."""
    return Path(folder or catalogue_folder()) / f"{CATALOGUE}_{language.qt_suffix(tag)}.qm"


_translator = None      # the loaded QTranslator, kept alive while it is installed


def install(tag: str, folder: Path | None = None) -> bool:
    """Speak ``tag``: make it the current language and install its catalogue. Return
    False (messages stay in English) when the catalogue is missing or unreadable."""
    global _translator
    language.set_current(tag)
    if tag == language.ORIGINAL:
        _translator = None
        language.install_catalogue(None)
        argparse._ = _argparse_original
        return True
    path = catalogue_path(tag, folder)
    if not path.is_file():
        return False
    from PySide6.QtCore import QTranslator     # only for another language: --version stays fast

    translator = QTranslator()
    if not translator.load(str(path)):
        return False
    _translator = translator
    language.install_catalogue(translator.translate)
    argparse._ = _argparse_translated
    return True


_argparse_original = argparse._


def _argparse_translated(text: str) -> str:
    return translate("argparse", text)


def _argparse_words() -> None:
    """argparse's own words, listed so that lupdate puts them in the catalogue (argparse
    looks them up through its module-level ``_``, which :func:`install` points here)."""
    translate("argparse", "usage: ")
    translate("argparse", "positional arguments")
    translate("argparse", "options")
    translate("argparse", "show this help message and exit")
    translate("argparse", "show program's version number and exit")
    translate("argparse", "the following arguments are required: %s")
    translate("argparse", "unrecognized arguments: %s")
    translate("argparse", "%(prog)s: error: %(message)s\n")
    translate("argparse", "argument %(argument_name)s: %(message)s")
    translate("argparse", "invalid choice: %(value)r (choose from %(choices)s)")
    translate("argparse", "invalid %(type)s value: %(value)r")
    translate("argparse", "expected one argument")
    translate("argparse", "not allowed with argument %s")
    translate("argparse", "one of the arguments %s is required")
