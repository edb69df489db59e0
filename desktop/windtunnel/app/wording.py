"""Numbers in words the way the interface writes them."""

from __future__ import annotations

__all__ = ["count"]


def count(n: int, singular: str, plural: str = "") -> str:
    """``"1 node"``, ``"2 nodes"``, ``"1,200 nodes"`` (thousands separated)."""
    return f"{n:,} {singular if n == 1 else plural or singular + 's'}"
