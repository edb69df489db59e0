"""Progress and cancellation for the engine's long runs (one convention for all of them).

Every long analysis (Monte Carlo, tornado, lever elasticities, loops, node metrics,
chokepoints) takes the same keyword-only options:

- ``progress``: a callable receiving the fraction done, from 0 to 1, never decreasing,
  ending with exactly 1.0 when the work completes;
- ``cancel``: an Event-like object with ``is_set()`` (``threading.Event``) or a callable
  returning True to stop; checked between units of work, it stops the run by raising
  :class:`Cancelled`, which produces nothing (no partial result).

The GUI runs these in workers whose cancel button sets an event.
"""

from __future__ import annotations

from ..errors import WindtunnelError

__all__ = ["Cancelled", "should_stop", "stop_if_asked", "Tracker"]


class Cancelled(WindtunnelError):
    """A long run was cancelled by the user; nothing was produced."""


def should_stop(cancel) -> bool:
    """Whether ``cancel`` (None, an Event-like object or a callable) asks to stop."""
    if cancel is None:
        return False
    is_set = getattr(cancel, "is_set", None)
    return bool(is_set() if is_set is not None else cancel())


def stop_if_asked(cancel, what: str = "run") -> None:
    """Raise :class:`Cancelled` when ``cancel`` asks to stop: checked between the steps of
    work made of several engine calls (compiling a big map, then searching it), so a run
    cancelled or replaced meanwhile starts no further step."""
    if should_stop(cancel):
        raise Cancelled(f"the {what} was cancelled")


class Tracker:
    """Counts units of work: ``check()`` before each (raises Cancelled when asked to stop),
    ``advance()`` after each (reports ``done / total``). ``what`` names the work in the
    Cancelled message."""

    def __init__(self, total: int, *, progress=None, cancel=None, what: str = "run") -> None:
        self.total = max(int(total), 1)
        self.done = 0
        self.progress = progress
        self.cancel = cancel
        self.what = what

    def check(self) -> None:
        stop_if_asked(self.cancel, self.what)

    def advance(self, units: int = 1) -> None:
        self.done = min(self.done + units, self.total)
        if self.progress is not None:
            self.progress(self.done / self.total)

    def finish(self) -> None:
        """Report completion (1.0) if the counted units did not already."""
        if self.done < self.total:
            self.done = self.total
            if self.progress is not None:
                self.progress(1.0)
