"""Python's cyclic garbage collector held off while an import builds its model.

An import makes tens of thousands of objects that live until the model is built (the
cells, the edges, their keys): every 2,000 allocations the collector walks the young
objects, and every tenth time the older ones as well, and finds nothing to free, since
reference counting frees the import's garbage as it goes and the import makes no cycles.
A 10,000-edge CSV import spent about a seventh of its time in those walks. With the
collector held off, the objects are walked once, by one collection of the young
generation when the import ends (whether it succeeds or is refused), so that the walk
is paid by the import and not by whatever runs next.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cyclic collector off (for the whole process, as Python's
    collector is: another thread's cycles wait for the block's end), then collect the
    young generation once. A collector already off stays off, and nothing is collected."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect(0)
