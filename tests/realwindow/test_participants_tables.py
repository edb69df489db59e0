"""The Participants dock's two tables in real windows (Xvfb and a window manager) at the
screens workshops have (a projector at 1024x768, a laptop at 1366x768), in English and in
Japanese: every column readable - its header whole (they read "P...", "S...", "R..." on a
projector) and a column of names a few letters at least (role and group were slivers on a
laptop) - the table scrolling sideways only where that is wider than the dock; on a laptop
the people fit without scrolling. Screenshots go to the folder named by
WINDTUNNEL_SCREENSHOTS (else the test's temporary folder)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .xdisplay import run_probe

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("realwindow")]

PROBE = Path(__file__).with_name("tables_probe.py")
SHOWN = [(size, language) for size in ("1024x768", "1366x768") for language in ("en", "ja")]
#: The least a column of names keeps, in average letters (READABLE_LETTERS of the app).
LETTERS = 8


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    folder = Path(os.environ.get("WINDTUNNEL_SCREENSHOTS") or tmp_path_factory.mktemp("shots"))
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


@pytest.mark.parametrize("language", ["en", "ja"])
def test_on_a_laptop_the_people_fit_the_dock(reports, language):
    people = reports["1366x768", language]["tables"]["people"]
    assert people["sideways"] == 0, people
