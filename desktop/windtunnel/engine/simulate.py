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
a pulse once.

Python loops only over time steps. Each step is one gather of every edge's (lagged) source
value from a flat history, one multiplication by the weights and one ``np.bincount`` into
the targets, for all samples at once (weights shared by every sample on a small network use
dense products instead). Delays cost nothing extra: the history keeps ``max delay`` leading
rows at the step-0 state, and an edge's lag is part of its gather index.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..model import Settings
from .compile import Network, Plan
from .verdict import Verdicts, judge, step_changes, within

__all__ = ["Simulation", "simulate", "activate", "RULE_SELF", "DENSE_RATIO"]

#: Weight of a node's own state in its update, per rule.
RULE_SELF = {"kosko": 0.0, "modified_kosko": 1.0, "rescaled": 1.0}
#: Weights shared by all samples use dense products when (distinct delays) x N^2 is at most
#: this many times the number of edges (small, dense maps); otherwise the edge list.
DENSE_RATIO = 20


@dataclass(frozen=True, eq=False)
class Simulation:
    """States (T+1, S, N) of a batch of S runs, and each run's verdict."""

    states: np.ndarray
    verdicts: Verdicts
    settle: int

    @property
    def steps_run(self) -> int:
        return self.states.shape[0] - 1


def activate(x: np.ndarray, activation: str, steepness: float, out=None) -> np.ndarray:
    """Apply the activation function ``f`` (in place into ``out`` when given)."""
    if activation == "sigmoid":
        out = np.multiply(x, -steepness, out=out)
        np.exp(out, out=out)
        out += 1.0
        return np.reciprocal(out, out=out)
    if activation == "tanh":
        out = np.multiply(x, steepness, out=out)
        return np.tanh(out, out=out)
    if activation == "clip":
        out = np.multiply(x, steepness, out=out)
        return np.clip(out, -1.0, 1.0, out=out)
    if activation == "bivalent":
        if out is None:
            return (x > 0.0).astype(float)
        np.copyto(out, x > 0.0)
        return out
    if activation == "trivalent":
        return np.sign(x, out=out)
    raise ValueError(f"unknown activation {activation!r}")


class _Propagator:
    """Computes sum_j w_ji g(a_j(t - d_ji)) for every node and sample from the history.

    ``history`` is (D + T + 1, S, N), D the largest delay; row D + t holds step t. Weights
    shared by all samples on a small dense map use one dense product per distinct delay;
    otherwise every edge's lagged source is gathered from the flat history (its lag is part
    of its index), multiplied by its weight and summed into its target with bincount.
    """

    def __init__(self, network: Network, weight: np.ndarray, n_samples: int,
                 history: np.ndarray) -> None:
        n, s = network.n_nodes, n_samples
        self.depth = depth = int(network.delay.max(initial=0))
        self.history = history
        self.dense = None
        delays = np.unique(network.delay)
        if not network.n_edges or (
                weight.ndim == 1 and len(delays) * n * n <= DENSE_RATIO * network.n_edges):
            self.dense = []
            for d in delays:
                sel = network.delay == d
                matrix = np.zeros((n, n))
                np.add.at(matrix, (network.source[sel], network.target[sel]), weight[sel])
                self.dense.append((depth - int(d), matrix))
            return
        self.row = s * n
        sample = np.arange(s)[:, None]
        # flat position of (step 0 - delay, sample, source) for every sample and edge
        self.index = ((depth - network.delay)[None, :] * s + sample) * n \
            + network.source[None, :]
        self.targets = (sample * n + network.target[None, :]).reshape(-1)
        self.weight = weight
        self.flat = history.reshape(-1)
        self.shape = (s, n)
        self._values = np.empty(self.index.shape)
        self._flat_values = self._values.reshape(-1)

    def inputs(self, t: int) -> np.ndarray:
        """Every node's weighted input at step t: a new (S, N) array."""
        if self.dense is not None:
            if not self.dense:
                return np.zeros(self.history.shape[1:])
            (offset, matrix), *rest = self.dense
            u = self.history[offset + t] @ matrix
            for offset, matrix in rest:
                u += self.history[offset + t] @ matrix
            return u
        self.flat[t * self.row:].take(self.index, out=self._values, mode="clip")
        self._values *= self.weight
        return np.bincount(self.targets, self._flat_values,
                           minlength=self.row).reshape(self.shape)


def _schedule(plan: Plan, horizon: int) -> list:
    """Per step, ``None`` or (nodes, values) set at that step, the later intervention
    winning where several set one node; steps with the same interventions share arrays."""
    out: list = [None] * (horizon + 1)
    if not plan.n_interventions:
        return out
    t = np.arange(horizon + 1)[:, None]
    active = np.where(plan.pulse, plan.start == t, (plan.start <= t) & (t <= plan.end))
    events: dict[bytes, tuple] = {}
    for step in np.flatnonzero(active.any(axis=1)):
        key = active[step].tobytes()
        if key not in events:
            last = {int(plan.node[k]): int(k) for k in np.flatnonzero(active[step])}
            ks = np.fromiter(last.values(), np.intp)
            values = np.asarray(plan.value)[..., ks]
            events[key] = (np.fromiter(last, np.intp), values)
        out[step] = events[key]
    return out


def _intervene(x: np.ndarray, event) -> None:
    """Set the nodes an event of the schedule holds or pulses to their values."""
    if event is not None:
        x[:, event[0]] = event[1]


def simulate(network: Network, plan: Plan, settings: Settings, *, samples: int | None = None,
             initial: np.ndarray | None = None, convergence=None,
             steps: int | None = None) -> Simulation:
    """Run ``plan`` on ``network``: a batch of S runs, S from the plan's weights or ``samples``.

    ``settings`` gives the rule, activation, steepness, drivers, stopping and counting
    conventions; ``steps`` overrides its horizon. ``convergence`` is an index array of the
    nodes convergence is judged on (``None`` = all). With ``settings.stop_early`` the batch
    stops once every run has converged (after the last scheduled intervention).
    """
    weight = np.asarray(plan.weight, dtype=float)
    n_samples = weight.shape[0] if weight.ndim == 2 else (samples or 1)
    value = np.asarray(plan.value, dtype=float)
    if value.ndim == 2 and weight.ndim == 1:
        n_samples = value.shape[0]
    horizon = settings.steps if steps is None else steps
    n = network.n_nodes
    rule_self = RULE_SELF[settings.rule]
    rescaled = settings.rule == "rescaled"
    hold = settings.drivers == "hold"
    drivers = np.flatnonzero(network.driver) if hold else np.zeros(0, dtype=np.intp)
    settle = plan.settle_step(horizon)
    depth = int(network.delay.max(initial=0))
    # g(a) of every state after ``depth`` leading rows for the steps before 0; for the Kosko
    # rules g(a) = a and the states are a view of it
    history = np.empty((depth + horizon + 1, n_samples, n))
    states = history[depth:] if not rescaled else np.empty((horizon + 1, n_samples, n))
    x0 = np.broadcast_to(network.initial if initial is None else initial, (n_samples, n))
    states[0] = x0
    schedule = _schedule(plan, horizon)
    _intervene(states[0], schedule[0])
    if rescaled:
        history[depth] = 2.0 * states[0] - 1.0
    history[:depth] = history[depth]
    propagator = _Propagator(network, weight, n_samples, history)
    held = x0[:, drivers]
    last = horizon
    for t in range(horizon):
        u = propagator.inputs(t)
        if rule_self:
            u += history[depth + t]
        nxt = states[t + 1]
        activate(u, settings.activation, settings.steepness, out=nxt)
        if len(drivers):
            nxt[:, drivers] = held
        _intervene(nxt, schedule[t + 1])
        if rescaled:
            np.multiply(nxt, 2.0, out=history[depth + t + 1])
            history[depth + t + 1] -= 1.0
        if settings.stop_early and t + 1 > settle:
            change = step_changes(states[t:t + 2], convergence)[0]
            if within(change, settings.tolerance, settings.strict).all():
                last = t + 1
                break
    states = states[:last + 1]
    verdicts = judge(states, tolerance=settings.tolerance, strict=settings.strict,
                     settle=settle, columns=convergence, count_initial=settings.count_initial)
    return Simulation(states, verdicts, settle)
