"""Monte Carlo: uncertain edge weights, thousands of samples as arrays, a fixed seed.

Each edge's weight is drawn from the triangular distribution between its ``low`` bound,
its weight (the mode) and its ``high`` bound; bounds not given explicitly come from the
edge's confidence (:data:`~windtunnel.engine.compile.CONFIDENCE_SPREAD`). A scenario that
overrides an edge shifts that edge's whole distribution by the override (sample +
(override - weight), kept in [-1, 1]). Baseline and scenario see the same draws (common
random numbers), so the change from baseline isolates the scenario's effect.

Samples run in chunks sized to a memory budget; each scenario keeps one float32 array of
its change [step, node, sample] (10,000 samples x 61 steps x 300 nodes = 0.73 GB), from
which percentiles are taken step by step. Draws come from one generator in sample order,
so the numbers depend only on the seed, bit for bit, whatever the chunking.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from ..errors import ModelError, Problem, WindtunnelError
from ..model import Settings
from .compile import Network, Plan, empty_plan
from .results import PERCENTILES, Uncertainty
from .run import convergence_index, objective_met, pad
from .simulate import simulate
from .verdict import CONVERGED, CYCLE, NOT_CONVERGED

__all__ = ["make_rng", "triangular", "sample_weights", "monte_carlo", "MonteCarloSummary",
           "Cancelled", "chunk_size", "check_size", "CHUNK_BYTES", "STORE_LIMIT",
           "percentiles"]

#: Working memory of one chunk of samples (states and edge buffers), in bytes.
CHUNK_BYTES = 96 * 1024 * 1024
#: Edge values per step that a chunk aims to keep in the CPU cache.
CACHE_VALUES = 96_000
#: Largest change store (float32 [step, node, sample]) a run may allocate, in bytes.
STORE_LIMIT = 3 * 1024**3


class Cancelled(WindtunnelError):
    """A long run was cancelled by the user; nothing was produced."""


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
            f"{samples:,} samples of {network.n_nodes:,} nodes over {settings.steps + 1} "
            f"steps need {need / 1024**3:.1f} GB; use at most {most:,} samples or fewer "
            "steps")))


def _should_stop(cancel) -> bool:
    if cancel is None:
        return False
    is_set = getattr(cancel, "is_set", None)
    return bool(is_set() if is_set is not None else cancel())


def monte_carlo(network: Network, plans: list[Plan], settings: Settings, objectives, *,
                samples: int, seed: int | None, chunk: int | None = None, progress=None,
                cancel=None) -> MonteCarloSummary:
    """Percentile bands, probability of increase and of meeting each objective, per plan."""
    check_size(network, settings, samples)
    chunk = chunk or chunk_size(network, settings, samples)
    starts = list(range(0, samples, chunk))
    passes = plans or [None]
    total = len(passes) * len(starts)
    convergence = convergence_index(network, settings)
    steps = settings.steps
    kinds = {"baseline": np.zeros(3), **{p.scenario_id: np.zeros(3) for p in plans}}
    out: dict[str, Uncertainty] = {}
    done = 0
    for plan in passes:
        rng = make_rng(seed)                    # the same draws for every scenario
        store = (np.empty((steps + 1, network.n_nodes, samples), dtype=np.float32)
                 if plan is not None else None)
        for first in starts:
            if _should_stop(cancel):
                raise Cancelled("the Monte Carlo run was cancelled")
            count = min(chunk, samples - first)
            drawn = sample_weights(network, count, rng)
            base = _simulate(network, drawn, None, settings, convergence, kinds["baseline"],
                             count_kinds=plan is passes[0])
            if plan is not None:
                weight = np.clip(drawn + (plan.weight - network.weight), -1.0, 1.0)
                states = _simulate(network, weight, plan, settings, convergence,
                                   kinds[plan.scenario_id])
                np.subtract(states, base, out=store[:, :, first:first + count].transpose(0, 2, 1),
                            casting="unsafe")
            done += 1
            if progress is not None:
                progress(done / total)
        if plan is not None:
            out[plan.scenario_id] = _summarise(network, store, objectives, samples,
                                               _shares(kinds[plan.scenario_id]))
            del store
    return MonteCarloSummary(out, _shares(kinds["baseline"]))


def _simulate(network, weight, plan, settings, convergence, kinds, count_kinds=True):
    plan_ = empty_plan(network, weight) if plan is None else replace(plan, weight=weight)
    sim = simulate(network, plan_, settings, convergence=convergence)
    if count_kinds:
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


def _summarise(network, store, objectives, samples, shares) -> Uncertainty:
    """Bands and probabilities from the change store [step, node, sample]."""
    steps = store.shape[0]
    bands = np.empty((len(PERCENTILES), steps, network.n_nodes))
    p_increase = np.empty((steps, network.n_nodes))
    for t in range(steps):
        bands[:, t] = percentiles(store[t])
        p_increase[t] = np.count_nonzero(store[t] > 0, axis=1) / samples
    final = store[-1]
    p_met = {o.id: float(np.mean(objective_met(final[network.index(o.node)], o)))
             for o in objectives}
    return Uncertainty(samples, bands, p_increase, p_met, shares)
