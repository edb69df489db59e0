"""When a lever's change reaches a node through a delayed edge: a change of the source at
step s reaches the target at step s + delay + 1; a lever set from step 0 counts as set
before the run began (a node's past is its step-0 level) and reaches it at step 1 whatever
the delay. The Inspector's delay tooltip and the help say so."""

from __future__ import annotations

import numpy as np
import pytest

from windtunnel.engine import run
from windtunnel.model import Edge, Intervention, Model, Node, Scenario, Settings


def _first_step_moved(delay: int, start: int) -> int:
    model = Model.from_elements(
        nodes=[Node("lever", "Lever", kind="restriction"), Node("target", "Target")],
        edges=[Edge("lever", "target", 0.8, delay=delay)],
        scenarios=[Scenario("push", "Push", interventions=(
            Intervention("lever", "clamp", 1.0, start),))],
        settings=Settings(rule="kosko", activation="tanh", steps=10))
    change = run(model).scenario("push").change[:, 1]
    return int(np.flatnonzero(np.abs(change) > 1e-12)[0])


@pytest.mark.parametrize("delay", [0, 1, 2, 5])
def test_a_change_at_step_s_arrives_at_s_plus_delay_plus_one(delay):
    assert _first_step_moved(delay, start=1) == 1 + delay + 1
    assert _first_step_moved(delay, start=3) == 3 + delay + 1


@pytest.mark.parametrize("delay", [0, 1, 2, 5])
def test_a_lever_set_from_step_0_arrives_at_step_1_whatever_the_delay(delay):
    assert _first_step_moved(delay, start=0) == 1
