"""Fuzzing budget: a short run in the default suite, a long one marked slow.

``pytest tests/fuzz`` runs each fuzzer on FUZZ_SHORT examples;
``WINDTUNNEL_FUZZ_EXAMPLES=3000 pytest -m slow tests/fuzz`` also runs the long variants
(marked slow) on that many examples each, the nightly size. Every example must end in acceptance or a located refusal within the
fuzzer's deadline and memory cap; a traceback, a hang or an unlocated message fails it.
"""

from __future__ import annotations

import os
import time
import tracemalloc

import pytest

FUZZ_SHORT = 60
FUZZ_LONG = int(os.environ.get("WINDTUNNEL_FUZZ_EXAMPLES", "3000"))
#: The long runs take minutes each: they run when WINDTUNNEL_FUZZ_EXAMPLES is set.
long_run = pytest.mark.skipif("WINDTUNNEL_FUZZ_EXAMPLES" not in os.environ,
                              reason="the nightly fuzz run: set WINDTUNNEL_FUZZ_EXAMPLES=N")
#: Memory one fuzzed input may take (traced peak), in bytes.
MEMORY_CAP = 512 * 2**20


def measured(action, expected: type[BaseException]):
    """(result or None, the ``expected`` exception raised or None, peak traced memory in
    bytes, seconds) of ``action()``; any other exception propagates (a defect)."""
    tracemalloc.start()
    started = time.perf_counter()
    result = error = None
    try:
        result = action()
    except expected as exc:
        error = exc
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return result, error, peak, time.perf_counter() - started


class Tally:
    """Counts and extremes of one fuzzer's inputs; written as JSON to the file named by
    WINDTUNNEL_FUZZ_REPORT (if set) when the session ends, for the closing figures."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.peak_bytes = 0
        self.seconds = 0.0

    def add(self, outcome: str, *, peak: int = 0, seconds: float = 0.0) -> None:
        self.counts[outcome] = self.counts.get(outcome, 0) + 1
        self.peak_bytes = max(self.peak_bytes, peak)
        self.seconds = max(self.seconds, seconds)


TALLIES: dict[str, Tally] = {}


def tally(name: str) -> Tally:
    return TALLIES.setdefault(name, Tally())


def pytest_sessionfinish(session, exitstatus):
    target = os.environ.get("WINDTUNNEL_FUZZ_REPORT")
    if target and TALLIES:
        import json

        with open(target, "w", encoding="utf-8") as handle:
            json.dump({name: {"counts": t.counts, "peak_bytes": t.peak_bytes,
                              "seconds": t.seconds} for name, t in TALLIES.items()},
                      handle, indent=2)
