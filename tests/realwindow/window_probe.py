"""Run under a real X display (Xvfb and a window manager): open the app on the bundled model
as a user would, then report what a person would see, as JSON on stdout.

For workshop mode as it opens: whether the levers are folded, the map's labels (their
texts and type size) and the nodes' names. For the normal window (with screenshots of the
focus view and story mode too) and for workshop mode, its levers unfolded: the screen, the window's frame, every toolbar
button, time-bar control and lever row that should be reachable (their rectangles on the
screen), the time bar's scenario name as shown, the legends' rectangles and the nodes' rectangles on the screen; a screenshot of
the whole screen of each is written to the folder given as the first argument.

Also how far the Inspector scrolls sideways with a node and with an edge selected (on the
bundled model of participants, every footer shown), the rating box in the Inspector (the rows of it in view and where its term box is,
before and after a rating), the Results dock's status line and the story banner as shown, the help window's
pictures against its page view, and the texts a window clips: every visible button, check box, label (one line, not
elided) and tab narrower than the text it holds, in the window and in workshop mode, in
the Preferences and engine-settings dialogs, and with the Participants docks (on the
bundled model of participants) and the Explore tab in front.

Used by test_screens.py; run by hand to look at the app at another size, in a language
(en, zh-CN, zh-HK or ja; the system's when not given):
``DISPLAY=:99 .venv/bin/python tests/realwindow/window_probe.py /tmp/shots [LANGUAGE]``.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QLabel, QLineEdit, QScrollArea,
                               QSlider, QStyle, QTabBar, QToolButton, QWidget)

from probing import (close_all, map_labels, quiet, run_probe_script, screen_rect,
                     settle_until, start_probe)


def _controls(window, analysis) -> dict[str, list[int]]:
    """Every control a user must reach, by a stable name."""
    found = {}
    for bar in window.toolbars:
        if not bar.isVisible():
            continue
        for action in bar.actions():
            widget = bar.widgetForAction(action)
            if widget is not None and widget.isVisible() and not action.isSeparator():
                found[f"{bar.objectName()}:{action.text() or widget.objectName()}"] = screen_rect(widget)
    for child in analysis.time_bar.findChildren(QWidget):
        if isinstance(child, (QAbstractButton, QComboBox, QSlider)) and child.isVisible():
            found[f"time-bar:{type(child).__name__}:{child.text() if hasattr(child, 'text') else ''}"] = screen_rect(child)
    if analysis.workshop.active:
        for lever_id, row in analysis.workshop.levers.list.bound.items():
            if row.isVisible():
                found[f"workshop-lever:{lever_id}"] = screen_rect(row)
    found["status-bar"] = screen_rect(window.statusBar())
    return found


def _clipped(window) -> dict[str, list[int]]:
    """Visible texts narrower than they need (name: [width, needed]): buttons, check boxes,
    one-line labels, line edits' placeholders and tabs. Labels that elide on purpose or
    wrap are left out."""
    found = {}
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            needed = widget.minimumSizeHint().width()
            if widget.width() + 1 < needed:
                found[f"{type(widget).__name__}:{widget.text()}"] = [widget.width(), needed]
        elif isinstance(widget, QLabel) and widget.text() and not widget.wordWrap() \
                and type(widget) is QLabel and "<" not in widget.text():
            needed = widget.fontMetrics().horizontalAdvance(widget.text())
            if widget.contentsRect().width() + 1 < needed:
                found[f"QLabel:{widget.text()}"] = [widget.width(), needed]
        elif isinstance(widget, QLineEdit) and not widget.text() and widget.placeholderText():
            # the room QLineEdit paints the placeholder in: inside its frame, its 2-pixel
            # margins, its text margins and its visible side buttons
            frame = widget.style().pixelMetric(QStyle.PM_DefaultFrameWidth, None, widget) \
                if widget.hasFrame() else 0
            margins = widget.textMargins()
            side = sum(b.width() for b in widget.findChildren(QToolButton) if b.isVisible())
            room = widget.width() - 2 * frame - 4 - margins.left() - margins.right() - side
            needed = widget.fontMetrics().horizontalAdvance(widget.placeholderText())
            if room < needed:
                found[f"QLineEdit:{widget.placeholderText()}"] = [widget.width(), needed]
        elif isinstance(widget, QTabBar) and not widget.usesScrollButtons():
            for i in range(widget.count()):
                needed = widget.fontMetrics().horizontalAdvance(widget.tabText(i).replace("&", ""))
                if widget.tabRect(i).width() < needed:
                    found[f"tab:{widget.tabText(i)}"] = [widget.tabRect(i).width(), needed]
    return found


def _scenario_box(analysis) -> dict:
    """The time bar's scenario chooser: its current name, the text it shows, its tooltip."""
    box = analysis.time_bar.scenario
    return {"name": box.currentText(), "shown": box.shown_text(), "tooltip": box.toolTip()}


def _map(window, analysis) -> dict:
    view = window.view
    viewport = view.viewport()
    nodes = {}
    for node_id, item in window.scene.node_items.items():
        polygon = view.mapFromScene(item.sceneBoundingRect())
        box = polygon.boundingRect().intersected(viewport.rect())
        if not box.isEmpty():
            top_left = viewport.mapToGlobal(box.topLeft())
            nodes[node_id] = [top_left.x(), top_left.y(), box.width(), box.height()]
    legends = {}
    for name, widget in (("groups", view.legend), ("change", analysis.map_results.legend)):
        if widget.isVisible():
            legends[name] = screen_rect(widget)
    from windtunnel.app.canvas.map_labels import node_label_px

    if view.labels_by_view:     # the view's own, bigger labels, on the nodes they fit
        label_px, labelled = view.map_labels.pixel_size(), list(view.map_labels.shown)
    else:
        label_px, labelled = node_label_px(view.zoom, window.scene.presentation_scale), list(nodes)
    goals = sorted({o.node for o in window.document.model.objectives})
    return {"nodes": nodes, "legends": legends, "viewport": screen_rect(viewport),
            "zoom": view.zoom, "label_px": label_px, "labelled": labelled, "goals": goals}


def _panels(window, analysis) -> dict:
    """What the panels leave readable: the trajectory plot's rectangle as far as it shows
    in its tab (and its time axis's title's rectangle, in the plot's coordinates), whether the Inspector scrolls sideways, and the window's own tab bars that
    are shown (with their rectangles)."""
    plot = analysis.results_panel.chart.plot
    shown = plot.viewport().visibleRegion().boundingRect()   # the plot is all viewport
    sideways = _inspector_sideways(window) > 0
    bars = {",".join(bar.tabText(i) for i in range(bar.count())): screen_rect(bar)
            for bar in window.findChildren(QTabBar, options=Qt.FindDirectChildrenOnly)
            if bar.isVisible() and bar.count()}
    title = plot.getPlotItem().getAxis("bottom").label            # the time axis's title
    margin = title.document().documentMargin()                   # blank around the text
    text = title.boundingRect().adjusted(margin, margin, -margin, -margin)
    box = plot.mapFromScene(title.mapRectToScene(text)).boundingRect()
    return {"plot": [shown.width(), shown.height()] if plot.isVisible() else [0, 0],
            "plot_minimum": plot.minimumHeight(), "plot_shown": list(shown.getRect()), "axis_title": list(box.getRect()),
            "axis_title_text": title.toPlainText(),
            "inspector_scrolls_sideways": sideways, "tab_bars": bars}


def _inspector_sideways(window) -> int:
    """How many pixels the Inspector's forms scroll sideways (0: they fit its width)."""
    return max(area.horizontalScrollBar().maximum()
               for area in window.inspector.findChildren(QScrollArea))


def _inspector_pages(window, screen, out: Path) -> dict:
    """The Inspector in front with a node, then an edge every participant rated, selected
    (their pages with every footer: the node's objectives, the edge's weight in the
    scenario and its rating box): how far each scrolls sideways; a screenshot of each.
    The edge stays selected."""
    window.inspector_dock.raise_()
    pages = {}
    for page, selection in (("node", {"nodes": [RATED_EDGE[0]]}),
                            ("edge", {"edges": [RATED_EDGE]})):
        window.scene.select(**selection)
        quiet(window)
        pages[page] = _inspector_sideways(window)
        screen.grabWindow(0).save(str(out / f"inspector-{page}.png"))
    return pages


def _shoot_focus_and_story(window, analysis, screen, out: Path) -> dict:
    """Screenshots of the focus view and of the story's second chapter (for the README);
    the story banner's heading and text as shown, its height and the height of a line."""
    analysis.focus.set_active(True)
    quiet(window)
    screen.grabWindow(0).save(str(out / "focus.png"))
    analysis.focus.set_active(False)
    analysis.story.set_active(True)
    analysis.story.turn(1)
    quiet(window)
    screen.grabWindow(0).save(str(out / "story.png"))
    banner = analysis.story.banner
    labels = (banner.heading, banner.body)
    story = {"shown": [label.text() for label in labels], "height": banner.height(),
             "line": banner.body.sizeHint().height(),
             "whole": [label.full_text for label in labels],
             "tooltips": [label.toolTip() for label in labels]}
    analysis.story.set_active(False)
    quiet(window)
    return story


def _status_line(analysis) -> dict:
    """The Results dock's status line: the text shown, the whole line, whether the label
    is as tall as its lines."""
    status = analysis.results_panel.status
    return {"shown": status.text(), "whole": status.full_text,
            "tall_enough": status.height() >= status.sizeHint().height()}


def _help(workspace, screen, out: Path) -> dict:
    """The help window on its first page (with the main window's screenshot): how far its
    page scrolls sideways, its pictures' widths and the page view's width; a screenshot."""
    from PySide6.QtWidgets import QApplication

    help_window = workspace.show_help("editor")
    settle_until(lambda: help_window.isVisible() and help_window.windowHandle().isExposed(),
                 "the help window to show")
    for _ in range(20):
        QApplication.processEvents()
    screen.grabWindow(0).save(str(out / "help.png"))
    browser = help_window.browser
    document, widths = browser.document(), []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if it.fragment().charFormat().isImageFormat():
                widths.append(it.fragment().charFormat().toImageFormat().width())
            it += 1
        block = block.next()
    report = {"sideways": browser.horizontalScrollBar().maximum(), "pictures": widths,
              "page": browser.viewport().width()}
    help_window.close()
    return report


#: The bundled model of participants, and an edge every participant rated.
PARTICIPANTS = "ai-export-controls-2026-voices.wtm"
RATED_EDGE = ("restricted-access", "misuse-risk")


def _rating(window, box, screen, out: Path) -> dict:
    """The rating box of the selected edge in the Inspector, scrolled into view as its link
    does: how many of its rows of controls show whole, and where its term box is, before
    and after a rating (undone after); a screenshot of each."""
    window.inspector_dock.raise_()
    box.reveal()
    quiet(window)
    viewport = window.inspector._scroll.viewport()

    def shown() -> dict:
        rows = [box.rater, box.term, box.weight, box.confidence]
        tops = [row.mapTo(viewport, QPoint(0, 0)).y() for row in rows]
        whole = [top for top, row in zip(tops, rows)     # top to bottom in view
                 if top >= 0 and top + row.height() <= viewport.height()]
        return {"rows": len(whole), "term": screen_rect(box.term)}

    report = {"before": shown()}
    screen.grabWindow(0).save(str(out / "rating.png"))
    box.term.setCurrentIndex(box.term.findData("+VH"))
    box.term.activated.emit(box.term.currentIndex())
    quiet(window)
    report["after"] = shown()
    screen.grabWindow(0).save(str(out / "rated.png"))
    window.document.undo_stack.undo()
    quiet(window)
    return report


def _docks(window, analysis, screen, out: Path) -> dict:
    """The Participants dock (a rated edge selected) and Participants' Results on the
    bundled model of participants, then the Explore tab: the texts each clips, and a
    screenshot of each."""
    from windtunnel.app.document import Document
    from windtunnel.model import load
    from windtunnel.paths import bundled_model

    window.set_document(Document(load(bundled_model(PARTICIPANTS))))
    participants = window.extensions["participants"]
    quiet(window)
    sideways = _inspector_pages(window, screen, out)
    participants.dock.raise_()
    participants.results_dock.raise_()
    quiet(window)
    frame = window.frameGeometry()
    views = {"inspector_sideways": sideways, "participants": {"clipped": _clipped(window),
                              "frame": [frame.x(), frame.y(), frame.width(), frame.height()]}}
    screen.grabWindow(0).save(str(out / "participants.png"))
    views["rating"] = _rating(window, participants.rating_box, screen, out)
    analysis.explore_dock.raise_()
    quiet(window)
    view = analysis.explore_view          # built on first show: built now if not yet
    quiet(window)
    area = analysis.explore_dock.widget()
    assert area.widget().isAncestorOf(view) or area.widget() is view
    frame = window.frameGeometry()
    views["explore"] = {"clipped": _clipped(window),
                        "sideways": area.horizontalScrollBar().maximum(),
                        "frame": [frame.x(), frame.y(), frame.width(), frame.height()]}
    screen.grabWindow(0).save(str(out / "explore.png"))
    return views


def _dialogs(window, analysis, screen, out: Path) -> dict:
    """The Preferences and the engine-settings dialogs, shown as a user opens them: the
    texts each clips, its frame on the screen, and a screenshot of each."""
    from windtunnel.app.analysis.settings_dialog import SettingsDialog
    from windtunnel.app.dialogs import PreferencesDialog

    views = {}
    for name, dialog in (
            ("preferences", PreferencesDialog(window.workspace.preferences, window)),
            ("settings", SettingsDialog(analysis.controller.model.settings, window,
                                        model=analysis.controller.model))):
        dialog.show()
        settle_until(lambda: dialog.isVisible() and dialog.windowHandle().isExposed(),
                     f"the {name} dialog to show")
        quiet(window)
        frame = dialog.frameGeometry()
        views[name] = {"frame": [frame.x(), frame.y(), frame.width(), frame.height()],
                       "clipped": _clipped(dialog)}
        screen.grabWindow(0).save(str(out / f"{name}.png"))
        dialog.reject()
        quiet(window)
    return views


def main(folder: str, language: str = "") -> int:
    out, workspace, report = start_probe(folder, language)
    window = workspace.windows[0]
    analysis = window.extensions["analysis"]
    screen = window.screen()
    report.update(available=list(screen.availableGeometry().getRect()),
                  ratio=screen.devicePixelRatio(), views={})
    for name in ("window", "workshop"):
        if name == "workshop":
            analysis.workshop.set_active(True)
            quiet(window)
            # what the room sees first (the levers folded on a short screen); the bar's
            # checks then look at the levers
            screen.grabWindow(0).save(str(out / "workshop-first.png"))
            report["views"]["workshop_first"] = {
                "folded": analysis.workshop.levers_folded, **map_labels(window)}
            analysis.workshop.set_levers_folded(False)
            quiet(window)
        frame = window.frameGeometry()
        report["views"][name] = {"frame": [frame.x(), frame.y(), frame.width(), frame.height()],
                                 "controls": _controls(window, analysis),
                                 "map": _map(window, analysis),
                                 "panels": _panels(window, analysis),
                                 "clipped": _clipped(window),
                                 "scenario_box": _scenario_box(analysis),
                                 "levers": len(analysis.workshop.levers.shown_ids)
                                 if name == "workshop" else None}
        screen.grabWindow(0).save(str(out / f"{name}.png"))
        if name == "window":
            report["views"]["window"]["status_line"] = _status_line(analysis)
            report["views"]["window"]["story"] = _shoot_focus_and_story(window, analysis,
                                                                        screen, out)
            report["views"].update(_dialogs(window, analysis, screen, out))
            report["views"]["help"] = _help(workspace, screen, out)
    analysis.workshop.set_active(False)
    quiet(window)
    report["views"].update(_docks(window, analysis, screen, out))
    print(json.dumps(report))
    close_all(workspace)
    return 0


if __name__ == "__main__":
    run_probe_script(main)
