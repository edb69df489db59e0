"""The extensions of one main window, built after the window's first paint or when asked.

The composition root (main.py) registers each extension with the workspace as a name, a
``frames(window)`` function and an ``attach(window, frames)`` function. A new window places
every extension's frames before it is shown: their docks, toolbars and menus, still empty,
so that the first paint already has the window's final layout. The contents (the analysis
with its engine and charts, the participants' panel), which cost most of the start-up's
imports, are built in the event-loop turn after that paint, in the registered order. Code
that needs an extension earlier asks for it (``window.extensions["analysis"]``) and gets it
built at once, with every extension registered before it; a window whose document is
replaced before its paint builds them first (``MainWindow.set_document``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Callable

__all__ = ["Extensions"]


class Extensions(Mapping):
    """Name -> extension of one window; reading it first builds what is still pending."""

    def __init__(self) -> None:
        self._built: dict[str, object] = {}
        self._pending: list[tuple[str, Callable[[], object]]] = []
        self._building = False

    def add(self, name: str, build: Callable[[], object]) -> None:
        """Register ``build()``, whose result becomes ``self[name]`` when it is built."""
        self._pending.append((name, build))

    @property
    def complete(self) -> bool:
        """True once every registered extension is built."""
        return not self._pending and not self._building

    def build_pending(self) -> None:
        """Build every pending extension now, in the order they were registered.

        An extension that reads the others while it is built (the participants' panel looks
        for the analysis) sees those built before it, never a half-built one."""
        if self._building:
            return
        self._building = True
        try:
            while self._pending:
                name, build = self._pending.pop(0)
                self._built[name] = build()
        finally:
            self._building = False

    def discard_pending(self) -> None:
        """Forget what was not built yet (the window closes before it was needed)."""
        self._pending.clear()

    def __getitem__(self, name: str) -> object:
        self.build_pending()
        return self._built[name]

    def __iter__(self) -> Iterator[str]:
        self.build_pending()
        return iter(dict(self._built))

    def __len__(self) -> int:
        self.build_pending()
        return len(self._built)
