"""Public names of a package loaded from their modules on first use (PEP 562), and regular
expressions compiled on first use.

``windtunnel.engine`` and ``windtunnel.io`` re-export some hundred names from modules that
pull in numpy, scipy, pandas, networkx or openpyxl. Importing them all with the package
made every command, and the desktop app's start, pay for every library; with
:func:`lazy_exports` a package lists ``name -> module`` and each module loads when one of
its names is first used. The pattern is scientific Python's SPEC 1 (lazy_loader).

A module on the way to the app's first paint compiles a pattern that paint never uses
(a save's temporary names, a link's form, a file's tidying) with :func:`compiled_when_used`:
Python's compiler of regular expressions is Python code, and some twenty such patterns
compiled at import cost the start-up about 8 M instructions.
"""

from __future__ import annotations

import functools
import importlib
import re
import sys
from types import ModuleType
from typing import Callable

__all__ = ["lazy_exports", "compiled_when_used"]


class _Package(ModuleType):
    """A package whose functions named like their module stay functions.

    Loading ``package.run`` binds the module as the package's attribute ``run``, which would
    replace the function ``package.run`` (from ``package/run.py``) by the module whenever
    anything imports the module; here the binding takes the module's function instead."""

    def __setattr__(self, name: str, value) -> None:
        if (isinstance(value, ModuleType) and value.__name__ == f"{self.__name__}.{name}"
                and name in self.__dict__.get("_FUNCTIONS_LIKE_MODULES", ())):
            value = getattr(value, name)
        super().__setattr__(name, value)


def lazy_exports(package: str, table: dict[str, str],
                 namespace: dict) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """The module-level ``__getattr__`` and ``__dir__`` for ``package``, whose public names
    ``table`` maps to the submodules defining them; a loaded name is kept in ``namespace``
    (the package's globals), so it costs one dictionary look-up from then on.

    A name that is also its module's name (``"run": "run"``) always means the function,
    even once the module is loaded (see :class:`_Package`)."""
    namespace["_FUNCTIONS_LIKE_MODULES"] = frozenset(
        name for name, module in table.items() if name == module)
    sys.modules[package].__class__ = _Package

    def __getattr__(name: str):
        module = table.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{module}", package), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(namespace) | set(table))

    return __getattr__, __dir__


def compiled_when_used(pattern: str, flags: int = 0) -> Callable[[], re.Pattern]:
    """A function that returns ``pattern`` compiled with ``flags``: compiled at its first
    call, the same pattern object at every call after."""
    return functools.cache(functools.partial(re.compile, pattern, flags))
