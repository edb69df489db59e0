"""One run of a model's baseline and scenarios, apart from the session that shows it.

:func:`run_outcome` reads only the model it is given, so an owner may run it on a copy off
its own thread (the desktop app does so on a big map) and hand the outcome to
:meth:`~windtunnel.session.analysis.AnalysisSession.accept_run`.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from .. import language
from ..engine import Cancelled, Results, run
from ..errors import WindtunnelError
from ..model import Model

__all__ = ["RunOutcome", "run_outcome"]


@dataclass(frozen=True)
class RunOutcome:
    """What one run of a model's baseline and scenarios gave: its results, or the error
    that stopped it, the language it named them in, and how long it took."""

    results: Results | None
    error: WindtunnelError | None
    language: str
    milliseconds: float


def run_outcome(model: Model, *, cancel=None) -> RunOutcome:
    """Run ``model``'s baseline and every scenario (deterministic, no samples). Reads only
    ``model``: the owner may run it on a copy, off its own thread, and hand the outcome to
    :meth:`AnalysisSession.accept_run`. ``cancel`` (the engine's: an Event-like object or
    a callable) stops a run no longer wanted with
    :class:`~windtunnel.engine.Cancelled`, which is raised, not an outcome."""
    started = time.perf_counter()
    tag = language.current()
    try:
        results, error = run(model, cancel=cancel), None
    except Cancelled:
        raise
    except WindtunnelError as exc:
        results, error = None, exc
    return RunOutcome(results, error, tag, (time.perf_counter() - started) * 1000)
