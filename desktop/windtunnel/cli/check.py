"""``windtunnel check FILE [--steepness]``: validate a model and summarise it, with warnings.

``--steepness`` adds the steepness (lambda) advice: whether the model's settings are inside
the contraction bound that guarantees a unique stable fixed point, the largest lambda
inside it, and fcmconfr's estimate (engine/trust.py).
"""

from __future__ import annotations

from collections import Counter

from ..engine import compiled_model, contraction, fcmconfr_steepness, working_weights
from ..model import Model, load
from .text import printable
from .summaries import SUMMARIES

NAME = "check"


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(NAME, help=SUMMARIES[NAME],
                                   description="Validate a model file, print a summary "
                                               "and warnings. Exit 1 when it is invalid.")
    parser.add_argument("file", help="a model file (.wtm)")
    parser.add_argument("--steepness", action="store_true",
                        help="also suggest a steepness (lambda) with a unique stable fixed point")
    parser.set_defaults(run=run)


def run(args) -> int:
    model = load(args.file)
    print(f"{printable(args.file)}: valid Windtunnel model")
    print(summary(model))
    found = warnings(model)
    for line in found:
        print(f"warning: {printable(line)}")
    print(f"{len(found)} warning{'s' if len(found) != 1 else ''}")
    if args.steepness:
        print(steepness_advice(model))
    return 0


def steepness_advice(model: Model) -> str:
    """The model's contraction bound and two suggested steepness values."""
    settings = model.settings
    network = compiled_model(model, settings)
    bound = contraction(network, settings)
    lines = ["steepness (lambda):",
             f"  now:       {settings.steepness:g} with {settings.activation}, rule "
             f"{settings.rule}: {bound}"]
    if bound.max_steepness is None:
        lines.append("  no bound for a step activation; use sigmoid, tanh or clip for one")
        return "\n".join(lines)
    lines.append(f"  bound:     a unique stable fixed point is guaranteed for lambda < "
                 f"{bound.max_steepness:.3g} ({bound.norm}-norm of the weights)")
    estimate = fcmconfr_steepness(network.matrix(), settings.activation)
    if estimate is not None:
        lines.append(f"  fcmconfr:  {estimate:.3g} (its estimate, keeping inputs in the "
                     "near-linear part of the curve)")
    return "\n".join(lines)


def summary(model: Model) -> str:
    """A short readable account of what the model holds."""
    kinds = Counter(n.kind for n in model.nodes)
    groups = Counter(n.group or "(no group)" for n in model.nodes)
    lines = [f"  title:      {printable(model.title)}",
             f"  nodes:      {len(model.nodes)} ("
             + ", ".join(f"{kinds[k]} {k}{'s' if kinds[k] != 1 else ''}"
                         for k in ("actor", "restriction", "factor")) + ")",
             "  groups:     " + (", ".join(f"{printable(g)} {c}"
                                           for g, c in sorted(groups.items()))
                                 or "none"),
             f"  edges:      {len(model.edges)} "
             f"({sum(e.weight > 0 for e in model.edges)} positive, "
             f"{sum(e.weight < 0 for e in model.edges)} negative, "
             f"{sum(e.delay > 0 for e in model.edges)} delayed)",
             f"  scenarios:  {len(model.scenarios)}"
             + (" (" + ", ".join(printable(s.label) for s in model.scenarios) + ")"
                if model.scenarios else ""),
             f"  objectives: {len(model.objectives)}",
             f"  sources:    {len(model.sources)}"]
    if model.participants:
        s = model.settings
        lines.append(f"  participants: {len(model.participants)} "
                     f"({sum(len(p.ratings) for p in model.participants)} ratings; weights are "
                     f"the {s.aggregation}, zeros {s.aggregation_zeros}d)")
    return "\n".join(lines)


def warnings(model: Model) -> list[str]:
    """Things that are valid but probably mistakes."""
    out = []
    linked = {n for e in model.edges for n in e.key}
    for node in model.nodes:
        if node.id not in linked:
            out.append(f"node {node.id!r} ({node.label}) has no edges")
    unsourced = [e for e in model.edges if not e.sources]
    if unsourced:
        shown = ", ".join(f"{e.source} -> {e.target}" for e in unsourced[:5])
        more = f" and {len(unsourced) - 5} more" if len(unsourced) > 5 else ""
        out.append(f"{len(unsourced)} edge{'s' if len(unsourced) != 1 else ''} cite no source: "
                   f"{shown}{more}")
    stale = [(key, w) for key, w in working_weights(model).items()
             if model.edge(*key) is not None and abs(model.edge(*key).weight - w) > 5e-4]
    if stale:
        (s, t), w = stale[0]
        out.append(f"{len(stale)} edge{'s do' if len(stale) != 1 else ' does'} not weigh what the "
                   f"participants' aggregate says (first: {s} -> {t} weighs "
                   f"{model.edge(s, t).weight:+.3f}, the aggregate is {w:+.3f}); "
                   "run windtunnel aggregate on the model to recompute")
    levers = [n.id for n in model.nodes if n.is_lever]
    reachable = _reachable(model, levers)
    for objective in model.objectives:
        if objective.node not in reachable:
            out.append(f"objective {objective.id!r} ({objective.label}): no lever can reach "
                       f"node {objective.node!r}")
    return out


def _reachable(model: Model, starts: list[str]) -> set[str]:
    successors: dict[str, list[str]] = {}
    for edge in model.edges:
        successors.setdefault(edge.source, []).append(edge.target)
    seen, stack = set(starts), list(starts)
    while stack:
        for nxt in successors.get(stack.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen
