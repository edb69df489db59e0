"""Numbers and dates in the interface follow the chosen language's QLocale; the Qt-free
core's figures (Python's formatting, ISO dates) read the same in every language we speak."""

from __future__ import annotations

import re
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from windtunnel import language
from windtunnel.app.analysis.axes import LocaleAxis
from windtunnel.app.analysis.figures import signed
from windtunnel.app.analysis.scorecard import _unrounded, cell_text, change_text
from windtunnel.app.autosave import RecoveredDocument
from windtunnel.app.dialogs import ask_recover
from windtunnel.app.formats import count, date, moment, number, part, percent
from windtunnel.app.translations import QT_LOCALES, apply_language


@pytest.fixture
def english_afterwards(qapp):
    yield
    apply_language("en")


@pytest.fixture
def german_figures(qapp):
    """A default QLocale that writes figures unlike Python (``1.234,5``), to see that the
    interface's figures come from QLocale."""
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize("tag", list(language.LANGUAGES))
def test_each_language_writes_figures_as_the_core_does(tag, qapp):
    """The rule the core relies on: for each of our languages, QLocale's figures are
    Python's (so the core's messages need no locale)."""
    locale = QLocale(QT_LOCALES[tag])
    assert (locale.decimalPoint(), locale.groupSeparator(), locale.percent(),
            locale.negativeSign()) == (".", ",", "%", "-")
    assert locale.toString(-12345.678, "f", 2) == f"{-12345.678:,.2f}"


def test_the_interface_writes_figures_through_qlocale(german_figures):
    assert number(1234.5, 1) == "1.234,5"
    assert number(0.25, 2, signed=True) == "+0,25"
    assert number(-0.25, 2, signed=True) == "\u22120,25"
    assert percent(0.256) == "26%" and percent(0.256, 1) == "25,6%"
    assert count(12000) == "12.000"
    row = SimpleNamespace(met=True, change=0.1234)
    assert cell_text(row, 0.5) == "\u2714 +0,123  P 50%"
    for zero in (0.0, -0.0, 1e-13, -1e-13):          # no change, or rounding noise:
        # neither a rise nor a fall ("+0,000", "-0,000")
        assert cell_text(SimpleNamespace(met=True, change=zero), None) == "\u2714 0,000"
    # too small for three places: two significant digits, never a bare 0,000
    assert [change_text(c) for c in (0.0004, -0.0004)] == ["+0,00040", "\u22120,00040"]
    assert [change_text(c) for c in (0.0006, -0.0006)] == ["+0,001", "\u22120,001"]
    axis = LocaleAxis("left")
    assert axis.tickStrings([0.0, 0.5, 1.0], 1.0, 0.5) == ["0,0", "0,5", "1,0"]
    assert axis.tickStrings([0.0, 10.0], 1.0, 10.0) == ["0", "10"]


@pytest.mark.parametrize("tag, day, month", [
    ("en", "June 25, 2026", "June 2026"),
    ("zh-CN", "2026\u5e746\u670825\u65e5", "2026\u5e746\u6708"),
    ("zh-HK", "2026\u5e746\u670825\u65e5", "2026\u5e746\u6708"),
    ("ja", "2026\u5e746\u670825\u65e5", "2026\u5e746\u6708"),
])
def test_dates_are_written_in_the_chosen_language(tag, day, month, english_afterwards):
    apply_language(tag)
    assert date("2026-06-25") == day
    assert date("2026-06") == month
    assert date("2026") == "2026"
    assert date("spring 2026") == "spring 2026"         # the model's own text, as written
    assert date("2026-02-30") == "2026-02-30"           # no such day: as written


def test_the_sources_dock_shows_dates_in_the_chosen_language(window, qtbot,
                                                             english_afterwards):
    table = window.sources.table
    assert table.item(0, 2).text() == "June 25, 2026"
    apply_language("ja")
    qtbot.waitUntil(lambda: table.item(0, 2).text() == "2026\u5e746\u670825\u65e5")


#: 18:20 on 3 December 2026, local time (whatever the machine's time zone).
_EVENING = time.mktime((2026, 12, 3, 18, 20, 0, 0, 0, -1))


@pytest.mark.parametrize("tag, written", [
    ("en", "December 3, 2026 6:20\u202fPM"),
    ("zh-CN", "2026\u5e7412\u67083\u65e5 18:20"),
    ("zh-HK", "2026\u5e7412\u67083\u65e5 \u4e0b\u53486:20"),
    ("ja", "2026\u5e7412\u67083\u65e5 18:20"),
])
def test_the_recovery_question_dates_the_autosave_unambiguously(tag, written, qtbot,
                                                                 english_afterwards):
    """The month by its name or before 月: never 12/3/26 (3 December or 12 March?)."""
    apply_language(tag)
    assert moment(_EVENING) == written
    asked = []

    def answer():
        box = QApplication.activeModalWidget()
        asked.append(box.informativeText())
        box.button(QMessageBox.No).click()

    QTimer.singleShot(0, answer)
    document = RecoveredDocument(Path("doc-1.wtm"), "Export controls", None, _EVENING)
    assert ask_recover(None, [SimpleNamespace(documents=[document])]) is False
    assert written in asked[0]


@pytest.mark.parametrize("tag", list(language.LANGUAGES))
def test_every_figure_the_interface_shows_falls_with_one_minus_sign(tag, english_afterwards):
    """The scorecard's change, the Why? tab's parts, the hover's levels, percentages,
    counts and unrounded changes: a fall is written with the typographic minus, never
    the hyphen-minus, in every language."""
    apply_language(tag)
    minus = "\u2212"
    shown = {"number": number(-0.12, 2), "signed number": number(-0.12, 2, signed=True),
             "percent": percent(-0.39), "count": count(-3), "scorecard": change_text(-0.12),
             "Why?": signed(-120, 3),
             "unrounded": _unrounded(-1.4e-12, SimpleNamespace(direction="decrease",
                                                              threshold=0.0))}
    assert {where: text[0] for where, text in shown.items()} == dict.fromkeys(shown, minus)
    assert change_text(-0.12) == signed(-120, 3) == f"{minus}0.120"


@pytest.mark.parametrize("share, said", [(0.0, "0%"), (0.002, "0.2%"), (0.3, "30%"),
                                         (0.998, "99.8%"), (0.99996, "99.996%"), (1.0, "100%")])
def test_a_part_reads_as_neither_none_nor_all(share, said):
    assert part(share) == said


PERCENT_WITH_A_SPACE = re.compile(r"\d %(?![a-zA-Z])")


@pytest.mark.parametrize("tag", list(language.LANGUAGES))
def test_a_percentage_is_written_alike_everywhere_in_each_language(tag, english_afterwards):
    """One rule per language, the language's own (CLDR's ``#,##0%`` for English, Chinese and
    Japanese: no space): the Why? tab wrote "65 %" beside Explore's "74%"."""
    apply_language(tag)
    assert percent(0.65) == "65%" == part(0.65)
    assert percent(-0.39) == "\u221239%"


def test_no_text_of_the_interface_or_its_help_puts_a_space_before_a_percent_sign():
    """Every catalogue (the texts the code marks for translation and their translations)
    and every help page writes a percentage as the functions above do."""
    resources = Path(__file__).resolve().parents[2] / "resources"
    texts = [*(resources / "translations").glob("*.ts"), *(resources / "help").rglob("*.md")]
    assert len(texts) > 20
    spaced = {path.name: PERCENT_WITH_A_SPACE.findall(path.read_text(encoding="utf-8"))
              for path in texts}
    assert {name: found for name, found in spaced.items() if found} == {}
