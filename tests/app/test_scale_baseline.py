"""The change scale's end values and its "0" stand on one baseline in every language: in
Japanese the ends carry words of a taller fallback font, and aligned by their tops they
sat lower than the "0" (as the PDF brief showed)."""

from __future__ import annotations

import io

import pypdf
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from windtunnel.app.translations import apply_language

from .brief_pages import baselines


@pytest.fixture
def english_afterwards(qapp):
    yield
    apply_language("en")


@pytest.mark.parametrize("tag", ["en", "ja"])
def test_the_scale_ends_and_its_zero_share_a_baseline(tag, english_afterwards):
    from windtunnel.app.analysis.colours import paint_change_legend, scale_ends
    from windtunnel.app.analysis.pages import pdf_document

    assert apply_language(tag)
    data = pdf_document("scale", 1, lambda painter, page, _number: paint_change_legend(
        painter, QRectF(0, 0, 600, 120), 1.5, title="Change", text=QColor("#1a1a1a"),
        background=QColor("white")))
    low, high = scale_ends(1.5)
    found = baselines(pypdf.PdfReader(io.BytesIO(data)).pages[0])
    # an end in two fonts is drawn (and read back) as two pieces
    pieces = {text: y for text, y in found.items() if text in low or text in high}
    assert "".join(pieces).count("1.50") == 2 and "0" in found, found
    assert all(y == pytest.approx(found["0"], abs=0.05) for y in pieces.values()), found
