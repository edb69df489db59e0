"""The brief prints node names whole: in its table of the largest changes (narrowed by the
Monte Carlo band's column) and in its chart's key (in the figures' column, a third of it
an entry), the bundled model's longest names wrap onto more lines, in English and in
Japanese, instead of ending in "…"."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import QRectF

from windtunnel.app.analysis.brief import first_page_columns
from windtunnel.app.analysis.brief_chart import key_lines, paint_chart
from windtunnel.app.analysis.brief_table import (SWATCH, TOP_CHANGES, changes_table,
                                                 paint_top_changes)
from windtunnel.app.analysis.colours import run_span
from windtunnel.app.analysis.pages import pdf_document
from windtunnel.app.translations import apply_language
from windtunnel.engine import run
from windtunnel.model import load
from windtunnel.paths import bundled_model
from windtunnel.session import AnalysisSession

pypdf = pytest.importorskip("pypdf")


@pytest.fixture(params=["en", "ja"])
def snapshot(request, qapp):
    """The bundled model's results in the language, with a Monte Carlo run."""
    apply_language(request.param)
    model = load(bundled_model())
    session = AnalysisSession(model)
    session.set_monte_carlo(run(model, samples=40, seed=3), model.revision)
    session.set_scenario("whack-a-mole")
    yield session.snapshot()
    apply_language("en")


def _longest(results, count: int) -> list[int]:
    """The nodes with the ``count`` longest names."""
    return sorted(range(len(results.labels)), key=lambda i: -len(results.labels[i]))[:count]


def _figures_column(page: QRectF) -> QRectF:
    return first_page_columns(page)[1]


def _printed(paint) -> str:
    """The text (without whitespace) of a one-page PDF that ``paint(painter, page)``
    paints."""
    data = pdf_document("names", 1, lambda painter, page, _number: paint(painter, page))
    return "".join(pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text().split())


def _flat(text: str) -> str:
    return "".join(text.split())


def test_the_table_prints_the_longest_names_whole(snapshot):
    results, current = snapshot.results, snapshot.result
    nodes = _longest(results, TOP_CHANGES)
    names = [results.labels[i] for i in nodes]
    laid_out = []

    def paint(painter, page):
        column = _figures_column(page)
        paint_top_changes(painter, column, results, current, snapshot.uncertainty,
                          run_span(results), nodes)                # leaves its font set
        table = changes_table(painter, column.width() - SWATCH, results, current,
                              snapshot.uncertainty, nodes)
        laid_out.append((table, [[painter.fontMetrics().horizontalAdvance(line)
                                  for line in lines] for lines in table.names]))

    text = _printed(paint)
    assert snapshot.uncertainty is not None
    table, widths = laid_out[0]
    assert len(table.header) == 5                            # the band's column too
    width = table.edges[0][1] - table.edges[0][0]
    assert any(len(lines) > 1 for lines in table.names)      # some names take two lines
    for name, lines, line_widths in zip(names, table.names, widths):
        assert _flat("".join(lines)) == _flat(name), (name, lines)
        assert max(line_widths) <= width, (name, lines)
    for name in names:
        assert _flat(name) in text, name
    assert text.count("\u2026") == len(nodes)                # the bands' only


def test_the_charts_key_prints_the_longest_names_whole(snapshot):
    results, current = snapshot.results, snapshot.result
    nodes = _longest(results, 3)
    names = [results.labels[i] for i in nodes]
    laid_out = []

    def paint(painter, page):
        column = _figures_column(page)
        paint_chart(painter, QRectF(column.left(), 0, column.width(), 320), results, current,
                    snapshot.uncertainty, nodes)
        laid_out.append(key_lines(painter, column.width(), names))

    text = _printed(paint)
    assert any(len(lines) > 1 for lines in laid_out[0])      # wrapped, not cut
    for name, lines in zip(names, laid_out[0]):
        assert _flat("".join(lines)) == _flat(name), (name, lines)
        assert _flat(name) in text, name
    assert "\u2026" not in text
