"""Every module of the package stays small enough to read in one pass.

The house rule (docs/ARCHITECTURE.md, "Modules"): a module has one job and at most
:data:`MOST_LINES` lines; a module that grows past it is split by its jobs, not trimmed
by squeezing lines.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "desktop" / "windtunnel"
MOST_LINES = 500


def test_no_module_of_the_package_is_longer_than_the_house_rule():
    modules = sorted(path for path in PACKAGE.rglob("*.py") if "__pycache__" not in path.parts)
    assert len(modules) > 100        # the package's own modules, found where they live
    longer = {str(path.relative_to(PACKAGE)): lines for path in modules
              if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MOST_LINES}
    assert longer == {}
