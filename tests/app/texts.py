"""Every text a window shows a reader, and a test of whether a text is still in English.

:func:`shown_texts` walks a window as a reader meets it: the title, every menu and submenu
with each action's text, tooltip and status tip, the toolbars, the dock titles, every
widget's text, placeholder, tooltip and accessible name, the items of list boxes, the
headers of tables and trees, tab titles, group-box titles and the axis titles of charts.

:func:`english_words` finds the English words left in a text once what may stay in Latin
letters is taken out: the model's own text (labels, groups, scenario names: the model's
translations are a separate feature), names of people and products, file extensions and
formats, units and symbols.
"""

from __future__ import annotations

import functools
import html
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QGroupBox, QHeaderView, QLabel,
                               QLineEdit, QMenu, QTabBar, QTabWidget, QWidget)

__all__ = ["shown_texts", "english_words", "model_texts", "ALLOWED"]

#: Words that stay in Latin letters in every language: the product, people and tools named
#: after them, formats and file extensions, keys, units and mathematical functions.
ALLOWED = {
    "windtunnel", "csv", "pdf", "png", "svg", "xlsx", "wtm", "json", "graphml", "gexf", "mmp",
    "html", "url", "id", "ids", "kosko", "fcmpy", "fcmconfr", "mental", "modeler", "kumu",
    "gephi", "yed", "excel", "prim", "sobol", "salib", "shapley", "tanh", "sigmoid",
    "ctrl", "shift", "alt", "esc", "enter", "tab", "space", "pageup", "pagedown", "del",
    "backspace", "qt", "pyside", "openpyxl", "lhs", "yyyy", "mm", "dd", "max", "min",
    "norm", "vh", "vl", "na", "ok", "english",
    "fcm", "papageorgiou", "r",
    "aggregate",  # the command line's `windtunnel aggregate`, named as typed
    "dask", "tcp",  # the Explore cluster: the product and its scheduler address's scheme
    "float",  # float32 / float64: the arithmetic's names, written so in every language
}

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+")
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


def model_texts(model) -> list[str]:
    """The model's own text and its translations, longest first (so that a label containing
    another goes first)."""
    texts = {model.title, model.description, model.settings.time_unit}
    for node in model.nodes:
        texts |= {node.id, node.label, node.group, node.description}
    for edge in model.edges:
        texts.add(edge.rationale)
    for collection in (model.scenarios, model.objectives):
        for element in collection:
            texts |= {element.id, element.label}
    for source in model.sources:
        texts |= {source.id, source.title, source.publisher, source.date,
                  getattr(source, "citation", ""), getattr(source, "note", "")}
    for participant in getattr(model, "participants", ()):
        texts |= {participant.id, participant.label, participant.role, participant.group}
    for collection in (model.nodes, model.edges, model.scenarios, model.objectives,
                       model.sources, getattr(model, "participants", ()), [model]):
        for element in collection:           # the model's text in each of its languages
            texts |= {text for _tag, _field, text in element.translations.entries}
    return sorted((t for t in texts if t and t.strip()), key=len, reverse=True)


def english_words(text: str, model_text: list[str] = ()) -> list[str]:
    """The English words in ``text`` once markup, the model's text and :data:`ALLOWED`
    words are taken out."""
    text = _plain(text)
    for own in model_text:
        text = text.replace(_plain(own), " ")
    return [w for w in _WORD.findall(text) if len(w.strip("'-")) > 1
            and not all(part in ALLOWED for part in w.lower().strip("'-").split("-"))]


@functools.lru_cache(maxsize=65536)
def _plain(text: str) -> str:
    """``text`` without markup, mnemonics and line breaks (a label wrapped at a hyphen
    joins again), its spaces collapsed. Remembered: a window walk takes each of the
    model's texts out of every text it shows."""
    text = html.unescape(_TAG.sub(" ", text)).replace("&", "").replace("-\n", "-")
    return _SPACE.sub(" ", text).strip()


def _menu_texts(menu: QMenu, where: str, seen: set) -> list[tuple[str, str]]:
    if id(menu) in seen:
        return []
    seen.add(id(menu))
    menu.aboutToShow.emit()           # menus filled when they open (Open Recent)
    found = [(where, menu.title())]
    for action in menu.actions():
        if action.isSeparator():
            continue
        found += [(f"{where} > {action.text()}", t) for t in
                  (action.text(), action.toolTip(), action.statusTip()) if t]
        if action.menu() is not None:
            found += _menu_texts(action.menu(), f"{where} > {action.text()}", seen)
    return found


def shown_texts(window) -> list[tuple[str, str]]:
    """(where, text) for every text ``window`` (a main window or a dialog) can show a
    reader."""
    found = [("title", window.windowTitle())]
    seen: set = set()
    menu_bar = window.menuBar() if hasattr(window, "menuBar") else None
    for action in menu_bar.actions() if menu_bar is not None else ():
        if action.menu() is not None:
            found += _menu_texts(action.menu(), action.text(), seen)
    for action in window.findChildren(QAction):
        found += [(f"action {action.objectName() or action.text()}", t)
                  for t in (action.text(), action.toolTip(), action.statusTip(),
                            action.iconText()) if t]
    for widget in window.findChildren(QWidget):
        name = f"{type(widget).__name__} {widget.objectName()}".strip()
        texts = [widget.toolTip(), widget.accessibleName(), widget.windowTitle()
                 if widget.isWindow() or widget.inherits("QDockWidget") else ""]
        if isinstance(widget, (QLabel, QAbstractButton)):   # an elided label: all of it
            texts.append(getattr(widget, "full_text", None) or widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QComboBox) and not widget.isEditable():
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
            texts += [widget.tabToolTip(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            texts += [str(widget.model().headerData(i, widget.orientation(), Qt.DisplayRole)
                          or "") for i in range(widget.count())]
        if hasattr(widget, "getPlotItem"):           # pyqtgraph: the axis titles
            plot = widget.getPlotItem()
            texts += [plot.getAxis(side).labelText for side in ("left", "bottom")]
            texts.append(plot.titleLabel.text if plot.titleLabel else "")
        found += [(name, t) for t in texts if t]
    return found
