"""Matrices a spreadsheet writes that read two ways, or hold more than nodes: numbered
labels beside a blank corner (labels, or a block of weights?), a Total row or column
(a sum, not a node). Each is refused at its cell rather than read as another map; the
same matrix written plainly imports as before."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from windtunnel.errors import LoadError
from windtunnel.io import import_model

#: A weight as a matrix cell holds it: none, or one tenth between -1 and 1.
_weights = st.integers(-10, 10).map(lambda tenths: tenths / 10)


@st.composite
def matrices(draw, least: int = 2, weights=_weights):
    """A square matrix of weights, its diagonal zero, with a non-zero weight off it."""
    size = draw(st.integers(least, 6))
    rows = [[0.0 if i == j else draw(weights) for j in range(size)] for i in range(size)]
    if all(w == 0 for row in rows for w in row):
        rows[0][1] = 0.5
    return rows


def _csv(tmp_path, name: str, corner: str, labels: list[str], rows) -> str:
    lines = [",".join([corner, *labels])]
    lines += [",".join([label, *(f"{w:g}" for w in row)]) for label, row in zip(labels, rows)]
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def _edges(model) -> dict[tuple[str, str], float]:
    label = {n.id: n.label for n in model.nodes}
    return {(label[e.source], label[e.target]): e.weight for e in model.edges}


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(matrices())
def test_numbered_labels_beside_a_blank_corner_are_refused_not_read_as_weights(tmp_path, rows):
    """R writes a matrix with numbered labels so: read as weights it would be a map of one
    node more, every label a weight."""
    numbers = [str(i + 1) for i in range(len(rows))]
    with pytest.raises(LoadError) as refused:
        import_model(_csv(tmp_path, "numbered.csv", "", numbers, rows))
    assert "row 1, column A" in str(refused.value)
    assert "corner cell" in str(refused.value)
    named = import_model(_csv(tmp_path, "named.csv", "Map", numbers, rows)).model
    lettered = import_model(_csv(tmp_path, "lettered.csv", "Map",
                                 [chr(65 + i) for i in range(len(rows))], rows)).model
    assert len(named.nodes) == len(rows)
    assert {(int(a) - 1, int(b) - 1): w for (a, b), w in _edges(named).items()} == {
        (ord(a) - 65, ord(b) - 65): w for (a, b), w in _edges(lettered).items()}


def test_a_block_of_weights_with_a_zero_corner_still_reads_without_labels(tmp_path):
    path = tmp_path / "block.csv"
    path.write_text("0,0.5,0.3\n0.5,0,0.2\n0.3,0.2,0\n", encoding="utf-8")
    assert [n.label for n in import_model(path).model.nodes] == ["C1", "C2", "C3"]


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(matrices(least=3, weights=_weights.filter(bool)))
def test_a_total_row_and_column_are_refused_at_their_cells(tmp_path, rows):
    """A spreadsheet's Total row and column read as a node would influence, and be
    influenced by, every other node; the matrix without them (any matrix of weights on
    the way) imports."""
    labels = [f"N{i}" for i in range(len(rows))]
    plain = import_model(_csv(tmp_path, "plain.csv", "", labels, rows)).model
    assert len(plain.nodes) == len(rows)
    sums = [sum(column) for column in zip(*rows)]
    if min(sum(s != 0 for s in sums), sum(sum(row) != 0 for row in rows)) < 2:
        return                                 # sums cancelling to 0 leave no total to tell
    totalled = [row + [sum(row)] for row in rows] + [sums + [0.0]]
    header = labels + ["Total"]
    path = tmp_path / "totals.csv"
    lines = [",".join(["", *header])]
    lines += [",".join([label, *(f"{w:.10g}" for w in row)])
              for label, row in zip(labels + ["Total"], totalled)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(LoadError) as refused:
        import_model(path)
    assert f"row {len(rows) + 2}, column A: the row and the column 'Total' hold the sums" in str(refused.value)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(matrices(least=4))
def test_a_map_whose_weights_repeat_is_not_taken_for_one_with_totals(tmp_path, rows):
    """Small maps of few distinct weights, where one node's weights may equal others' by
    chance, import whole."""
    labels = [f"N{i}" for i in range(len(rows))]
    model = import_model(_csv(tmp_path, "map.csv", "", labels, rows)).model
    assert len(model.nodes) == len(rows)


def _totalled(rows, labels, label: str, corner) -> list[str]:
    """The lines of a CSV matrix with a row and a column of sums labelled ``label``, the
    cell where they meet holding ``corner``."""
    sums = [sum(column) for column in zip(*rows)]
    totalled = [row + [sum(row)] for row in rows] + [sums + [corner]]
    lines = [",".join(["", *labels, label])]
    lines += [",".join([name, *("" if w is None else f"{w:.10g}" for w in row)])
              for name, row in zip([*labels, label], totalled)]
    return lines


@pytest.mark.parametrize("label", ["Total", "Sum", "Totals", "合計"])
def test_the_totals_of_a_matrix_of_two_nodes_are_refused_when_the_corner_sums_them(
        tmp_path, label):
    """Beside two nodes a Total row and column hold copies of single weights: labelled as
    totals, with the grand total where they meet, they are refused, not read as a node
    wired to both."""
    rows = [[0.0, 0.5], [0.3, 0.0]]
    path = tmp_path / "totals.csv"
    path.write_text("\n".join(_totalled(rows, ["A", "B"], label, 0.8)) + "\n",
                    encoding="utf-8")
    with pytest.raises(LoadError) as refused:
        import_model(path)
    assert f"row 4, column A: the row and the column {label!r} hold the sums" in str(
        refused.value)


def test_the_totals_of_two_nodes_without_a_grand_total_are_read_with_a_note(tmp_path):
    """Without the grand total the sums beside two nodes could be a node's weights (a map
    repeating one weight): read as a node, and the note says they may be totals."""
    path = tmp_path / "totals.csv"
    path.write_text("\n".join(_totalled([[0.0, 0.5], [0.3, 0.0]], ["A", "B"], "Total",
                                        None)) + "\n", encoding="utf-8")
    imported = import_model(path)
    assert len(imported.model.nodes) == 3
    assert any("row 4, column A" in p.location and "if they are totals, remove them"
               in p.message for p in imported.notes)


def test_totals_rounded_to_two_decimals_are_refused_when_labelled_total(tmp_path):
    """A CSV export rounds: thirds written as 0.33 add up to 0.66, their total to 0.67."""
    path = tmp_path / "rounded.csv"
    path.write_text(",A,B,C,Total\nA,0,0.33,0.33,0.67\nB,0.33,0,0.33,0.67\n"
                    "C,0.33,0.33,0,0.67\nTotal,0.67,0.67,0.67,2\n", encoding="utf-8")
    with pytest.raises(LoadError) as refused:
        import_model(path)
    assert "row 5, column A: the row and the column 'Total' hold the sums" in str(
        refused.value)


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(matrices(least=2, weights=st.sampled_from([0.0, 0.5, -0.5, 1.0, -1.0])),
       st.sampled_from(["Total", "Sum", "Totals", "合计", "N"]))
def test_small_maps_with_a_node_called_total_are_not_refused(tmp_path, rows, name):
    """Random small maps of few weights, one node called Total (or Sum, ...), as any tool
    writes them (a zero diagonal): every node is read, none refused as totals."""
    labels = [f"N{i}" for i in range(len(rows) - 1)] + [name if name != "N" else "Nx"]
    imported = import_model(_csv(tmp_path, "map.csv", "", labels, rows))
    assert len(imported.model.nodes) == len(rows)
