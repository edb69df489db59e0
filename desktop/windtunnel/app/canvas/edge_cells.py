"""The grid cells of many edges at once, and a sorted index of them (numpy).

The edge layer (:mod:`.edge_layer`) files each edge under the grid cells its curve passes
through (:func:`~.edge_layer.curve_cells`). One edge at a time, in Python, the 40,000
edges of a big map took about four seconds of the window's thread after the map showed.
:func:`edges_cells` works out the same cells for a batch of curves with numpy (following
each curve in the same chords, with the same arithmetic), and :class:`StaticCells` keeps
every (cell, edge) pair sorted by cell, so that the edges of a column of cells are one
slice found with ``numpy.searchsorted``. Only edges that move afterwards are filed one by
one again, in the layer's per-cell dictionary.

numpy is imported when a batch is first filed, after the window's first paint (it costs
the start of the app a quarter of a second otherwise).
"""

from __future__ import annotations

__all__ = ["edges_cells", "StaticCells"]


def edges_cells(curves, pads, cell: float, column_step: int):
    """(edge, cell number) pairs for the quadratic ``curves`` (a sequence of (x0, y0, cx,
    cy, x2, y2)) widened by ``pads``: the cells :func:`~.edge_layer.curve_cells` gives for
    each, as two numpy arrays (the curve's index, ``column * column_step + row``)."""
    import numpy as np

    x0, y0, cx, cy, x2, y2 = np.asarray(curves, dtype=float).reshape(-1, 6).T
    pads = np.asarray(pads, dtype=float)
    ax, ay = x0 - 2 * cx + x2, y0 - 2 * cy + y2
    length = np.hypot(cx - x0, cy - y0) + np.hypot(x2 - cx, y2 - cy)
    steps = np.maximum(1, np.ceil(length / cell)).astype(np.int64)
    h = 1.0 / steps
    margin = np.hypot(ax, ay) * h * h / 4 + pads
    # every chord: its curve, and its end k (1 .. steps) and start k - 1
    edge = np.repeat(np.arange(len(steps)), steps)
    first = np.cumsum(steps) - steps
    k = np.arange(len(edge)) - np.repeat(first, steps) + 1

    def point(k):
        t = k * h[edge]
        u = 1.0 - t
        a, b, c = u * u, 2 * u * t, t * t
        return (a * x0[edge] + b * cx[edge] + c * x2[edge],
                a * y0[edge] + b * cy[edge] + c * y2[edge])

    x, y = point(k)
    start = k == 1
    last_x, last_y = point(k - 1)
    last_x[start], last_y[start] = x0[edge[start]], y0[edge[start]]
    pad = margin[edge]
    left = np.floor_divide(np.minimum(x, last_x) - pad, cell).astype(np.int64)
    right = np.floor_divide(np.maximum(x, last_x) + pad, cell).astype(np.int64)
    top = np.floor_divide(np.minimum(y, last_y) - pad, cell).astype(np.int64)
    bottom = np.floor_divide(np.maximum(y, last_y) + pad, cell).astype(np.int64)
    # every column each chord's box meets, then each curve's highest and lowest row there
    edge, top, bottom, column = _spread(right - left + 1, edge, top, bottom, start=left)
    key = edge * (column.max() - column.min() + 1) + (column - column.min())
    order = np.argsort(key, kind="stable")
    key, edge, column = key[order], edge[order], column[order]
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    top = np.minimum.reduceat(top[order], starts)
    bottom = np.maximum.reduceat(bottom[order], starts)
    edge, column, row = _spread(bottom - top + 1, edge[starts], column[starts], start=top)
    return edge, column * column_step + row


def _spread(counts, *arrays, start):
    """Each row of ``arrays`` repeated ``counts`` times, and ``start`` counted up along
    each repeat (``start``, ``start + 1``, ...)."""
    import numpy as np

    first = np.cumsum(counts) - counts
    within = np.arange(int(counts.sum())) - np.repeat(first, counts)
    return (*(np.repeat(array, counts) for array in arrays), np.repeat(start, counts) + within)


class StaticCells:
    """(cell, serial) pairs sorted by cell: the edges filed in one batch."""

    def __init__(self, cells, serials) -> None:
        import numpy as np

        order = np.argsort(cells, kind="stable")
        self._cells, self._serials = cells[order], serials[order]

    @classmethod
    def merged(cls, batches: list["StaticCells"], left_out) -> "StaticCells":
        """The pairs of every one of ``batches`` in one index, but those of the serials in
        ``left_out`` (edges filed elsewhere since, or gone)."""
        import numpy as np

        cells = np.concatenate([batch._cells for batch in batches])
        serials = np.concatenate([batch._serials for batch in batches])
        if left_out:
            kept = ~np.isin(serials, np.fromiter(left_out, dtype=serials.dtype))
            cells, serials = cells[kept], serials[kept]
        return cls(cells, serials)

    def serials_in(self, first_cells, last_cells) -> list[int]:
        """The serials filed under any cell from ``first_cells[i]`` to ``last_cells[i]``
        (ranges of cell numbers: the rows of one column each), each once, in order."""
        import numpy as np

        cells = self._cells
        lows = np.searchsorted(cells, first_cells, side="left")
        highs = np.searchsorted(cells, last_cells, side="right")
        found = [self._serials[low:high] for low, high in zip(lows, highs) if high > low]
        return np.unique(np.concatenate(found)).tolist() if found else []
