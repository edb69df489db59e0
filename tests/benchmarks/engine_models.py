"""Synthetic models of the sizes the engine's benchmarks name (deterministic for a seed)."""

from __future__ import annotations

import numpy as np

from windtunnel.model import Edge, Intervention, Model, Node, Objective, Scenario, Settings


def synthetic_model(nodes: int, edges: int, *, steps: int = 60, seed: int = 0,
                    delayed: float = 0.1, levers: int = 10) -> Model:
    """A random signed map with ``levers`` restrictions, one scenario and one objective."""
    rng = np.random.default_rng(seed)
    ids = [f"n{i}" for i in range(nodes)]
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < edges:
        s, t = rng.integers(0, nodes, 2 * edges).reshape(-1, 2).T
        pairs.update((int(a), int(b)) for a, b in zip(s, t) if a != b)
    chosen = sorted(pairs)[:edges]
    rng.shuffle(chosen)
    scale = 1.5 / max(edges / nodes, 1.0)
    weights = np.clip(rng.normal(0, scale, len(chosen)), -1, 1).round(3)
    delays = np.where(rng.random(len(chosen)) < delayed, rng.integers(1, 4, len(chosen)), 0)
    node_list = [Node(i, f"Node {i}", kind="restriction" if k < levers else "factor",
                      initial=float(round(rng.uniform(-0.2, 0.2), 3)))
                 for k, i in enumerate(ids)]
    edge_list = [Edge(ids[s], ids[t], float(w), delay=int(d))
                 for (s, t), w, d in zip(chosen, weights, delays)]
    scenario = Scenario("push", "Push levers", interventions=tuple(
        Intervention(ids[k], "clamp", 0.8, start=2) for k in range(min(levers, 3))))
    return Model.from_elements(
        title=f"synthetic {nodes}x{edges}", nodes=node_list, edges=edge_list,
        scenarios=[scenario], objectives=[Objective("goal", "Goal", ids[-1], "decrease")],
        settings=Settings(steps=steps, rule="modified_kosko", activation="tanh",
                          steepness=0.5, drivers="hold"))
