"""Explorations on a dask.distributed cluster give the local run's numbers, bit for bit."""

from __future__ import annotations

import numpy as np
import pytest

from windtunnel.engine import LeverRange, explore
from windtunnel.engine import executors
from windtunnel.engine.designs import FUTURE_BLOCK
from windtunnel.errors import ModelError
from windtunnel.model import load
from windtunnel.paths import bundled_model

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    """Two single-threaded worker processes on this machine (a few seconds to start)."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as local:
        yield local


@pytest.mark.slow
def test_local_cluster_gives_the_local_numbers(cluster):
    model = load(bundled_model("ai-export-controls-2026.wtm"))
    options = dict(scenarios=["status-quo", "access-suspension", "hk-hub"],
                   levers=[LeverRange("licensing", 0.0, 1.0, 3)], policies=3,
                   futures=FUTURE_BLOCK + 100, seed=21)
    local = explore(model, workers=1, **options)
    seen = []
    remote = explore(model, scheduler=cluster.scheduler_address, options_per_task=2,
                     progress=seen.append, **options)
    np.testing.assert_array_equal(local.outcomes, remote.outcomes)
    np.testing.assert_array_equal(local.futures, remote.futures)
    assert seen == sorted(seen) and seen[-1] == 1.0
    with distributed.Client(cluster) as client:        # a caller's own client works too
        again = explore(model, scheduler=client, **options)
        assert not client.status == "closed"
    np.testing.assert_array_equal(local.outcomes, again.outcomes)


@pytest.mark.slow
def test_cancel_on_the_cluster_stops_and_frees_the_workers(cluster):
    from windtunnel.engine import Cancelled

    model = load(bundled_model("ai-export-controls-2026.wtm"))
    calls = []
    with pytest.raises(Cancelled):
        explore(model, futures=4 * FUTURE_BLOCK, scheduler=cluster.scheduler_address,
                options_per_task=2, progress=calls.append,
                cancel=lambda: len(calls) >= 2)
    with distributed.Client(cluster) as client:
        client.wait_for_workers(2)
        assert not any(key.startswith("windtunnel-task") for key in client.who_has())


def test_a_scheduler_without_the_cluster_extra_says_what_to_install(monkeypatch):
    monkeypatch.setattr(executors, "cluster_available", lambda: False)
    model = load(bundled_model("ai-export-controls-2026.wtm"))
    with pytest.raises(ModelError, match=r"install windtunnel\[cluster\]"):
        explore(model, futures=10, scheduler="tcp://127.0.0.1:8786")


@pytest.mark.slow
def test_an_unreachable_scheduler_is_named():
    model = load(bundled_model("ai-export-controls-2026.wtm"))
    with pytest.raises(ModelError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        explore(model, futures=10, scheduler="tcp://127.0.0.1:9")


@pytest.mark.parametrize("address", ["nope", "", "tcp://", "tcp://host:99999999",
                                     "inproc://x", "\x1b]0;x"])
def test_a_malformed_scheduler_address_is_refused_at_once(address):
    model = load(bundled_model("ai-export-controls-2026.wtm"))
    with pytest.raises(ModelError, match="is not a scheduler address such as tcp://host"):
        explore(model, futures=10, scheduler=address)


def test_the_time_budget_is_shared_by_the_workers():
    from windtunnel.engine import compile_model
    from windtunnel.engine.budget import explore_cost

    model = load(bundled_model("ai-export-controls-2026.wtm"))
    network = compile_model(model)
    sizes = dict(options=100, futures=100_000, objectives=6, uncertainties=121)
    alone = explore_cost(network, model.settings, **sizes)
    shared = explore_cost(network, model.settings, **sizes, parallel=64)
    assert shared.updates == alone.updates // 64 and shared.memory == alone.memory
    assert "on 64 workers" in shared.sizes
