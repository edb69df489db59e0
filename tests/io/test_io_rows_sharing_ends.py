"""The rows of an edges table that may be parallel edges, found by their two ends alone:
against the rule written row by row, on ragged rows, blank and numeric ends, and ends
written alike but for case and spaces."""

from collections import Counter

from hypothesis import example, given, settings
from hypothesis import strategies as st

from windtunnel.io.parallel_edges import LISTED, _end, _rows_sharing_ends

_CELL = st.one_of(st.none(), st.integers(0, 3), st.sampled_from(["a", "A ", "b", " B", "c"]))


def _by_rule(rows: list, source: int, target: int) -> list[int]:
    """Each row whose From and To, as rows are matched, at least one other row and at
    most ``LISTED`` rows in all share (a missing cell as a blank one)."""
    def pair(row):
        return tuple(_end(row[at] if at < len(row) else None) for at in (source, target))
    counts = Counter(map(pair, rows))
    return [index for index, row in enumerate(rows) if 2 <= counts[pair(row)] <= LISTED]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_CELL, max_size=4), max_size=30), st.integers(0, 3), st.integers(0, 3))
@example([["a", "b"], ["A ", " B", "x"]], 0, 1)          # one pair written two ways
@example([["a", "b"]] * (LISTED + 1) + [["a", "c"], ["a"]], 0, 1)   # too many to list
def test_rows_sharing_ends_are_those_the_row_by_row_rule_finds(rows, source, target):
    assert _rows_sharing_ends(rows, source, target) == _by_rule(rows, source, target)


def test_a_table_listing_each_edge_once_has_no_rows_sharing_ends():
    rows = [[f"Node {a}", f"Node {b}", 0.5] for a in range(30) for b in range(30) if a != b]
    assert _rows_sharing_ends(rows, 0, 1) == []
