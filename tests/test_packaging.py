"""The wheel carries resources/ and scenarios/, and an installed (not editable) copy works."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


def test_every_package_in_the_tree_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    listed = set(config["packages"])
    found = {".".join(p.parent.relative_to(ROOT / "desktop").parts)
             for p in (ROOT / "desktop").rglob("__init__.py")}
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """Build from a copy of the tree: setuptools writes build/lib in the source folder, which
    is our own build/ folder, and stale files there would leak into later wheels."""
    source = tmp_path_factory.mktemp("source") / "windtunnel"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "__pycache__", ".hypothesis", ".pytest_cache", "*.egg-info", "dist",
        "work", "lib"))
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                    "--disable-pip-version-check", "-w", str(out), str(source)],
                   check=True, capture_output=True)
    (found,) = out.glob("windtunnel-*.whl")
    return found


@pytest.mark.slow
def test_wheel_contains_resources_and_every_bundled_model(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "windtunnel/resources/schema/windtunnel-model-v2.schema.json" in names
    for suffix in ("en", "zh_CN", "zh_HK", "ja"):       # compiled by build/dev.py first
        assert f"windtunnel/resources/translations/windtunnel_{suffix}.qm" in names
    bundled = sorted(p.name for p in (ROOT / "scenarios").glob("*.wtm"))
    assert bundled, "scenarios/ holds no model"
    for name in bundled:
        assert f"windtunnel/scenarios/{name}" in names
    for path in (ROOT / "resources").rglob("*"):
        inside = path.relative_to(ROOT / "resources").as_posix()
        if path.is_file() and "__pycache__" not in path.parts:
            shipped = f"windtunnel/resources/{inside}" in names
            assert shipped != inside.startswith("screenshots/"), inside


@pytest.mark.slow
def test_installed_copy_checks_its_bundled_models(wheel, tmp_path):
    env_dir = tmp_path / "fresh"
    # this environment's pip installs into the new one (--python), which then needs no pip
    # of its own, and writes no bytecode for the dependencies (--no-compile): seeding a pip
    # and compiling every file of pandas, scipy, networkx and PySide6 took time this check
    # does not need, as an installed copy imports without them (compiling what it imports)
    venv.EnvBuilder(with_pip=False).create(env_dir)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(bin_dir / "python"), "install",
                    "-q", "--no-compile", "--disable-pip-version-check", str(wheel)],
                   check=True, capture_output=True)
    clean = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    listing = subprocess.run(
        [str(bin_dir / "python"), "-c",
         "import windtunnel.paths as p; print('\\n'.join(map(str, p.bundled_models())))"],
        cwd=tmp_path, env=clean, capture_output=True, text=True, check=True)
    models = listing.stdout.split()
    assert models and all(Path(m).is_relative_to(env_dir) for m in models), models
    for model in models:
        result = subprocess.run([str(bin_dir / "windtunnel"), "check", model], cwd=tmp_path,
                                env=clean, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        assert "valid Windtunnel model" in result.stdout
