"""Matrices a spreadsheet writes that read two ways, or hold more than nodes: numbered
labels beside a blank corner (labels, or a block of weights?), a Total row or column
(a sum, not a node). Each is refused at its cell rather than read as another map; the
same matrix written plainly imports as before."""

from __future__ import annotations

import math

import openpyxl
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


@pytest.mark.parametrize("label", ["Total", "Sum", "合計"])
def test_the_totals_of_two_nodes_without_a_grand_total_are_left_out_with_a_note(
        tmp_path, label):
    """Without the grand total, a row and a column labelled as totals that hold the sums
    beside two nodes are left out as totals, as a spreadsheet's Total row and column are;
    the note says so, and how to keep a node of that label."""
    path = tmp_path / "totals.csv"
    path.write_text("\n".join(_totalled([[0.0, 0.5], [0.3, 0.0]], ["A", "B"], label,
                                        None)) + "\n", encoding="utf-8")
    imported = import_model(path)
    assert [n.label for n in imported.model.nodes] == ["A", "B"]
    assert sorted((e.source, e.target, e.weight) for e in imported.model.edges) == [
        ("a", "b", 0.5), ("b", "a", 0.3)]
    assert [str(p) for p in imported.notes if "totals" in p.message] == [
        f"row 4, column A: the row and the column {label!r} hold the sums of the other rows "
        "and columns, as a Total row and column beside two nodes do: they were left out as "
        f"totals, not read as a node; if {label!r} is a node, give it another label"]


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
    left_out = [p for p in imported.notes if "were left out as totals" in p.message]
    if left_out:                     # beside two nodes, a Total that holds their sums
        assert len(rows) == 3 and name != "N"
        assert all(math.isclose(rows[2][j], rows[1 - j][j]) and
                   math.isclose(rows[j][2], rows[j][1 - j]) for j in (0, 1))
    assert len(imported.model.nodes) == len(rows) - len(left_out)


# -- R's data frames: labels across the top only, and fcmconfr's fuzzy sheets ---------------

def _headed_sheets(path, sheets: dict[str, tuple[list[str], list[list[float]]]]) -> str:
    """A workbook as R's writexl writes data frames: each sheet's labels across the top, a
    row of numbers per node below them, no row names (fcmconfr's adjacency matrices)."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, (labels, rows) in sheets.items():
        sheet = book.create_sheet(name)
        sheet.append(labels)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return str(path)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(matrices())
def test_a_matrix_with_labels_across_the_top_only_reads_its_rows_in_their_order(tmp_path, rows):
    """Row i of the numbers is the influences of the node labelling column i, in a CSV and
    in a workbook alike, and the note says how the rows were read."""
    labels = [f"Concept.{chr(65 + i)}" for i in range(len(rows))]
    path = tmp_path / "headed.csv"
    path.write_text("\n".join([",".join(labels), *(",".join(f"{w:g}" for w in row)
                                                   for row in rows)]) + "\n", encoding="utf-8")
    want = {(labels[i], labels[j]): w for i, row in enumerate(rows)
            for j, w in enumerate(row) if w}
    for source in (path, _headed_sheets(tmp_path / "headed.xlsx", {"Sheet1": (labels, rows)})):
        imported = import_model(source)
        assert [n.label for n in imported.model.nodes] == labels
        assert _edges(imported.model) == pytest.approx(want)
        assert any("labels across the top only" in str(n) for n in imported.notes)


def test_an_edge_list_of_numbered_nodes_is_not_read_as_a_matrix_with_labels_on_top(tmp_path):
    """Its headers are an edge table's: three rows of three numbers under them stay three
    edges."""
    path = tmp_path / "numbers.csv"
    path.write_text("Source,Target,Weight\n1,2,0.5\n2,3,0.5\n3,1,0.25\n", encoding="utf-8")
    imported = import_model(path)
    assert imported.format == "tables"
    assert [e.weight for e in imported.model.edges] == [0.5, 0.5, 0.25]


def test_labels_on_top_of_numbers_whose_diagonal_is_not_zero_are_refused_as_two_readings(
        tmp_path):
    """A simulation's states over as many steps as concepts look like a matrix without row
    labels whose nodes influence themselves: the file cannot say which, so the refusal
    names the first such cell and how to make the table a matrix."""
    path = tmp_path / "states.csv"
    path.write_text("A,B,C\n0,0.5,0.1\n0.3,0,0.2\n0.4,0.7,0.3\n", encoding="utf-8")
    with pytest.raises(LoadError) as refused:
        import_model(path)
    assert str(refused.value).startswith(
        "states.csv: row 4, column C: labels across the top and a row of numbers for each, "
        "but this cell on the diagonal is not 0")
    assert "write the labels down column A too" in str(refused.value)


@pytest.mark.parametrize("names", [("lower", "upper"), ("lower", "mode", "upper")])
def test_fcmconfr_sheets_of_bounds_are_one_maps_fuzzy_weights_not_participants(tmp_path, names):
    """fcmconfr's workbook of interval (lower, upper) or triangular (lower, mode, upper)
    weights is one map: each weight is the mode or the midpoint, its range lower to upper;
    averaging the sheets as participants' maps would make a bound a person's opinion."""
    labels = ["Salt", "Health", "Awareness"]
    sheets = {"lower": [[0, -1.0, 0], [0, 0, 0], [0.1, 0, 0]],
              "mode": [[0, -0.75, 0], [0, 0, 0], [0.3, 0, 0]],
              "upper": [[0, -0.35, 0], [0, 0, 0.2], [0.5, 0, 0]]}
    path = _headed_sheets(tmp_path / "fuzzy.xlsx", {n: (labels, sheets[n]) for n in names})
    imported = import_model(path)
    model = imported.model
    assert model.participants == ()
    salt = model.edge("salt", "health")
    middle = -0.75 if "mode" in names else (-1.0 - 0.35) / 2
    assert (salt.low, salt.weight, salt.high) == (-1.0, pytest.approx(middle), -0.35)
    aware = model.edge("awareness", "salt")
    assert (aware.low, aware.high) == (0.1, 0.5)
    if "mode" not in names:           # an interval from 0 to 0.2 is an edge of weight 0.1
        assert model.edge("health", "awareness").weight == pytest.approx(0.1)
    assert any("hold the lower and upper bounds" in str(n) for n in imported.notes)


def test_fuzzy_sheets_whose_bounds_cross_are_refused_at_the_upper_sheets_cell(tmp_path):
    labels = ["Salt", "Health"]
    path = _headed_sheets(tmp_path / "crossed.xlsx", {
        "lower": (labels, [[0, 0.5], [0, 0]]), "upper": (labels, [[0, 0.2], [0, 0]])})
    with pytest.raises(LoadError) as refused:
        import_model(path)
    assert "sheet upper, row 2, column B (Health): '(0.5, 0.35, 0.2)': the bounds of a fuzzy weight must be in order" in str(refused.value)


def test_a_matrix_whose_side_labels_are_not_those_across_the_top_says_so(tmp_path):
    """Labels across the top, others down the side, numbers between: the refusal names the
    labels that differ, not a missing ID column; a node table of the same shape (its
    headers a Nodes sheet's) still imports."""
    path = tmp_path / "mislabelled.csv"
    path.write_text(",Tax,Trade\nTaxes,0,0.5\nTrade,0.3,0\n", encoding="utf-8")
    with pytest.raises(LoadError) as refused:
        import_model(path)
    assert str(refused.value) == ("mislabelled.csv: is not a square matrix: 2 columns and 2 "
                                  "rows; the row and column labels differ (rows only: Taxes; "
                                  "columns only: Tax)")
    path.write_text("Label,Initial\nTax,0.5\n", encoding="utf-8")
    assert [n.initial for n in import_model(path).model.nodes] == [0.5]


def test_a_matrix_with_a_row_whose_column_is_missing_says_so(tmp_path):
    """A row more than there are columns (a node's column left out) was refused as a
    table "with neither an ID nor a Label column"; it is the matrix it is, its labels
    compared."""
    path = tmp_path / "short.csv"
    path.write_text(",a,b\na,0,0.5\nb,0.1,0\nc,0.2,0\n", encoding="utf-8")
    with pytest.raises(LoadError) as refused:
        import_model(path)
    assert str(refused.value) == ("short.csv: is not a square matrix: 2 columns and 3 rows; "
                                  "the row and column labels differ (rows only: c; columns "
                                  "only: none)")


def test_an_empty_column_beside_a_matrix_is_said_not_kept_not_made_tags(tmp_path):
    """A labelled column with no cell filled tags no node: the note said it "became tags
    of the nodes marked true"."""
    path = tmp_path / "wide.csv"
    path.write_text(",a,b,c\na,0,0.5\nb,0.1,0\n", encoding="utf-8")
    imported = import_model(path)
    assert [n.label for n in imported.model.nodes] == ["a", "b"]
    notes = [str(n) for n in imported.notes]
    assert any("column 'c' (not a node) was not kept" in n for n in notes)
    assert not any("tags" in n for n in notes)


def test_labelled_lower_and_upper_sheets_are_bounds_not_two_participants(tmp_path):
    """The same sheets written with labels down the side too were read as two participants
    called lower and upper, their mean the weight and no range kept."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, weight in (("lower", 0.2), ("upper", 0.6)):
        sheet = book.create_sheet(name)
        for row in (["", "A", "B"], ["A", 0, weight], ["B", 0, 0]):
            sheet.append(row)
    book.save(tmp_path / "bounds.xlsx")
    model = import_model(tmp_path / "bounds.xlsx").model
    assert model.participants == ()
    edge = model.edge("a", "b")
    assert (edge.low, edge.weight, edge.high) == (0.2, pytest.approx(0.4), 0.6)
