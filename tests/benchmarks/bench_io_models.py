"""A large synthetic model for the io benchmarks (deterministic, no engine needed to build)."""

from __future__ import annotations

import random

from windtunnel.model import (Edge, Intervention, Model, Node, Objective, Scenario, Settings,
                              Source)


def big_model(*, nodes: int = 300, edges: int = 1200, scenarios: int = 8, steps: int = 60,
              samples: int = 200, seed: int = 7) -> Model:
    rng = random.Random(seed)
    kinds = ["restriction"] * 20 + ["actor"] * 40 + ["factor"] * (nodes - 60)
    node_list = [Node(f"n{i}", f"Node {i} " + "=+-@"[i % 4] * (i % 3 == 0), kind=kinds[i],
                      group=f"Group {i % 7}", initial=round(rng.uniform(-0.5, 0.5), 3),
                      description=f"Description of node {i}", sources=("s1",),
                      position=(float(i % 20) * 120, float(i // 20) * 90))
                 for i in range(nodes)]
    pairs = set()
    while len(pairs) < edges:
        a, b = rng.randrange(nodes), rng.randrange(nodes)
        if a != b:
            pairs.add((a, b))
    edge_list = [Edge(f"n{a}", f"n{b}", round(rng.uniform(-0.6, 0.6), 3),
                      delay=rng.choice([0, 0, 0, 1]),
                      confidence=rng.choice(["low", "medium", "high"]),
                      rationale=f"Because {a} affects {b}.", sources=("s1",))
                 for a, b in sorted(pairs)]
    scenario_list = [Scenario(f"sc{k}", f"Scenario {k}", interventions=tuple(
        Intervention(f"n{(k * 3 + j) % 20}", "clamp", 1.0, 0, None) for j in range(2)))
        for k in range(scenarios)]
    objectives = [Objective(f"o{j}", f"Objective {j}", f"n{60 + j * 10}",
                            "decrease" if j % 2 else "increase", 0.01) for j in range(5)]
    return Model.from_elements(
        title="Benchmark model", settings=Settings(steps=steps, samples=samples, seed=seed),
        sources=[Source("s1", "A source")], nodes=node_list, edges=edge_list,
        scenarios=scenario_list, objectives=objectives)


def edges_sheet(path, *, edges: int = 10_000, nodes: int = 800, seed: int = 11):
    """An Edges table of ``edges`` rows (xlsx or csv by suffix), written by Windtunnel."""
    from pathlib import Path

    from windtunnel.io import Book
    from windtunnel.io import csv_bytes

    rng = random.Random(seed)
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < edges:
        a, b = rng.randrange(nodes), rng.randrange(nodes)
        if a != b:
            pairs.add((a, b))
    header = ["From", "To", "Weight", "Delay", "Confidence", "Rationale"]
    rows = [[f"Node {a}", f"Node {b}", round(rng.uniform(-1, 1), 3), rng.choice([0, 1]),
             rng.choice(["low", "medium", "high"]), f"Evidence for {a} -> {b}"]
            for a, b in sorted(pairs)]
    path = Path(path)
    if path.suffix == ".csv":
        path.write_bytes(csv_bytes(header, rows))
    else:
        book = Book()
        sheet = book.sheet("Edges", header, styles=["text", "text", "change", "int"])
        for row in rows:
            sheet.append(row)
        path.write_bytes(book.to_bytes())
    return path
