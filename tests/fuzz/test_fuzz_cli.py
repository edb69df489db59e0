"""Fuzzing the command line's argument space: every command with options drawn from
hostile values (negative, huge and malformed numbers, escapes, bidi overrides, lone
surrogates, missing files, folders, devices, FIFOs, links, the input itself as the output).

Each call must end with exit 0 (done), 1 (refused: a located message starting with the
command's name) or 2 (usage), print no traceback, no "unexpected error" (the boundary's
word for a bug), no raw control or bidi character, and leave the input model untouched,
within the deadline and the memory cap."""

from __future__ import annotations

import contextlib
import io
import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import make_small_model
from windtunnel.cli import main
from windtunnel.model import dumps, save

from .conftest import FUZZ_LONG, FUZZ_SHORT, MEMORY_CAP, long_run, measured, tally

HOSTILE = "\x1b]0;x\x07\x1b[2J\u202e\ud83d\r\n"
numbers = st.one_of(st.integers(-3, 40).map(str),
                    st.sampled_from(["-1", "0", "1e3", "9" * 400, "0x10", "1_000", "", " 5",
                                     "２", "nan", "100001", "2000000", "9223372036854775808",
                                     "-0", "+7", HOSTILE]))
names = st.one_of(st.sampled_from(["strict", "Strict ban", "less-leak", "ban", "leak", "lab",
                                   "nope", "", HOSTILE, "x" * 400, "\ud800", "-"]),
                  st.text(max_size=12))
# input files: a key into the files each example makes (see make_files)
inputs = st.sampled_from(["model", "model", "model", "hostile", "missing", "folder",
                          "garbage", "empty", "csv", "fifo", "device", "link", "escaped"])
outputs = st.sampled_from(["out.csv", "out.xlsx", "out.graphml", "outdir", "model", "link",
                           "folder", "fifo", "device", "missing/out.csv", "out.wtm",
                           "esc\x1b[2J.csv", "existing.csv", "out.txt"])


def options(*pairs):
    """Optional (flag, value-strategy) pairs, each present or not, in drawn order."""
    if not pairs:
        return st.just(())
    return st.lists(st.sampled_from(pairs), max_size=len(pairs) + 1, unique=True).flatmap(
        lambda chosen: st.tuples(*[st.tuples(st.just(flag), value) for flag, value in chosen]))


# explore: lever and delay specs, samplers, schedulers that are no address; futures kept to
# what runs within the deadline (10^7 futures is a valid request that takes minutes)
futures = st.one_of(st.integers(-3, 700).map(str),
                    st.sampled_from(["0", "100001", "9" * 400, "1e3", "", HOSTILE, "nan"]))
lever_specs = st.one_of(
    st.sampled_from(["ban=0:1", "ban=0:1:3", "ban=-1:1:101", "ban=1:0", "ban=0:2", "ban=0:1:0",
                     "ban=nan:1", "ban=0:1:x", "ban", "=0:1", "leak=0:1", "nope=0:1",
                     "ban=0:1:2:3", "ban=inf:1", "ban=" + HOSTILE, HOSTILE + "=0:1"]),
    st.text(max_size=12))
delay_specs = st.one_of(
    st.sampled_from(["ban:leak=0:3", "leak:lab=1:1", "ban:leak=3:0", "ban:lab=0:1",
                     "nope:leak=0:1", "ban:leak=0:1001", "ban:leak=-1:2", "ban:leak=0",
                     "ban=0:1", "ban:leak", ":leak=0:1", "ban:leak=0:1:2", HOSTILE]),
    st.text(max_size=12))
schedulers = st.sampled_from(["nope", "", "tcp://", "inproc://x", "tcp://host", "tcp://h:0",
                              "tcp://h:99999", "udp://127.0.0.1:8786", HOSTILE])

COMMANDS = {
    "check": options(),
    "run": options(("-s", names), ("--samples", numbers), ("--seed", numbers),
                   ("--steps", numbers), ("--top", numbers),
                   ("--preset", st.sampled_from(["fcmpy", "r-fcm", "mental-modeler", "x"])),
                   ("--out", outputs)),
    "explain": options(("-s", names), ("-n", names), ("--top", numbers)),
    "loops": options(("--max-length", numbers), ("--limit", numbers), ("--top", numbers)),
    "structure": options(("--top", numbers), ("--loops-max", numbers),
                         ("--max-length", numbers), ("--pivots", numbers),
                         ("--actor", names), ("--outcome", names), ("--out", outputs)),
    "sensitivity": options(("-s", names), ("-o", names), ("--top", numbers),
                           ("--out", outputs)),
    "export": options(("-o", outputs), ("--format", st.sampled_from(
        ["workbook", "graphml", "matrix", "csv", "pdf"]))),
    "explore": options(("--lever", lever_specs), ("-l", lever_specs), ("--delay", delay_specs),
                       ("--participants", st.just(None)), ("-s", names),
                       ("--futures", futures), ("--policies", numbers),
                       ("--sampler", st.sampled_from(["lhs", "sobol", "factorial", "x", ""])),
                       ("--seed", numbers), ("--boxes", numbers), ("--sobol", numbers),
                       ("--top", numbers), ("--scheduler", schedulers),
                       ("--workers", st.sampled_from(["0", "-1", "x", "1025", HOSTILE])),
                       ("--out", outputs)),
    "import": options(("-o", outputs), ("--title", names), ("--nodes", inputs),
                      ("--force", st.just(None)),
                      ("--format", st.sampled_from(["workbook", "matrix", "graphml", "x"]))),
}


@st.composite
def command_lines(draw, commands=tuple(sorted(COMMANDS))):
    command = draw(st.sampled_from(commands))
    argv = [("--debug",)] if draw(st.integers(0, 9)) == 0 else []
    argv += [(command,), ("@", draw(inputs))]
    if command == "explore":             # in this process (a drawn --workers comes later)
        argv.append(("--workers", "1"))
    for flag, value in draw(COMMANDS[command]):
        argv.append((flag,) if value is None else (flag, value))
    if draw(st.integers(0, 5)) == 0:
        argv.append((draw(st.sampled_from(["--help", "--bogus", "extra", "-x"])),))
    return argv


def make_files(folder: Path) -> dict[str, str]:
    model = folder / "model.wtm"
    save(make_small_model(), model)
    hostile = make_small_model()
    hostile.set_info(title="T" + HOSTILE.replace("\ud83d", ""))
    # as another program may write it: Windtunnel's own save refuses control characters
    (folder / "hostile.wtm").write_text(dumps(hostile), encoding="utf-8")
    (folder / "folder").mkdir()
    (folder / "garbage.wtm").write_bytes(b"\xff\xfe{\"format\"")
    (folder / "empty.wtm").write_bytes(b"")
    (folder / "existing.csv").write_bytes(b"user data")
    (folder / "nodes.csv").write_text("id,label\nban,Ban\nleak,Leak\n", encoding="utf-8")
    (folder / "edges.csv").write_text("source,target,weight\nban,leak,0.5\n", encoding="utf-8")
    (folder / "link").symlink_to(model)
    files = {"model": model, "hostile": folder / "hostile.wtm",
             "missing": folder / "missing.wtm", "folder": folder / "folder",
             "garbage": folder / "garbage.wtm", "empty": folder / "empty.wtm",
             "csv": folder / "edges.csv", "link": folder / "link",
             "escaped": folder / "a\x1b[2J.wtm", "existing.csv": folder / "existing.csv",
             "device": Path(os.devnull if sys.platform == "win32" else "/dev/zero")}
    if sys.platform != "win32":
        os.mkfifo(folder / "fifo")
        files["fifo"] = folder / "fifo"
    return {key: str(value) for key, value in files.items()}


def resolve(argv, files: dict[str, str], folder: Path) -> list[str]:
    out = []
    for item in argv:
        if item[0] == "@":
            out.append(files.get(item[1], str(folder / item[1])))
            continue
        out.append(item[0])
        if len(item) > 1:
            value = item[1]
            known = value in files and item[0] in ("--out", "-o", "--nodes")
            out.append(files[value] if known else
                       str(folder / value) if item[0] in ("--out", "-o") else value)
    return out


#: One accepted line per command and output format, for :func:`loaded_commands`.
WARM_UP = [["check"], ["run", "--samples", "20", "--out", "@run.csv"],
           ["explain", "-s", "strict", "-n", "leak"], ["loops"], ["structure"],
           ["sensitivity", "-s", "strict", "-o", "less-leak"],
           ["explore", "--workers", "1", "--futures", "8", "--lever", "ban=0:1",
            "--sobol", "16", "--out", "@explore.xlsx"],
           *[["export", "--format", kind, "-o", f"@out.{kind}"]
             for kind in ("workbook", "graphml", "matrix", "csv")]]


@pytest.fixture(scope="module", autouse=True)
def loaded_commands():
    """Every command has run once before the fuzzing, untraced: the first line of a command
    would otherwise trace the loading of the libraries behind it (numpy, scipy, openpyxl),
    which tracemalloc makes several times slower, and count their memory as the line's."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        files = make_files(folder)
        lines = [[line[0], files["model"], *(str(folder / a[1:]) if a.startswith("@") else a
                                             for a in line[1:])] for line in WARM_UP]
        lines.append(["import", files["csv"], "-o", str(folder / "imported.wtm")])
        for line in lines:
            with contextlib.redirect_stdout(io.StringIO()), \
                    contextlib.redirect_stderr(io.StringIO()) as err:
                assert main(line) == 0, (line, err.getvalue())


def run_one(argv) -> str:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        files = make_files(folder)
        before = Path(files["model"]).read_bytes()
        line = resolve(argv, files, folder)
        out, err = io.StringIO(), io.StringIO()

        def call():
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                return main(line)

        code, error, peak, seconds = measured(call, SystemExit)
        assert error is None, (line, error)
        text = out.getvalue() + err.getvalue()
        assert peak < MEMORY_CAP, (line, peak)
        assert code in (0, 1, 2), (line, code, text)
        assert "Traceback" not in text or "--debug" in line, (line, text)
        assert "unexpected error" not in text, (line, text)
        for raw in ("\x1b", "\x07", "\u202e", "\r", "\ud83d"):
            assert raw not in text, (line, repr(raw))
        if code == 1:
            assert err.getvalue().startswith("windtunnel"), (line, err.getvalue())
        assert Path(files["model"]).read_bytes() == before, line
        outcome = {0: "accepted", 1: "refused", 2: "usage error"}[code]
        tally("command line").add(outcome, peak=peak, seconds=seconds)
        return outcome


@settings(max_examples=FUZZ_SHORT, deadline=timedelta(seconds=60),
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(command_lines())
def test_every_command_line_is_done_refused_or_a_usage_error(argv):
    run_one(argv)


@settings(max_examples=FUZZ_SHORT, deadline=timedelta(seconds=60),
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(command_lines(("explore",)))
def test_every_explore_command_line_is_done_refused_or_a_usage_error(argv):
    """explore's specs (levers, delays, participants, samplers, schedulers) on their own."""
    run_one(argv)


@pytest.mark.slow
@long_run
@settings(max_examples=FUZZ_LONG, deadline=timedelta(seconds=60),
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(command_lines())
def test_every_command_line_is_done_refused_or_a_usage_error_long(argv):
    run_one(argv)
