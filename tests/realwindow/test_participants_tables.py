"""The Participants dock's two tables in real windows (Xvfb and a window manager) at the
screens workshops have (a projector at 1024x768, a laptop at 1366x768), in the four
languages: the people and Add at the top of the dock, shown before it is scrolled; every
column readable - its header whole (they read "P...", "S...", "R..." on a
projector) and a column of names a few letters at least (role and group were slivers on a
laptop) - the table scrolling sideways only where that is wider than the dock; on a laptop
the people fit without scrolling. Screenshots go to the folder named by
WINDTUNNEL_SCREENSHOTS (else the test's temporary folder)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .xdisplay import run_probe, screenshots_folder

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("realwindow")]

PROBE = Path(__file__).with_name("tables_probe.py")
LANGUAGES = ("en", "zh-CN", "zh-HK", "ja")
SHOWN = [(size, language) for size in ("1024x768", "1366x768") for language in LANGUAGES]
#: The least a column of names keeps, in average letters (READABLE_LETTERS of the app).
LETTERS = 8


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    folder = screenshots_folder(tmp_path_factory, "shots")
    return {(size, language): run_probe(PROBE, size, 1,
                                        folder / f"participants-tables-{size}-{language}",
                                        language)
            for size, language in SHOWN}


@pytest.mark.parametrize("size, language", SHOWN)
@pytest.mark.parametrize("name", ["people", "ratings"])
def test_every_column_of_the_participants_tables_is_readable(reports, size, language, name):
    table = reports[size, language]["tables"][name]
    for column in table["columns"]:
        wanted = max(column["header_wants"], column["contents_want"])
        assert column["width"] >= column["header_wants"], column
        assert column["width"] >= min(wanted, LETTERS * column["letter"]), column
    widths = sum(column["width"] for column in table["columns"])
    assert (table["sideways"] > 0) == (widths > table["viewport"]), table


@pytest.mark.parametrize("language", LANGUAGES)
def test_on_a_laptop_the_people_fit_the_dock(reports, language):
    """In every language: the headers say which language the names are typed in no more
    (a line under the table does), which made the table scroll sideways in Chinese."""
    people = reports["1366x768", language]["tables"]["people"]
    assert people["sideways"] == 0, people


@pytest.mark.parametrize("size, language", SHOWN)
def test_the_people_and_add_show_at_the_top_of_the_dock(reports, size, language):
    """The dock, a few hundred pixels high on a laptop or a projector, shows the people
    (the header and every one of the five voices) and Add before it is scrolled; the
    settings, the lens and the sentence on the room had pushed them below its end."""
    shown = reports[size, language]["unscrolled"]
    assert shown["header"] and shown["rows"] == 5 and shown["add"], shown
    assert all(shown["boxes"].values()), shown


@pytest.mark.parametrize("size, language", SHOWN)
def test_the_rest_of_a_short_dock_is_said_to_be_below(reports, size, language):
    """The settings and the edge's ratings below the end of a laptop's or a projector's
    dock are said to be there, by the bar at its foot (its thin scroll bar alone did not
    say it)."""
    shown = reports[size, language]["unscrolled"]
    assert shown["more_below"], shown


@pytest.mark.parametrize("size, language", SHOWN)
def test_anonymous_shows_whole_before_the_dock_is_scrolled(reports, size, language):
    """A facilitator at a projector or a laptop hides the names without scrolling, in
    every language: Anonymous, under Add and Remove, shows whole above the bar at the
    dock's foot (in Japanese and Chinese only its top had shown, the people's tall rows
    taking the room), with the five voices and Add still whole above it."""
    shown = reports[size, language]["unscrolled"]
    assert shown["anonymous"] and shown["add"] and shown["rows"] == 5, shown
