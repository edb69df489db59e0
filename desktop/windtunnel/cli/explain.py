"""``windtunnel explain FILE --scenario S --node N``: why a node changed in a scenario.

Prints the node's change from baseline, the exact share of each lever or overridden edge,
the top causal paths with their signed share, the remainder they leave unexplained, and
the contributions of each incoming edge at the last step.
"""

from __future__ import annotations

import numpy as np

from ..engine import explain as explain_node
from ..model import load
from .run import add_preset_option, preset_settings
from .text import printable, table

NAME = "explain"

__all__ = ["NAME", "add_parser", "run", "report"]


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        NAME, help="explain why a node changed in a scenario",
        description="Explain the change of one node in one scenario: the share of each "
                    "lever, the top causal paths, and the contributions of incoming edges.")
    parser.add_argument("file", help="a model file (.wtm)")
    parser.add_argument("--scenario", "-s", required=True, metavar="NAME",
                        help="a scenario id or label")
    parser.add_argument("--node", "-n", required=True, metavar="NODE", help="a node id")
    parser.add_argument("--top", type=int, default=5, metavar="K",
                        help="causal paths listed (default 5)")
    add_preset_option(parser)
    parser.set_defaults(run=run)


def run(args) -> int:
    model = load(args.file)
    result = explain_node(model, args.scenario, args.node, top_k=max(args.top, 1),
                          settings=preset_settings(model, args.preset))
    print(report(result))
    return 0


#: Changes smaller than this are shown as "no change" (the tables print 4 decimals).
NEGLIGIBLE = 5e-5


def report(e) -> str:
    """The readable text the command prints; sources and paths that carry no visible
    change are left out."""
    total = float(e.change[-1])
    lines = [f"{e.node} ({printable(e.label)}) in scenario {e.scenario_id}: change {total:+.4f} "
             f"at step {int(e.time[-1])} ({e.method} attribution)"]
    if not e.sources:
        lines.append("the scenario has no interventions or overrides")
        return "\n".join(lines)
    moving = [(s, v) for s, v in zip(e.sources, e.source_totals) if abs(v) >= NEGLIGIBLE]
    if not moving:
        lines.append(f"no lever or override moves {e.node} in this scenario")
        return "\n".join(lines)
    lines += ["", "by source (exact):"]
    lines += table(["source", "change", "share"],
                    [[s, f"{v:+.4f}", _share(v, total)] for s, v in moving])
    if len(moving) < len(e.sources):
        quiet = len(e.sources) - len(moving)
        lines.append(f"  ({quiet} other source{'s' if quiet > 1 else ''}: no visible change)")
    paths = [p for p in e.paths if abs(p.contribution) >= NEGLIGIBLE]
    if paths:
        lines += ["", f"top causal paths (of {e.paths_found} found, up to {e.max_length} "
                      "edges):"]
        lines += table(["path", "change", "share"],
                        [[" -> ".join(p.nodes), f"{p.contribution:+.4f}",
                          _share(p.contribution, total)] for p in paths])
        lines.append("  unexplained by paths (feedback loops, longer paths): "
                     f"{e.remainder:+.4f} ({_share(e.remainder, total)})")
        if e.paths_cut:
            lines.append("  the path search stopped at its limit; more paths exist")
    last = e.contributions[-1]
    order = np.argsort(-np.abs(last), kind="stable")
    rows = [[e.columns[i], f"{last[i]:+.4f}"] for i in order if abs(last[i]) >= NEGLIGIBLE]
    if rows:
        lines += ["", "contributions to the last step's change, by input:"]
        lines += table(["input", "contribution"], rows)
    return "\n".join(lines)


def _share(value: float, total: float) -> str:
    return f"{value / total:+.0%}" if total else "-"
