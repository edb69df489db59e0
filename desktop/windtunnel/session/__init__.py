"""What an analysis is about, without Qt: the evented state the desktop app's views follow.

- :class:`AnalysisSession` (analysis.py): results and their staleness, Monte Carlo, the
  current scenario, the shown step, the selection, the live preview of lever values;
- :class:`ResultsSnapshot` (snapshot.py): an immutable copy of what a picture or a brief
  shows;
- levers.py: how a scenario sets its levers;
- content.py: whether results computed on a model still describe it (only words edited,
  or an edit undone, leaves them current).

This package imports the engine and the model, never PySide6 (an import-linter contract
in pyproject.toml keeps it so).
"""

from .analysis import AnalysisSession
from .runs import RunOutcome, run_outcome
from .levers import default_start, describe_levers, lever_setting
from .snapshot import ResultsSnapshot

__all__ = ["AnalysisSession", "ResultsSnapshot", "RunOutcome", "default_start",
           "describe_levers", "lever_setting", "run_outcome"]
