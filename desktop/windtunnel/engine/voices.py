"""Every scenario on every participant's map: results across the room.

For experiments that sample participants (as futures), :func:`network_weights` gives every
participant's weights as one (participants, edges) array in a compiled network's edge
order: ``network_weights(participant_weights(model), compiled_model(model, settings))``.

Each participant's map is the shared map with their weights
(:func:`~windtunnel.engine.aggregation.participant_weights`); a scenario's weight
overrides apply to every participant's map alike. All participants run as one batch, the
way Monte Carlo samples run (one row of weights per participant), so 50 participants cost
about what 50 samples do. A node is a driver on a participant's map when no edge into it
has a non-zero weight there (so with ``drivers="hold"`` a participant who drew nothing into
a node holds it, as a run of their map alone would).

:class:`VoiceResults` holds, per scenario, each participant's change from their own
baseline at every step, and says how many participants' maps move each node which way
("4 of 6 participants' maps say misuse risk rises") and which objectives hold for whom.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from ..errors import ModelError, Problem
from ..language import translate
from ..model import Model, Settings, translated
from .aggregation import ParticipantWeights, participant_weights
from .cache import compiled_model
from .compile import compile_scenario
from .plans import objective_met, run_plan
from .run import resolve_scenarios
from .simulate import own_drivers

__all__ = ["VoiceResults", "ScenarioVoices", "run_participants", "network_weights",
           "network_drawn", "SAYS"]

#: A change smaller than this says "no change" when counting participants.
SAYS = 5e-4


@dataclass(frozen=True)
class ScenarioVoices:
    """One scenario on every participant's map: ``change`` (steps + 1, participants, nodes),
    each participant's change from their own baseline."""

    scenario_id: str
    label: str
    change: np.ndarray

    @property
    def final(self) -> np.ndarray:
        """(participants, nodes) change at the last step."""
        return self.change[-1]

    def rises(self) -> np.ndarray:
        """(nodes,) how many participants' maps say each node rises by the last step."""
        return (self.final > SAYS).sum(axis=0)

    def falls(self) -> np.ndarray:
        return (self.final < -SAYS).sum(axis=0)


@dataclass(frozen=True)
class VoiceResults:
    """Results per participant; ``participants`` and ``labels`` in the model's order."""

    title: str
    participants: tuple[str, ...]
    labels: tuple[str, ...]
    node_ids: tuple[str, ...]
    node_labels: tuple[str, ...]
    settings: Settings
    baseline: np.ndarray            # (steps + 1, participants, nodes)
    scenarios: tuple[ScenarioVoices, ...]
    objectives: tuple              # the model's objectives

    def met(self, scenario: ScenarioVoices) -> np.ndarray:
        """(objectives, participants) whether each objective holds on each map."""
        rows = [objective_met(scenario.final[:, self.node_ids.index(o.node)], o)
                for o in self.objectives]
        return np.array(rows, dtype=bool).reshape(len(self.objectives), len(self.participants))

    def to_frame(self):
        """One row per scenario x participant x node: the final change."""
        import pandas as pd
        rows = []
        for s in self.scenarios:
            for p, (pid, label) in enumerate(zip(self.participants, self.labels)):
                for n, node in enumerate(self.node_ids):
                    rows.append((s.scenario_id, pid, label, node, self.node_labels[n],
                                 float(self.baseline[-1, p, n]),
                                 float(s.final[p, n])))
        return pd.DataFrame(rows, columns=["scenario", "participant", "participant label",
                                           "node", "label", "baseline", "change"])

    def summary_frame(self):
        """One row per scenario x node: how many participants' maps say it rises, falls,
        and the spread of their final changes."""
        import pandas as pd
        rows = []
        for s in self.scenarios:
            rises, falls = s.rises(), s.falls()
            for n, node in enumerate(self.node_ids):
                column = s.final[:, n]
                rows.append((s.scenario_id, node, self.node_labels[n], int(rises[n]),
                             int(falls[n]), len(self.participants) - int(rises[n] + falls[n]),
                             float(column.min()), float(np.median(column)),
                             float(column.max())))
        return pd.DataFrame(rows, columns=["scenario", "node", "label", "rises", "falls",
                                           "no change", "lowest", "median", "highest"])


def run_participants(model: Model, *, scenarios=None, settings: Settings | None = None,
                     steps: int | None = None) -> VoiceResults:
    """Baseline and every scenario of ``model`` on each participant's map."""
    if not model.participants:
        raise ModelError(Problem("participants", translate("voices", "the model has no participants")))
    settings = settings or model.settings
    if steps is not None:
        settings = replace(settings, steps=steps)
    chosen = resolve_scenarios(model, scenarios)
    network = compiled_model(model, settings)
    voices = participant_weights(model)
    weights = network_weights(voices, network)
    baseline = _batched(network, compile_scenario(network, None), weights, settings)
    results = []
    for scenario in chosen:
        plan = compile_scenario(network, scenario)
        mine = weights
        if scenario.overrides:
            mine = weights.copy()
            for override in scenario.overrides:
                mine[:, network.edge_index(override.source, override.target)] = override.weight
        states = _batched(network, plan, mine, settings)
        results.append(ScenarioVoices(plan.scenario_id, plan.label, states - baseline))
    return VoiceResults(translated(model, "title"), voices.participants, voices.labels, network.node_ids,
                        network.labels, settings, baseline, tuple(results),
                        tuple(model.objectives))


def network_weights(voices: ParticipantWeights, network) -> np.ndarray:
    """Each participant's weights (participants, edges) in ``network``'s edge order: the
    array a batch of runs takes (one row per participant), as Monte Carlo samples are."""
    return voices.weights[:, _network_order(voices, network)]


def network_drawn(voices: ParticipantWeights, network) -> np.ndarray:
    """Which edges are on each participant's map (participants, edges), in ``network``'s
    edge order: what the samplers that move a map's weights within bounds move."""
    return voices.drawn[:, _network_order(voices, network)]


def _network_order(voices: ParticipantWeights, network) -> list[int]:
    column = {key: j for j, key in enumerate(voices.edges)}
    return [column[(network.node_ids[s], network.node_ids[t])]
            for s, t in zip(network.source, network.target)]


def _batched(network, plan, weights: np.ndarray, settings: Settings) -> np.ndarray:
    """States (steps + 1, participants, nodes) of ``plan`` with one row of ``weights`` per
    participant, in one batch, each participant's map with its own drivers."""
    states, _ = run_plan(network, replace(plan, weight=weights), settings,
                         drivers=own_drivers(network, weights))
    return states
