"""Participants brought in: several maps (files or a folder) become one model whose
participants are the maps' authors, with their concepts aligned.

**Concept alignment.** Each map's nodes are matched to the concepts gathered so far (the
first map's nodes, then every new concept in the order met):

- by *normalised label*: case, accents' compatibility forms (full-width letters), spacing
  and punctuation do not count (``"Misuse risk"``, ``"misuse-risk"`` and ``" MISUSE  RISK."``
  are one concept);
- by *id*, when the two nodes share an id and their normalised labels agree (tools such as
  Mental Modeler number their nodes 1, 2, ..., so an id alone never merges);
- *near matches* are never merged silently: they are listed as :class:`Proposal` s, and
  merged only when the caller accepts them (``accept``: every one or those it names; the
  command line's ``--accept-matches``). A near match is, first, *another spelling*: the same
  :func:`variant_label` (the normalised label without accents and with English plural
  endings folded, so ``"Export control"`` may be ``"Export controls"``), which also catches
  a map naming one concept twice (``"chip smuggling"`` and ``"Chip-smuggling"`` in one
  file, which its import keeps as two nodes: merged, they are one node of that map); then
  labels alike by difflib's ratio of the normalised labels (at least :data:`NEAR`); then
  the same id under another label. Rules rather than a lower ratio, because a ratio low
  enough to pair ``"Tax"`` with ``"Taxes"`` (0.75) would also pair unrelated short
  labels; and ``"Export controls"`` / ``"Import controls"`` (0.87) is proposed, never
  merged, for the analyst to decide;
- *the user's choice*: ``accept`` may also map a proposal's key to any concept an earlier
  map brought (the app's review offers every one of them, not only the near match), and
  that node is merged with it instead.

Every map becomes a :class:`~windtunnel.model.Participant` (named after its file) whose
ratings are its edges, but those of weight 0: a map, like the adjacency matrices fcmconfr
combines, cannot tell an edge of weight 0 from one not drawn (Mental Modeler writes a
relationship left without an influence as 0), so that edge joins the shared map with no
rating from that participant, which "absent ratings are left out" leaves out; a map that already holds participants (a workbook of several
participants' matrices or expert ratings, a .wtm with participants) brings each of them,
with their ratings as they are, and their own nodes: an own node whose label is a concept
of the combined map joins that concept, any other stays that participant's own (its id
made unique), with their ratings of it as their own edges, off the shared map. A plain map
(one voice) brings its extra concepts (those no earlier map has) to the shared map, unless
the caller names them in ``own``: each of those stays that map's participant's own node,
and its edges their own edges, in the same way (:attr:`Combined.extras` lists the extra
concepts a caller may choose from). The shared map holds every concept and every edge some
participant drew, weighted by the aggregate the settings name (mean or median, zeros
included or ignored). Scenarios, objectives and settings are the first map's; the title is
the maps' own when they all share it (copies of one map, each rated by someone, or the
participants of one file, whose maps take the file's name), else it names them
("Aggregate of 2 maps: alice, bob", in the current language).
:func:`~windtunnel.io.participant_files.read_maps` reads the maps from files and
folders, each a :class:`NamedMap` with the notes its reading gave (a code page told, weights rescaled), which the combined
model's notes carry first, each naming its file.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import NamedTuple

from ..engine.aggregation import apply_working_weights
from ..errors import LoadError, ModelError, Problem
from ..language import translate
from ..model import (Edge, Model, Node, Participant, Rating, Settings, make_participant_id,
                     slugify, translated)
from ..model.vocabulary import MAX_LABEL
from .alike import NEAR, normal_label
from .map_notes import summarised
from .words import word

__all__ = ["Proposal", "Combined", "NamedMap", "normal_label", "variant_label", "combine_maps",
           "combined_title", "with_participants", "NEAR"]

#: English plural endings and what each word ending so folds to, longest first; a word of
#: three letters or fewer, or ending in -ss, -us or -is (class, status, analysis), keeps
#: its ending.
_PLURALS = (("ies", "y"), ("sses", "ss"), ("shes", "sh"), ("ches", "ch"), ("xes", "x"),
            ("s", ""))


def _singular(word: str) -> str:
    """``word`` without an English plural ending (``controls`` -> ``control``)."""
    if len(word) <= 3 or not word.isascii() or word.endswith(("ss", "us", "is")):
        return word
    for ending, folded in _PLURALS:
        if word.endswith(ending):
            return word[: -len(ending)] + folded
    return word


def variant_label(label: str) -> str:
    """:func:`normal_label` without accents and with each word's English plural ending
    folded: labels with the same variant are one concept spelled two ways, proposed, never
    merged silently."""
    decomposed = unicodedata.normalize("NFKD", normal_label(label))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_singular(word) for word in bare.split())


class NamedMap(NamedTuple):
    """A map to combine: the name its participant takes, its model, and the notes its
    reading gave, each naming the file (a pair ``(name, model)`` is one without notes)."""

    name: str
    model: Model
    notes: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class Proposal:
    """A node of ``participant``'s map that may be the concept ``concept`` (an id of the
    combined model): shown to the user, merged only when accepted."""

    participant: str
    node: str
    label: str
    concept: str
    concept_label: str
    ratio: float
    reason: str
    #: Which map (its place in the list combined) the node is of: it may be merged with
    #: the concepts of the maps before it.
    map_index: int = 0
    #: The map names ``concept`` already under another of its nodes (one concept spelled
    #: two ways in one file): merged, the two are one node of that map.
    spelled_twice: bool = False

    @property
    def key(self) -> tuple[str, str]:
        """Which node of which map: how a choice to merge names the proposal."""
        return (self.participant, self.node)

    def __str__(self) -> str:
        return translate("participants", "{participant}: {label} may be {concept} "
                                         "({reason})").format(
            participant=self.participant, label=repr(self.label),
            concept=repr(self.concept_label), reason=self.reason)


@dataclass(frozen=True)
class Combined:
    """The combined model, the near matches found, and what was done, as notes.
    ``concepts``: (id, label, index of the map that brought it, indexes of the maps that
    join it) of every concept, in the order met: what a node of a later map that does not
    join it yet may be merged with."""

    model: Model
    proposals: tuple[Proposal, ...]
    notes: tuple[Problem, ...]
    concepts: tuple[tuple[str, str, int, frozenset[int]], ...] = ()
    #: (map index, node id, label, map name) of every extra concept of a plain map after
    #: the first: what ``combine_maps(own=...)`` may keep as that map's participant's own.
    extras: tuple[tuple[int, str, str, str], ...] = ()


class _Concepts:
    """The concepts gathered so far: the nodes of the combined model, and their lookups."""

    def __init__(self) -> None:
        self.nodes: list[Node] = []
        self.by_label: dict[str, str] = {}
        self.by_variant: dict[str, list[str]] = {}
        self.by_id: dict[str, Node] = {}
        self.origin: dict[str, int] = {}
        self.joined: dict[str, set[int]] = {}

    def add(self, node: Node, concept_id: str, origin: int = 0) -> None:
        concept = replace(node, id=concept_id)
        self.nodes.append(concept)
        self.origin[concept_id] = origin
        self.by_label.setdefault(normal_label(node.label), concept_id)
        self.by_variant.setdefault(variant_label(node.label), []).append(concept_id)
        self.by_id[concept_id] = concept

    def match(self, node: Node) -> str | None:
        same = self.by_label.get(normal_label(node.label))
        if same is not None:
            return same
        return None

    def near(self, node: Node, participant: str, taken: set[str],
             map_index: int = 0) -> Proposal | None:
        key = normal_label(node.label)
        spellings = self.by_variant.get(variant_label(node.label), ())
        spelled = [c for c in spellings if c not in taken] or list(spellings)
        if spelled:                 # a concept of another map, else one of this map's own
            best = self.by_id[spelled[0]]
            twice = best.id in taken
            reason = (translate("participants", "another spelling of a concept this map "
                                                "also names") if twice else
                      translate("participants", "another spelling (case, hyphens, plural "
                                                "or accents)"))
            return Proposal(participant, node.id, node.label, best.id, best.label,
                            round(difflib.SequenceMatcher(
                                None, key, normal_label(best.label)).ratio(), 3),
                            reason, map_index, twice)
        best, best_ratio, reason = None, 0.0, ""
        # difflib's close matches filter by its quick upper bounds before the full ratio,
        # so two maps of a thousand concepts align in a second, not a minute
        free = [label for label, concept in self.by_label.items() if concept not in taken]
        close = difflib.get_close_matches(key, free, n=1, cutoff=NEAR)
        if close:
            best = self.by_id[self.by_label[close[0]]]
            best_ratio = difflib.SequenceMatcher(None, key, close[0]).ratio()
            reason = translate("participants", "labels {percent} alike").format(
                percent=f"{best_ratio:.0%}")
        if best_ratio < NEAR:
            same_id = self.by_id.get(node.id)
            if same_id is None or same_id.id in taken:
                return None
            best, reason = same_id, translate("participants", "same id, another label")
            best_ratio = difflib.SequenceMatcher(None, key, normal_label(best.label)).ratio()
        return Proposal(participant, node.id, node.label, best.id, best.label,
                        round(best_ratio, 3), reason, map_index)


def combine_maps(maps: list[NamedMap | tuple[str, Model]], *, accept=False,
                 settings: Settings | None = None, own=()) -> Combined:
    """One model whose participants are ``maps`` (:class:`NamedMap` s, or (name, model)
    pairs); see the module docstring.

    ``settings`` (default: the first map's) name the aggregation; ``accept`` merges the
    near matches: True merges every one, a collection of :attr:`Proposal.key` s merges
    those, a mapping of keys to concept ids merges each with the concept chosen (the
    app's review table: any concept of an earlier map), False none. A chosen concept that
    is not there (another choice left it out) or that the map already joined keeps the node
    apart, with a note. ``own`` holds (map index, node id) of extra concepts of plain maps
    (:attr:`Combined.extras`) to keep as that map's participant's own nodes."""
    maps = [NamedMap(*m) for m in maps]
    voices_given = sum(max(1, len(m.model.participants)) for m in maps)
    if voices_given < 2:
        raise LoadError(Problem("", translate("participants", "{voices_given} map given; aggregating "
                                                              "needs at least two maps or a file of "
                                                              "several participants").format(
                                        voices_given=voices_given)))
    concepts = _Concepts()
    proposals: list[Proposal] = []
    voices: list[tuple[str, list[Rating]]] = []
    first = maps[0].model
    notes: list[Problem] = summarised([note for m in maps for note in m.notes])
    extras: list[tuple[int, str, str, str]] = []
    for index, (name, model, _notes) in enumerate(maps):
        mapping: dict[str, str] = {}
        kept_own: list[Node] = []
        taken: set[str] = set()
        for node in model.nodes:
            concept = concepts.match(node)
            if concept is not None and concept not in taken:
                mapping[node.id] = concept
                taken.add(concept)
                continue
            proposal = concepts.near(node, name, taken, index)
            if proposal is not None:
                proposals.append(proposal)
                chosen = _chosen(accept, proposal)
                if chosen not in (None, proposal.concept) and (
                        chosen not in concepts.by_id or chosen in taken
                        or concepts.origin[chosen] >= index):
                    notes.append(Problem(name, translate(
                        "participants", "{label!r} cannot be merged with the concept chosen "
                                        "(it is not there, or this map already joins it): "
                                        "kept apart").format(label=node.label)))
                elif chosen is not None:
                    mapping[node.id] = chosen
                    taken.add(chosen)
                    continue
            if index and not model.participants:
                extras.append((index, node.id, node.label, name))
                if (index, node.id) in own:
                    kept_own.append(node)
                    continue
            concept_id = node.id if node.id not in concepts.by_id else slugify(
                node.label, set(concepts.by_id))
            concepts.add(node, concept_id, index)
            mapping[node.id] = concept_id
            taken.add(concept_id)
        for concept in mapping.values():
            concepts.joined.setdefault(concept, set()).add(index)
        for voice, given, nodes, plain in _voices(name, model, kept_own):
            voices.append((voice, given, nodes, mapping, plain))
    own_ids = set(concepts.by_id)
    for k, (voice, given, nodes, shared, plain) in enumerate(voices):
        mapping, kept = dict(shared), []
        for node in nodes:                     # a participant's own concepts
            concept = concepts.match(node)
            if concept is not None and concept not in mapping.values():
                mapping[node.id] = concept     # another map drew it: shared after all
                continue
            own_id = node.id if node.id not in own_ids else slugify(node.label, own_ids)
            own_ids.add(own_id)
            kept.append(replace(node, id=own_id, sources=()))
            mapping[node.id] = own_id
        ratings, merged, repeated = {}, 0, 0
        for rating in given:
            if rating.source not in mapping or rating.target not in mapping:
                continue
            key = (mapping[rating.source], mapping[rating.target])
            if key[0] == key[1]:
                merged += 1
                continue
            if key in ratings:                 # one map's two spellings, merged
                repeated += 1
                continue
            ratings[key] = replace(rating, source=key[0], target=key[1], sources=())
        if merged:
            notes.append(Problem(voice, translate("participants", "{merged} edge{s} joined two nodes "
                                                                  "merged into one concept: left out").format(
                                            merged=merged, s='s' if merged != 1 else '')))
        if repeated:
            notes.append(Problem(voice, translate(
                "participants", "{repeated} edge{s} rated again under another spelling of "
                                "its concepts: the first rating kept").format(
                repeated=repeated, s='s' if repeated != 1 else '')))
        voices[k] = (voice, list(ratings.values()), kept, plain)
    edges = {}
    for _name, ratings, _own, _plain in voices:
        for rating in ratings:
            if rating.source in concepts.by_id and rating.target in concepts.by_id:
                edges.setdefault(rating.key, Edge(*rating.key, 0.0))
    voices = [(voice, [r for r in ratings if not (plain and r.weight == 0)], own)
              for voice, ratings, own, plain in voices]
    keep = {n.id for n in first.nodes}
    dropped = [translated(s) for s in first.scenarios
               if s.overrides or not all(i.node in keep for i in s.interventions)]
    if dropped:
        notes.append(Problem(maps[0][0], translate("participants", "scenarios with edge-weight overrides "
                                                                   "were left out ({dropped})").format(
                                             dropped=', '.join(dropped[:5]))))
    try:
        base = Model.from_elements(
            title=combined_title(maps), description=first.description,
            settings=settings or first.settings, sources=[],
            nodes=[replace(n, sources=()) for n in concepts.nodes],
            edges=list(edges.values()),
            scenarios=[s for s in first.scenarios
                       if all(i.node in keep for i in s.interventions) and not s.overrides],
            objectives=list(first.objectives))
        model = with_participants(base, voices)
    except ModelError as exc:
        raise LoadError(exc.problems) from None
    # counted in participants: one workbook of 13 participants' sheets is one map
    combined = (translate("participants", "1 participant combined: {count2} concepts, "
                                          "{count3} edges; weights are the {aggregation} "
                                          "with zeros {aggregation_zeros}d")
                if len(model.participants) == 1 else
                translate("participants", "{count} participants combined: {count2} concepts, "
                                          "{count3} edges; weights are the {aggregation} "
                                          "with zeros {aggregation_zeros}d"))
    notes.append(Problem("", combined.format(
        count=len(model.participants), count2=len(concepts.nodes), count3=len(edges),
        aggregation=word(model.settings.aggregation),
        aggregation_zeros=word(model.settings.aggregation_zeros))))
    if proposals:
        merged = sum(_chosen(accept, p) is not None for p in proposals)
        count = len(proposals)
        if merged == count:
            message = (translate("participants", "1 near match of concepts merged, as accepted")
                       if count == 1 else
                       translate("participants", "{count} near matches of concepts merged, as "
                                                 "accepted"))
        elif not merged:
            message = (translate("participants", "1 near match of concepts kept apart (accept "
                                                 "to merge)")
                       if count == 1 else
                       translate("participants", "{count} near matches of concepts kept apart "
                                                 "(accept to merge)"))
        else:
            message = translate("participants", "{count} near matches of concepts listed: "
                                                "{merged} merged, as accepted, the others kept "
                                                "apart")
        notes.append(Problem("", message.format(count=count, merged=merged)))
    return Combined(model, tuple(proposals), tuple(notes),
                    tuple((n.id, n.label, concepts.origin[n.id],
                           frozenset(concepts.joined.get(n.id, ()))) for n in concepts.nodes),
                    tuple(extras))


#: How many maps' names a combined model's title lists before saying how many more.
TITLE_NAMES = 3


def combined_title(maps: list[NamedMap]) -> str:
    """The combined model's title: the one the maps share, else the maps' names (see the
    module docstring)."""
    titles = {m.model.title for m in maps}
    if len(titles) == 1:
        return titles.pop()
    names = translate("participants", ", ").join(m.name for m in maps[:TITLE_NAMES])
    if len(maps) > TITLE_NAMES:
        names = translate("participants", "{names} and {count} more").format(
            names=names, count=len(maps) - TITLE_NAMES)
    return translate("participants", "Aggregate of {count} maps: {names}").format(
        count=len(maps), names=names)[:MAX_LABEL]


def _chosen(accept, proposal: Proposal) -> str | None:
    """The concept ``accept`` merges ``proposal``'s node with, or None (kept apart)."""
    if accept is True:
        return proposal.concept
    if accept is False:
        return None
    if isinstance(accept, Mapping):
        return accept.get(proposal.key)
    return proposal.concept if proposal.key in accept else None


def _voices(name: str, model: Model, own=()):
    """The voices one map brings, (name, ratings, own nodes, plain): its participants, or
    the map itself as one (``plain``), with ``own``, the extra concepts it keeps as its
    own."""
    if model.participants:
        return [(p.label, p.ratings, p.nodes, False) for p in model.participants]
    return [(name, [Rating(*e.key, e.weight, confidence=e.confidence) for e in model.edges],
             tuple(own), True)]


def with_participants(model: Model, voices) -> Model:
    """``model`` with one participant per (name, ratings) or (name, ratings, own nodes),
    named after ``name`` (ids made unique), and its rated edges' weights set to the
    aggregate the settings name."""
    taken: set[str] = set()
    for number, (name, ratings, *own) in enumerate(voices, start=1):
        who = make_participant_id(name, taken, number)
        taken.add(who)
        label = name.strip()[:MAX_LABEL] or who
        model.add_participant(Participant(who, label, ratings=tuple(ratings),
                                          nodes=tuple(own[0]) if own else ()))
    apply_working_weights(model)
    return model
