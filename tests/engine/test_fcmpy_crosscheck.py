"""Cross-check against FCMpy itself, when it is installed apart (never a dependency):

    python -m pip install --no-deps --target /tmp/fcmpy fcmpy

Skipped cleanly otherwise. Random 30-concept maps, every inference method and transfer
function FCMpy offers, compared state by state with the ``fcmpy`` preset.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from windtunnel.engine import empty_plan, network_from_matrix, preset, simulate

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from engine_fcmpy import load_fcmpy_simulator  # noqa: E402

FcmSimulator = load_fcmpy_simulator()
pytestmark = [pytest.mark.skipif(FcmSimulator is None, reason="FCMpy is not installed apart"),
              pytest.mark.filterwarnings("ignore:The values didn.t converge")]

INFERENCE = {"kosko": "kosko", "mKosko": "modified_kosko", "rescaled": "rescaled"}


@pytest.mark.parametrize("inference", sorted(INFERENCE))
@pytest.mark.parametrize("transfer", ["sigmoid", "tanh", "bivalent", "trivalent"])
def test_same_states_and_stopping_step_as_fcmpy(inference, transfer, capsys):
    import pandas as pd

    rng = np.random.default_rng(len(inference) * 7 + len(transfer))
    n = 30
    matrix = np.where(rng.random((n, n)) < 0.15, rng.uniform(-1, 1, (n, n)).round(2), 0.0)
    matrix[:, :3] = 0.0                                    # three driver concepts
    if transfer in ("bivalent", "trivalent"):
        # FCMpy's bivalent/trivalent return integer arrays, so the fractional start value
        # of a held driver would be truncated to 0 there: a quirk we do not copy
        initial = rng.integers(0 if transfer == "bivalent" else -1, 2, n).astype(float)
    else:
        initial = rng.uniform(0, 1, n).round(2)
    names = [f"C{i}" for i in range(n)]
    theirs = FcmSimulator.simulate(
        initial_state=dict(zip(names, initial.tolist())),
        weight_matrix=pd.DataFrame(matrix, columns=names, index=names), transfer=transfer,
        inference=inference, thresh=0.001, iterations=50, l=1).to_numpy()
    capsys.readouterr()
    net = network_from_matrix(matrix, initial)
    sim = simulate(net, empty_plan(net), preset("fcmpy", rule=INFERENCE[inference],
                                                activation=transfer))
    assert sim.states.shape[0] == theirs.shape[0]
    np.testing.assert_allclose(sim.states[:, 0], theirs, atol=1e-12)
