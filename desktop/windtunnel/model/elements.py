"""The elements of a Windtunnel model: nodes, edges, scenarios, objectives, sources, settings.

Elements are immutable values (frozen dataclasses of plain Python types), so that a model
edit is always "replace element X by element Y" and undo only has to keep the old value.
Each element can list its own problems (:meth:`problems`): range and type checks that do
not need the rest of the model. Cross-references (an edge's nodes exist, ids are unique)
are the model's business, see :mod:`windtunnel.model.document`.

Semantics that the whole program relies on:

- A node's ``initial`` is its level at step 0, in [-1, 1]. Restrictions are policy levers:
  their level is enforcement strength.
- An edge ``source -> target`` with ``weight`` w in [-1, 1] means "a rise in source pushes
  target up (w > 0) or down (w < 0) by |w|", felt ``delay`` whole steps later.
- An intervention *clamps* a node to ``value`` from step ``start`` to step ``end``
  (inclusive; ``None`` = to the end), or *pulses* it to ``value`` once, at step ``start``.
- A participant's rating of ``source -> target`` is what that stakeholder believes the
  edge's weight is: a number in [-1, 1], or a linguistic term on FCMpy's scale
  (:data:`LINGUISTIC_TERMS`, -VH .. +VH, each a triangle on [-1, 1]). The map's working
  weight of a rated edge is the aggregate of the participants' ratings, by the method the
  settings record (``aggregation``, ``aggregation_zeros``; see windtunnel.engine.aggregation).
- An objective is met when the node's change from baseline at the last step goes the
  wanted ``direction`` by at least ``threshold`` (increase: change >= threshold; decrease:
  change <= -threshold). Threshold 0 on "decrease" reads "do not raise".
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ..language import translate
from .textcheck import short_repr, lone_surrogate, surrogate_message
from .translations import TRANSLATABLE, Translations

__all__ = [
    "NODE_KINDS", "CONFIDENCES", "INTERVENTION_MODES", "DIRECTIONS", "RULES", "ACTIVATIONS",
    "START_VECTORS", "DRIVER_MODES", "PRECISIONS", "AGGREGATIONS", "ZERO_MODES", "IMPLICATIONS", "UNIONS",
    "DEFUZZIFICATIONS", "LINGUISTIC_TERMS", "Rating", "Participant", "Node", "Edge", "Intervention", "WeightOverride",
    "Scenario", "Objective", "Source", "Settings", "is_valid_id", "slugify",
    "MAX_LABEL", "MAX_TEXT", "MAX_ID", "DEFAULT_WEIGHT", "Translations",
]

NODE_KINDS = ("actor", "restriction", "factor")
CONFIDENCES = ("low", "medium", "high")
INTERVENTION_MODES = ("clamp", "pulse")
DIRECTIONS = ("increase", "decrease")
RULES = ("kosko", "modified_kosko", "rescaled")
ACTIVATIONS = ("sigmoid", "tanh", "bivalent", "trivalent", "clip")
START_VECTORS = ("initial", "ones")
DRIVER_MODES = ("hold", "update")
#: Monte Carlo's arithmetic: float64, or float32 for large runs (faster; its bands agree
#: with float64's to the tolerance the help states, and a seed still fixes every number).
PRECISIONS = ("float64", "float32")
#: How participants' ratings become the working weight of an edge (see engine.aggregation).
AGGREGATIONS = ("mean", "median", "linguistic")
#: fcmconfr's choice: an edge a participant did not draw (or rated 0) counts as a 0
#: ("include") or is left out of that edge's aggregate ("ignore").
ZERO_MODES = ("include", "ignore")
#: FCMpy's linguistic pipeline: implication, union of the activated terms, defuzzification.
IMPLICATIONS = ("mamdani", "larsen")
UNIONS = ("max", "algebraic_sum", "einstein_sum", "hamacher_sum")
DEFUZZIFICATIONS = ("centroid", "bisector", "mean_of_maxima")
#: The linguistic scale of ratings (FCMpy's default terms, weakest to strongest by sign).
LINGUISTIC_TERMS = ("-VH", "-H", "-M", "-L", "-VL", "NA", "+VL", "+L", "+M", "+H", "+VH")
MAX_RATINGS = 100_000
#: The weight of an edge drawn on the map, or imported from a table that gives none.
DEFAULT_WEIGHT = 0.5

MAX_ID = 64
MAX_LABEL = 300
MAX_TEXT = 20_000
MAX_TAGS = 50
MAX_COORDINATE = 1e7
MAX_STEPS = 10_000
MAX_SAMPLES = 100_000

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]*\Z")
#: The translations of an element that has none (immutable, so every such element shares it).
NO_TRANSLATIONS = Translations()


def is_valid_id(value: object) -> bool:
    """Ids are short slugs: letters, digits, ``_ . -``, starting with a letter or digit."""
    return isinstance(value, str) and 0 < len(value) <= MAX_ID and bool(_ID.match(value))


def slugify(text: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """Make a valid id from free text, unique among ``taken`` (``"US Labs"`` -> ``us-labs``)."""
    base = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[: MAX_ID - 4] or "item"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


# -- small checks shared by every element -------------------------------------------------

def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _check_number(out, name, value, lo, hi, *, integer=False):
    # Integers are compared exactly, never through float(): a 400-digit integer overflows it.
    kind = type(value)
    if (kind is int or kind is float and not integer) and lo <= value <= hi:
        return                           # the usual case, settled at once (NaN fails it)
    if not _is_number(value) or (integer and isinstance(value, float)
                                 and not value.is_integer()):
        message = (translate("elements", "{value} is not a whole number") if integer
                   else translate("elements", "{value} is not a number"))
        out.append((name, message.format(value=short_repr(value))))
    elif isinstance(value, float) and not math.isfinite(value):
        out.append((name, translate("elements", "{value!r} is not a finite number").format(
                              value=value)))
    elif not lo <= value <= hi:
        out.append((name, translate("elements", "{value} is outside [{lo:g}, {hi:g}]").format(
                              value=short_repr(value), lo=lo, hi=hi)))


def _check_text(out, name, value, limit=MAX_TEXT, *, required=False):
    if (type(value) is str and len(value) <= limit and value.isascii()
            and (not required or value.strip())):
        return                           # the usual case: plain text, nothing to find
    if not isinstance(value, str):
        out.append((name, translate("elements", "{value} is not text").format(
                              value=_short(value))))
    elif len(value) > limit:
        out.append((name, translate("elements", "text of {count:,} characters is longer than "
                                                "{limit:,}").format(
                              count=len(value), limit=limit)))
    elif required and not value.strip():
        out.append((name, translate("elements", "is empty")))
    elif (position := lone_surrogate(value)) is not None:
        out.append((name, surrogate_message(value, position)))


def _check_choice(out, name, value, choices):
    if value not in choices:
        out.append((name, translate("elements", "{value} is not one of {choices}").format(
                              value=_short(value), choices=', '.join(choices))))


def _check_id(out, name, value):
    if not is_valid_id(value):
        out.append((name, translate("elements", "{value} is not a valid id (1-{max_id} "
                                                "letters, digits, '_', '.', '-', starting "
                                                "with a letter or digit)").format(
                              value=_short(value), max_id=MAX_ID)))


def _check_ids(out, name, values, limit=MAX_TAGS * 4):
    if values == ():
        return
    if not isinstance(values, tuple):
        out.append((name, translate("elements", "is not a list")))
        return
    if len(values) > limit:
        out.append((name, translate("elements", "has {count} entries, more than {limit}").format(
                              count=len(values), limit=limit)))
        return
    for i, value in enumerate(values):
        _check_id(out, f"{name}[{i}]", value)


def _check_items(out, name, items, kind, limit=None):
    """A list of nested elements: each of type ``kind``, each with its own problems."""
    if not isinstance(items, tuple):
        out.append((name, translate("elements", "is not a list")))
        return
    if limit is not None and len(items) > limit:
        out.append((name, translate("elements", "has {count:,} entries, more than {limit:,}").format(
                              count=len(items), limit=limit)))
        return
    for i, item in enumerate(items):
        if not isinstance(item, kind):
            out.append((f"{name}[{i}]", translate("elements", "is not of the kind {kind}").format(
                                            kind=kind.__name__)))
            continue
        out.extend((f"{name}[{i}].{f}", m) for f, m in item.problems())


_short = short_repr  # a 5,000-digit integer has no repr()


class _Element:
    """Base of the elements: ``problems()`` lists (field, message) pairs found in the
    element alone (an empty list: the element is sound on its own)."""

    def problems(self) -> list[tuple[str, str]]:  # pragma: no cover - overridden
        raise NotImplementedError


# -- elements -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Node(_Element):
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
        _check_id(out, "id", self.id)
        _check_text(out, "label", self.label, MAX_LABEL, required=True)
        _check_choice(out, "kind", self.kind, NODE_KINDS)
        _check_text(out, "group", self.group, MAX_LABEL)
        _check_number(out, "initial", self.initial, -1.0, 1.0)
        _check_text(out, "description", self.description)
        _check_ids(out, "sources", self.sources)
        if not (isinstance(self.position, tuple) and len(self.position) == 2):
            out.append(("position", translate("elements", "is not a pair [x, y]")))
        else:
            for axis, value in zip("xy", self.position):
                _check_number(out, f"position.{axis}", value, -MAX_COORDINATE, MAX_COORDINATE)
        if not isinstance(self.tags, tuple) or len(self.tags) > MAX_TAGS:
            out.append(("tags", translate("elements", "is not a list of at most {max_tags} tags").format(
                                    max_tags=MAX_TAGS)))
        else:
            for i, tag in enumerate(self.tags):
                _check_text(out, f"tags[{i}]", tag, MAX_LABEL, required=True)
        if not isinstance(self.lever, bool):
            out.append(("lever", translate("elements", "{lever} is not true or false").format(
                                     lever=_short(self.lever))))
        _check_translations(out, self, {"label": MAX_LABEL, "description": MAX_TEXT})
        return out


@dataclass(frozen=True)
class Edge(_Element):
    """A signed influence ``source -> target``; ``low``/``high`` bound its uncertainty."""

    source: str
    target: str
    weight: float
    delay: int = 0
    confidence: str = "medium"
    low: float | None = None
    high: float | None = None
    rationale: str = ""
    sources: tuple[str, ...] = ()
    translations: Translations = field(default=NO_TRANSLATIONS)

    @property
    def key(self) -> tuple[str, str]:
        return (self.source, self.target)

    def problems(self):
        out: list[tuple[str, str]] = []
        _check_pair(out, self.source, self.target, "an edge")
        _check_number(out, "weight", self.weight, -1.0, 1.0)
        _check_number(out, "delay", self.delay, 0, MAX_STEPS, integer=True)
        _check_choice(out, "confidence", self.confidence, CONFIDENCES)
        for name in ("low", "high"):
            value = getattr(self, name)
            if value is not None:
                _check_number(out, name, value, -1.0, 1.0)
        if not out:
            if self.low is not None and self.low > self.weight:
                out.append(("low", translate("elements", "{low!r} is above the weight {weight!r}").format(
                                       low=self.low, weight=self.weight)))
            if self.high is not None and self.high < self.weight:
                out.append(("high", translate("elements", "{high!r} is below the weight {weight!r}").format(
                                        high=self.high, weight=self.weight)))
        _check_text(out, "rationale", self.rationale)
        _check_ids(out, "sources", self.sources)
        _check_translations(out, self, {"rationale": MAX_TEXT})
        return out


def _check_translations(out, element, limits: dict[str, int]):
    """The element's translations: known tags, translatable fields, valid texts."""
    if element.translations is NO_TRANSLATIONS:
        return
    if not isinstance(element.translations, Translations):
        out.append(("translations", f"{_short(element.translations)} is not a set of "
                                    "translations"))
        return
    out.extend(element.translations.problems(TRANSLATABLE[type(element).__name__], limits))


def _check_pair(out, source, target, what):
    """The two ends of an edge or a rating: valid ids, and not the same node."""
    _check_id(out, "source", source)
    _check_id(out, "target", target)
    if source == target and is_valid_id(source):
        out.append(("target", translate("elements", "{what} cannot join {source!r} to itself").format(
                                  what=what, source=source)))


@dataclass(frozen=True)
class Intervention(_Element):
    """Hold (clamp) a node at ``value`` over steps [start, end], or set it once (pulse)."""

    node: str
    mode: str = "clamp"
    value: float = 1.0
    start: int = 0
    end: int | None = None

    def problems(self):
        out: list[tuple[str, str]] = []
        _check_id(out, "node", self.node)
        _check_choice(out, "mode", self.mode, INTERVENTION_MODES)
        _check_number(out, "value", self.value, -1.0, 1.0)
        _check_number(out, "start", self.start, 0, MAX_STEPS, integer=True)
        if self.end is not None:
            _check_number(out, "end", self.end, 0, MAX_STEPS, integer=True)
            if not out and self.end < self.start:
                out.append(("end", translate("elements", "step {end} is before the start step "
                                                         "{start}").format(
                                       end=self.end, start=self.start)))
        return out


@dataclass(frozen=True)
class WeightOverride(_Element):
    """In one scenario, the edge ``source -> target`` has ``weight`` instead of its own."""

    source: str
    target: str
    weight: float

    @property
    def key(self) -> tuple[str, str]:
        return (self.source, self.target)

    def problems(self):
        out: list[tuple[str, str]] = []
        _check_id(out, "source", self.source)
        _check_id(out, "target", self.target)
        _check_number(out, "weight", self.weight, -1.0, 1.0)
        return out


@dataclass(frozen=True)
class Scenario(_Element):
    """A named policy option: lever interventions and edge-weight overrides."""

    id: str
    label: str
    description: str = ""
    interventions: tuple[Intervention, ...] = ()
    overrides: tuple[WeightOverride, ...] = ()
    translations: Translations = field(default=NO_TRANSLATIONS)

    def problems(self):
        out: list[tuple[str, str]] = []
        _check_id(out, "id", self.id)
        _check_text(out, "label", self.label, MAX_LABEL, required=True)
        _check_text(out, "description", self.description)
        _check_items(out, "interventions", self.interventions, Intervention)
        _check_items(out, "overrides", self.overrides, WeightOverride)
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
                                translate("elements", "edge {key} -> {key2} is overridden twice").format(
                                    key=key[0], key2=key[1])))
                seen.add(key)
        _check_translations(out, self, {"label": MAX_LABEL, "description": MAX_TEXT})
        return out


@dataclass(frozen=True)
class Objective(_Element):
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
        _check_id(out, "id", self.id)
        _check_text(out, "label", self.label, MAX_LABEL, required=True)
        _check_id(out, "node", self.node)
        _check_choice(out, "direction", self.direction, DIRECTIONS)
        _check_number(out, "threshold", self.threshold, 0.0, 2.0)
        _check_number(out, "importance", self.importance, 0.0, 10.0)
        _check_translations(out, self, {"label": MAX_LABEL})
        return out


@dataclass(frozen=True)
class Source(_Element):
    """A piece of evidence that nodes and edges cite by id."""

    id: str
    title: str
    publisher: str = ""
    date: str = ""
    citation: str = ""
    note: str = ""
    translations: Translations = field(default=NO_TRANSLATIONS)

    def problems(self):
        out: list[tuple[str, str]] = []
        _check_id(out, "id", self.id)
        _check_text(out, "title", self.title, MAX_LABEL * 2, required=True)
        for name in ("publisher", "date"):
            _check_text(out, name, getattr(self, name), MAX_LABEL)
        for name in ("citation", "note"):
            _check_text(out, name, getattr(self, name))
        _check_translations(out, self, {"title": MAX_LABEL * 2, "publisher": MAX_LABEL,
                                       "note": MAX_TEXT})
        return out


@dataclass(frozen=True)
class Settings(_Element):
    """Engine settings: every convention on which FCM tools differ is explicit here.

    ``steps`` is the horizon of a run and also its step cap. ``stop_early`` ends a run at
    convergence (as FCMpy and Mental Modeler do) instead of running the whole horizon.
    Convergence: the largest change over ``convergence_nodes`` (all nodes when empty) is
    ``<= tolerance`` (``< tolerance`` when ``strict``). ``count_initial`` says whether the
    initial state counts as step 1 when reporting "converged at step k". ``precision`` is
    the arithmetic Monte Carlo samples in (:data:`PRECISIONS`); plain runs are float64.
    """

    steps: int = 24
    time_unit: str = "month"
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
        _check_number(out, "steps", self.steps, 1, MAX_STEPS, integer=True)
        _check_text(out, "time_unit", self.time_unit, 40, required=True)
        _check_choice(out, "rule", self.rule, RULES)
        _check_choice(out, "activation", self.activation, ACTIVATIONS)
        _check_number(out, "steepness", self.steepness, 1e-3, 1e3)
        _check_choice(out, "start", self.start, START_VECTORS)
        _check_choice(out, "drivers", self.drivers, DRIVER_MODES)
        _check_number(out, "tolerance", self.tolerance, 0.0, 1.0)
        for name in ("strict", "stop_early", "count_initial"):
            if not isinstance(getattr(self, name), bool):
                out.append((name, translate("elements", "{getattr} is not true or false").format(
                                      getattr=_short(getattr(self, name)))))
        _check_ids(out, "convergence_nodes", self.convergence_nodes, limit=10**6)
        _check_number(out, "samples", self.samples, 0, MAX_SAMPLES, integer=True)
        _check_number(out, "seed", self.seed, 0, 2**63 - 1, integer=True)
        _check_choice(out, "precision", self.precision, PRECISIONS)
        for name, choices in (("aggregation", AGGREGATIONS), ("aggregation_zeros", ZERO_MODES),
                              ("implication", IMPLICATIONS), ("union", UNIONS),
                              ("defuzzification", DEFUZZIFICATIONS)):
            _check_choice(out, name, getattr(self, name), choices)
        return out


@dataclass(frozen=True)
class Rating(_Element):
    """One participant's rating of the edge ``source -> target``: a ``weight`` in [-1, 1]
    or a linguistic ``term`` (one of :data:`LINGUISTIC_TERMS`), or both (the term is what
    the participant said, the weight what it was read as); ``sources`` trace it to evidence.
    ``low``/``high`` make a numeric rating an interval (low, high) or a triangle (low,
    weight, high), as fcmconfr's interval and triangular fuzzy weights."""

    source: str
    target: str
    weight: float | None = None
    term: str = ""
    low: float | None = None
    high: float | None = None
    confidence: str = "medium"
    rationale: str = ""
    sources: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, str]:
        return (self.source, self.target)

    def problems(self):
        out: list[tuple[str, str]] = []
        _check_pair(out, self.source, self.target, "a rating")
        if self.weight is not None:
            _check_number(out, "weight", self.weight, -1.0, 1.0)
        if self.term != "":
            _check_choice(out, "term", self.term, LINGUISTIC_TERMS)
        elif self.weight is None:
            out.append(("weight", translate("elements", "a rating needs a weight or a linguistic "
                                                        "term")))
        for name in ("low", "high"):
            value = getattr(self, name)
            if value is not None:
                _check_number(out, name, value, -1.0, 1.0)
                if self.weight is None and not out:
                    out.append((name, translate("elements", "bounds need a weight between them")))
        if not out and self.weight is not None:
            if self.low is not None and self.low > self.weight:
                out.append(("low", translate("elements", "{low!r} is above the weight {weight!r}").format(
                                       low=self.low, weight=self.weight)))
            if self.high is not None and self.high < self.weight:
                out.append(("high", translate("elements", "{high!r} is below the weight {weight!r}").format(
                                        high=self.high, weight=self.weight)))
        _check_choice(out, "confidence", self.confidence, CONFIDENCES)
        _check_text(out, "rationale", self.rationale)
        _check_ids(out, "sources", self.sources)
        return out


@dataclass(frozen=True)
class Participant(_Element):
    """A stakeholder, expert or group with their own ratings of edges.

    ``label`` is a name or an anonymous label ("Participant 3"); ``credibility`` (>= 0)
    weighs their ratings in the aggregate. ``nodes`` are concepts only this participant
    drew; their ratings may join them to the shared nodes (their own extra edges).
    """

    id: str
    label: str
    role: str = ""
    group: str = ""
    date: str = ""
    credibility: float = 1.0
    ratings: tuple[Rating, ...] = ()
    nodes: tuple[Node, ...] = ()
    translations: Translations = field(default_factory=Translations)

    def problems(self):
        out: list[tuple[str, str]] = []
        _check_id(out, "id", self.id)
        _check_text(out, "label", self.label, MAX_LABEL, required=True)
        for name in ("role", "group", "date"):
            _check_text(out, name, getattr(self, name), MAX_LABEL)
        _check_number(out, "credibility", self.credibility, 0.0, 100.0)
        _check_items(out, "ratings", self.ratings, Rating, MAX_RATINGS)
        _check_items(out, "nodes", self.nodes, Node, MAX_RATINGS)
        _check_translations(out, self, {"label": MAX_LABEL, "role": MAX_LABEL})
        if not out:
            out.extend(self._duplicates())
        return out

    def _duplicates(self):
        out, pairs, ids = [], set(), set()
        for i, rating in enumerate(self.ratings):
            if rating.key in pairs:
                out.append((f"ratings[{i}]", translate("elements", "edge {source} -> {target} is rated twice").format(
                                                 source=rating.source, target=rating.target)))
            pairs.add(rating.key)
        for i, node in enumerate(self.nodes):
            if node.id in ids:
                out.append((f"nodes[{i}].id", translate("elements", "id {id!r} appears twice").format(
                                                  id=node.id)))
            ids.add(node.id)
        return out
