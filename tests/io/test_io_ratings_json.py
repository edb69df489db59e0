"""FCMpy's expert ratings as JSON that lists only the terms its experts use: FCMpy joins the
experts' rows into one table, so a term no row names is a term nobody chose. Such files
were taken for an unknown format (no ``+VH`` key) or refused (fewer than three terms)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from windtunnel.errors import LoadError
from windtunnel.io import import_model

FCMPY = Path(__file__).resolve().parents[1] / "data" / "real" / "fcmpy_data_test.json"
#: FCMpy's terms in the order its example files list them.
TERMS = ["NA", "+VL", "+L", "+M", "+H", "+VH", "-VL", "-L", "-M", "-H", "-VH"]
#: Three experts' terms for four pairs of concepts.
CHOSEN = {"Expert_1": {("Tax", "Demand"): "-M", ("Price", "Demand"): "-H",
                       ("Demand", "Supply"): "+H", ("Supply", "Price"): "-L"},
          "Expert_2": {("Tax", "Demand"): "-L", ("Price", "Demand"): "-VH",
                       ("Demand", "Supply"): "+M", ("Supply", "Price"): "NA"},
          "Expert_3": {("Tax", "Demand"): "-M", ("Price", "Demand"): "-H",
                       ("Demand", "Supply"): "+H", ("Supply", "Price"): "-VL"}}


def _weights(model) -> dict[tuple[str, str], float]:
    labels = {n.id: n.label for n in model.nodes}
    return {(labels[e.source], labels[e.target]): e.weight for e in model.edges}


def _written(tmp_path, raw, name: str = "ratings.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def _ratings(model) -> list:
    return [(p.label, sorted((r.source, r.target, r.term) for r in p.ratings))
            for p in model.participants]


def test_rows_naming_only_their_own_term_give_the_weights_of_the_full_form(tmp_path):
    """The same ratings written as FCMpy's example writes them (every term, blanks "")
    and with each row naming only its own term: the same weights and ratings."""
    full = {expert: [{"from": a, "to": b, **{t: 1 if t == term else "" for t in TERMS}}
                     for (a, b), term in pairs.items()] for expert, pairs in CHOSEN.items()}
    sparse = {expert: [{"from": a, "to": b, term: 1} for (a, b), term in pairs.items()]
              for expert, pairs in CHOSEN.items()}
    expected = import_model(_written(tmp_path, full, "full.json")).model
    imported = import_model(_written(tmp_path, sparse)).model
    assert len(_weights(expected)) == 4
    assert _weights(imported) == _weights(expected)
    assert _ratings(imported) == _ratings(expected)


def test_fcmpy_s_own_example_without_its_blank_terms_reads_as_the_example(tmp_path):
    full = json.loads(FCMPY.read_text(encoding="utf-8"))
    sparse = {expert: [{key: value for key, value in row.items() if value != ""}
                       for row in rows] for expert, rows in full.items()}
    assert not any("+VH" in row for rows in sparse.values() for row in rows)
    assert _ratings(import_model(_written(tmp_path, sparse)).model) == _ratings(
        import_model(FCMPY).model)


def test_a_file_listing_two_terms_reads_as_those_terms(tmp_path):
    raw = {"Expert_1": [{"from": "Tax", "to": "Demand", "-M": 1, "+L": ""},
                        {"from": "Price", "to": "Demand", "-M": "", "+L": 1}],
           "Expert_2": [{"from": "Tax", "to": "Demand", "-M": 1, "+L": ""},
                        {"from": "Price", "to": "Demand", "-M": "", "+L": 1}]}
    model = import_model(_written(tmp_path, raw)).model
    assert _weights(model) == {("Tax", "Demand"): pytest.approx(-0.5, abs=0.01),
                               ("Price", "Demand"): pytest.approx(0.25, abs=0.01)}
    assert {r.term for p in model.participants for r in p.ratings} == {"-M", "+L"}


def test_a_json_with_no_term_at_all_is_still_refused(tmp_path):
    raw = {"Expert_1": [{"from": "Tax", "to": "Demand", "weight": 0.5}]}
    with pytest.raises(LoadError, match="found no expert-rating sheet"):
        import_model(_written(tmp_path, raw), format="ratings")
