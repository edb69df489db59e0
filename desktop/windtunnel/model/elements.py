"""The elements of a Windtunnel map: nodes, edges, scenarios, objectives, sources, settings.

Elements are immutable values (frozen dataclasses of plain Python types), so that a model
edit is always "replace element X by element Y" and undo only has to keep the old value.
Each element can list its own problems (:meth:`problems`): range and type checks that do
not need the rest of the model (:mod:`windtunnel.model.checks`). Cross-references (an edge's nodes exist, ids are unique)
are the model's business, see :mod:`windtunnel.model.document`.

Semantics that the whole program relies on:

- A node's ``initial`` is its level at step 0, in [-1, 1]. Restrictions are policy levers:
  their level is enforcement strength.
- An edge ``source -> target`` with ``weight`` w in [-1, 1] means "a rise in source pushes
  target up (w > 0) or down (w < 0) by |w|", felt ``delay`` whole steps later.
- An intervention *clamps* a node to ``value`` from step ``start`` to step ``end``
  (inclusive; ``None`` = to the end), or *pulses* it to ``value`` once, at step ``start``.
- An objective is met when the node's change from baseline at the last step goes the
  wanted ``direction`` by at least ``threshold`` (increase: change >= threshold; decrease:
  change <= -threshold; each to within the rounding tolerance the engine applies,
  ``engine.plans.MET_TOLERANCE``). Threshold 0 on "decrease" reads "do not raise".
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field

from ..language import translate
from .checks import (NO_TRANSLATIONS, Element, check_bounds, check_choice, check_id, check_ids,
                     check_items, check_link, check_number, check_pair, check_text,
                     check_translations)
from .textcheck import short_repr
from .translations import DEFAULT_TIME_UNIT, Translations
from .vocabulary import (ACTIVATIONS, AGGREGATIONS, CONFIDENCES, DEFUZZIFICATIONS, DIRECTIONS,
                         DRIVER_MODES, IMPLICATIONS, INTERVENTION_MODES, MAX_COORDINATE,
                         MAX_LABEL, MAX_SAMPLES, MAX_STEPS, MAX_TAGS, MAX_TEXT, NODE_KINDS,
                         PRECISIONS, RULES, START_VECTORS, UNIONS, ZERO_MODES)

__all__ = ["Node", "Edge", "Intervention", "WeightOverride", "Scenario", "Objective", "Source",
           "Settings"]

#: The largest finite number: the range of a weight checked at any scale (finite, no more).
_LARGEST = sys.float_info.max


@dataclass(frozen=True)
class Node(Element):
    """An actor, a restriction (policy lever) or a factor (outcome or intermediate)."""

    id: str
    label: str
    kind: str = "factor"
    group: str = ""
    initial: float = 0.0
    description: str = ""
    sources: tuple[str, ...] = ()
    position: tuple[float, float] = (0.0, 0.0)
    tags: tuple[str, ...] = ()
    lever: bool = False
    translations: Translations = field(default=NO_TRANSLATIONS)

    @property
    def is_lever(self) -> bool:
        """Restrictions are always levers; other nodes when marked so."""
        return self.kind == "restriction" or self.lever

    def problems(self):
        out: list[tuple[str, str]] = []
        check_id(out, "id", self.id)
        check_text(out, "label", self.label, MAX_LABEL, required=True)
        check_choice(out, "kind", self.kind, NODE_KINDS)
        check_text(out, "group", self.group, MAX_LABEL)
        check_number(out, "initial", self.initial, -1.0, 1.0)
        check_text(out, "description", self.description)
        check_ids(out, "sources", self.sources)
        if not (isinstance(self.position, tuple) and len(self.position) == 2):
            out.append(("position", translate("elements", "is not a pair [x, y]")))
        else:
            for axis, value in zip("xy", self.position):
                check_number(out, f"position.{axis}", value, -MAX_COORDINATE, MAX_COORDINATE)
        if not isinstance(self.tags, tuple) or len(self.tags) > MAX_TAGS:
            out.append(("tags", translate("elements", "is not a list of at most {max_tags} tags").format(
                                    max_tags=MAX_TAGS)))
        else:
            for i, tag in enumerate(self.tags):
                check_text(out, f"tags[{i}]", tag, MAX_LABEL, required=True)
        if not isinstance(self.lever, bool):
            out.append(("lever", translate("elements", "{lever} is not true or false").format(
                                     lever=short_repr(self.lever))))
        check_translations(out, self, {"label": MAX_LABEL, "description": MAX_TEXT})
        return out


@dataclass(frozen=True, slots=True, init=False)
class Edge(Element):
    """A signed influence ``source -> target``; ``low``/``high`` bound its uncertainty.

    While participants rate the edge, its weight (and bounds) are their aggregate, and
    ``unrated_weight`` (with ``unrated_low``/``unrated_high``) keeps the map's own weight
    and bounds from before the first rating: clearing the last rating brings them back
    (windtunnel.engine.aggregation). None while no one rates the edge.

    Its fields are slots (no ``__dict__``): a model may hold hundreds of thousands of
    edges, and an edge in slots takes half the memory.

    An edge is an immutable value like every element (assigning a field raises
    ``FrozenInstanceError``; equality, hash, ``replace`` and ``fields`` are the
    dataclass's), but its constructor is written here rather than generated: a frozen
    dataclass's own ``__init__`` stores each field with ``object.__setattr__(self, name,
    value)``, which looks the name up again for every field of every edge and made an
    edge cost about seven times an unfrozen one. This one stores each field straight into
    its slot through the slot's own setter (:data:`EDGE_SLOT_SETTERS`, below the class),
    which is what ``object.__setattr__`` ends up calling: half the instructions, the same
    result. The signature must list the fields in their order with their
    defaults; ``tests/model/test_edge_value.py`` checks it against ``fields(Edge)``."""

    source: str
    target: str
    weight: float
    delay: int = 0
    confidence: str = "medium"
    low: float | None = None
    high: float | None = None
    rationale: str = ""
    sources: tuple[str, ...] = ()
    unrated_weight: float | None = None
    unrated_low: float | None = None
    unrated_high: float | None = None
    translations: Translations = field(default=NO_TRANSLATIONS)

    def __init__(self, source: str, target: str, weight: float, delay: int = 0,
                 confidence: str = "medium", low: float | None = None,
                 high: float | None = None, rationale: str = "", sources: tuple[str, ...] = (),
                 unrated_weight: float | None = None, unrated_low: float | None = None,
                 unrated_high: float | None = None,
                 translations: Translations = NO_TRANSLATIONS) -> None:
        _SET_SOURCE(self, source)
        _SET_TARGET(self, target)
        _SET_WEIGHT(self, weight)
        _SET_DELAY(self, delay)
        _SET_CONFIDENCE(self, confidence)
        _SET_LOW(self, low)
        _SET_HIGH(self, high)
        _SET_RATIONALE(self, rationale)
        _SET_SOURCES(self, sources)
        _SET_UNRATED_WEIGHT(self, unrated_weight)
        _SET_UNRATED_LOW(self, unrated_low)
        _SET_UNRATED_HIGH(self, unrated_high)
        _SET_TRANSLATIONS(self, translations)

    @property
    def key(self) -> tuple[str, str]:
        return (self.source, self.target)

    def problems(self, *, any_scale: bool = False):
        """Its problems; with ``any_scale``, all but whether the weight and its bounds lie in
        [-1, 1]: the problems no positive rescaling of them could settle (one keeps
        ``low <= weight <= high``), which an importer refuses before it asks how to
        rescale weights outside that range."""
        out: list[tuple[str, str]] = []
        limit = _LARGEST if any_scale else 1.0
        check_pair(out, self.source, self.target, "an edge")
        check_number(out, "weight", self.weight, -limit, limit)
        check_number(out, "delay", self.delay, 0, MAX_STEPS, integer=True)
        check_choice(out, "confidence", self.confidence, CONFIDENCES)
        for name in ("low", "high"):
            value = getattr(self, name)
            if value is not None:
                check_number(out, name, value, -limit, limit)
        if not out:
            check_bounds(out, self.low, self.weight, self.high)
        check_text(out, "rationale", self.rationale)
        check_ids(out, "sources", self.sources)
        self._unrated_problems(out)
        check_translations(out, self, {"rationale": MAX_TEXT})
        return out

    def _unrated_problems(self, out: list[tuple[str, str]]) -> None:
        """The weight kept from before the ratings: in [-1, 1], between its own bounds,
        and no bounds without it."""
        if self.unrated_weight is None:
            for name in ("unrated_low", "unrated_high"):
                if getattr(self, name) is not None:
                    out.append((name, translate("elements", "bounds need a weight between them")))
            return
        before = len(out)
        for name in ("unrated_weight", "unrated_low", "unrated_high"):
            if getattr(self, name) is not None:
                check_number(out, name, getattr(self, name), -1.0, 1.0)
        if len(out) == before:
            bounds: list[tuple[str, str]] = []
            check_bounds(bounds, self.unrated_low, self.unrated_weight, self.unrated_high)
            out.extend((f"unrated_{name}", message) for name, message in bounds)


#: The setter of each of an edge's slots (its member descriptor's ``__set__``), by field,
#: in the fields' order: how an edge's fields are stored without the frozen
#: ``__setattr__``, by ``Edge.__init__`` and by ``windtunnel.model.bulk.trusted_edges``
#: (which fills a column of checked edges a field at a time, with no call per edge). Taken
#: from the class the decorator made: ``slots=True`` builds a new class, whose slots these are.
EDGE_SLOT_SETTERS = {name: getattr(Edge, name).__set__ for name in Edge.__slots__}
(_SET_SOURCE, _SET_TARGET, _SET_WEIGHT, _SET_DELAY, _SET_CONFIDENCE, _SET_LOW, _SET_HIGH,
 _SET_RATIONALE, _SET_SOURCES, _SET_UNRATED_WEIGHT, _SET_UNRATED_LOW, _SET_UNRATED_HIGH,
 _SET_TRANSLATIONS) = EDGE_SLOT_SETTERS.values()


@dataclass(frozen=True)
class Intervention(Element):
    """Hold (clamp) a node at ``value`` over steps [start, end], or set it once (pulse)."""

    node: str
    mode: str = "clamp"
    value: float = 1.0
    start: int = 0
    end: int | None = None

    def problems(self):
        out: list[tuple[str, str]] = []
        check_id(out, "node", self.node)
        check_choice(out, "mode", self.mode, INTERVENTION_MODES)
        check_number(out, "value", self.value, -1.0, 1.0)
        check_number(out, "start", self.start, 0, MAX_STEPS, integer=True)
        if self.end is not None:
            check_number(out, "end", self.end, 0, MAX_STEPS, integer=True)
            if not out and self.end < self.start:
                out.append(("end", translate("elements", "step {end} is before the start step "
                                                         "{start}").format(
                                       end=self.end, start=self.start)))
        return out


@dataclass(frozen=True)
class WeightOverride(Element):
    """In one scenario, the edge ``source -> target`` has ``weight`` instead of its own."""

    source: str
    target: str
    weight: float

    @property
    def key(self) -> tuple[str, str]:
        return (self.source, self.target)

    def problems(self):
        out: list[tuple[str, str]] = []
        check_id(out, "source", self.source)
        check_id(out, "target", self.target)
        check_number(out, "weight", self.weight, -1.0, 1.0)
        return out


@dataclass(frozen=True)
class Scenario(Element):
    """A named policy option: lever interventions and edge-weight overrides."""

    id: str
    label: str
    description: str = ""
    interventions: tuple[Intervention, ...] = ()
    overrides: tuple[WeightOverride, ...] = ()
    translations: Translations = field(default=NO_TRANSLATIONS)

    #: The original name of a scenario added without one: no author's text, so a rename in
    #: any language replaces it (:func:`~windtunnel.model.translations.with_text`).
    GENERATED_LABEL = re.compile(re.escape("New scenario"))

    def problems(self):
        out: list[tuple[str, str]] = []
        check_id(out, "id", self.id)
        check_text(out, "label", self.label, MAX_LABEL, required=True)
        check_text(out, "description", self.description)
        check_items(out, "interventions", self.interventions, Intervention)
        check_items(out, "overrides", self.overrides, WeightOverride)
        if isinstance(self.overrides, tuple):
            seen: set = set()                 # a set: 100,000 overrides check in linear time
            for i, item in enumerate(self.overrides):
                if not isinstance(item, WeightOverride):
                    continue
                key = item.key
                try:
                    twice = key in seen
                except TypeError:             # an unhashable id is reported by its own check
                    continue
                if twice:
                    out.append((f"overrides[{i}]",
                                translate("elements", "edge {key} \u2192 {key2} is overridden twice").format(
                                    key=key[0], key2=key[1])))
                seen.add(key)
        check_translations(out, self, {"label": MAX_LABEL, "description": MAX_TEXT})
        return out


@dataclass(frozen=True)
class Objective(Element):
    """What a scenario should achieve on one node, used to score scenarios."""

    id: str
    label: str
    node: str
    direction: str = "decrease"
    threshold: float = 0.0
    importance: float = 1.0
    translations: Translations = field(default=NO_TRANSLATIONS)

    def problems(self):
        out: list[tuple[str, str]] = []
        check_id(out, "id", self.id)
        check_text(out, "label", self.label, MAX_LABEL, required=True)
        check_id(out, "node", self.node)
        check_choice(out, "direction", self.direction, DIRECTIONS)
        check_number(out, "threshold", self.threshold, 0.0, 2.0)
        check_number(out, "importance", self.importance, 0.0, 10.0)
        check_translations(out, self, {"label": MAX_LABEL})
        return out


@dataclass(frozen=True)
class Source(Element):
    """A piece of evidence that nodes and edges cite by id."""

    id: str
    title: str
    publisher: str = ""
    date: str = ""
    citation: str = ""
    #: A web address where the source can be read (optional; since format version 6).
    url: str = ""
    note: str = ""
    translations: Translations = field(default=NO_TRANSLATIONS)

    def problems(self):
        out: list[tuple[str, str]] = []
        check_id(out, "id", self.id)
        check_text(out, "title", self.title, MAX_LABEL * 2, required=True)
        check_link(out, "url", self.url)
        for name in ("publisher", "date"):
            check_text(out, name, getattr(self, name), MAX_LABEL)
        for name in ("citation", "note"):
            check_text(out, name, getattr(self, name))
        check_translations(out, self, {"title": MAX_LABEL * 2, "publisher": MAX_LABEL,
                                      "note": MAX_TEXT})
        return out


@dataclass(frozen=True)
class Settings(Element):
    """Engine settings: every convention on which FCM tools differ is explicit here.

    ``steps`` is the horizon of a run and also its step cap. ``stop_early`` ends a run at
    convergence (as FCMpy and Mental Modeler do) instead of running the whole horizon.
    Convergence: the largest change over ``convergence_nodes`` (all nodes when empty) is
    ``<= tolerance`` (``< tolerance`` when ``strict``). ``count_initial`` says whether the
    initial state counts as step 1 when reporting "converged at step k". ``precision`` is
    the arithmetic Monte Carlo samples in (:data:`PRECISIONS`); plain runs are float64.
    """

    steps: int = 24
    time_unit: str = DEFAULT_TIME_UNIT
    rule: str = "modified_kosko"
    activation: str = "sigmoid"
    steepness: float = 1.0
    start: str = "initial"
    drivers: str = "hold"
    tolerance: float = 1e-5
    strict: bool = False
    stop_early: bool = False
    count_initial: bool = False
    convergence_nodes: tuple[str, ...] = ()
    samples: int = 1000
    seed: int = 2026
    precision: str = "float64"
    aggregation: str = "mean"
    aggregation_zeros: str = "include"
    implication: str = "mamdani"
    union: str = "max"
    defuzzification: str = "centroid"

    def problems(self):
        out: list[tuple[str, str]] = []
        check_number(out, "steps", self.steps, 1, MAX_STEPS, integer=True)
        check_text(out, "time_unit", self.time_unit, 40, required=True)
        check_choice(out, "rule", self.rule, RULES)
        check_choice(out, "activation", self.activation, ACTIVATIONS)
        check_number(out, "steepness", self.steepness, 1e-3, 1e3)
        check_choice(out, "start", self.start, START_VECTORS)
        check_choice(out, "drivers", self.drivers, DRIVER_MODES)
        check_number(out, "tolerance", self.tolerance, 0.0, 1.0)
        for name in ("strict", "stop_early", "count_initial"):
            if not isinstance(getattr(self, name), bool):
                out.append((name, translate("elements", "{getattr} is not true or false").format(
                                      getattr=short_repr(getattr(self, name)))))
        check_ids(out, "convergence_nodes", self.convergence_nodes, limit=10**6)
        check_number(out, "samples", self.samples, 0, MAX_SAMPLES, integer=True)
        check_number(out, "seed", self.seed, 0, 2**63 - 1, integer=True)
        check_choice(out, "precision", self.precision, PRECISIONS)
        for name, choices in (("aggregation", AGGREGATIONS), ("aggregation_zeros", ZERO_MODES),
                              ("implication", IMPLICATIONS), ("union", UNIONS),
                              ("defuzzification", DEFUZZIFICATIONS)):
            check_choice(out, name, getattr(self, name), choices)
        return out
