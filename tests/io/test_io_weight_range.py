"""The out-of-range choice over an Edges sheet's weights and bounds, as properties of any
rows: each weight or bound refused is named at its own row (and only a row refused is
named), and then nothing is rescaled; otherwise every weight and bound lies
in [-1, 1] afterwards, all divided by one factor."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from windtunnel.errors import LoadError
from windtunnel.io import import_model
from windtunnel.io.importing import ImportOptions
from windtunnel.io.rows import Reader
from windtunnel.io.tables import Table
from windtunnel.io.weight_range import fit_weights

FIELDS = ("weight", "low", "high")
VALUES = st.one_of(st.none(), st.floats(-40, 40, allow_nan=False),
                   st.sampled_from([0.0, 1.0, -1.0, 3.0, 1e9]))


@st.composite
def _row(draw) -> dict:
    """A row as the Edges sheet reads it: a weight its cell gave (listed in ``_weights``),
    or a blank cell's ±0.5 (none listed), and a Low and a High or none."""
    given = draw(VALUES.filter(lambda value: value is not None) | st.none())
    weight = given if given is not None else draw(st.sampled_from([0.5, -0.5, None]))
    return {"weight": weight, "low": draw(VALUES), "high": draw(VALUES),
            "_weights": [] if given is None else [given]}


ROWS = st.lists(_row(), max_size=10)


@settings(max_examples=300, deadline=None)
@given(rows=ROWS, out_of_range=st.sampled_from(["auto", "refuse", "rescale"]),
       header=st.sampled_from([["From", "To", "Weight", "Low", "High"],
                               ["From", "To", "Weight (1-10)"]]))
def test_weights_kept_fit_and_each_refused_one_is_named_at_its_row(rows, out_of_range,
                                                                  header):
    for number, row in enumerate(rows, start=2):
        row["_row"] = number
    written = copy.deepcopy(rows)
    table = Table(name="Edges", header=header)
    columns = {"weight": 2} | ({"low": 3, "high": 4} if len(header) > 3 else {})
    reader = Reader()
    try:
        fit_weights(rows, table, columns, reader, ImportOptions(out_of_range=out_of_range))
    except LoadError:
        return                  # refused as a whole, with no row to name (nothing changed)
    factors = []
    for row, before in zip(rows, written):
        for name in FIELDS:
            if row[name] is None:
                continue
            if row.get("_refused") or reader.problems:    # refused: nothing is rescaled
                assert row[name] == before[name]
            else:
                assert abs(row[name]) <= 1
                if name != "weight" or row["_weights"]:
                    if abs(row[name]) > 1e-6:
                        factors.append(before[name] / row[name])
                else:
                    assert row[name] == before[name]    # a blank weight is never rescaled
    assert all(factor == pytest.approx(factors[0]) for factor in factors)
    named = {f"row {row['_row']}" for row in rows if f"row {row['_row']}," in " ".join(
        f"{problem.location}, {problem.message}" for problem in reader.problems)}
    refused = {f"row {row['_row']}" for row in rows if row.get("_refused")}
    assert named <= refused
    counted = any("more like it" in problem.message for problem in reader.problems)
    for row in rows:       # refused unnamed: counted in a summary, or left without a scale
        if row.get("_refused") and f"row {row['_row']}" not in named:
            assert counted or any(abs(row[name] or 0) > 1 for name in FIELDS)


def test_many_weights_no_rescale_can_keep_are_one_problem_naming_a_few_places(tmp_path):
    """Trade values from 0.01 to millions: every weight past a million times the smallest
    was a problem of its own (thousands, in a real file), burying what to do; they are one
    problem, said for the largest, its first places named and the rest counted."""
    rows = ["From,To,Weight", "A,B,0.01"] + [f"N{i},M{i},{(i + 1) * 1e5:g}" for i in range(12)]
    rows += [f"P{i},Q{i},{i + 2}" for i in range(5)]        # within the spread, above 1
    path = tmp_path / "trade.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with pytest.raises(LoadError) as refused:
        import_model(path)
    [problem] = refused.value.problems
    assert problem.message.startswith(
        "12 weights cannot be read as they are; the largest: 1.2e+06 is more than 1,000,000 "
        "times the smallest weight (0.01)")
    assert problem.message.endswith(
        "They are at row 3, column Weight (100000), row 4, column Weight (200000), row 5, "
        "column Weight (300000) and 9 more like it")
