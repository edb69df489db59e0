"""The brief's "why" rows keep the names of their routes' nodes whole, on more lines, and
its chart of levels that cross 0 draws the zero line and marks it on the axis."""

from __future__ import annotations

import io

import pypdf
from PySide6.QtGui import QFontMetrics

from windtunnel.app.analysis.brief import brief_breakdowns, brief_pdf_bytes, reason_lines
from windtunnel.app.analysis.pages import page_font
from windtunnel.engine.reasons import ROUTE_STEP
from windtunnel.model import Edge, Intervention, Model, Node, Objective, Scenario, Settings

from .brief_pages import snapshot_of

NAMES = {"ban": "Advanced semiconductor export restrictions",
         "smuggling": "Smuggling through third-country intermediaries",
         "domestic": "Domestic chip manufacturing capacity in the target country",
         "revenue": "Revenue of US equipment makers"}


def _chip_model() -> Model:
    """A new map's settings (tanh: levels either side of 0) and long names."""
    return Model.from_elements(
        title="Chip export policy", settings=Settings(rule="kosko", activation="tanh", steps=12),
        nodes=[Node(node_id, name, kind="restriction" if node_id == "ban" else "factor",
                    position=(300.0 * k, 100.0 * (k % 2)))
               for k, (node_id, name) in enumerate(NAMES.items())],
        edges=[Edge("ban", "smuggling", 0.6), Edge("ban", "domestic", 0.5, delay=2),
               Edge("ban", "revenue", -0.7), Edge("smuggling", "revenue", 0.3),
               Edge("domestic", "revenue", -0.6)],
        scenarios=[Scenario("tight", "Tight controls",
                            interventions=(Intervention("ban", "clamp", 1.0, 1),))],
        objectives=[Objective("rev", "Keep revenue", "revenue", "increase")])


def _first_page(window, qtbot) -> pypdf.PageObject:
    snapshot = snapshot_of(window, qtbot, _chip_model(), "tight")
    data = brief_pdf_bytes(snapshot, brief_breakdowns(snapshot))
    return pypdf.PdfReader(io.BytesIO(data)).pages[0]


def test_a_route_too_long_for_its_line_goes_on_with_its_names_whole(qapp):
    metrics = QFontMetrics(page_font(8.5))
    route = ROUTE_STEP.join([NAMES["ban"], NAMES["domestic"], NAMES["revenue"]])
    width = metrics.horizontalAdvance(NAMES["domestic"]) + 20
    lines = reason_lines(metrics, route, width, NAMES["revenue"])
    assert " ".join(lines) == route.replace(" \u2192 ", " \u2192 ")    # nothing cut
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    assert lines[0] == NAMES["ban"] + " \u2192"                           # broken at arrows
    assert reason_lines(metrics, route, 10_000) == [route]
    cut = reason_lines(metrics, route, width, NAMES["revenue"], most=2)   # no more room
    assert len(cut) == 2 and cut[-1].endswith("\u2026")


def test_a_japanese_route_breaks_between_characters_within_its_width(qapp):
    metrics = QFontMetrics(page_font(8.5))
    route = ROUTE_STEP.join(["先端半導体の輸出規制", "対象国の国内半導体製造能力", "米国装置メーカーの収益"])
    width = metrics.horizontalAdvance("対象国の国内半導体製造能力")
    lines = reason_lines(metrics, route, width, "米国装置メーカーの収益")
    assert "".join(line.replace(" ", "") for line in lines) == route.replace(" ", "")
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)


def test_the_brief_names_each_reason_s_nodes_whole(window, qtbot):
    text = " ".join(_first_page(window, qtbot).extract_text().split())
    start = text.index("Why they changed")
    ends = [text.find(mark, start) for mark in ("Most changed nodes", "\u2014Revenue",
                                                "Revenue of US equipment ma\u2026")]
    why = text[start:min(end for end in ends if end > 0)]   # the chart's key cuts names
    assert "\u2026" not in why, why
    for name in NAMES.values():
        assert name in why, name


def test_the_chart_of_levels_either_side_of_0_marks_0(window, qtbot):
    page = _first_page(window, qtbot)
    found = []

    def visit(text, page_matrix, text_matrix, _font, _size):
        if text.strip():
            found.append((text.strip(), text_matrix[4] * page_matrix[1]
                          + text_matrix[5] * page_matrix[3] + page_matrix[5]))

    page.extract_text(visitor_text=visit)
    top = next(y for text, y in found if text == "0.54")
    bottom = next(y for text, y in found if text == "\u22120.67")
    assert any(text == "0" and bottom < y < top for text, y in found)   # the axis's 0
