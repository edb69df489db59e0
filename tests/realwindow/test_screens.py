"""The app in real windows: Xvfb with a window manager at the screen sizes analysts have
(an old projector 1024x768, a laptop 1366x768, a desktop 1920x1080, and a high-DPI laptop
at 2x scale), in the normal window and in workshop mode; and in Simplified Chinese,
Traditional Chinese (Hong Kong) and Japanese on the laptop and the projector, where longer
or wider strings must not push a control off the screen or clip a text.

Each size starts the app as a user does (window_probe.py in a child process on its own X
display) and asserts from what it reports: every control a user must reach lies on the
screen, no legend covers a node, the workshop bar shows every lever, the chart shows whole
in its dock, the Inspector never scrolls sideways (on the model's, a node's and an edge's
page) and shows three rows of a participant's
rating that a rating does not move, no hidden panel's tab bar stands
over the workshop map, and the Preferences and engine-settings dialogs fit the screen
without clipping a text. Screenshots of
each view at each size go to the folder named by WINDTUNNEL_SCREENSHOTS (else the test's
temporary folder) for a person to look at.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

import pytest

from windtunnel.app.analysis.charts import MIN_PLOT_FLOOR
from windtunnel.app.analysis.story import TEXT_LINES
from windtunnel.app.analysis.workshop import FOLDED_BELOW
from windtunnel.app.canvas.map_labels import MIN_LABEL_PX

from .map_names import unnamed_and_cut
from .xdisplay import run_probe, screenshots_folder

#: One worker runs them all (their screens share one module fixture).
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("realwindow")]

PROBE = Path(__file__).with_name("window_probe.py")
#: (screen pixels, scale): the last is a high-DPI laptop, 1366x768 logical pixels at 2x.
SIZES = [("1024x768", 1), ("1366x768", 1), ("1920x1080", 1), ("2732x1536", 2)]
#: (language, screen pixels): every translated language on the two smallest screens.
LANGUAGE_SIZES = [(language, size) for language in ("zh-CN", "zh-HK", "ja")
                  for size in ("1024x768", "1366x768")]


def _folder(tmp_path_factory) -> Path:
    return screenshots_folder(tmp_path_factory, "shots")


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """The probe's report at every size (each on a display of its own), in English."""
    folder = _folder(tmp_path_factory)
    return {(size, scale): run_probe(PROBE, size, scale, folder / f"{size}@{scale}x")
            for size, scale in SIZES}


@pytest.fixture(scope="module")
def language_reports(tmp_path_factory):
    """The probe's report in each translated language on the laptop and the projector."""
    folder = _folder(tmp_path_factory)
    return {(language, size): run_probe(PROBE, size, 1, folder / f"{language}-{size}",
                                        language)
            for language, size in LANGUAGE_SIZES}


def _inside(rect, screen, slack: int) -> bool:
    x, y, w, h = rect
    return x >= -slack and y >= -slack and x + w <= screen[0] + slack and \
        y + h <= screen[1] + slack


def _overlap(a, b) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


@pytest.mark.parametrize("size, scale", SIZES)
@pytest.mark.parametrize("view", ["window", "workshop"])
def test_every_control_is_on_the_screen(reports, size, scale, view):
    report = reports[(size, scale)]
    screen = report["screen"]                  # in the logical pixels widgets use
    shown = report["views"][view]
    slack = 1 if report["ratio"] > 1 else 0     # half logical pixels round either way at 2x
    off = {name: rect for name, rect in shown["controls"].items()
           if not _inside(rect, screen, slack)}
    assert not off, f"off the {screen} screen: {off}"


@pytest.mark.parametrize("size, scale", SIZES)
@pytest.mark.parametrize("view", ["window", "workshop"])
def test_no_legend_covers_a_node(reports, size, scale, view):
    shown = reports[(size, scale)]["views"][view]["map"]
    assert shown["legends"], "a legend is shown"
    covered = {(legend, node) for legend, box in shown["legends"].items()
               for node, rect in shown["nodes"].items() if _overlap(box, rect)}
    assert not covered


@pytest.mark.parametrize("size, scale", SIZES)
@pytest.mark.parametrize("view", ["window", "workshop"])
def test_the_fitted_map_labels_its_objectives_and_most_nodes_at_a_readable_size(
        reports, size, scale, view):
    shown = reports[(size, scale)]["views"][view]["map"]
    assert shown["label_px"] >= MIN_LABEL_PX
    assert set(shown["goals"]) <= set(shown["labelled"])
    assert len(shown["labelled"]) >= len(shown["nodes"]) / 4


def _workshop_names_wrong(report) -> list:
    """What workshop mode's map gets wrong as it opens, where a room reads it from the back:
    on a screen too short for the levers and the map, the levers not folded (folded on a
    taller one); labels smaller than 15 pixels; a node without a label; more than a tenth
    of the nodes not named whole, or one cut to fewer than four characters."""
    shown = report["views"]["workshop_first"]
    wrong = []
    if shown["folded"] != (report["screen"][1] < FOLDED_BELOW):
        wrong.append(("levers folded on a tall screen, or not on a short one", shown["folded"]))
    if shown["label_px"] < 15:
        wrong.append(("labels too small", shown["label_px"]))
    unnamed, cut = unnamed_and_cut(shown)
    if unnamed:
        wrong.append(("unnamed", unnamed))
    if len(cut) > len(shown["nodes"]) / 10 or \
            any(len("".join(text.split()).replace("\u2026", "")) < 4 for text in cut):
        wrong.append(("cut", cut))
    return wrong


@pytest.mark.parametrize("size, scale", SIZES)
def test_workshop_mode_opens_on_a_map_that_names_its_nodes_for_the_room(reports, size, scale):
    """At 1024x768 the lever bar's three rows left the map 374 pixels, and its labels in the
    bar's 20-pixel type named 33 of the 41 nodes by a few letters ("Offici…", "Mod…"): on
    a screen that short the levers start folded, the labels take 15 pixels, and all but a
    few nodes show their whole names."""
    assert not _workshop_names_wrong(reports[(size, scale)])


@pytest.mark.parametrize("language, size", LANGUAGE_SIZES)
def test_workshop_mode_opens_on_a_map_that_names_its_nodes_in_every_language(
        language_reports, language, size):
    """In Chinese the projector's workshop map named seven nodes in 6-pixel type and cut
    23 ("对美国…")."""
    assert not _workshop_names_wrong(language_reports[(language, size)])


def _reads(box) -> bool:
    """Whether the time bar's scenario name reads: whole, or cut with an ellipsis and whole
    on hover."""
    name, shown = box["name"], box["shown"]
    return name != "" and (shown == name or (
        shown.endswith("\u2026") and name.startswith(shown[:-1].rstrip())
        and escape(name) in box["tooltip"]))


@pytest.mark.parametrize("size, scale", SIZES)
@pytest.mark.parametrize("view", ["window", "workshop"])
def test_the_time_bars_scenario_name_reads_whole_where_the_bar_has_room(reports, size, scale,
                                                                       view):
    """On the projector in workshop type the name may end in an ellipsis (whole on
    hover); on every wider screen it shows whole."""
    box = reports[(size, scale)]["views"][view]["scenario_box"]
    assert _reads(box), box
    if size != "1024x768":
        assert box["shown"] == box["name"], box


@pytest.mark.parametrize("size, scale", SIZES)
def test_the_workshop_change_legend_takes_one_line_of_the_maps_height(reports, size, scale):
    """In the room's type the four-line legend took a third of the fitted map's height
    on a projector; as one strip it takes a line."""
    shown = reports[(size, scale)]["views"]["workshop"]["map"]
    legend, viewport = shown["legends"]["change"], shown["viewport"]
    assert legend[3] * 8 <= viewport[3], (legend, viewport)


@pytest.mark.parametrize("size, scale", SIZES)
def test_the_workshop_bar_shows_every_lever(reports, size, scale):
    shown = reports[(size, scale)]["views"]["workshop"]
    levers = [name for name in shown["controls"] if name.startswith("workshop-lever:")]
    assert len(levers) == shown["levers"] > 0


@pytest.mark.parametrize("size, scale", SIZES)
def test_the_first_window_shows_the_whole_chart_and_an_inspector_that_fits(reports, size,
                                                                           scale):
    panels = reports[(size, scale)]["views"]["window"]["panels"]
    width, height = panels["plot"]
    # a key wrapped over several lines takes its extra lines from the plot's minimum
    assert height >= panels["plot_minimum"] >= MIN_PLOT_FLOOR and width >= 400
    assert _title_shown_whole(panels)
    assert not panels["inspector_scrolls_sideways"]


def _title_shown_whole(panels) -> bool:
    """Whether the chart's time-axis title lies inside the part of the plot that shows."""
    x, y, w, h = panels["plot_shown"]
    return panels["axis_title_text"].strip() != "" and \
        _inside(panels["axis_title"], [x + w, y + h], 0) and \
        panels["axis_title"][0] >= x and panels["axis_title"][1] >= y


@pytest.mark.parametrize("language", ["zh-CN", "zh-HK", "ja"])
def test_the_charts_time_axis_title_shows_whole_in_every_language_on_the_laptop(
        language_reports, language):
    panels = language_reports[(language, "1024x768")]["views"]["window"]["panels"]
    assert _title_shown_whole(panels), (panels["axis_title"], panels["plot_shown"])


@pytest.mark.parametrize("size, scale", SIZES)
def test_no_tab_bar_of_a_hidden_panel_stands_over_the_workshop_map(reports, size, scale):
    shown = reports[(size, scale)]["views"]["workshop"]
    viewport = shown["map"]["viewport"]
    over = {tabs: rect for tabs, rect in shown["panels"]["tab_bars"].items()
            if _overlap(rect, viewport)}
    assert not over


@pytest.mark.parametrize("language, size", LANGUAGE_SIZES)
@pytest.mark.parametrize("view", ["window", "workshop"])
def test_every_control_is_on_the_screen_in_every_language(language_reports, language, size,
                                                          view):
    report = language_reports[(language, size)]
    shown = report["views"][view]
    off = {name: rect for name, rect in shown["controls"].items()
           if not _inside(rect, report["screen"], 0)}
    assert not off, f"off the {report['screen']} screen in {language}: {off}"


@pytest.mark.parametrize("language, size", LANGUAGE_SIZES)
@pytest.mark.parametrize("view", ["window", "workshop"])
def test_no_text_is_clipped_in_any_language(language_reports, language, size, view):
    assert not language_reports[(language, size)]["views"][view]["clipped"]


@pytest.mark.parametrize("language, size", LANGUAGE_SIZES)
@pytest.mark.parametrize("view", ["participants", "explore"])
def test_no_text_is_clipped_in_the_participants_and_explore_docks_in_any_language(
        language_reports, language, size, view):
    assert not language_reports[(language, size)]["views"][view]["clipped"]


@pytest.mark.parametrize("language, size", LANGUAGE_SIZES)
@pytest.mark.parametrize("dialog", ["preferences", "settings"])
def test_the_dialogs_fit_the_screen_and_clip_no_text_in_any_language(language_reports,
                                                                    language, size, dialog):
    report = language_reports[(language, size)]
    shown = report["views"][dialog]
    assert _inside(shown["frame"], report["screen"], 0), shown["frame"]
    assert not shown["clipped"]


@pytest.mark.parametrize("size, scale", SIZES)
@pytest.mark.parametrize("dialog", ["preferences", "settings"])
def test_the_dialogs_fit_the_screen_and_clip_no_text(reports, size, scale, dialog):
    report = reports[(size, scale)]
    shown = report["views"][dialog]
    assert _inside(shown["frame"], report["screen"], 1 if report["ratio"] > 1 else 0)
    assert not shown["clipped"]


@pytest.mark.parametrize("language, size", LANGUAGE_SIZES)
@pytest.mark.parametrize("view", ["participants", "explore"])
def test_the_window_stays_on_the_screen_with_the_participants_and_explore_docks_in_any_language(
        language_reports, language, size, view):
    """With a rated edge selected (the Inspector showing its rating) and the docks in
    front, the window's minimum size still fits the screen: the time bar stays in view."""
    report = language_reports[(language, size)]
    frame = report["views"][view]["frame"]
    assert _inside(frame, report["screen"], 0), (language, frame)


@pytest.mark.parametrize("size, scale", SIZES)
@pytest.mark.parametrize("view", ["participants", "explore"])
def test_the_window_stays_on_the_screen_with_the_participants_and_explore_docks(
        reports, size, scale, view):
    report = reports[(size, scale)]
    frame = report["views"][view]["frame"]
    assert _inside(frame, report["screen"], 1 if report["ratio"] > 1 else 0), frame


@pytest.mark.parametrize("language, size", LANGUAGE_SIZES)
def test_the_explore_dock_never_scrolls_sideways_in_any_language(language_reports, language,
                                                                  size):
    assert language_reports[(language, size)]["views"]["explore"]["sideways"] == 0


@pytest.mark.parametrize("size, scale", SIZES)
def test_the_explore_dock_never_scrolls_sideways(reports, size, scale):
    assert reports[(size, scale)]["views"]["explore"]["sideways"] == 0


@pytest.mark.parametrize("language, size", LANGUAGE_SIZES)
def test_no_legend_covers_a_node_and_the_workshop_bar_shows_every_lever_in_every_language(
        language_reports, language, size):
    views = language_reports[(language, size)]["views"]
    for view in ("window", "workshop"):
        shown = views[view]["map"]
        assert shown["legends"]
        assert not {(legend, node) for legend, box in shown["legends"].items()
                    for node, rect in shown["nodes"].items() if _overlap(box, rect)}
    levers = [n for n in views["workshop"]["controls"] if n.startswith("workshop-lever:")]
    assert len(levers) == views["workshop"]["levers"] > 0
    legend = views["workshop"]["map"]["legends"]["change"]
    assert legend[3] * 8 <= views["workshop"]["map"]["viewport"][3]
    assert all(_reads(views[view]["scenario_box"]) for view in ("window", "workshop"))


@pytest.mark.parametrize("size, scale", SIZES)
@pytest.mark.parametrize("view", ["window", "workshop"])
def test_no_text_is_clipped(reports, size, scale, view):
    assert not reports[(size, scale)]["views"][view]["clipped"]


def _story_and_status_read(report) -> list:
    """What the story banner and the Results status line get wrong on this screen: a
    heading not whole (the chapter, its title, its place and the keys) or beyond two
    lines, a text beyond its three lines or cut with its whole text not on hover, a status
    line cut with "..." or shorter than its lines."""
    window = report["views"]["window"]
    story, status = window["story"], window["status_line"]
    (heading, text), (whole_heading, whole_text) = story["shown"], story["whole"]
    wrong = []
    # whole, or without the scenario's name (the time bar names it) on one line
    if not "".join(whole_heading.split()).endswith("".join(heading.split())) or \
            heading.count("\n") > 1 or "Esc" not in heading:
        wrong.append(("story heading not whole on two lines", heading))
    text_lines = text.count("\n") + 1
    if text_lines > TEXT_LINES or \
            story["height"] > (heading.count("\n") + 1 + TEXT_LINES) * story["line"] + 8:
        wrong.append(("story banner beyond its lines", story["shown"], story["height"]))
    # the lines it takes read as the whole text (broken at spaces, or in Chinese and
    # Japanese between characters)
    if "".join(text.split()) != "".join(whole_text.split()) and \
            whole_text not in story["tooltips"][1]:
        wrong.append(("story text cut, not whole on hover", text))
    if "\u2026" in status["shown"] or not status["tall_enough"]:
        wrong.append(("status line cut", status["shown"]))
    return wrong


@pytest.mark.parametrize("size, scale", SIZES)
def test_the_story_banner_reads_whole_and_the_status_line_reads_whole(reports, size, scale):
    assert not _story_and_status_read(reports[(size, scale)])


@pytest.mark.parametrize("language, size", LANGUAGE_SIZES)
def test_the_story_banner_reads_whole_and_the_status_line_reads_whole_in_every_language(
        language_reports, language, size):
    """At 1024 x 768 in Japanese the banner took four lines of the map and then left out
    its keys, and in English the status line cut the trust verdict."""
    assert not _story_and_status_read(language_reports[(language, size)])


@pytest.mark.parametrize("size, scale", SIZES)
def test_the_help_windows_pictures_fit_its_page(reports, size, scale):
    """The screenshot on the help's first page was wider than its page at 1024 x 768 (the
    page view narrowed after the picture was fitted): it fits, nothing scrolls sideways."""
    shown = reports[(size, scale)]["views"]["help"]
    assert shown["pictures"] and max(shown["pictures"]) <= shown["page"], shown
    assert shown["sideways"] == 0, shown


@pytest.mark.parametrize("size, scale", SIZES)
def test_the_inspectors_node_and_edge_pages_never_scroll_sideways(reports, size, scale):
    """With an edge selected the rating box under its form made a projector's Inspector
    scroll sideways."""
    assert reports[(size, scale)]["views"]["inspector_sideways"] == {"node": 0, "edge": 0}


@pytest.mark.parametrize("language, size", LANGUAGE_SIZES)
def test_the_inspectors_node_and_edge_pages_never_scroll_sideways_in_any_language(
        language_reports, language, size):
    sideways = language_reports[(language, size)]["views"]["inspector_sideways"]
    assert sideways == {"node": 0, "edge": 0}, (language, sideways)


def _rating_reads(report) -> list:
    """What the Inspector's rating box gets wrong: fewer than three of its four rows of
    controls in view once its link has scrolled to it, or its term box moved by a rating
    (the note of what the rating did came a line taller than the link above the form)."""
    rating = report["views"]["rating"]
    wrong = [(name, shown["rows"]) for name, shown in rating.items() if shown["rows"] < 3]
    if rating["before"]["term"] != rating["after"]["term"]:
        wrong.append(("term box moved", rating["before"]["term"], rating["after"]["term"]))
    return wrong


@pytest.mark.parametrize("size, scale", SIZES)
def test_the_rating_box_shows_three_rows_and_a_rating_moves_none(reports, size, scale):
    assert not _rating_reads(reports[(size, scale)])


@pytest.mark.parametrize("language, size", LANGUAGE_SIZES)
def test_the_rating_box_shows_three_rows_and_a_rating_moves_none_in_every_language(
        language_reports, language, size):
    """At 1024 x 768 in Japanese the original text above the form left the rating 60
    pixels (one row), and the note of a rating pushed it down by a line."""
    assert not _rating_reads(language_reports[(language, size)])
