"""Reading regular files only: the one bounded read behind the model loader and every import.

A FIFO with no writer makes ``open`` wait forever and a device such as /dev/zero never
ends, so every reader opens a path without blocking, asks the open file what it is, and
refuses anything but a regular file (:class:`NotAFile`, with what it is, for the
message). Writes apply the same judgement to an output path (``output_paths.output_target``).
"""

from __future__ import annotations

import os
import stat
from typing import BinaryIO

from ..language import translate

__all__ = ["NotAFile", "open_regular", "read_regular", "special_kind"]


class NotAFile(Exception):
    """Raised by :func:`open_regular` for a path that is not a regular file; ``kind`` says
    what it is (see :func:`special_kind`)."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


def open_regular(path: str | os.PathLike) -> BinaryIO:
    """``path`` opened for reading in binary, when it is a regular file; else NotAFile
    (OSError when it cannot be opened, ValueError for a NUL byte in the name).

    It is opened without blocking (``open`` of a FIFO with no writer would wait forever)
    and then asked what it is, so nothing is ever read from a FIFO or a device; asking
    the open file, not the name, leaves no moment for the name to be swapped."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        kind = special_kind(os.fstat(fd).st_mode)
        if kind:
            raise NotAFile(kind)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: str | os.PathLike, limit: int) -> tuple[bytes, int]:
    """The bytes of the regular file ``path`` (:func:`open_regular`) and its size; past
    ``limit`` bytes (however the file was measured) none are returned.

    The file is read at its measured size in one go (no buffer of ``limit`` bytes is made
    for a small file), and only a file that grew since is read on, in bounded steps."""
    with open_regular(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > limit:
            return b"", size
        parts = [handle.read(size + 1)]
        total = len(parts[0])
        while size < total <= limit and (chunk := handle.read(min(2**20, limit + 1 - total))):
            parts.append(chunk)
            total += len(chunk)
    return (b"", total) if total > limit else (b"".join(parts), total)


def special_kind(mode: int) -> str:
    """What a file of ``mode`` is when it is not a regular file ("a folder", "a device",
    "a FIFO (named pipe)", "a socket"), else "". Reading a FIFO waits forever for a writer
    and a device such as /dev/zero never ends, so readers refuse these too."""
    if stat.S_ISREG(mode):
        return ""                        # the usual case, settled at once
    if stat.S_ISDIR(mode):
        return translate("regular_files", "a folder")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translate("regular_files", "a device")
    if stat.S_ISFIFO(mode):
        return translate("regular_files", "a FIFO (named pipe)")
    if stat.S_ISSOCK(mode):
        return translate("regular_files", "a socket")
    return ""
