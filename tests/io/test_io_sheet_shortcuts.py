"""The sheet reader's shortcuts (a cell's column told by comparing its reference with the
one after the cell before's, numbers as written read once) against the reader without
them: the same rows, values and refusals, whatever references and numbers a sheet holds."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from test_io_xlsxread import _with_sheet_xml
from windtunnel.errors import LoadError
from windtunnel.io.xlsx import sheet as sheet_module
from windtunnel.io.xlsx import workbook_tables

from conftest import examples

ROW_REFS = st.one_of(st.none(), st.integers(min_value=1, max_value=6).map(str),
                     st.sampled_from(["02", "", "x", "0", "1048577"]))
NUMBERS = st.sampled_from(["0.5", "-0.25", "1", "0", "007", "1e-400", "1e400", "nan", "1_0",
                           " 5", "0.5", "1", "", "12345678901234567890", "2.50"])
LETTERS = "ABCDEFGH"


@st.composite
def cell_refs(draw, column: int, row: str | None, before: str | None) -> str | None:
    """A cell's reference: most often the next one on its row, else another column (a
    gap, one before, far off), the row before's or another row, none, or odd spellings."""
    how = draw(st.sampled_from(["next", "next", "next", "column", "column", "row before",
                                "other row", "none", "empty", "lower", "zero", "far"]))
    row = row if row is not None else draw(st.sampled_from([before or "1", "3"]))
    letters = LETTERS[column]
    if how == "column":
        letters = draw(st.sampled_from(LETTERS))
    elif how == "row before":
        row = before or "1"
    elif how == "other row":
        row = draw(st.sampled_from(["9", "1", "2"]))
    return {"none": None, "empty": "", "lower": letters.lower() + row,
            "zero": letters + "0" + row, "far": "ZZ" + row}.get(how, letters + row)


@st.composite
def sheets(draw) -> str:
    rows, before = [], None
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        row_ref = draw(ROW_REFS)
        cells = []
        for column in range(draw(st.integers(min_value=0, max_value=5))):
            ref = draw(cell_refs(column, row_ref, before))
            style = draw(st.sampled_from(["", ' s="0"', ' s="1"']))
            attribute = "" if ref is None else f' r="{ref}"'
            if draw(st.booleans()):
                cells.append(f'<c{attribute}{style}><v>{draw(NUMBERS)}</v></c>')
            else:
                cells.append(f'<c{attribute} t="inlineStr"><is><t>t{column}</t></is></c>')
        attribute = "" if row_ref is None else f' r="{row_ref}"'
        rows.append(f"<row{attribute}>{''.join(cells)}</row>")
        before = row_ref or before
    return "".join(rows)


def _read(data: bytes):
    try:
        table = workbook_tables(data)["Data"]
    except LoadError as exc:
        return [(p.location, p.message) for p in exc.problems]
    return table.header, table.rows, table.numbers


def _typed(read):
    """The read with each value's type beside it (1 and 1.0 told apart)."""
    if isinstance(read, list):
        return read
    header, rows, numbers = read
    return header, [[(type(v), v if v == v else "nan") for v in row] for row in rows], numbers


@settings(max_examples=examples(300), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(sheet=sheets())
@example(sheet='<row r="3"><c r="A3"><v>1</v></c></row><row><c r="B3"><v>2</v></c></row>')
@example(sheet='<row r="2"><c r="A2"><v>1</v></c><c r="A2"><v>2</v></c></row>')
def test_the_shortcuts_read_what_the_full_reading_reads(sheet, monkeypatch):
    data = _with_sheet_xml(sheet)
    quick = _read(data)
    with monkeypatch.context() as patched:
        patched.setattr(sheet_module, "_NAMED", 0)       # every reference taken apart
        patched.setattr(sheet_module, "_CACHED", 0)      # every number read anew
        full = _read(data)
    assert _typed(quick) == _typed(full)
