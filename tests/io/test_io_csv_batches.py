"""A CSV file's rows join its table in batches, with exactly the result of taking them one
by one: the same header, rows, line numbers and cell count, or the same refusal (a limit
passed, or text that is not CSV, whichever comes first in the file)."""

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
                   columns=st.integers(1, 4))


def _read(text: str, limits: Limits, one_by_one: bool, monkeypatch):
    with monkeypatch.context() as patched:
        patched.setattr(csv_module, "_BATCH", 3)
        if one_by_one:
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
