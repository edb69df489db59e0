"""Names with numbers sort in counting order: "class 2" before "class 10"."""

from __future__ import annotations

from windtunnel.model.natural_order import natural_key


def test_numbers_sort_by_value_and_letters_ignore_case():
    names = ["modularity_class 10", "modularity_class 2", "Workshop 1", "modularity_class 0",
             "beta", "Alpha", "workshop 12", "Workshop 3"]
    assert sorted(names, key=natural_key) == [
        "Alpha", "beta", "modularity_class 0", "modularity_class 2", "modularity_class 10",
        "Workshop 1", "Workshop 3", "workshop 12"]


def test_digits_of_any_script_count_and_other_marks_are_text():
    names = ["組 １０", "組 ２", "x²", "x1"]                  # full-width digits, a superscript
    assert sorted(names, key=natural_key) == ["x1", "x²", "組 ２", "組 １０"]
