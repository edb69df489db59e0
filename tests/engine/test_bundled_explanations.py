"""On every bundled model, the answer to "why did this objective change?" is short and whole.

For every objective under every scenario, at the last step (and at a quarter and half of
the run, steps the Why? panel may show): at most five reasons carry at least 80 % of the
change, and reasons plus the named rest add up to 100 % of it; the lever, input and route
views add up too.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from windtunnel.engine import (breakdown_plan, compile_scenario, compiled_model, lever_shares,
                               run)
from windtunnel.model import load
from windtunnel.paths import bundled_models

MODELS = [p for p in bundled_models() if load(p).objectives and load(p).scenarios]


@pytest.mark.slow
@pytest.mark.parametrize("path", MODELS, ids=[p.name for p in MODELS])
def test_five_reasons_cover_most_of_every_objective_change(path):
    check_every_objective(path, last_only=True)


@pytest.mark.slow
@pytest.mark.parametrize("path", MODELS, ids=[p.name for p in MODELS])
def test_five_reasons_cover_most_of_every_objective_change_along_the_run(path):
    check_every_objective(path, last_only=False)


def check_every_objective(path, *, last_only: bool) -> None:
    model = load(path)
    settings = model.settings
    network = compiled_model(model, settings)
    results = run(model)
    steps = ([settings.steps] if last_only
             else sorted({settings.steps // 4, settings.steps // 2, settings.steps}))
    short = []
    for scenario in model.scenarios:
        plan = compile_scenario(network, scenario)
        shares = lever_shares(network, plan, settings)
        change = results.scenario(scenario.id).change
        for objective, step in itertools.product(model.objectives, steps):
            target = network.index(objective.node)
            b = breakdown_plan(network, plan, settings, target, step=step, shares=shares)
            total = change[step, target]
            assert b.total == pytest.approx(total, abs=1e-12)
            assert len(b.reasons) <= 5
            assert sum(r.value for r in b.reasons) + b.rest.value == pytest.approx(total,
                                                                                  abs=1e-12)
            assert sum(r.value for r in b.routes) == pytest.approx(total, abs=1e-12)
            np.testing.assert_allclose(b.by_lever.sum(axis=1), change[:, target], atol=1e-12)
            np.testing.assert_allclose(b.by_input.sum(axis=1), change[:, target], atol=1e-12)
            if abs(total) > 1e-9 and b.covered < 0.8:
                short.append(f"{scenario.id}/{objective.node}@{step}: {b.covered:.0%}")
    assert not short, "five reasons cover less than 80 %: " + ", ".join(short)
