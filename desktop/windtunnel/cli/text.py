"""Text output shared by the commands: plain tables, clipped cells, a progress bar."""

from __future__ import annotations

import sys

__all__ = ["table", "clip", "ProgressBar"]


def clip(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters, with an ellipsis when cut."""
    return text if len(text) <= width else text[:width - 1] + "…"


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    """Lines of a plain-text table, columns as wide as their widest cell, indented."""
    widths = [max(len(str(c)) for c in column) for column in zip(header, *rows)]
    fmt = "  ".join("{:<%d}" % w for w in widths)
    return ["  " + fmt.format(*header).rstrip(),
            "  " + "  ".join("-" * w for w in widths)] + [
        "  " + fmt.format(*row).rstrip() for row in rows]


class ProgressBar:
    """A one-line progress bar on stderr (only when it is a terminal, or when forced)."""

    def __init__(self, label: str, *, stream=None, width: int = 30, force: bool = False):
        self.stream = stream or sys.stderr
        self.label, self.width = label, width
        self.enabled = force or getattr(self.stream, "isatty", lambda: False)()
        self.shown = -1

    def update(self, fraction: float) -> None:
        if not self.enabled:
            return
        filled = int(round(fraction * self.width))
        percent = int(fraction * 100)
        if percent == self.shown:
            return
        self.shown = percent
        self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (self.width - filled)}] "
                          f"{percent:3d}%")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.shown >= 0:
            self.stream.write("\n")
            self.stream.flush()

    def __enter__(self) -> "ProgressBar":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

