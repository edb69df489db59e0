"""The model's date forms: a year, a year and month, or a whole date on the calendar."""

from __future__ import annotations

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from windtunnel.model.vocabulary import TakenIds, is_iso_date, slugify, slugs

from conftest import examples


@pytest.mark.parametrize("text", ["2026", "2026-06", "2026-06-25", "2024-02-29", "1999-12-31"])
def test_a_year_a_month_or_a_day_is_a_date(text):
    assert is_iso_date(text)


@pytest.mark.parametrize("text", ["", "June 2026", "26/06/2026", "2026-6", "2026-6-26",
                                  "2026-00", "2026-13", "2026-02-29", "2026-04-31",
                                  "2026-06-25T10:00", " 2026", "20266", "２０２６"])
def test_anything_else_is_not(text):
    assert not is_iso_date(text)


def test_the_last_day_of_every_month_is_the_calendars():
    """Every month's last day is a date and the day after it is not, in every year a file
    can write (leap years by the Gregorian rule: 1900 is none, 2000 is one)."""
    import calendar

    for year in (0, 4, 100, 400, 1600, 1700, *range(1890, 2110), 9999):
        for month in range(1, 13):
            last = calendar.monthrange(year, month)[1]
            assert is_iso_date(f"{year:04d}-{month:02d}-{last:02d}")
            assert not is_iso_date(f"{year:04d}-{month:02d}-{last + 1:02d}")


@settings(max_examples=examples(400), deadline=None)
@given(texts=st.lists(st.one_of(st.sampled_from(["a b", "a-b", "A_B", "---", "item", "x" * 70,
                                                 "x" * 61 + "-2", "x" * 60, "Café", "出口"]),
                                st.text(max_size=6)), max_size=10),
       taken=st.lists(st.sampled_from(["a-b", "item", "x-2", "n1"]), max_size=3))
def test_slugs_are_the_slugs_made_in_turn(texts, taken):
    """Slugs made a column at a time are those ``slugify`` makes in turn, with the same
    ids taken after."""
    together, in_turn = TakenIds(taken), TakenIds(taken)
    expected = []
    for text in texts:
        expected.append(slugify(text, in_turn))
        in_turn.add(expected[-1])
    assert slugs(texts, together) == expected
    assert together == in_turn and together.suffixes == in_turn.suffixes


def test_plain_texts_are_slugged_together():
    taken = TakenIds({"n1"})
    assert slugs(["US Labs", "Export controls"], taken) == ["us-labs", "export-controls"]
    assert taken.suffixes == {"us-labs": 1, "export-controls": 1}
