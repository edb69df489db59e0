"""Where the GUI's exports may write: the same rules as the command line's outputs.

Every export (results workbook, CSV tables, the PDF brief, map pictures) is written by
:func:`write_export` inside :func:`~windtunnel.model.atomic.guarded_writes`: the open
model's own file can never be replaced by an export (under any name or link), a file the
export replaces is kept as ``NAME.bak``, and a folder, device, FIFO or socket is refused
with nothing written (see resources/help/limits.md, "Output paths"). Saves of the model go
through the model's own atomic save, which keeps ``.bak`` too; autosave writes only into
the recovery folder.

The guard is a context variable, which a worker thread does not inherit, so the guard is
entered where the bytes are written, on whichever thread that is.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..model.atomic import atomic_write, guarded_writes

__all__ = ["write_export"]


def write_export(path: str | os.PathLike, data: bytes, *,
                 protect: Path | None = None) -> None:
    """Write ``data`` to ``path`` atomically, never over ``protect`` (the open model's file),
    keeping a replaced file as ``.bak``; SaveError when the path is refused."""
    with guarded_writes(inputs=[protect] if protect is not None else [], backup=True):
        atomic_write(path, data)
