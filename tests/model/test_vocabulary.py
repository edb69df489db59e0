"""The model's date forms: a year, a year and month, or a whole date on the calendar."""

from __future__ import annotations

import pytest

from windtunnel.model.vocabulary import is_iso_date


@pytest.mark.parametrize("text", ["2026", "2026-06", "2026-06-25", "2024-02-29", "1999-12-31"])
def test_a_year_a_month_or_a_day_is_a_date(text):
    assert is_iso_date(text)


@pytest.mark.parametrize("text", ["", "June 2026", "26/06/2026", "2026-6", "2026-6-26",
                                  "2026-00", "2026-13", "2026-02-29", "2026-04-31",
                                  "2026-06-25T10:00", " 2026", "20266", "２０２６"])
def test_anything_else_is_not(text):
    assert not is_iso_date(text)
