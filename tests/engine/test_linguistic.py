"""FCMpy's expert-FCM pipeline, reproduced on its documented examples.

Numbers from SamvelMK/FCMpy, fcmpy/expert_fcm/expert_fcm.md (commit
35857e55d6a775be42920d960c554e01d300638f, MIT): the universe [-1, 1] in steps of 0.05;
the Larsen-activated +VH (0.33), +H (0.5), +M (0.16) joined by their maximum; the
centroid "0.72..."; and the build of the unit-test data (unittests/test_cases/
data_test.csv, commit 7dd7578a03207035daf70abb3435df945a61af53: six experts, four pairs)
with Larsen, max and centroid, with its entropy table.
"""

from __future__ import annotations

import functools

import numpy as np
import pytest

from windtunnel.engine.aggregation import rating_table, term_shares
from windtunnel.engine.disagreement import disagreement
from windtunnel.engine.linguistic import (TERMS, defuzzify, implicate, linguistic_weights,
                                          term_memberships, term_weight, union)
from windtunnel.model import LINGUISTIC_TERMS, Model, Node, Participant, Rating

UNIVERSE = np.round(np.arange(-1, 1.05, 0.05), 10)
TERM = {t: i for i, t in enumerate(LINGUISTIC_TERMS)}

# data_test.csv: column -> (sign, the six experts' answers; None = "no causality")
FCMPY_DATA = {("C1", "C2"): ("-", ["VH", "VH", "H", "H", "H", "M"]),
              ("C2", "C1"): ("+", ["H", "VH", "H", "M", "M", "M"]),
              ("C3", "C1"): ("+", ["H", "M", "M", "M", "M", None]),
              ("C3", "C4"): ("+", ["VL", "L", "VL", "VL", None, None])}


def _activated(method):
    mf = term_memberships(UNIVERSE)
    return [implicate(mf[TERM[t]], share, method)
            for t, share in (("+VH", 0.33), ("+H", 0.5), ("+M", 0.16))]


def test_mamdani_caps_and_larsen_scales_as_documented():
    vh, h, m = _activated("mamdani")
    assert vh[-5:].tolist() == pytest.approx([0.2, 0.33, 0.33, 0.33, 0.33])
    assert h[31:40].tolist() == pytest.approx([0.2, 0.4, 0.5, 0.5, 0.5, 0.5, 0.5, 0.4, 0.2])
    vh, h, m = _activated("larsen")
    assert vh[-5:].tolist() == pytest.approx([0.066, 0.132, 0.198, 0.264, 0.33])
    assert m[26:35].tolist() == pytest.approx([0.032, 0.064, 0.096, 0.128, 0.16, 0.128, 0.096,
                                               0.064, 0.032])


def test_the_documented_aggregate_and_its_centroid():
    joined = functools.reduce(lambda x, y: union(x, y, "max"), _activated("larsen"))
    assert joined[26:].tolist() == pytest.approx([0.032, 0.064, 0.096, 0.128, 0.16, 0.128, 0.2,
                                                  0.3, 0.4, 0.5, 0.4, 0.3, 0.2, 0.264, 0.33])
    assert joined[:26].max() == 0
    assert defuzzify(UNIVERSE, joined, "centroid") == pytest.approx(0.72, abs=0.005)


def _fcmpy_shares():
    shares = np.zeros((len(FCMPY_DATA), len(LINGUISTIC_TERMS)))
    for row, (sign, answers) in enumerate(FCMPY_DATA.values()):
        for answer in filter(None, answers):
            shares[row, TERM[sign + answer]] += 1 / len(answers)
    return shares


def test_fcmpys_documented_build_with_larsen():
    weights = linguistic_weights(_fcmpy_shares(), implication="larsen", universe=UNIVERSE)
    assert weights.tolist() == pytest.approx([-0.722442, 0.610116, 0.541304, 0.130328], abs=1e-6)


def _fcmpy_model() -> Model:
    experts = [Participant(f"expert{i}", f"Expert{i}", ratings=tuple(
        Rating(s, t, term=sign + answers[i])
        for (s, t), (sign, answers) in FCMPY_DATA.items() if answers[i]))
        for i in range(6)]
    return Model.from_elements(nodes=[Node(n, n) for n in ("C1", "C2", "C3", "C4")],
                               participants=experts)


def test_participants_in_a_model_give_fcmpys_shares_and_entropy():
    table = rating_table(_fcmpy_model())
    assert table.edges == tuple(FCMPY_DATA)
    assert term_shares(table) == pytest.approx(_fcmpy_shares())
    # FCMpy's documented entropy table (no causality counted as an answer)
    assert disagreement(table).entropy.tolist() == pytest.approx(
        [1.459148, 1.459148, 1.251629, 1.459148], abs=1e-6)


@pytest.mark.parametrize("method", ["max", "algebraic_sum", "einstein_sum", "hamacher_sum"])
def test_every_union_is_an_s_norm(method):
    x = np.linspace(0, 1, 11)
    y = x[::-1]
    joined = union(x, y, method)
    assert np.all(joined >= np.maximum(x, y) - 1e-12) and np.all(joined <= 1 + 1e-12)
    assert union(x, np.zeros_like(x), method) == pytest.approx(x)
    assert union(np.ones(1), np.ones(1), method)[0] == pytest.approx(1.0)


def test_defuzzifications_of_a_symmetric_triangle_are_its_peak():
    mf = term_memberships(UNIVERSE)[TERM["+M"]]
    for method in ("centroid", "bisector", "mean_of_maxima"):
        assert defuzzify(UNIVERSE, mf, method) == pytest.approx(0.5)
    assert defuzzify(UNIVERSE, np.zeros_like(UNIVERSE), "centroid") == 0.0


def test_bisector_halves_the_area():
    mf = term_memberships(UNIVERSE)[TERM["+VH"]]
    cut = defuzzify(UNIVERSE, mf, "bisector")
    fine = np.linspace(0.75, 1, 100001)
    height = np.interp(fine, UNIVERSE, mf)
    left = np.trapezoid(height[fine <= cut], fine[fine <= cut])
    assert left == pytest.approx(np.trapezoid(height, fine) / 2, rel=1e-3)


def test_a_terms_crisp_weight_is_its_centroid():
    assert term_weight("+H") == pytest.approx(0.75)
    assert term_weight("+VH") == pytest.approx((0.75 + 1 + 1) / 3)
    assert term_weight("NA") == pytest.approx(0.0, abs=1e-12)
    assert set(TERMS) == set(LINGUISTIC_TERMS)
