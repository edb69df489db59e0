"""A CSV file's rows join its table in batches, and a file of plain lines is split at its
separators without the CSV reader, each with exactly the result of the reader's rows taken
one by one: the same header, rows, line numbers and cell count, or the same refusal (a
limit passed, or text that is not CSV, whichever comes first in the file)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from windtunnel.errors import LoadError
from windtunnel.io import csv as csv_module
from windtunnel.io.tables import Limits, take_row

from conftest import examples

CELLS = st.sampled_from(["", "a", "0.5", "'=x", "''b", "'", '"q,1"', '"two\nlines"', "x y",
                         '"bad"quote', "\u00e9"])
LINES = st.lists(st.lists(CELLS, max_size=4).map(",".join), max_size=12)
LIMITS = st.builds(Limits, rows=st.integers(1, 8), cells=st.integers(1, 30),
                   columns=st.integers(1, 4), cell_text=st.integers(1, 12))


def _read(text: str, limits: Limits, one_by_one: bool, monkeypatch):
    with monkeypatch.context() as patched:
        patched.setattr(csv_module, "_BATCH", 3)
        if one_by_one:
            patched.setattr(csv_module, "_plain_rows", lambda *args: None)

            def rows_one_by_one(table, numbers, rows, **options):
                for number, values in zip(numbers, rows):
                    take_row(table, number, values, **options)
            patched.setattr(csv_module, "take_rows", rows_one_by_one)
        try:
            table = csv_module.parse_csv(text.encode("utf-8"), limits=limits)
        except LoadError as exc:
            return [(p.location, p.message) for p in exc.problems]
        return table.header, table.header_row, table.rows, table.numbers, table.cells


@settings(max_examples=examples(300), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=LINES, limits=st.one_of(st.just(Limits()), LIMITS),
       end=st.sampled_from(["\n", "\r\n"]))
def test_rows_taken_in_batches_are_the_rows_taken_one_by_one(lines, limits, end, monkeypatch):
    text = end.join(lines)
    assert _read(text, limits, False, monkeypatch) == _read(text, limits, True, monkeypatch)


#: Texts mostly of plain lines (no quotes or apostrophes), with every kind of line end and
#: separator the reader and a split might tell apart differently.
PLAIN_CHARACTERS = ["a", "b", " ", ",", ";", "\t", "\n", "\r\n", "\r", "\u00e9", "\x85",
                    "\u2028", "\u2029", "\x0b", "\x0c", "\x1c", "\x1e"]
TEXTS = st.one_of(
    st.lists(st.sampled_from(PLAIN_CHARACTERS), max_size=30).map("".join),
    st.lists(st.sampled_from(PLAIN_CHARACTERS + ['"', "'"]), max_size=30).map("".join),
    st.lists(st.lists(st.sampled_from(["a", "b c", "0.5", "\u00e9", "", "a" * 14]), min_size=1, max_size=4)
             .map(",".join), min_size=1, max_size=8).flatmap(
        lambda lines: st.sampled_from(["\n", "\r\n", "\r"]).map(
            lambda end: end.join(lines) + end)))


@settings(max_examples=examples(400), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS, limits=st.one_of(st.just(Limits()), LIMITS))
def test_plain_lines_split_at_their_separators_are_the_rows_the_csv_reader_reads(
        text, limits, monkeypatch):
    assert _read(text, limits, False, monkeypatch) == _read(text, limits, True, monkeypatch)


def test_a_table_of_plain_lines_is_split_without_the_csv_reader():
    text = "From;To;Weight\r\nA;B;0.5\nB;;-0.25\r\n"
    assert csv_module._plain_rows(text, ";", Limits()) == [
        ["From", "To", "Weight"], ["A", "B", "0.5"], ["B", None, "-0.25"]]
    for unusual in ('A;"B";0.5', "'=A;B;0.5", "A;B\u2028;0.5"):
        assert csv_module._plain_rows(f"From;To;Weight\r\n{unusual}", ";", Limits()) is None
