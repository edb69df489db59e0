"""The disagreement lens: bands under the edges participants disagree on, rings on sign
conflicts, switched from the Participants dock and kept up to date."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from windtunnel.app.document import Document
from windtunnel.app.participants_lens import lens_marks
from windtunnel.model import load
from windtunnel.paths import bundled_model

VOICES = "ai-export-controls-2026-voices.wtm"


def test_lens_marks_scale_bands_by_spread_and_find_conflicts():
    model = load(bundled_model(VOICES))
    bands, conflicts = lens_marks(model)
    sizes = dict(bands)
    assert max(sizes.values()) == 1.0
    assert max(sizes, key=sizes.get) == ("restricted-access", "misuse-risk")
    assert conflicts == []
    voice = model.participant("china-daily-op")
    model.update_participant("china-daily-op", ratings=tuple(
        replace(r, term="+M") if r.key == ("export-controls", "restricted-access") else r
        for r in voice.ratings))
    assert lens_marks(model)[1] == [("export-controls", "restricted-access")]
    assert lens_marks(load(bundled_model())) == ([], [])


def test_the_dock_switches_the_lens_and_it_follows_changes(window, qtbot):
    model = load(bundled_model(VOICES))
    window.set_document(Document(model))
    QApplication.processEvents()
    panel = window.extensions["participants"]
    assert panel.lens.scene() is window.scene and not panel.lens.isVisible()
    panel.show_lens.setChecked(True)
    assert panel.lens.isVisible() and panel.lens_legend.isVisibleTo(panel)
    # the three edges two or more voices rated
    assert {key for key, _size in panel.lens.bands} == {
        ("export-controls", "restricted-access"), ("export-controls", "safety-credibility"),
        ("restricted-access", "misuse-risk")}
    voice = model.participant("china-daily-op")
    model.update_participant("china-daily-op", ratings=tuple(
        replace(r, term="+M") if r.key == ("export-controls", "restricted-access") else r
        for r in voice.ratings))                 # not an undo step: shown in the next turn
    qtbot.waitUntil(lambda: panel.lens.conflicts == [("export-controls", "restricted-access")])
    image = QImage(400, 300, QImage.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    window.scene.render(painter)                 # paints bands and rings without error
    painter.end()
    window.set_document(Document(load(bundled_model())))     # no participants: nothing
    QApplication.processEvents()
    assert panel.lens.scene() is window.scene and panel.lens.bands == []
    assert not panel.show_lens.isEnabled()
