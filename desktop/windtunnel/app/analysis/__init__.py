"""The live what-if analysis, plugged into the map editor's window.

:func:`attach_analysis` adds it to a main window (the composition root, app/main.py, does
so for every window): the Scenarios dock (scenarios, lever sliders, edge-weight overrides),
the Results dock (charts, scenario matrix, scorecard, "why?", structure, sensitivity),
results on the map (tints, halos, edge flows, legend, time replay), the engine settings
dialog, Monte Carlo on a worker, exports (results workbook, CSV, the PDF brief) and
workshop mode. What the analysis is about lives in the Qt-free
:class:`windtunnel.session.AnalysisSession`. The modules:

- :mod:`.frames` places its docks, toolbar and menu, empty, before the window's first
  paint; :mod:`.attach` composes it (:class:`Analysis`) into them and the window's places;
- :mod:`.controller` gives the session timers, workers and the document's undo stack;
- :mod:`.commands` builds the scenario edits' undo commands;
- :mod:`.levers` (with its virtualised :mod:`.lever_list`), :mod:`.scenarios_dock`,
  :mod:`.override_box` (in the Inspector's footer), :mod:`.timebar`, :mod:`.workshop` are
  controls;
- :mod:`.map_layer`, :mod:`.hover` and :mod:`.colours` draw results on the map;
- :mod:`.results_dock` with :mod:`.charts`, :mod:`.matrix`, :mod:`.scorecard`,
  :mod:`.why`, :mod:`.structure_view`, :mod:`.tornado` are the result views;
- :mod:`.settings_dialog`, :mod:`.exports`, :mod:`.brief` (with :mod:`.disagreement_page`)
  and :mod:`.story_export`, printed on :mod:`.pages`.
"""

from ...lazyimport import lazy_exports

#: Public name -> the module defining it, loaded on first use: a window places the
#: analysis's frames (:mod:`.frames`) before its first paint and builds the rest after it.
_LAZY = {
    "Analysis": "attach", "attach_analysis": "attach", "show_analysis_help": "attach",
    "change_colour": "colours", "change_colours": "colours", "span_of": "colours",
    "DEBOUNCE_MS": "controller", "AnalysisController": "controller",
    "Exporter": "exports",
    "AnalysisFrames": "frames", "analysis_frames": "frames",
    "MapResults": "map_layer",
    "SettingsDialog": "settings_dialog", "edit_settings": "settings_dialog",
}

__all__ = ["Analysis", "attach_analysis", "AnalysisController", "Exporter",
           "show_analysis_help", "MapResults", "SettingsDialog", "edit_settings",
           "change_colour", "change_colours", "span_of", "DEBOUNCE_MS", "AnalysisFrames",
           "analysis_frames"]

__getattr__, __dir__ = lazy_exports(__name__, _LAZY, globals())
