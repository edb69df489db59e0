"""The text of each page of a model's PDF brief, as a reader's PDF tool extracts it."""

from __future__ import annotations

import io
import math

import pypdf
from PySide6.QtWidgets import QApplication

from windtunnel.app.analysis.controller import refreshes_pending
from windtunnel.app.document import Document


def brief_pages(window, qtbot, model, scenario: str) -> list[str]:
    """Each page's text (its whitespace runs as single spaces) of the brief ``window``
    writes for ``model``'s ``scenario``."""
    reader = pypdf.PdfReader(io.BytesIO(brief_bytes(window, qtbot, model, scenario)))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def brief_bytes(window, qtbot, model, scenario: str) -> bytes:
    """The PDF brief ``window`` writes for ``model``'s ``scenario``."""
    from windtunnel.app.analysis.brief import brief_pdf_bytes

    return brief_pdf_bytes(snapshot_of(window, qtbot, model, scenario))


def snapshot_of(window, qtbot, model, scenario: str):
    """The results ``window`` shows for ``model``'s ``scenario``, once they are in."""
    window.set_document(Document(model))
    QApplication.processEvents()
    analysis = window.extensions["analysis"]
    analysis.session.set_scenario(scenario)
    qtbot.waitUntil(lambda: analysis.controller.idle and not refreshes_pending(), timeout=10000)
    return analysis.session.snapshot()


def printed_text(page: pypdf.PageObject) -> list[tuple[float, str]]:
    """Each piece of text a PDF page draws, with the size (points) it prints at: its
    font's size times the scale of the text and page transforms it is drawn under."""
    found = []

    def visit(text, page_matrix, text_matrix, _font, size):
        if text.strip():
            scale = math.hypot(text_matrix[0] * page_matrix[0] + text_matrix[1] * page_matrix[2],
                               text_matrix[0] * page_matrix[1] + text_matrix[1] * page_matrix[3])
            found.append((size * scale, text.strip()))

    page.extract_text(visitor_text=visit)
    return found


def baselines(page: pypdf.PageObject) -> dict[str, float]:
    """Each piece of text a PDF page draws, and the height (points from the page's foot)
    of its baseline."""
    found = {}

    def visit(text, page_matrix, text_matrix, _font, _size):
        if text.strip():
            found[text.strip()] = (text_matrix[4] * page_matrix[1]
                                   + text_matrix[5] * page_matrix[3] + page_matrix[5])

    page.extract_text(visitor_text=visit)
    return found


def images(page: pypdf.PageObject) -> list[str]:
    """The names of the images a PDF page draws."""
    objects = page["/Resources"].get("/XObject", {})
    return [name for name, image in objects.items()
            if image.get_object().get("/Subtype") == "/Image"]
