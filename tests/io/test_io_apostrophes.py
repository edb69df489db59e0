"""A leading apostrophe in a CSV file: the mark a CSV export puts before text a
spreadsheet would run as a formula, taken off again on import, and nothing else. A label
``''x`` of the user's own lost an apostrophe on import (every text starting with two was
read as an export's mark); now only formula-like text (past its apostrophes) carries the
mark, so ``'x`` and ``''x`` are written and read as they are."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from windtunnel.io import export_model, import_model
from windtunnel.io.csv import csv_text, csv_untext, parse_csv
from windtunnel.model import Edge, Model, Node

#: Labels that start with apostrophes, formula characters, both, or neither.
LABELS = ["'x", "''x", "'''x", "'", "''", "=x", "'=x", "''=x", "+1", "'-1", "@a", "x'", "x"]


@given(st.text(st.sampled_from(["'", "=", "+", "-", "@", "\t", "x", " ", "\u00e9"]),
               max_size=6))
def test_what_the_export_writes_the_import_reads_back_as_it_was(text):
    assert csv_untext(csv_text(text)) == text


@pytest.mark.parametrize(("written", "read"), [
    ("'x", "'x"), ("''x", "''x"), ("'''x", "'''x"), ("'", "'"), ("x'", "x'"),
    ("'=x", "=x"), ("''=x", "'=x"), ("'+1", "+1"), ("'@a", "@a")])
def test_a_user_s_own_apostrophes_survive_unless_they_mark_a_formula(written, read):
    """An apostrophe before formula-like text is the mark a spreadsheet user types too
    (Excel's way to write ``=x`` as text): taken off. Any other is part of the label."""
    table = parse_csv(f"From,To\r\n{written},B\r\n".encode())
    assert table.rows[0][0] == read


def test_labels_with_apostrophes_round_trip_through_the_csv_tables(tmp_path):
    nodes = [Node(f"n{index}", label) for index, label in enumerate(LABELS)]
    edges = [Edge(a.id, b.id, 0.5) for a, b in zip(nodes, nodes[1:])]
    model = Model.from_elements(title="'Quoted'", nodes=nodes, edges=edges)
    export_model(model, tmp_path / "tables", format="csv")
    lines = (tmp_path / "tables" / "nodes.csv").read_text(encoding="utf-8-sig").splitlines()
    written = dict(line.split(",")[:2] for line in lines[1:])
    assert [written[node.id] for node in nodes] == [
        "'x", "''x", "'''x", "'", "''", "'=x", "''=x", "'''=x", "'+1", "''-1", "'@a", "x'", "x"]
    assert import_model(tmp_path / "tables").model == model
