"""Workshop mode (F11): the map full screen for a room, with a slim lever bar.

Entering it remembers the window's layout and font, hides the window's panels and toolbars
and the status bar's counts of the map's nodes, edges and sources (a room needs none, and a
message such as the focus view's needs their room in the workshop's type), shows a bar with the current scenario's name in large type and its levers as big sliders,
enlarges the window's type, draws the map's nodes, labels and edges larger (the canvas's
presentation scale, :data:`WORKSHOP_MAP_SCALE`) with a larger legend (the change legend
as one strip, the title beside the scale, so that it takes one line of the map's height),
thickens the results on the map and fits the map to the screen. A document opened meanwhile gets the same
scale. PageUp / PageDown step through the scenarios and Space plays or pauses the time
replay; L (or the bar's button) folds the levers away, the bar shrinking to one line of the
scenario's name, so that the map takes the room's height and names more of its nodes, and
unfolds them again. On a screen too short for both (a 768-pixel projector or laptop) the
levers start folded and the map's labels take a type a little smaller than the bar's
(:func:`label_pixels`): the three rows of levers took a third of the screen, and the map
left above them, in the bar's type, named most nodes by a few letters ("Offici…"); the
room unfolds them with L, and once it has folded or unfolded them they stay so. Unfolded
there, they lie under the scenario's name's line in two rows of five narrower columns,
each name on one line in the map labels' type (whole on hover: :data:`SHORT_SCREEN_LEVERS`), so that the bar
takes at most a quarter of the screen. The fold, the levers' shape and the labels' size
follow the window's screen: moved to another screen, or its screen's size changed, the
window takes them anew (the fold only until the room chose it). While the
story borrows those keys, the bar names Ctrl+PgUp / Ctrl+PgDown (as the
menu does; "Ctrl+PageDown" did not fit the bar's 300 pixels at the workshop's type, and
was cut), which still step the scenarios. Leaving (F11 or Escape) restores everything as
it was.
"""

from __future__ import annotations

from html import escape
from math import ceil

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QFont, QFontMetricsF, QKeySequence, QShortcut
from PySide6.QtGui import Qt as GuiQt      # Qt.convertFromPlainText lives in QtGui
from PySide6.QtWidgets import QLabel, QToolBar, QBoxLayout, QToolButton, QWidget

from ...model import translated
from ..canvas.wrapping import widest_word, wrapped_lines
from .levers import COMPACT_ROWS, NAME_LINES_COMPACT, LeverPanel

__all__ = ["WorkshopMode", "WORKSHOP_POINT_SIZE", "WORKSHOP_LINE_SCALE",
           "WORKSHOP_MAP_SCALE"]

WORKSHOP_POINT_SIZE = 15
#: Halos, edge flows and highlights are this much thicker in workshop mode.
WORKSHOP_LINE_SCALE = 1.6
#: Nodes (shape and label) and edges are drawn this much larger: on the bundled model's
#: layout it is the most that leaves a gap between neighbouring nodes.
WORKSHOP_MAP_SCALE = 1.4
#: The type size of the change legend, a strip beside the map's bottom edge.
WORKSHOP_LEGEND_POINTS = 13
#: The least width of the bar's scenario name and its place among the scenarios, in
#: pixels; a wider word in a scenario's name widens it, up to half as much again.
TITLE_WIDTH = 200
#: The type size of the scenario's name in the bar.
_TITLE_POINTS = 19
#: A screen less tall than this, in the window's pixels, starts workshop mode with the
#: levers folded: their rows and the map above them do not both fit it.
FOLDED_BELOW = 900
#: The map labels' type is at most this part of the screen's height: 15 pixels on a
#: 768-pixel screen (the window's own type is 13), where the bar's 20 pixels named 16 of
#: the bundled map's 41 nodes by a few letters even with the levers folded, and 15 names
#: all but two whole (in Chinese and Japanese every one).
LABEL_PART_OF_SCREEN = 1 / 50
#: The levers' shape (columns, rows in view, lines of a name) on a screen at least
#: :data:`FOLDED_BELOW` tall: four columns beside the scenario's name, the bundled model's
#: ten levers in three rows.
TALL_SCREEN_LEVERS = (4, COMPACT_ROWS, NAME_LINES_COMPACT)
#: ... and on a shorter one, unfolded: five columns of names on one line (whole on hover)
#: in the map labels' type under the scenario's name's line, two rows in view. The three
#: rows beside the name took 244 to 303 of a 768-pixel projector's height and left the map
#: 300 to 374, where it cut 20 of the bundled map's 41 names in English and 31 in Japanese
#: (and named four nodes not at all); the two rows take 137 to 151 (at most a quarter of
#: the screen) and leave it 453 to 481, cutting 9 and 12. In the bar's own type the names
#: lost a third of their letters and the map 20 pixels more.
SHORT_SCREEN_LEVERS = (5, 2, 1)


def label_pixels(type_pixels: int, screen_height: int) -> int:
    """The map labels' text size, in pixels, in workshop mode: the workshop's type
    (``type_pixels``), no larger than :data:`LABEL_PART_OF_SCREEN` of the screen's height."""
    return min(type_pixels, round(screen_height * LABEL_PART_OF_SCREEN))


class WorkshopMode(QObject):
    """Enter and leave workshop mode on one window."""

    def __init__(self, controller, map_results, keep_visible=()) -> None:
        super().__init__(controller)
        self.controller, self.map_results = controller, map_results
        window = controller.window
        self.window = window
        self.keep_visible = list(keep_visible)
        self.action = QAction(self.tr("&Workshop Mode"), window, checkable=True)
        self.action.setShortcut(QKeySequence(Qt.Key_F11))
        self.action.setStatusTip(
            self.tr("Full screen for a room: large type, the map and the levers")
        )
        self.action.toggled.connect(self.set_active)
        window.addAction(self.action)
        self.bar = QToolBar(self.tr("Workshop levers"), window)
        self.bar.setObjectName("workshop-levers")
        self.bar.setMovable(False)
        holder = QWidget()
        # the scenario's name beside the levers, or (folded, or on a short screen) its line
        # above them
        self.row = row = QBoxLayout(QBoxLayout.LeftToRight, holder)
        row.setContentsMargins(4, 4, 4, 4)
        self.title = QLabel()
        self.title.setWordWrap(True)
        # narrow (see _show_title): each pixel it takes is taken from four columns of
        # lever names (a 1024-pixel projector, Japanese names)
        self.title.setFixedWidth(TITLE_WIDTH)
        # four columns: the bundled model's ten levers in three rows, so the map keeps
        # the room's height (in three columns their two-line names took four rows, and
        # the fitted map no longer labelled every objective); a name that two lines of
        # a column cannot hold takes a third, beyond it ends in "..." and shows whole on
        # hover
        self.levers = LeverPanel(controller, compact=True, columns=4)
        # the name above its fold button; folded, the button beside the name's one line
        self.title_column = QBoxLayout(QBoxLayout.TopToBottom)
        self.title_column.setContentsMargins(0, 0, 0, 0)
        self.title_column.addWidget(self.title)
        self.fold_button = QToolButton()
        self.fold_button.clicked.connect(self.toggle_levers)
        self.title_column.addWidget(self.fold_button, 0, Qt.AlignLeft)
        self.title_column.addStretch(1)
        row.addLayout(self.title_column)
        row.addWidget(self.levers, 1)
        self.bar.addWidget(holder)
        window.add_toolbar(self.bar, Qt.BottomToolBarArea, line_break=True)
        self.bar.hide()
        self.shortcuts = []
        self._keys_lent = False
        for key, slot in ((Qt.Key_PageDown, lambda: controller.session.step_scenario(1)),
                          (Qt.Key_PageUp, lambda: controller.session.step_scenario(-1)),
                          (Qt.Key_Space, controller.toggle_playing),
                          (Qt.Key_Escape, lambda: self.action.setChecked(False))):
            shortcut = QShortcut(QKeySequence(key), window)
            shortcut.activated.connect(slot)
            shortcut.setEnabled(False)
            self.shortcuts.append(shortcut)
        # L is not among the keys the story borrows
        self.fold_key = QShortcut(QKeySequence(Qt.Key_L), window)
        self.fold_key.activated.connect(self.toggle_levers)
        self.fold_key.setEnabled(False)
        controller.scenario_changed.connect(self._show_title)
        controller.results_changed.connect(self._show_title)
        controller.document_changed.connect(
            lambda: controller.scene.set_presentation_scale(
                WORKSHOP_MAP_SCALE if self.active else 1.0))
        self._saved = None
        self.levers_folded = False
        self._fold_chosen = False      # the room folded or unfolded them (L, the button)
        self.short_screen = False      # the window's screen is under FOLDED_BELOW tall
        self._screen = None            # the screen whose size workshop mode follows

    @property
    def active(self) -> bool:
        return self._saved is not None

    def lend_keys(self, lent: bool) -> None:
        """Give PageUp, PageDown, Space and Escape to another mode (the story) while it runs,
        and take them back after."""
        self._keys_lent = lent
        self._enable_keys()
        self._show_title()      # the keys that step the scenarios meanwhile

    def _enable_keys(self) -> None:
        for shortcut in self.shortcuts:
            shortcut.setEnabled(self.active and not self._keys_lent)
        self.fold_key.setEnabled(self.active)

    def toggle_levers(self) -> None:
        """Fold the levers away (the bar one line of the scenario's name, the map as tall as
        the screen allows) or unfold them, and fit the map to its new height; they stay so
        from then on, whatever the screen."""
        self._fold_chosen = True
        self.set_levers_folded(not self.levers_folded)

    def set_levers_folded(self, folded: bool) -> None:
        self.levers_folded = folded
        # folded or on a short screen, the title is one line (cut to fit, so never
        # wrapped) that follows the bar's width (the window moved to a projector, the
        # screen resized)
        one_line = self._title_on_one_line
        self.title.setWordWrap(not one_line)
        if one_line:
            self.bar.installEventFilter(self)
        else:
            self.bar.removeEventFilter(self)
        # the levers hidden before the title widens to the bar's width, and shown after it
        # narrows to its column: the two side by side would ask for a window wider than
        # the screen, and a full-screen window grew to it
        if folded:
            self.levers.hide()
        self.title_column.setDirection(QBoxLayout.LeftToRight if one_line
                                       else QBoxLayout.TopToBottom)
        self.row.setDirection(QBoxLayout.TopToBottom if one_line else QBoxLayout.LeftToRight)
        self._show_title()
        self.levers.setVisible(not folded)
        if self.active:
            self.window.view.fit_soon()

    @property
    def _view_font(self) -> QFont:
        """The map view's own font as workshop mode found it (none set: the window's)."""
        return self._saved[7]

    @property
    def _title_on_one_line(self) -> bool:
        return self.levers_folded or self.short_screen

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.bar and event.type() == QEvent.Resize:
            self._show_title()
        return False

    def set_active(self, on: bool) -> None:
        if on == self.active:
            return
        window = self.window
        if on:
            docks, in_front = window.hide_panels()
            bars = [b for b in window.toolbars
                    if b.isVisible() and b is not self.bar and b not in self.keep_visible]
            view = window.view
            self._saved = (window.font(), window.isFullScreen(), window.isMaximized(), docks,
                           bars, self.map_results.show_halos, in_front,
                           view.font() if view.testAttribute(Qt.WA_SetFont) else QFont(),
                           window.counts.isHidden())
            for bar in bars:
                bar.hide()
            # the map's counts tell a room nothing, and took the room a message (the focus
            # view's) needs in the workshop's type
            window.counts.hide()
            font = QFont(window.font())
            font.setPointSize(WORKSHOP_POINT_SIZE)
            window.setFont(font)
            self._fit_screen(window.screen().availableGeometry().height())
            self.bar.show()
            self.map_results.legend.set_type(WORKSHOP_LEGEND_POINTS, compact=True)
            self.map_results.highlight((), ())
            self.map_results.set_line_scale(WORKSHOP_LINE_SCALE)
            self.map_results.set_options(halos=True)
            window.scene.set_presentation_scale(WORKSHOP_MAP_SCALE)
            window.showFullScreen()             # the window's handle made if it had none
            window.windowHandle().screenChanged.connect(self._screen_changed)
            self._follow_screen(window.screen())
        else:
            font, full, maximised, docks, bars, halos, in_front, view_font, no_counts = \
                self._saved
            self._saved = None
            window.windowHandle().screenChanged.disconnect(self._screen_changed)
            self._follow_screen(None)
            window.setFont(font)
            window.view.setFont(view_font)
            window.counts.setHidden(no_counts)
            self.bar.hide()
            window.show_panels(docks, in_front)
            for bar in bars:
                bar.show()
            self.map_results.legend.set_type(8.5, compact=False)
            self.map_results.set_line_scale(1.0)
            self.map_results.set_options(halos=halos)
            window.scene.set_presentation_scale(1.0)
            if not full:
                window.showMaximized() if maximised else window.showNormal()
        self._enable_keys()
        self.action.blockSignals(True)
        self.action.setChecked(on)
        self.action.blockSignals(False)
        self._show_title()
        window.view.fit()

    def _follow_screen(self, screen) -> None:
        """Follow ``screen``'s size from now on (None: no screen's)."""
        if self._screen is not None:
            self._screen.availableGeometryChanged.disconnect(self._screen_resized)
        self._screen = screen
        if screen is not None:
            screen.availableGeometryChanged.connect(self._screen_resized)

    def _screen_changed(self, screen) -> None:
        """The window moved to another screen (a laptop's to a projector's)."""
        self._follow_screen(screen)
        self._screen_resized(screen.availableGeometry())

    def _screen_resized(self, geometry) -> None:
        if self.active:
            self._fit_screen(geometry.height())
            self.window.view.fit_soon()

    def _fit_screen(self, height: int) -> None:
        """Shape the levers for a screen ``height`` pixels tall (:data:`SHORT_SCREEN_LEVERS`
        on a short one, their names in the labels' type), fold them on one that cannot hold
        them and the map (unless the room chose), and size the map's labels to it (:func:`label_pixels`; the labels'
        font sets only its size, its family the window's). Called as workshop mode starts
        and again whenever its screen changes or changes size."""
        self.short_screen = height < FOLDED_BELOW
        view = self.window.view
        view.setFont(self._view_font)          # the workshop's type, then sized to the screen
        pixels = label_pixels(view.fontInfo().pixelSize(), height)
        labels = QFont()
        if pixels < view.fontInfo().pixelSize():
            labels.setPixelSize(pixels)
            view.setFont(labels)
        # the levers' names in the labels' type, before their rows are measured
        self.levers.setFont(labels)
        self.levers.set_shape(*(SHORT_SCREEN_LEVERS if self.short_screen
                                else TALL_SCREEN_LEVERS))
        self.set_levers_folded(self.levers_folded if self._fold_chosen else self.short_screen)

    def _show_title(self, *_) -> None:
        model = self.controller.model
        scenario = model.scenario(self.controller.session.scenario_id) \
            if self.controller.session.scenario_id else None
        count = len(model.scenarios)
        index = [s.id for s in model.scenarios].index(scenario.id) + 1 if scenario else 0
        font = self._name_font()
        # as wide as the widest word of any scenario's name (within bounds), so that the
        # lever columns keep their width from one scenario to the next
        where = (self.tr("scenario {number} of {count} \u00b7 Ctrl+PgUp / Ctrl+PgDown")
                 if self._keys_lent else
                 self.tr("scenario {number} of {count} \u00b7 PageUp / PageDown")
                 ).format(number=index, count=count)
        self.fold_button.setText(self.tr("Show levers (L)") if self.levers_folded
                                 else self.tr("Hide levers (L)"))
        if self._title_on_one_line:
            self._show_title_line(scenario, where)
            return
        keys = where.rsplit("\u00b7", 1)[-1].strip()   # on one line: "PageUp /" above
        width = min(TITLE_WIDTH * 3 // 2, max(             # "PageDown" read as two hints
            [TITLE_WIDTH, ceil(QFontMetricsF(self.title.font()).horizontalAdvance(keys)) + 1,
             *(ceil(widest_word(translated(s), font)) for s in model.scenarios)]))
        self.title.setFixedWidth(width)
        name = translated(scenario) if scenario else self.tr("No scenario")
        metrics = QFontMetricsF(font)
        # balanced lines, never broken inside a word (a katakana word included)
        lines = wrapped_lines(name, font, width, 3,
                              lambda rest: metrics.elidedText(rest, Qt.ElideRight, width))
        self.title.setToolTip(GuiQt.convertFromPlainText(name))
        self.title.setText(f"<span style='font-size:{_TITLE_POINTS:g}pt; font-weight:600'>"
                           + "<br>".join(escape(line) for line in lines) + "</span><br>"
                           + escape(where).replace(escape(keys),
                                                   escape(keys).replace(" ", "&nbsp;")))

    def _show_title_line(self, scenario, where: str) -> None:
        """The folded (or short screen's) bar's title: the scenario's name and where it stands, on one line as
        wide as the bar leaves (the name shortened with "..." before the keys are)."""
        name = translated(scenario) if scenario else self.tr("No scenario")
        font = self._name_font()
        # the bar less its button, the row's margins and the gap between them; no wider,
        # so that a narrower screen's bar can narrow it again
        width = max(TITLE_WIDTH, self.bar.width() - self.fold_button.sizeHint().width() - 40)
        self.title.setMinimumWidth(TITLE_WIDTH)
        self.title.setMaximumWidth(width)
        room = width - QFontMetricsF(self.title.font()).horizontalAdvance(f"  {where}") - 8
        shown = QFontMetricsF(font).elidedText(name, Qt.ElideRight, max(room, TITLE_WIDTH / 2))
        self.title.setToolTip(GuiQt.convertFromPlainText(name))
        self.title.setText(f"<span style='font-size:{_TITLE_POINTS:g}pt; font-weight:600'>"
                           f"{escape(shown)}</span>&nbsp;&nbsp;{escape(where)}")

    def _name_font(self) -> QFont:
        """The type of the scenario's name in the bar."""
        font = QFont(self.title.font())
        font.setPointSizeF(_TITLE_POINTS)
        font.setWeight(QFont.DemiBold)
        return font
