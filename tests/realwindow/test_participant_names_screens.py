"""Participants an analyst adds by hand, in real windows (Xvfb and a window manager) on a
projector's 1024x768 screen, in the four languages: a Chinese, a Japanese and a Latin
name typed into the Participants dock show whole in its table ("佐藤 花子" read
"佐藤 ..."), and the Participants' Results line beside its tabs shows a version of itself
whole, never cut ("外国籍者へのアクセス禁止：参加者 3…" with room to spare), without pushing
its tabs into scrolling. Screenshots go to the folder named by WINDTUNNEL_SCREENSHOTS (else
the test's temporary folder)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .xdisplay import run_probe, screenshots_folder

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("realwindow")]

PROBE = Path(__file__).with_name("names_probe.py")
LANGUAGES = ("en", "ja", "zh-CN", "zh-HK")


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    folder = screenshots_folder(tmp_path_factory, "shots")
    return {language: run_probe(PROBE, "1024x768", 1, folder / f"names-1024x768-{language}",
                                language)
            for language in LANGUAGES}


@pytest.mark.parametrize("language", LANGUAGES)
def test_names_typed_in_show_whole_in_the_table_of_people(reports, language):
    report = reports[language]
    assert report["labels"] == ["张伟", "佐藤 花子", "Ana Lima"]
    for cell in report["people"]:
        assert cell["width"] >= cell["wants"], cell


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_results_line_beside_the_tabs_shows_whole(reports, language):
    results = reports[language]["results"]
    assert results["shown"] and not results["shown"].endswith("\u2026"), results
    assert results["width"] >= min(results["wants"], 200), results
    assert not results["tabs_scroll"], results
