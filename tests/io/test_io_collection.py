"""The cyclic garbage collector is held off while an import builds its model, and is
always on again afterwards, as it was before: whether the import succeeds or is refused."""

from __future__ import annotations

import gc

import pytest

from windtunnel.errors import LoadError
from windtunnel.io import import_model
from windtunnel.io.collection import collector_paused


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if was else gc.disable)()


def test_the_collector_is_off_in_the_block_and_on_after_it(collector_on):
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("refused")
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off(collector_on):
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_the_cycles_made_in_the_block_are_collected_at_its_end(collector_on):
    collected = []

    class Cycle:
        def __init__(self):
            self.me = self

        def __del__(self):
            collected.append(True)

    with collector_paused():
        Cycle()
        [[] for _ in range(5_000)]          # allocations that would start a collection
        assert not collected
    assert collected == [True]


def test_an_import_leaves_the_collector_on_whether_it_succeeds_or_is_refused(
        collector_on, tmp_path):
    good, bad = tmp_path / "edges.csv", tmp_path / "bad.csv"
    good.write_text("From,To,Weight\nA,B,0.5\n", encoding="utf-8")
    bad.write_text("From,To,Weight\nA,B,lots\n", encoding="utf-8")
    assert len(import_model(good).model.edges) == 1
    assert gc.isenabled()
    with pytest.raises(LoadError):
        import_model(bad)
    assert gc.isenabled()
