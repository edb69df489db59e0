"""A graphics item that paints over the whole map (results, the disagreement lens).

Such a layer draws around many items (halos round nodes, bands along edges), so its bounds
are the scene's rectangle. The scene leaves layers out when it sizes that rectangle to its
content: were they counted, every resize would grow the scene by its margin again (the
layer's bounds being the rectangle itself).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem

__all__ = ["SceneLayer"]


class SceneLayer(QGraphicsItem):
    """An item whose bounds are its scene's rectangle (see the module docstring)."""

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        scene = self.scene()
        return scene.sceneRect() if scene is not None else QRectF()
