"""Where an exploration's tasks run: this process, a local process pool, or a Dask cluster.

The design follows EMA Workbench's evaluators (sequential, multiprocessing, distributed;
the model loaded once per worker) and fcmconfr's rule that parallel and sequential runs
give identical numbers: every task's numbers depend only on the task (experiments.py), so
the executors differ only in where tasks run and in which order they come back.

- one worker: tasks run here, in order;
- a local pool (``workers`` > 1): a ``ProcessPoolExecutor`` whose workers receive the
  context once, through the pool's initializer, and then only task tuples; processes
  start by ``forkserver`` where the platform has it (a desktop app's threads must not be
  forked), else ``spawn``; at most :data:`IN_FLIGHT` tasks per worker in flight, so the
  results waiting to be collected stay few;
- a dask.distributed cluster (``scheduler`` an address such as ``tcp://host:8786``, or a
  ``distributed.Client``): the context is scattered to every worker once
  (``broadcast=True``), tasks (a few numbers each) are submitted a window at a time and
  their results (numpy arrays) gathered with them as they finish. ``distributed`` is an optional extra (``windtunnel[cluster]``) imported only here,
  only when a scheduler is given.

Progress is one unit per task; cancel is checked between tasks and cancels what is in
flight (a pool's queued tasks, a cluster's futures).
"""

from __future__ import annotations

import multiprocessing
import os
import uuid
from collections import deque
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from contextlib import contextmanager

from ..errors import ModelError, Problem
from ..language import translate
from .progress import Tracker

__all__ = ["execute", "connected", "Cluster", "local_workers", "cluster_available"]

#: Tasks kept in flight per worker (one running, one queued): enough to keep workers busy,
#: few enough that results waiting to be collected stay small.
IN_FLIGHT = 2

_context = None           # a pool worker's context, set once by _install


def local_workers(*, keep_free: int = 0) -> int:
    """Processes for a local pool: the cores, less ``keep_free`` (the desktop app keeps
    one for its window), at least one."""
    return max(1, (os.cpu_count() or 1) - int(keep_free))


def cluster_available() -> bool:
    """Whether the optional cluster extra (dask.distributed) is installed."""
    import importlib.util

    return importlib.util.find_spec("distributed") is not None


def execute(context, tasks, *, workers=None, client=None, progress=None, cancel=None):
    """Yield each task's result (in any order) as it finishes: on the cluster of
    ``client`` (a :class:`Cluster` from :func:`connected`) when given, else locally."""
    from .experiments import run_task

    tracker = Tracker(len(tasks), progress=progress, cancel=cancel, what="exploration")
    tracker.check()
    if client is not None:
        yield from _on_cluster(context, tasks, client.client, tracker)
    elif (workers or local_workers()) <= 1 or len(tasks) <= 1:
        for task in tasks:
            tracker.check()
            yield run_task(context, task)
            tracker.advance()
    else:
        yield from _on_pool(context, tasks, min(int(workers or local_workers()), len(tasks)),
                            tracker)
    tracker.finish()


def _install(context) -> None:
    global _context
    _context = context


def _pool_task(task):
    from .experiments import run_task

    return run_task(_context, task)


def _pool_context():
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if context.get_start_method() == "forkserver":
        context.set_forkserver_preload(["windtunnel.engine.experiments"])
    return context


def _on_pool(context, tasks, workers: int, tracker: Tracker):
    pending = deque(tasks)
    running = set()
    with ProcessPoolExecutor(max_workers=workers, mp_context=_pool_context(),
                             initializer=_install, initargs=(context,)) as pool:
        try:
            while pending or running:
                while pending and len(running) < IN_FLIGHT * workers:
                    running.add(pool.submit(_pool_task, pending.popleft()))
                done, running = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    yield future.result()
                    tracker.advance()
                tracker.check()
        finally:
            for future in running:
                future.cancel()


class Cluster:
    """A connection to a dask.distributed scheduler (:func:`connected` makes it)."""

    def __init__(self, client) -> None:
        self.client = client

    def threads(self) -> int:
        """The threads of its workers (at least 1): how many tasks run at once."""
        return max(1, sum(self.client.nthreads().values()))


@contextmanager
def connected(scheduler):
    """A :class:`Cluster` for ``scheduler`` (an address such as ``tcp://host:8786``, or a
    ``distributed.Client``, left open), or None when ``scheduler`` is None; a client it
    opened is closed on leaving."""
    if scheduler is None:
        yield None
        return
    if not cluster_available():
        raise ModelError(Problem("scheduler", (
            translate("executors", "running on a cluster needs dask.distributed: install "
                                   "windtunnel[cluster] (pip install 'windtunnel[cluster]') "
                                   "on this machine and on the workers"))))
    from distributed import Client

    if isinstance(scheduler, Client):
        yield Cluster(scheduler)
        return
    _check_address(str(scheduler))
    try:
        client = Client(str(scheduler), timeout="10s", set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ModelError(Problem("scheduler", (
            translate("executors", "cannot reach the Dask scheduler at {scheduler}: {exc}").format(
                scheduler=scheduler, exc=exc)))) from None
    try:
        yield Cluster(client)
    finally:
        client.close()


def _check_address(address: str) -> None:
    """Refuse an address that names no host and port before a client is made (a client
    that fails to start on one lingers and blocks the interpreter's exit)."""
    from distributed.comm.addressing import parse_address, parse_host_port

    try:
        scheme, location = parse_address(address)
        if scheme not in ("tcp", "tls"):
            raise ValueError(translate("executors", "use tcp:// or tls://, not "
                                                    "{scheme}://").format(scheme=scheme))
        _, port = parse_host_port(location)
        if not 0 < int(port) < 65536:
            raise ValueError(translate("executors", "port {port} is outside 1 to "
                                                    "65535").format(port=port))
    except (ValueError, TypeError) as exc:
        raise ModelError(Problem("scheduler", (
            translate("executors", "{address!r} is not a scheduler address such as "
                                   "tcp://host:8786 ({exc})").format(address=address, exc=exc)))) \
            from None


def _on_cluster(context, tasks, client, tracker: Tracker):
    from distributed import as_completed

    from .experiments import run_task

    shipped = client.scatter(context, broadcast=True, hash=False)
    window = IN_FLIGHT * max(1, sum(client.nthreads().values()))
    pending = deque(tasks)
    in_flight = set()

    def submit():
        added = []
        while pending and len(in_flight) < window:
            task = pending.popleft()
            future = client.submit(run_task, shipped, task, pure=False,
                                   key=f"windtunnel-task-{task[0]}-{task[1]}-{run}")
            in_flight.add(future)
            added.append(future)
        return added

    run = uuid.uuid4().hex          # keys of this run only, whatever else the cluster runs
    # results come back with their futures (gathered as they finish, no round trip each)
    running = as_completed(submit(), loop=client.loop, with_results=True)
    try:
        for future, result in running:
            in_flight.discard(future)
            yield result
            future.release()
            tracker.advance()
            tracker.check()
            for future in submit():
                running.add(future)
    finally:
        if in_flight:
            client.cancel(list(in_flight))
