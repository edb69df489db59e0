"""The model document: ordered collections of elements, their invariants, and change signals.

The model is the single source of truth; views (canvas, tables) follow its psygnal signals.
Every mutation is checked first and either applies completely or raises
:class:`~windtunnel.errors.ModelError` and changes nothing. Invariants:

- ids are unique within nodes, scenarios, objectives and sources;
- an edge joins two existing nodes, and there is at most one edge per ordered pair;
- every element passes its own checks (weights in [-1, 1], whole delays >= 0, finite numbers);
- scenarios, objectives and settings refer only to existing nodes and edges, and nodes and
  edges only to existing sources;
- a participant's ratings join existing nodes (shared, or the participant's own), their own
  nodes' ids are not ids of shared nodes, and ratings cite existing sources.

The checks of references and of the title, description and translations are in
:mod:`windtunnel.model.integrity`; each element's own in :mod:`windtunnel.model.elements`.

Order is part of the document (it is the order in the file and in the tables), so the
primitives are ``insert_*(index, element)``; ``add_*`` inserts at the end. Removing an
element also removes or rewrites what mentions it, and returns a
:class:`~windtunnel.model.removal.Removal` record with which ``Model.restore`` puts
everything back exactly where it was (undo): :mod:`windtunnel.model.removal`.

Signals: ``<kind>_added(index, element)``, ``<kind>_removed(index, element)``,
``<kind>_changed(index, old, new)`` for kind in node, edge, scenario, objective, source,
participant;
``settings_changed(old, new)`` and ``info_changed()`` (title, description).

``revision`` is a counter that every change of the document bumps (each element added,
removed or replaced, settings, title or description changed, undo's restore), never
reset: two reads of the same model with equal revisions saw the same content, which is
how the engine caches a compiled model between runs.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Collection, Iterable

from psygnal import Signal

from ..errors import ModelError, Problem, Problems, TooManyProblems
from ..language import translate
from .bulk import fitting_ids, fitting_keys, sound_nodes
from .elements import Edge, Node, Objective, Scenario, Settings, Source
from .integrity import (group_translation_problems, info_problems,
                        info_translation_problems, reference_problems)
from .participants import Participant
from .removal import Removal, Removing
from .translations import Translations

__all__ = ["Model", "Removal", "KINDS", "UNTITLED"]

#: The title of a model nobody has named (a new map's, a file's without a title).
UNTITLED = "Untitled model"

KINDS = ("source", "node", "edge", "scenario", "objective", "participant")
_PLURAL = {"source": "sources", "node": "nodes", "edge": "edges",
           "scenario": "scenarios", "objective": "objectives", "participant": "participants"}
_TYPES = {"source": Source, "node": Node, "edge": Edge, "scenario": Scenario,
          "objective": Objective, "participant": Participant}


def _key(kind: str, element):
    return element.key if kind == "edge" else element.id


class _Collection:
    """One kind of element: the elements in order, and each by its key. A plain class:
    a dataclass's methods are compiled from source when its module loads, before the
    app's first paint."""

    __slots__ = ("items", "by_key")

    def __init__(self, items: list | None = None, by_key: dict | None = None) -> None:
        self.items = [] if items is None else items
        self.by_key = {} if by_key is None else by_key


class Model(Removing):
    """A Windtunnel model: nodes, edges, scenarios, objectives, sources and settings."""

    source_added = Signal(int, object)
    source_removed = Signal(int, object)
    source_changed = Signal(int, object, object)
    node_added = Signal(int, object)
    node_removed = Signal(int, object)
    node_changed = Signal(int, object, object)
    edge_added = Signal(int, object)
    edge_removed = Signal(int, object)
    edge_changed = Signal(int, object, object)
    scenario_added = Signal(int, object)
    scenario_removed = Signal(int, object)
    scenario_changed = Signal(int, object, object)
    objective_added = Signal(int, object)
    objective_removed = Signal(int, object)
    objective_changed = Signal(int, object, object)
    participant_added = Signal(int, object)
    participant_removed = Signal(int, object)
    participant_changed = Signal(int, object, object)
    settings_changed = Signal(object, object)
    info_changed = Signal()

    def __init__(self, title: str = UNTITLED, description: str = "",
                 settings: Settings | None = None,
                 translations: Translations | None = None,
                 group_translations: Translations | None = None) -> None:
        self._title = title
        self._description = description
        self._translations = translations or Translations()
        self._group_translations = group_translations or Translations()
        self._settings = settings or Settings()
        self._collections = {kind: _Collection() for kind in KINDS}
        self._revision = 0

    # -- construction in bulk --------------------------------------------------------------

    @classmethod
    def from_elements(cls, *, title: str = UNTITLED, description: str = "",
                      settings: Settings | None = None,
                      translations: Translations | None = None,
                      group_translations: Translations | None = None,
                      sources: Iterable[Source] = (),
                      nodes: Iterable[Node] = (), edges: Iterable[Edge] = (),
                      scenarios: Iterable[Scenario] = (),
                      objectives: Iterable[Objective] = (),
                      participants: Iterable[Participant] = (),
                      checked: Collection[str] = ()) -> "Model":
        """Build a complete model, or raise ModelError listing every problem with its place.

        ``checked`` names the kinds (``"edge"``, ``"node"``, ...) whose every element the
        caller has already checked on its own, finding its ``problems()`` empty (as an
        importer does row by row, to name the row of each problem): those are not checked
        again, so each element is checked once; the model's own checks (unique keys,
        references) run for every element."""
        model = cls(title, description, settings, translations, group_translations)
        problems = Problems()
        try:
            model._take_elements(problems, checked, {
                "source": sources, "node": nodes, "edge": edges, "scenario": scenarios,
                "objective": objectives, "participant": participants})
        except TooManyProblems:
            raise ModelError(problems.stopped()) from None
        if problems:
            raise ModelError(problems)
        return model

    def _take_elements(self, problems: Problems, checked: Collection[str],
                       elements_by_kind: dict[str, Iterable]) -> None:
        """Add the elements of each kind, in the order of ``elements_by_kind``, to this new
        model, each one that is sound; list every problem found (the settings' and the
        translations' too) in ``problems``."""
        problems.extend(Problem(f"settings.{f}", m) for f, m in self._settings.problems())
        problems.extend(info_translation_problems(self._translations))
        problems.extend(group_translation_problems(self._group_translations))
        for kind, elements in elements_by_kind.items():
            coll = self._collections[kind]
            own, filed = kind not in checked, None
            if kind == "edge" and not own:
                elements = list(elements)
                filed = fitting_keys(elements, self._collections["node"].by_key,
                                     self._collections["source"].by_key)
            elif kind == "node":
                elements = list(elements)
                if own:                             # their own checks, a field at a time
                    own = not sound_nodes(elements)
                if not own and not coll.items:
                    filed = fitting_ids(elements, self._collections["source"].by_key,
                                        self._collections["participant"].items)
            if filed is not None:
                coll.items.extend(elements)          # all sound: no need to go one
                coll.by_key.update(filed)            # by one
                continue
            for i, element in enumerate(elements):
                found = self._element_problems(kind, element, own=own)
                if not found:
                    coll.items.append(element)
                    coll.by_key[_key(kind, element)] = element
                    continue
                where = f"{_PLURAL[kind]}[{i}]"
                problems.extend(Problem(f"{where}.{f}" if f else where, m) for f, m in found)
                _known_though_refused(coll, kind, element)
        problems.extend(Problem(f"settings.{f}", m)
                        for f, m in reference_problems(self._collections, "settings", self._settings))

    def copy(self) -> "Model":
        """An independent snapshot: the same immutable elements in collections of its own.

        Nothing is checked again: every element of a model passed its checks on the way in,
        and a model's every change keeps it sound, so the copy is sound too (checking a
        map of 40,000 edges again took seconds on the window's thread)."""
        model = Model(self._title, self._description, self._settings, self._translations,
                      self._group_translations)
        model._collections = {kind: _Collection(list(coll.items), dict(coll.by_key))
                              for kind, coll in self._collections.items()}
        return model

    # -- reading ---------------------------------------------------------------------------

    title = property(lambda self: self._title)
    description = property(lambda self: self._description)
    #: The title, description and time unit in other languages (``translated(model, ...)``).
    translations = property(lambda self: self._translations)
    #: The names of the nodes' groups in other languages: ``(tag, group, text)`` entries,
    #: the group as the nodes write it in place of a field (``group_name(model, group)``).
    group_translations = property(lambda self: self._group_translations)
    #: The name of a time step (the settings hold it; here so it reads like the title).
    time_unit = property(lambda self: self._settings.time_unit)
    settings = property(lambda self: self._settings)
    revision = property(lambda self: self._revision,
                        doc="Bumped by every change of the document (see the module docstring).")
    sources = property(lambda self: tuple(self._collections["source"].items))
    nodes = property(lambda self: tuple(self._collections["node"].items))
    edges = property(lambda self: tuple(self._collections["edge"].items))
    scenarios = property(lambda self: tuple(self._collections["scenario"].items))
    objectives = property(lambda self: tuple(self._collections["objective"].items))
    participants = property(lambda self: tuple(self._collections["participant"].items))

    def get(self, kind: str, key):
        """The element of ``kind`` with id (or (source, target) for edges) ``key``, or None."""
        return self._collections[kind].by_key.get(key)

    def node(self, node_id: str) -> Node | None:
        return self.get("node", node_id)

    def edge(self, source: str, target: str) -> Edge | None:
        return self.get("edge", (source, target))

    def scenario(self, scenario_id: str) -> Scenario | None:
        return self.get("scenario", scenario_id)

    def objective(self, objective_id: str) -> Objective | None:
        return self.get("objective", objective_id)

    def source(self, source_id: str) -> Source | None:
        return self.get("source", source_id)

    def participant(self, participant_id: str) -> Participant | None:
        return self.get("participant", participant_id)

    def index_of(self, kind: str, key) -> int:
        """Position of an element in its collection; ModelError when absent."""
        element = self._require(kind, key)
        return self._collections[kind].items.index(element)

    def edges_of(self, node_id: str) -> list[Edge]:
        """Edges into or out of a node, in document order."""
        return [e for e in self._collections["edge"].items if node_id in e.key]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Model):
            return NotImplemented
        return (self._title, self._description, self._settings, self._translations,
                self._group_translations) == (
            other._title, other._description, other._settings, other._translations,
            other._group_translations) and all(
            self._collections[k].items == other._collections[k].items for k in KINDS)

    __hash__ = None  # mutable

    def __repr__(self) -> str:
        counts = ", ".join(f"{len(self._collections[k].items)} {_PLURAL[k]}" for k in KINDS)
        return f"<Model {self._title!r}: {counts}>"

    # -- generic mutations ----------------------------------------------------------------

    def insert(self, kind: str, index: int, element) -> None:
        """Insert ``element`` at ``index`` (clamped to the collection) after checking it."""
        problems = self._element_problems(kind, element)
        if problems:
            raise ModelError([Problem(f"{kind} {_key(kind, element)!r}.{f}" if f else kind, m)
                              for f, m in problems])
        self._put(kind, max(0, min(index, len(self._collections[kind].items))), element)

    def add(self, kind: str, element) -> None:
        self.insert(kind, len(self._collections[kind].items), element)

    def replace(self, kind: str, element):
        """Replace the element with the same key by ``element``; return the old one."""
        key = _key(kind, element)
        old = self._require(kind, key)
        if old == element:
            return old
        problems = self._element_problems(kind, element, replacing=key)
        if problems:
            raise ModelError([Problem(f"{kind} {key!r}.{f}" if f else kind, m)
                              for f, m in problems])
        self._set(kind, self._collections[kind].items.index(old), element)
        return old

    def update(self, kind: str, key, **changes):
        """Change some fields of one element; return the old element (for undo)."""
        old = self._require(kind, key)
        new = replace(old, **changes)
        if _key(kind, new) != key:
            raise ModelError(Problem(f"{kind} {key!r}", translate("document", "ids are stable and cannot be changed")))
        return self.replace(kind, new)

    # -- typed conveniences ---------------------------------------------------------------

    def add_node(self, node: Node) -> None:
        self.add("node", node)

    def insert_node(self, index: int, node: Node) -> None:
        self.insert("node", index, node)

    def remove_node(self, node_id: str) -> Removal:
        return self.remove("node", node_id)

    def update_node(self, node_id: str, **changes) -> Node:
        return self.update("node", node_id, **changes)

    def add_edge(self, edge: Edge) -> None:
        self.add("edge", edge)

    def insert_edge(self, index: int, edge: Edge) -> None:
        self.insert("edge", index, edge)

    def remove_edge(self, source: str, target: str) -> Removal:
        return self.remove("edge", (source, target))

    def update_edge(self, source: str, target: str, **changes) -> Edge:
        return self.update("edge", (source, target), **changes)

    def add_scenario(self, scenario: Scenario) -> None:
        self.add("scenario", scenario)

    def add_objective(self, objective: Objective) -> None:
        self.add("objective", objective)

    def add_source(self, source: Source) -> None:
        self.add("source", source)

    def add_participant(self, participant: Participant) -> None:
        self.add("participant", participant)

    def update_participant(self, participant_id: str, **changes) -> Participant:
        return self.update("participant", participant_id, **changes)

    def move_nodes(self, positions: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
        """Move several nodes at once; return their previous positions (for undo)."""
        for node_id, position in positions.items():
            node = self._require("node", node_id)
            problems = replace(node, position=tuple(position)).problems()
            if problems:
                raise ModelError([Problem(f"node {node_id!r}.{f}", m) for f, m in problems])
        before = {}
        for node_id, position in positions.items():
            before[node_id] = self.update_node(node_id, position=tuple(position)).position
        return before

    def set_settings(self, settings: Settings) -> Settings:
        """Replace the engine settings; return the old ones."""
        problems = settings.problems() + reference_problems(self._collections, "settings", settings)
        if problems:
            raise ModelError([Problem(f"settings.{f}", m) for f, m in problems])
        old = self._settings
        self._set_settings(settings)
        return old

    def set_info(self, *, title: str | None = None, description: str | None = None,
                 translations: Translations | None = None) -> tuple[str, str, Translations]:
        """Change the title, description and/or their translations (and the time unit's);
        return the old (title, description, translations)."""
        old = (self._title, self._description, self._translations)
        new_title = old[0] if title is None else title
        new_description = old[1] if description is None else description
        new_translations = old[2] if translations is None else translations
        problems = info_problems(new_title, new_description, new_translations)
        if problems:
            raise ModelError(problems)
        self._title, self._description = new_title, new_description
        self._translations = new_translations
        if (new_title, new_description, new_translations) != old:
            self._revision += 1
            self.info_changed.emit()
        return old

    def set_group_translations(self, translations: Translations) -> Translations:
        """Replace the names of the groups in other languages; return the old ones.

        A group's translations are the model's, not a node's: every node of the group shows
        them. Emits ``info_changed`` (the model's own text)."""
        problems = group_translation_problems(translations)
        if problems:
            raise ModelError(problems)
        old = self._group_translations
        if translations != old:
            self._group_translations = translations
            self._revision += 1
            self.info_changed.emit()
        return old

    # -- internals --------------------------------------------------------------------------

    def _require(self, kind: str, key):
        element = self._collections[kind].by_key.get(key)
        if element is None:
            raise ModelError(Problem(kind, translate("document", "there is no {kind} {key!r}").format(
                                               kind=kind, key=key)))
        return element

    def _put(self, kind: str, index: int, element) -> None:
        coll = self._collections[kind]
        coll.items.insert(index, element)
        coll.by_key[_key(kind, element)] = element
        self._revision += 1
        getattr(self, f"{kind}_added").emit(index, element)

    def _set(self, kind: str, index: int, element) -> None:
        coll = self._collections[kind]
        old = coll.items[index]
        coll.items[index] = element
        del coll.by_key[_key(kind, old)]
        coll.by_key[_key(kind, element)] = element
        self._revision += 1
        getattr(self, f"{kind}_changed").emit(index, old, element)

    def _set_settings(self, settings: Settings) -> None:
        old, self._settings = self._settings, settings
        if old != settings:
            self._revision += 1
            self.settings_changed.emit(old, settings)

    def _take(self, kind: str, key) -> tuple[str, int, object]:
        coll = self._collections[kind]
        element = coll.by_key.pop(key)
        index = coll.items.index(element)
        del coll.items[index]
        self._revision += 1
        getattr(self, f"{kind}_removed").emit(index, element)
        return (kind, index, element)

    def _element_problems(self, kind: str, element, replacing=None, *,
                          own: bool = True) -> list[tuple[str, str]]:
        """The element's problems in this model; ``own=False`` skips its own checks (the
        caller has made them)."""
        if not isinstance(element, _TYPES[kind]):
            return [("", f"{element!r} is not a {_TYPES[kind].__name__}")]
        problems = element.problems() if own else []
        if problems:
            return problems
        key = _key(kind, element)
        if key != replacing and key in self._collections[kind].by_key:
            what = "an edge from {} to {}".format(*key) if kind == "edge" else f"id {key!r}"
            problems.append(("", f"{what} already exists"))
        return problems + reference_problems(self._collections, kind, element)


def _known_though_refused(coll: _Collection, kind: str, element) -> None:
    """Let what names a refused element (an edge of a node refused for its own problem)
    find it, so that its problem is listed once, not again as "is not a node" at every
    element that names it. The model being built is never used: it has problems."""
    if isinstance(element, _TYPES[kind]):
        try:
            coll.by_key.setdefault(_key(kind, element), element)
        except TypeError:       # an unhashable key (an id that is an object): named by none
            pass
