"""The column-at-once reader against the cell-by-cell one: the same values, the same model,
the same problems and notes, in the same order, whatever the cells hold."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from windtunnel.errors import LoadError
from windtunnel.io import columns as columns_module
from windtunnel.io import edges_sheet
from windtunnel.io.cells import ErrorCell, FormulaCell
from windtunnel.io.importing import ImportOptions
from windtunnel.io.rows import Reader, _parse, columns_of
from windtunnel.io.sheets import SHEETS
from windtunnel.io.tables import Table
from windtunnel.io.tabular import tables_to_model
from windtunnel.model import document

from conftest import examples

#: Texts that each take a different turn in the parsers: formula-like, labels, fuzzy and
#: dynamic weights, percentages, decimal commas, spaces, non-ASCII digits, overflowing
#: exponents, Python-only spellings of numbers, words for booleans and signs.
TRICKY = ["", " ", "0.5", "-0.25", "+.5", "1e-3", "1e999", "-1e400", "1E4", "2", "-3", " 7 ",
          "0,5", "50%", "\u22120.3", "1_0", "nan", "inf", "Infinity", "\u0661\u0662", "H+",
          "m-", "+++", "--", "+", "-", "(0.1, 0.3, 0.6)", "[0.2; 0.4]", "(0.6, 0.3, 0.1)",
          "<[1.0, 2.0]>", "=1+2", "@SUM(A1)", "'=quoted", "yes", "No", "x", "true", "FALSE",
          "positive", "neg", "reduces", "low", " High ", "a, b; c|d", '["x;y", "z"]',
          "n1", "Node 7", "node 7", " spaced ", "Ünïcode", "\u6a5f\u5668", "\ud83d",
          "1" * 40, "9" * 400, "0.1.2", "1e5"]
CELLS = st.one_of(
    st.none(), st.sampled_from(TRICKY), st.text(max_size=12),
    st.integers(min_value=-2**70, max_value=2**70), st.sampled_from([2**53, -2**53, 10**400]),
    st.floats(allow_nan=True, allow_infinity=True), st.booleans(),
    st.just(datetime(2024, 5, 1)), st.just(datetime(2024, 5, 1, 12, 30)),
    st.sampled_from([FormulaCell("=A1*2"), FormulaCell("=TRUE()"), ErrorCell("#REF!"),
                     ErrorCell("#DIV/0!")]))
KINDS = sorted({column.parse for columns in SHEETS.values() for column in columns})


def _same(a, b) -> bool:
    """Equal and of the same type, element by element (1 == 1.0 == True are told apart)."""
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return type(a) is type(b) and (a == b or (a != a and b != b))


#: Columns the whole-column pass takes at once: plain decimals, decimals with a comma
#: (``1,000`` among them, which is refused) and whole numbers as text, with now and then a
#: cell that is not (a line end inside, a space, an overflow).
PLAIN = st.one_of(st.from_regex(r"[-+]?(\d{1,5}(\.\d{0,3})?|\.\d{1,3})([eE][-+]?\d{1,4})?",
                                fullmatch=True),
                  st.from_regex(r"[-+]?(\d{1,5}(,\d{0,3})?|,\d{1,3})([eE][-+]?\d{1,4})?",
                                fullmatch=True),
                  st.from_regex(r"[-+]?\d{1,25}", fullmatch=True),
                  st.sampled_from(["0.5\n0.25", "1\n2", "1e999", " 3", "", "1,5"]))


#: Columns of numbers, as a workbook's are: whole numbers and floats, a few past what a
#: double holds exactly, infinite or not numbers.
NUMBERS = st.one_of(st.integers(min_value=-2**60, max_value=2**60),
                    st.integers(min_value=-3, max_value=3), st.sampled_from([2**53, -2**53]),
                    st.floats(allow_nan=True, allow_infinity=True),
                    st.floats(min_value=-3, max_value=3).map(round))


@settings(max_examples=examples(800), deadline=None)
@given(kind=st.sampled_from(KINDS),
       cells=st.one_of(st.lists(CELLS, min_size=1, max_size=4),
                       st.lists(PLAIN, min_size=1, max_size=6),
                       st.lists(NUMBERS, min_size=1, max_size=6)))
# a whole number past a double's range beside a float: asked whether it was finite, it
# raised instead of being left to the parser
@example(kind="number", cells=[10**400, 0.0])
def test_a_fast_rule_gives_the_parser_s_value_or_leaves_the_cell(kind, cells):
    column = next(c for columns in SHEETS.values() for c in columns if c.parse == kind)
    values, at_once = columns_module._parsed(cells, kind)
    for cell, fast in zip(cells, values, strict=True):
        if fast is columns_module._SLOW:
            assert not at_once, "a column settled at once holds no cell left to the parser"
            continue
        table = Table("Edges", [column.header], rows=[[cell]], numbers=[2])
        reader = Reader()
        slow = _parse(table, 2, [cell], {column.field: 0}, column, reader)
        assert not reader.problems and not reader.notes
        assert _same(fast, slow), (kind, cell, fast, slow)


def _import(tables: dict[str, Table], slow: bool, monkeypatch):
    """The import's model and notes, or its problems; ``slow`` sends every row through the
    cell-by-cell reader (the reference the column-at-once reader must match)."""
    with monkeypatch.context() as patched:
        if slow:
            patched.setattr(columns_module, "_parsed",
                            lambda cells, kind: ([columns_module._SLOW] * len(cells), False))
            patched.setattr(edges_sheet, "edges_at_once", lambda *args: None)
            patched.setattr(document, "fitting_keys", lambda *args: None)
        try:
            imported = tables_to_model(tables, options=ImportOptions(out_of_range="rescale"))
        except LoadError as exc:
            return "refused", [(p.location, p.message) for p in exc.problems]
    return imported.model, [(n.location, n.message) for n in imported.notes]


HEADERS = {"Nodes": ["ID", "Label", "Kind", "Group", "Initial", "Lever", "X", "Tags",
                     "Sources", "Notes"],
           "Edges": ["From", "To", "Weight", "Type", "Delay", "Confidence", "Low", "High",
                     "Rationale", "Sources", "Extra"]}
NAMES = st.sampled_from(["n1", "n2", "n3", "Node 7", "node 7", "", " n2 ", "bad id!", None])


def _rows(sheet: str):
    width = len(HEADERS[sheet])
    plain = st.one_of(st.none(), st.sampled_from(["0.5", "-0.25", "0.9", "1", "low", "high",
                                                  "positive", "+", "medium", "s1"]))
    cell = st.one_of(plain, plain, CELLS)     # mostly clean rows, some hostile cells
    row = st.tuples(NAMES, NAMES).flatmap(
        lambda ends: st.lists(cell, min_size=width - 2, max_size=width - 2).map(
            lambda rest: [*ends, *rest]))
    return st.lists(row, min_size=0, max_size=8)


@settings(max_examples=examples(150), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(nodes=_rows("Nodes"), edges=_rows("Edges"), with_nodes=st.booleans(),
       with_type=st.booleans())
def test_an_import_reads_the_same_model_and_messages_as_cell_by_cell(
        nodes, edges, with_nodes, with_type, monkeypatch):
    """Cell by cell and row by row (the reference) against a column at a time; without a
    Type column, a table of clean rows is read wholly a column at a time."""
    kept = [k for k, header in enumerate(HEADERS["Edges"]) if with_type or header != "Type"]

    def tables():
        out = {"Edges": Table("Edges", [HEADERS["Edges"][k] for k in kept],
                              rows=[[r[k] for k in kept] for r in edges],
                              numbers=list(range(2, len(edges) + 2)), source="edges.csv")}
        if with_nodes:
            out["Nodes"] = Table("Nodes", list(HEADERS["Nodes"]), rows=[list(r) for r in nodes],
                                 numbers=list(range(3, len(nodes) + 3)))
        return out

    fast, slow = _import(tables(), False, monkeypatch), _import(tables(), True, monkeypatch)
    assert fast[1] == slow[1]
    assert fast[0] == slow[0]


#: Cells each Edges column may hold, mostly what the column expects (in range or not),
#: now and then anything at all.
NUMBER_TEXTS = st.sampled_from(["0.5", "-0.25", "1", "-1", "0", "1.5", "-3", "1e-3", "", None,
                                "0,5", "-0,25", "1,000", "1,5e-1"])
EDGE_CELLS = {
    "From": NAMES, "To": NAMES, "Weight": NUMBER_TEXTS,
    "Delay": st.sampled_from(["0", "1", "2", "", None, "-1", "20000", "1.0"]),
    "Confidence": st.sampled_from(["low", "medium", "high", " High ", "", None, "odd"]),
    "Low": NUMBER_TEXTS, "High": NUMBER_TEXTS,
    "Rationale": st.one_of(st.text(max_size=6), st.sampled_from(["caf\u00e9", "\ud83d"])),
    "Sources": st.sampled_from(["s1", "s1; s2", "", None, "bad id!"]),
}


@settings(max_examples=examples(150), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.data(), headers=st.lists(st.sampled_from(sorted(EDGE_CELLS)), unique=True).map(
    lambda chosen: ["From", "To", *[h for h in chosen if h not in ("From", "To")]]),
       count=st.integers(min_value=0, max_value=8), out_of_range=st.sampled_from(
           ["rescale", "refuse"]))
def test_an_edges_table_read_a_column_at_a_time_matches_row_by_row(
        data, headers, count, out_of_range, monkeypatch):
    cell = {h: st.one_of(EDGE_CELLS[h], EDGE_CELLS[h], EDGE_CELLS[h], CELLS) for h in headers}
    rows = [[data.draw(cell[h]) for h in headers] for _ in range(count)]

    def read(slow: bool):
        with monkeypatch.context() as patched:
            if slow:
                patched.setattr(edges_sheet, "edges_at_once", lambda *args: None)
                patched.setattr(document, "fitting_keys", lambda *args: None)
            table = Table("Edges", list(headers), rows=[list(r) for r in rows],
                          numbers=list(range(2, count + 2)), source="edges.csv")
            try:
                imported = tables_to_model({"Edges": table},
                                           options=ImportOptions(out_of_range=out_of_range))
            except LoadError as exc:
                return "refused", [(p.location, p.message) for p in exc.problems]
            return imported.model, [(n.location, n.message) for n in imported.notes]

    fast, slow = read(False), read(True)
    assert fast[1] == slow[1]
    assert fast[0] == slow[0]


def test_a_workbook_s_columns_of_numbers_are_read_at_once():
    """Weights and delays as a workbook holds them (floats, whole numbers) are settled a
    column at a time, as text columns are."""
    for kind, cells, expected in (("weight", (0.5, -1, 0.25), [0.5, -1.0, 0.25]),
                                  ("whole", (0, 2, 1.0), [0, 2, 1]),
                                  ("number", (3, 4), [3.0, 4.0])):
        values, at_once = columns_module._parsed(cells, kind)
        assert at_once and values == expected
        assert list(map(type, values)) == list(map(type, expected))
    assert not columns_module._parsed((0.5, float("nan")), "weight")[1]
    assert not columns_module._parsed((0, 2.5), "whole")[1]
    assert not columns_module._parsed((1, 2**53), "number")[1]


def test_a_clean_table_never_reads_a_row_cell_by_cell(monkeypatch):
    def refuse(*_args):
        raise AssertionError("a clean row went through the cell-by-cell reader")

    monkeypatch.setattr(columns_module, "row_values", refuse)
    monkeypatch.setattr(edges_sheet, "parsed_rows", refuse)      # nor row by row
    rows = [[f"Node {k}", f"Node {k + 1}", f"{(k % 19 - 9) / 10}", str(k % 3), "high",
             f"Because {k}"] for k in range(50)]
    tables = {"Edges": Table("Edges", ["From", "To", "Weight", "Delay", "Confidence",
                                       "Rationale"], rows=rows, numbers=list(range(2, 52)))}
    model = tables_to_model(tables).model
    assert len(model.edges) == 50 and model.edges[7].weight == pytest.approx(-0.2)


def test_decimal_commas_are_read_a_column_at_a_time(monkeypatch):
    """A European spreadsheet's weights (``0,5``) take the whole-column pass, as decimal
    points do: no row of them goes through the cell-by-cell reader."""
    def refuse(*_args):
        raise AssertionError("a clean row went through the cell-by-cell reader")

    monkeypatch.setattr(columns_module, "row_values", refuse)
    monkeypatch.setattr(edges_sheet, "parsed_rows", refuse)
    rows = [[f"Node {k}", f"Node {k + 1}", f"{(k % 19 - 9) / 10}".replace(".", ",")]
            for k in range(50)]
    tables = {"Edges": Table("Edges", ["From", "To", "Weight"], rows=rows,
                             numbers=list(range(2, 52)))}
    model = tables_to_model(tables).model
    assert model.edges[7].weight == pytest.approx(-0.2) and model.edges[9].weight == 0.0


def test_a_bad_cell_among_clean_ones_is_named_with_its_row_and_column():
    rows = [["a", "b", "0.5"], ["b", "c", FormulaCell("=A1")], ["c", "a", "lots"], ["a", "c", "0.1"]]
    tables = {"Edges": Table("Edges", ["From", "To", "Weight"], rows=rows,
                             numbers=[2, 3, 5, 6])}
    with pytest.raises(LoadError) as caught:
        tables_to_model(tables)
    assert [(p.location, p.message) for p in caught.value.problems] == [
        ("sheet Edges, row 3, column Weight", "is a formula (=A1); Windtunnel never "
         "evaluates formulas: replace it by its number (Paste Special > Values)"),
        ("sheet Edges, row 5, column Weight", "'lots' is not a number")]


def test_the_headers_above_reach_every_column_of_the_layout():
    table = Table("Edges", HEADERS["Edges"])
    assert set(columns_of(table, "Edges", Reader())) == {
        "source", "target", "weight", "sign", "delay", "confidence", "low", "high",
        "rationale", "sources"}


#: A weight as a spreadsheet writes it with decimal points; its decimal-comma twin has a
#: comma for each point.
POINT_WEIGHTS = st.one_of(
    st.from_regex(r"-?([0-9]{1,2}\.[0-9]{1,3}|\.[0-9]{1,2}|[0-9]{1,3})([eE]-?[0-9])?",
                  fullmatch=True),
    st.sampled_from(["", "H+", "1.000", "-12.500", "0.5%"]))


@settings(max_examples=examples(120), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(st.integers(0, 6), st.integers(0, 6), POINT_WEIGHTS),
                     min_size=1, max_size=12))
def test_a_decimal_comma_file_imports_as_its_decimal_point_twin(rows, tmp_path_factory):
    """A semicolon-separated CSV file with decimal commas (``0,5``, as European Excel
    writes it) gives the model, notes and problems its twin with decimal points gives;
    ``1,000``, which could be thousands, is refused where ``1.000`` is read."""
    from windtunnel.io import import_model

    def read(decimal: str):
        folder = tmp_path_factory.mktemp("twin")
        text = "From;To;Weight\n" + "".join(
            f"Node {a};Node {b};{weight.replace('.', decimal)}\n" for a, b, weight in rows)
        (folder / "edges.csv").write_text(text, encoding="utf-8")
        try:
            imported = import_model(folder / "edges.csv")
        except LoadError as exc:
            return "refused", [(p.location, p.message) for p in exc.problems]
        return imported.model, [(n.location, n.message) for n in imported.notes]

    import re

    points, commas = read("."), read(",")
    if any(re.fullmatch(r"-?[1-9][0-9]{0,2}\.[0-9]{3}", weight) for _a, _b, weight in rows):
        assert commas[0] == "refused"          # could be a thousand: asked to be rewritten
        return
    assert commas == points


@settings(max_examples=examples(200), deadline=None)
@given(rows=st.lists(st.lists(st.sampled_from([None, "a", "b", 1]), max_size=4), max_size=6),
       index=st.integers(min_value=0, max_value=4))
def test_a_column_s_cells_are_those_of_the_rows_that_reach_it(rows, index):
    """Table.cells_of, read at once when every row reaches the column, row by row when
    some row is shorter: the same cells either way."""
    table = Table("t", ["h"], rows=rows)
    assert table.cells_of(index) == [row[index] for row in rows if len(row) > index]
    assert table.cells_of(index, width=index + 2) == [row[index] for row in rows
                                                       if len(row) > index + 1]


@settings(max_examples=examples(300), deadline=None)
@given(rows=st.lists(st.lists(st.sampled_from([None, "a", " b ", "1", "-0,5", "x\ny", 2.5]),
                              max_size=8), max_size=8),
       indexes=st.lists(st.integers(min_value=0, max_value=8), min_size=3, max_size=3))
def test_the_columns_read_hold_each_row_s_cell_at_their_index(rows, indexes):
    """The columns taken apart at once (rows of any lengths, wider or narrower than the
    columns read) are those read row by row, a missing cell read as a blank one."""
    columns = dict(zip(("source", "target", "weight"), indexes))
    table = Table("Edges", ["From", "To", "Weight"], rows=rows)
    expected = {}
    for column in SHEETS["Edges"]:
        if column.field in columns:
            at = columns[column.field]
            cells = [row[at] if at < len(row) else None for row in rows]
            expected[column.field] = columns_module._parsed(cells, column.parse)[0]
    values, _unsettled = columns_module._columns(table, "Edges", columns)
    assert all(_same(values[name], expected[name]) for name in expected), (values, expected)
