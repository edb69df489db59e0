"""``windtunnel import FILE -o model.wtm``: bring a model in from another format.

Reads a Windtunnel workbook (edited in Excel), Nodes/Edges sheets or CSV files, a square
adjacency matrix, a Mental Modeler .mmp file, GraphML, GEXF, FCMpy expert ratings or an
InCognitive or NodeXL workbook (see resources/help/spreadsheets.md), prints what was changed on the
way in, and saves a .wtm model. ``--undirected``, ``--weights``, ``--repeated``,
``--near-names``, ``--headerless``, ``--nodes-sheet`` and ``--participants`` answer the questions a file cannot settle alone (:mod:`windtunnel.io.importing`). Nothing is written when the
file is refused; an existing output file is only replaced with ``--force``.
"""

from __future__ import annotations


from ..errors import shown_path
from ..io import IMPORT_FORMATS, import_model
from ..io.importing import (HEADERLESS_CHOICES, KEEP, NEAR_NAMES_CHOICES, OUT_OF_RANGE_CHOICES, REPEATED_CHOICES,
                            UNDIRECTED_CHOICES)
from ..language import translate
from ..model import save
from .arguments import add_force_option, add_model_output, model_output, title
from .check import summary
from .text import printable
from .summaries import command_parser

NAME = "import"

__all__ = ["NAME", "add_parser", "run"]


def add_parser(subparsers) -> None:
    parser = command_parser(subparsers, NAME, translate(
        "import", "Import a model from another format and save it as a .wtm model file. The "
                  "format follows from the file's extension and content unless --format names it."))
    parser.add_argument("file", help=translate("import", "the file to import (.xlsx, .csv, .mmp, "
                                                         ".graphml, .gexf, ...)"))
    add_model_output(parser)
    parser.add_argument("--format", choices=IMPORT_FORMATS,
                        help=translate("import", "the input format (default: from the "
                                                 "extension and content)"))
    parser.add_argument("--nodes", metavar="FILE",
                        help=translate("import", "a nodes table (CSV or workbook) to go with "
                                                 "an edges table"))
    parser.add_argument("--title", type=title, help=translate("import", "the model's title (default: from the "
                                                                        "file)"))
    parser.add_argument("--undirected", choices=UNDIRECTED_CHOICES, default="both",
                        help=translate("import", "undirected edges (GraphML, GEXF): make "
                                                 "each an edge both ways (default), read it "
                                                 "one way as written, or refuse the file"))
    parser.add_argument("--weights", choices=OUT_OF_RANGE_CHOICES, default="auto",
                        help=translate("import", "weights outside [-1, 1]: auto (default) "
                                                 "divides every weight by the largest when "
                                                 "they are on another scale and refuses a few "
                                                 "stray ones among weights within [-1, 1], "
                                                 "naming their cells; rescale always divides, "
                                                 "refuse refuses the file"))
    parser.add_argument("--repeated", choices=REPEATED_CHOICES, default="add",
                        help=translate("import", "an edge listed more than once (the same From "
                                                 "and To): add its weights (default, as Gephi "
                                                 "does), take their mean, or refuse the file; a "
                                                 "sum outside [-1, 1] is refused unless the "
                                                 "file's weights are outside [-1, 1] anyway "
                                                 "(a graph file's parallel edges told apart "
                                                 "by a kind or a label are held at -1 or 1)"))
    parser.add_argument("--near-names", choices=NEAR_NAMES_CHOICES, default="create",
                        help=translate("import", "a name in the edges, not a node yet, close to "
                                                 "another node's name (a likely typing slip): "
                                                 "make it a node of its own, with a note "
                                                 "naming both (default), or refuse the file "
                                                 "at its cell"))
    parser.add_argument("--headerless", choices=HEADERLESS_CHOICES, default="auto",
                        help=translate("import", "three rows of three numbers without a header "
                                                 "(1,2,0.5), which read both as three edges "
                                                 "and as a 3 x 3 matrix: read them as edges "
                                                 "(From, To, Weight) or as a matrix; auto "
                                                 "(default) refuses such a file, naming both"))
    parser.add_argument("--nodes-sheet", default="auto", metavar="SHEET",
                        help=translate("import", "a workbook with no sheet named Nodes or "
                                                 "Elements and several sheets whose Label "
                                                 "column lists the nodes the edges join: the "
                                                 "one to read as the nodes (default: the one "
                                                 "such sheet; several are refused, named)"))
    parser.add_argument("--participants", default=KEEP, metavar="keep|aggregate|SHEET",
                        help=translate("import", "a workbook with one matrix or rating sheet "
                                                 "per participant: keep every sheet as a "
                                                 "participant (default: keep), import only "
                                                 "their aggregate, or only the named sheet"))
    add_force_option(parser)
    parser.set_defaults(run=run)


def run(args) -> int:
    output = model_output(args.output, force=args.force)
    imported = import_model(args.file, format=args.format, nodes=args.nodes, title=args.title,
                            undirected=args.undirected, out_of_range=args.weights,
                            participants=args.participants, repeated=args.repeated,
                            near_names=args.near_names, headerless=args.headerless,
                            nodes_sheet=args.nodes_sheet)
    for note in imported.notes:
        print(translate("import", "note: {note}").format(note=printable(note)))
    save(imported.model, output, backup=True)
    print(translate("import", "imported {file} ({format}) \u2192 {output}").format(
              file=printable(shown_path(args.file)), format=imported.format,
              output=printable(shown_path(output))))
    print(summary(imported.model))
    return 0
