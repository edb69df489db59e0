"""Issue 6: the live what-if analysis on top of the map editor.

:func:`attach_analysis` adds it to a main window: the Scenarios dock (scenarios, lever
sliders, edge-weight overrides), the Results dock (charts, scenario matrix, scorecard,
"why?", structure, sensitivity), results on the map (tints, halos, edge flows, legend, time
replay), the engine settings dialog, Monte Carlo on a worker, exports (results workbook,
CSV, map pictures, the PDF brief) and workshop mode. The modules:

- :mod:`.controller` owns the results, the current scenario, the live run and time;
- :mod:`.commands` builds the scenario edits' undo commands;
- :mod:`.levers` (with its virtualised :mod:`.lever_list`), :mod:`.scenarios_dock`,
  :mod:`.override_box` (under the Inspector),
  :mod:`.timebar`, :mod:`.workshop` are controls;
- :mod:`.map_layer`, :mod:`.hover` and :mod:`.colours` draw results on the map;
- :mod:`.results_dock` with :mod:`.charts`, :mod:`.matrix`, :mod:`.scorecard`,
  :mod:`.why`, :mod:`.structure_view`, :mod:`.tornado` are the result views;
- :mod:`.settings_dialog`, :mod:`.workers`, :mod:`.exports`, :mod:`.brief`.
"""

from .attach import Exporter, attach_analysis, show_analysis_help
from .colours import change_colour, change_colours, span_of
from .controller import DEBOUNCE_MS, AnalysisController
from .map_layer import MapResults, edge_contributions
from .settings_dialog import SettingsDialog, edit_settings
from .workers import Task, TaskRunner

__all__ = ["attach_analysis", "AnalysisController", "Exporter", "show_analysis_help",
           "MapResults", "edge_contributions", "SettingsDialog", "edit_settings", "Task",
           "TaskRunner", "change_colour", "change_colours", "span_of", "DEBOUNCE_MS"]
