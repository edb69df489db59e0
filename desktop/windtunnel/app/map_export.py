"""File > Export Map: the map as shown, to a PNG or SVG file, without freezing the window.

The map editor owns this export. Extensions add to the picture through *map decorations*
(:meth:`MainWindow.add_map_decoration`): an object with

- ``map_overlay()``: a painter callback ``paint(painter, target_rect)`` drawn over the map
  (the analysis's change scale), or None;
- ``map_state()``: a hashable value that changes whenever what the decoration shows
  changes, so that a PNG painted in strips starts again when the map changes meanwhile.

A PNG is painted a strip per event-loop turn on the GUI thread (a stepped task of the
window's task runner, with progress and Cancel) and encoded and written on a worker; an
SVG is written at once. Every file goes through the atomic writer.
"""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import QObject

from ..engine import Cancelled
from ..errors import SaveError, WindtunnelError, shown_path
from ..model import translated
from ..model.output_paths import (DIRECTION_MARKS, WINDOWS_REFUSED_CHARACTERS,
                                  is_windows_device_name)
from .outputs import write_export

__all__ = ["MapExporter", "file_stem"]


#: Characters no file name may hold on Windows, macOS or Linux, control characters, and
#: halves of a character (a file's title may hold one; no file system writes it).
_NOT_IN_NAMES = re.compile(f"[{re.escape(WINDOWS_REFUSED_CHARACTERS)}/\\\\"
                           "\x00-\x1f\x7f\ud800-\udfff]+")
#: Marks that turn the direction of text (:data:`DIRECTION_MARKS`) go, and so does an
#: invisible byte-order mark; the joiners that shape Arabic, Persian and Indic words stay.
_INVISIBLE_MARKS = re.compile(f"{DIRECTION_MARKS.pattern}|\ufeff")
#: The most characters of a title a file name keeps, and the most bytes (UTF-8; Linux and
#: macOS allow 255 to a name, and four-byte characters would reach that first): room is
#: left for the extension and for a " (2)".
STEM_CHARACTERS, STEM_BYTES = 80, 200


def file_stem(title: str, fallback: str = "model") -> str:
    """A file name made of a title, as close to it as every platform allows: only runs of
    characters invalid in file names somewhere (``<>:"/\\|?*`` and control characters)
    become one "-"; commas, accents and other scripts stay (composed: the same title gives
    the same name however it was typed). Marks that turn the text's direction go. At most
    :data:`STEM_CHARACTERS` characters and :data:`STEM_BYTES` bytes, no leading dot (a
    hidden file on macOS and Linux) or dash (read as an option by command-line tools), no
    trailing dots or spaces (Windows drops them), never a device name of Windows (``CON``,
    ``COM1``): a name the save dialog proposes passes
    :func:`~windtunnel.model.output_paths.check_output_name`."""
    stem = _NOT_IN_NAMES.sub("-", _INVISIBLE_MARKS.sub("", unicodedata.normalize("NFC", title)))
    stem = stem[:STEM_CHARACTERS]
    while len(stem.encode("utf-8")) > STEM_BYTES:
        stem = stem[:-1]
    stem = stem.lstrip(" .-").rstrip(" .")
    if is_windows_device_name(stem):     # the part before the first dot is what Windows reads
        device, dot, rest = stem.partition(".")
        stem = f"{device.rstrip()}-{fallback}{dot}{rest}"
    return stem or fallback


class MapExporter(QObject):
    """Writes the window's map, with every decoration's overlay, to PNG or SVG."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def export(self, kind: str) -> bool:
        """Ask for a path, then write the map (File > Export Map as PNG / SVG)."""
        window = self.window
        if kind == "png" and not self.free():
            return False
        filters = self.tr("PNG images (*.png)") if kind == "png" else self.tr("SVG drawings (*.svg)")
        # named as the title reads in the window's language
        title = translated(window.document.model, "title")
        path = window.choose_save_path("map", self.tr("Export map"), file_stem(title) + f".{kind}",
                                       filters)
        if not path:
            return False
        if not path.lower().endswith(f".{kind}"):
            path += f".{kind}"
        if window.export_refused(path):
            return False
        return self.write(path, kind)

    def free(self) -> bool:
        """Whether a long export may start: the window runs one long task at a time, and a
        new one would cancel the running one (never a Monte Carlo run, unasked)."""
        tasks = self.window.tasks
        if tasks.busy:
            self.window.show_problem(self.tr("Another task is running"), WindtunnelError(
                self.tr("{task} is still running: wait for it to finish, or cancel it, then "
                        "export again.").format(task=tasks.task.label)))
            return False
        return True

    def write(self, path: str, kind: str) -> bool:
        """Write the map as shown to ``path`` (``kind`` "png" or "svg")."""
        window = self.window
        if kind == "png":
            if not self.free():
                return False
            self._paint_png(path)
            return True
        from . import export as picture  # the painting code loads with the first export

        try:
            data = picture.map_svg_bytes(window.scene,
                                         title=translated(window.document.model, "title"),
                                         description=self.tr("Exported from Windtunnel"),
                                         overlay=self._overlay(),
                                         groups=window.view.group_legend_shown)
            write_export(path, data, protect=window.document.own_files)
        except (SaveError, OSError) as exc:
            window.show_problem(self.tr("The file could not be written"), exc)
            return False
        self._exported(path)
        return True

    def _exported(self, path: str) -> None:
        """Say the map was written, and start the next map export in its folder."""
        self.window.written_to("map", path)
        self.window.statusBar().showMessage(self.tr("Exported {path}").format(
            path=shown_path(path)), 5000)

    def _overlay(self):
        overlays = [o for o in (d.map_overlay() for d in self.window.map_decorations) if o]
        if not overlays:
            return None

        def paint(painter, target) -> None:
            for overlay in overlays:
                overlay(painter, target)
        return paint

    def _state(self) -> tuple:
        """What the map shows (values, then objects compared by identity): when it changes
        while the strips are painted, the painting starts again."""
        window = self.window
        scene = window.scene
        return ((window.document.model.revision, scene.presentation_scale, scene.colours,
                 tuple(d.map_state() for d in window.map_decorations)), scene)

    def _still(self, state: tuple) -> bool:
        now = self._state()
        return now[0] == state[0] and now[1] is state[1]

    def _paint_png(self, path: str) -> None:
        from . import export as picture

        window = self.window
        window.map_export_started.emit()
        state = self._state()

        def painted(image) -> None:
            if not self._still(state):               # the map changed meanwhile: again
                self._paint_png(path)
                return
            protect = window.document.own_files
            window.tasks.start(self.tr("Writing the image"), lambda progress, cancel: _encode(
                path, image, cancel, protect), on_finished=self._exported,
                on_failed=lambda exc: window.show_problem(
                    self.tr("The file could not be written"), exc))

        window.tasks.start_stepped(
            self.tr("Painting the map"),
            picture.map_image_steps(window.scene, overlay=self._overlay(),
                                    groups=window.view.group_legend_shown),
            on_finished=painted,
            on_failed=lambda exc: window.show_problem(self.tr("The map could not be painted"), exc),
            on_cancelled=lambda: window.statusBar().showMessage(
                self.tr("Image export cancelled"), 5000
            ),
        )


def _encode(path: str, image, cancel, protect) -> str:
    from . import export as picture

    data = picture.png_bytes(image)
    if cancel.is_set():
        raise Cancelled("the export was cancelled")
    write_export(path, data, protect=protect)
    return path
