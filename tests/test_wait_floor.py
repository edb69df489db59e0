"""Every wait for a condition in these tests lasts at least the shared floor before it
fails (tests/conftest.py): a loaded CI machine is slow, not wrong."""

import time

import pytest
from pytestqt.exceptions import TimeoutError as QtTimeoutError
from pytestqt.qtbot import QtBot

#: The shared conftest's globals, where the floor is read at each wait.
SHARED = QtBot.waitUntil.__globals__


def test_a_short_timeout_asked_waits_the_floor_before_failing(qtbot, monkeypatch):
    monkeypatch.setitem(SHARED, "WAIT_FLOOR_MS", 300)
    started = time.monotonic()
    with pytest.raises(QtTimeoutError):
        qtbot.waitUntil(lambda: False, timeout=50)
    assert time.monotonic() - started >= 0.3


def test_a_wait_ends_when_its_condition_holds(qtbot):
    started = time.monotonic()
    qtbot.waitUntil(lambda: True, timeout=10)
    assert time.monotonic() - started < SHARED["WAIT_FLOOR_MS"] / 1000
