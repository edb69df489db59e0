"""One line per sub-command, for ``windtunnel --help`` and each command's own parser.

Kept apart from the command modules so that ``windtunnel --help`` lists every command
without importing any of them (they load numpy, pandas, openpyxl or networkx).
"""

from __future__ import annotations

__all__ = ["SUMMARIES"]

#: Sub-command name -> the line ``--help`` shows for it.
SUMMARIES = {
    "check": "validate a model file and summarise it",
    "run": "run scenarios and print the largest changes",
    "explain": "explain why a node changed in a scenario",
    "loops": "list the feedback loops of a model",
    "structure": "print node metrics, model statistics, loops and chokepoints",
    "sensitivity": "which edge weights and levers move an objective most",
    "explore": "which option holds up across thousands of futures",
    "import": "import a model from a workbook, CSV, matrix, Mental Modeler, GraphML, "
              "GEXF or expert ratings",
    "export": "export a model as a workbook, GraphML, weight matrix or CSV tables",
    "aggregate": "combine participants' maps into one model with participants",
    "compare": "compare two maps (similarity, Mental Modeler's score) or a model's "
               "participants",
}
