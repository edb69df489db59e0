"""What a deletion removes besides the nodes and edges chosen (:class:`TakenAlong`).

The window asks before a deletion that takes objectives, scenarios' settings, ratings or
convergence nodes with it (:mod:`.delete_question`), and the deletion's undo text names
them (:func:`.commands.remove_command`). Loaded with the first deletion: making the
dataclass costs about a millisecond that the first paint does without.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Model

__all__ = ["TakenAlong", "taken_along"]


@dataclass(frozen=True)
class TakenAlong:
    """What the model removes with some nodes and edges besides them: the nodes' own edges
    (counted), the objectives about the nodes, the scenarios that set a node or override a
    removed edge (their settings go), the participants' ratings of removed edges (the
    participants who gave them, with how many), and the nodes among the settings'
    convergence nodes (-1 when they are all of them: convergence is then judged on every
    node, a change of the setting's meaning)."""

    chosen_edges: int
    attached: int
    objectives: tuple = ()
    scenarios: tuple = ()
    raters: tuple = ()          # (participant, number of their ratings that go)
    convergence: int = 0

    @property
    def ratings(self) -> int:
        return sum(count for _, count in self.raters)

    @property
    def beyond_the_map(self) -> bool:
        """Whether more than the map's nodes and edges goes with the deletion."""
        return bool(self.objectives or self.scenarios or self.raters or self.convergence)


def taken_along(model: Model, node_ids: list[str], edge_keys: list) -> TakenAlong:
    """What the model removes with these nodes and edges (:class:`TakenAlong`)."""
    gone = set(node_ids)
    watched = model.settings.convergence_nodes
    convergence = sum(1 for n in watched if n in gone)
    attached = {e.key for e in model.edges if gone.intersection(e.key)}
    removed_edges = set(edge_keys) | attached
    raters = tuple((p, n) for p in model.participants
                   if (n := sum(1 for r in p.ratings if gone.intersection(r.key))))
    return TakenAlong(
        len(edge_keys), len(attached),
        tuple(o for o in model.objectives if o.node in gone),
        tuple(s for s in model.scenarios
              if any(v.node in gone for v in s.interventions)
              or any(o.key in removed_edges for o in s.overrides)),
        raters, -1 if convergence and convergence == len(watched) else convergence)
