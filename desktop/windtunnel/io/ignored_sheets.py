"""Sheets a workbook marks as not to be imported: Kumu's convention, "(ignore)" in a sheet's
name (its help: *Structure your data for Kumu*), for notes, lists and old versions that
stay in the workbook but hold no part of the map.

Such a sheet is never read (a second edge list named ``Ties (ignore)`` beside ``Ties`` is
no ambiguity, and an old Connections sheet adds no edges); the import's note names the
sheets it skipped, and a workbook whose every sheet is marked is refused, naming them.
"""

from __future__ import annotations

import re

from ..errors import LoadError, Problem
from ..language import translate
from .naming import bounded

__all__ = ["marked_ignored", "ignored_note", "IgnoredSheets"]

#: Kumu's mark, in any case and with any spaces inside its brackets: ``(ignore)``.
_MARK = re.compile(r"\(\s*ignore\s*\)", re.IGNORECASE)

#: The most sheet names a note or refusal lists.
_LISTED = 5


def marked_ignored(name: str) -> bool:
    """Whether a sheet's name carries the mark that says not to import it."""
    return _MARK.search(name) is not None


def _listed(names: list[str]) -> str:
    return bounded([repr(name) for name in names], _LISTED)


def ignored_note(names: list[str]) -> Problem | None:
    """The note naming the sheets skipped for their mark; None when there were none."""
    if not names:
        return None
    return Problem("", translate(
        "interchange", "not read: {sheets}, marked \u201c(ignore)\u201d in the name, "
                       "Kumu's mark for a sheet that stays in the workbook but is not "
                       "imported").format(sheets=_listed(names)))


class IgnoredSheets:
    """A workbook reader's choice of sheets that leaves out the marked ones, remembering
    them (:attr:`names`) for the note; every sheet marked is a LoadError naming them."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def kept(self, names: list[str]) -> list[str]:
        """``names`` without the marked ones, which are remembered."""
        marked = [name for name in names if marked_ignored(name)]
        if names and len(marked) == len(names):
            raise LoadError(Problem("", translate(
                "interchange", "every sheet is marked \u201c(ignore)\u201d in its name "
                               "({sheets}), so there is nothing to import: take the mark "
                               "out of the names of the sheets to read").format(
                    sheets=_listed(marked))))
        self.names.extend(marked)
        return [name for name in names if not marked_ignored(name)]
