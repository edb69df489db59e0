"""Results of a run: plain dataclasses of numpy arrays, with pandas views.

Everything the GUI and the results workbook need is here: node ids and labels in order,
the time axis, the baseline trajectory, each scenario's trajectory and change from
baseline, verdicts, the objectives scorecard, the settings, seed and sample count, and the
Monte Carlo summaries when samples > 0. Arrays are indexed [step, node]; percentiles are
indexed [level, step, node].
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from ..errors import ModelError, Problem
from ..language import translate
from ..model import Settings
from .verdict import Verdict

if TYPE_CHECKING:        # loaded when a function needs it, not at start-up
    import pandas as pd

__all__ = ["Results", "ScenarioResult", "Uncertainty", "ScoreRow", "PERCENTILES"]

#: Percentile levels of the Monte Carlo bands.
PERCENTILES = (5, 25, 50, 75, 95)


@dataclass(frozen=True, eq=False)
class Uncertainty:
    """Monte Carlo summary of one scenario's change from baseline over ``samples`` draws."""

    samples: int
    percentiles: np.ndarray            # (5, T+1, N) change at PERCENTILES
    p_increase: np.ndarray             # (T+1, N) share of samples where change > 0
    p_met: dict[str, float]            # objective id -> share of samples meeting it
    verdict_shares: dict[str, float]   # verdict kind -> share of the scenario's runs
    levels: tuple[int, ...] = PERCENTILES

    def band(self, level: int) -> np.ndarray:
        """The (T+1, N) change at one percentile level."""
        return self.percentiles[self.levels.index(level)]


@dataclass(frozen=True, eq=False)
class ScenarioResult:
    """One scenario against the baseline."""

    scenario_id: str
    label: str
    states: np.ndarray                 # (T+1, N)
    change: np.ndarray                 # (T+1, N) states - baseline
    verdict: Verdict
    uncertainty: Uncertainty | None = None

    @property
    def final_change(self) -> np.ndarray:
        return self.change[-1]


@dataclass(frozen=True)
class ScoreRow:
    """One objective in one scenario: the final change and whether the objective is met."""

    scenario_id: str
    scenario: str
    objective_id: str
    objective: str
    node: str
    direction: str
    threshold: float
    importance: float
    change: float
    met: bool
    probability: float | None = None   # share of Monte Carlo samples that meet it


@dataclass(frozen=True, eq=False)
class Results:
    """Baseline and scenario runs of one model under one set of settings."""

    title: str
    node_ids: tuple[str, ...]
    labels: tuple[str, ...]
    time: np.ndarray                   # (T+1,) step numbers 0..T
    settings: Settings
    seed: int
    samples: int
    baseline: np.ndarray               # (T+1, N)
    baseline_verdict: Verdict
    scenarios: tuple[ScenarioResult, ...]
    scorecard: tuple[ScoreRow, ...]
    baseline_verdict_shares: dict[str, float] = field(default_factory=dict)
    #: What Monte Carlo sampled: "weights" (between their bounds), "participants" (their
    #: maps, by credibility), "both" (a participant's map, then its weights within bounds),
    #: or "" without samples.
    sampled: str = ""

    # -- lookup ---------------------------------------------------------------------------

    def scenario(self, key: str) -> ScenarioResult:
        """A scenario's result by id or label; ModelError listing the valid names."""
        for result in self.scenarios:
            if key in (result.scenario_id, result.label):
                return result
        valid = ", ".join(f"{r.scenario_id} ({r.label})" for r in self.scenarios) or "none"
        raise ModelError(Problem("scenario", translate("results", "no result for scenario {key!r}; valid: "
                                                                  "{valid}").format(
                                                 key=key, valid=valid)))

    def node_index(self, node_id: str) -> int:
        try:
            return self.node_ids.index(node_id)
        except ValueError:
            raise ModelError(Problem("node", translate("results", "there is no node {node_id!r}; valid "
                                                                  "nodes: {node_ids}").format(
                                                 node_id=node_id, node_ids=", ".join(self.node_ids)))) from None

    def scores(self) -> dict[str, float]:
        """Per scenario: importance-weighted share of objectives met (1.0 = all met)."""
        out: dict[str, float] = {}
        for result in self.scenarios:
            rows = [r for r in self.scorecard if r.scenario_id == result.scenario_id]
            total = sum(r.importance for r in rows)
            out[result.scenario_id] = (sum(r.importance for r in rows if r.met) / total
                                       if total else float("nan"))
        return out

    # -- pandas views ---------------------------------------------------------------------

    def to_frame(self, view: str = "final") -> pd.DataFrame:
        """A pandas view of the results.

        ``final``: one row per node, one column per scenario, the change at the last step.
        ``change``: long table scenario, step, node, change. ``trajectories``: long table
        run (``baseline`` or a scenario id), step, node, value. ``scorecard``: one row per
        scenario and objective. ``verdicts``: one row per run. ``uncertainty``: long table
        scenario, step, node, p5 .. p95, p_increase (empty without Monte Carlo). ``table``:
        the long table every trajectory export writes (the command line's ``--out FILE.csv``
        and the desktop app's CSV): run, step, node, label, value, change (0 for the
        baseline), and the Monte Carlo bands of each scenario when there are samples.
        """
        builders = {"final": self._final_frame, "change": self._change_frame,
                    "table": self._table_frame,
                    "trajectories": self._trajectory_frame, "scorecard": self._score_frame,
                    "verdicts": self._verdict_frame, "uncertainty": self._uncertainty_frame}
        try:
            return builders[view]()
        except KeyError:
            raise ModelError(Problem("view", translate("results", "unknown view {view!r}; valid views: "
                                                                  "{builders}").format(
                                                 view=view, builders=", ".join(builders)))) from None

    def _final_frame(self) -> pd.DataFrame:
        import pandas as pd

        frame = pd.DataFrame({"label": self.labels, "baseline": self.baseline[-1]},
                             index=pd.Index(self.node_ids, name="node"))
        for result in self.scenarios:
            frame[result.scenario_id] = result.final_change
        return frame

    def _long(self, name: str, runs: list[tuple[str, np.ndarray]], key: str) -> pd.DataFrame:
        import pandas as pd

        steps, nodes = len(self.time), len(self.node_ids)
        if not runs:
            return pd.DataFrame(columns=[key, "step", "node", name])
        return pd.DataFrame({
            key: np.repeat([r for r, _ in runs], steps * nodes),
            "step": np.tile(np.repeat(self.time, nodes), len(runs)),
            "node": np.tile(np.array(self.node_ids, dtype=object), steps * len(runs)),
            name: np.concatenate([a.ravel() for _, a in runs]),
        })

    def _change_frame(self) -> pd.DataFrame:
        return self._long("change", [(r.scenario_id, r.change) for r in self.scenarios],
                          "scenario")

    def _trajectory_frame(self) -> pd.DataFrame:
        runs = [("baseline", self.baseline)] + [(r.scenario_id, r.states)
                                                for r in self.scenarios]
        return self._long("value", runs, "run")

    def _table_frame(self) -> pd.DataFrame:
        frame = self._trajectory_frame()
        frame.insert(3, "label", frame["node"].map(dict(zip(self.node_ids, self.labels))))
        change = self._change_frame().rename(columns={"scenario": "run"})
        frame = frame.merge(change, on=["run", "step", "node"], how="left")
        frame.loc[frame["run"] == "baseline", "change"] = 0.0
        bands = self._uncertainty_frame()
        if len(bands):
            frame = frame.merge(bands.rename(columns={"scenario": "run"}),
                                on=["run", "step", "node"], how="left")
        return frame

    def _score_frame(self) -> pd.DataFrame:
        import pandas as pd

        columns = list(ScoreRow.__dataclass_fields__)
        return pd.DataFrame([[getattr(r, c) for c in columns] for r in self.scorecard],
                            columns=columns)

    def _verdict_frame(self) -> pd.DataFrame:
        import pandas as pd

        rows = [("baseline", "Baseline", self.baseline_verdict)] + [
            (r.scenario_id, r.label, r.verdict) for r in self.scenarios]
        return pd.DataFrame([(i, label, v.kind, v.step, v.period, str(v))
                             for i, label, v in rows],
                            columns=["run", "label", "verdict", "step", "period", "text"])

    def _uncertainty_frame(self) -> pd.DataFrame:
        import pandas as pd

        parts = []
        for result in self.scenarios:
            u = result.uncertainty
            if u is None:
                continue
            frame = self._long("p_increase", [(result.scenario_id, u.p_increase)], "scenario")
            for level, band in zip(u.levels, u.percentiles):
                frame[f"p{level}"] = band.ravel()
            parts.append(frame)
        if not parts:
            return pd.DataFrame(columns=["scenario", "step", "node", "p_increase"]
                                + [f"p{level}" for level in PERCENTILES])
        return pd.concat(parts, ignore_index=True)
