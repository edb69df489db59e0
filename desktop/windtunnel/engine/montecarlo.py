"""Monte Carlo: uncertain edge weights, thousands of samples as arrays, a fixed seed.

Each edge's weight is drawn from the triangular distribution between its ``low`` bound,
its weight (the mode) and its ``high`` bound; bounds not given explicitly come from the
edge's confidence (:data:`~windtunnel.engine.compile.CONFIDENCE_SPREAD`). A scenario that
overrides an edge shifts that edge's whole distribution by the override (sample +
(override - weight), kept in [-1, 1]). Baseline and scenario see the same draws (common
random numbers), so the change from baseline isolates the scenario's effect.

With ``sampler=participant_sampler(...)`` each sample is instead one participant's map,
drawn with probability proportional to credibility (Monte Carlo over the room rather than
over the weights' bounds); each sample then has its map's own driver nodes, as a run of
that participant's map alone would (:func:`~windtunnel.engine.simulate.own_drivers`).
With ``participant_sampler(..., spread=(below, above))`` each sample is a participant's map
whose weights are then drawn within bounds: the triangle from the participant's weight
minus ``below`` to plus ``above`` (per edge: the widths the weights' own Monte Carlo uses,
the edge's bounds or its confidence's spread), kept in [-1, 1]; an edge the participant did
not draw stays 0, so their map keeps its shape, while an explicit rating of 0 ("no effect")
is drawn around 0 like any other rating
(:attr:`~windtunnel.engine.aggregation.ParticipantWeights.drawn`).

Samples run in chunks sized to keep a step's working set in the CPU cache. Chunks are the
outer loop and scenarios the inner one, so that each chunk's baseline is simulated once
and shared by every scenario; each scenario keeps one float32 array of its change
[step, sample, node] (10,000 samples x 61 steps x 300 nodes = 0.73 GB), from which
percentiles are taken step by step, the steps shared among the threads. When the stores of all scenarios would exceed
:data:`STORE_BUDGET`, scenarios run in groups that fit, each group drawing the same samples
again and re-simulating the baseline. Chunks run on a few threads at once (numpy and
scipy's sparse product release the GIL). Draws come from one generator in sample order,
made on the calling thread, so the numbers depend only on the seed, bit for bit, whatever
the chunking, grouping or number of threads.

``settings.precision = "float32"`` simulates the samples in float32 (the draws, the store
and the percentiles are the same as in float64): the products and activations cost about
half, and the bands agree with float64's to the tolerance :data:`FLOAT32_TOLERANCE` states
(tests/engine/test_montecarlo_precision.py measures it over the bundled models). A seed
fixes every number in either precision; the two precisions are not the same bit for bit.
"""

from __future__ import annotations

import os
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace

import numpy as np

from ..errors import ModelError, Problem
from ..language import translate
from ..model import Settings
from .compile import Network, Plan, empty_plan
from .progress import Tracker
from .results import PERCENTILES, Uncertainty
from .plans import convergence_index, objective_met, pad
from .simulate import own_drivers, simulate
from .verdict import CONVERGED, CYCLE, NOT_CONVERGED

__all__ = ["make_rng", "triangular", "sample_weights", "monte_carlo", "MonteCarloSummary",
           "participant_sampler", "Sampler",
           "chunk_size", "check_size", "CHUNK_BYTES", "STORE_LIMIT",
           "STORE_BUDGET", "WORKERS", "percentiles", "FLOAT32_TOLERANCE", "DTYPES"]

#: Threads that run chunks at once by default (the sparse products and activations release
#: the GIL): every core, up to 4. Callers that must keep a core free (the desktop app's
#: main thread) pass ``workers=`` themselves.
WORKERS = max(1, min(4, os.cpu_count() or 1))
#: Working memory of one chunk of samples (states and edge buffers), in bytes.
CHUNK_BYTES = 96 * 1024 * 1024
#: Edge values per step that a chunk aims to keep in the CPU cache.
CACHE_VALUES = 96_000
#: Largest change store (float32 [step, sample, node]) a run may allocate, in bytes.
STORE_LIMIT = 3 * 1024**3
#: Change stores of several scenarios held at once (one pass over the samples) stay under
#: this many bytes; a larger run takes several passes (at least one scenario per pass).
STORE_BUDGET = 1024**3
#: The simulation's arithmetic per ``Settings.precision``.
DTYPES = {"float64": np.float64, "float32": np.float32}
#: Largest difference between a float32 and a float64 run's bands or probabilities of
#: increase, as measured over the bundled models (the help quotes it).
FLOAT32_TOLERANCE = 1e-6


def make_rng(seed: int | None) -> np.random.Generator:
    """The one source of randomness: a PCG64 generator seeded from ``seed``."""
    return np.random.default_rng(np.random.SeedSequence(seed))


def triangular(u: np.ndarray, low, mode, high) -> np.ndarray:
    """Inverse CDF of the triangular distribution; ``u`` uniform in [0, 1).

    Unlike ``Generator.triangular`` it accepts degenerate ranges (low == high gives low).
    """
    low, mode, high = np.broadcast_arrays(*(np.asarray(a, dtype=float) for a in (low, mode, high)))
    width = high - low
    left = mode - low
    right = high - mode
    with np.errstate(invalid="ignore", divide="ignore"):
        split = np.where(width > 0, left / np.where(width > 0, width, 1.0), 0.0)
        lower = low + np.sqrt(u * width * left)
        upper = high - np.sqrt((1.0 - u) * width * right)
    return np.where(u < split, lower, upper)


def sample_weights(network: Network, count: int, rng: np.random.Generator) -> np.ndarray:
    """``count`` draws of every edge weight: (count, E)."""
    u = rng.random((count, network.n_edges))
    return triangular(u, network.low, network.weight, network.high)


@dataclass(frozen=True, eq=False)
class Sampler:
    """How samples are drawn: ``draw(count, rng)`` -> (count, E) weights; ``own_drivers``
    when each sample is a map of its own (its drivers are the nodes nothing flows into)."""

    draw: object
    own_drivers: bool = False


def participant_sampler(weights: np.ndarray, credibility: np.ndarray, *,
                        spread: tuple[np.ndarray, np.ndarray] | None = None,
                        drawn: np.ndarray | None = None) -> Sampler:
    """Each sample one participant's map (a row of ``weights``, (P, E) in the network's
    edge order), drawn with probability proportional to ``credibility`` (all zero: equal);
    with ``spread`` (below, above: (E,) widths), its weights then drawn within those bounds
    around the participant's on the edges ``drawn`` (P, E) marks as on their map (None:
    the non-zero weights, for maps that cannot tell a 0 from no edge) (module docstring)."""
    weights = np.asarray(weights, dtype=float)
    c = np.asarray(credibility, dtype=float)
    p = c / c.sum() if c.sum() > 0 else np.full(len(c), 1.0 / len(c))
    if spread is not None:
        drawn_edge = weights != 0 if drawn is None else np.asarray(drawn, dtype=bool)
        lows = np.where(drawn_edge, np.clip(weights - spread[0], -1.0, 1.0), 0.0)
        highs = np.where(drawn_edge, np.clip(weights + spread[1], -1.0, 1.0), 0.0)

    def draw(count: int, rng: np.random.Generator) -> np.ndarray:
        chosen = rng.choice(len(p), size=count, p=p)
        if spread is None:
            return weights[chosen]
        u = rng.random((count, weights.shape[1]))
        return triangular(u, lows[chosen], weights[chosen], highs[chosen])
    return Sampler(draw, own_drivers=True)


@dataclass(frozen=True, eq=False)
class MonteCarloSummary:
    scenarios: dict[str, Uncertainty]
    baseline_shares: dict[str, float]


def chunk_size(network: Network, settings: Settings, samples: int,
               budget: int = CHUNK_BYTES) -> int:
    """Samples per chunk: small enough that one step's edge buffers (samples x edges) stay
    in the CPU cache (about 1 MB), and that a chunk's states fit in ``budget`` bytes."""
    copies = 3 if settings.rule == "rescaled" else 2
    per_sample = 8 * ((settings.steps + 1) * network.n_nodes * copies + 3 * network.n_edges)
    cache = max(8, CACHE_VALUES // max(network.n_edges, 1))
    return max(1, min(samples, cache, budget // max(per_sample, 1)))


def check_size(network: Network, settings: Settings, samples: int) -> None:
    """Refuse, before any work, a run whose change store would exceed STORE_LIMIT."""
    need = 4 * (settings.steps + 1) * network.n_nodes * samples
    if need > STORE_LIMIT:
        most = STORE_LIMIT // (4 * (settings.steps + 1) * max(network.n_nodes, 1))
        raise ModelError(Problem("samples", (
            translate("montecarlo", "{samples:,} samples of {n_nodes:,} nodes over {steps} "
                                    "steps need {need:.1f} GB; use at most {most:,} samples "
                                    "or fewer steps").format(
                samples=samples, n_nodes=network.n_nodes, steps=settings.steps + 1, need=need / 1024**3, most=most))))


def monte_carlo(network: Network, plans: list[Plan], settings: Settings, objectives, *,
                samples: int, seed: int | None, chunk: int | None = None, progress=None,
                cancel=None, workers: int | None = None,
                sampler: Sampler | None = None) -> MonteCarloSummary:
    """Percentile bands, probability of increase and of meeting each objective, per plan.

    ``progress`` and ``cancel`` follow engine/progress.py (one unit per chunk of samples).
    Chunks run on ``workers`` threads (default :data:`WORKERS`); draws are made in order on
    the calling thread and every chunk writes only its own samples, so the numbers are the
    same bit for bit with any number of workers.
    """
    check_size(network, settings, samples)
    sampler = sampler or Sampler(lambda count, rng: sample_weights(network, count, rng))
    chunk = chunk or chunk_size(network, settings, samples)
    workers = max(1, WORKERS if workers is None else int(workers))
    starts = range(0, samples, chunk)
    store_shape = (settings.steps + 1, samples, network.n_nodes)
    per_pass = max(1, STORE_BUDGET // (4 * int(np.prod(store_shape))))
    groups = [plans[i:i + per_pass] for i in range(0, len(plans), per_pass)] or [[]]
    tracker = Tracker(len(groups) * len(starts), progress=progress, cancel=cancel,
                      what="Monte Carlo run")
    convergence = convergence_index(network, settings)
    dtype = DTYPES[settings.precision]
    kinds = {"baseline": np.zeros(3), **{p.scenario_id: np.zeros(3) for p in plans}}
    out: dict[str, Uncertainty] = {}
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="monte-carlo") as pool:
        for number, group in enumerate(groups):
            rng = make_rng(seed)                    # the same draws for every group
            shifts = [plan.weight - network.weight for plan in group]
            stores = [np.empty(store_shape, dtype=np.float32) for _ in group]
            pending: deque = deque()            # chunks in flight, oldest first
            for first in starts:
                tracker.check()
                drawn = sampler.draw(min(chunk, samples - first), rng)
                pending.append(pool.submit(_chunk, network, group, shifts, stores, drawn,
                                           first, settings, convergence, dtype,
                                           sampler.own_drivers))
                if len(pending) >= workers:
                    _collect(pending.popleft(), group, kinds, number == 0, tracker)
            while pending:
                _collect(pending.popleft(), group, kinds, number == 0, tracker)
            for plan, store in zip(group, stores):
                out[plan.scenario_id] = _summarise(network, store, objectives, samples,
                                                   _shares(kinds[plan.scenario_id]),
                                                   pool=pool, workers=workers)
            del stores
    return MonteCarloSummary(out, _shares(kinds["baseline"]))


def _collect(future, group, kinds, with_baseline: bool, tracker: Tracker) -> None:
    """Add a finished chunk's verdict counts (the baseline's only once) and report it."""
    counts = future.result()
    if with_baseline:
        kinds["baseline"] += counts[0]
    for plan, row in zip(group, counts[1:]):
        kinds[plan.scenario_id] += row
    tracker.advance()


def _chunk(network, group, shifts, stores, drawn, first, settings, convergence, dtype,
           mapped: bool = False) -> np.ndarray:
    """One chunk: simulate its baseline once and every scenario of the group, write the
    changes into the stores' columns of these samples, return the verdict counts
    (baseline first, then each scenario; 3 kinds each). ``mapped``: each sample is a map
    with its own drivers."""
    counts = np.zeros((1 + len(group), 3))
    drivers = own_drivers(network, drawn) if mapped else None
    base = _simulate(network, drawn, None, settings, convergence, counts[0], drivers, dtype)
    columns = slice(first, first + drawn.shape[0])
    for plan, shift, store, row in zip(group, shifts, stores, counts[1:]):
        if not shift.any():
            weight = drawn
        elif mapped:           # an override sets the edge on every participant's map
            weight = np.where(shift != 0, plan.weight, drawn)
        else:
            weight = np.clip(drawn + shift, -1.0, 1.0)
        states = _simulate(network, weight, plan, settings, convergence, row, drivers, dtype)
        np.subtract(states, base, out=store[:, columns], casting="unsafe")
    return counts


def _simulate(network, weight, plan, settings, convergence, kinds, drivers, dtype):
    """Padded states of one chunk; verdict kinds counted into ``kinds``."""
    plan_ = empty_plan(network, weight) if plan is None else replace(plan, weight=weight)
    sim = simulate(network, plan_, settings, convergence=convergence, drivers=drivers,
                   dtype=dtype)
    kinds += np.bincount(sim.verdicts.kind, minlength=3)
    return pad(sim.states, settings.steps)


def _shares(counts: np.ndarray) -> dict[str, float]:
    total = counts.sum() or 1.0
    return {name: float(c / total) for name, c in zip((CONVERGED, CYCLE, NOT_CONVERGED), counts)}


def percentiles(values: np.ndarray, levels=PERCENTILES) -> np.ndarray:
    """Percentiles along the last axis, numpy's default ("linear") definition: the value at
    rank ``q / 100 * (n - 1)`` of the sorted samples, interpolated between neighbours.
    Sorting once is several times faster than ``np.percentile`` for five levels."""
    ordered = np.sort(values, axis=-1)
    n = ordered.shape[-1]
    rank = np.asarray(levels, dtype=float) / 100.0 * (n - 1)
    lower = np.floor(rank).astype(np.intp)
    upper = np.minimum(lower + 1, n - 1)
    fraction = rank - lower
    low = ordered[..., lower].astype(float)
    high = ordered[..., upper].astype(float)
    return np.moveaxis(low + (high - low) * fraction, -1, 0)


def _summarise(network, store, objectives, samples, shares, *, pool, workers) -> Uncertainty:
    """Bands and probabilities from the change store [step, sample, node]. The steps are
    split among the pool's threads (numpy's sort releases the GIL); each step is computed
    the same way whoever computes it, so the numbers do not depend on the split."""
    steps = store.shape[0]
    bands = np.empty((len(PERCENTILES), steps, network.n_nodes))
    p_increase = np.empty((steps, network.n_nodes))

    def summarise_steps(part: range) -> None:
        for t in part:
            bands[:, t] = percentiles(store[t].T)
            p_increase[t] = np.count_nonzero(store[t] > 0, axis=0) / samples

    parts = [range(first, steps, workers) for first in range(min(workers, steps))]
    for done in [pool.submit(summarise_steps, part) for part in parts]:
        done.result()
    final = store[-1]
    p_met = {o.id: float(np.mean(objective_met(final[:, network.index(o.node)], o)))
             for o in objectives}
    return Uncertainty(samples, bands, p_increase, p_met, shares)
