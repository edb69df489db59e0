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

Futures are plain arrays of uniforms ``u`` mapped to values, one column per uncertainty:

- every uncertain edge weight, through its triangular inverse CDF;
- each :class:`DelayRange` the analyst gives: that edge's delay in whole steps, each step
  from ``low`` to ``high`` equally likely;
- with ``participants``, one categorical column: whose map the future is (each
  participant equally likely). In a participant's future every weight is that
  participant's rating, moved by the same draw as the working map's weight (the draw's
  distance from the working weight, as a scenario's override is moved, clipped to -1..1);
  an edge missing from a participant's map stays absent (an explicit rating of 0, "no
  effect", is on the map and moves like any other), and the participant's drivers (nodes
  nothing in their map influences) hold as in Results > Participants.

The columns come in that order (weights, delays, participant), and an exploration without
delays or participants draws exactly the columns it drew before they existed.
"""

from __future__ import annotations

import itertools
import math
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

import numpy as np

from ..errors import ModelError, Problem
from .compile import Network
from ..language import translate
from .montecarlo import triangular
from .simulate import own_drivers

__all__ = ["SAMPLERS", "FUTURE_BLOCK", "LeverRange", "DelayRange", "FutureSpace", "Draw",
           "future_space", "lever_points", "block_uniforms", "block_count", "GivenFutures",
           "latin_hypercube", "PARTICIPANT", "MAX_DELAY", "edge_of", "uncertainty_text"]

SAMPLERS = ("lhs", "sobol", "factorial")
#: Futures per block: the unit of drawing (and of work, with a slice of the options).
FUTURE_BLOCK = 512
#: Levels of a lever given as LOW:HIGH without a count, under the factorial sampler.
DEFAULT_LEVELS = 3
#: Most Sobol' dimensions scipy's direction numbers cover.
SOBOL_DIMENSIONS = 21_201
#: The name of the participant column among the uncertainties.
PARTICIPANT = "participant"
#: Longest delay (steps) a delay range may reach.
MAX_DELAY = 1000


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


@dataclass(frozen=True)
class DelayRange:
    """The delay of the edge ``source`` -> ``target`` explored from ``low`` to ``high``
    whole steps (every step between equally likely in a future)."""

    source: str
    target: str
    low: int
    high: int

    @property
    def name(self) -> str:
        return f"delay {self.source} → {self.target}"

    def problems(self) -> list[str]:
        out = [f"{name} {value!r} is not a whole number of steps from 0 to {MAX_DELAY:,}"
               for name, value in (("low", self.low), ("high", self.high))
               if isinstance(value, bool) or not isinstance(value, (int, np.integer))
               or not 0 <= value <= MAX_DELAY]
        if not out and self.low > self.high:
            out.append(f"low {self.low} is above high {self.high}")
        return out

    def steps(self, u: np.ndarray) -> np.ndarray:
        """Whole steps for uniforms ``u`` in [0, 1)."""
        count = self.high - self.low + 1
        return self.low + np.minimum((u * count).astype(np.intp), count - 1)


@dataclass(frozen=True, eq=False)
class Draw:
    """What a block of futures sets: edge ``weight`` (n, E); each delay range's steps
    (n, K; K may be 0); per-run ``drivers`` (n, N) in participants' maps, else None;
    ``moves`` (n, E): each future's drawn weight minus the working weight (0 on an edge
    that is not uncertain), which moves a scenario's override as it moves any weight."""

    weight: np.ndarray
    delays: np.ndarray
    drivers: np.ndarray | None
    moves: np.ndarray

    def groups(self):
        """(delays (K,), rows) pairs that cover the futures, one per distinct set of
        delays, in a fixed order (``(None, None)``: no delay ranges, every future)."""
        if not self.delays.shape[1]:
            return [(None, None)]
        variants, which = np.unique(self.delays, axis=0, return_inverse=True)
        return [(variants[v], np.flatnonzero(which.ravel() == v)) for v in range(len(variants))]


@dataclass(frozen=True, eq=False)
class FutureSpace:
    """The uncertainties: ``edges`` (indices into the network's edges) with their ``low``,
    ``mode`` and ``high`` weights (every other edge keeps its weight in every future); the
    ``delays`` ranges (``delay_edges`` their edge indices); with participants, their
    ``maps`` (P, E) in the network's edge order, which edges are ``drawn`` on each map
    (None: the non-zero weights) and their ``participants`` labels."""

    edges: np.ndarray       # (D,) int
    low: np.ndarray         # (D,)
    mode: np.ndarray        # (D,)
    high: np.ndarray        # (D,)
    names: tuple[str, ...]  # "source → target" per uncertain edge, then delays, participant
    delays: tuple[DelayRange, ...] = ()
    delay_edges: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.intp))
    maps: np.ndarray | None = None
    participants: tuple[str, ...] = ()
    drawn: np.ndarray | None = None

    @property
    def dimensions(self) -> int:
        return len(self.edges) + len(self.delays) + (self.maps is not None)

    @property
    def delay_sets(self) -> int:
        """How many distinct sets of delays a future can draw (1 without delay ranges): a
        block of futures runs one batch per set it draws."""
        return math.prod(r.high - r.low + 1 for r in self.delays)

    @property
    def longest_delay(self) -> int:
        """The longest delay a delay range can draw (0 without delay ranges)."""
        return max((r.high for r in self.delays), default=0)

    @property
    def categories(self) -> dict[str, tuple[str, ...]]:
        """The categorical columns' names and the label of each of their values."""
        return {PARTICIPANT: self.participants} if self.maps is not None else {}

    def draw(self, network: Network, u: np.ndarray) -> Draw:
        """What futures drawn as uniforms ``u`` (n, dimensions) set."""
        count, d, k = u.shape[0], len(self.edges), len(self.delays)
        drawn = triangular(u[:, :d], self.low, self.mode, self.high)
        if self.maps is None:
            weight = np.repeat(network.weight[None, :], count, axis=0)
            weight[:, self.edges] = drawn
            drivers = None
        else:
            chosen = self._participant(u)
            weight = self.maps[chosen]
            on_map = (weight != 0 if self.drawn is None else self.drawn[chosen])[:, self.edges]
            moved = np.clip(weight[:, self.edges] + (drawn - self.mode), -1.0, 1.0)
            weight[:, self.edges] = np.where(on_map, moved, 0.0)
            drivers = own_drivers(network, weight)
        delays = np.column_stack([r.steps(u[:, d + i]) for i, r in enumerate(self.delays)]) \
            if k else np.zeros((count, 0), dtype=np.intp)
        moves = np.zeros((count, network.n_edges))
        moves[:, self.edges] = drawn - self.mode
        return Draw(weight, delays, drivers, moves)

    def option_draw(self, network: Network, draw: Draw, weight: np.ndarray,
                    overridden: np.ndarray) -> Draw:
        """``draw`` as an option whose weights are ``weight`` (E,) runs it: each
        ``overridden`` edge (indices) at the override moved by the future's draw
        (override + drawn weight - working weight, kept in [-1, 1]: the drawn weight
        shifted by the override, as in Monte Carlo). On a participant's map the override
        sets the edge whatever the participant's rating, even where they drew none (as
        Results > Participants does), and the map's drivers follow its edges."""
        if not len(overridden):
            return draw
        option = draw.weight.copy()
        if self.maps is None:
            shift = weight[overridden] - network.weight[overridden]
            option[:, overridden] = np.clip(draw.weight[:, overridden] + shift, -1.0, 1.0)
            return replace(draw, weight=option)
        option[:, overridden] = np.clip(weight[overridden] + draw.moves[:, overridden],
                                        -1.0, 1.0)
        return replace(draw, weight=option, drivers=own_drivers(network, option))

    def _participant(self, u: np.ndarray) -> np.ndarray:
        count = len(self.maps)
        return np.minimum((u[:, -1] * count).astype(np.intp), count - 1)

    def network(self, network: Network, delays: np.ndarray) -> Network:
        """``network`` with the delay ranges' edges at ``delays`` (K,) steps."""
        if not len(self.delays):
            return network
        delay = network.delay.copy()
        delay[self.delay_edges] = delays
        delay.setflags(write=False)
        return replace(network, delay=delay)

    def values(self, u: np.ndarray) -> np.ndarray:
        """The uncertainties' values (n, dimensions): the working map's drawn weights, the
        delays' steps, the participant's number (what scenario discovery reads)."""
        d = len(self.edges)
        columns = [triangular(u[:, :d], self.low, self.mode, self.high)]
        columns += [r.steps(u[:, d + i])[:, None].astype(float)
                    for i, r in enumerate(self.delays)]
        if self.maps is not None:
            columns.append(self._participant(u)[:, None].astype(float))
        return np.concatenate(columns, axis=1)


def future_space(network: Network, *, delays=(), maps=None, drawn=None,
                 participants: tuple[str, ...] = ()) -> FutureSpace:
    """Every edge whose bounds leave room (low < high) is an uncertainty; ``delays`` (of
    :class:`DelayRange`, checked against the network) and participants' ``maps`` (P, E)
    with their labels add theirs (``drawn``: the edges on each map; None: the non-zero
    weights)."""
    edges = np.flatnonzero(network.high > network.low)
    ids = network.node_ids
    names = [f"{ids[network.source[e]]} → {ids[network.target[e]]}" for e in edges]
    delays = tuple(delays)
    delay_edges = np.array([_delay_edge(network, r) for r in delays], dtype=np.intp)
    names += [r.name for r in delays]
    if maps is not None:
        names.append(PARTICIPANT)
    return FutureSpace(edges, network.low[edges], network.weight[edges], network.high[edges],
                       tuple(names), delays, delay_edges,
                       None if maps is None else np.asarray(maps, dtype=float),
                       tuple(participants),
                       None if drawn is None else np.asarray(drawn, dtype=bool))


def uncertainty_text(name: str, labels: Mapping[str, str]) -> str:
    """An uncertainty's name as a reader reads it, in the current language: a weight as
    "Source label → Target label" (``labels``: node id -> label), a delay as "delay of
    ...", the participant column as the word for participant."""
    if name == PARTICIPANT:
        return translate("designs", "participant")
    edge = edge_of(name)
    if edge is None:
        return name
    source, target = (labels.get(node, node) for node in edge)
    if name.startswith("delay "):
        return translate("designs", "delay of {source} → {target}").format(
            source=source, target=target)
    return translate("designs", "{source} → {target}").format(source=source, target=target)


def lever_point_text(levers, values, labels: Mapping[str, str]) -> str:
    """A lever point as a reader reads it: each explored lever's label (``labels``: node
    id -> label, in the current language) and its value, "Access ban 0.50, Tariffs 1.00"."""
    return ", ".join(f"{labels.get(lever.node, lever.node)} {value:.2f}"
                     for lever, value in zip(levers, values))


def edge_of(name: str) -> tuple[str, str] | None:
    """The edge (source, target) an uncertainty's name is about: its weight or its delay;
    None for the participant."""
    name = name.removeprefix("delay ")
    source, arrow, target = name.partition(" → ")
    return (source, target) if arrow else None


def _delay_edge(network: Network, delay: DelayRange) -> int:
    where = f"delay {delay.source} → {delay.target}"
    problems = delay.problems()
    if problems:
        raise ModelError([Problem(where, text) for text in problems])
    try:
        return network.edge_index(delay.source, delay.target)
    except ModelError as exc:
        raise ModelError(Problem(where, "; ".join(p.message for p in exc.problems))) from None


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
    most of scipy), and the Latin hypercube is every exploration's default. The tests check
    that its designs are distributed as scipy's (strata, places within them, pairing,
    discrepancy)."""
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
