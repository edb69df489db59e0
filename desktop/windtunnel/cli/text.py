"""Text output shared by the commands: terminal-safe text, plain tables, clipped cells, a
progress bar.

Everything the commands print passes through :func:`printable` (cells and user text one
by one, so that a newline in a label cannot fake a line of output) and then through
:class:`PrintableStream` at the command line's boundary (so that nothing a command forgot
reaches the terminal raw): a title from a stranger's file must not set the terminal's
title, clear the screen, colour a fake "All checks passed", or reorder a line with bidi
overrides. Control characters become visible escapes (``\\x1b``, ``\\u202e``).

Routes, loops and edges are written with the arrow ``→``, as the app and the workbook
write them. Where the output's encoding has no arrow (on Windows, output redirected to a
file or a pipe is written in the ANSI code page, such as cp1252; the console itself takes
Unicode), the stream writes ``->`` in its place, and any other character the encoding
lacks as an escape (``\\u2603``), so nothing is lost and nothing fails.
"""

from __future__ import annotations

import codecs
import re
import sys

from ..language import character_columns, columns

__all__ = ["ARROW", "printable", "PrintableStream", "table", "clip", "columns", "ProgressBar"]

#: What joins the nodes of a route, a loop or an edge.
ARROW = " \u2192 "

# C0 and C1 control characters and DEL (ESC starts ANSI/OSC sequences; CR and BS overwrite
# what was printed), the bidi embeddings, overrides, isolates and marks, the line and
# paragraph separators, and lone surrogates (which no terminal encoding can write).
_UNSAFE_BEYOND_C0 = r"\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_UNSAFE_TEXT = re.compile(rf"[\x00-\x1f{_UNSAFE_BEYOND_C0}]")
_UNSAFE_LINES = re.compile(rf"[\x00-\x09\x0b-\x1f{_UNSAFE_BEYOND_C0}]")  # keeps newlines


#: What a character the output's encoding lacks is written as, where plain text reads the
#: same; any other such character is written as an escape.
_PLAIN = {"\u2192": "->"}


def _plain_or_escaped(error: UnicodeEncodeError) -> tuple[str, int]:
    lacking = error.object[error.start:error.end]
    return "".join(_PLAIN.get(character) or character.encode("ascii", "backslashreplace")
                   .decode("ascii") for character in lacking), error.end


codecs.register_error("windtunnel.plain", _plain_or_escaped)


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: object) -> str:
    """``text`` safe to print on one line: every control, escape-starting, bidi or
    line-breaking character (newlines too) shown as a visible escape such as ``\\x1b``."""
    text = str(text)
    # isprintable() is False for every character escaped here (Cc, Cf, Cs, Zl, Zp)
    return text if text.isprintable() else _UNSAFE_TEXT.sub(_escape, text)


class PrintableStream:
    """A text stream that escapes what :func:`printable` escapes, except newlines, and
    never fails on a character its encoding lacks (the arrow written as ``->``, any other
    as an escape). ``raw`` is the wrapped stream, for the progress bar's carriage
    returns."""

    def __init__(self, raw) -> None:
        self.raw = raw

    def write(self, text: str) -> int:
        safe = _UNSAFE_LINES.sub(_escape, text)
        try:
            self.raw.write(safe)
        except UnicodeEncodeError:
            encoding = getattr(self.raw, "encoding", None) or "ascii"
            self.raw.write(safe.encode(encoding, "windtunnel.plain").decode(encoding))
        return len(text)

    def flush(self) -> None:
        self.raw.flush()

    def __getattr__(self, name):
        return getattr(self.raw, name)


def clip(text: str, width: int) -> str:
    """``text`` made printable and cut to ``width`` terminal columns, with an ellipsis
    when cut."""
    text = printable(text)
    if columns(text) <= width:
        return text
    kept, used = [], 0
    for character in text:
        used += character_columns(character)
        if used > width - 1:
            break
        kept.append(character)
    return "".join(kept) + "…"


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    """Lines of a plain-text table, columns as wide as their widest cell in terminal
    columns (so Chinese and Japanese labels keep the columns aligned), indented; every cell
    is made printable."""
    header = [printable(c) for c in header]
    rows = [[printable(c) for c in row] for row in rows]
    widths = [max(columns(c) for c in column) for column in zip(header, *rows)]

    def line(cells: list[str]) -> str:
        return "  " + "  ".join(c + " " * (w - columns(c)) for c, w in zip(cells, widths)).rstrip()

    return [line(header), "  " + "  ".join("-" * w for w in widths)] + [line(r) for r in rows]


class ProgressBar:
    """A one-line progress bar on stderr (only when it is a terminal, or when forced)."""

    def __init__(self, label: str, *, stream=None, width: int = 30, force: bool = False):
        stream = stream or sys.stderr
        self.stream = getattr(stream, "raw", stream)  # its carriage returns are ours
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

