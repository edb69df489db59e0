"""The PDF brief's map is readable on paper: a map whose node labels would print at 3 or 4
points beside the figures of the first page follows on map pages of its own, its labels
at 7 points at least, cut into parts when one page cannot hold it at that size; the first
page says where. A small map stays on the first page alone."""

from __future__ import annotations

import io

import pypdf
from PySide6.QtCore import QRectF, QSizeF

from conftest import make_small_model
from windtunnel.app.analysis.map_pages import (MIN_LABEL_POINTS, OVERLAP, label_points,
                                               map_parts, needs_map_pages)
from windtunnel.app.analysis.pages import page_rect
from windtunnel.model import load
from windtunnel.paths import bundled_model

from .brief_pages import brief_bytes, brief_pages, images, printed_text

ROOM = QSizeF(1548, 840)


def _fit(part: QRectF, room: QSizeF) -> float:
    return min(room.width() / part.width(), room.height() / part.height())


def test_a_large_map_is_cut_into_parts_whose_labels_print_at_seven_points(qapp):
    source = QRectF(-120, -110, 1760, 1140)           # the bundled map's size
    assert label_points(_fit(source, ROOM)) < MIN_LABEL_POINTS   # one page is too small
    parts = map_parts(source, ROOM)
    assert len(parts) == 4
    for part in parts:
        assert label_points(_fit(part, ROOM)) >= MIN_LABEL_POINTS - 1e-9
        assert source.contains(part)
    covered = QRectF()
    for part in parts:
        covered = covered.united(part)
    assert covered == source
    left, right = parts[0], parts[1]                    # neighbours share their edges
    assert left.right() - right.left() >= OVERLAP - 1e-9


def test_a_very_large_map_takes_nine_pages_at_most(qapp):
    """A map of thousands of nodes is not printed on a hundred pages."""
    source = QRectF(0, 0, 20000, 12000)
    parts = map_parts(source, ROOM)
    assert len(parts) == 9
    covered = QRectF()
    for part in parts:
        covered = covered.united(part)
    assert covered == source


def test_a_map_one_page_holds_readably_is_printed_whole(qapp):
    source = QRectF(0, 0, 1300, 700)
    assert map_parts(source, ROOM) == [source]
    assert not needs_map_pages(QRectF(0, 0, 500, 300), page_rect())
    assert needs_map_pages(source, page_rect())


def test_the_bundled_maps_brief_prints_its_map_on_pages_of_its_own(window, qtbot):
    pages = brief_pages(window, qtbot, load(bundled_model("ai-export-controls-2026.wtm")),
                   "whack-a-mole")
    assert "The map at a readable size is on pages 2–5, in 4 parts." in pages[0]
    for number in range(1, 5):
        assert f"The map, part {number} of 4" in pages[number]
    assert "Largest changes" not in "".join(pages[1:5])


def test_the_map_pages_draw_the_map_as_text_and_paths_at_seven_points(window, qtbot):
    """The map is drawn as the PDF's own text and paths, not as an image of it (a
    megabyte a page): the bundled model's brief is a few hundred kilobytes, and the map
    pages' node labels are text (a reader finds a node by its name) printing at 7 points
    at least, as the PDF itself says."""
    data = brief_bytes(window, qtbot, load(bundled_model("ai-export-controls-2026-voices.wtm")),
                       "whack-a-mole")
    assert len(data) < 600_000                         # 6.7 MB as images
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert not [images(page) for page in reader.pages if images(page)]
    labels = {}
    for page in reader.pages[1:5]:
        labels.update((text, size) for size, text in printed_text(page) if size < 8.5)
    assert {"Tokyo AI labs", "Misuse risk", "Beijing AI labs"} <= set(labels)
    assert min(labels.values()) >= MIN_LABEL_POINTS - 0.01


def test_the_participants_page_prints_nothing_too_small_and_points_to_the_lens_map(
        window, qtbot):
    """The participants' page of a large map leaves out the map its labels would print at
    3 points on, says where the map pages are, and those show the disagreement lens (its
    legend) with labels at 7 points at least."""
    data = brief_bytes(window, qtbot, load(bundled_model("ai-export-controls-2026-voices.wtm")),
                       "whack-a-mole")
    reader = pypdf.PdfReader(io.BytesIO(data))
    page = " ".join(reader.pages[5].extract_text().split())
    assert "where the participants disagree" in page
    assert "The map with the disagreement lens, at a readable size, is on pages 2–5." in page
    assert min(size for size, _text in printed_text(reader.pages[5])) >= MIN_LABEL_POINTS
    for number in range(1, 5):
        map_page = reader.pages[number]
        assert "sign conflict" in " ".join(map_page.extract_text().split())   # the legend
        assert min(size for size, _text in printed_text(map_page)) >= MIN_LABEL_POINTS - 0.01


def test_a_small_maps_brief_keeps_its_map_on_the_first_page(window, qtbot):
    pages = brief_pages(window, qtbot, make_small_model(), "strict")
    assert "readable size" not in " ".join(pages) and "The map, part" not in " ".join(pages)
