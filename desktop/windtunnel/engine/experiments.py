"""Experiments: every option in every future, run in batches through the simulator.

An *experiment* is one option (a named scenario, or a point of the lever space clamping
each explored lever from step 1 to the end, on top of the baseline) in one future (the
uncertain edge weights, and the delays and participant's map when asked for, drawn by
designs.py). Its *outcome* for an objective is what the
scorecard judges: the change from the baseline *in the same future* of the objective's
node at the last step. A scenario's weight overrides shift the drawn weights as in
Monte Carlo (common random numbers).

Work is cut into *tasks*: one block of futures (designs.FUTURE_BLOCK) x a slice of the
block's *runs* (run 0 the baseline, run o + 1 option o). A task draws its block (from the
seed and the block number only), simulates each of its runs as one batch, and returns the
objectives' nodes at the last step (runs x futures x objectives) and verdict counts; the
caller subtracts each block's baseline once it has both. The baseline is simulated once
per block whatever the slicing, so slices can be cut as fine as the workers need
(:func:`tasks`: at least :data:`TASKS_PER_WORKER` tasks per worker, of equal size, so
that no worker waits at the end on another's larger task). A task's numbers depend on the
block and the run, never on the slice size, the number of workers, their order or the
machine's scheduler: the results are the same bit for bit on one core, on a process pool
or on a dask.distributed cluster (executors.py). Memory is bounded: a task holds one block,
and the caller keeps only the outcomes (8 bytes per experiment and objective), the
baseline's, and the futures' uncertain weights.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import numpy as np

from ..errors import ModelError, Problem
from ..language import translate
from ..model import Model, Node, Objective, Settings, translated
from ..model.lever_range import in_lever_range, lever_range
from .budget import WORK_LIMITS, WorkLimits, check, explore_cost
from .cache import compiled_model
from .compile import FOREVER, Network, Plan, compile_scenario, empty_plan
from .designs import (FUTURE_BLOCK, SAMPLERS, FutureSpace, GivenFutures, LeverRange,
                      block_count, block_uniforms, future_space, lever_point_text,
                      lever_points, uncertainty_text)
from .plans import convergence_index, objective_met, pad
from .run import resolve_scenarios
from .simulate import simulate
from .verdict import CONVERGED, CYCLE, NOT_CONVERGED

if TYPE_CHECKING:        # loaded when a function needs it, not at start-up
    import pandas as pd

__all__ = ["Option", "Experiments", "ExperimentContext", "explore", "prepare", "run_task",
           "tasks", "MAX_EXPERIMENTS", "OPTIONS_PER_TASK", "TASKS_PER_WORKER"]

#: Most experiments one exploration may ask for (a cluster run is still bounded by the
#: memory of the outcomes it brings back: 10^7 x 6 objectives = 480 MB).
MAX_EXPERIMENTS = 10**8
#: Runs (options, or the baseline) simulated per task at most.
OPTIONS_PER_TASK = 32
#: Tasks per worker at least, when the blocks and runs allow: equal tasks, several per
#: worker, keep every worker busy to the end (a run of a block is about 25 ms of work on
#: the bundled model, far above a task's cost on a pool or a cluster).
TASKS_PER_WORKER = 4


@dataclass(frozen=True)
class Option:
    """One policy option: a named scenario (``kind`` "scenario") or a lever point
    (``kind`` "levers", its values in ``levers`` in the order of the explored levers)."""

    id: str
    label: str
    kind: str
    levers: tuple[float, ...] = ()


@dataclass(frozen=True, eq=False)
class ExperimentContext:
    """Everything a task needs, shipped once to each worker: the compiled network, the
    settings, the options' plans and the edges each overrides, the objectives' node
    indices and the futures' design."""

    network: Network
    settings: Settings
    plans: tuple[Plan, ...]
    overridden: tuple[np.ndarray, ...]  # per plan, the indices of the edges it overrides
    nodes: np.ndarray               # (J,) objective node indices
    space: FutureSpace
    sampler: str
    futures: int
    seed: int
    given: GivenFutures | None = None

    def uniforms(self, block: int) -> np.ndarray:
        if self.given is not None:
            return self.given.block(block)
        return block_uniforms(self.sampler, self.space.dimensions, self.futures, block,
                              self.seed)


@dataclass(frozen=True, eq=False)
class Experiments:
    """Outcomes of every option in every future.

    ``outcomes[o, f, j]`` is objective j's value (change from baseline of its node at the
    last step) for option o in future f; ``futures[f, d]`` is future f's value of
    uncertainty d (``uncertainties[d]``: "source → target" for a weight, "delay source →
    target" for a delay in steps, "participant" for the number of the participant whose
    map it is, named in ``categories``); ``lever_values[o]`` the explored levers' values of
    a lever option (nan for a named scenario).
    """

    options: tuple[Option, ...]
    levers: tuple[LeverRange, ...]
    objectives: tuple[Objective, ...]
    uncertainties: tuple[str, ...]
    futures: np.ndarray             # (F, D)
    outcomes: np.ndarray            # (O, F, J)
    sampler: str
    seed: int
    settings: Settings
    verdict_shares: dict[str, float] = field(default_factory=dict)
    categories: dict[str, tuple[str, ...]] = field(default_factory=dict)
    nodes: tuple[Node, ...] = ()    # the model's nodes, to name the uncertainties

    def uncertainty_names(self) -> dict[str, str]:
        """Each uncertainty's name -> how a reader reads it in the current language
        ("Source label → Target label"; :func:`designs.uncertainty_text`)."""
        labels = {node.id: translated(node) for node in self.nodes}
        return {name: uncertainty_text(name, labels) for name in self.uncertainties}

    @property
    def count(self) -> int:
        return self.outcomes.shape[0] * self.outcomes.shape[1]

    @property
    def lever_values(self) -> np.ndarray:
        out = np.full((len(self.options), len(self.levers)), np.nan)
        for i, option in enumerate(self.options):
            if option.kind == "levers":
                out[i] = option.levers
        return out

    def toward(self) -> np.ndarray:
        """(J,) +1 for an objective that wants an increase, -1 for one that wants a
        decrease: ``outcomes * toward()`` is each experiment's progress toward each
        objective (more is better, and the objective is met at its threshold or more)."""
        return np.array([1.0 if o.direction == "increase" else -1.0 for o in self.objectives])

    def met(self) -> np.ndarray:
        """(O, F, J) whether each objective is met in each experiment."""
        out = np.empty(self.outcomes.shape, dtype=bool)
        for j, objective in enumerate(self.objectives):
            out[:, :, j] = objective_met(self.outcomes[:, :, j], objective)
        return out

    def to_frame(self) -> pd.DataFrame:
        """One row per experiment: option, future, lever values, each objective's value,
        and whether all objectives are met."""
        import pandas as pd

        n_options, n_futures, _ = self.outcomes.shape
        frame = pd.DataFrame({
            "experiment": np.arange(n_options * n_futures),
            "option": np.repeat([o.id for o in self.options], n_futures),
            "future": np.tile(np.arange(n_futures), n_options)})
        values = self.lever_values
        for i, lever in enumerate(self.levers):
            frame[lever.node] = np.repeat(values[:, i], n_futures)
        for j, objective in enumerate(self.objectives):
            frame[objective.id] = self.outcomes[:, :, j].ravel()
        frame["all met"] = self.met().all(axis=2).ravel()
        return frame

    def futures_frame(self) -> pd.DataFrame:
        """One row per future: its uncertainties' values (a categorical one by its label)."""
        import pandas as pd

        frame = pd.DataFrame(self.futures, columns=list(self.uncertainties))
        for name, labels in self.categories.items():
            frame[name] = np.asarray(labels, dtype=object)[frame[name].to_numpy(dtype=int)]
        frame.insert(0, "future", np.arange(len(self.futures)))
        return frame


def prepare(model: Model, *, scenarios=None, levers=(), policies: int = 16,
            futures: int = 1000, sampler: str = "lhs", seed: int | None = None,
            settings: Settings | None = None, given: np.ndarray | None = None,
            delays=(), participants: bool = False, parallel: int = 1,
            limits: WorkLimits = WORK_LIMITS) -> tuple[ExperimentContext, tuple[Option, ...]]:
    """Compile an exploration: the options and the context every task shares.

    ``scenarios``: ids or labels of named scenarios (None = all of the model's; ``[]`` =
    none); ``levers``: :class:`LeverRange` of restriction nodes, sampled into ``policies``
    points (every combination of levels under ``factorial``). ``delays``: DelayRange of
    edges whose delays vary by future; ``participants``: each future is one participant's
    map (designs.py). ``given``: futures as uniforms (n, D) instead of a sampler (Sobol'
    indices use it). Refused before any work
    when the objectives, levers or sizes are unusable or pass ``limits`` (the time shared
    by ``parallel`` workers).
    """
    settings = settings or model.settings
    problems = settings.problems()
    if problems:
        raise ModelError([Problem(f"settings.{f}", m) for f, m in problems])
    if sampler not in SAMPLERS:
        raise ModelError(Problem("sampler", translate("experiments", "{sampler!r} is not one of {samplers}").format(
                                                sampler=sampler, samplers=', '.join(SAMPLERS))))
    if not model.objectives:
        raise ModelError(Problem("objectives", translate("experiments", "the model has no objectives: an "
                                                                        "exploration judges options by them; add "
                                                                        "one (node, direction, threshold)")))
    seed = settings.seed if seed is None else int(seed)
    network = compiled_model(model, settings)
    levers = tuple(levers)
    _check_levers(network, levers, settings.activation)
    chosen = resolve_scenarios(model, scenarios)
    options = [Option(s.id, translated(s), "scenario") for s in chosen]
    plans = [compile_scenario(network, s) for s in chosen]
    overridden = [np.unique([network.edge_index(o.source, o.target) for o in s.overrides])
                  .astype(np.intp) for s in chosen]
    points = lever_points(list(levers), sampler, policies, seed)
    nodes = np.array([network.index(lever.node) for lever in levers], dtype=np.intp)
    labels = {node.id: translated(node) for node in model.nodes}
    for number, point in enumerate(points, 1):
        text = lever_point_text(levers, point, labels)
        options.append(Option(f"levers-{number}", text, "levers", tuple(map(float, point))))
        plans.append(_lever_plan(network, nodes, point, f"levers-{number}", text))
        overridden.append(np.zeros(0, dtype=np.intp))
    if not options:
        raise ModelError(Problem("options", translate("experiments", "nothing to explore: "
                                                                     "give scenarios or levers")))
    space = future_space(network, delays=delays, **_participant_maps(model, network,
                                                                     participants))
    if given is not None:
        futures = len(given)
    if not 1 <= futures or len(options) * futures > MAX_EXPERIMENTS:
        raise ModelError(Problem("futures", (
            translate("experiments", "{count:,} options x {futures:,} futures: use at least "
                                     "one future and at most {max_experiments:,} experiments").format(
                count=len(options), futures=futures, max_experiments=MAX_EXPERIMENTS))))
    check(explore_cost(network, settings, options=len(options), futures=futures,
                       objectives=len(model.objectives), uncertainties=space.dimensions,
                       interventions=max((p.n_interventions for p in plans), default=0),
                       delay_sets=space.delay_sets, longest_delay=space.longest_delay,
                       parallel=parallel),
          limits)
    objective_nodes = np.array([network.index(o.node) for o in model.objectives],
                               dtype=np.intp)
    context = ExperimentContext(network, settings, tuple(plans), tuple(overridden),
                                objective_nodes, space,
                                sampler, int(futures), seed,
                                None if given is None else GivenFutures(np.asarray(given)))
    return context, tuple(options)


def _participant_maps(model: Model, network: Network, participants: bool) -> dict:
    """The participants' maps in the network's edge order (engine/voices.py), if asked."""
    if not participants:
        return {}
    if not model.participants:
        raise ModelError(Problem("participants", translate(
            "experiments", "the model has no participants: add participants' ratings to "
                           "explore their maps as futures")))
    from .aggregation import participant_weights
    from .voices import network_drawn, network_weights

    voices = participant_weights(model)
    return {"maps": network_weights(voices, network), "drawn": network_drawn(voices, network),
            "participants": voices.labels}


def _check_levers(network: Network, levers: tuple[LeverRange, ...], activation: str) -> None:
    problems = []
    low, high = lever_range(activation)
    seen = set()
    for lever in levers:
        where = f"lever {lever.node}"
        index = network._index.get(lever.node)
        if index is None:
            valid = ", ".join(network.node_ids[i] for i in network.levers) or "none"
            problems.append(Problem(where, translate("experiments", "there is no node {node!r}; levers: "
                                                                    "{valid}").format(
                                               node=lever.node, valid=valid)))
            continue
        if index not in network.levers:
            problems.append(Problem(where, translate("experiments", "is not a lever (a restriction node)")))
        if lever.node in seen:
            problems.append(Problem(where, translate("experiments", "is given twice")))
        seen.add(lever.node)
        problems += [Problem(where, text) for text in lever.problems()]
        if not lever.problems() and not (in_lever_range(lever.low, activation)
                                         and in_lever_range(lever.high, activation)):
            problems.append(Problem(where, translate(
                "experiments", "{low:g} to {high:g} leaves [{range_low:g}, {range_high:g}], "
                               "the levels the {activation} activation gives a node").format(
                low=lever.low, high=lever.high, range_low=low, range_high=high,
                activation=activation)))
    if problems:
        raise ModelError(problems)


def _lever_plan(network: Network, nodes: np.ndarray, values: np.ndarray, option_id: str,
                label: str) -> Plan:
    """The baseline with each explored lever clamped at its value from step 1 on (as the
    model's own scenarios set their levers)."""
    count = len(nodes)
    return Plan(network.weight, nodes, np.zeros(count, dtype=bool),
                np.asarray(values, dtype=float), np.ones(count, dtype=np.intp),
                np.full(count, FOREVER, dtype=np.intp), label=label, scenario_id=option_id)


def tasks(context: ExperimentContext, options_per_task: int | None = None,
          workers: int = 1):
    """The tasks (block, first run, stop run) that cover every run of every block (run 0
    the baseline, run o + 1 option o): slices of ``options_per_task`` runs when given,
    else of equal size, at most :data:`OPTIONS_PER_TASK` runs, and enough of them for
    :data:`TASKS_PER_WORKER` tasks per worker."""
    runs, blocks = len(context.plans) + 1, block_count(context.futures)
    if options_per_task:
        step = max(1, int(options_per_task))
        cuts = list(range(0, runs, step)) + [runs]
    else:
        slices = max(-(-runs // OPTIONS_PER_TASK),
                     -(-TASKS_PER_WORKER * max(1, int(workers)) // blocks))
        cuts = np.linspace(0, runs, min(slices, runs) + 1).round().astype(int).tolist()
    return [(block, first, stop) for block in range(blocks)
            for first, stop in zip(cuts, cuts[1:])]


def run_task(context: ExperimentContext, task: tuple[int, int, int]):
    """One task: (block, first, stop, the objectives' nodes at the last step
    (stop - first, n, J) of runs first to stop, verdict counts (3,))."""
    block, first, stop = task
    network, settings, space = context.network, context.settings, context.space
    draw = space.draw(network, context.uniforms(block))
    convergence = convergence_index(network, settings)
    kinds = np.zeros(3)
    out = np.empty((stop - first, draw.weight.shape[0], len(context.nodes)))
    for row, run in enumerate(range(first, stop)):
        if run == 0:
            plan, option = empty_plan(network, draw.weight), draw
        else:
            plan = context.plans[run - 1]
            option = space.option_draw(network, draw, plan.weight,
                                       context.overridden[run - 1])
        out[row] = _final(context, option, plan, convergence, kinds)[:, context.nodes]
    return block, first, stop, out, kinds


def _final(context, draw, plan, convergence, kinds) -> np.ndarray:
    """The last-step states (n, N) of ``plan`` in one batch of futures with the weights
    ``draw`` sets, as one simulation per set of delays the futures draw (in a fixed order:
    the same batches whoever runs the block); verdict kinds counted into ``kinds``."""
    settings = context.settings
    out = None
    for delays, rows in draw.groups():
        network = context.space.network(context.network, delays) if rows is not None \
            else context.network
        weight = draw.weight if rows is None else draw.weight[rows]
        drivers = draw.drivers if rows is None or draw.drivers is None else draw.drivers[rows]
        sim = simulate(network, replace(plan, weight=weight), settings,
                       convergence=convergence, drivers=drivers)
        kinds += np.bincount(sim.verdicts.kind, minlength=3)
        final = pad(sim.states, settings.steps)[-1]
        if rows is None:
            return final
        if out is None:
            out = np.empty((draw.weight.shape[0], final.shape[1]))
        out[rows] = final
    return out


def explore(model: Model, *, scenarios=None, levers=(), policies: int = 16,
            futures: int = 1000, sampler: str = "lhs", seed: int | None = None,
            settings: Settings | None = None, given: np.ndarray | None = None,
            delays=(), participants: bool = False,
            workers: int | None = None, scheduler=None, progress=None, cancel=None,
            options_per_task: int | None = None,
            limits: WorkLimits = WORK_LIMITS) -> Experiments:
    """Run every option (``scenarios`` and ``policies`` points of ``levers``) in
    ``futures`` futures; see :func:`prepare` for the design and executors.py for where it
    runs: in this process (``workers=1``), on a local process pool of ``workers``
    (default: every core), or on a dask.distributed cluster when ``scheduler`` (an address
    or a ``distributed.Client``) is given. The numbers do not depend on any of these, nor
    on ``options_per_task`` (runs per task; default: sized to the workers, :func:`tasks`).
    ``progress`` and ``cancel`` follow engine/progress.py (one unit per task)."""
    from .executors import connected, execute, local_workers

    with connected(scheduler) as client:
        parallel = (client.threads() if client is not None
                    else int(workers) if workers else local_workers())
        context, options = prepare(model, scenarios=scenarios, levers=levers,
                                   policies=policies, futures=futures, sampler=sampler,
                                   seed=seed, settings=settings, given=given,
                                   delays=delays, participants=participants,
                                   parallel=parallel, limits=limits)
        # run 0 (the baseline) and the options' runs, until the baseline is subtracted
        runs = np.empty((len(options) + 1, context.futures, len(context.nodes)))
        kinds = np.zeros(3)
        for block, first, stop, values, counts in execute(
                context, tasks(context, options_per_task, parallel), workers=workers,
                client=client, progress=progress, cancel=cancel):
            start = block * FUTURE_BLOCK
            runs[first:stop, start:start + values.shape[1]] = values
            kinds += counts
        outcomes = runs[1:]
        outcomes -= runs[0]
    uniforms = (context.given.u if context.given is not None else
                np.concatenate([context.uniforms(b) for b in range(block_count(context.futures))]))
    total = kinds.sum() or 1.0
    return Experiments(options, tuple(levers), tuple(model.objectives), context.space.names,
                       context.space.values(uniforms), outcomes, sampler, context.seed,
                       context.settings,
                       {name: float(c / total)
                        for name, c in zip((CONVERGED, CYCLE, NOT_CONVERGED), kinds)},
                       context.space.categories, tuple(model.nodes))
