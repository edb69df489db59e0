"""One line per sub-command, for ``windtunnel --help`` and each command's own parser, and
the parser every command starts from (:func:`command_parser`).

Kept apart from the command modules so that ``windtunnel --help`` lists every command
without importing any of them (they load numpy, pandas, openpyxl or networkx). Each line
is marked for translation in its command's context, where lupdate finds it.
"""

from __future__ import annotations

from ..language import translate

__all__ = ["summary_of", "command_parser"]


def _summaries() -> dict[str, str]:
    return {
        "check": translate("check", "validate a model file and summarise it"),
        "run": translate("run", "run scenarios and print the largest changes"),
        "explain": translate("explain", "explain why a node changed in a scenario"),
        "loops": translate("loops", "list the feedback loops of a model"),
        "structure": translate("structure", "print node metrics, model statistics, loops and "
                                            "chokepoints"),
        "sensitivity": translate("sensitivity", "which edge weights and levers move an "
                                                "objective most"),
        "explore": translate("explore", "which option holds up across thousands of futures"),
        "import": translate("import", "import a model from a workbook, CSV, matrix, Mental "
                                      "Modeler, GraphML, GEXF or expert ratings"),
        "export": translate("export", "export a model as a workbook, GraphML, weight matrix "
                                      "or CSV tables"),
        "aggregate": translate("aggregate", "combine participants' maps into one model with "
                                            "participants"),
        "compare": translate("compare", "compare two maps (similarity, Mental Modeler's "
                                        "score) or a model's participants"),
    }


def summary_of(command: str) -> str:
    """The line ``--help`` shows for ``command``, in the current language."""
    return _summaries()[command]


def command_parser(subparsers, command: str, description: str):
    """The parser of ``command``: its summary line in ``windtunnel --help`` and
    ``description`` (translated in the command's own context) atop its own help."""
    return subparsers.add_parser(command, help=summary_of(command), description=description)
