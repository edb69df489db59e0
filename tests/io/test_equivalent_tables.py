"""Tables that say the same thing import to the same model with the same notes: weights
with decimal commas (and semicolons between cells, as European spreadsheets save CSV)
or decimal points, rows in any order, blank columns anywhere."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from windtunnel.errors import LoadError
from windtunnel.io import import_model

_names = st.sampled_from(["Tax", "Smuggling", "Health", "Jobs", "Price", "Trust", "Café",
                          "税收", "走私"])
_weights = st.integers(-100, 100).filter(bool).map(lambda hundredths: hundredths / 100)
_edges = st.dictionaries(st.tuples(_names, _names).filter(lambda e: e[0] != e[1]), _weights,
                         min_size=1, max_size=12)


def _write(tmp_path, name: str, header: list[str], rows: list[list[str]], separator: str):
    path = tmp_path / name
    path.write_text("\n".join(separator.join(cells) for cells in [header, *rows]) + "\n",
                    encoding="utf-8")
    return path


def _model(path):
    imported = import_model(path)
    label = {n.id: n.label for n in imported.model.nodes}
    notes = sorted(n.message for n in imported.notes)
    return (sorted((n.id, n.label) for n in imported.model.nodes),
            sorted((label[e.source], label[e.target], e.weight) for e in imported.model.edges),
            notes)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_edges, st.randoms(use_true_random=False), st.integers(0, 3), st.integers(0, 3))
def test_equivalent_edge_tables_import_alike(tmp_path, edges, shuffle, blank_at, blanks):
    rows = [[a, b, f"{w:g}"] for (a, b), w in edges.items()]
    nodes, links, notes = _model(_write(tmp_path, "points.csv", ["From", "To", "Weight"],
                                        rows, ","))
    commas = [[a, b, w.replace(".", ",")] for a, b, w in rows]
    assert _model(_write(tmp_path, "commas.csv", ["From", "To", "Weight"], commas, ";"))[1] \
        == links
    shuffled = rows[:]
    shuffle.shuffle(shuffled)
    again = _model(_write(tmp_path, "shuffled.csv", ["From", "To", "Weight"], shuffled, ","))
    # every id is made from its label alone, Chinese ones too: the same in any row order
    assert again[:2] == (nodes, links)
    spread = [cells[:blank_at] + [""] * blanks + cells[blank_at:] for cells in
              [["From", "To", "Weight"], *rows]]
    assert _model(_write(tmp_path, "blanks.csv", spread[0], spread[1:], ",")) == (
        nodes, links, notes)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_edges.filter(lambda e: len(e) >= 2), st.integers(1, 999), st.data())
def test_a_point_that_may_group_thousands_among_decimal_commas_is_refused_at_its_cell(
        tmp_path, edges, thousands, data):
    """``1.000`` beside ``0,5``: where commas mark decimals, points group thousands."""
    rows = [[a, b, f"{w:g}".replace(".", ",")] for (a, b), w in edges.items()]
    at = data.draw(st.integers(0, len(rows) - 1))
    rows[at][2] = f"{thousands}.000"
    if not any("," in w for _a, _b, w in rows):
        return                                 # weights of -1 and 1 alone: no decimal comma
    path = _write(tmp_path, "mixed.csv", ["From", "To", "Weight"], rows, ";")
    try:
        import_model(path)
    except LoadError as refused:
        assert f"row {at + 2}, column Weight: '{thousands}.000' could be {thousands}000" in str(
            refused)
    else:
        raise AssertionError("imported")
    # the same cell among weights with decimal points is the number it plainly is
    points = [[a, b, w.replace(",", ".")] for a, b, w in rows]
    points[at][2] = "1.000"
    imported = import_model(_write(tmp_path, "points.csv", ["From", "To", "Weight"], points, ","))
    assert max(abs(e.weight) for e in imported.model.edges) == 1
