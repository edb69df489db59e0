"""Refusals and menu texts in words the way the interface writes them (counts are Qt's
plural forms: ``tr("%n node(s)", "", n)``)."""

from __future__ import annotations

__all__ = ["refusal", "menu_text"]


def refusal(error) -> str:
    """Why an edit was refused, one line per problem, naming the field but not the element
    (the user is looking at it): ``"Label: is empty"``."""
    lines = []
    for problem in getattr(error, "problems", ()):
        field = problem.location.rsplit(".", 1)[-1] if "." in problem.location else ""
        lines.append(f"{field.capitalize()}: {problem.message}" if field else str(problem))
    return "\n".join(lines) or str(error)


def menu_text(text: str) -> str:
    """``text`` for a menu item or button, shown as written: Qt reads a lone "&" as the
    mark of a keyboard shortcut and hides it, "&&" shows one ("R&D" stays "R&D")."""
    return text.replace("&", "&&")
