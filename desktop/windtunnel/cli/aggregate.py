"""``windtunnel aggregate FILE... -o OUT.wtm``: many participants' maps, one model.

Each FILE is a map (.wtm, Mental Modeler, a matrix, GraphML, any format ``import``
reads), a folder of maps, or one file of several participants (a workbook of their
matrices, expert ratings, a .wtm with participants). Every map becomes a participant;
concepts are aligned by label and id (:mod:`windtunnel.io.participants`), near matches are
listed, numbered, and merged only when accepted: ``--accept-matches`` alone merges every
one, ``--accept-matches 1,3`` or ``--accept-matches "bob: Export control"`` (repeatable)
those named, by their number or by the participant and the label as the list writes
them. The numbers are those of the list without acceptance (every near match kept
apart), so that a number means the same near match however many are accepted; a near match
that appears only once others are merged (a third map's spelling that matched the second
map's concept exactly, which merging moved) is numbered after them, said to be new, and
may be accepted by that number or name in the same run. The map's
weights are the participants' aggregate by ``--method`` and ``--zeros``, which the model
records. Prints the proposals, the notes, and the edges the participants disagree on
most.
"""

from __future__ import annotations

import os
from dataclasses import replace

import numpy as np

from ..engine import apply_working_weights, disagreement, rating_table
from ..errors import WindtunnelError, shown_path
from ..io.participant_files import read_maps
from ..io.participants import Proposal, combine_maps
from ..io.words import word
from ..language import translate
from ..model import AGGREGATIONS, ZERO_MODES, save, translated
from .arguments import COUNT, add_force_option, add_model_output, model_output, title
from .check import summary
from .text import ARROW, clip, printable, table
from .summaries import command_parser

NAME = "aggregate"

__all__ = ["NAME", "add_parser", "run", "accepted", "disagreement_report"]


def add_parser(subparsers) -> None:
    parser = command_parser(subparsers, NAME, translate(
        "aggregate", "Combine several maps (files, folders, or one file of several participants) "
                     "into one model whose participants are their authors; the map's weights are "
                     "their aggregate."))
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help=translate("aggregate", "maps (.wtm models, or any file import "
                                                    "reads), folders of maps, or a file of "
                                                    "several participants"))
    add_model_output(parser)
    parser.add_argument("--method", choices=AGGREGATIONS,
                        help=translate("aggregate", "how ratings become one weight (default: "
                                                    "the first map's recorded method, mean "
                                                    "for maps that record none)"))
    parser.add_argument("--zeros", choices=ZERO_MODES,
                        help=translate("aggregate", "a rating a participant did not give "
                                                    "counts as 0 (include) or is left out of "
                                                    "its edge's aggregate (ignore); an "
                                                    "explicit 0 or NA counts as 0 either way; "
                                                    "default: the first map's recorded choice, "
                                                    "include for maps that record none"))
    parser.add_argument("--accept-matches", action="append", nargs="?", const=ALL,
                        metavar="WHICH",
                        help=translate("aggregate", "merge near matches of concepts listed: "
                                                    "alone, every one; else those named by "
                                                    "their numbers (1,3) or as the list "
                                                    "writes them (\"bob: Export control\"); "
                                                    "repeatable (default: keep them apart)"))
    parser.add_argument("--title", type=title, help=translate(
        "aggregate", "the model's title (default: the maps' title when they all share it, "
                     "else one naming them: \"Aggregate of 2 maps: alice, bob\")"))
    parser.add_argument("--top", type=COUNT, default=10, metavar="N",
                        help=translate("aggregate", "edges listed by disagreement (default "
                                                    "10)"))
    add_force_option(parser)
    parser.set_defaults(run=run)


def run(args) -> int:
    output = model_output(args.output, force=args.force)
    _refuse_paths(args.accept_matches or [])
    maps = read_maps(args.files)
    first = maps[0].model.settings
    settings = replace(first, aggregation=args.method or first.aggregation,
                       aggregation_zeros=args.zeros or first.aggregation_zeros)
    if len(maps) == 1 and len(maps[0].model.participants) > 1:  # one file of participants
        model = maps[0].model                                     # kept whole
        model.set_settings(settings)
        combined_notes, proposals = maps[0].notes, ()
        apply_working_weights(model)
        numbers, accept = {}, False
    else:
        combined, numbered, first_listed, accept = _combined(maps, args.accept_matches or (),
                                                             settings)
        model, combined_notes, proposals = combined.model, combined.notes, combined.proposals
        numbers = {p.key: number for number, p in enumerate(numbered, start=1)}
    if args.title:
        model.set_info(title=args.title)
    for proposal in proposals:
        number = numbers[proposal.key]
        line = (translate("aggregate", "near match {number}: {match}") if number <= first_listed
                else translate("aggregate", "near match {number} (new: it appears once those "
                                            "accepted are merged): {match}"))
        merged = accept is True or proposal.key in (accept or ())
        print(line.format(number=number, match=printable(str(proposal)))
              + (ARROW + translate("aggregate", "merged") if merged else ""))
    for note in combined_notes:
        print(translate("aggregate", "note: {note}").format(note=printable(note)))
    print(disagreement_report(model, top=args.top))
    save(model, output, backup=True)
    print(translate("aggregate", "wrote {output}").format(output=printable(shown_path(output))))
    print(summary(model))
    return 0


#: ``--accept-matches`` without a value: every near match listed.
ALL = "*"


def _combined(maps, given: list[str], settings):
    """The maps combined with the near matches ``given`` accepted; the near matches in
    the order they are numbered (those of the list without acceptance, then those that
    appear only once accepted ones are merged, in the order met); how many the first
    list holds; and what was accepted (see :func:`accepted`). Merging may bring new near
    matches, which ``given`` may name too: the maps are combined again until no new one
    appears (each round adds one at least, and a map has finitely many nodes)."""
    combined = combine_maps(maps, accept=False, settings=settings)
    numbered, accept = list(combined.proposals), False
    first_listed = len(numbered)
    while given:
        accept = accepted(given, tuple(numbered), partial=True)
        combined = combine_maps(maps, accept=accept, settings=settings)
        known = {p.key for p in numbered}
        new = [p for p in combined.proposals if p.key not in known]
        numbered += new
        if not new or accept is True:      # True merged every one, the new ones too
            break
    accepted(given, tuple(numbered))      # a value naming no near match at all is refused
    return combined, numbered, first_listed, accept


def accepted(given: list[str], proposals: tuple[Proposal, ...], *,
             partial: bool = False) -> bool | set[tuple[str, str]]:
    """What ``--accept-matches`` merges, as :func:`~windtunnel.io.participants.combine_maps`
    takes it: False (none given), True (the option alone), or the keys of the near matches
    ``given`` names among ``proposals`` (numbered from 1), by number (``1,3``) or as the
    list writes them (``bob: Export control``, the label's quotes optional). A value
    naming none of them is refused, listing the numbers there are, unless ``partial``
    (it may name a near match that merging the others brings): then it is left out."""
    if not given:
        return False
    if ALL in given:
        return True
    keys: set[tuple[str, str]] = set()
    for value in given:
        if value.replace(",", "").replace(" ", "").isdigit():
            for part in filter(None, (part.strip() for part in value.split(","))):
                if 1 <= int(part) <= len(proposals):
                    keys.add(proposals[int(part) - 1].key)
                elif not partial:
                    raise WindtunnelError(_unknown_match(part, proposals))
            continue
        participant, _colon, label = value.partition(":")
        label = label.strip()
        if label[:1] == label[-1:] and label[:1] in ("'", '"') and len(label) > 1:
            label = label[1:-1]
        found = [p.key for p in proposals
                 if (p.participant, p.label) == (participant.strip(), label)]
        if not found and not partial:
            raise WindtunnelError(_unknown_match(value, proposals))
        keys.update(found)
    return keys


def _refuse_paths(given: list[str]) -> None:
    """Refuse an ``--accept-matches`` value that is a map's path: given right after the
    option, a map is taken for its value (and left out of the maps)."""
    for value in given:
        if value != ALL and os.path.exists(value):     # False for a name too long
            raise WindtunnelError(translate(
                "aggregate", "--accept-matches: {value!r} is a map, not a near match: give "
                             "the maps before --accept-matches, or write "
                             "--accept-matches=WHICH").format(value=value))


def _unknown_match(value: str, proposals: tuple[Proposal, ...]) -> str:
    """The refusal of an ``--accept-matches`` value that names no near match listed."""
    if not proposals:
        return translate("aggregate", "--accept-matches: {value!r} names no near match: none "
                                      "was found").format(value=value)
    return translate("aggregate", "--accept-matches: {value!r} names no near match listed "
                                  "(numbers 1-{count}, or PARTICIPANT: LABEL as listed)").format(
                                      value=value, count=len(proposals))


def disagreement_report(model, *, top: int = 10) -> str:
    """The edges participants disagree on most (spread), with sign conflicts marked."""
    table_ = rating_table(model)
    found = disagreement(table_)
    labels = {n.id: translated(n) for n in model.nodes}
    lines = [translate("aggregate", "{count} participants; {conflicts} of {edges} rated edges "
                                    "have a sign conflict").format(
        count=len(model.participants), conflicts=int(found.conflict.sum()),
        edges=len(found.edges))]
    order = [j for j in np.argsort(-found.spread, kind="stable")[:top] if found.raters[j]]
    rows = [[clip(labels.get(s, s), 24) + ARROW + clip(labels.get(t, t), 24),
             str(int(found.raters[j])), f"{found.spread[j]:.2f}", f"{found.range[j]:.2f}",
             f"{int(found.positive[j])}+ / {int(found.negative[j])}-",
             word("yes") if found.conflict[j] else "", f"{found.entropy[j]:.2f}"]
            for j, (s, t) in ((j, found.edges[j]) for j in order)]
    if rows:
        lines += ["", translate("aggregate", "most disagreed edges:")]
        lines += table([translate("aggregate", "edge"), translate("aggregate", "raters"),
                        translate("aggregate", "spread"), translate("aggregate", "range"),
                        translate("aggregate", "signs"), translate("aggregate", "conflict"),
                        translate("aggregate", "entropy")], rows)
    return "\n".join(lines)
