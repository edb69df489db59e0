"""Sobol' indices a reader can trust, and a warning when the design is too small; lever
points named by their levers' labels."""

from __future__ import annotations

import pytest

from windtunnel.engine import explore, sobol_indices
from windtunnel.engine.designs import LeverRange
from windtunnel.engine.globalsensitivity import SLACK, rough_warning
from windtunnel.engine.naming import named_exploration
from windtunnel.engine.robustness import robustness
from windtunnel.language import set_current
from windtunnel.model import load, translated
from windtunnel.paths import bundled_model

#: A bundled option whose objectives change far from 0 (a first-order estimator on raw
#: changes from the baseline had intervals of -10 to 13 there).
OPTION = "reading-security"


@pytest.fixture(scope="module")
def bundled():
    return load(bundled_model())


def test_intervals_stay_near_0_to_1_at_the_default_base(bundled):
    """At the default base sample every interval lies within 0..1 but for noise: the
    outputs are centred before the estimators, as SALib's analyze standardises them."""
    indices = sobol_indices(bundled, scenario=OPTION, base=128, workers=1)
    for low, high in ((indices.first_low, indices.first_high),
                      (indices.total_low, indices.total_high)):
        assert low.min() >= -SLACK and high.max() <= 1 + SLACK
    assert indices.rough() == ()
    assert rough_warning(indices, {}) is None


def test_a_small_design_is_flagged_with_a_larger_base(bundled):
    indices = sobol_indices(bundled, scenario=OPTION, base=16, workers=1)
    assert indices.base == 16
    rough = indices.rough()
    assert rough, "intervals of a 16-row design are too wide to read"
    labels = {o.id: translated(o) for o in bundled.objectives}
    text = rough_warning(indices, labels)
    assert "too small" in text and "64 or more" in text
    assert labels[rough[0]] in text and rough[0] not in text


def test_lever_points_are_named_by_the_levers_labels_in_the_current_language(bundled):
    lever = next(n for n in bundled.nodes if n.is_lever and n.translations)
    experiments = explore(bundled, scenarios=[], levers=[LeverRange(lever.id, 0.0, 1.0, 2)],
                          sampler="factorial", futures=8, workers=1)
    assert [o.label for o in experiments.options] == [f"{lever.label} 0.00",
                                                      f"{lever.label} 1.00"]
    set_current("zh-CN")
    try:
        options, rows, _ = named_exploration(bundled, experiments, robustness(experiments), [])
        assert options.options[0].label == f"{translated(lever)} 0.00" != f"{lever.label} 0.00"
        assert rows[0].label.startswith(translated(lever))
    finally:
        set_current("en")
