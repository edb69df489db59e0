"""What a computation reads of a model: everything but its words and its drawing.

Results (the runs, Monte Carlo, sensitivity, an exploration) depend on the numbers and
choices of a model: weights, delays, confidences and bounds, initial levels, levers,
interventions, objectives' directions and thresholds, participants' ratings and
credibility, the settings. They do not depend on the words (labels, descriptions,
rationales, notes, translations, sources cited) or on where nodes are drawn; the views
name results in the model's current words without running again
(``engine.named``). :func:`computed_content` is that part of a model as one comparable
value: two models with equal contents give the same numbers, so results computed on one
still describe the other (a rationale pasted into an edge, a label renamed, or an edit
undone back to the content the results were computed from).

Anything not listed in :data:`WORDS` counts, so a field added to an element later makes
results out of date when it changes until it is listed here.
"""

from __future__ import annotations

from dataclasses import fields
from functools import cache
from operator import attrgetter

from .checks import Element
from .document import Model
from .elements import Settings

__all__ = ["computed_content", "without_participants", "WORDS"]

#: The fields of the elements (nodes, edges, scenarios, objectives, participants, their
#: ratings and own nodes, the settings) that no computation reads: words and drawing.
WORDS = frozenset({"label", "description", "rationale", "role", "date", "tags", "sources",
                   "position", "translations", "time_unit"})

#: The fields that hold elements of their own (a scenario's interventions and overrides,
#: a participant's ratings and own nodes).
_HOLDERS = frozenset({"interventions", "overrides", "ratings", "nodes"})

#: The collections a computation reads (the sources are citations only).
_COMPUTED = ("nodes", "edges", "scenarios", "objectives", "participants")

#: Where, in the settings' content, are those that only turn the participants' ratings
#: into the edges' working weights.
_AGGREGATION_AT = frozenset(
    k for k, name in enumerate(f.name for f in fields(Settings) if f.name not in WORDS)
    if name in ("aggregation", "aggregation_zeros", "implication", "union", "defuzzification"))


def computed_content(model: Model, *, participants: bool = True) -> tuple:
    """The part of ``model`` a computation reads (see the module docstring), as a tuple
    that compares equal for two models exactly when their results are the same numbers;
    ``participants``: see :func:`without_participants`."""
    content = (_content(model.settings),) + tuple(
        tuple(_content(element) for element in getattr(model, collection))
        for collection in _COMPUTED)
    return content if participants else without_participants(content)


def without_participants(content: tuple) -> tuple:
    """A model's :func:`computed_content` as a computation reads it that reads the map's
    working weights but not the participants themselves (an exploration whose futures
    are not participants' maps, Monte Carlo of the weights). Their ratings and the way
    they are aggregated then count only through the edges' weights they make, so a
    participant added who has rated nothing yet (which may also set absent ratings to be
    left out), or one whose new name remakes their id, leaves such results current; a
    rating that moves a weight does not."""
    settings, *collections, _participants = content
    return (tuple(value for k, value in enumerate(settings) if k not in _AGGREGATION_AT),
            *collections)


def _content(element: Element) -> tuple:
    read, nested = _reader(type(element))
    values = read(element)
    if not nested:
        return values
    return tuple(tuple(_content(item) for item in value) if k in nested else value
                 for k, value in enumerate(values))


@cache
def _reader(element_type: type) -> tuple:
    """What to read of an element of ``element_type``: a getter of its computed fields as
    one tuple (one call in C: a map of 40,000 edges is read in a few hundredths of a
    second) and the positions among them of the fields that hold elements."""
    names = [f.name for f in fields(element_type) if f.name not in WORDS]
    read = attrgetter(*names) if len(names) > 1 else (lambda e, n=names[0]: (getattr(e, n),))
    return read, frozenset(k for k, name in enumerate(names) if name in _HOLDERS)
