"""The brief's "why" lines: a route too long for its line keeps what tells it apart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from windtunnel.app.analysis.brief import fitted_reason
from windtunnel.app.analysis.pages import page_font
from windtunnel.engine.reasons import ROUTE_STEP

#: Four routes of the bundled model from Model export controls to Restricted actors'
#: access, as the brief of a scenario tightening the export controls explains that change.
ROUTES = [ROUTE_STEP.join(["Model export controls", "Unmet demand for US models", middle,
                           "Restricted actors' access"])
          for middle in ("Resellers via Singapore", "VPNs & API proxies",
                         "Borrowed credentials", "Distillation of US models")]


def test_routes_that_part_after_their_second_step_stay_apart_when_cut(qapp):
    """Cut at the end, the four read alike ("Model export controls -> Unmet demand for US
    model..." four times): the inner steps give up characters first."""
    metrics = QFontMetrics(page_font(8.5))
    width = metrics.horizontalAdvance(ROUTE_STEP.join(ROUTES[0].split(ROUTE_STEP)[:2]))
    assert len({metrics.elidedText(r, Qt.ElideRight, width) for r in ROUTES}) == 1
    fitted = [fitted_reason(metrics, route, width, "Restricted actors' access")
              for route in ROUTES]
    assert len(set(fitted)) == len(ROUTES)
    for route, shown in zip(ROUTES, fitted):
        assert metrics.horizontalAdvance(shown) <= width
        steps = shown.split(ROUTE_STEP)
        assert steps[0] == "Model export controls" and len(steps) == 4
        assert route.split(ROUTE_STEP)[2].startswith(steps[2].rstrip("\u2026"))


def test_a_line_that_fits_or_has_no_inner_step_is_cut_only_at_its_end(qapp):
    metrics = QFontMetrics(page_font(8.5))
    assert fitted_reason(metrics, ROUTES[0], 10_000) == ROUTES[0]
    two = ROUTE_STEP.join(["Model export controls", "Restricted actors' access"]) + \
        " (and 47 smaller routes through Restricted actors' access)"
    width = metrics.horizontalAdvance(two) // 2
    assert fitted_reason(metrics, two, width) == metrics.elidedText(two, Qt.ElideRight, width)


def test_what_follows_the_explained_node_is_cut_before_the_route_is_shortened(qapp):
    """ "(and 54 smaller routes ...)" after the route goes first: the route itself keeps
    its steps whole while it fits."""
    metrics = QFontMetrics(page_font(8.5))
    route = ROUTE_STEP.join(["Model export controls", "Restricted actors' access", "Misuse"])
    text = route + " (and 54 smaller routes through Restricted actors' access)"
    width = metrics.horizontalAdvance(route + " (and 5")
    shown = fitted_reason(metrics, text, width, "Misuse")
    assert shown.startswith(route) and shown.endswith("\u2026")
    assert metrics.horizontalAdvance(shown) <= width
