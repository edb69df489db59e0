"""The command line speaks the environment's language; these tests expect English unless
they choose another with ``--language``. ``model_file``: the small model, saved."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def english_environment(monkeypatch):
    monkeypatch.setenv("LC_ALL", "C.UTF-8")


@pytest.fixture
def model_file(tmp_path, small_model):
    from windtunnel.model import save

    path = tmp_path / "small.wtm"
    save(small_model, path)
    return path
