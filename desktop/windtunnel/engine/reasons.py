"""The readable answer to "why did this change?": at most five reasons and a named rest.

Input: the exact routes of a change (decompose.py), which add up to it. Output: a few
:class:`Reason` items, largest first, and one :class:`Reason` for the rest, whose values
add up to the change exactly. The rest is always named (how many routes, through which
nodes), never an anonymous "unexplained" bucket.

How the reasons are chosen: routes are grouped by the node they arrive through (the
explained node's input neighbour; a lever acting on the node itself, or an override
pushing into it, is its own group), which groups the many small routes sharing a channel:
"via VPNs & API proxies (14 routes)". A group that one route dominates (at least
:data:`DOMINANT` of its value) is shown as that route; reasons carrying less than
:data:`MINOR` of the change join the rest. When those groups carry less than
:data:`SWITCH` of the change, the levers' own shares (Shapley values, which also add up
exactly) are shown instead if they carry more. The aim: the reasons carry at least
1 - :data:`ENOUGH` of the change.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..language import filled, translate

__all__ = ["Reason", "reasons", "coverage", "carried", "ROUTE_STEP", "MAX_REASONS", "ENOUGH",
           "SWITCH", "DOMINANT", "MINOR"]

#: Reasons shown at most (the rest is one more, named line).
MAX_REASONS = 5
#: The listed reasons should leave at most this fraction of the change to the rest.
ENOUGH = 0.2
#: Route groups covering less than this are replaced by the levers' shares if those cover
#: more: routes name mechanisms, so they are kept whenever they are enough.
SWITCH = 1.0 - ENOUGH
#: A group shown as its largest route when that route carries this much of the group.
DOMINANT = 0.8
#: How a route's text joins the names of its steps.
ROUTE_STEP = " \u2192 "
#: Reasons carrying less than this share of the change join the rest (one is always shown).
MINOR = 0.02
#: A lever's share this small relative to the change is rounding noise: it moves nothing.
NOISE = 1e-9


@dataclass(frozen=True)
class Reason:
    """One line of the answer.

    ``kind``: ``route`` (one route from a lever or override), ``via`` (the routes arriving
    through one node), ``lever`` (a lever's Shapley share), ``rest`` (everything else,
    named). ``nodes`` is the route (node ids, the explained node last) or, for a group, the
    route of its largest member, for highlighting on the map.
    """

    kind: str
    text: str
    value: float
    share: float          # value / change (0 when the change is 0)
    routes: int = 1
    nodes: tuple[str, ...] = ()
    brief: str = ""       # the text without its example route, where a panel is narrow

    @property
    def title(self) -> str:
        """The short form of :attr:`text` (the whole text when it has none)."""
        return self.brief or self.text


def coverage(items: tuple[Reason, ...], rest: Reason, total: float) -> float:
    """How little of the change the listed reasons leave to the rest: 1 - |rest| / |change|,
    whichever way the rest pulls. It decides whether the reasons are enough (routes or
    levers); what they carry, as the table adds it up, is :func:`carried`."""
    if total == 0:
        return 1.0
    return 1.0 - abs(rest.value) / abs(total)


def carried(items: tuple[Reason, ...], total: float) -> float:
    """The fraction of the change the listed reasons carry, signed as the table adds them
    up: with routes pulling both ways it can pass 1 (the rest pulls the other way), so
    the shares shown and this sum always agree. 1 when there is no change."""
    if total == 0:
        return 1.0
    return sum(item.value for item in items) / total


def reasons(route_list, total: float, labels: dict[str, str], *, levers=(),
            max_reasons: int = MAX_REASONS) -> tuple[tuple[Reason, ...], Reason]:
    """(reasons, rest) for a change of ``total`` carried by ``route_list``.

    ``route_list`` holds (nodes as ids, origin, value, origin label) tuples that add up to
    ``total``; ``levers`` holds (lever label, Shapley value) pairs that also do.
    """
    by_routes = _grouped(route_list, total, labels, max_reasons)
    if levers and coverage(*by_routes, total) < SWITCH:
        by_levers = _by_levers(levers, total, max_reasons)
        if coverage(*by_levers, total) > coverage(*by_routes, total):
            return by_levers
    return by_routes


def _share(value: float, total: float) -> float:
    return value / total if total else 0.0


def _route_text(nodes, origin, origin_label, labels) -> str:
    path = ROUTE_STEP.join(labels.get(n, n) for n in nodes)
    if origin == "override":
        return (filled(translate("reasons", "{origin}, through {path}"), origin=origin_label,
                       path=path) if len(nodes) > 1 else origin_label)
    if origin == "open":
        return filled(translate("reasons", "earlier changes arriving through {path}"), path=path)
    return path if len(nodes) > 1 else filled(translate("reasons", "{path}, set by the scenario"),
                                              path=path)


def _grouped(route_list, total, labels, max_reasons):
    groups: dict[str, list] = {}
    for nodes, origin, value, origin_label in route_list:
        key = nodes[-2] if len(nodes) > 1 else f"{origin}:{origin_label}"
        groups.setdefault(key, []).append((nodes, origin, value, origin_label))
    candidates = []
    for key, members in groups.items():
        value = float(sum(m[2] for m in members))
        largest = max(members, key=lambda m: abs(m[2]))
        nodes, origin, v, origin_label = largest
        if len(members) == 1 or (value and v / value >= DOMINANT):
            extra = len(members) - 1
            text = _route_text(nodes, origin, origin_label, labels)
            if extra:
                via = (labels.get(nodes[-2], nodes[-2]) if len(nodes) > 1
                       else translate("reasons", "it"))
                text += filled(translate("reasons", " (and {extra} smaller routes through {via})")
                               if extra > 1 else
                               translate("reasons", " (and {extra} smaller route through {via})"),
                               extra=extra, via=via)
            candidates.append(Reason("route", text, value, _share(value, total),
                                     len(members), tuple(nodes)))
        else:
            via = labels.get(key, key)
            text = filled(translate("reasons", "via {via} ({count} routes; largest: {route})"),
                          via=via, count=len(members),
                          route=_route_text(nodes, origin, origin_label, labels))
            short = filled(translate("reasons", "via {via} ({count} routes)"), via=via,
                           count=len(members))
            candidates.append(Reason("via", text, value, _share(value, total), len(members),
                                     tuple(nodes), short))
    candidates.sort(key=lambda r: -abs(r.value))
    shown = _major(candidates[:max_reasons], total)
    left = candidates[len(shown):]
    return shown, _rest(left, total, labels)


def _major(ranked: list[Reason], total: float) -> tuple[Reason, ...]:
    """The leading reasons that are not negligible: non-zero, and at least MINOR of the
    change (the first non-zero one always)."""
    out = []
    for r in ranked:
        if r.value == 0 or (out and abs(r.value) < MINOR * abs(total)):
            break
        out.append(r)
    return tuple(out)


def _rest(left: list[Reason], total: float, labels) -> Reason:
    value = float(sum(r.value for r in left))
    count = sum(r.routes for r in left)
    if not left or count == 0:
        return Reason("rest", translate("reasons", "nothing else"), 0.0, 0.0, 0)
    names = []
    for r in left[:3]:
        through = r.nodes[-2] if len(r.nodes) > 1 else r.nodes[0] if r.nodes else ""
        name = labels.get(through, through)
        if name and name not in names:
            names.append(name)
    comma = translate("reasons", ", ")          # the language's own ("、" in Chinese)
    more = comma + "..." if len(left) > 3 else ""
    text = (translate("reasons", "{count} other routes") if count != 1 else
            translate("reasons", "{count} other route")).format(count=count)
    if names:
        text += filled(translate("reasons", " (via {names})"), names=comma.join(names) + more)
    return Reason("rest", text, value, _share(value, total), count)


def _by_levers(levers, total, max_reasons):
    ranked = sorted(levers, key=lambda lv: -abs(lv[1]))
    shown = _major([Reason("lever", filled(translate("reasons", "{name} (lever, Shapley share)"),
                                           name=name), float(v),
                           _share(float(v), total)) for name, v in ranked[:max_reasons]], total)
    left = ranked[len(shown):]
    value = float(np.sum([v for _, v in left])) if left else 0.0
    # levers whose share is rounding noise move nothing: they are not "other levers"
    left = [(name, v) for name, v in left if abs(v) > NOISE * max(abs(total), 1e-300)]
    if not left:
        return shown, Reason("rest", translate("reasons", "nothing else"), value,
                             _share(value, total), 0)
    comma = translate("reasons", ", ")
    names = comma.join(name for name, _ in left[:3]) + (comma + "..." if len(left) > 3 else "")
    text = (translate("reasons", "{count} other levers ({names})") if len(left) != 1 else
            translate("reasons", "{count} other lever ({names})")).format(count=len(left),
                                                                          names=names)
    return shown, Reason("rest", text, value, _share(value, total), len(left))
