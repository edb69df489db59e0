"""Hong Kong Chinese quotes with 「」 (『』 for a quotation inside one), as the interface's
catalogue does; the help pages mixed in the mainland's “”, a hundred times, so the help
quoted a button one way and the window showed it another."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from windtunnel.paths import resource_path

HELP = resource_path("help", "zh-HK")
CATALOGUES = [resource_path("translations", f"{name}_zh_HK.ts") for name in ("windtunnel", "core")]


def _quote_problems(text: str) -> list[str]:
    """Each mainland quotation mark in ``text``, and each 「 or 『 left open or closed
    unopened, with a few characters either side."""
    problems, opened = [], []
    for at, mark in enumerate(text):
        around = text[max(at - 8, 0):at + 8]
        if mark in "“”":
            problems.append(around)
        elif mark in "「『":
            opened.append((mark, at))
        elif mark in "」』":
            if not opened or opened.pop()[0] != {"」": "「", "』": "『"}[mark]:
                problems.append(around)
    return problems + [text[at:at + 16] for _mark, at in opened]


@pytest.mark.parametrize("text, found", [
    ("按“確定”", 2), ("按「確定」", 0), ("顯示為「編輯參與者『參與者 3』」", 0), ("「未完", 1),
    ("「錯『配」』", 2)])
def test_the_check_finds_mainland_and_unmatched_quotation_marks(text, found):
    assert len(_quote_problems(text)) == found


@pytest.mark.parametrize("page", sorted(HELP.glob("*.md")), ids=lambda p: p.name)
def test_hong_kong_help_quotes_as_in_hong_kong(page):
    assert _quote_problems(page.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: p.name)
def test_hong_kong_catalogues_quote_as_in_hong_kong(catalogue):
    texts = [element.text or "" for element in ET.parse(catalogue).iter("translation")]
    assert [found for text in texts for found in _quote_problems(text)] == []
