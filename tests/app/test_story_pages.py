"""The story's PDF prints its map readably: every chapter shows the part of the map it has
revealed with node labels at 7 points at least (as the PDF itself says), a chapter whose
part is too large for that taking a page for each part of it, as the brief's map pages do;
a chapter that reveals a node or two shows them among their neighbours, not a page high."""

from __future__ import annotations

import io

import pypdf

from windtunnel.app.analysis.map_pages import MIN_LABEL_POINTS
from windtunnel.app.analysis.story_export import MAX_LABEL_POINTS
from conftest import make_small_model

from .brief_pages import printed_text, snapshot_of
from .test_brief_languages import _snapshot


def test_every_page_of_the_story_prints_its_labels_at_seven_points_at_least(window, qtbot):
    from windtunnel.app.analysis.story_export import story_pdf_bytes
    from windtunnel.session.story import tell

    snapshot, _ = _snapshot(window, qtbot)
    chapters = tell(snapshot)
    reader = pypdf.PdfReader(io.BytesIO(story_pdf_bytes(snapshot, chapters)))
    assert len(reader.pages) > len(chapters)           # the large parts take pages of their own
    labels = set()
    for page in reader.pages:
        printed = printed_text(page)
        assert min(size for size, _text in printed) >= MIN_LABEL_POINTS - 0.01
        labels |= {text for size, text in printed if size < 9}
    assert {"Tokyo AI labs", "Misuse risk"} <= labels  # the map's names, as text
    pages = [" ".join(page.extract_text().split()) for page in reader.pages]
    for number, chapter in enumerate(chapters, 1):
        mine = [text for text in pages if f"the story of a scenario, {number} of " in text]
        assert mine and all(chapter.title in text for text in mine)
        if len(mine) > 1:
            assert f"map part {len(mine)} of {len(mine)}" in mine[-1]
    # the first chapter shows its two levers among their neighbours, not a page high
    first = printed_text(reader.pages[0])
    assert max(size for size, text in first if text == "Model export") <= MAX_LABEL_POINTS * 1.05


def test_a_small_maps_story_keeps_a_page_per_chapter(window, qtbot):
    from windtunnel.app.analysis.story_export import story_pdf_bytes
    from windtunnel.session.story import tell

    snapshot = snapshot_of(window, qtbot, make_small_model(), "strict")
    chapters = tell(snapshot)
    reader = pypdf.PdfReader(io.BytesIO(story_pdf_bytes(snapshot, chapters)))
    assert len(reader.pages) == len(chapters) > 1
    for page in reader.pages:
        assert min(size for size, _text in printed_text(page)) >= MIN_LABEL_POINTS - 0.01
        assert "map part" not in page.extract_text()
