"""Numbers and refusals in words the way the interface writes them."""

from __future__ import annotations

__all__ = ["count", "refusal", "menu_text"]


def count(n: int, singular: str, plural: str = "") -> str:
    """``"1 node"``, ``"2 nodes"``, ``"1,200 nodes"`` (thousands separated)."""
    return f"{n:,} {singular if n == 1 else plural or singular + 's'}"


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
