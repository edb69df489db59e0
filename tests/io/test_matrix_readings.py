"""Matrices a spreadsheet writes that read two ways, or hold more than nodes: numbered
labels beside a blank corner (labels, or a block of weights?), a Total row or column (a
sum, not a node, when its label says so: left out when it holds the sums, refused at its
first other cell), labels across the top only, sheets of bounds, a blank row below labels
across the top. Each is read as the map the file holds or refused at its cell, never read
as another map; the same matrix written plainly imports as before. Labels Excel turned
into dates: test_matrix_date_labels.py."""

from __future__ import annotations

import math

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from windtunnel.errors import LoadError
from windtunnel.io import import_model

from io_helpers import weights_by_label


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
    assert {(int(a) - 1, int(b) - 1): w for (a, b), w in weights_by_label(named).items()} == {
        (ord(a) - 65, ord(b) - 65): w for (a, b), w in weights_by_label(lettered).items()}


def test_a_block_of_weights_with_a_zero_corner_still_reads_without_labels(tmp_path):
    path = tmp_path / "block.csv"
    path.write_text("0,0.5,0.3\n0.5,0,0.2\n0.3,0.2,0\n", encoding="utf-8")
    assert [n.label for n in import_model(path).model.nodes] == ["C1", "C2", "C3"]


def _totalled(rows, labels, row_label: str | None, column_label: str | None,
              corner="") -> list[str]:
    """The lines of a CSV matrix with a row of column sums labelled ``row_label`` and a
    column of row sums labelled ``column_label`` (None: not there), the cell where they
    meet holding ``corner``."""
    header = ["", *labels] + ([column_label] if column_label else [])
    lines = [",".join(header)]
    for label, row in zip(labels, rows):
        lines.append(",".join([label, *(f"{w:.10g}" for w in row)]
                              + ([f"{sum(row):.10g}"] if column_label else [])))
    if row_label:
        sums = [f"{sum(column):.10g}" for column in zip(*rows)]
        lines.append(",".join([row_label, *sums] + ([str(corner)] if column_label else [])))
    return lines


def _import_lines(tmp_path, lines: list[str], name: str = "totals.csv"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return import_model(path)


def test_a_hub_linked_both_ways_to_a_cycle_of_three_is_a_node(tmp_path):
    """Every weight 1: the hub's row and column hold the sums of the others, yet it is a
    node, since nothing labels it a total (it was refused as totals, with no way round)."""
    imported = _import_lines(tmp_path, [",Hub,A,B,C", "Hub,0,1,1,1", "A,1,0,1,0", "B,1,0,0,1",
                                        "C,1,1,0,0"], "hub.csv")
    assert [n.label for n in imported.model.nodes] == ["Hub", "A", "B", "C"]
    assert len(imported.model.edges) == 9
    assert not any("total" in str(note) for note in imported.notes)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(matrices(least=2))
def test_a_row_and_column_of_sums_without_a_total_label_are_a_node(tmp_path, rows):
    """Whatever the map, a node whose weights are the sums of the others' is read as the
    node it is labelled as (weights divided by the size, that the sums be weights too)."""
    labels = [f"N{i}" for i in range(len(rows))]
    rows = [[w / len(rows) for w in row] for row in rows]
    imported = _import_lines(tmp_path, _totalled(rows, labels, "Hub", "Hub", 0))
    assert len(imported.model.nodes) == len(rows) + 1


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(matrices(least=2), st.sampled_from(["Total", "Sum", "Totals", "合计", "合計", "總計",
                                           "Gesamt", "Σ", "grand total"]),
       st.sampled_from(["both", "row", "column"]), st.sampled_from(["", "0", "grand"]))
def test_labelled_totals_that_hold_the_sums_are_left_out_with_one_note(
        tmp_path, rows, label, which, corner):
    """One rule, whatever the size and the grand total: a row or column labelled as a
    total that holds the sums is left out, the map read whole, and one note names it."""
    labels = [f"N{i}" for i in range(len(rows))]
    grand = f"{sum(map(sum, rows)):.10g}" if corner == "grand" else corner
    imported = _import_lines(tmp_path, _totalled(
        rows, labels, label if which != "column" else None,
        label if which != "row" else None, grand))
    assert [n.label for n in imported.model.nodes] == labels
    assert weights_by_label(imported.model) == pytest.approx({
        (labels[i], labels[j]): w for i, row in enumerate(rows) for j, w in enumerate(row) if w})
    noted = [str(note) for note in imported.notes if "left out as totals" in str(note)]
    row_place = f"row {len(rows) + 2} ({label})"
    column = f"column {chr(66 + len(rows))} ({label})"
    places = [place for place, there in ((row_place, which != "column"),
                                          (column, which != "row")) if there]
    assert noted == ["left out as totals, not read as nodes, each labelled so and holding the "
                     f"sums of the nodes' weights: {', '.join(places)}"]


def test_totals_rounded_to_two_decimals_are_left_out(tmp_path):
    """A CSV export rounds: thirds written as 0.33 add up to 0.66, their total to 0.67."""
    imported = _import_lines(tmp_path, [",A,B,C,Total", "A,0,0.33,0.33,0.67",
                                        "B,0.33,0,0.33,0.67", "C,0.33,0.33,0,0.67",
                                        "Total,0.67,0.67,0.67,2"])
    assert [n.label for n in imported.model.nodes] == ["A", "B", "C"]


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(matrices(least=3, weights=st.sampled_from([0.0, 0.5, -0.5, 1.0, -1.0])),
       st.sampled_from(["Total", "Sum", "Totals", "合计", "Σ"]))
def test_a_node_labelled_as_a_total_is_left_out_only_when_it_holds_the_sums(
        tmp_path, rows, name):
    """Random small maps of few weights, the last node labelled as a total: left out when
    its row and column are the sums of the others', else refused at a cell of it, never
    read as a node (nor as totals it does not hold)."""
    labels = [f"N{i}" for i in range(len(rows) - 1)] + [name]
    others = range(len(rows) - 1)
    sums = all(math.isclose(rows[-1][j], sum(rows[i][j] for i in others), abs_tol=1e-9) and
               math.isclose(rows[j][-1], sum(rows[j][i] for i in others), abs_tol=1e-9)
               for j in others)
    try:
        imported = import_model(_csv(tmp_path, "map.csv", "", labels, rows))
    except LoadError as refused:
        assert not sums
        assert f"{name!r} is labelled as a total, but holds" in str(refused)
        return
    assert sums and [n.label for n in imported.model.nodes] == labels[:-1]


@pytest.mark.parametrize("header, side", [(";A;B;C;Total", True), ("A;B;C;Total", False)])
def test_a_total_past_1_with_a_decimal_comma_is_the_sum_it_holds(tmp_path, header, side):
    """German Excel writes 1.083 as 1,083, which could be 1083: a weight so written is
    refused as ambiguous, but a total is the sum it should hold, whichever reading that is
    (it refused the matrix, or its labels across the top were taken for no matrix)."""
    rows = ["0;0;0;0", "0;0;0;0", "0,75;0,333;0;1,083"]
    labels = ["A;", "B;", "C;"] if side else ["", "", ""]
    imported = _import_lines(tmp_path, [header, *(label + row for label, row in
                                                  zip(labels, rows))], "komma.csv")
    assert weights_by_label(imported.model) == {("C", "A"): 0.75, ("C", "B"): 0.333}
    assert any("left out as totals" in str(note) for note in imported.notes)
    path = tmp_path / "diagonal.csv"            # read two ways on the diagonal: no traceback
    path.write_text('A,B\n"1,083",0.5\n0.2,0\n', encoding="utf-8")
    with pytest.raises(LoadError, match="row 2, column A: .* this cell on the diagonal"):
        import_model(path)


@pytest.mark.parametrize("lines, where", [
    ([",A,B,C,Total", "A,0,0.5,0.5,1", "B,0.5,0,0.5,1", "C,0.5,0.5,0,0.9",
      "Total,1,1,1,"], "row 4, column E (Total): the column 'Total' is labelled as a total, "
                       "but holds 0.9 where the node's weights in this row add up to 1"),
    ([",A,B,C", "A,0,-0.5,0.5", "B,0.5,0,0.5", "C,0.5,0.5,0", "Sum,1,1,1"],
     "row 5, column C (B): the row 'Sum' is labelled as a total, but holds 1 where the "
     "nodes' weights in this column add up to 0"),
    ([",A,B,Total", "A,0,-0.5,0.5", "B,0.5,0,0.5", "Total,0.5,0.5,3"],
     "row 4, column D (Total): the total row and the total column meet here, and 3 is "
     "neither blank, 0 nor the sum of every weight (0)"),
], ids=["column", "row", "grand total"])
def test_a_labelled_total_whose_cell_is_not_the_sum_is_refused_at_that_cell(
        tmp_path, lines, where):
    """A total of absolute values, or a stale one: the label says total, the cell another
    number; read as a node it would change every result, so it is refused there."""
    with pytest.raises(LoadError) as refused:
        _import_lines(tmp_path, lines)
    assert where in str(refused.value)


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
        assert weights_by_label(imported.model) == pytest.approx(want)
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


@pytest.mark.parametrize("text, differ", [
    (",Tax,Trade\nTaxes,0,0.5\nTrade,0.3,0\n", "rows only: Taxes; columns only: Tax"),
    (",A,B\nA,0,0.5\nC,0.3,0\nTotal,0.3,0.5\n", "rows only: C; columns only: B"),  # no node
])
def test_a_matrix_whose_side_labels_are_not_those_across_the_top_says_so(tmp_path, text,
                                                                          differ):
    """Labels across the top, others down the side, numbers between: the refusal names the
    labels that differ (a Total row's is none), not a missing ID column; a node table of
    the same shape (its headers a Nodes sheet's) still imports."""
    path = tmp_path / "mislabelled.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LoadError) as refused:
        import_model(path)
    assert str(refused.value) == ("mislabelled.csv: is not a square matrix: 2 columns and 2 "
                                  f"rows; the row and column labels differ ({differ})")
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


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_blank_row_below_labels_across_the_top_is_its_nodes_row(tmp_path, suffix):
    """R-style labels across the top only, a node's row left blank (it influences none):
    the rows' numbers say whose it is (it was refused as a table with neither an ID nor a
    Label column)."""
    rows = [["A", "B", "C"], [0, 0.5, 0.1], None, [0.4, 0.7, 0]]
    path = tmp_path / f"blank{suffix}"
    if suffix == ".csv":
        path.write_text("\n".join(",".join(map(str, row or [])) for row in rows) + "\n",
                        encoding="utf-8")
    else:
        book = openpyxl.Workbook()
        for number, row in enumerate(rows, start=1):
            for column, value in enumerate(row or [], start=1):
                book.active.cell(number, column, value)
        book.save(path)
    imported = import_model(path)
    assert [n.label for n in imported.model.nodes] == ["A", "B", "C"]
    assert weights_by_label(imported.model) == {("A", "B"): 0.5, ("A", "C"): 0.1, ("C", "A"): 0.4,
                                      ("C", "B"): 0.7}
    assert any(str(note).endswith("row 3: the row is blank: read as the row of 'B', whose "
                                  "place it is below the labels across the top (a node that "
                                  "influences none)") for note in imported.notes)


@pytest.mark.parametrize("text, refusal", [
    # labels down the side too: the blank row has no label, so the node's row is missing
    (",A,B,C\nA,0,0.5,0.1\n\nC,0.4,0.7,0\n",
     "row 1: column C (B) holds numbers, but no row is labelled 'B', and row 3 is blank: "
     "write that row there, its label in column A (and zeros where it influences nothing), "
     "or remove the column"),
    # labels across the top only: a blank row, and a row short all the same
    ("A,B,C,D\n0,0.5,0.1,0\n\n0.4,0.7,0,0\n",
     "row 1: labels across the top name 4 nodes, but below them are 2 rows of numbers and a "
     "blank row at row 3, 1 short: without labels down the side, each node's row is in the "
     "order of the labels (a blank row for a node that influences none); write the missing "
     "rows, or the labels down column A too"),
], ids=["labelled", "across the top only"])
def test_a_blank_row_where_a_row_is_missing_is_named_in_the_refusal(tmp_path, text, refusal):
    path = tmp_path / "gap.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LoadError) as refused:
        import_model(path)
    assert str(refused.value) == f"gap.csv: {refusal}"


def test_an_edge_list_not_named_edges_is_told_from_a_matrix_by_its_first_rows(monkeypatch):
    """An edge list in a file of any name (not ``edges.csv``) is looked at as a possible
    matrix first: its rows, far more than its columns, are read only until there are too
    many for a matrix of its columns, so that thousands of edges are not read for it."""
    from windtunnel.io import matrix_shape
    from windtunnel.io.tables import Table

    rows = [[f"Node {k}", f"Node {k + 1}", 0.5] for k in range(2_000)]
    table = Table("policy map", ["From", "To", "Weight"], rows=rows,
                  numbers=list(range(2, 2_002)))
    read = []
    text = matrix_shape.v.text
    monkeypatch.setattr(matrix_shape.v, "text", lambda value: read.append(value) or text(value))
    assert not matrix_shape.looks_like_matrix(table)
    assert len(read) < 20
