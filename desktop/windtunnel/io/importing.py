"""What every import returns, the choices it cannot make alone, and the rules every format
applies the same way.

:class:`Imported` is a model with the notes on what was changed on the way in;
:func:`recorded` keeps those notes as one note in the model's description.

Other tools' files are ambiguous in four ways that change what a model means, so the
importer never guesses silently: the command line takes an option for each, the GUI asks
once, and the choice is written into the import's note (kept in the model's description).

- ``undirected`` (GraphML with undirected edges, Gephi's social networks): ``"both"`` (the
  default: an undirected tie influences both ways, so each edge becomes two), ``"as-written"``
  (one edge from the first node named to the second, in the file's order) or ``"refuse"``.
- ``out_of_range`` (weights outside [-1, 1], such as Gephi's interaction counts):
  ``"auto"`` (the default: weights written on another scale are rescaled, and a few
  stray weights among weights within [-1, 1] are refused at their cells, see
  :func:`stray_weights`), ``"rescale"`` (every weight is divided by the largest
  |weight|, so the strongest edge becomes +/-1 and the others keep their proportions)
  or ``"refuse"``. Weights no division keeps (one far beyond the rest) are refused
  either way, and a range the Weight header states is the scale without asking
  (:func:`weight_scale`). Asked, a file of stray weights offers to refuse them first.
- ``repeated`` (the same edge, From and To, on two or more rows of a table, or parallel
  edges in GraphML or GEXF): ``"add"`` (the default: their weights are added, as Gephi
  merges parallel edges, and each merged edge is named in the note), ``"mean"`` (their
  mean: two estimates of one influence) or ``"refuse"``. A repeated edge never rescales
  the rest of the map: when every weight as written fits [-1, 1] and a sum does not, that
  edge is refused where its rows are (see :mod:`windtunnel.io.edges_sheet`). Rows giving
  one edge opposite signs contradict each other: a caller that asks offers to refuse
  first, and a sum or mean kept is noted apart, naming the rows and their signs.
- ``participants`` (workbooks with one matrix or rating sheet per participant, such as
  PyFCM's and FCMpy's examples): ``"keep"`` (the default: every sheet becomes a
  participant of the model, with their own ratings, and the map's weights are their
  aggregate: the mean, an edge a participant did not draw counting as 0, as fcmconfr's
  default does; FCMpy's linguistic pipeline for expert ratings), ``"aggregate"`` (only
  that aggregate, no participants kept), or the name of the one sheet to import.

- ``headerless`` (three rows of three numbers without a header, ``1,2,0.5``, which read
  both as three edges and as a 3 x 3 matrix: :mod:`windtunnel.io.number_edges`):
  ``"auto"`` (the default: refused, naming both readings), ``"edges"`` or ``"matrix"``.
  A table that reads one way only is read that way, whatever the answer.

- ``nodes_sheet`` (a workbook with no sheet named Nodes or Elements and several sheets
  whose Label column lists nodes the edges join, :mod:`windtunnel.io.sheet_roles`):
  :data:`AUTO` (the default: refused, naming the sheets) or the name of the sheet to read
  as the nodes.

- ``near_names`` (a name in the edges, made a node, that is close to another node's name:
  ``Chip smugling`` beside ``Chip smuggling``, a likely typing slip): ``"create"`` (the
  default: each name is a node, and the note names both and their rows) or ``"refuse"``
  (refused at the cell naming it).

A caller that can ask its user (the desktop app) passes :data:`ASK` for each question; the
import then raises :class:`ChoiceNeeded` when the file needs that choice, and is run again
with the answer, so each question is asked once and only when it arises.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from heapq import nlargest

from ..errors import LoadError, Problem
from ..language import current as current_language, per_language, translate
from ..model import Model, edits_original
from ..model.control_text import CONTROL
from .naming import bounded

__all__ = ["Imported", "recorded", "format_name", "ImportOptions", "UNDIRECTED_CHOICES",
           "OUT_OF_RANGE_CHOICES", "REPEATED_CHOICES", "NEAR_NAMES_CHOICES", "HEADERLESS_CHOICES", "AUTO", "KEEP", "AGGREGATE", "ASK", "ChoiceNeeded",
           "ask_undirected", "weight_scale", "rescale_hint", "stray_weights", "stray_text", "StrayQuestion", "StatedScale", "UnreadableScale", "OUTLIER_RATIO",
           "SPREAD_RATIO"]

UNDIRECTED_CHOICES = ("both", "as-written", "refuse")
OUT_OF_RANGE_CHOICES = ("auto", "rescale", "refuse")
REPEATED_CHOICES = ("add", "mean", "refuse")
NEAR_NAMES_CHOICES = ("create", "refuse")
HEADERLESS_CHOICES = ("auto", "edges", "matrix")
#: The ``nodes_sheet`` value that reads the one sheet of nodes found, and refuses several.
AUTO = "auto"
#: The ``participants`` value that keeps every participant sheet as a participant.
KEEP = "keep"
#: The ``participants`` value that imports only the aggregate of the participant sheets.
AGGREGATE = "aggregate"
#: ``undirected``, ``out_of_range`` or ``repeated`` for a caller that asks its user: the import raises
#: :class:`ChoiceNeeded` when the file needs the choice, and the caller imports again with
#: the answer (the desktop app asks once per question).
ASK = "ask"


class ChoiceNeeded(LoadError):
    """The file needs a choice the caller wanted to ask its user about: ``question`` is the
    option's name (``"undirected"``, ``"out_of_range"``, ``"repeated"`` or
    ``"participants"``), ``choices``
    its answers (for participants: ``"keep"``, ``"aggregate"`` and the file's sheet names)."""

    def __init__(self, question: str, problem: Problem, choices: tuple = ()) -> None:
        super().__init__(problem)
        self.question = question
        self.choices = choices or tuple(c for c in {"undirected": UNDIRECTED_CHOICES,
                                                    "out_of_range": ("rescale",),
                                                    "repeated": REPEATED_CHOICES,
                                                    "near_names": NEAR_NAMES_CHOICES,
                                                    "headerless": HEADERLESS_CHOICES[1:]}[question]
                                        if c != "refuse")


class StrayQuestion(ChoiceNeeded):
    """The ``out_of_range`` question for a few stray weights (:func:`stray_weights`): its
    answers refuse them (first, to correct them) or rescale every weight. A reader that
    can name their cells asks with them (``beyond`` is 1: the weights past it are the
    stray ones)."""

    beyond = 1.0

    def __init__(self, problem: Problem, strays: int) -> None:
        super().__init__("out_of_range", problem, ("refuse", "rescale"))
        self.strays = strays


@dataclass(frozen=True)
class ImportOptions:
    """The user's answers to the questions an import may raise (see the module docstring)."""

    undirected: str = "both"
    out_of_range: str = "auto"
    participants: str = KEEP
    repeated: str = "add"
    near_names: str = "create"
    headerless: str = "auto"
    nodes_sheet: str = AUTO
    #: The answers come from a person the app asks in a dialog, not from the command
    #: line's options: a message offering another answer says what to choose when asked.
    asked: bool = False

    def __post_init__(self) -> None:
        problems = []
        if self.undirected not in UNDIRECTED_CHOICES + (ASK,):
            problems.append(Problem(_choice_name("undirected"), translate("importing", "{undirected!r} is not one of "
                                                                         "{undirected_choices}").format(
                                                      undirected=self.undirected, undirected_choices=", ".join(UNDIRECTED_CHOICES))))
        if self.out_of_range not in OUT_OF_RANGE_CHOICES + (ASK,):
            problems.append(Problem(_choice_name("out_of_range"), translate("importing", "{out_of_range!r} is not one of "
                                                                           "{out_of_range_choices}").format(
                                                        out_of_range=self.out_of_range, out_of_range_choices=", ".join(OUT_OF_RANGE_CHOICES))))
        if self.repeated not in REPEATED_CHOICES + (ASK,):
            problems.append(Problem(_choice_name("repeated"), translate(
                "importing", "{repeated!r} is not one of {repeated_choices}").format(
                    repeated=self.repeated, repeated_choices=", ".join(REPEATED_CHOICES))))
        if self.near_names not in NEAR_NAMES_CHOICES + (ASK,):
            problems.append(Problem(_choice_name("near_names"), translate(
                "importing", "{near_names!r} is not one of {near_names_choices}").format(
                    near_names=self.near_names, near_names_choices=", ".join(NEAR_NAMES_CHOICES))))
        if self.headerless not in HEADERLESS_CHOICES + (ASK,):
            problems.append(Problem(_choice_name("headerless"), translate(
                "importing", "{headerless!r} is not one of {headerless_choices}").format(
                    headerless=self.headerless, headerless_choices=", ".join(HEADERLESS_CHOICES))))
        if not isinstance(self.nodes_sheet, str) or not self.nodes_sheet.strip():
            problems.append(Problem(_choice_name("nodes_sheet"), translate(
                "importing", "must be 'auto' or a sheet name")))
        if not isinstance(self.participants, str) or not self.participants.strip():
            problems.append(Problem(_choice_name("participants"), translate("importing", "must be 'keep', 'aggregate' or a sheet "
                                                                           "name")))
        if problems:
            raise LoadError(problems)


#: The options an import is made with, in the order its note lists them.
_CHOICES = ("undirected", "out_of_range", "repeated", "participants", "near_names")


def _choice_name(option: str) -> str:
    """An import option (a field of :class:`ImportOptions`) as messages name the choice it
    makes: ``undirected edges`` for ``undirected``."""
    return {"undirected": translate("importing", "undirected edges"),
            "out_of_range": translate("importing", "weights outside [-1, 1]"),
            "repeated": translate("importing", "repeated edges"),
            "participants": translate("importing", "participant sheets"),
            "near_names": translate("importing", "names close to another"),
            "headerless": translate("importing", "rows of numbers without a header"),
            "nodes_sheet": translate("importing", "the sheet of nodes")}[option]


def ask_undirected(undirected: int, options: ImportOptions | None) -> None:
    """Raise the question (or the refusal) the options give for ``undirected`` edges: the
    graph readers' undirected edges and a table's rows marked undirected (their messages
    keep the ``graphml`` context, where the catalogues have them)."""
    choice = (options or ImportOptions()).undirected
    if not undirected or choice not in (ASK, "refuse"):
        return
    are = "s are" if undirected != 1 else " is"
    if choice == ASK:
        raise ChoiceNeeded("undirected", Problem("", translate("graphml", "{undirected} edge{are} undirected").format(
                                                         undirected=undirected, are=are)))
    raise LoadError(Problem("", translate("graphml", "{undirected} edge{are} undirected; "
                                                     "import with --undirected both (each "
                                                     "edge both ways) or as-written (one way, "
                                                     "as the file lists them)").format(
                                    undirected=undirected, are=are)))


#: A weight more than this many times every other one is not a scale to divide by.
OUTLIER_RATIO = 1_000
#: Weights whose largest is more than this many times the smallest are not rescaled: the
#: smallest would become too small to show in any result (and never a subnormal number).
SPREAD_RATIO = 1_000_000


class UnreadableScale(LoadError):
    """Weights no division brings into [-1, 1] faithfully: one far beyond the others, or
    beyond the range the column's header states. ``beyond`` is the magnitude past which a
    weight is to blame, and ``cell_message(weight)`` what to say at its cell, for a reader
    that can name the rows."""

    def __init__(self, beyond: float, cell_message: Callable[[float], str],
                 where: str, largest: float) -> None:
        super().__init__(Problem(where, cell_message(largest)))
        self.beyond = beyond
        self.cell_message = cell_message


@dataclass(frozen=True)
class StatedScale:
    """The range a weight column's header states (``Strength (1-10)``): ``header`` as
    written, ``range`` as the header writes it, ``magnitude`` the largest |bound|."""

    header: str
    range: str
    magnitude: float


def weight_scale(weights, options: ImportOptions, where: str = "",
                 stated: StatedScale | None = None) -> tuple[float, Problem | None]:
    """The divisor that brings ``weights`` into [-1, 1] (1 when they fit) and its note.

    A range the header states is the scale, whatever ``out_of_range`` says: the weights are
    divided by its largest bound (``1-10``: by 10, so 9 becomes 0.9), and a weight beyond
    it is refused. Otherwise, with ``out_of_range="refuse"`` a weight outside [-1, 1] is a
    :class:`LoadError` naming the largest one and the option that would rescale it. Before
    any rescaling is asked or done, weights that would not survive it are refused
    (:class:`UnreadableScale`): the largest more than :data:`OUTLIER_RATIO` times the next
    (a typing slip such as ``1e308`` would leave every other weight near 0), or more than
    :data:`SPREAD_RATIO` times the smallest.
    """
    magnitudes = list(map(abs, filter(None, weights)))      # no blank, no 0
    largest = max(magnitudes, default=0.0)
    if stated is not None:
        return _stated_scale(largest, stated, where)
    if largest <= 1:
        return 1.0, None
    _refuse_unreadable(nlargest(2, magnitudes), min(magnitudes), where)
    strays = stray_weights(magnitudes) if options.out_of_range in (ASK, "auto") else 0
    if strays and options.out_of_range == ASK:
        raise StrayQuestion(Problem(where, stray_text(strays, bounded(
            [f"{m:g}" for m in magnitudes if m > 1], 8))), strays)
    if strays:
        raise UnreadableScale(1.0, lambda weight: translate(
            "importing", "{weight:g} is outside [-1, 1], where the other weights are: a "
                         "typing slip? correct it; if the weights are on another scale, "
                         "{rescale}").format(weight=weight, rescale=rescale_hint(options)),
            where, largest)
    if options.out_of_range == ASK:
        raise ChoiceNeeded("out_of_range", Problem(where, translate("importing", "weights range up to {largest:g}, "
                                                                                 "outside [-1, 1]").format(
                                                              largest=largest)))
    if options.out_of_range == "refuse":
        raise LoadError(Problem(where, translate("importing", "weights range up to {largest:g}, "
                                                              "outside [-1, 1]; rescale them first or "
                                                              "{rescale}").format(
                                           largest=largest, rescale=rescale_hint(options))))
    return largest, Problem(where, translate("importing", "weights ranged up to {largest:g}: all "
                                                          "were divided by {largest:g} to fit [-1, "
                                                          "1] (strongest edge = 1)").format(
                                       largest=largest))


def rescale_hint(options: ImportOptions) -> str:
    """How to have an import divide every weight by the largest, in the words of where it
    was asked: the command line's option, or, in the app (``options.asked``), what to
    choose when it asks."""
    if options.asked:
        return translate("importing", "import the file again and choose \u201cRescale\u201d when "
                                      "Windtunnel asks about these weights")
    return translate("importing", "import with --weights rescale")


#: Weights outside [-1, 1] are stray (typing slips) when at most this share of the
#: weights is outside and the others are within it.
STRAY_SHARE = 0.25


def stray_weights(magnitudes: list[float]) -> int:
    """How many of the weights' ``magnitudes`` (no zero) are stray: a few outside [-1, 1]
    (at most :data:`STRAY_SHARE` of them) among weights within it that are not all whole
    numbers, as an FCM map's are (0.6, -0.3); 0 when the weights are on another scale.
    A 1.5 among 0.6 and -0.3 is a slip for 0.15 or 0.5 more likely than a scale: divided
    by it, every other weight of the map would change without a word. Counts (Gephi's
    1, 1, 2, 5) and scales (3 and 7 on 0-10) are whole or mostly outside, and rescaled."""
    outside = sum(magnitude > 1 for magnitude in magnitudes)
    if not outside or outside > STRAY_SHARE * len(magnitudes):
        return 0
    fractional = any(not float(magnitude).is_integer() for magnitude in magnitudes
                     if magnitude <= 1)
    return outside if fractional else 0


def stray_text(strays: int, shown: str) -> str:
    """What a question about ``strays`` stray weights says, ``shown`` naming them (their
    values, or their cells where a reader can name them)."""
    if strays == 1:
        return translate("importing", "1 weight is outside [-1, 1] where the others are "
                                      "within it, which looks like a typing slip: "
                                      "{shown}").format(shown=shown)
    return translate("importing", "{strays} weights are outside [-1, 1] where the others are "
                                  "within it, which looks like typing slips: {shown}").format(
        strays=strays, shown=shown)


def _stated_scale(largest: float, stated: StatedScale, where: str) -> tuple[float, Problem | None]:
    """The header's scale, or :class:`UnreadableScale` for weights beyond it."""
    if largest > stated.magnitude:
        raise UnreadableScale(stated.magnitude, lambda weight: translate(
            "importing", "{weight:g} is outside the range {range} that the column's header "
                         "{header} states; correct the weight or the header").format(
                weight=weight, range=stated.range, header=stated.header), where, largest)
    if stated.magnitude == 1:
        return 1.0, None
    return stated.magnitude, Problem(where, translate(
        "importing", "the column's header {header} states the range {range}: every weight was "
                     "divided by {scale:g}, so a weight of {scale:g} became 1").format(
            header=stated.header, range=stated.range, scale=stated.magnitude))


def _refuse_unreadable(top: list[float], smallest: float, where: str) -> None:
    """Refuse weights a rescale would not keep (see :func:`weight_scale`), given the two
    largest magnitudes (one when there is one weight) and the smallest."""
    largest, following = top[0], top[1:]
    if following and largest > OUTLIER_RATIO * following[0]:
        raise UnreadableScale(OUTLIER_RATIO * following[0], lambda weight: translate(
            "importing", "{weight:g} is more than {ratio:,} times any other weight (the next "
                         "largest is {next:g}): divided by it, every other weight would be "
                         "nearly 0; correct it, or rescale the weights yourself").format(
                weight=weight, ratio=OUTLIER_RATIO, next=following[0]), where, largest)
    if largest > SPREAD_RATIO * smallest:
        raise UnreadableScale(SPREAD_RATIO * smallest, lambda weight: translate(
            "importing", "{weight:g} is more than {ratio:,} times the smallest weight "
                         "({smallest:g}): divided by it, the smallest would be too small to "
                         "show in any result; rescale the weights yourself (a logarithm keeps "
                         "such counts apart)").format(
                weight=weight, ratio=SPREAD_RATIO, smallest=smallest), where, largest)


@dataclass(frozen=True)
class Imported:
    """An imported model and the notes on what was changed on the way in."""

    model: Model
    notes: tuple[Problem, ...] = ()
    format: str = ""

    def note(self, source: str = "", options: ImportOptions | None = None) -> str:
        """The import's one note: where the model came from and everything that was changed
        on the way in, with the choices the import was made with. A choice left to ask
        (:data:`ASK`) is one the file never raised, so nothing was chosen and it is left
        out (what the import did without asking is in the notes)."""
        options = options or ImportOptions()
        head = translate("importing", "Imported from {source} ({format})").format(
            source=source or translate("importing", "a file"), format=format_name(self.format))
        changes = (translate("importing", "; ").join(str(n) for n in self.notes)
                   or translate("importing", "nothing was changed"))
        choices = translate("importing", "; ").join(
            translate("importing", "{choice}: {value}").format(choice=name,
                                                               value=_choice_values().get(value, value))
            for name, value in ((_choice_name(field), getattr(options, field))
                                for field in _CHOICES)
            if value != ASK)
        text = translate("importing", "{head}. {changes}.").format(head=head, changes=changes)
        text += (translate("importing", " Choices: {choices}.").format(choices=choices)
                 if choices else "")
        # a note quoting a cell that held a control character (a Type cell of DEL) names
        # the character, as the model's texts may hold none (saving would drop it)
        return CONTROL.sub(lambda found: f"U+{ord(found.group()):04X}", text)


def recorded(imported: Imported, source: str, options: ImportOptions) -> Imported:
    """The import with its one note added to the model's description (the model's notes),
    so that a saved model still says how it was imported; an import that changed nothing
    (a Windtunnel workbook read back) adds no note, so round trips stay exact."""
    if not imported.notes:  # nothing changed (a Windtunnel workbook read back): no note
        return imported
    model = imported.model
    note = imported.note(source, options)
    tag = current_language()
    if edits_original(tag):
        text = f"{model.description}\n\n{note}" if model.description else note
        model.set_info(description=text[:20_000])
        return imported
    # written in the interface's language, the note is that language's text of the
    # description (the file's own description, the original, stays as the file had it)
    shown = model.translations.get(tag, "description") or model.description
    text = f"{shown}\n\n{note}" if shown else note
    model.set_info(translations=model.translations.with_text(tag, "description", text[:20_000]))
    return imported


@per_language
def _choice_values() -> dict[str, str]:
    """The import options' values as a note names them: in English the command line's own
    words (``--undirected both``), so that the note says how to repeat the import."""
    return {"both": translate("import choices", "both"),
            "as-written": translate("import choices", "as-written"),
            "refuse": translate("import choices", "refuse"),
            "auto": translate("import choices", "auto"),
            "rescale": translate("import choices", "rescale"),
            "add": translate("import choices", "add"),
            "mean": translate("import choices", "mean"),
            "create": translate("import choices", "create"),
            "keep": translate("import choices", "keep"),
            "aggregate": translate("import choices", "aggregate"),
            "edges": translate("import choices", "edges"),
            "matrix": translate("import choices", "matrix")}


@per_language
def _format_names() -> dict[str, str]:
    return {
        "workbook": translate("formats", "workbook"),
        "tables": translate("formats", "tables"),
        "matrix": translate("formats", "matrix"),
        "ratings": translate("formats", "ratings"),
        # the names their makers give them
        "mentalmodeler": "Mental Modeler", "graphml": "GraphML", "gexf": "GEXF",
        "incognitive": "InCognitive", "kumu": "Kumu", "fsdm": "FSDM", "nodexl": "NodeXL",
        "graphology": "graphology JSON", "nodelink": "node-link JSON",
    }


def format_name(format: str) -> str:
    """What the interface calls the format a model was imported from (``format`` as the
    readers name it, shown as it is when not a known one)."""
    return _format_names().get(format, format)
