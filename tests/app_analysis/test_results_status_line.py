"""The Results dock's status line: it names the verdicts, says whether the answer is the only
one, leaves out the reason before cutting a narrow line, and reads whole on a projector."""

from __future__ import annotations

import pytest

from .conftest import bundled_in, settle


def test_results_status_line_names_the_verdicts(bundled, qtbot):
    window, analysis = bundled
    status = analysis.results_panel.status.full_text
    assert f"Baseline {analysis.session.results.baseline_verdict}" in status
    assert analysis.session.result().label in status


def test_results_status_line_says_whether_the_answer_is_the_only_one(bundled, qtbot):
    window, analysis = bundled
    session = analysis.session
    session.set_scenario("whack-a-mole")
    qtbot.waitUntil(lambda: session.trust_of() is not None, timeout=10_000)
    settle(qtbot, analysis)
    trust = session.trust_of()
    status = analysis.results_panel.status.full_text
    # the bundled model is outside the contraction bound, but 8 starts agree
    assert trust.kind == "same from every start"
    assert "the same answer from every start tried" in status
    # what it means for the results, in plain words; the evidence on hover
    assert "every starting point tried gave these same results" in status
    assert "different starts" not in status and "factor" not in status
    tooltip = analysis.results_panel.status.toolTip()
    assert "8 different starts end within" in tooltip and "not proven unique" in tooltip


def test_a_narrow_results_status_line_leaves_out_the_reason_before_cutting_the_line(
        bundled, qtbot):
    """Where the status line does not fit (a laptop's Results dock), the trust verdict's
    reason goes first, then the engine settings, then the baseline's verdict where it
    converged; where even that does not fit one line it takes two, and a verdict is cut,
    with "...", only where two lines do not hold it. The whole line is on hover."""
    window, analysis = bundled
    session, status = analysis.session, analysis.results_panel.status
    session.set_scenario("whack-a-mole")
    qtbot.waitUntil(lambda: session.trust_of() is not None, timeout=10_000)
    settle(qtbot, analysis)
    full, headline = status.full_text, session.trust_of().headline
    reason = full[full.index(headline) + len(headline):].split(" \u00b7 ")[0]
    assert reason.startswith(" (every starting point tried")
    without_reason = full.replace(reason, "")
    settings = without_reason.split(" \u00b7 ")[-1]
    assert "\u03bb=" in settings
    metrics = status.fontMetrics()
    for width, shown in ((metrics.horizontalAdvance(full) + 4, full),
                         (metrics.horizontalAdvance(without_reason) + 4, without_reason),
                         (metrics.horizontalAdvance(without_reason) - 4,
                          without_reason[:-len(" \u00b7 " + settings)])):
        status.resize(width, status.height())
        assert status.text() == shown
        assert "\u2026" not in status.text()
        assert (full in status.toolTip()) == (shown != full)
    short = without_reason[:-len(" \u00b7 " + settings)]
    assert short.startswith("Baseline converged")        # a baseline that settled goes
    shortest = short.split(" \u00b7 ", 1)[1]
    status.resize(metrics.horizontalAdvance(short) - 4, status.height())
    assert status.text() == shortest and full in status.toolTip()
    status.resize(metrics.horizontalAdvance(shortest) * 2 // 3, status.height())
    assert status.text().count("\n") == 1 and "\u2026" not in status.text()
    assert "".join(status.text().split()) in {"".join(version.split())    # one whole
                                              for version in (without_reason, short,
                                                              shortest)}
    status.resize(metrics.horizontalAdvance(headline) // 2, status.height())
    assert status.text().count("\n") == 1 and status.text().endswith("\u2026")
    assert full in status.toolTip()
    assert "only one" in analysis.results_panel.status.toolTip()
    window.document.model.update_edge("export-controls", "friction", weight=0.1)
    analysis.controller.refresh()                    # new results; their check is on its way
    assert session.trust_of() is None
    assert "checking whether the answer is the only one" in analysis.results_panel.status.full_text
    qtbot.waitUntil(lambda: session.trust_of() is not None, timeout=10_000)
    settle(qtbot, analysis)
    assert "checking" not in analysis.results_panel.status.full_text


@pytest.mark.parametrize("tag", ["en", "ja", "zh-CN", "zh-HK"])
def test_the_results_status_line_reads_whole_on_a_projector(workspace, qtbot, on_screen, tag):
    """At 1024 x 768 one line cut the trust verdict ("the same answer from every start
    t..."): the line takes a second one, and the label is as tall as its lines."""
    on_screen("projector")
    with bundled_in(workspace, qtbot, tag) as (window, analysis):
        window.showMaximized()
        qtbot.waitExposed(window)
        session, status = analysis.session, analysis.results_panel.status
        qtbot.waitUntil(lambda: session.trust_of() is not None, timeout=20_000)
        settle(qtbot, analysis)
        assert window.width() <= 1024
        assert "\u2026" not in status.text() and session.trust_of().headline in status.text()
        assert status.height() >= status.sizeHint().height()


@pytest.mark.parametrize("tag", ["ja", "zh-CN", "zh-HK"])
def test_the_trust_verdict_reads_plainly_in_every_language(workspace, qtbot, tag):
    """"8 个不同起点的结果彼此相差不超过 2.9e-05；未证明唯一（因子 3.6 ≥ 1）" was jargon on
    the status line: it says what the verdict means for the results, and keeps the
    figures for the tooltip."""
    with bundled_in(workspace, qtbot, tag) as (window, analysis):
        session = analysis.session
        session.set_scenario("whack-a-mole")
        qtbot.waitUntil(lambda: session.trust_of() is not None, timeout=10_000)
        settle(qtbot, analysis)
        trust, status = session.trust_of(), analysis.results_panel.status
        assert trust.meaning in status.full_text
        assert "\u2265" not in status.full_text and "e-0" not in status.full_text
        assert trust.reason() in status.toolTip() and "\u2265" in status.toolTip()
