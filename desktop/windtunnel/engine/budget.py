"""The work budget: what an analysis will cost, estimated before anything is allocated.

A small model file can ask for a huge computation: 20,000 edges ask the tornado for
40,000 runs of 20,000 edges each; 10,000 steps of 30,000 nodes fill 2.4 GB per run; a
delay of 10,000 steps or 200,000 pulse interventions each used to cost memory in
proportion. Every analysis entry point (:func:`~windtunnel.engine.run`, Monte Carlo
within it, :func:`~windtunnel.engine.breakdown`, :func:`~windtunnel.engine.tornado`,
:func:`~windtunnel.engine.lever_elasticities`, :func:`~windtunnel.engine.node_metrics`)
first builds an :class:`Estimate` from the sizes
alone (nodes, edges, steps, the longest delay that matters, samples, interventions,
scenarios, variants) and :func:`check` refuses it, with a message that names the figure
and the limit, when it would pass :data:`MEMORY_LIMIT` or :data:`TIME_LIMIT`.

The figures are deliberately simple upper bounds of the arrays the engine allocates
(simulate.py, propagate.py, montecarlo.py, sensitivity.py) and of its work, counted in
*updates* (one edge term or one node activation for one sample at one step) at
:data:`UPDATES_PER_SECOND`: a Monte Carlo run of a 2,000-node, 8,000-edge map did 2 x 10^8
a second on one core of the project's shared test machine, so the estimates err long.
They are meant to catch the runs that cannot finish, not to predict run times.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import ModelError, Problem
from ..language import translate
from ..model import Settings
from .compile import Network

__all__ = ["Estimate", "WorkLimits", "WorkRefused", "WORK_LIMITS", "MEMORY_LIMIT", "TIME_LIMIT", "UPDATES_PER_SECOND",
           "check", "simulation_bytes", "simulation_updates", "effective_depth", "run_cost",
           "tornado_cost", "levers_cost", "structure_cost", "explore_cost", "TORNADO_BATCH", "TORNADO_BYTES", "STEP_OVERHEAD",
           "tornado_batch"]

#: Memory an analysis may plan to use, in bytes.
MEMORY_LIMIT = 3 * 1024**3
#: Estimated time an analysis may plan to take, in seconds.
TIME_LIMIT = 10 * 60
#: Updates (an edge term or a node activation, per sample and step) per second on one core.
UPDATES_PER_SECOND = 1.0e8
#: Updates that the fixed cost of one step of one simulation is worth (about 50 us).
STEP_OVERHEAD = 5_000
#: Edge variants the tornado simulates at once at most (sensitivity.py) ...
TORNADO_BATCH = 256
#: ... and fewer when a batch's runs would hold more than this many bytes.
TORNADO_BYTES = 64 * 1024**2
#: Updates one networkx edge visit counts for (pure Python: about 500,000 visits a second).
GRAPH_VISIT = 200


class WorkRefused(ModelError):
    """An analysis refused by :func:`check` for its estimated memory or time; ``estimate``
    and ``limits`` let a caller that can ask its user (the desktop app) offer to run it
    with larger limits."""

    def __init__(self, problems, estimate: "Estimate", limits: "WorkLimits") -> None:
        super().__init__(problems)
        self.estimate = estimate
        self.limits = limits


@dataclass(frozen=True)
class WorkLimits:
    """The limits :func:`check` applies (the GUI may pass larger ones after asking)."""

    memory: int = MEMORY_LIMIT
    seconds: float = TIME_LIMIT


WORK_LIMITS = WorkLimits()


@dataclass(frozen=True)
class Estimate:
    """What an analysis will cost: ``memory`` in bytes, ``updates`` of work, and a short
    account of the sizes behind them (``"2 runs x 10,000 steps x 30,000 nodes"``)."""

    what: str
    memory: int
    updates: int
    sizes: str

    @property
    def seconds(self) -> float:
        return self.updates / UPDATES_PER_SECOND


def effective_depth(max_delay: int, steps: int) -> int:
    """History rows a run keeps for delays: a delay of ``steps`` or more always reads the
    step-0 state, so delays count up to the horizon only (simulate.py relies on this)."""
    return min(int(max_delay), int(steps))


def simulation_bytes(*, nodes: int, edges: int, steps: int, depth: int, samples: int = 1,
                     interventions: int = 0, rescaled: bool = False) -> int:
    """Memory of one :func:`~windtunnel.engine.simulate` call: the history and state arrays,
    their padded copy, the per-sample weight operator and the intervention schedule."""
    rows = depth + 2 * (steps + 1) + (steps + 1 if rescaled else 0)
    schedule_rows = min(steps + 1, 2 * interventions + 1) if interventions else 0
    return (8 * samples * nodes * rows + 8 * samples * steps
            + 16 * samples * edges + 16 * schedule_rows * min(interventions, nodes) * samples
            + 24 * edges)


def simulation_updates(*, nodes: int, edges: int, steps: int, samples: int = 1) -> int:
    """Work of one simulation: every edge term and node activation, per sample and step,
    and the fixed cost of a step of the Python loop (:data:`STEP_OVERHEAD`)."""
    return samples * steps * (edges + 4 * nodes) + STEP_OVERHEAD * steps


def check(estimate: Estimate, limits: WorkLimits = WORK_LIMITS) -> None:
    """Refuse ``estimate`` (ModelError naming the figure and the limit) when it passes a
    limit; return quietly otherwise."""
    problems = []
    if estimate.memory > limits.memory:
        problems.append(Problem("", (
            translate("budget", "the {what} needs about {bytes} of memory, more than the "
                                "limit of {bytes2} ({sizes})").format(
                what=estimate.what, bytes=_bytes(estimate.memory), bytes2=_bytes(limits.memory), sizes=estimate.sizes))))
    if estimate.seconds > limits.seconds:
        problems.append(Problem("", (
            translate("budget", "the {what} would take about {duration} ({updates:.2g} "
                                "updates), more than the limit of {duration2} ({sizes})").format(
                what=estimate.what, duration=_duration(estimate.seconds), updates=estimate.updates, duration2=_duration(limits.seconds), sizes=estimate.sizes))))
    if problems:
        raise WorkRefused(problems, estimate, limits)


def _bytes(count: float) -> str:
    for unit, size in (("GB", 1024**3), ("MB", 1024**2)):
        if count >= size:
            return f"{count / size:,.1f} {unit}"
    return f"{count / 1024:,.0f} KB"


def _duration(seconds: float) -> str:
    if seconds >= 2 * 86400:
        return f"{seconds / 86400:,.0f} days"
    if seconds >= 2 * 3600:
        return f"{seconds / 3600:,.0f} hours"
    if seconds >= 120:
        return f"{seconds / 60:,.0f} minutes"
    return f"{seconds:,.0f} seconds"


# -- the analyses ---------------------------------------------------------------------------

def _sizes(network: Network, settings: Settings) -> tuple[int, int, int, int]:
    steps = int(settings.steps)
    return (network.n_nodes, network.n_edges, steps,
            effective_depth(network.delay.max(initial=0), steps))


def run_cost(network: Network, settings: Settings, *, scenarios: int, interventions: int = 0,
             samples: int = 0) -> Estimate:
    """A run of the baseline and ``scenarios`` (at most ``interventions`` each), with
    ``samples`` Monte Carlo samples when > 0 (montecarlo.py's store and chunks)."""
    from .montecarlo import CHUNK_BYTES, STORE_BUDGET, WORKERS

    nodes, edges, steps, depth = _sizes(network, settings)
    runs = scenarios + 1
    one = simulation_bytes(nodes=nodes, edges=edges, steps=steps, depth=depth,
                           interventions=interventions, rescaled=settings.rule == "rescaled")
    memory = one + 8 * (steps + 1) * nodes * (2 * scenarios + 1)
    updates = runs * simulation_updates(nodes=nodes, edges=edges, steps=steps)
    sizes = (f"{runs:,} runs x {steps:,} steps x {nodes:,} nodes, {edges:,} edges"
             + (f", longest delay {depth:,}" if depth else "")
             + (f", {interventions:,} interventions" if interventions else ""))
    if samples:
        store = 4 * (steps + 1) * samples * nodes
        bands = 8 * 6 * (steps + 1) * nodes * scenarios
        memory += max(store, min(STORE_BUDGET, store * scenarios)) + CHUNK_BYTES * WORKERS + bands
        updates += runs * samples * steps * (edges + 4 * nodes)
        sizes += f", {samples:,} samples"
    return Estimate("run", int(memory), int(updates), sizes)


def tornado_batch(network: Network, settings: Settings, *, interventions: int = 0) -> int:
    """Edge variants per tornado batch: :data:`TORNADO_BATCH`, fewer when the batch's two
    runs and its variants would pass :data:`TORNADO_BYTES`."""
    nodes, edges, steps, depth = _sizes(network, settings)
    per_variant = 2 * simulation_bytes(nodes=nodes, edges=edges, steps=steps, depth=depth,
                                       interventions=interventions,
                                       rescaled=settings.rule == "rescaled") + 24 * edges
    return max(1, min(TORNADO_BATCH, TORNADO_BYTES // per_variant))


def tornado_cost(network: Network, settings: Settings, *, interventions: int = 0) -> Estimate:
    """The tornado: every edge at its low and high bound, in baseline and scenario, run in
    batches of :func:`tornado_batch` variants (never the whole 2E x E matrix at once)."""
    nodes, edges, steps, depth = _sizes(network, settings)
    batch = max(1, min(tornado_batch(network, settings, interventions=interventions),
                       2 * edges))
    memory = (2 * simulation_bytes(nodes=nodes, edges=edges, steps=steps, depth=depth,
                                   samples=batch, interventions=interventions,
                                   rescaled=settings.rule == "rescaled")
              + 3 * 8 * batch * edges)
    updates = 2 * (2 * edges + 1) * simulation_updates(nodes=nodes, edges=edges, steps=steps)
    return Estimate("tornado", int(memory), int(updates),
                    f"{2 * edges:,} edge variants x 2 runs x {steps:,} steps x {nodes:,} "
                    f"nodes, {edges:,} edges")


def levers_cost(network: Network, settings: Settings, *, interventions: int = 0) -> Estimate:
    """Lever elasticities: three runs per lever and one baseline."""
    nodes, edges, steps, depth = _sizes(network, settings)
    levers = len(network.levers)
    memory = simulation_bytes(nodes=nodes, edges=edges, steps=steps, depth=depth, samples=3,
                              interventions=interventions + 1,
                              rescaled=settings.rule == "rescaled")
    updates = (3 * levers + 1) * simulation_updates(nodes=nodes, edges=edges, steps=steps)
    return Estimate("lever sensitivity", int(memory), int(updates),
                    f"{levers:,} levers x 3 runs x {steps:,} steps x {nodes:,} nodes, "
                    f"{edges:,} edges")


def structure_cost(network: Network, *, sources: int) -> Estimate:
    """Node metrics: the networkx graph and betweenness from ``sources`` source nodes."""
    nodes, edges = network.n_nodes, network.n_edges
    memory = 600 * nodes + 500 * edges
    updates = GRAPH_VISIT * sources * (nodes + edges)
    return Estimate("structure analysis", int(memory), int(updates),
                    f"betweenness from {sources:,} of {nodes:,} nodes over {edges:,} edges")


def explore_cost(network: Network, settings: Settings, *, options: int, futures: int,
                 objectives: int, uncertainties: int, interventions: int = 0,
                 delay_sets: int = 1, longest_delay: int = 0,
                 parallel: int = 1) -> Estimate:
    """An exploration (experiments.py): every option and each block's baseline once, in
    blocks of futures; a block runs one batch per set of delays it draws (at most
    ``delay_sets``, the distinct sets the delay ranges allow, and at most the block's
    futures), each batch paying a step's fixed cost, and its history reaches back
    ``longest_delay`` steps when a delay range draws longer delays than the map's. It keeps
    the outcomes (options x futures x objectives, and the baseline's) and each future's
    uncertain weights, and each worker one block's runs at a time. The work is shared by
    ``parallel`` workers (the local pool's processes, or the threads of a cluster), so the
    time estimate is divided by them; the memory is that of the caller, which gathers the
    outcomes."""
    from .designs import FUTURE_BLOCK, block_count

    nodes, edges, steps, depth = _sizes(network, settings)
    depth = max(depth, effective_depth(longest_delay, steps))
    block = min(FUTURE_BLOCK, futures)
    batches = max(1, min(int(delay_sets), block))
    runs = (options + 1) * futures
    memory = (8 * (options + 1) * futures * objectives + 16 * futures * uncertainties
              + 2 * simulation_bytes(nodes=nodes, edges=edges, steps=steps, depth=depth,
                                     samples=block, interventions=interventions,
                                     rescaled=settings.rule == "rescaled"))
    simulations = (options + 1) * block_count(futures) * batches
    updates = runs * steps * (edges + 4 * nodes) + STEP_OVERHEAD * steps * simulations
    parallel = max(1, int(parallel))
    return Estimate("exploration", int(memory), int(updates) // parallel,
                    f"{options:,} options x {futures:,} futures x {steps:,} steps x "
                    f"{nodes:,} nodes, {edges:,} edges"
                    + (f", up to {batches:,} delay batches per block" if batches > 1 else "")
                    + (f", on {parallel:,} workers" if parallel > 1 else ""))
