"""Line breaks in labels: a label is one line.

A label names a node (a scenario, an objective, a participant) wherever it shows: on the
map, where it wraps to the room it has, in a chart's legend, a table's row, a sheet's
cell. A break typed in it belongs to one of those places at most (a spreadsheet cell's
Alt+Enter, a JSON file's ``\\n``, a paste of two lines), so Windtunnel reads it as the
space between two words:

- an import makes every label one line (:func:`single_line_labels`), each break and the
  blanks around it a space, and its note says how many labels changed and names the
  first; descriptions, rationales and notes keep their breaks;
- an edit (typed, pasted, or an element pasted from elsewhere) makes the label it sets,
  or its translation, one line (:func:`one_line`, :func:`one_line_label`);
- a model file that holds a label with a break (written by a script, or by an earlier
  version) is read as it is: nothing in it changes unsaid, and the note
  (:func:`label_breaks_note`) says how such a label shows: on one line on the map, its
  breaks as spaces.
"""

from __future__ import annotations

import dataclasses
import re
from operator import attrgetter

from ..errors import Problem
from ..language import translate
from .document import Model

__all__ = ["one_line", "one_line_label", "single_line_labels", "label_breaks_note"]

#: The kinds of element that have a label, in the model's order of kinds (sources have a
#: title, edges nothing to show as a name: a model's edges, by far its most numerous
#: elements, are not walked when its labels are).
LABELLED = ("node", "scenario", "objective", "participant")

#: A line break (LF, CR, and Unicode's line and paragraph separators) with the blanks
#: around it.
_BREAK = re.compile(r"[ \t]*[\r\n\u2028\u2029]+[ \t\r\n\u2028\u2029]*")


def one_line(text: str) -> str:
    """``text`` with each line break, and the blanks around it, made one space (a break at
    either end taken out); ``text`` itself when it holds none."""
    if _BREAK.search(text) is None:
        return text
    return _BREAK.sub(" ", text).strip(" \t")


def one_line_label(element, before=None):
    """``element`` with its label, and its label's translations, made one line
    (:func:`one_line`); ``element`` itself when none holds a break. With ``before`` (the
    element it replaces) only the label texts that differ from ``before``'s are made one
    line: an edit of another field leaves a label a model file brought as it is."""
    label = getattr(element, "label", None)
    if not isinstance(label, str):
        return element
    changes = {}
    if label != getattr(before, "label", None) and one_line(label) != label:
        changes["label"] = one_line(label)
    translations = getattr(element, "translations", None)
    if translations is not None:
        kept = set(getattr(getattr(before, "translations", None), "entries", ()))
        entries = tuple((tag, name, one_line(text))
                        if name == "label" and (tag, name, text) not in kept else
                        (tag, name, text) for tag, name, text in translations.entries)
        if entries != translations.entries:
            changes["translations"] = dataclasses.replace(translations, entries=entries)
    return dataclasses.replace(element, **changes) if changes else element


def _broken(model: Model) -> list[tuple[str, object]]:
    """Each element whose label (or a translation of it) holds a line break, as (kind,
    element), in kind order."""
    return [(kind, element) for kind in LABELLED
            for element in _may_break(getattr(model, f"{kind}s"))
            if one_line_label(element) is not element]


#: The characters a line break (:data:`_BREAK`) holds one of, at least.
_BREAK_CHARACTERS = "\r\n\u2028\u2029"


def _may_break(elements: list) -> list:
    """``elements`` when one of them may hold a label :func:`one_line_label` changes; none
    when every label is text without a line break character (the labels searched as one
    text, at C speed) and no element has a translation: a map of a thousand nodes is then
    not walked label by label."""
    try:
        labels = "\t".join(map(attrgetter("label"), elements))
        entries = set(map(attrgetter("translations.entries"), elements))
    except (AttributeError, TypeError):           # a label not text, no translations
        return elements
    if entries - {()} or any(char in labels for char in _BREAK_CHARACTERS):
        return elements
    return []


def _place(kind: str, element) -> str:
    return f"{kind} {element.id!r}"


def single_line_labels(model: Model) -> Problem | None:
    """Make every label of an imported ``model`` one line (in place); the note saying how
    many changed and which first, or None when none held a break."""
    broken = _broken(model)
    if not broken:
        return None
    for kind, element in broken:
        model.replace(kind, one_line_label(element))
    return Problem(_place(*broken[0]), translate(
        "label_lines", "line breaks in {count:,} label(s) became spaces: a label is one line "
                       "(descriptions keep their breaks)").format(count=len(broken)))


def label_breaks_note(model: Model) -> Problem | None:
    """How a model file's labels that hold line breaks show (the file read as it is): the
    note naming how many and the first, or None when none does."""
    broken = _broken(model)
    if not broken:
        return None
    return Problem(_place(*broken[0]), translate(
        "label_lines", "{count:,} label(s) hold line breaks, kept as the file has them: the "
                       "map shows such a label on one line, its breaks as spaces; edit it "
                       "to make it one line everywhere").format(count=len(broken)))
