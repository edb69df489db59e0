"""The brief's page on the participants names each disagreed edge with its figures whole:
how many rated it, which way, the spread, and a sign conflict, however long its labels."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication

from conftest import make_small_model
from windtunnel.app.analysis.controller import refreshes_pending
from windtunnel.app.document import Document
from windtunnel.app.analysis.map_pages import MIN_LABEL_POINTS
from windtunnel.model import Model, Participant, Rating

from .brief_pages import printed_text

pypdf = pytest.importorskip("pypdf")

LONG = ("Diversion of advanced AI accelerators through third-country resellers and shell "
        "companies in Southeast Asia")


def _disputed() -> Model:
    """The small model with a long label on the ban's target, and three participants who
    disagree about the ban's edge in sign."""
    model = make_small_model()
    nodes = [replace(n, label=LONG) if n.id == "leak" else n for n in model.nodes]
    people = [Participant(f"p{i}", name, ratings=(Rating("ban", "leak", weight),))
              for i, (name, weight) in enumerate((("Hawk", -0.9), ("Counsel", -0.25),
                                                  ("Official", 0.25)))]
    return Model.from_elements(title=model.title, sources=model.sources, nodes=nodes,
                               edges=model.edges, scenarios=model.scenarios,
                               objectives=model.objectives, participants=people)


def test_a_long_disagreed_edge_keeps_its_spread_and_sign_conflict(window, qtbot):
    from windtunnel.app.analysis.brief import brief_pdf_bytes

    window.set_document(Document(_disputed()))
    QApplication.processEvents()
    analysis = window.extensions["analysis"]
    analysis.session.set_scenario("strict")
    qtbot.waitUntil(lambda: analysis.controller.idle and not refreshes_pending(), timeout=10000)
    reader = pypdf.PdfReader(io.BytesIO(brief_pdf_bytes(analysis.session.snapshot())))
    page = " ".join(reader.pages[1].extract_text().split())
    # spread: the standard deviation of -0.9, -0.25 and +0.25
    assert ("3 rated, 1 raise, 2 lower, spread 0.47 · sign conflict · ratings: Hawk −0.90, "
            "Counsel −0.25, and Official +0.25") in page, page
    assert "Southeast Asia" in page, page
    # the small map stays on the page, its labels readable on paper
    assert min(size for size, _text in printed_text(reader.pages[1])) >= MIN_LABEL_POINTS


def test_a_brief_written_while_anonymous_numbers_the_participants(window, qtbot, tmp_path):
    """The Participants dock's Anonymous hides who rated what on the brief's page of
    disagreement too: "Participant 1 −0.90", never "Hawk"; unticked, the names are back."""
    window.set_document(Document(_disputed()))
    QApplication.processEvents()
    analysis = window.extensions["analysis"]
    analysis.session.set_scenario("strict")
    qtbot.waitUntil(lambda: analysis.controller.idle and not refreshes_pending(), timeout=30_000)
    panel = window.extensions["participants"]

    def page_of(name: str, anonymous: bool) -> str:
        panel.anonymous.setChecked(anonymous)
        path = tmp_path / name
        analysis.exporter._write_brief(str(path))
        qtbot.waitUntil(path.exists, timeout=30_000)
        return " ".join(pypdf.PdfReader(str(path)).pages[1].extract_text().split())

    page = page_of("anonymous.pdf", True)
    assert ("ratings: Participant 1 −0.90, Participant 2 −0.25, and Participant 3 +0.25"
            in page), page
    assert not any(name in page for name in ("Hawk", "Counsel", "Official")), page
    assert "ratings: Hawk −0.90" in page_of("named.pdf", False)
