"""Public names of a package loaded from their modules on first use (PEP 562).

``windtunnel.engine`` and ``windtunnel.io`` re-export some hundred names from modules that
pull in numpy, scipy, pandas, networkx or openpyxl. Importing them all with the package
made every command, and the desktop app's start, pay for every library; with
:func:`lazy_exports` a package lists ``name -> module`` and each module loads when one of
its names is first used. The pattern is scientific Python's SPEC 1 (lazy_loader).
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Callable

__all__ = ["lazy_exports"]


def lazy_exports(package: str, table: dict[str, str],
                 namespace: dict) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """The module-level ``__getattr__`` and ``__dir__`` for ``package``, whose public names
    ``table`` maps to the submodules defining them; a loaded name is kept in ``namespace``
    (the package's globals), so it costs one dictionary look-up from then on."""

    def __getattr__(name: str):
        module = table.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{module}", package), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(namespace) | set(table))

    named_alike = frozenset(name for name, module in table.items() if name == module)
    if named_alike:
        sys.modules[package].__class__ = _keeping(named_alike)
    return __getattr__, __dir__


def _keeping(names: frozenset[str]) -> type:
    """A package class for which a public name named like its module (``engine.run``, the
    function of ``engine/run.py``) keeps meaning the name: importing the module, which
    binds the module as the package's attribute of that name, binds the name instead. So
    these names load lazily like the others, yet no import can shadow them."""

    class Package(types.ModuleType):
        def __setattr__(self, name: str, value) -> None:
            if name in names and isinstance(value, types.ModuleType):
                value = getattr(value, name)
            super().__setattr__(name, value)

    return Package
