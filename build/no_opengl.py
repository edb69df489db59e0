"""Runtime hook of the frozen app: a stand-in for PySide6.QtOpenGL, which is not bundled.

pyqtgraph imports ``PySide6.QtOpenGL`` when its curve and colour-mesh items load, but uses
it only when OpenGL drawing is switched on, which Windtunnel never does (its charts and
map paint with Qt's raster engine). The binding alone is 8.5 MiB, so the app leaves it out
(build/bundle.py) and this hook puts an empty module in its place before anything imports
it: the import succeeds, and any use of an OpenGL class fails at once with a message that
says why, instead of an obscure error later.
"""

import sys
import types


class _NotBundled(types.ModuleType):
    """A module whose every public attribute is missing, with the reason."""

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        raise AttributeError(f"PySide6.QtOpenGL.{name}: Qt's OpenGL bindings are not "
                             f"bundled in this app (its charts never draw with OpenGL)")


sys.modules.setdefault("PySide6.QtOpenGL", _NotBundled("PySide6.QtOpenGL"))
