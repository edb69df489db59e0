"""The text of each page of a model's PDF brief, as a reader's PDF tool extracts it."""

from __future__ import annotations

import io

import pypdf
from PySide6.QtWidgets import QApplication

from windtunnel.app.analysis.controller import refreshes_pending
from windtunnel.app.document import Document


def brief_pages(window, qtbot, model, scenario: str) -> list[str]:
    """Each page's text (its whitespace runs as single spaces) of the brief ``window``
    writes for ``model``'s ``scenario``."""
    from windtunnel.app.analysis.brief import brief_pdf_bytes

    window.set_document(Document(model))
    QApplication.processEvents()
    analysis = window.extensions["analysis"]
    analysis.session.set_scenario(scenario)
    qtbot.waitUntil(lambda: analysis.controller.idle and not refreshes_pending(), timeout=10000)
    reader = pypdf.PdfReader(io.BytesIO(brief_pdf_bytes(analysis.session.snapshot())))
    return [" ".join(page.extract_text().split()) for page in reader.pages]
