"""A scenario told step by step, for a workshop: the levers, the first effects, the channels,
then the outcomes.

:func:`tell` reads a snapshot (the model, the scenario, its change from baseline) and
returns its :class:`Chapter` s. Nodes are revealed by causal distance from what the
scenario moves (its levers and the targets of its edge overrides): the fewest edges from
one of them. A node that barely moves by the last step (less than :data:`MOVES`) is left
out of the story, and the objectives' nodes wait for the last chapter, the outcomes,
whatever their distance. Each chapter names its new nodes with their change, largest
first, and the revealed node it most likely came through (the revealed source whose
influence, weight times its own change, is largest). Every chapter lists everything
revealed so far, so a view fades the rest. A chapter's text is one sentence in the
current language: its parts joined and ended as the language writes them ("A; B." in
English, "A；B。" in Chinese).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..engine.plans import objective_met
from ..language import filled, translate
from ..model import translated
from .levers import describe_levers
from .snapshot import ResultsSnapshot

__all__ = ["Chapter", "tell", "MOVES"]

#: A change smaller than this at the last step leaves a node out of the story.
MOVES = 0.01
#: Each chapter's text names at most this many new nodes.
NAMED = 6


@dataclass(frozen=True)
class Chapter:
    """One step of the story: what it is, what it says, what is shown so far."""

    title: str
    text: str
    new: tuple[str, ...]                     # node ids revealed in this chapter
    nodes: frozenset[str]                    # every node revealed so far
    edges: frozenset[tuple[str, str]]        # every edge between revealed nodes


def tell(snapshot: ResultsSnapshot) -> list[Chapter]:
    """The chapters of the snapshot's scenario (empty without a scenario)."""
    model, results = snapshot.model, snapshot.results
    scenario = model.scenario(snapshot.scenario_id) if snapshot.scenario_id else None
    if scenario is None:
        return []
    final = snapshot.change[snapshot.last_step]
    change = {node_id: float(final[results.node_index(node_id)]) for node_id in
              results.node_ids}
    unit = results.settings.time_unit
    starts = list(dict.fromkeys([i.node for i in scenario.interventions]
                                + [o.target for o in scenario.overrides]))
    distance = _distances(model, starts)
    goals = list(dict.fromkeys(o.node for o in model.objectives))
    rounds: dict[int, list[str]] = {}
    for node_id, steps in distance.items():
        if steps and node_id not in goals and abs(change.get(node_id, 0.0)) >= MOVES:
            rounds.setdefault(steps, []).append(node_id)
    shown: set[str] = set(starts)
    chapters = [_chapter(model, translate("story", "The levers"),
                         _sentence([describe_levers(model, scenario, unit)]), tuple(starts),
                         shown)]
    for steps in sorted(rounds):
        new = sorted(rounds[steps], key=lambda n: -abs(change[n]))
        title = _round_title(steps)
        text = _moves(model, new, change, shown)
        shown |= set(new)
        chapters.append(_chapter(model, title, text, tuple(new), shown))
    if goals:
        lines = []
        for objective in model.objectives:
            node = model.node(objective.node)
            moved = change.get(objective.node, 0.0)
            met = bool(objective_met(moved, objective))
            lines.append(filled(
                translate("story", "{node} {moves} ({objective}: {verdict})"),
                node=translated(node), moves=_direction(moved),
                objective=translated(objective),
                verdict=translate("story", "met") if met else translate("story", "not met")))
        shown |= set(goals)
        chapters.append(_chapter(model, translate("story", "Outcomes"), _sentence(lines),
                                 tuple(goals), shown))
    return chapters


def _round_title(steps: int) -> str:
    """The title of the chapter on the nodes ``steps`` edges from the levers."""
    if steps == 1:
        return translate("story", "First effects")
    if steps == 2:
        return translate("story", "Second-round effects")
    if steps == 3:
        return translate("story", "Third-round effects")
    return translate("story", "{steps} steps on").format(steps=steps)


def _chapter(model, title: str, text: str, new: tuple[str, ...], shown: set[str]) -> Chapter:
    edges = frozenset(e.key for e in model.edges if e.source in shown and e.target in shown)
    return Chapter(title, text, new, frozenset(shown), edges)


def _distances(model, starts: list[str]) -> dict[str, int]:
    """The fewest edges from any of ``starts`` to each node it reaches."""
    out: dict[str, list[str]] = {n.id: [] for n in model.nodes}
    for edge in model.edges:
        out[edge.source].append(edge.target)
    distance = {s: 0 for s in starts if s in out}
    frontier = list(distance)
    while frontier:
        following = []
        for node_id in frontier:
            for other in out[node_id]:
                if other not in distance:
                    distance[other] = distance[node_id] + 1
                    following.append(other)
        frontier = following
    return distance


def _moves(model, new: list[str], change: dict[str, float], shown: set[str]) -> str:
    """"A rises by 0.12 (through B); C falls ...", the largest first, the rest counted."""
    parts = []
    for node_id in new[:NAMED]:
        via = max((e for e in model.edges if e.target == node_id and e.source in shown),
                  key=lambda e: abs(e.weight * change.get(e.source, 0.0)), default=None)
        node, moves = translated(model.node(node_id)), _direction(change[node_id])
        parts.append(filled(translate("story", "{node} {moves} (through {via})"),
                            node=node, moves=moves, via=translated(model.node(via.source)))
            if via is not None else filled(translate("story", "{node} {moves}"),
                                           node=node, moves=moves))
    rest = len(new) - NAMED
    if rest > 0:
        parts.append(translate("story", "and {count} more").format(count=rest))
    return _sentence(parts)


def _sentence(parts: list[str]) -> str:
    """``parts`` as one sentence, joined and ended as the current language writes it."""
    return translate("story", "{text}.").format(text=translate("story", "; ").join(parts))


def _direction(value: float) -> str:
    if abs(value) < 0.005:
        return translate("story", "barely moves")
    text = (translate("story", "rises by {amount}") if value > 0
            else translate("story", "falls by {amount}"))
    return text.format(amount=f"{abs(value):.2f}")

