"""The PDF brief ends with the sources its pages cite: each one's title, publisher, date,
link and citation under the interface language's heading, laid out in columns that long
titles, unbroken links, CJK text and many sources fit."""

from __future__ import annotations

from dataclasses import replace

import pytest

from conftest import make_small_model
from windtunnel.app.analysis.pages import page_rect
from windtunnel.app.analysis.sources_page import SourcesLayout, cited_sources
from windtunnel.app.translations import apply_language
from windtunnel.model import Model, Participant, Rating, Source, load
from windtunnel.paths import bundled_model

from .brief_pages import brief_pages

VOICES = "ai-export-controls-2026-voices.wtm"
URL = "https://example.org/" + "a-path-with-no-place-to-break" * 6
CJK = "人工智能出口管制与香港作为中立枢纽的角色：" * 6


@pytest.fixture
def english_afterwards(qapp):
    yield
    apply_language("en")


def _many(count: int = 30) -> Model:
    """The small model citing ``count`` sources more: long titles, Chinese citations,
    links with no place to break."""
    model = make_small_model()
    sources = [Source(f"s{i}", f"Source {i}: " + "a title that runs on and on " * (i % 8 + 1),
                      publisher="出口管制研究中心", date="2026-06-25",
                      citation=CJK if i % 2 else "", url=URL if i % 3 == 0 else "")
               for i in range(count)]
    edges = [replace(e, sources=e.sources + tuple(s.id for s in sources)) if k == 0 else e
             for k, e in enumerate(model.edges)]
    return Model.from_elements(title=model.title, sources=[*model.sources, *sources],
                               nodes=model.nodes, edges=edges, scenarios=model.scenarios,
                               objectives=model.objectives)


def test_the_sources_are_those_cited_by_nodes_edges_and_ratings_in_the_models_order():
    model = make_small_model()
    extra = [Source("unused", "Cited by nothing"), Source("said", "Cited by a rating")]
    model = Model.from_elements(
        title=model.title, sources=[*extra, *model.sources], nodes=model.nodes,
        edges=model.edges, participants=[Participant("p", "P", ratings=(
            Rating("ban", "leak", 0.3, sources=("said",)),))])
    assert [s.id for s in cited_sources(model)] == ["said", "doc"]


def test_the_brief_of_the_bundled_model_ends_with_its_sources(window, qtbot):
    model = load(bundled_model(VOICES))
    pages = brief_pages(window, qtbot, model, "whack-a-mole")
    assert len(pages) == 7           # the brief, four map pages, the participants, sources
    sources = pages[6]
    assert sources.startswith("Sources ")
    assert f"the {len(model.sources)} sources cited by the map's nodes and edges and by " \
           "the participants' ratings" in sources
    for number, source in enumerate(model.sources, start=1):
        assert f"{number}. {source.title}" in sources, source.title
        assert source.publisher in sources and " ".join(source.citation.split()) in sources
    assert "June 25, 2026" in sources                 # the date as the language writes it


def test_a_brief_citing_nothing_has_no_sources_page(window, qtbot):
    model = make_small_model()
    bare = Model.from_elements(title=model.title, nodes=[replace(n, sources=()) for n in
                                                         model.nodes],
                               edges=[replace(e, sources=()) for e in model.edges],
                               scenarios=model.scenarios, objectives=model.objectives)
    assert len(brief_pages(window, qtbot, bare, "strict")) == 1


def test_many_long_sources_fill_pages_of_columns_and_none_is_cut(window, qtbot):
    model = _many()
    pages = brief_pages(window, qtbot, model, "strict")
    listed = " ".join(pages[1:])
    assert len(pages) > 2                              # more than one page of sources
    for number, source in enumerate(cited_sources(model), start=1):
        assert f"{number}. " in listed and source.title.split(":")[0] in listed
    flat = "".join(listed.split())
    assert "".join(URL.split()) in flat and CJK in flat   # wrapped, never cut

    layout = SourcesLayout(cited_sources(model), page_rect(), model.title)
    document, width = layout.document, layout.document.textWidth()
    block = document.begin()
    while block.isValid():                              # every line within its column
        lines = block.layout()
        for i in range(lines.lineCount()):
            assert lines.lineAt(i).naturalTextWidth() <= width + 0.5
        box = document.documentLayout().blockBoundingRect(block)
        top = box.top() + lines.position().y() - box.top()
        whole = [(start, end) for start, end in layout.spans
                 if start <= top + 0.5 and top + lines.boundingRect().height() - 0.5 <= end]
        assert whole, block.text()[:40]                 # an entry is never split
        block = block.next()
    column = layout.column.height()
    assert all(end - start <= column for start, end in layout.spans)
    assert layout.pages == -(-len(layout.spans) // 2)


def test_a_citation_taller_than_a_column_runs_on_into_the_next(qapp):
    model = _many(3)
    huge = replace(model.sources[-1], citation="A very long citation indeed. " * 900)
    sources = [*cited_sources(model)[:-1], huge]
    layout = SourcesLayout(sources, page_rect(), model.title)
    column = layout.column.height()
    assert len(layout.spans) > 2
    assert all(0 < end - start <= column for start, end in layout.spans)
    tops = [start for start, _end in layout.spans]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)


@pytest.mark.parametrize("tag, heading", [("ja", "出典"), ("zh-HK", "來源")])
def test_the_sources_speak_the_interface_language(tag, heading, window, qtbot,
                                                  english_afterwards):
    assert apply_language(tag)
    model = load(bundled_model(VOICES))
    sources = "".join(brief_pages(window, qtbot, model, "whack-a-mole")[-1].split())
    assert sources.startswith(heading)
    first = model.sources[0]
    assert "".join(first.translations.lookup(tag, "title").split()) in sources
