"""Fuzzing the meaning of a weight matrix's import: a square matrix written as spreadsheets
and people write one (commas, semicolons with decimal commas, tabs; quoted or not; a byte-
order mark, CRLF line ends; blanks or zeros for no influence; full-width digits, percentages,
exponents; a title or nothing in the corner, or labels across the top only, as R writes) imports with exactly its labels and weights, or is refused with a
place. Accepting a file and reading other weights or other nodes than it holds is the
defect this looks for (the import fuzzer asks only that nothing crashes)."""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path

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
        "spelling": st.sampled_from(["g", "percent", "exponent"])}))
    return names, cells, style


def _written(number: float, style: dict) -> str:
    # R writes every cell (0 or NA): a row of blanks alone is a blank row, not a node's
    if number == 0 and style["blank_zeros"] and style["corner"] is not None:
        return ""
    text = {"g": f"{number:g}", "percent": f"{number * 100:g}%",
            "exponent": f"{number:e}"}[style["spelling"]]
    if style["separator"] == ";":                 # as German or French Excel writes it
        text = text.replace(".", ",")
    return text.translate(_FULL_WIDTH) if style["full_width"] else text


def _file(names: list[str], cells: list[list[float]], style: dict) -> bytes:
    def cell(text: str) -> str:               # quoted as Excel quotes: where it must
        if style["quoted"] or any(c in text for c in (style["separator"], '"')):
            return '"' + text.replace('"', '""') + '"'
        return text

    side = style["corner"] is not None
    rows = [[style["corner"]] * side + names] + [
        [name] * side + [_written(w, style) for w in row] for name, row in zip(names, cells)]
    end = "\r\n" if style["crlf"] else "\n"
    text = end.join(style["separator"].join(cell(c) for c in row) for row in rows) + end
    return ("\ufeff" if style["mark"] else "").encode("utf-8") + text.encode("utf-8")


def check_meaning(names: list[str], cells: list[list[float]], style: dict, *,
                  must_import: bool = False) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "matrix.csv"
        path.write_bytes(_file(names, cells, style))
        try:
            imported = import_model(path)
        except LoadError as exc:
            assert not must_import, exc
            assert exc.source == "matrix.csv" and all(str(p).strip() for p in exc.problems)
            return
    model = imported.model
    label = {node.id: node.label for node in model.nodes}
    assert sorted(label.values()) == sorted(names)
    scale = max((abs(w) for row in cells for w in row), default=0) or 1
    scale = scale if scale > 1 else 1
    want = {(names[i], names[j]): w / scale for i, row in enumerate(cells)
            for j, w in enumerate(row) if w}
    got = {(label[e.source], label[e.target]): e.weight for e in model.edges if e.weight}
    assert got == pytest.approx(want)


@settings(max_examples=FUZZ_SHORT, deadline=timedelta(seconds=5),
          suppress_health_check=[HealthCheck.too_slow])
@given(matrices())
def test_a_matrix_imports_with_exactly_its_labels_and_weights_or_is_refused(case):
    check_meaning(*case)


@pytest.mark.slow
@long_run
@settings(max_examples=FUZZ_LONG, deadline=timedelta(seconds=5),
          suppress_health_check=[HealthCheck.too_slow])
@given(matrices())
def test_a_matrix_imports_with_exactly_its_labels_and_weights_or_is_refused_long(case):
    check_meaning(*case)


#: Each way of writing a matrix alone, beside plain commas and points with labels on both
#: sides: a file the fuzzing may refuse in combination must import when written so.
_PLAIN = {"separator": ",", "quoted": False, "mark": False, "crlf": False,
          "blank_zeros": False, "full_width": False, "corner": "", "spelling": "g"}


@pytest.mark.parametrize("change", [{}, {"separator": ";"}, {"separator": "\t"},
                                    {"quoted": True}, {"mark": True}, {"crlf": True},
                                    {"blank_zeros": True}, {"full_width": True},
                                    {"corner": "Map"}, {"corner": None},
                                    {"spelling": "percent"}, {"spelling": "exponent"}])
def test_each_way_of_writing_a_matrix_imports_on_its_own(change):
    """The fuzzing above passes a refusal with a place: this keeps an import that refused
    every matrix from passing it."""
    names = ["Export controls", "Smuggling", "税收", "Compute access"]
    cells = [[0.0, 0.5, -0.25, 0.0], [0.75, 0.0, 0.0, -1.0], [0.0, 0.333, 0.0, 0.1],
             [-0.62, 0.0, 1.0, 0.0]]
    check_meaning(names, cells, {**_PLAIN, **change}, must_import=True)
