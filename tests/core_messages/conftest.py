"""Compiled core catalogues for the translation tests, built once per test session from
the .ts sources with the build script's helper (the same pyside6-lrelease a build runs)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def build_module(name: str):
    """A script of build/ imported as a module (build/ is not a package)."""
    spec = importlib.util.spec_from_file_location(f"build_{name}", ROOT / "build" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def core_catalogues(tmp_path_factory) -> Path:
    """A folder holding core_zh_CN.qm, core_zh_HK.qm and core_ja.qm."""
    folder = tmp_path_factory.mktemp("catalogues")
    made = build_module("translations").compile_catalogues(folder, "core_*.ts")
    assert {p.name for p in made} == {"core_zh_CN.qm", "core_zh_HK.qm", "core_ja.qm"}
    return folder


@pytest.fixture
def catalogues_installed(core_catalogues, monkeypatch):
    """The command line loads its catalogues from the compiled folder."""
    from windtunnel.cli import language as cli_language

    monkeypatch.setattr(cli_language, "catalogue_folder", lambda: core_catalogues)
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    yield core_catalogues
    cli_language.install("en")
