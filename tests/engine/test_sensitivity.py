"""Tornado data and lever effects, against hand-computed linear answers."""

from __future__ import annotations

import pytest

from windtunnel.engine import lever_elasticities, tornado
from windtunnel.errors import ModelError
from windtunnel.model import Objective

from .conftest import chain_model, clamp

GOAL = [Objective("up", "Up", "out", "increase")]


def test_tornado_bars_by_hand():
    """Lever clamped at 1: out = w1 * w2. Bounds (medium confidence, +-25 %): w1 in
    [0.45, 0.75] with w2 = 0.4 gives 0.18 .. 0.30; w2 in [0.3, 0.5] with w1 = 0.6 gives
    0.18 .. 0.30 as well; the wider swing comes first (ties keep edge order)."""
    model = chain_model(weights=(0.6, 0.4), interventions=[clamp()], objectives=GOAL)
    bars = tornado(model, "act", "up")
    assert [(b.source, b.target) for b in bars] == [("lever", "mid"), ("mid", "out")]
    first = bars[0]
    assert first.value_low == pytest.approx(0.45 * 0.4) and first.value_high == pytest.approx(0.3)
    assert first.base == pytest.approx(0.24) and first.swing == pytest.approx(0.12)
    assert bars[1].value_low == pytest.approx(0.6 * 0.3)


def test_lever_effect_is_the_slope():
    """out = 0.5 * 0.5 * v, so d out / d v = 0.25 and the elasticity at v = 0.8 is 1."""
    model = chain_model(interventions=[clamp(value=0.8)], objectives=GOAL)
    (effect,) = lever_elasticities(model, "act", "up")
    assert effect.lever == "lever" and effect.value == 0.8
    assert effect.effect == pytest.approx(0.25) and effect.elasticity == pytest.approx(1.0)


def test_untouched_lever_is_clamped_at_its_start_level():
    model = chain_model(objectives=GOAL)
    (effect,) = lever_elasticities(model, "act", "up")
    assert effect.value == 0.0 and effect.effect == pytest.approx(0.25)
    assert effect.elasticity is None


def test_unknown_objective_lists_valid_ones():
    with pytest.raises(ModelError, match="valid objectives: up"):
        tornado(chain_model(objectives=GOAL), "act", "ghost")
