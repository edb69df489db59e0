"""The interface's language: Qt's catalogues installed for the chosen language.

The choice is one of :data:`windtunnel.language.LANGUAGES`: the one remembered in the
preferences, else the system's language (:func:`system_language`). :func:`apply_language`
installs a QTranslator for every compiled catalogue of that language in the translations
folder (``windtunnel_zh_CN.qm`` for the interface, ``core_zh_CN.qm`` for the Qt-free
layers' messages, and any other ``*_zh_CN.qm``), plus Qt's own catalogue for its standard
buttons and dialogs; it sets QLocale's default so that numbers and dates are written the
way the language writes them, and makes the language the app-wide choice
(:func:`windtunnel.language.set_current`), which the model's text and the exports follow.

The compiled ``.qm`` files are built from the ``.ts`` sources by ``build/dev.py
translations`` (pyside6-lrelease); they are never edited by hand.

Windows are built in the language current when they open; a new choice rebuilds every
open window in it at once (:mod:`.rebuild`), and the model's text and the exports follow.
"""

from __future__ import annotations

from pathlib import Path

# QLibraryInfo is read from QtCore only for a language Qt has a catalogue of (English has
# none): named here, PySide6 would make its Python type on every start
from PySide6 import QtCore
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTranslator

from .. import language
from ..paths import resource_path

__all__ = ["system_language", "apply_language", "catalogues", "translations_folder",
           "QT_LOCALES"]

#: The QLocale name Qt's own catalogues and number formats use for each language.
QT_LOCALES = {"en": "en_US", "zh-CN": "zh_CN", "zh-HK": "zh_HK", "ja": "ja_JP"}
#: Qt ships no Hong Kong catalogue for its own dialogs; Taiwan's is the same script.
_QT_CATALOGUE = {"zh-CN": "zh_CN", "zh-HK": "zh_TW", "ja": "ja"}
#: Texts of Qt's own file dialog (the one Qt draws where the platform offers none, as on
#: Linux without a desktop theme) that Qt's catalogues lack: its folder and file-type
#: labels since they gained their mnemonics, and the Type column's words for a folder and
#: a drive since their class was renamed. Marked here, so that the app's catalogues carry
#: them under Qt's context.
QT_CATALOGUE_GAPS = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
                     QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
                     QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
                     QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"))
#: The translators installed now (kept referenced: Qt does not own them).
_installed: list[QTranslator] = []


def translations_folder() -> Path:
    return resource_path("translations")


def system_language(locale: QLocale | None = None) -> str:
    """The language the system speaks, as one of ours: Chinese in mainland China and
    Singapore -> zh-CN; in Hong Kong, Taiwan and Macau (or written in traditional
    characters) -> zh-HK; Japanese -> ja; anything else -> en."""
    locale = locale or QLocale.system()
    if locale.language() == QLocale.Language.Japanese:
        return "ja"
    if locale.language() == QLocale.Language.Chinese:
        traditional = locale.script() == QLocale.Script.TraditionalHanScript
        if traditional or locale.territory() in (QLocale.Country.HongKong,
                                                 QLocale.Country.Taiwan,
                                                 QLocale.Country.Macao):
            return "zh-HK"
        return "zh-CN"
    return "en"


def catalogues(tag: str, folder: Path | None = None) -> list[Path]:
    """Every compiled catalogue of ``tag`` in the translations folder, sorted by name
    (English has one too: the plural forms of the strings written with ``%n``)."""
    folder = folder or translations_folder()
    return sorted(folder.glob(f"*_{language.qt_suffix(tag)}.qm"))


def apply_language(tag: str) -> list[Path]:
    """Make ``tag`` the app's language: its catalogues, Qt's own, the default QLocale and
    the app-wide choice; return the catalogues installed."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    found = catalogues(tag)
    for path in found:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
    qt_name = _QT_CATALOGUE.get(tag)
    if qt_name:
        translator = QTranslator(app)
        qt_folder = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
        if translator.load(f"qtbase_{qt_name}", qt_folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(QT_LOCALES[tag]))
    language.install_catalogue(_lookup if tag != language.ORIGINAL else None)
    language.set_current(tag)
    return found


def _lookup(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
