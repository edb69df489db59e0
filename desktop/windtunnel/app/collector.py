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
a cycle at once, on any thread. Started from the command line (:mod:`windtunnel.cli.gui`),
the app has the collector off before its modules load, and what they made is frozen
(``gc.freeze``): it lives as long as the app, and no collection walks it.

pyqtgraph ships the same idea (``pyqtgraph.util.garbage_collector.GarbageCollector``),
but it is not used: importing pyqtgraph before the first paint costs more than the whole
window (the charts load it after that paint), and it collects the oldest generation in
full whenever that generation's count passes its threshold of 10, a walk over every
object of a big map's heap every few seconds, where Python itself waits for a quarter
more long-lived objects (kept below).

``io.collection.collector_paused``, which an import runs on a worker, leaves a collector
that is off as it is, so it never turns the automatic collector back on.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

__all__ = ["collect_on_gui_thread", "GuiCollector"]

#: How often the GUI thread looks whether a generation is due (ms): twice a second wakes an
#: idle laptop little, and a cycle waits at most that long (everything else is freed at once).
INTERVAL = 500


def collect_on_gui_thread(app: QObject) -> QTimer:
    """Turn the automatic collector off and collect from a timer owned by ``app`` (the
    QApplication, so on its thread); once per application, whatever the calls. The timer is
    kept on the application's Python object: ``findChild`` with a Python type costs about
    5 ms a call (PySide's signature machinery), on the way to the first paint."""
    timer = getattr(app, "gui_collector", None)
    if timer is None:
        timer = app.gui_collector = GuiCollector(app)
        timer.start()
    gc.disable()
    return timer


class GuiCollector(QTimer):
    """The timer that collects, by Python's own rule: the oldest generation whose count has
    passed its threshold, except that the oldest is collected in full only once the objects
    that reached it since its last collection number a quarter of those it held then (a full
    collection walks every object, and on a big map's heap a more frequent one would stall
    the window)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent, interval=INTERVAL)
        # the oldest generation's size at its last full collection, counted when first
        # needed (listing it before the first paint would cost that paint a few ms)
        self.long_lived: int | None = None
        self.pending = 0                           # objects it has received since then
        self.timeout.connect(self.collect_due)

    def collect_due(self) -> None:
        """Collect the generation that is due, if any."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if not thresholds[generation] or counts[generation] <= thresholds[generation]:
                continue
            if generation == 2:
                if self.long_lived is None:
                    self.long_lived = len(gc.get_objects(2))
                if self.pending < self.long_lived / 4:
                    continue
            self.collect(generation)
            return

    def collect(self, generation: int) -> None:
        if generation == 0:
            gc.collect(0)
        elif generation == 1:                      # its survivors move to the oldest
            young = len(gc.get_objects(0)) + len(gc.get_objects(1))
            self.pending += max(0, young - gc.collect(1))
        else:
            gc.collect(2)
            self.long_lived, self.pending = len(gc.get_objects(2)), 0
