"""``windtunnel check FILE [--steepness]``: validate a model and summarise it, with warnings.

``--steepness`` adds the steepness (lambda) advice: whether the model's settings are inside
the contraction bound that guarantees a unique stable fixed point, the largest lambda
inside it, and fcmconfr's estimate (engine/trust.py).
"""

from __future__ import annotations

from collections import Counter

from ..language import translate
from ..io.naming import node_name
from ..io.words import word
from ..model.natural_order import natural_key
from ..model import Model, group_name, translated
from ..model.fileformat import load_noted
from ..model.label_lines import label_breaks_note
from ..model.lever_range import out_of_range_note
from .text import ARROW, printable
from .arguments import add_model_file
from .summaries import command_parser

NAME = "check"


def add_parser(subparsers) -> None:
    parser = command_parser(subparsers, NAME, translate(
        "check", "Validate a model file, print a summary and warnings. Exit 1 when it is invalid."))
    add_model_file(parser)
    parser.add_argument("--steepness", action="store_true",
                        help=translate("check", "also suggest a steepness (lambda) with a "
                                                "unique stable fixed point"))
    parser.set_defaults(run=run)


def run(args) -> int:
    model, read = load_noted(args.file)     # read: what reading changed (control characters)
    print(translate("check", "{file}: valid Windtunnel model").format(
              file=printable(args.file)))
    print(summary(model))
    shown = label_breaks_note(model)          # how the file's labels show (no change)
    found = [str(note) for note in (*read, *filter(None, (shown, out_of_range_note(model))))] \
        + warnings(model)
    for line in found:
        print(translate("check", "warning: {line}").format(line=printable(line)))
    print(translate("check", "{count} warning{s}").format(
              count=len(found), s="s" if len(found) != 1 else ""))
    if args.steepness:
        print(steepness_advice(model))
    return 0


def steepness_advice(model: Model) -> str:
    """The model's contraction bound and two suggested steepness values."""
    from ..engine import compiled_model, contraction, fcmconfr_steepness  # numpy: only here
    from ..engine.trust import norm_name

    settings = model.settings
    network = compiled_model(model, settings)
    bound = contraction(network, settings)
    lines = [translate("check", "steepness (lambda):"),
             translate("check", "  now:       {steepness} with {activation}, rule {rule}: "
                                "{bound}").format(steepness=f"{settings.steepness:g}",
                                                  activation=word(settings.activation),
                                                  rule=word(settings.rule), bound=bound)]
    if bound.max_steepness is None:
        lines.append(translate("check", "  no bound for a step activation; use sigmoid, tanh "
                                        "or clip for one"))
        return "\n".join(lines)
    lines.append(translate("check", "  bound:     a unique stable fixed point is guaranteed for "
                                    "lambda < {steepness} ({norm}-norm of the weights)").format(
        steepness=f"{bound.max_steepness:.3g}", norm=norm_name(bound.norm)))
    estimate = fcmconfr_steepness(network.matrix(), settings.activation)
    if estimate is not None:
        lines.append(translate("check", "  fcmconfr:  {steepness} (its estimate, keeping inputs "
                                        "in the near-linear part of the curve)").format(
            steepness=f"{estimate:.3g}"))
    return "\n".join(lines)


def summary(model: Model) -> str:
    """A short readable account of what the model holds."""
    kinds = Counter(n.kind for n in model.nodes)
    groups = Counter(group_name(model, n.group) or translate("check", "(no group)")
                     for n in model.nodes)
    kind_counts = {"actor": translate("check", "{count} actor{s}"),
                   "restriction": translate("check", "{count} restriction{s}"),
                   "factor": translate("check", "{count} factor{s}")}
    lines = [translate("check", "  title:      {title}").format(
                 title=printable(translated(model, "title"))),
             translate("check", "  nodes:      {count} ({kinds})").format(
                 count=len(model.nodes),
                 kinds=translate("check", ", ").join(
                     text.format(count=kinds[k], s="s" if kinds[k] != 1 else "")
                     for k, text in kind_counts.items())),
             translate("check", "  groups:     {groups}").format(
                 groups=translate("check", ", ").join(f"{printable(g)} {c}"
                                                      for g, c in sorted(
                                                          groups.items(),
                                                          key=lambda gc: natural_key(gc[0])))
                 or translate("check", "none")),
             translate("check", "  edges:      {count} ({positive} positive, {negative} "
                                "negative, {delayed} delayed)").format(
                 count=len(model.edges), positive=sum(e.weight > 0 for e in model.edges),
                 negative=sum(e.weight < 0 for e in model.edges),
                 delayed=sum(e.delay > 0 for e in model.edges)),
             translate("check", "  scenarios:  {count}").format(count=len(model.scenarios))
             + (translate("check", " ({names})").format(names=translate("check", ", ").join(
                 printable(translated(s)) for s in model.scenarios))
                if model.scenarios else ""),
             translate("check", "  objectives: {count}").format(count=len(model.objectives)),
             translate("check", "  sources:    {count}").format(count=len(model.sources))]
    if model.participants:
        s = model.settings
        lines.append(translate("check", "  participants: {count} ({ratings} ratings; weights "
                                        "are the {aggregation}, zeros {zeros}d)").format(
            count=len(model.participants),
            ratings=sum(len(p.ratings) for p in model.participants),
            aggregation=word(s.aggregation), zeros=word(s.aggregation_zeros)))
    return "\n".join(lines)


def warnings(model: Model) -> list[str]:
    """Things that are valid but probably mistakes."""
    out = []
    linked = {n for e in model.edges for n in e.key}
    for node in model.nodes:
        if node.id not in linked:
            out.append(translate("check", "node {node} has no edges").format(
                node=_named(model, node.id)))
    unsourced = [e for e in model.edges if not e.sources]
    if unsourced:
        shown = ", ".join(_named(model, e.source) + ARROW + _named(model, e.target)
                          for e in unsourced[:5])
        more = (translate("check", " and {count} more").format(count=len(unsourced) - 5)
                if len(unsourced) > 5 else "")
        out.append(translate("check", "{count} edge{s} without a source: {shown}{more}").format(
            count=len(unsourced), s="s" if len(unsourced) != 1 else "", shown=shown,
            more=more))
    stale = [(key, w) for key, w in _working_weights(model).items()
             if model.edge(*key) is not None and abs(model.edge(*key).weight - w) > 5e-4]
    if stale:
        (s, t), w = stale[0]
        message = (translate("check", "{count} edges do not weigh what the participants' "
                                      "aggregate says (first: {source} \u2192 {target} weighs "
                                      "{weight:+.3f}, the aggregate is {aggregate:+.3f}); run "
                                      "windtunnel aggregate on the model to recompute")
                   if len(stale) != 1 else
                   translate("check", "{count} edge does not weigh what the participants' "
                                      "aggregate says (first: {source} \u2192 {target} weighs "
                                      "{weight:+.3f}, the aggregate is {aggregate:+.3f}); run "
                                      "windtunnel aggregate on the model to recompute"))
        out.append(message.format(count=len(stale), source=_named(model, s),
                                  target=_named(model, t),
                                  weight=model.edge(s, t).weight, aggregate=w))
    off_map = [(participant.id, rating.key) for participant in model.participants
               for rating in participant.ratings
               if model.edge(*rating.key) is None and model.node(rating.source) is not None
               and model.node(rating.target) is not None]
    if off_map:
        participant, (s, t) = off_map[0]
        out.append(translate("check", "{count} rating(s) of edges between shared nodes that "
                                      "the map does not have (first: participant "
                                      "{participant} rates {source} \u2192 {target}); runs leave "
                                      "them out: add the edge to the map to count it").format(
            count=len(off_map), participant=participant, source=s, target=t))
    levers = [n.id for n in model.nodes if n.is_lever]
    reachable = _reachable(model, levers)
    for objective in model.objectives:
        if objective.node not in reachable:
            out.append(translate("check", "objective {objective}: no lever can reach "
                                          "node {node}").format(
                objective=node_name(objective.id, translated(objective)),
                node=_named(model, objective.node)))
    return out


def _named(model: Model, node_id: str) -> str:
    """A node as the rest of the product names it: ``'Tax' (id n3)``, in the current
    language."""
    node = model.node(node_id)
    return node_name(node_id, translated(node) if node is not None else "")


def _working_weights(model: Model) -> dict[tuple[str, str], float]:
    """The participants' aggregate weights; a model without participants (most) has none,
    and checking it loads no numpy."""
    if not model.participants:
        return {}
    from ..engine import working_weights

    return working_weights(model)


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
