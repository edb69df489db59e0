"""Chinese and Japanese name a step as "第 36 月" and "36 月目", the number before its unit:
a translation that kept the English order read "到 月 36 變化" (word salad) in the brief."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
CATALOGUES = sorted(p for p in TRANSLATIONS.glob("*.ts") if re.search(r"_(zh_..|ja)\.ts$", p.name))


def _texts(ts: Path) -> list[str]:
    """Every translation of ``ts``, each plural form on its own."""
    root = ET.parse(ts).getroot()
    return [t.text for t in (*root.iter("translation"), *root.iter("numerusform")) if t.text]


def test_there_are_catalogues_to_check():
    assert len(CATALOGUES) == 6


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_a_step_s_number_comes_before_its_unit(ts):
    wrong = [text for text in _texts(ts)
             if "{unit}" in text and "{step}" in text and text.index("{unit}") < text.index("{step}")]
    assert wrong == []
