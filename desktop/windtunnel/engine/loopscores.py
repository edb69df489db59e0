"""Loops that matter over time: a score per feedback loop per step, and the dominant loop.

In the spirit of Loops that Matter (Schoenberg, Davidsen & Eberlein 2020), adapted to this
engine's update rule and delays, and measured on the scenario's change from baseline:

- **Link score** of edge j -> i at step t: the edge's exact share of node i's change
  (decompose.py: its term times the secant factor) divided by the sum of the absolute
  shares of all of i's inputs at that step (edges, memory; 0 when an intervention sets i).
  It lies in [-1, 1]: its sign is the link's polarity in effect, its size how much of the
  node's movement passes through the link.
- **Loop score** at step t: the product of its link scores *along the time-unrolled loop*:
  the last link at step t, the link before it at the step whose state that link read (t
  minus its delay, minus one step), and so on round the loop; 0 when the walk runs back past
  step 0. A loop with delays is therefore scored on the signal that actually went round it.
  Positive scores reinforce, negative ones balance, whatever the loop's static polarity.
- **Relative score**: a loop's score over the sum of all loops' absolute scores at that step.
- **Dominant loop for a node**: among the loops through the node or upstream of it (any
  member has a path to the node), the one with the largest absolute score at each step.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from .compile import Network, Plan
from .decompose import trace
from .structure import Loop, to_graph

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["LoopScores", "loop_scores", "link_scores"]


def link_scores(network: Network, tr) -> np.ndarray:
    """(T, E) link scores: each edge's share of its target's change over the target's gross
    movement (see the module)."""
    shares = tr.edge_factor * tr.edge_term + tr.push_factor * tr.push           # (T, E)
    gross = np.abs(tr.memory_factor * tr.memory_term)                           # (T, N)
    np.add.at(gross.T, network.target, np.abs(shares).T)
    denominator = gross[:, network.target]
    with np.errstate(invalid="ignore", divide="ignore"):
        out = np.where(denominator > 0, shares / np.where(denominator > 0, denominator, 1), 0.0)
    out[tr.forced[1:, network.target]] = 0.0
    return out


@dataclass(frozen=True, eq=False)
class LoopScores:
    """Per step (rows: inputs of steps 0..T-1, producing states 1..T), per loop."""

    loops: tuple[Loop, ...]
    node_ids: tuple[str, ...]
    scores: np.ndarray            # (T, L) loop scores in [-1, 1]
    graph: object                 # the map as a networkx DiGraph (for what is upstream)

    def upstream(self, node: str) -> list[int]:
        """Indices of the loops through ``node`` or with a member that has a path to it."""
        import networkx as nx

        reach = nx.ancestors(self.graph, node) | {node}
        return [k for k, loop in enumerate(self.loops) if not reach.isdisjoint(loop.members)]

    @property
    def relative(self) -> np.ndarray:
        """(T, L): each loop's score over the sum of absolute scores at that step."""
        total = np.abs(self.scores).sum(axis=1, keepdims=True)
        return np.divide(self.scores, total, out=np.zeros_like(self.scores), where=total > 0)

    def dominant(self, node: str) -> list[tuple[int, int, int, float]]:
        """Stretches of steps with one dominant loop for ``node``: (first step, last step,
        loop index or -1 when no loop moves, its largest share of the candidates' absolute
        scores in the stretch). Steps are the states 1..T."""
        candidates = np.array(self.upstream(node), dtype=np.intp)
        out: list[tuple[int, int, int, float]] = []
        for t in range(self.scores.shape[0]):
            if len(candidates):
                row = np.abs(self.scores[t, candidates])
                total = row.sum()
                best = int(candidates[np.argmax(row)]) if total > 0 else -1
                share = float(row.max() / total) if total > 0 else 0.0
            else:
                best, share = -1, 0.0
            if out and out[-1][2] == best:
                first, _, loop, top = out[-1]
                out[-1] = (first, t + 1, loop, max(top, share))
            else:
                out.append((t + 1, t + 1, best, share))
        return out

    def to_frame(self) -> pd.DataFrame:
        """Long table: step, loop (1-based, as listed), polarity, members, score, relative."""
        import pandas as pd

        steps, count = self.scores.shape
        relative = self.relative
        return pd.DataFrame({
            "step": np.repeat(np.arange(1, steps + 1), count),
            "loop": np.tile(np.arange(1, count + 1), steps),
            "polarity": np.tile([lp.polarity for lp in self.loops], steps),
            "members": np.tile([" -> ".join(lp.members) for lp in self.loops], steps),
            "score": self.scores.reshape(-1), "relative": relative.reshape(-1)})


def loop_scores(network: Network, plan: Plan, settings, loops) -> LoopScores:
    """Scores of ``loops`` (Loop objects, e.g. ``find_loops(...).loops``) over the run of
    ``plan`` against the baseline."""
    from dataclasses import replace

    tr = trace(network, plan, replace(settings, stop_early=False))
    links = link_scores(network, tr)
    steps = links.shape[0]
    index = {n: i for i, n in enumerate(network.node_ids)}
    edge_of = {}
    for e, pair in enumerate(zip(network.source.tolist(), network.target.tolist())):
        edge_of.setdefault(pair, e)
    scores = np.zeros((steps, len(loops)))
    for k, loop in enumerate(loops):
        members = [index[m] for m in loop.members]
        edges = [edge_of[pair] for pair in zip(members, members[1:] + members[:1])]
        score = np.ones(steps)
        at = np.arange(steps)                          # the step each link is read at
        for e in reversed(edges):
            valid = at >= 0
            score = np.where(valid, score * links[np.maximum(at, 0), e], 0.0)
            at = at - int(network.delay[e]) - 1
        scores[:, k] = score
    return LoopScores(tuple(loops), network.node_ids, scores, to_graph(network))
