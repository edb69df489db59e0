"""Load FCMpy's simulator for comparisons, from a scratch install, without its heavy extras.

FCMpy is never a project dependency. Install it apart, without its dependencies:

    python -m pip install --no-deps --target /tmp/fcmpy fcmpy

(or point ``WINDTUNNEL_FCMPY`` at another folder). Its package ``__init__`` imports its
machine-learning modules (tensorflow, scikit-learn, ...); only ``FcmSimulator`` is needed,
so those modules are stubbed while loading. Returns None when FCMpy is not there.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import os
import sys
import types
from pathlib import Path
from unittest import mock

#: FCMpy's heavy imports, stubbed (scipy is not: it is a Windtunnel dependency, and a stub
#: would replace it for the engine too once the engine imports it lazily).
_STUBS = ("tqdm", "skfuzzy", "tensorflow", "matplotlib", "sklearn", "seaborn", "keras",
          "pymoo")


class _StubFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, name, path, target=None):
        if name.split(".")[0] in _STUBS:
            return importlib.machinery.ModuleSpec(name, self, is_package=True)
        return None

    def create_module(self, spec):
        module = mock.MagicMock()
        module.__path__, module.__name__, module.__spec__ = [], spec.name, spec
        return module

    def exec_module(self, module):
        pass


def load_fcmpy_simulator():
    """FCMpy's ``FcmSimulator`` class, or None when FCMpy is not installed apart."""
    folder = Path(os.environ.get("WINDTUNNEL_FCMPY", "/tmp/fcmpy"))
    if not (folder / "fcmpy" / "simulator" / "simulator.py").exists():
        return None
    if "fcmpy" not in sys.modules:
        sys.path.insert(0, str(folder))
        sys.meta_path.insert(0, _StubFinder())
        package = types.ModuleType("fcmpy")
        package.__path__ = [str(folder / "fcmpy")]
        sys.modules["fcmpy"] = package
    try:
        from fcmpy.simulator.simulator import FcmSimulator
    except Exception:                       # an FCMpy version this loader does not know
        return None
    return FcmSimulator
