"""The map canvas: a scene that follows the model, its items, the view and interactions."""

from .edge_item import EdgeItem, edge_width, weight_text
from .interactions import MoveInteraction, NewEdgeInteraction
from .naming import NodeNamer
from .node_item import LABEL_LOD, NodeItem
from .scene import CanvasScene
from .style import GroupPalette, weight_term
from .legend import key_height, key_size, legend_size, paint_key, paint_legend
from .view import SMOOTH_ZOOM, CanvasView

__all__ = ["CanvasScene", "CanvasView", "NodeItem", "EdgeItem", "NewEdgeInteraction",
           "MoveInteraction", "NodeNamer", "GroupPalette", "weight_term", "edge_width", "weight_text",
           "paint_legend", "legend_size", "paint_key", "key_size", "key_height",
           "LABEL_LOD", "SMOOTH_ZOOM"]
