"""Story mode: PageDown reveals the scenario chapter by chapter above the map; it exports."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QImage

from windtunnel.app.analysis.story import TEXT_LINES
from windtunnel.app.canvas.scene import FADED
from windtunnel.model import translated
from windtunnel.session.story import tell

from .conftest import bundled_in, settle


def test_page_down_reveals_chapter_by_chapter_in_a_banner_above_the_map(bundled, qtbot):
    window, analysis = bundled
    story, scene, view = analysis.story, window.scene, window.view
    analysis.actions["story"].trigger()
    assert story.active and len(story.chapters) >= 3
    assert story.banner.isVisible() and "The levers" in story.banner.text()
    banner = story.banner.geometry()
    assert view.margin_rect("top").toRect() == banner and banner.height() > 20
    viewport = view.viewport().geometry()
    assert viewport.top() >= banner.bottom()          # the banner never covers the map
    shown = {n for n, item in scene.node_items.items() if item.opacity() == 1.0}
    assert shown == set(story.chapters[0].nodes)
    for number in range(1, len(story.chapters)):
        qtbot.keyClick(window, Qt.Key_PageDown)
        chapter = story.chapters[number]
        assert chapter.title in story.banner.text()
        assert {n for n, i in scene.node_items.items() if i.opacity() != FADED} == chapter.nodes
    qtbot.keyClick(window, Qt.Key_PageDown)           # the end: stays on the outcomes
    assert story.index == len(story.chapters) - 1
    qtbot.keyClick(window, Qt.Key_PageUp)
    assert story.index == len(story.chapters) - 2
    qtbot.keyClick(window, Qt.Key_Escape)
    assert not story.active and not story.banner.isVisible()
    assert view.margin_rect("top").height() == 0
    assert all(item.opacity() == 1.0 for item in scene.node_items.values())


@pytest.mark.parametrize("workshop", [False, True])
def test_a_clickers_keys_turn_the_chapters_on_the_map_and_the_arrows_nudge_again_after(
        bundled, qtbot, qtlog, workshop):
    """A presentation clicker sends Right / Left, PageDown / PageUp or Space to the map,
    whose arrow keys otherwise nudge the selected nodes."""
    window, analysis = bundled
    story, view, model = analysis.story, window.view, window.document.model
    analysis.workshop.set_active(workshop)
    node = model.nodes[0].id
    window.scene.select([node])
    where = model.node(node).position
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    story.set_active(True)
    assert len(story.chapters) >= 3
    for key, index in ((Qt.Key_Right, 1), (Qt.Key_Space, 2), (Qt.Key_Left, 1),
                       (Qt.Key_PageDown, 2), (Qt.Key_PageUp, 1), (Qt.Key_Left, 0)):
        qtbot.keyClick(view, key)
        assert story.index == index, (key, story.index)
    assert model.node(node).position == where            # the story's keys moved nothing
    qtbot.keyClick(view, Qt.Key_Escape)
    assert not story.active
    analysis.workshop.set_active(False)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key_Right)
    assert model.node(node).position == (where[0] + 10, where[1])
    assert not [r for r in qtlog.records if "mbiguous" in r.message]


def test_in_a_text_field_the_arrow_keys_and_space_stay_the_fields(bundled, qtbot):
    window, analysis = bundled
    story, box = analysis.story, window.find_box
    story.set_active(True)
    window.activateWindow()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClicks(box, "ab")
    qtbot.keyClick(box, Qt.Key_Left)
    qtbot.keyClick(box, Qt.Key_Space)
    assert box.text() == "a b" and story.index == 0
    story.set_active(False)


def test_a_focused_lever_slider_keeps_its_arrow_keys_and_the_clickers_keys_still_turn(
        bundled, qtbot):
    """In the middle of a story the presenter sets a lever with the arrow keys: the slider
    moved no step, the chapters turned under it. The arrows are the slider's while it has
    the focus; PageDown and PageUp still turn; back on the map, the arrows turn again."""
    window, analysis = bundled
    story, view = analysis.story, window.view
    window.activateWindow()
    story.set_active(True)
    assert len(story.chapters) >= 3
    lever = next(iter(analysis.scenarios_panel.levers.rows))
    slider = analysis.scenarios_panel.levers.rows[lever].slider
    slider.setValue(0)
    slider.setFocus()
    qtbot.waitUntil(slider.hasFocus)
    qtbot.keyClick(slider, Qt.Key_Right)
    assert slider.value() == slider.singleStep() and story.index == 0
    qtbot.keyClick(slider, Qt.Key_Left)
    assert slider.value() == 0 and story.index == 0
    qtbot.keyClick(slider, Qt.Key_PageDown)          # a clicker's key turns wherever
    assert story.index == 1 and slider.value() == 0
    qtbot.keyClick(slider, Qt.Key_PageUp)
    assert story.index == 0
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key_Right)
    assert story.index == 1
    story.set_active(False)
    slider.setFocus()
    qtbot.waitUntil(slider.hasFocus)
    qtbot.keyClick(slider, Qt.Key_Right)             # and after the story, as ever
    assert slider.value() == slider.singleStep()


@pytest.mark.parametrize("tag", ["en", "ja", "zh-CN", "zh-HK"])
@pytest.mark.parametrize("workshop", [False, True])
def test_on_a_projector_the_banners_heading_reads_whole_with_the_keys_and_stays_put(
        workspace, qtbot, on_screen, tag, workshop):
    """At 1024 x 768 the wrapped banner took four lines of the map in Japanese, and then its
    heading left out the keys a presenter needs: the heading (the chapter, its title, its
    place and the keys) is whole on one line or two, as tall for every chapter so that the
    map stays put; the text takes up to three lines (one line cut the conclusion the room
    needs), cut with "..." beyond them, whole on hover."""
    on_screen("projector")
    with bundled_in(workspace, qtbot, tag) as (window, analysis):
        window.showMaximized()
        qtbot.waitExposed(window)
        analysis.workshop.set_active(workshop)
        story = analysis.story
        story.set_active(True)
        qtbot.waitUntil(lambda: len(story.chapters) >= 3)
        assert window.width() <= 1024
        heights, lines, text_lines = set(), set(), set()
        for _ in story.chapters:
            chapter = story.chapters[story.index]
            banner = story.banner
            heading, text = banner.heading.text(), banner.body.text()
            # whole, or without the scenario's name (the time bar names it) on one line
            assert "".join(banner.heading.full_text.split()).endswith("".join(heading.split()))
            assert chapter.title in heading.replace("\n", " ") and "Esc" in heading
            assert heading.count("\n") <= 1 and text.count("\n") < TEXT_LINES
            text_lines.add(text.count("\n") + 1)
            # as tall as its lines (in a fallback font for Chinese and Japanese)
            assert banner.heading.height() >= banner.heading.sizeHint().height()
            line = banner.body.sizeHint().height()
            assert banner.height() <= (2 + TEXT_LINES) * line + 8, (banner.height(), line)
            heights.add(banner.height())
            lines.add(heading.count("\n") + 1)
            without_scenario = banner.heading.full_text.split(" \u2014 ", 1)[-1]
            if QFontMetricsF(banner.heading.font()).horizontalAdvance(
                    without_scenario) < banner.heading.width() - 2:
                assert "\n" not in heading       # one line, rather than the name on two
            # the chapter's place in the language's own brackets (full-width around
            # Chinese and Japanese)
            assert banner.heading.full_text.endswith(")" if tag == "en" else "\uff09"), \
                banner.heading.full_text
            assert "".join(text.split()) == "".join(chapter.text.split()) or (
                text.endswith("\u2026") and chapter.text in banner.body.toolTip())
            qtbot.keyClick(window, Qt.Key_PageDown)
        assert len(heights) == 1, heights
        assert max(text_lines) > 1        # a chapter that one line cut reads on more
        # no empty line under the heading (the map's) where every chapter's takes one
        assert banner.heading.height() < (max(lines) + 0.5) * line, (banner.heading.height(),
                                                                    line, lines)
        story.set_active(False)


def test_in_workshop_mode_the_story_borrows_page_down(bundled, qtbot):
    window, analysis = bundled
    analysis.workshop.set_active(True)
    scenario = analysis.session.scenario_id
    analysis.story.set_active(True)
    qtbot.keyClick(window, Qt.Key_PageDown)
    assert analysis.story.index == 1 and analysis.session.scenario_id == scenario
    analysis.story.set_active(False)
    qtbot.keyClick(window, Qt.Key_PageDown)           # the workshop's key again
    settle(qtbot, analysis)
    assert analysis.session.scenario_id != scenario
    analysis.workshop.set_active(False)


def _shown(label) -> str:
    """What a rich-text label reads as (its non-breaking spaces as spaces)."""
    from PySide6.QtGui import QTextDocumentFragment

    return QTextDocumentFragment.fromHtml(label.text()).toPlainText().replace("\xa0", " ")


def test_while_the_story_has_page_down_the_workshop_bar_names_the_keys_that_step(bundled,
                                                                                  qtbot):
    # the bar said "PageUp / PageDown" for the scenarios while those keys turned chapters
    window, analysis = bundled
    title = analysis.workshop.title
    analysis.workshop.set_active(True)
    assert "PageDown" in title.text() and "Ctrl+Pg" not in title.text()
    analysis.story.set_active(True)
    assert "Ctrl+PgUp / Ctrl+PgDown" in _shown(title)
    scenario = analysis.session.scenario_id
    qtbot.keyClick(window, Qt.Key_PageDown, Qt.ControlModifier)     # as the bar says
    settle(qtbot, analysis)
    assert analysis.session.scenario_id != scenario and analysis.story.active
    assert "Ctrl+PgUp / Ctrl+PgDown" in _shown(title)
    keys = _shown(title).rsplit("\u00b7", 1)[-1].strip()
    # on one line, whole: "Ctrl+PageDown" was cut at the bar's 300 pixels
    assert QFontMetricsF(title.font()).horizontalAdvance(keys) <= title.contentsRect().width()
    analysis.story.set_active(False)
    assert "PageDown" in title.text() and "Ctrl+Pg" not in title.text()
    analysis.workshop.set_active(False)


@pytest.mark.slow
def test_the_story_exports_as_a_pdf_and_as_a_picture_per_page(bundled, qtbot, tmp_path):
    """A page (and a picture) for each chapter, and more for a chapter whose part of the
    map takes several pages to print its labels readably."""
    window, analysis = bundled
    chapters = tell(analysis.session.snapshot())
    window.ask_save_path = lambda *args: str(tmp_path / "story.pdf")
    assert analysis.exporter.story("pdf")
    qtbot.waitUntil(lambda: (tmp_path / "story.pdf").exists(), timeout=20_000)
    data = (tmp_path / "story.pdf").read_bytes()
    assert data.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", data))
    assert pages >= len(chapters)
    window.ask_save_path = lambda *args: str(tmp_path / "pictures.png")
    assert analysis.exporter.story("png")
    last = tmp_path / f"pictures-{pages}.png"
    qtbot.waitUntil(last.exists, timeout=20_000)
    names = sorted(p.name for p in tmp_path.glob("pictures-*.png"))
    assert len(names) == pages
    image = QImage(str(last))
    assert image.width() > image.height() > 800


@pytest.mark.parametrize("tag", ["zh-CN", "en"])
def test_the_storys_outcomes_read_whole_on_a_projector_in_workshop_mode(
        workspace, qtbot, on_screen, tag):
    """At 1024x768 in workshop mode the banner and the lever bar left the map 21% of its
    size, and a key outcome read "美国前…": with the levers folded on the short screen,
    the outcomes' chapter names every objective's node whole."""
    on_screen("projector")
    with bundled_in(workspace, qtbot, tag) as (window, analysis):
        analysis.session.set_scenario("channels-closed")
        analysis.workshop.set_active(True)
        qtbot.waitUntil(lambda: window.isFullScreen() and window.width() == 1024)
        story = analysis.story
        story.set_active(True)
        qtbot.waitUntil(lambda: len(story.chapters) >= 3, timeout=10_000)
        story.turn(len(story.chapters) - 1)               # the outcomes
        settle(qtbot, analysis)
        view = window.view
        qtbot.waitUntil(lambda: not view._refit.isActive())
        view.viewport().grab()
        # a name's lines joined (Chinese breaks between characters, without a space)
        shown = {label.node_id: "".join(label.text.split()) for label in view.map_labels.placed}
        nodes = window.scene.node_items
        goals = {o.node for o in window.document.model.objectives}
        cut = {node_id: shown.get(node_id) for node_id in goals
               if shown.get(node_id) != "".join(translated(nodes[node_id].node).split())}
        assert not cut, cut
        story.set_active(False)
