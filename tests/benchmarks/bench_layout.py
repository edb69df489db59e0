"""Print the auto-layout's figures for maps of many small connected parts, each beside a
floor measured in the same run (not part of the test suite).

    .venv/bin/python tests/benchmarks/bench_layout.py [--runs 3] [--parts 10 100 1000 5000]

A file imported from an edge list without positions is placed by the auto-layout
(``layout_nodes``); a list of separate pairs and small clusters gives a map of many
connected parts. For each count of parts: ``layout_nodes`` of that many parts (sizes 2 to
6, cycling, each a chain with a chord, in one group) against networkx's ``spring_layout``
of one connected graph of as many nodes (a chain, the same iterations), at most 499: past
that networkx switches to a sparse solver that loops in Python (more than a minute for
4,000 nodes, no useful floor). Each run alternates with its floor, so that a busy machine
slows both; the ratio is median over median. Target: within the floor's time (ratio <= 1)
from 100 parts on, so that a map's cost grows with its nodes, not with its parts (at 10
parts both take hundredths of a second).
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import time

from windtunnel.engine.layout import layout_nodes
from windtunnel.model import Node


def many_parts(parts: int) -> tuple[list[Node], list[tuple[str, str]]]:
    """``parts`` connected parts of 2 to 6 nodes, each a chain with a chord from its first
    node to its last, the nodes in the order an edge list names them."""
    nodes, edges = [], []
    for part in range(parts):
        ids = [f"p{part}n{k}" for k in range(2 + part % 5)]
        nodes += [Node(n, n) for n in ids]
        edges += list(zip(ids, ids[1:])) + ([(ids[0], ids[-1])] if len(ids) > 2 else [])
    return nodes, edges


def floor(count: int):
    import networkx as nx

    graph = nx.path_graph(min(count, 499))
    return nx.spring_layout(graph, seed=7, iterations=80, method="force",
                            k=1.5 / math.sqrt(len(graph)))


def measure(parts: int, runs: int) -> tuple[int, list[float], list[float]]:
    nodes, edges = many_parts(parts)
    ours, theirs = [], []
    for _ in range(runs):
        start = time.perf_counter()
        layout_nodes(nodes, edges)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        floor(len(nodes))
        theirs.append(time.perf_counter() - start)
    return len(nodes), ours, theirs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--parts", type=int, nargs="+", default=[10, 100, 1000, 5000])
    arguments = parser.parse_args()
    layout_nodes(*many_parts(3))                      # numpy and networkx loaded once
    floor(10)
    print(f"{'parts':>6} {'nodes':>6} {'layout_nodes':>13} {'spring_layout':>14} "
          f"{'(of nodes)':>10} {'ratio':>6}")
    for parts in arguments.parts:
        nodes, ours, theirs = measure(parts, arguments.runs)
        ratio = statistics.median(ours) / statistics.median(theirs)
        print(f"{parts:>6} {nodes:>6} {statistics.median(ours):>12.3f}s "
              f"{statistics.median(theirs):>13.3f}s {min(nodes, 499):>10} {ratio:>6.2f}"
              f"{'  over target' if ratio > 1 and parts >= 100 else ''}")
    print(f"load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
