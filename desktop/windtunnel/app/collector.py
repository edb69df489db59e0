"""Python's cyclic garbage collector, run on the GUI thread only.

Python runs its cyclic collector in whichever thread happens to pass an allocation
threshold. The app's long work runs Python on a thread pool (``workers.py``): an
exploration, a Monte Carlo run, a file being read, the cluster's Test importing
dask.distributed (hundreds of thousands of objects). A collection started there frees
every unreachable cycle, and a cycle may hold a Qt object owned by Python (a menu, a
spin box, a document of a window gone): Qt then destroys a GUI-thread object on the
worker's thread, which crashes the app a moment later in the GUI thread's event
processing, or hangs it. So the app turns the automatic collector off and a timer on the
GUI thread collects instead, each generation when Python would have (the same counts and
thresholds), at most a tick late. Reference counting still frees everything that is not
a cycle at once, on any thread.

``io.collection.collector_paused``, which an import runs on a worker, leaves a collector
that is off as it is, so it never turns the automatic collector back on.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

__all__ = ["collect_on_gui_thread"]

#: How often the GUI thread looks whether a generation is due (ms): twice a second wakes an
#: idle laptop little, and a cycle waits at most that long (everything else is freed at once).
INTERVAL = 500


def collect_on_gui_thread(app: QObject) -> QTimer:
    """Turn the automatic collector off and collect from a timer owned by ``app`` (the
    QApplication, so on its thread); once per application, whatever the calls."""
    timer = app.findChild(QTimer, "windtunnel-collector")
    if timer is None:
        timer = QTimer(app, objectName="windtunnel-collector", interval=INTERVAL)
        timer.timeout.connect(collect_due)
        timer.start()
    gc.disable()
    return timer


def collect_due() -> None:
    """Collect the oldest generation whose count has passed its threshold, if any."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    due = [generation for generation in range(3)
           if thresholds[generation] and counts[generation] > thresholds[generation]]
    if due:
        gc.collect(due[-1])
