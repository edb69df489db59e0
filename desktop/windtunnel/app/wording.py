"""Refusals and menu texts in words the way the interface writes them (counts are Qt's
plural forms: ``tr("%n node(s)", "", n)``)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from .. import language
from ..model import edits_original

__all__ = ["refusal", "field_problem", "menu_text", "listed", "in_language", "names_language"]


def refusal(error, captions: Mapping[str, str] | None = None) -> str:
    """Why an edit was refused, one line per problem, naming the field but not the element
    (the user is looking at it): ``"Label: is empty"``. A field is named by its caption in
    ``captions`` (the form's, in the interface's language: "Low bound", not "Low", and
    not in English in a Japanese window), else by its own name."""
    lines = []
    for problem in getattr(error, "problems", ()):
        field = problem.location.rsplit(".", 1)[-1] if "." in problem.location else ""
        name = (captions or {}).get(field) or field.capitalize()
        lines.append(field_problem(name, problem.message) if field else str(problem))
    return "\n".join(lines) or str(error)


def field_problem(caption: str, problem: str) -> str:
    """One problem of a field, named by the ``caption`` its form shows it by."""
    return QCoreApplication.translate("wording", "{field}: {problem}").format(
        field=caption, problem=problem)


def menu_text(text: str) -> str:
    """``text`` for a menu item or button, shown as written: Qt reads a lone "&" as the
    mark of a keyboard shortcut and hides it, "&&" shows one ("R&D" stays "R&D")."""
    return text.replace("&", "&&")


def listed(items) -> str:
    """``items`` as a list in a sentence of the interface's language ("Title, Note";
    Chinese and Japanese separate them with "、")."""
    return QCoreApplication.translate("wording", ", ").join(items)


def in_language(caption: str) -> str:
    """A text field's ``caption`` with the language its text is written in ("Label
    (日本語)") in a language other than the original, where the field edits that
    language's translation and the original stays as it is; the caption as is in the
    original language."""
    if edits_original():
        return caption
    spoken = language.LANGUAGES.get(language.current(), language.current())
    return QCoreApplication.translate("wording", "{caption} ({language})").format(
        caption=caption, language=spoken)


def names_language() -> str:
    """The line over the Participants dock's table in a language other than the
    original: the names and roles typed there are that language's translation; empty in
    the original language."""
    if edits_original():
        return ""
    spoken = language.LANGUAGES.get(language.current(), language.current())
    return QCoreApplication.translate(
        "wording", "Names and roles in {language}: what you type is their {language} "
        "translation, the original stays as it is.").format(language=spoken)
