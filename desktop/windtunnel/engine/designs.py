"""Sampling designs of an exploration: lever points (policies) and futures, reproducibly.

An exploration crosses *options* (the model's named scenarios, and points of a lever
space: restriction nodes with ranges or levels) with *futures* (every uncertain edge weight
drawn within its bounds, as Monte Carlo does: the triangular distribution between ``low``,
the weight and ``high``). Three samplers:

- ``factorial``: every combination of each lever's levels (``LOW:HIGH:LEVELS``, three
  levels when not given); futures by Latin hypercube, since a factorial over a hundred
  edge weights (2^100 corners) is no design at all;
- ``lhs``: Latin hypercube points of the lever box (a lever with levels snaps to its
  nearest level) and of the futures (McKay's, with numpy: :func:`latin_hypercube`);
- ``sobol``: scrambled Sobol' points of the lever box and of the futures
  (scipy.stats.qmc, where installed: the desktop app leaves scipy.stats out).

Reproducibility, whatever the chunking: futures are drawn in blocks of
:data:`FUTURE_BLOCK`, and block ``b``'s draws come only from ``(seed, b)``: a Latin
hypercube made by a generator seeded with ``SeedSequence(seed, spawn_key=(1, b))``, or
the Sobol' points ``b * FUTURE_BLOCK ...`` of one sequence scrambled from the seed
(``fast_forward``). So any worker, on any machine, in any order, draws the same weights for
the same future. Lever points come from ``SeedSequence(seed, spawn_key=(0,))``.

Futures are plain arrays of uniforms ``u`` (one column per uncertain edge) mapped through
each edge's inverse CDF, so a participant dimension (whose ratings would move the mode of
the distribution) or a delay dimension adds columns, not a new machinery.
"""

from __future__ import annotations

import itertools
import warnings
from dataclasses import dataclass

import numpy as np

from ..errors import ModelError, Problem
from .compile import Network
from ..language import translate
from .montecarlo import triangular

__all__ = ["SAMPLERS", "FUTURE_BLOCK", "LeverRange", "FutureSpace", "future_space",
           "lever_points", "block_uniforms", "block_count", "GivenFutures", "latin_hypercube"]

SAMPLERS = ("lhs", "sobol", "factorial")
#: Futures per block: the unit of drawing (and of work, with a slice of the options).
FUTURE_BLOCK = 512
#: Levels of a lever given as LOW:HIGH without a count, under the factorial sampler.
DEFAULT_LEVELS = 3
#: Most Sobol' dimensions scipy's direction numbers cover.
SOBOL_DIMENSIONS = 21_201


@dataclass(frozen=True)
class LeverRange:
    """A lever (restriction node) explored from ``low`` to ``high``; ``levels`` > 1 makes
    it discrete (evenly spaced levels, both ends included); ``None`` = continuous."""

    node: str
    low: float
    high: float
    levels: int | None = None

    def problems(self) -> list[str]:
        out = []
        for name, value in (("low", self.low), ("high", self.high)):
            if not np.isfinite(value) or not -1.0 <= value <= 1.0:
                out.append(f"{name} {value!r} is outside -1 to 1")
        if not out and self.low > self.high:
            out.append(f"low {self.low:g} is above high {self.high:g}")
        if self.levels is not None and not 1 <= self.levels <= 101:
            out.append(f"{self.levels} levels: use 1 to 101")
        return out

    def grid(self) -> np.ndarray:
        count = self.levels or DEFAULT_LEVELS
        return np.linspace(self.low, self.high, count) if count > 1 else np.array([self.low])

    def snap(self, u: np.ndarray) -> np.ndarray:
        """Values for uniforms ``u`` in [0, 1): continuous, or the level whose share of
        [0, 1) holds u (each level equally likely)."""
        if self.levels is None:
            return self.low + u * (self.high - self.low)
        grid = self.grid()
        return grid[np.minimum((u * len(grid)).astype(np.intp), len(grid) - 1)]


def lever_points(levers: list[LeverRange], sampler: str, count: int, seed: int) -> np.ndarray:
    """The lever values of each sampled policy: (P, L). ``factorial`` ignores ``count``."""
    if not levers:
        return np.zeros((0, 0))
    if sampler == "factorial":
        return np.array(list(itertools.product(*(lever.grid() for lever in levers))))
    rng = np.random.default_rng(np.random.SeedSequence(seed, spawn_key=(0,)))
    u = _uniforms(sampler, len(levers), count, rng, start=0)
    return np.column_stack([lever.snap(u[:, i]) for i, lever in enumerate(levers)])


@dataclass(frozen=True, eq=False)
class FutureSpace:
    """The uncertain edge weights: ``edges`` (indices into the network's edges) with their
    ``low``, ``mode`` and ``high``; every other edge keeps its weight in every future."""

    edges: np.ndarray       # (D,) int
    low: np.ndarray         # (D,)
    mode: np.ndarray        # (D,)
    high: np.ndarray        # (D,)
    names: tuple[str, ...]  # "source → target" per uncertain edge

    @property
    def dimensions(self) -> int:
        return len(self.edges)

    def weights(self, network: Network, u: np.ndarray) -> np.ndarray:
        """Full (n, E) edge weights of futures drawn as uniforms ``u`` (n, D)."""
        out = np.repeat(network.weight[None, :], u.shape[0], axis=0)
        out[:, self.edges] = triangular(u, self.low, self.mode, self.high)
        return out

    def values(self, u: np.ndarray) -> np.ndarray:
        """The uncertain weights only (n, D): what scenario discovery reads."""
        return triangular(u, self.low, self.mode, self.high)


def future_space(network: Network) -> FutureSpace:
    """Every edge whose bounds leave room (low < high) is an uncertainty."""
    edges = np.flatnonzero(network.high > network.low)
    ids = network.node_ids
    names = tuple(f"{ids[network.source[e]]} → {ids[network.target[e]]}" for e in edges)
    return FutureSpace(edges, network.low[edges], network.weight[edges], network.high[edges],
                       names)


def block_count(futures: int) -> int:
    return -(-int(futures) // FUTURE_BLOCK)


def block_uniforms(sampler: str, dimensions: int, futures: int, block: int,
                   seed: int) -> np.ndarray:
    """Uniforms (n, D) of futures ``block * FUTURE_BLOCK`` onwards (n = the block's size);
    they depend only on (sampler, seed, block, its size), never on who asks or when."""
    first = block * FUTURE_BLOCK
    count = min(FUTURE_BLOCK, futures - first)
    if sampler == "sobol":
        rng = np.random.default_rng(np.random.SeedSequence(seed, spawn_key=(1,)))
        return _uniforms("sobol", dimensions, count, rng, start=first)
    rng = np.random.default_rng(np.random.SeedSequence(seed, spawn_key=(1, block)))
    return _uniforms("lhs", dimensions, count, rng, start=0)


@dataclass(frozen=True, eq=False)
class GivenFutures:
    """Futures given as uniforms (a Saltelli design for Sobol' indices): block ``b`` is
    rows ``b * FUTURE_BLOCK`` onwards of ``u``."""

    u: np.ndarray

    def block(self, block: int) -> np.ndarray:
        return self.u[block * FUTURE_BLOCK:(block + 1) * FUTURE_BLOCK]


def _uniforms(sampler: str, dimensions: int, count: int, rng: np.random.Generator, *,
              start: int) -> np.ndarray:
    """``count`` points in [0, 1)^dimensions by Latin hypercube or scrambled Sobol'."""
    if dimensions == 0:
        return np.zeros((count, 0))
    if sampler == "sobol":
        return _sobol(dimensions, count, rng, start)
    return latin_hypercube(dimensions, count, rng)


def latin_hypercube(dimensions: int, count: int, rng: np.random.Generator) -> np.ndarray:
    """McKay's Latin hypercube: in every dimension, one point in each of the ``count``
    equal strata of [0, 1), at a uniform place within it, strata paired at random.

    Written with numpy (as scipy.stats.qmc.LatinHypercube draws it) because the desktop
    app leaves scipy.stats out (build/bundle.py: it brings scipy.linalg's second BLAS and
    most of scipy), and the Latin hypercube is every exploration's default."""
    strata = rng.permuted(np.tile(np.arange(count), (dimensions, 1)), axis=1).T
    return (strata + rng.random((count, dimensions))) / count


def _sobol(dimensions: int, count: int, rng: np.random.Generator, start: int) -> np.ndarray:
    """Points ``start`` onwards of a scrambled Sobol' sequence (scipy.stats.qmc)."""
    if dimensions > SOBOL_DIMENSIONS:
        raise ModelError(Problem("sampler", (
            translate("designs", "a Sobol' sequence covers at most {sobol_dimensions:,} "
                                 "uncertainties, not {dimensions:,}; use the Latin hypercube "
                                 "(lhs)").format(
                sobol_dimensions=SOBOL_DIMENSIONS, dimensions=dimensions))))
    try:
        from scipy.stats import qmc     # not in the desktop app's bundle (see above)
    except ImportError:
        raise ModelError(Problem("sampler", (
            translate("designs", "this build of Windtunnel has no Sobol' sequences "
                                 "(scipy.stats is left out of the desktop app); use the "
                                 "Latin hypercube (lhs), or the command line of a Python "
                                 "installation")))) from None
    engine = qmc.Sobol(dimensions, scramble=True, rng=rng)
    if start:
        engine.fast_forward(start)
    with warnings.catch_warnings():     # balance needs powers of 2; any count is valid
        warnings.simplefilter("ignore", UserWarning)
        return engine.random(count)
