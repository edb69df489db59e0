"""The command line speaks the environment's language; these tests expect English unless
they choose another with ``--language``."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def english_environment(monkeypatch):
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
