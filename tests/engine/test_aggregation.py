"""Aggregation of participants: fcmconfr's published values, credibility, working weights,
each participant's own map, disagreement and similarity.

fcmconfr's values come from bhroston/fcmr, tests/testthat/test-aggregate_fcms.R
(commit 396bfe1d6724ed118f7f911d2d8dd26d87158e9c, GPL-3): four maps of one edge A -> B.
Its adjacency matrices write an edge a map did not draw as 0; Windtunnel's importers store
such a cell as no rating, so those zeros are written NaN here (an explicit 0 is a view).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from windtunnel.engine.aggregation import (aggregate, apply_working_weights,
                                           participant_weights, rating_table, term_shares,
                                           working_weights)
from windtunnel.engine.disagreement import disagreement
from windtunnel.engine.similarity import compare, jaccard, weighted_similarity
from windtunnel.model import (LINGUISTIC_TERMS, Edge, Model, Node, Participant, Rating, Settings,
                              load, save)

NAN = np.nan


def _column(*values):
    return np.array(values, dtype=float)[:, None]


# -- fcmconfr: aggregate_fcms(..., include_zeroes = ...) --------------------------------------

def test_fcmconfr_mean_with_zeros_included():
    assert aggregate(_column(1, 0.25, 0.75, 0.5), method="mean", zeros="include")[0] == 0.625


def test_fcmconfr_mean_with_zeros_ignored():
    assert aggregate(_column(1, NAN, NAN, 0.5), method="mean", zeros="ignore")[0] == 0.75


def test_fcmconfr_median_with_zeros_ignored_and_included():
    weights = _column(1, 0.6, NAN, 0.5)
    assert aggregate(weights, method="median", zeros="ignore")[0] == pytest.approx(0.6)
    assert aggregate(weights, method="median", zeros="include")[0] == pytest.approx(0.55)


def test_an_edge_a_participant_did_not_draw_counts_as_a_zero_or_not_at_all():
    weights = _column(1, NAN, NAN, 0.5)
    assert aggregate(weights, method="mean", zeros="include")[0] == 0.375
    assert aggregate(weights, method="mean", zeros="ignore")[0] == 0.75
    assert aggregate(_column(NAN, NAN), method="median", zeros="ignore")[0] == 0.0


def test_credibility_weighs_mean_and_median():
    weights = _column(0.2, 0.8)
    assert aggregate(weights, credibility=np.array([3.0, 1.0]))[0] == pytest.approx(0.35)
    # the weighted median is the value where half the credibility is reached
    weights = _column(0.1, 0.5, 0.9)
    assert aggregate(weights, method="median", credibility=np.array([1, 1, 5.0]))[0] == 0.9
    assert aggregate(weights, method="median", credibility=np.array([1, 1, 1.0]))[0] == 0.5


def test_many_edges_at_once_match_edge_by_edge():
    rng = np.random.default_rng(3)
    weights = rng.uniform(-1, 1, (7, 40))
    weights[rng.random(weights.shape) < 0.3] = NAN
    weights[rng.random(weights.shape) < 0.1] = 0.0          # explicit "no effect" ratings
    together = aggregate(weights, method="median", zeros="ignore")
    for j in range(weights.shape[1]):
        assert together[j] == pytest.approx(aggregate(weights[:, [j]], method="median",
                                                       zeros="ignore")[0])
        kept = weights[:, j][~np.isnan(weights[:, j])]
        assert together[j] == pytest.approx(np.median(kept) if len(kept) else 0.0)


# -- the model's working weights ----------------------------------------------------------------

def _workshop(**settings) -> Model:
    return Model.from_elements(
        settings=Settings(**settings),
        nodes=[Node("a", "A"), Node("b", "B"), Node("c", "C")],
        edges=[Edge("a", "b", 0.5, low=0.4, high=0.6), Edge("b", "c", -0.4)],
        participants=[
            Participant("p1", "One", credibility=1.0, ratings=(
                Rating("a", "b", 1.0), Rating("b", "c", term="-H"))),
            Participant("p2", "Two", ratings=(Rating("a", "b", 0.25), Rating("b", "c", 0.3),
                                              Rating("a", "c", 0.5))),
            Participant("p3", "Three", ratings=(Rating("a", "b", 0.75),)),
            Participant("p4", "Four", ratings=(Rating("a", "b", 0.5),))])


def test_rating_table_puts_shared_edges_first_then_participants_own():
    table = rating_table(_workshop())
    assert table.edges == (("a", "b"), ("b", "c"), ("a", "c"))
    assert table.shared == 2
    assert table.weights[0, 1] == pytest.approx(-0.75)      # "-H" counts as its centroid
    assert np.isnan(table.weights[2, 1])


def test_working_weights_follow_the_recorded_method_and_apply_with_undo():
    model = _workshop()
    weights = working_weights(model)
    assert weights[("a", "b")] == pytest.approx(0.625)
    assert weights[("b", "c")] == pytest.approx((-0.75 + 0.3) / 4)
    ignored = working_weights(_workshop(aggregation_zeros="ignore"))
    assert ignored[("b", "c")] == pytest.approx((-0.75 + 0.3) / 2)
    before = apply_working_weights(model)
    assert model.edge("a", "b").weight == pytest.approx(0.625)
    assert model.edge("a", "b").high == pytest.approx(0.625)   # bounds widened to hold it
    assert model.edge("a", "c") is None                        # a participant's own edge
    for edge in before:
        model.replace("edge", edge)
    assert model == _workshop()


def test_linguistic_aggregation_uses_each_terms_share():
    model = _workshop(aggregation="linguistic")
    weights = working_weights(model)
    # a -> b: four numbers read as their nearest terms +VH, +L, +H(0.75), +M(0.5)
    assert 0.4 < weights[("a", "b")] < 0.8
    assert weights[("b", "c")] < 0


def test_each_participants_map_fills_unrated_edges_by_the_zeros_rule():
    model = _workshop()
    maps = participant_weights(model)
    assert maps.edges == (("a", "b"), ("b", "c"))
    assert maps.weights[2].tolist() == [0.75, 0.0]
    model.set_settings(Settings(aggregation_zeros="ignore"))
    assert maps.weights.shape == (4, 2)
    assert participant_weights(model).weights[2].tolist() == [0.75, -0.4]


@pytest.mark.parametrize("zeros", ["include", "ignore"])
def test_an_edge_no_participant_rated_keeps_the_shared_weight_on_every_map(zeros):
    """The room gave no view of c -> a: every participant's map keeps the shared map's
    weight for it, as the shared map does, so the maps differ only where someone spoke
    (with zeros included it was 0 on every map: four maps without the edge)."""
    model = _workshop(aggregation_zeros=zeros)
    model.add_edge(Edge("c", "a", 0.8))
    maps = participant_weights(model)
    assert maps.edges[-1] == ("c", "a")
    assert maps.weights[:, -1].tolist() == [0.8] * 4
    assert maps.weights[2, 1] == (0.0 if zeros == "include" else -0.4)   # rated by others


# -- disagreement -----------------------------------------------------------------------------

def test_disagreement_counts_signs_spread_and_range():
    found = disagreement(rating_table(_workshop()))
    frame = found.to_frame().set_index(["source", "target"])
    ab, bc = frame.loc[("a", "b")], frame.loc[("b", "c")]
    assert ab["raters"] == 4 and ab["range"] == pytest.approx(0.75)
    assert ab["spread"] == pytest.approx(np.std([1, 0.25, 0.75, 0.5]))
    assert not ab["sign conflict"]
    assert (bc["positive"], bc["negative"], bc["sign conflict"]) == (1, 1, True)


def test_unanimity_has_no_entropy():
    model = Model.from_elements(nodes=[Node("a", "A"), Node("b", "B")],
                                edges=[Edge("a", "b", 0.5)],
                                participants=[Participant(f"p{i}", f"P{i}", ratings=(
                                    Rating("a", "b", term="+H"),)) for i in range(3)])
    assert disagreement(rating_table(model)).entropy.tolist() == [0.0]


# -- similarity ---------------------------------------------------------------------------------

def test_jaccard_and_weighted_similarity():
    a = {("x", "y"): 0.5, ("y", "z"): -0.5}
    b = {("x", "y"): 0.5, ("z", "x"): 0.2}
    assert jaccard(a, b) == pytest.approx(1 / 3)
    assert weighted_similarity(a, a) == 1.0
    assert weighted_similarity(a, b) == pytest.approx(1 - 0.7 / 1.7)
    assert weighted_similarity({("x", "y"): 0.5}, {("x", "y"): -0.5}) == 0.0
    assert jaccard({}, {}) == 1.0


def test_mental_modelers_compare_score():
    reference = {("a", "b"): 0.5, ("b", "c"): -0.5, ("c", "d"): 0.3, ("d", "a"): 0.1}
    drawn = {("a", "b"): 0.9, ("b", "c"): 0.2, ("d", "c"): 0.3, ("a", "e"): 0.1}
    result = compare(drawn, reference, nodes=("a", "b", "c", "d", "e"),
                     reference_nodes=("a", "b", "c", "d"))
    assert result.correctly_signed == (("a", "b"),)
    assert result.wrongly_signed == (("b", "c"),)
    assert set(result.extra) == {("d", "c"), ("a", "e")}
    assert set(result.missing) == {("c", "d"), ("d", "a")}
    assert result.reversed == (("d", "c"),)
    assert result.extra_nodes == ("e",) and result.missing_nodes == ()
    assert result.score == 1 - (2 + 2)


# -- fcmconfr's interval (IVFN) and triangular (TFN) weights, aggregated bound by bound ------

def _fuzzy_workshop(lows, modes, highs, **settings) -> Model:
    """fcmconfr's four one-edge maps of triangular weights (or intervals: mode = None)."""
    ratings = [Rating("a", "b", weight=m if m is not None else (lo + hi) / 2, low=lo, high=hi)
               for lo, m, hi in zip(lows, modes, highs)]
    return Model.from_elements(settings=Settings(**settings),
                               nodes=[Node("a", "A"), Node("b", "B")],
                               edges=[Edge("a", "b", 0.5)],
                               participants=[Participant(f"p{i}", f"P{i}", ratings=(r,))
                                             for i, r in enumerate(ratings)])


TFN = ((0.4, 0.6, 0.2, 0.0), (0.4, 0.7, 0.4, 0.0), (0.6, 1.0, 0.6, 0.4))
TFN_EXPECTED = {("mean", "ignore"): (0.4, 0.5, 0.65), ("mean", "include"): (0.3, 0.375, 0.65),
                ("median", "include"): (0.3, 0.4, 0.6), ("median", "ignore"): (0.4, 0.4, 0.6)}


def _bound_matrices(bounds):
    """fcmconfr's bound matrices of the one edge, a 0 (not drawn in that matrix) as NaN."""
    return [_column(*[NAN if b == 0 else b for b in bound]) for bound in bounds]


@pytest.mark.parametrize("method, zeros", list(TFN_EXPECTED))
def test_fcmconfr_triangular_weights(method, zeros):
    """fcmr's tfn tests (fcmconfr's before it kept a triangle's zero bounds):
    tfn(lower, mode, upper) of the aggregate, bound by bound, over its three matrices,
    the fourth map's 0s in the lower and mode matrices read as not drawn."""
    got = [aggregate(m, method=method, zeros=zeros)[0] for m in _bound_matrices(TFN)]
    assert got == pytest.approx(TFN_EXPECTED[method, zeros])


@pytest.mark.parametrize("method, zeros", list(TFN_EXPECTED))
def test_fcmconfr_interval_weights(method, zeros):
    """fcmconfr's ivfn tests: ivfn(lower, upper) of the aggregate, bound by bound."""
    lows, _modes, highs = _bound_matrices(TFN)
    got = [aggregate(m, method=method, zeros=zeros)[0] for m in (lows, highs)]
    expected = TFN_EXPECTED[method, zeros]
    assert got == pytest.approx((expected[0], expected[2]))


@pytest.mark.parametrize("method", ["mean", "median"])
def test_a_rated_triangle_counts_its_zero_bounds_whichever_the_zeros_rule(method):
    """A participant who rated the edge the triangle (0, 0, 0.4) gave a view, 0s included:
    both rules count it bound by bound, as fcmconfr's aggregate_fcms_w_tfns counts those
    "false zeros" with include_zeroes off (its tests expect tfn(0.3, 0.375, 0.65) for the
    mean and tfn(0.3, 0.4, 0.6) for the median, whichever include_zeroes)."""
    for zeros in ("include", "ignore"):
        model = _fuzzy_workshop(*TFN, aggregation=method, aggregation_zeros=zeros)
        apply_working_weights(model)
        edge = model.edge("a", "b")
        assert (edge.low, edge.weight, edge.high) == pytest.approx(
            TFN_EXPECTED[method, "include"])


@pytest.mark.parametrize("method", ["mean", "median"])
def test_a_zero_mode_between_bounds_of_both_signs_counts_when_absent_ratings_are_left_out(
        method):
    """The triangle (-0.2, 0, 0.3) is a rating of "about no effect": its mode counts like
    any explicit 0 (fcmconfr's check for zero bounds that count does not see this one and
    drops the mode, which here would give the mode 0.6 above the upper bound 0.5)."""
    model = _fuzzy_workshop((-0.2, 0.5), (0.0, 0.6), (0.3, 0.7), aggregation=method,
                            aggregation_zeros="ignore")
    apply_working_weights(model)
    edge = model.edge("a", "b")
    assert (edge.low, edge.weight, edge.high) == pytest.approx((0.15, 0.3, 0.5))
    assert edge.low <= edge.weight <= edge.high


def test_bounds_must_hold_the_weight():
    assert dict(Rating("a", "b", 0.5, low=0.6).problems())["low"] == "0.6 is above the weight 0.5"
    assert "bounds need a weight" in dict(Rating("a", "b", term="+H", low=0.2).problems())["low"]


# -- aggregate weights as an analyst would type them --------------------------------------------

def _one_edge_room(*ratings: Rating) -> Model:
    return Model.from_elements(nodes=[Node("a", "A"), Node("b", "B")],
                               edges=[Edge("a", "b", 0.5)],
                               participants=[Participant(f"p{i}", f"P{i}", ratings=(r,))
                                             for i, r in enumerate(ratings)])


def test_a_mean_weight_is_saved_as_typed_not_as_binary_arithmetic_gives_it(tmp_path):
    """The mean of 0.4, 0.2 and -0.3 is 0.10000000000000003 in binary arithmetic, that of
    0.1, 0.2 and -0.3 is 1.9e-17: the map takes 0.1 and 0, and the saved file reads so."""
    model = _one_edge_room(Rating("a", "b", 0.4, low=0.1, high=0.5),
                           Rating("a", "b", 0.2, low=0.2, high=0.3),
                           Rating("a", "b", -0.3, low=-0.3, high=-0.2))
    assert np.mean([0.4, 0.2, -0.3]) != 0.1 and np.mean([0.1, 0.2, -0.3]) != 0
    apply_working_weights(model)
    edge = model.edge("a", "b")
    assert (edge.low, edge.weight, edge.high) == (0.0, 0.1, 0.2)
    assert working_weights(model) == {("a", "b"): 0.1}
    save(model, tmp_path / "room.wtm")
    text = (tmp_path / "room.wtm").read_text(encoding="utf-8")
    assert '"weight": 0.1,' in text and '"low": 0.0,' in text and "e-17" not in text
    assert "0.10000000000000003" not in text


def test_rounding_an_aggregate_moves_it_by_less_than_a_trillionth():
    rng = np.random.default_rng(11)
    weights = rng.uniform(-1, 1, (5, 200))
    exact = aggregate(weights)
    model = Model.from_elements(
        nodes=[Node(f"n{k}", f"N{k}") for k in range(201)],
        edges=[Edge(f"n{j}", f"n{j + 1}", 0.0) for j in range(200)],
        participants=[Participant(f"p{i}", f"P{i}", ratings=tuple(
            Rating(f"n{j}", f"n{j + 1}", float(weights[i, j])) for j in range(200)))
            for i in range(5)])
    stored = working_weights(model)
    assert max(abs(stored[(f"n{j}", f"n{j + 1}")] - exact[j]) for j in range(200)) <= 5e-13


# -- the map's own weight, kept while participants rate an edge ----------------------------------

@pytest.mark.parametrize("method, zeros", [("mean", "include"), ("mean", "ignore"),
                                           ("median", "include"), ("median", "ignore"),
                                           ("linguistic", "include")])
def test_an_edge_no_one_rates_any_more_gets_its_own_weight_and_bounds_back(method, zeros,
                                                                           tmp_path):
    """The first aggregate keeps the map's own weight and bounds beside it, in the saved
    file too; when the last rating goes (cleared, or its rater removed), they come back."""
    model = Model.from_elements(
        nodes=[Node("a", "A"), Node("b", "B"), Node("c", "C")],
        edges=[Edge("a", "b", -0.5, low=-0.6, high=-0.4), Edge("b", "c", 0.2)],
        participants=[Participant("p0", "P0", ratings=(Rating("a", "b", 0.8, low=0.7, high=0.9),)),
                      Participant("p1", "P1", ratings=(Rating("a", "b", term="+H"),
                                                       Rating("b", "c", 0.6)))],
        settings=Settings(aggregation=method, aggregation_zeros=zeros))
    apply_working_weights(model)
    rated = model.edge("a", "b")
    assert rated.weight > 0
    assert (rated.unrated_weight, rated.unrated_low, rated.unrated_high) == (-0.5, -0.6, -0.4)
    save(model, tmp_path / "rated.wtm")
    model = load(tmp_path / "rated.wtm")
    assert model.edge("a", "b") == rated
    model.replace("participant", Participant("p0", "P0"))
    model.replace("participant", replace(model.participant("p1"),
                                         ratings=(Rating("b", "c", 0.6),)))
    before = apply_working_weights(model)
    assert model.edge("a", "b") == Edge("a", "b", -0.5, low=-0.6, high=-0.4)
    assert before == [rated]
    model.remove("participant", "p1")
    apply_working_weights(model)
    assert model.edge("b", "c") == Edge("b", "c", 0.2)


def test_a_rated_edge_a_file_kept_no_own_weight_for_keeps_its_weight_when_cleared():
    """A version-5 file does not say what a rated edge weighed before the ratings: the
    weight it was opened with counts as its own."""
    model = _one_edge_room(Rating("a", "b", 0.9))
    model.replace("edge", Edge("a", "b", 0.9))             # as an older file holds it
    model.replace("participant", Participant("p0", "P0"))
    assert apply_working_weights(model) == []
    assert model.edge("a", "b") == Edge("a", "b", 0.9)


# -- "absent ratings are left out": only ratings not given, an explicit 0 counts ---------------

NO_EFFECT = {"term": Rating("a", "b", term="NA"), "weight": Rating("a", "b", 0.0)}


def _alice_and_bob(bob: str = "term", **settings) -> Model:
    """Alice rates a -> b "+VH", Bob explicitly "no effect" (the term NA, or the weight 0
    typed); Carol rates only b -> a."""
    return Model.from_elements(
        settings=Settings(**settings), nodes=[Node("a", "A"), Node("b", "B")],
        edges=[Edge("a", "b", 0.5), Edge("b", "a", 0.2)],
        participants=[Participant("alice", "Alice", ratings=(Rating("a", "b", term="+VH"),)),
                      Participant("bob", "Bob", ratings=(NO_EFFECT[bob],)),
                      Participant("carol", "Carol", ratings=(Rating("b", "a", 0.6),))])


@pytest.mark.parametrize("bob", list(NO_EFFECT))
@pytest.mark.parametrize("method", ["mean", "median"])
def test_an_explicit_no_effect_counts_as_zero_when_absent_ratings_are_left_out(method, bob):
    very_high = 0.9166666666666667                         # "+VH"'s centroid
    left_out = working_weights(_alice_and_bob(bob, aggregation=method,
                                              aggregation_zeros="ignore"))
    assert left_out[("a", "b")] == pytest.approx(very_high / 2)     # Carol's absence left out
    counted = working_weights(_alice_and_bob(bob, aggregation=method))
    assert counted[("a", "b")] == pytest.approx(very_high / 3 if method == "mean" else 0.0)


def test_an_explicit_zero_counts_in_the_aggregate_but_an_absent_rating_does_not():
    weights = np.array([[0.8, 0.8], [0.0, NAN]])
    assert aggregate(weights, zeros="ignore").tolist() == pytest.approx([0.4, 0.8])
    assert aggregate(weights, method="median", zeros="ignore").tolist() == pytest.approx(
        [0.4, 0.8])


def test_an_explicit_no_effect_takes_its_share_in_the_linguistic_pipeline():
    left_out = _alice_and_bob(aggregation="linguistic", aggregation_zeros="ignore")
    shares = term_shares(rating_table(left_out), zeros="ignore")
    assert shares[0, LINGUISTIC_TERMS.index("+VH")] == pytest.approx(0.5)
    assert shares[0, LINGUISTIC_TERMS.index("NA")] == pytest.approx(0.5)
    with_bob = working_weights(left_out)[("a", "b")]
    left_out.replace("participant", replace(left_out.participant("bob"), ratings=()))
    without_bob = working_weights(left_out)[("a", "b")]     # Bob gave no rating: left out
    # FCMpy's NA is a narrow triangle at 0: half the room on it caps "+VH" at one half
    assert without_bob == pytest.approx(0.9166666666666667, abs=1e-3)
    assert with_bob < without_bob - 0.01


@pytest.mark.parametrize("bob", list(NO_EFFECT))
def test_an_explicit_no_effect_stays_on_its_participants_map_and_in_disagreement(bob):
    model = _alice_and_bob(bob, aggregation_zeros="ignore")
    apply_working_weights(model)
    maps = participant_weights(model)
    assert maps.weights[1, 0] == pytest.approx(0.0)          # Bob's own map: no effect
    assert maps.weights[2, 0] == pytest.approx(0.9166666666666667 / 2)   # Carol: the room's
    views = disagreement(rating_table(model))
    assert (views.raters[0], views.neutral[0], views.positive[0]) == (2, 1, 1)
