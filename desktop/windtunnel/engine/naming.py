"""Results named again in the current language, without running anything again.

A run names the model, its nodes, scenarios, objectives and time step in the language
current when it ran (``run`` and ``explore`` read :func:`~windtunnel.model.translated`),
so that every view and export reads them as they are. Their numbers do not depend on the
language: when the reader switches languages, the results kept (a Monte Carlo run of
minutes, an exploration of thousands of futures) are named again from the model here,
by the same rule, rather than run again. An element the model no longer has keeps the
name the run gave it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from ..model import Model, translated
from .designs import PARTICIPANT, lever_point_text
from .discovery import Discovery
from .experiments import Experiments
from .results import Results
from .robustness import Robustness

__all__ = ["named", "named_exploration"]


def _name(element, fallback: str) -> str:
    return fallback if element is None else translated(element)


def named(results: Results, model: Model) -> Results:
    """``results`` with the model's title, node, scenario and objective names in the
    current language (and the time step's, when they were run with the model's own
    settings, as :func:`~windtunnel.engine.run` names it)."""
    settings = results.settings
    if replace(settings, time_unit=model.settings.time_unit) == model.settings:
        settings = replace(settings, time_unit=translated(model, "time_unit"))
    scenarios = {r.scenario_id: _name(model.scenario(r.scenario_id), r.label)
                 for r in results.scenarios}
    return replace(
        results, title=translated(model, "title"), settings=settings,
        labels=tuple(_name(model.node(n), label)
                     for n, label in zip(results.node_ids, results.labels)),
        scenarios=tuple(replace(r, label=scenarios[r.scenario_id]) for r in results.scenarios),
        scorecard=tuple(replace(row, scenario=scenarios.get(row.scenario_id, row.scenario),
                                objective=_name(model.objective(row.objective_id),
                                                row.objective))
                        for row in results.scorecard))


def named_exploration(model: Model, experiments: Experiments, rows: list[Robustness],
                      discoveries: list[Discovery], *,
                      participants: Callable[[tuple[str, ...]], Sequence[str]] | None = None
                      ) -> tuple[Experiments, list[Robustness], list[Discovery]]:
    """An exploration's options (its named scenarios, and its lever points by their
    levers' labels and values), robustness rows and failure boxes named in the current
    language; ``participants`` gives the names shown for the run's participants' labels
    (whose map a future is: numbers in an anonymous room), the labels themselves if None."""
    levers = {node.id: translated(node) for node in experiments.nodes}
    options = tuple(replace(o, label=_name(model.scenario(o.id), o.label))
                    if o.kind == "scenario" else
                    replace(o, label=lever_point_text(experiments.levers, o.levers, levers))
                    for o in experiments.options)
    labels = {o.id: o.label for o in options}
    categories = dict(experiments.categories)
    if participants is not None and PARTICIPANT in categories:
        categories[PARTICIPANT] = tuple(participants(categories[PARTICIPANT]))
    experiments = replace(experiments, options=options, categories=categories)
    names = experiments.uncertainty_names()
    return (experiments,
            [replace(row, label=labels.get(row.option, row.label)) for row in rows],
            [replace(d, label=labels.get(d.option, d.label), names=names, categories=categories,
                     objective_label=None if d.objective is None else _name(
                         model.objective(d.objective), d.objective_label))
             for d in discoveries])
