"""pytest-benchmark cases for windtunnel.io (skipped by default: ``--benchmark-skip`` in the
config). Run with ``.venv/bin/python -m pytest tests/benchmarks -k io --benchmark-only -n 0``;
``bench_io.py`` prints the same figures against their targets (workbook <= 5 s, 10,000-edge
import <= 2 s)."""

from __future__ import annotations

import pytest

from bench_io_models import big_model, edges_sheet

from windtunnel.engine import analyse, run
from windtunnel.io import import_model, results_workbook_bytes


@pytest.fixture(scope="module")
def workshop():
    model = big_model(nodes=300, scenarios=8, steps=60)
    results = run(model, samples=200)
    return model, results, analyse(model, results)


def test_io_results_workbook_300x8x60(benchmark, workshop):
    model, results, analysis = workshop
    data = benchmark.pedantic(results_workbook_bytes, args=(results, model),
                              kwargs={"analysis": analysis}, rounds=3, iterations=1)
    assert data[:2] == b"PK"


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_io_import_10000_edges(benchmark, tmp_path, suffix):
    path = edges_sheet(tmp_path / f"edges{suffix}", edges=10_000)
    imported = benchmark.pedantic(import_model, args=(path,), rounds=3, iterations=1)
    assert len(imported.model.edges) == 10_000
