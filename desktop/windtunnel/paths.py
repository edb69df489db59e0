"""Where bundled data lives, whether Windtunnel runs from a checkout, a wheel or a frozen app."""

from __future__ import annotations

from functools import cache
from importlib.resources import as_file, files
from pathlib import Path

__all__ = ["resource_path", "bundled_models", "bundled_model", "is_bundled", "DEFAULT_MODEL"]

DEFAULT_MODEL = "ai-export-controls-2026.wtm"


def resource_path(*parts: str) -> Path:
    """A file or folder under resources/ (shipped inside the package as windtunnel.resources)."""
    with as_file(_package_files("windtunnel.resources").joinpath(*parts)) as path:
        return Path(path)


@cache
def _package_files(package: str):
    """The files of ``package``, found once: finding them asks the import system for the
    package's reader each time, and the app reads about twenty resources (icons,
    catalogues, the bundled model) before its window shows."""
    return files(package)


def bundled_models() -> list[Path]:
    """Every bundled model file (scenarios/*.wtm), sorted by name."""
    with as_file(_package_files("windtunnel.scenarios")) as folder:
        return sorted(Path(folder).glob("*.wtm"))


def bundled_model(name: str = DEFAULT_MODEL) -> Path:
    """One bundled model by file name; falls back to the first one when it is missing."""
    models = bundled_models()
    for path in models:
        if path.name == name:
            return path
    if not models:
        raise FileNotFoundError("no bundled models are installed")
    return models[0]


def is_bundled(path: str | Path) -> bool:
    """Whether ``path`` is one of the bundled models (files the app ships, never to be
    overwritten by a Save)."""
    try:
        resolved = Path(path).resolve()
    except OSError:
        return False
    return any(resolved == model.resolve() for model in bundled_models())
