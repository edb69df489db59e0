"""``windtunnel export MODEL -o OUT``: write a model as a workbook, GraphML, matrix or CSV.

The format follows from OUT unless ``--format`` names it: ``.xlsx`` a model workbook
(re-importable with ``windtunnel import``), ``.graphml`` GraphML for Gephi/yEd, ``.csv``
the weight matrix (rows are sources, Mental Modeler layout), a name without a suffix a
folder of CSV tables (model, nodes, edges, scenarios, ...). An existing file (a table
of the folder) is only replaced with ``--force``, as ``import`` does, the old file kept
as ``.bak``. What a format leaves out is printed as a note (the matrix, its edges of
weight 0).
"""

from __future__ import annotations

from ..errors import shown_path
from ..io import EXPORT_FORMATS, export_format, export_model, export_notes
from ..language import translate
from ..model import load
from ..model.output_paths import refuse_existing
from .arguments import (add_force_option, add_language_option, add_model_file, output_name,
                        use_language)
from .text import printable
from .summaries import command_parser

NAME = "export"

__all__ = ["NAME", "add_parser", "run"]


def add_parser(subparsers) -> None:
    parser = command_parser(subparsers, NAME, translate(
        "export", "Export a model file. The format follows from the output name: .xlsx workbook, "
                  ".graphml GraphML, .csv weight matrix (rows are sources), a folder name CSV "
                  "tables; --format overrides. An existing file is only replaced with --force."))
    add_model_file(parser)
    parser.add_argument("-o", "--output", required=True, metavar="OUT", type=output_name,
                        help=translate("export", "the file (or folder, for CSV tables) to "
                                                 "write"))
    parser.add_argument("--format", choices=EXPORT_FORMATS,
                        help=translate("export", "the output format (default: from the "
                                                 "output name)"))
    add_language_option(parser)
    add_force_option(parser)
    parser.set_defaults(run=run)


def run(args) -> int:
    use_language(args)
    fmt = export_format(args.output, args.format)   # the output checked before the work
    if fmt != "csv":            # a folder's tables are named by the model's sheets
        refuse_existing(args.output, force=args.force)
    model = load(args.file)
    for path in export_model(model, args.output, format=fmt, force=args.force):
        print(translate("export", "wrote {path}").format(path=printable(shown_path(path))))
    for note in export_notes(model, fmt):
        print(translate("import", "note: {note}").format(note=printable(note)))
    return 0
