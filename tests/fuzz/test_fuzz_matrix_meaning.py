"""Fuzzing the meaning of a weight matrix's import: a square matrix written as spreadsheets
and people write one (commas, semicolons with decimal commas, tabs; quoted or not; a byte-
order mark, CRLF line ends; blanks or zeros for no influence; full-width digits, percentages,
exponents; a title or nothing in the corner, or labels across the top only, as R writes,
a row left blank there for a node that influences none; a Total row and column, or one of
them, with or without a grand total; a workbook whose labels Excel turned into dates, on
both sides or one) imports with exactly its labels and weights, or is refused with a place.
Accepting a file and reading other weights or other nodes than it holds is the defect this
looks for (the import fuzzer asks only that nothing crashes)."""

from __future__ import annotations

import io
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from windtunnel.errors import LoadError
from windtunnel.io import import_model
from windtunnel.io import values as v

from .conftest import FUZZ_LONG, FUZZ_SHORT, long_run

#: Letters of labels as maps hold them: Latin with accents, Chinese, Japanese, spaces, and
#: the separators and quote a CSV file must quote.
_LETTERS = "abcdefgxyzABCDEFXYZéüßçñ税收就业経済成長ー ,;\"'()/&"
#: ASCII to full-width, for digits, sign, point and comma.
_FULL_WIDTH = str.maketrans("0123456789-.,", "０１２３４５６７８９－．，")


def _label_ok(text: str) -> bool:
    return (text == text.strip() and not v.reads_as_number(text) and "  " not in text
            and not text.startswith(("'", "=", "+", "-", "@")))   # see csv_untext


labels = st.lists(st.text(_LETTERS, min_size=1, max_size=12).filter(_label_ok),
                  min_size=2, max_size=6,
                  unique_by=lambda text: text.casefold())
weights = st.sampled_from([0.0, 0.0, 0.0, 0.1, -0.25, 0.5, -0.62, 0.75, -1.0, 1.0, 0.333])


@st.composite
def matrices(draw):
    names = draw(labels)
    size = len(names)
    cells = [[0.0 if i == j else draw(weights) for j in range(size)] for i in range(size)]
    style = draw(st.fixed_dictionaries({
        "separator": st.sampled_from([",", ";", "\t"]),
        "quoted": st.booleans(), "mark": st.booleans(), "crlf": st.booleans(),
        "blank_zeros": st.booleans(), "full_width": st.booleans(),
        "corner": st.sampled_from(["", "Map", "from/to", None]),   # None: R's, no side labels
        "spelling": st.sampled_from(["g", "percent", "exponent"]),
        "totals": st.sampled_from([None, None, "row", "column", "both"]),
        "total_label": st.sampled_from(["Total", "Sum", "合计", "Gesamt", "Σ"]),
        "grand_total": st.booleans(),
        "book": st.booleans(),                        # a workbook: labels may be dates
        "dated": st.lists(st.tuples(st.integers(0, size - 1),
                                    st.sampled_from(["both", "top", "side"])),
                          max_size=2, unique_by=lambda pair: pair[0])}))
    return names, cells, style


#: Excel's dates, one per node that has one: 3-1 typed becomes 1 March, and so on.
def _date(index: int) -> datetime:
    return datetime(2026, index + 1, index + 1)


def _written(number: float, style: dict) -> str:
    if number == 0 and style["blank_zeros"]:
        return ""
    text = {"g": f"{number:g}", "percent": f"{number * 100:g}%",
            "exponent": f"{number:e}"}[style["spelling"]]
    if style["separator"] == ";":                 # as German or French Excel writes it
        text = text.replace(".", ",")
    return text.translate(_FULL_WIDTH) if style["full_width"] else text


def _labels_written(names: list[str], style: dict) -> tuple[list, list]:
    """The labels across the top and down the side as written: a workbook's dated nodes
    as dates on both sides, or on one with the other side typed as text (``3-1``)."""
    top, side = list(names), list(names)
    for index, where in style["dated"] if style["book"] else ():
        typed = f"{index + 1}-{index + 1}"
        top[index] = _date(index) if where in ("both", "top") else typed
        side[index] = _date(index) if where in ("both", "side") else typed
    return top, side


def expected_names(names: list[str], style: dict) -> list[str]:
    """The node labels the import must give: a date on both sides (or across the top only,
    where there is no other side) reads as its text, one beside a typed label as typed."""
    top, side = _labels_written(names, style)
    headed = style["corner"] is None
    return [t.date().isoformat() if isinstance(t, datetime) and (headed or isinstance(s, datetime))
            else s if isinstance(t, datetime) else t for t, s in zip(top, side)]


def _grid(names: list[str], cells: list[list[float]], style: dict) -> list[list]:
    """The rows of the file as cells: text in a CSV file; numbers, text and dates in a
    workbook. Totals, when asked for, are the sums of the rows and columns, labelled."""
    book, side_labels = style["book"], style["corner"] is not None
    write = (lambda w: None if w == 0 and style["blank_zeros"] else w) if book else (
        lambda w: _written(w, style))
    top, side = _labels_written(names, style)
    totals = style["totals"] or ""
    label = style["total_label"]
    header = ([style["corner"]] if side_labels else []) + top + (
        [label] if totals in ("column", "both") else [])
    rows = [header]
    for name, row in zip(side, cells):
        total = [write(sum(row))] if totals in ("column", "both") else []
        rows.append(([name] if side_labels else []) + [write(w) for w in row] + total)
    if totals in ("row", "both"):
        grand = [write(sum(map(sum, cells)) if style["grand_total"] else 0)] * (
            totals == "both")
        rows.append(([label] if side_labels else []) +
                    [write(sum(column)) for column in zip(*cells)] + grand)
    return rows


def _file(names: list[str], cells: list[list[float]], style: dict) -> bytes:
    rows = _grid(names, cells, style)
    if style["book"]:
        book = openpyxl.Workbook()
        for row in rows:
            book.active.append(row)
        buffer = io.BytesIO()
        book.save(buffer)
        return buffer.getvalue()

    def cell(text: str) -> str:               # quoted as Excel quotes: where it must
        if style["quoted"] or any(c in text for c in (style["separator"], '"')):
            return '"' + text.replace('"', '""') + '"'
        return text

    end = "\r\n" if style["crlf"] else "\n"
    text = end.join(style["separator"].join(cell(c) for c in row) for row in rows) + end
    return ("\ufeff" if style["mark"] else "").encode("utf-8") + text.encode("utf-8")


def check_meaning(names: list[str], cells: list[list[float]], style: dict, *,
                  must_import: bool = False) -> bool:
    """Whether the matrix imported (with exactly its nodes and weights) rather than being
    refused (with a place)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("matrix.xlsx" if style["book"] else "matrix.csv")
        path.write_bytes(_file(names, cells, style))
        try:
            imported = import_model(path)
        except LoadError as exc:
            assert not must_import, str(exc)
            assert exc.source == path.name and all(str(p).strip() for p in exc.problems)
            return False
    model = imported.model
    names = expected_names(names, style)
    label = {node.id: node.label for node in model.nodes}
    assert sorted(label.values()) == sorted(names)
    scale = max((abs(w) for row in cells for w in row), default=0) or 1
    scale = scale if scale > 1 else 1
    want = {(names[i], names[j]): w / scale for i, row in enumerate(cells)
            for j, w in enumerate(row) if w}
    got = {(label[e.source], label[e.target]): e.weight for e in model.edges if e.weight}
    assert got == pytest.approx(want)
    if style["totals"]:
        assert sum("left out as totals" in str(note) for note in imported.notes) == 1
    return True


def check_extras(names: list[str], cells: list[list[float]], style: dict) -> None:
    """The matrix read as :func:`check_meaning` says, and imported whenever it imports
    without its totals and dates: labelled totals and dated labels never turn a map that
    imports into a refusal (a row of sums below labels across the top only has no label
    to say it is one, and may be refused)."""
    plain = check_meaning(names, cells, {**style, "totals": None, "dated": []})
    unlabelled = style["corner"] is None and style["totals"] == "row"
    check_meaning(names, cells, style, must_import=plain and not unlabelled)


@settings(max_examples=FUZZ_SHORT, deadline=timedelta(seconds=5),
          suppress_health_check=[HealthCheck.too_slow])
@given(matrices())
def test_a_matrix_imports_with_exactly_its_labels_and_weights_or_is_refused(case):
    check_extras(*case)


@pytest.mark.slow
@long_run
@settings(max_examples=FUZZ_LONG, deadline=timedelta(seconds=5),
          suppress_health_check=[HealthCheck.too_slow])
@given(matrices())
def test_a_matrix_imports_with_exactly_its_labels_and_weights_or_is_refused_long(case):
    check_extras(*case)


#: Each way of writing a matrix alone, beside plain commas and points with labels on both
#: sides: a file the fuzzing may refuse in combination must import when written so.
_PLAIN = {"separator": ",", "quoted": False, "mark": False, "crlf": False,
          "blank_zeros": False, "full_width": False, "corner": "", "spelling": "g",
          "totals": None, "total_label": "Total", "grand_total": False, "book": False,
          "dated": []}


@pytest.mark.parametrize("change", [{}, {"separator": ";"}, {"separator": "\t"},
                                    {"quoted": True}, {"mark": True}, {"crlf": True},
                                    {"blank_zeros": True}, {"full_width": True},
                                    {"corner": "Map"}, {"corner": None},
                                    {"spelling": "percent"}, {"spelling": "exponent"},
                                    {"totals": "both"}, {"totals": "both", "grand_total": True},
                                    {"totals": "row", "total_label": "合计"},
                                    {"totals": "column", "total_label": "Σ"},
                                    {"corner": None, "totals": "column"},
                                    {"corner": None, "totals": "both", "grand_total": True},
                                    {"book": True}, {"book": True, "dated": [(0, "both")]},
                                    {"book": True, "dated": [(1, "top"), (2, "side")]},
                                    {"book": True, "corner": None, "dated": [(3, "top")]}])
def test_each_way_of_writing_a_matrix_imports_on_its_own(change):
    """The fuzzing above passes a refusal with a place: this keeps an import that refused
    every matrix from passing it."""
    names = ["Export controls", "Smuggling", "税收", "Compute access"]
    cells = [[0.0, 0.5, -0.25, 0.0], [0.75, 0.0, 0.0, -1.0], [0.0, 0.333, 0.0, 0.1],
             [-0.62, 0.0, 1.0, 0.0]]
    check_meaning(names, cells, {**_PLAIN, **change}, must_import=True)


@pytest.mark.parametrize("totals", [None, "column", "both"])
@pytest.mark.parametrize("book", [False, True])
def test_a_node_that_influences_none_may_be_a_blank_row_below_labels_across_the_top(
        book, totals):
    """R never writes one, a person may: the row of the node in its place, read as such,
    a Total column and row beside them or not (the last row so blank ends the table, and
    is refused saying so)."""
    names = ["Export controls", "Smuggling", "税收", "Compute access"]
    cells = [[0.0, 0.5, -0.25, 0.0], [0.0, 0.0, 0.0, 0.0], [0.0, 0.333, 0.0, 0.1],
             [-0.62, 0.0, 1.0, 0.0]]
    style = {**_PLAIN, "corner": None, "blank_zeros": True, "book": book, "totals": totals}
    check_meaning(names, cells, style, must_import=True)
    if totals:
        return                        # the Total row, not a node's, is the last
    last = [0, 2, 3, 1]                       # the node that influences none, last
    with pytest.raises(AssertionError, match="the last node's row must be written"):
        check_meaning([names[i] for i in last], [[cells[i][j] for j in last] for i in last],
                      style, must_import=True)
