"""The simulator: one update rule, vectorised over nodes, edges and samples.

    a_i(t+1) = f( k * g(a_i(t)) + sum_j w_ji * g(a_j(t - d_ji)) )

with ``g(a) = a`` for the ``kosko`` (k = 0) and ``modified_kosko`` (k = 1) rules, and
``g(a) = 2a - 1``, k = 1 for ``rescaled`` (Papageorgiou 2011, as FCMpy and R fcm implement
it). ``f`` is the activation: ``sigmoid`` 1 / (1 + exp(-lambda x)), ``tanh`` tanh(lambda x),
``bivalent`` (1 if x > 0 else 0), ``trivalent`` (sign of x), ``clip`` (lambda x limited to
[-1, 1]: linear inside the range). An edge's delay d reads its source d steps back; before
step 0 a node is at its step-0 value.

Conventions that FCM tools disagree on are explicit options: ``drivers="hold"`` puts nodes
without incoming edges back to their start value after every update (FCMpy), so a driver
moves only while an intervention sets it and returns when the clamp ends; ``"update"``
updates them like any node (Mental Modeler, R fcm). Interventions are applied after each
update: a clamp sets its node at every step of [start, end] (a clamp to 0 is a real clamp),
a pulse once; a plan's ``enabled`` mask switches interventions off per sample (one batch
runs every coalition of a scenario's levers for their Shapley values).

Python loops only over time steps. Each step is one product of the weights with the
history window (propagate.py: a dense matrix for small dense maps with shared weights,
otherwise one block-diagonal sparse matrix covering every edge, delay and sample), one
activation into the state array, and the interventions of that step. The largest change
per sample, which the verdict needs, is taken inside the loop while the step is in the CPU
cache when the batch is large, and for small batches (where per-step calls would cost more
than the arithmetic) in one pass at the end, or every STOP_CHECK steps when the run may
stop early (steps computed past the stopping step are dropped, so the result is the same
as checking every step).
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, replace

import numpy as np

from ..model import Settings
from .compile import Network, Plan
from .propagate import inputs_function
from .verdict import Verdicts, judge, step_changes, within

__all__ = ["Simulation", "simulate", "activate", "RULE_SELF", "TRACK_VALUES",
           "STOP_CHECK", "own_drivers"]

#: Weight of a node's own state in its update, per rule.
RULE_SELF = {"kosko": 0.0, "modified_kosko": 1.0, "rescaled": 1.0}
#: Batches of at least this many values per step (samples x nodes) take each step's largest
#: change inside the loop; smaller ones in one pass over the finished states.
TRACK_VALUES = 4096
#: Small batches that may stop early look for convergence every this many steps (the steps
#: computed past the stopping step are dropped: the result is the same).
STOP_CHECK = 8


@dataclass(frozen=True, eq=False)
class Simulation:
    """States (T+1, S, N) of a batch of S runs, and each run's verdict."""

    states: np.ndarray
    verdicts: Verdicts
    settle: int

    @property
    def steps_run(self) -> int:
        return self.states.shape[0] - 1


def _sigmoid(x, steepness, out):
    # 1 / (1 + exp(-lambda x)) with numpy alone: scipy.special's one-pass expit would pull
    # scipy.linalg and its 25 MB BLAS into every start-up and into the frozen app
    out = np.multiply(x, -steepness, out=out)
    np.exp(out, out=out)
    out += 1.0
    return np.reciprocal(out, out=out)


def _tanh(x, steepness, out):
    out = np.multiply(x, steepness, out=out)
    return np.tanh(out, out=out)


def _clip(x, steepness, out):
    out = np.multiply(x, steepness, out=out)
    return np.clip(out, -1.0, 1.0, out=out)


def _bivalent(x, steepness, out):
    if out is None:
        return (x > 0.0).astype(float)
    return np.greater(x, 0.0, out=out)


def _trivalent(x, steepness, out):
    return np.sign(x, out=out)


_ACTIVATIONS = {"sigmoid": _sigmoid, "tanh": _tanh, "clip": _clip, "bivalent": _bivalent,
                "trivalent": _trivalent}


def activate(x: np.ndarray, activation: str, steepness: float, out=None) -> np.ndarray:
    """Apply the activation function ``f`` (in place into ``out`` when given)."""
    try:
        function = _ACTIVATIONS[activation]
    except KeyError:
        raise ValueError(f"unknown activation {activation!r}") from None
    return function(x, steepness, out)


def _schedule(plan: Plan, horizon: int) -> list:
    """Per step, ``None`` or (nodes, values) set at that step, the later intervention
    winning where several set one node; the steps of one stretch with the same
    interventions share arrays.

    A sweep over the steps where an intervention starts or stops, keeping per node a heap
    of its active interventions (latest first): O(K log K) plus one array per stretch,
    never a steps x interventions table."""
    out: list = [None] * (horizon + 1)
    if not plan.n_interventions:
        return out
    start = np.asarray(plan.start, dtype=np.int64)
    last = np.where(plan.pulse, start, np.minimum(np.asarray(plan.end, dtype=np.int64), horizon))
    live = np.flatnonzero((start <= horizon) & (start <= last))
    starting: dict[int, list[int]] = {}
    stopping: dict[int, list[int]] = {}
    for k, first, final in zip(live.tolist(), start[live].tolist(), last[live].tolist()):
        starting.setdefault(first, []).append(k)
        if final < horizon:
            stopping.setdefault(final + 1, []).append(k)
    bounds = sorted(set(starting) | set(stopping))
    nodes = np.asarray(plan.node).tolist()
    active: dict[int, list[int]] = {}       # node -> heap of -k of its active interventions
    running: set[int] = set()               # every active intervention
    winners: dict[int, int] = {}            # node -> the intervention that sets it
    for i, begin in enumerate(bounds):
        touched = set()
        for k in stopping.get(begin, ()):
            running.discard(k)
            touched.add(nodes[k])
        for k in starting.get(begin, ()):
            running.add(k)
            heapq.heappush(active.setdefault(nodes[k], []), -k)
            touched.add(nodes[k])
        for node in touched:
            heap = active.get(node, [])
            while heap and -heap[0] not in running:
                heapq.heappop(heap)
            if heap:
                winners[node] = -heap[0]
            else:
                winners.pop(node, None)
        end = bounds[i + 1] if i + 1 < len(bounds) else horizon + 1
        if winners:
            # with per-sample masks (Shapley coalitions) a sample may switch the winner
            # off, so the event needs every active intervention, not only the winners
            event = (_masked_event(plan, np.array(sorted(running), dtype=np.intp))
                     if plan.enabled is not None
                     else _event(plan, np.fromiter(winners.values(), np.intp, len(winners))))
            out[begin:end] = [event] * (end - begin)
    return out


def _event(plan: Plan, active: np.ndarray) -> tuple:
    """(nodes, values) set by the ``active`` interventions, the later one winning."""
    last = {int(plan.node[k]): int(k) for k in active}
    ks = np.fromiter(last.values(), np.intp)
    return np.fromiter(last, np.intp), np.asarray(plan.value)[..., ks]


def _masked_event(plan: Plan, active: np.ndarray) -> tuple:
    """(nodes, values, set) when ``plan.enabled`` switches interventions off per sample:
    per sample and node, the last enabled active intervention's value, and whether any is."""
    nodes = list(dict.fromkeys(int(plan.node[k]) for k in active))
    column = {n: i for i, n in enumerate(nodes)}
    enabled = np.asarray(plan.enabled, dtype=bool)
    value = np.broadcast_to(np.asarray(plan.value, dtype=float),
                            (enabled.shape[0], len(plan.node)))
    values = np.zeros((enabled.shape[0], len(nodes)))
    is_set = np.zeros(values.shape, dtype=bool)
    for k in active:
        on, i = enabled[:, k], column[int(plan.node[k])]
        values[on, i] = value[on, k]
        is_set[:, i] |= on
    return np.array(nodes, dtype=np.intp), values, is_set


def _apply(state: np.ndarray, event: tuple) -> None:
    """Set the nodes of one step's interventions in ``state`` (S, N)."""
    nodes, values, *is_set = event
    if is_set:
        values = np.where(is_set[0], values, state[:, nodes])
    state[:, nodes] = values


def _within_horizon(network: Network, horizon: int) -> Network:
    """The network with delays longer than the horizon cut to it: such an edge reads the
    step-0 state at every step either way (before step 0 a node is at its step-0 value), so
    the numbers are the same, and the history keeps horizon rows, not delay rows."""
    if int(network.delay.max(initial=0)) <= horizon:
        return network
    delay = np.minimum(network.delay, horizon)
    delay.setflags(write=False)
    return replace(network, delay=delay)


def _first_settled(states, changes, begin, end, first, settings, convergence, *, measured):
    """The first step k in (first, end] whose change from step k - 1 is within tolerance
    for every sample, or None; measures changes[begin:end] first unless ``measured``."""
    if not measured and _width(states, convergence):
        changes[begin:end] = step_changes(states[begin:end + 1], convergence)
    worst = changes[first:end].max(axis=1)
    hits = np.flatnonzero(within(worst, settings.tolerance, settings.strict))
    return int(first + hits[0] + 1) if len(hits) else None


def _width(states, convergence) -> int:
    return states.shape[2] if convergence is None else len(convergence)


def simulate(network: Network, plan: Plan, settings: Settings, *, samples: int | None = None,
             initial: np.ndarray | None = None, convergence=None,
             steps: int | None = None, drivers: np.ndarray | None = None,
             dtype=np.float64) -> Simulation:
    """Run ``plan`` on ``network``: a batch of S runs, S from the plan's weights or ``samples``.

    ``settings`` gives the rule, activation, steepness, drivers, stopping and counting
    conventions; ``steps`` overrides its horizon. ``convergence`` is an index array of the
    nodes convergence is judged on (``None`` = all). With ``settings.stop_early`` the batch
    stops once every run has converged (after the last scheduled intervention).
    ``drivers`` ((S, N) bool) says which nodes are drivers in each run when runs differ
    (participants' maps); by default the network's drivers hold in every run.
    ``dtype`` is the arithmetic of the states and products: float64, or float32 for large
    Monte Carlo runs (about twice as fast, agreeing to about 1e-6; see montecarlo.py).
    """
    weight = np.asarray(plan.weight, dtype=dtype)
    n_samples = weight.shape[0] if weight.ndim == 2 else (samples or 1)
    value = np.asarray(plan.value, dtype=float)
    if value.ndim == 2 and weight.ndim == 1:
        n_samples = value.shape[0]
    if plan.enabled is not None and weight.ndim == 1:
        n_samples = np.shape(plan.enabled)[0]
    horizon = settings.steps if steps is None else steps
    n = network.n_nodes
    rescaled = settings.rule == "rescaled"
    per_run = drivers if settings.drivers == "hold" and drivers is not None else None
    drivers = (np.flatnonzero(network.driver) if settings.drivers == "hold" and per_run is None
               else np.zeros(0, dtype=np.intp))
    settle = plan.settle_step(horizon)
    network = _within_horizon(network, horizon)
    depth = int(network.delay.max(initial=0))
    # g(a) of every state after ``depth`` leading rows for the steps before 0; for the Kosko
    # rules g(a) = a and the states are a view of it
    history = np.empty((depth + horizon + 1, n_samples, n), dtype=dtype)
    states = history[depth:] if not rescaled else np.empty((horizon + 1, n_samples, n), dtype)
    start = network.initial if initial is None else np.asarray(initial, dtype=float)
    states[0] = start
    schedule = _schedule(plan, horizon)
    if schedule[0] is not None:
        _apply(states[0], schedule[0])
    if rescaled:
        history[depth] = 2.0 * states[0] - 1.0
    history[:depth] = history[depth]
    inputs = inputs_function(network, weight, n_samples, history,
                             self_term=RULE_SELF[settings.rule] != 0.0)
    function = _ACTIVATIONS[settings.activation]
    steepness = settings.steepness
    held = start[..., drivers] if len(drivers) else None
    if per_run is not None:
        start_all = np.broadcast_to(start, (n_samples, n))
    # large batches measure each step's largest change inside the loop (cache-hot);
    # small ones measure blocks of STOP_CHECK steps at once when they may stop early,
    # and everything at the end otherwise
    width = n if convergence is None else len(convergence)
    track = n_samples * n >= TRACK_VALUES and width > 0
    stop_early = settings.stop_early
    every = 1 if track else STOP_CHECK
    changes = np.zeros((horizon, n_samples)) if track or stop_early else None
    buffer = np.empty((n_samples, width), dtype) if track else None
    checked = 0                     # changes[:checked] are measured and judged
    last = horizon
    for t in range(horizon):
        u = inputs(t)
        nxt = states[t + 1]
        function(u, steepness, nxt)
        if held is not None:
            nxt[:, drivers] = held
        elif per_run is not None:
            np.copyto(nxt, start_all, where=per_run)
        event = schedule[t + 1]
        if event is not None:
            _apply(nxt, event)
        if rescaled:
            np.multiply(nxt, 2.0, out=history[depth + t + 1])
            history[depth + t + 1] -= 1.0
        if track:
            if convergence is None:
                np.subtract(nxt, states[t], out=buffer)
            else:
                np.subtract(nxt[:, convergence], states[t][:, convergence], out=buffer)
            np.abs(buffer, out=buffer)
            buffer.max(axis=1, out=changes[t])
        if stop_early and ((t + 1) % every == 0 or t + 1 == horizon):
            stop = _first_settled(states, changes, checked, t + 1, max(settle, checked),
                                  settings, convergence, measured=track)
            if stop is not None:
                last = stop
                break
            checked = t + 1
    states = states[:last + 1]
    verdicts = judge(states, tolerance=settings.tolerance, strict=settings.strict,
                     settle=settle, columns=convergence, count_initial=settings.count_initial,
                     changes=changes[:last] if changes is not None else None)
    return Simulation(states, verdicts, settle)


def own_drivers(network: Network, weights: np.ndarray) -> np.ndarray:
    """(S, N) bool: the driver nodes of each run's map when runs have their own weights
    (S, E) (participants' maps): a node into which no edge has a non-zero weight there."""
    drawn = np.zeros((weights.shape[0], network.n_nodes), dtype=bool)
    rows, edges = np.nonzero(weights != 0)
    drawn[rows, network.target[edges]] = True
    return ~drawn
