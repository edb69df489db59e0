"""Argument types shared by the commands: bad values are usage errors (exit 2) that name
the option and the accepted range, before any file is read.

Ranges follow the model's own limits (:mod:`windtunnel.model.vocabulary`), so that the
command line cannot ask for what a model file could not hold: ``--seed -1`` or
``--samples 2000000`` is refused at once instead of failing deep inside a run.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .. import language
from ..errors import SaveError, shown_path
from ..language import translate
from ..model.output_paths import check_output_name, refuse_existing, writable_output

from ..model.vocabulary import MAX_LABEL, MAX_SAMPLES, MAX_STEPS
from ..model.textcheck import lone_surrogate, short_repr, surrogate_message
from .language import language_option

__all__ = ["add_model_file", "add_seed_option", "add_model_output", "add_force_option", "output_name", "whole_number", "title", "lever_range", "delay_range", "model_output", "SEED", "STEPS",
           "SAMPLES", "COUNT", "MAX_SEED", "MAX_COUNT", "add_language_option", "use_language"]

#: Largest seed: the model's settings hold seeds in [0, 2**63 - 1].
MAX_SEED = 2**63 - 1
#: Largest "how many to list / search" count an option takes.
MAX_COUNT = 1_000_000


def add_model_file(parser: argparse.ArgumentParser) -> None:
    """The ``file`` argument of a command that reads one model file."""
    parser.add_argument("file", help=translate("cli", "a model file (.wtm)"))


def add_seed_option(parser: argparse.ArgumentParser) -> None:
    """``--seed S``: the random seed of a command that samples (default: the model's)."""
    parser.add_argument("--seed", type=SEED, metavar="S",
                        help=translate("arguments", "random seed (default: the model's)"))


def add_model_output(parser: argparse.ArgumentParser) -> None:
    """``-o MODEL`` of a command that writes a model; :func:`model_output` checks it, and
    :func:`add_force_option` goes with it."""
    parser.add_argument("-o", "--output", required=True, metavar="MODEL", type=output_name,
                        help=translate("arguments", "the model file to write (.wtm)"))


def output_name(text: str) -> str:
    """An argparse ``type`` for a file or folder to write: not empty (an empty name would
    write into the current folder, or silently nothing), and a name that is written as
    given (:func:`~windtunnel.model.output_paths.check_output_name`: no dot or space at its end,
    no control character)."""
    if not text.strip():
        raise argparse.ArgumentTypeError(translate("arguments", "the output name is empty"))
    try:
        check_output_name(text)
    except SaveError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def add_force_option(parser: argparse.ArgumentParser) -> None:
    """``--force``: a command that writes a model or an export may replace an existing
    file (:func:`~windtunnel.model.output_paths.refuse_existing` refuses it otherwise)."""
    parser.add_argument("--force", action="store_true",
                        help=translate("arguments", "replace the output file if it exists "
                                                    "(keeping a .bak)"))


def whole_number(minimum: int, maximum: int):
    """An argparse ``type`` accepting whole numbers in [minimum, maximum] (decimal digits,
    an optional sign; no ``1_000`` or ``0x10``)."""

    def parse(text: str) -> int:
        digits = text[1:] if text[:1] in "+-" else text
        if not (digits.isascii() and digits.isdigit()) or len(digits) > 30:
            raise argparse.ArgumentTypeError(
                translate("arguments", "{text} is not a whole number from {minimum:,} to "
                                       "{maximum:,}").format(
                    text=short_repr(text), minimum=minimum, maximum=maximum))
        value = int(text)
        if not minimum <= value <= maximum:
            raise argparse.ArgumentTypeError(translate("arguments", "{value:,} is outside {minimum:,} to "
                                                                    "{maximum:,}").format(
                                                 value=value, minimum=minimum, maximum=maximum))
        return value

    parse.__name__ = "whole number"  # argparse names the type in its own messages
    return parse


SEED = whole_number(0, MAX_SEED)
STEPS = whole_number(1, MAX_STEPS)
SAMPLES = whole_number(0, MAX_SAMPLES)
COUNT = whole_number(1, MAX_COUNT)


def title(text: str) -> str:
    """An argparse ``type`` for a model title: what the model accepts (1-300 characters,
    not blank, valid Unicode; a file name's undecodable bytes arrive as lone surrogates)."""
    if not text.strip():
        raise argparse.ArgumentTypeError(translate("arguments", "a title cannot be blank"))
    if len(text) > MAX_LABEL:
        raise argparse.ArgumentTypeError(translate("arguments", "a title has at most {max_label} "
                                                                "characters, not {count:,}").format(
                                             max_label=MAX_LABEL, count=len(text)))
    position = lone_surrogate(text)
    if position is not None:
        raise argparse.ArgumentTypeError("the title " + surrogate_message(text, position))
    return text


def lever_range(text: str):
    """An argparse ``type`` for ``ID=LOW:HIGH[:LEVELS]`` (a lever explored from LOW to HIGH,
    in LEVELS evenly spaced levels when given): a LeverRange, or a usage error naming the
    part that is wrong. Whether ID is a lever of the model is checked against the model."""
    from ..engine.designs import LeverRange

    node, sep, spec = text.partition("=")
    parts = spec.split(":")
    if not sep or not node.strip() or len(parts) not in (2, 3):
        raise argparse.ArgumentTypeError(
            translate("arguments", "{text} is not ID=LOW:HIGH or ID=LOW:HIGH:LEVELS").format(
                text=short_repr(text)))
    try:
        low, high = float(parts[0]), float(parts[1])
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("arguments", "{text}: LOW and HIGH are numbers from -1 to 1").format(
                text=short_repr(text))) from None
    levels = whole_number(1, 101)(parts[2]) if len(parts) == 3 else None
    lever = LeverRange(node.strip(), low, high, levels)
    problems = lever.problems()
    if problems:
        raise argparse.ArgumentTypeError(f"{short_repr(text)}: " + "; ".join(problems))
    return lever


def delay_range(text: str):
    """An argparse ``type`` for ``SOURCE:TARGET=LOW:HIGH`` (the delay of the edge SOURCE ->
    TARGET explored from LOW to HIGH whole steps): a DelayRange, or a usage error naming
    the part that is wrong. Whether the edge exists is checked against the model."""
    from ..engine.designs import MAX_DELAY, DelayRange

    edge, sep, spec = text.partition("=")
    source, colon, target = edge.partition(":")
    parts = spec.split(":")
    if not sep or not colon or not source.strip() or not target.strip() or len(parts) != 2:
        raise argparse.ArgumentTypeError(f"{short_repr(text)} is not SOURCE:TARGET=LOW:HIGH")
    steps = whole_number(0, MAX_DELAY)
    try:
        low, high = steps(parts[0]), steps(parts[1])
    except argparse.ArgumentTypeError as exc:
        raise argparse.ArgumentTypeError(f"{short_repr(text)}: LOW and HIGH are steps: {exc}") \
            from None
    delay = DelayRange(source.strip(), target.strip(), low, high)
    problems = delay.problems()
    if problems:
        raise argparse.ArgumentTypeError(f"{short_repr(text)}: " + "; ".join(problems))
    return delay


def model_output(text: str, *, force: bool) -> Path:
    """The ``-o`` of a command that writes a model: a .wtm path that can be written
    (:func:`~windtunnel.model.output_paths.writable_output`: checked first, so that a folder or
    a FIFO of that name is said to be one, not offered ``--force``), replaced only with
    ``--force`` (SaveError otherwise, before any work)."""
    output = Path(text)
    if output.suffix.lower() != ".wtm":
        raise SaveError(translate("arguments", "{output}: the output must be a Windtunnel "
                                               "model file (.wtm)").format(
                            output=shown_path(output)))
    writable_output(text)
    refuse_existing(output, force=force)
    return output


def add_language_option(parser: argparse.ArgumentParser) -> None:
    """``--language TAG``: write the model's text (labels, scenario and objective names,
    descriptions) in that language, falling back to the original where a text has no
    translation. Its own ``dest`` so that a program-wide option of the same name keeps
    its value."""
    parser.add_argument("--language", dest="model_language", type=language_option,
                        metavar="TAG",
                        help=language.translate(
                            "cli", "the language of the model's text in what is printed and "
                                   "written: {choices} (default: the original)").format(
                            choices=", ".join(language.LANGUAGES)))


def use_language(args: argparse.Namespace) -> None:
    """Make the ``--language`` of ``args`` (when given) the current language."""
    if getattr(args, "model_language", None):
        language.set_current(args.model_language)
