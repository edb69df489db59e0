"""Load PySide6 without its per-import source scan; the app package does it first.

Once PySide6 is loaded, it looks at every module named in any later ``import`` statement
(its ``__feature__`` support, which lets a module opt into snake_case or true_property
names) and decides whether the module uses PySide6 by reading the module's whole source
file (``inspect.getsource``) and searching it for the word. Before the first paint the app
names about 180 modules in imports after Qt (its own, the model's, psygnal's and the
standard library's), and those reads cost about a tenth of the CPU the launch uses.

:func:`use_namespace_check` makes that decision from the module's names instead: a module
uses PySide6 when one of its globals is a PySide6 module, class or function. The answer
only matters to modules that select a feature, which Windtunnel never does (it uses Qt's
own names), so the app behaves the same; when a PySide6 release no longer has this hook,
nothing is changed.
"""

from __future__ import annotations

import inspect
import sys
from types import ModuleType

__all__ = ["use_namespace_check", "uses_pyside"]


def uses_pyside(module: ModuleType) -> bool:
    """True when one of ``module``'s globals is a PySide6 module, class or function.

    ``getattr`` with a default answers "no ``__module__``" (most globals: numbers, text,
    tuples) without raising; this runs for every module imported before the first paint.
    A module of the standard library (``email.utils``, ``json.decoder``) never holds one:
    its globals are not read."""
    if getattr(module, "__name__", "").partition(".")[0] in sys.stdlib_module_names:
        return False
    for value in list(vars(module).values()):
        try:
            name = (value.__name__ if isinstance(value, ModuleType)
                    else getattr(value, "__module__", None))
        except Exception:  # noqa: BLE001 - any object may sit in a module's namespace
            continue
        if isinstance(name, str) and name.startswith("PySide6"):
            return True
    return False


def _parameters(function) -> int | None:
    """How many parameters ``function`` takes; None when Python cannot tell."""
    try:
        return len(inspect.signature(function).parameters)
    except (TypeError, ValueError):
        return None


def use_namespace_check() -> bool:
    """Replace PySide6's source scan with :func:`uses_pyside`; False when this PySide6 has
    no such scan (nothing is changed then)."""
    try:
        from PySide6.support import feature
    except ImportError:
        return False
    scan = getattr(feature, "_mod_uses_pyside", None)
    if not callable(scan) or _parameters(scan) != 1:
        return False                    # not the one-argument scan this replaces
    feature._mod_uses_pyside = uses_pyside
    return True
