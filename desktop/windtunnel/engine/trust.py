"""When to trust a run: a unique stable fixed point, or the same answer from every start.

**The sufficient condition.** One step maps the state ``a`` to ``F(a) = f(c A g(a))`` with
``A = W^T + k I`` (row = target; W oriented row = source as everywhere), ``g`` the rule's
input map (slope ``c``: 1, or 2 for the rescaled rule) and ``f`` the activation, whose slope
is at most ``L = lambda * l`` (``l`` = 1/4 for the sigmoid, 1 for tanh and clip). So

    || F(a) - F(b) || <= L c ||A|| || a - b ||

and when ``q = L c ||A|| < 1`` in some induced norm, F is a contraction: by Banach's
theorem the run has exactly one fixed point, reaches it from every start, and a small push
dies away by the factor q per step (it is stable). This is the argument of Knight, Lloyd &
Penn (2014) for sigmoid maps and of Harmati & Kóczy (2018), who use the Frobenius norm;
here the smallest of the 1-, 2- (spectral) and infinity-norms is used, each a valid bound
(the spectral norm never exceeds the Frobenius norm, so the condition is never weaker; on
maps above EXACT_SPECTRAL nodes the spectral norm is bounded by sqrt(||A||_1 ||A||_inf)
instead of computed).
With delays, the state is the window of the last D + 1 steps and ``A`` splits into one
matrix ``A_d`` per delay; measured by its largest step, the window contracts when
``L c sum_d ||A_d|| < 1`` (1- and 2-norms), or when ``L c || sum_d |A_d| ||_inf < 1``
(each node's input moves by at most its incoming ``|w|`` times the largest change in the
window). Without delays these are ``||A||`` itself. Clamped nodes and held drivers are constants
of the map and only make it smaller; a bivalent or trivalent activation has no slope
bound, so the condition does not apply to it.

**Otherwise** the run is repeated from :data:`STARTS` start vectors (the model's own, the
lower and upper end of the activation's range, and random ones from a fixed seed; held
drivers and interventions as in the run) and the final states compared: they agree when
no node's end values differ by more than :data:`AGREEMENT`. When they differ and some run
neither converged nor entered a limit cycle by the horizon, the verdict is *unsettled*
rather than "depends on the start": the spread may be a transient.

**Suggested steepness**: the largest lambda within the bound (``1 / (l c ||A||)``), and
fcmconfr's estimate (``estimate_fcm_lambda``, Roston & Rippy's fcmconfr R package), which
keeps the inputs in the near-linear part of the curve: ``min(4 / ||W||_F, 1.317 /
||W||_s)`` for the sigmoid and ``min(1 / ||W||_F, 1.14 / max row sum)`` for tanh, computed
as that package does on the rows (sources) whose weights do not sum to zero, with
``||W||_s`` the largest over those rows of ``max(|0.211 P + 0.789 N|, |0.211 N + 0.789 P|)``
(P, N: the row's positive and negative weight sums). Note that fcmconfr's tanh figure
uses the plain row sum, not the sum of absolute values its documentation writes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from ..language import translate
from ..model.lever_range import lever_range as activation_range
from .compile import Network, Plan
from .simulate import RULE_SELF, simulate

__all__ = ["assess", "Contraction", "contraction", "StartCheck", "start_check", "Trust", "trust",
           "fcmconfr_steepness", "norm_name", "activation_range", "SLOPE", "STARTS", "AGREEMENT"]

#: The activation's largest slope per unit of steepness (None: no bound, a step function).
SLOPE = {"sigmoid": 0.25, "tanh": 1.0, "clip": 1.0, "bivalent": None, "trivalent": None}
#: Start vectors tried when the condition does not hold.
STARTS = 8
#: Runs from different starts agree when their end states differ by at most this (the
#: results show changes to two decimals).
AGREEMENT = 0.005


def norm_name(norm: str) -> str:
    """A norm's name for readers: "1", "2" or "infinity" (the last in words of the current
    language)."""
    return translate("trust", "infinity") if norm == "infinity" else norm


@dataclass(frozen=True)
class Contraction:
    """The bound ``q = lambda * slope * c * ||A||`` in the tightest norm available."""

    factor: float | None          # q; None when the activation has no slope bound
    norm: str                     # "1", "2" or "infinity"
    norm_value: float             # c ||A|| in that norm
    max_steepness: float | None   # the largest lambda with q < 1 (None: no bound applies)

    @property
    def holds(self) -> bool:
        return self.factor is not None and self.factor < 1.0

    def __str__(self) -> str:
        if self.factor is None:
            return translate("trust", "no slope bound for a step activation: uniqueness "
                                      "cannot be shown")
        relation = "<" if self.holds else ">="
        return translate("trust", "contraction factor {factor} {relation} 1 "
                                  "({norm}-norm)").format(factor=f"{self.factor:.3g}",
                                                          relation=relation,
                                                          norm=norm_name(self.norm))


def _operators(network: Network, weight: np.ndarray, settings) -> list:
    """c (W_d^T + [d = 0] k I) per distinct delay d, as sparse matrices (rows = targets)."""
    from scipy.sparse import coo_array

    c = 2.0 if settings.rule == "rescaled" else 1.0
    n = network.n_nodes
    held = network.driver if settings.drivers == "hold" else np.zeros(n, dtype=bool)
    out = []
    delays = np.unique(network.delay) if network.n_edges else np.zeros(1, dtype=int)
    for d in sorted(set(delays.tolist()) | {0}):
        sel = (network.delay == d) & ~held[network.target]      # held drivers are constants
        rows, columns, values = network.target[sel], network.source[sel], weight[sel]
        if d == 0 and RULE_SELF[settings.rule]:
            free = np.flatnonzero(~held)
            rows, columns = np.concatenate([rows, free]), np.concatenate([columns, free])
            values = np.concatenate([values, np.full(len(free), RULE_SELF[settings.rule])])
        out.append(coo_array((c * values, (rows, columns)), shape=(n, n)).tocsr())
    return out


def contraction(network: Network, settings, weight=None) -> Contraction:
    """The sufficient condition for a unique stable fixed point (see the module)."""
    weight = network.weight if weight is None else np.asarray(weight, dtype=float)
    parts = _operators(network, weight, settings)
    norms = {"1": sum(_largest(abs(a).sum(axis=0)) for a in parts),
             "2": sum(_spectral(a) for a in parts),
             "infinity": _largest(sum(abs(a) for a in parts).sum(axis=1))}
    norm = min(norms, key=norms.get)
    slope = SLOPE[settings.activation]
    if slope is None:
        return Contraction(None, norm, norms[norm], None)
    value = norms[norm]
    factor = settings.steepness * slope * value
    return Contraction(factor, norm, value, (1.0 / (slope * value)) if value else float("inf"))


#: Largest map whose spectral norm is computed exactly (an SVD); larger maps use the bound
#: ||A||_2 <= sqrt(||A||_1 ||A||_inf), still an upper bound, in milliseconds.
EXACT_SPECTRAL = 400


def _largest(sums) -> float:
    return float(np.max(np.asarray(sums), initial=0.0))


def _spectral(a) -> float:
    """An upper bound of the spectral norm of sparse ``a`` (exact up to EXACT_SPECTRAL)."""
    if not a.nnz:
        return 0.0
    if a.shape[0] <= EXACT_SPECTRAL:
        return float(np.linalg.norm(a.toarray(), 2))
    absolute = abs(a)
    return float(np.sqrt(_largest(absolute.sum(axis=0)) * _largest(absolute.sum(axis=1))))


def fcmconfr_steepness(matrix, activation: str) -> float | None:
    """fcmconfr's lambda estimate for a weight matrix (row = source) and ``sigmoid`` or
    ``tanh`` (None for other activations). Reproduces its published figures."""
    if activation not in ("sigmoid", "tanh"):
        return None
    w = np.asarray(matrix, dtype=float)
    rows = w[w.sum(axis=1) != 0]
    frobenius = float(np.sqrt((rows ** 2).sum()))
    if not len(rows) or frobenius == 0:
        return float("inf")
    if activation == "sigmoid":
        positive = np.where(rows > 0, rows, 0.0).sum(axis=1)
        negative = np.where(rows < 0, rows, 0.0).sum(axis=1)
        s_norm = np.maximum(np.abs(0.211 * positive + 0.789 * negative),
                            np.abs(0.211 * negative + 0.789 * positive)).max()
        return min(4.0 / frobenius, 1.317 / s_norm)
    return min(1.0 / frobenius, 1.14 / rows.sum(axis=1).max())


@dataclass(frozen=True)
class StartCheck:
    starts: int
    spread: float               # largest difference of a node's end values across starts
    node: str                   # the node where it is largest
    settled: bool = True        # every run converged or cycles (else it may be a transient)

    @property
    def agree(self) -> bool:
        return self.spread <= AGREEMENT


def start_check(network: Network, plan: Plan, settings, *, starts: int = STARTS,
                seed: int = 0) -> StartCheck:
    """Run ``plan`` from several start vectors at once and compare the end states."""
    low, high = activation_range(settings.activation)
    rng = np.random.default_rng(seed)
    n = network.n_nodes
    initial = np.vstack([network.initial, np.full(n, low), np.full(n, high),
                         rng.uniform(low, high, size=(max(starts - 3, 0), n))])[:starts]
    if settings.drivers == "hold":
        initial[:, network.driver] = network.initial[network.driver]
    sim = simulate(network, plan, replace(settings, stop_early=False), initial=initial,
                   samples=len(initial))
    end = sim.states[-1]
    spread = end.max(axis=0) - end.min(axis=0)
    worst = int(np.argmax(spread)) if n else 0
    settled = bool(np.all(sim.verdicts.kind != 2))         # 2: not converged by the cap
    return StartCheck(len(initial), float(spread.max(initial=0.0)),
                      network.node_ids[worst] if n else "", settled)


def _headlines() -> dict[str, str]:
    """Each trust kind in a few plain words, in the current language."""
    return {"unique": translate("trust", "the only possible answer"),
            "same from every start": translate("trust", "the same answer from every start "
                                                        "tried"),
            "depends on the start": translate("trust", "may depend on the start"),
            "unsettled": translate("trust", "may cycle: not settled")}


@dataclass(frozen=True)
class Trust:
    """How far a run's answer can be trusted: ``kind`` is ``unique`` (the condition holds),
    ``same from every start``, ``depends on the start`` (every run settled, in different
    places) or ``unsettled`` (they differ, but not every run has converged yet)."""

    kind: str
    contraction: Contraction
    check: StartCheck | None = None

    @property
    def headline(self) -> str:
        """The verdict in a few plain words (what the results panel and workbook show)."""
        return _headlines()[self.kind]

    @property
    def meaning(self) -> str:
        """What the verdict means for the results, for a reader who is no mathematician
        (the results panel's status line; :meth:`reason` gives the evidence)."""
        return {
            "unique": translate("trust", "these results do not depend on the starting "
                                         "values"),
            "same from every start": translate("trust", "every starting point tried gave "
                                                        "these same results, though that is "
                                                        "not proven for all"),
            "depends on the start": translate("trust", "other starting values give other "
                                                       "results: read them with care"),
            "unsettled": translate("trust", "the map is still changing at the last step: "
                                            "run more steps before relying on them"),
        }[self.kind]

    def reason(self, label=lambda node: node) -> str:
        """Why, in a short plain phrase; ``label`` turns a node id into its label."""
        c, bound = self.check, self.contraction
        if self.kind == "unique":
            return translate("trust", "contraction factor {factor} < 1: every start ends at "
                                      "this answer").format(factor=f"{bound.factor:.2g}")
        why_not = (translate("trust", "a step activation has no slope bound")
                   if bound.factor is None else
                   translate("trust", "factor {factor} \u2265 1").format(
                       factor=f"{bound.factor:.2g}"))
        if self.kind == "same from every start":
            return translate("trust", "{starts} different starts end within {spread} of each "
                                      "other; not proven unique ({why})").format(
                starts=c.starts, spread=f"{c.spread:.2g}", why=why_not)
        if self.kind == "unsettled":
            return translate("trust", "{starts} starts are still moving at the last step, up "
                                      "to {spread} apart at {node}; run longer to tell").format(
                starts=c.starts, spread=f"{c.spread:.2g}", node=label(c.node))
        return translate("trust", "{starts} different starts settle up to {spread} apart at "
                                  "{node}").format(starts=c.starts, spread=f"{c.spread:.2g}",
                                                   node=label(c.node))

    def __str__(self) -> str:
        """The verdict with its evidence in one sentence (what ``windtunnel run`` prints),
        in the current language."""
        if self.kind == "unique":
            return translate("trust", "unique stable fixed point ({bound})").format(
                bound=self.contraction)
        c = self.check
        if self.kind == "same from every start":
            return translate("trust", "not guaranteed unique ({bound}), but runs from {starts} "
                                      "starts end within {spread} of each other").format(
                bound=self.contraction, starts=c.starts, spread=f"{c.spread:.2g}")
        if self.kind == "unsettled":
            return translate("trust", "not settled: runs from {starts} starts have not all "
                                      "converged (or entered a cycle) by the last step and end "
                                      "up to {spread} apart (at {node}); run longer to tell; "
                                      "{bound}").format(
                starts=c.starts, spread=f"{c.spread:.2g}", node=c.node, bound=self.contraction)
        return translate("trust", "depends on the start: runs from {starts} starts end up to "
                                  "{spread} apart (at {node}); {bound}").format(
            starts=c.starts, spread=f"{c.spread:.2g}", node=c.node, bound=self.contraction)


def trust(network: Network, plan: Plan, settings, *, bound: Contraction | None = None) -> Trust:
    """The trust verdict of one run (the plan's weights, interventions and settings);
    ``bound`` is the contraction bound of the plan's weights when already known."""
    if bound is None:
        bound = contraction(network, settings,
                            plan.weight if np.ndim(plan.weight) == 1 else None)
    if bound.holds:
        return Trust("unique", bound)
    check = start_check(network, plan, settings)
    kind = ("same from every start" if check.agree else
            "depends on the start" if check.settled else "unsettled")
    return Trust(kind, bound, check)


def assess(model, *, scenarios=None, settings=None, progress=None,
           cancel=None) -> dict[str, Trust]:
    """The trust verdict of the baseline (key ``"baseline"``) and of each scenario (by id);
    ``progress`` / ``cancel`` per run (engine/progress.py), and before the model is
    compiled: a check overtaken by an edit before it began (new results, a new check)
    stops at once, not after compiling a big map's network for nothing."""
    from .cache import compiled_model
    from .compile import compile_scenario
    from .progress import Tracker
    from .run import resolve_scenarios

    settings = settings or model.settings
    chosen = [None] + list(resolve_scenarios(model, scenarios))
    tracker = Tracker(len(chosen), progress=progress, cancel=cancel, what="check of the runs")
    tracker.check()
    network = compiled_model(model, settings)
    out, bounds = {}, {}                # runs without overrides share one bound
    for scenario in chosen:
        tracker.check()
        plan = compile_scenario(network, scenario)
        weight = np.asarray(plan.weight, dtype=float)
        key = weight.tobytes()
        if key not in bounds:
            bounds[key] = contraction(network, settings, weight)
        out["baseline" if scenario is None else scenario.id] = trust(
            network, plan, settings, bound=bounds[key])
        tracker.advance()
    return out
