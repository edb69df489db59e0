"""Run under a real X display (Xvfb and a window manager): open the app on the bundled model
as a user would, shrink the window to 800 x 600 and maximise it again, and report, for
each side and bottom panel brought to the front in turn before and after, the form rows
whose label stands above its field and the word-wrapped notes that hold their text's
height (``WrappedLabel``) taller than their text at their width, as JSON on stdout; a screenshot of the screen after goes to the folder given
as the first argument.

Used by test_resize_screens.py; run by hand:
``DISPLAY=:99 .venv/bin/python tests/realwindow/resize_probe.py /tmp/shots``.
"""

from __future__ import annotations

import json

from PySide6.QtWidgets import QFormLayout, QLabel

from probing import close_all, quiet, run_probe_script, start_probe
from windtunnel.app.flow import WrappedLabel

#: Pixels a note may be taller than its text (its frame, rounding).
_SLACK = 4


def _text_height(note: QLabel) -> int:
    """The height of ``note``'s text at its width, measured on a label that holds no
    height of its own (a label's ``heightForWidth`` never answers less than the minimum
    height it holds)."""
    measure = QLabel(note.text(), wordWrap=True, textFormat=note.textFormat())
    measure.setFont(note.font())
    measure.setContentsMargins(note.contentsMargins())
    measure.setMargin(note.margin())
    measure.setIndent(note.indent())
    return measure.heightForWidth(note.width())


def _looked_at(window) -> dict:
    """Each panel in front in turn: its stacked form rows and its notes taller than
    their text (name: [height, the text's height])."""
    found = {"stacked": [], "tall_notes": {}}
    for dock in window.panels:
        if dock.isHidden() or dock.isFloating():
            continue
        dock.raise_()
        quiet(window)
        for form in dock.findChildren(QFormLayout):
            for row in range(form.rowCount()):
                label = form.itemAt(row, QFormLayout.LabelRole)
                field = form.itemAt(row, QFormLayout.FieldRole)
                if (label and field and label.widget() and label.widget().isVisible()
                        and label.geometry().bottom() < field.geometry().top()):
                    found["stacked"].append(f"{dock.objectName()}: {label.widget().text()}")
        for note in dock.findChildren(WrappedLabel):
            text = _text_height(note)
            if (note.isVisible() and note.wordWrap() and note.text()
                    and note.height() > text + _SLACK):
                found["tall_notes"][f"{dock.objectName()}: {note.text()[:40]}"] = [
                    note.height(), text]
    return found


def main(folder: str, language: str = "") -> int:
    out, workspace, report = start_probe(folder, language)
    window = workspace.windows[0]
    window.extensions["analysis"].explore_view      # built as a user first opens it
    report["before"] = _looked_at(window)
    window.showNormal()
    quiet(window)
    window.resize(800, 600)
    quiet(window)
    report["small"] = _looked_at(window)
    window.showMaximized()
    quiet(window)
    report["after"] = _looked_at(window)
    window.screen().grabWindow(0).save(str(out / "after-resize.png"))
    close_all(workspace)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    run_probe_script(main)
