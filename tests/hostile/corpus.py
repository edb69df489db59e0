"""The hostile corpus of the model, engine and command-line layers: one case per class of
defect that strangers' files and arguments have shown (lone surrogates, overflowing
numbers, terminal escapes, inputs that ask for huge work, output paths that must not be
replaced), each run through every command.

A case makes its files in a folder and lists command lines (``{x}`` names a file of the
case, ``{dir}`` the folder). ``big`` cases build inputs of several megabytes and run for
seconds to minutes: they run in the slow tests and in run_corpus.py, which also measures
each command's time and memory in a child process.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from windtunnel.model import (Edge, Intervention, Model, Node, Objective, Scenario, Settings,
                              WeightOverride, dumps, save)

ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x1b[32m\nAll checks passed\x1b[0m\u202e\u2066\r"
EVERY_COMMAND = [["check", "{model}"], ["run", "{model}"],
                 ["explain", "{model}", "-s", "act", "-n", "out"], ["loops", "{model}"],
                 ["structure", "{model}"],
                 ["sensitivity", "{model}", "-s", "act", "-o", "goal"],
                 ["export", "{model}", "-o", "{dir}/book.xlsx"]]


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Path], None]
    commands: list = field(default_factory=lambda: EVERY_COMMAND)
    big: bool = False


def base(**changes) -> Model:
    """A lever -> mid -> out chain with scenario "act" and objective "goal"."""
    model = Model.from_elements(
        settings=Settings(steps=12),
        nodes=[Node("lever", "Lever", kind="restriction"), Node("mid", "Middle"),
               Node("out", "Outcome")],
        edges=[Edge("lever", "mid", 0.5), Edge("mid", "out", 0.5)],
        scenarios=[Scenario("act", "Act", interventions=(Intervention("lever"),))],
        objectives=[Objective("goal", "Goal", "out", "increase")])
    for name, value in changes.items():
        if name == "title":
            model.set_info(title=value)
        elif name == "settings":
            model.set_settings(value)
        else:
            model.update_node("mid", **{name: value})
    return model


def write_model(model: Model) -> Callable[[Path], None]:
    """The model's file as another program may write it: its text as the model holds it,
    control characters too (which Windtunnel's own save refuses)."""
    return lambda folder: (folder / "model.wtm").write_text(dumps(model), encoding="utf-8")


def raw_text(replace_from: str, replace_to: str) -> Callable[[Path], None]:
    """The base model's file with one piece of its text replaced by raw JSON."""
    def make(folder: Path) -> None:
        text = dumps(base())
        assert replace_from in text
        (folder / "model.wtm").write_text(text.replace(replace_from, replace_to, 1),
                                          encoding="utf-8")
    return make


def with_voices(count: int = 2, *, label: str = "Voice", text: tuple[str, str] = ("", ""),
                credibility: float = 1.0) -> Callable[[Path], None]:
    """The base model rated by ``count`` participants (``label`` 0, 1, ...), each rating
    both edges; ``text`` replaces one piece of the participants' part of the written file
    by raw JSON."""
    from windtunnel.model import Participant, Rating

    def make(folder: Path) -> None:
        model = base()
        for i in range(count):
            model.add_participant(Participant(f"v{i}", f"{label} {i}", credibility=credibility,
                                              ratings=(Rating("lever", "mid", 0.4 + i % 5 / 10),
                                                       Rating("mid", "out", -0.3))))
        written = dumps(model)
        if text[0]:
            head, part = written.split('"participants"', 1)
            assert text[0] in part
            written = head + '"participants"' + part.replace(text[0], text[1], 1)
        (folder / "model.wtm").write_text(written, encoding="utf-8")
    return make


PARTICIPANT_COMMANDS = [["check", "{model}"], ["run", "{model}", "--participants"],
                        ["run", "{model}", "--samples", "50", "--sample", "participants"],
                        ["compare", "{model}"],
                        ["aggregate", "{model}", "-o", "{dir}/agg.wtm", "--method", "median"],
                        ["export", "{model}", "-o", "{dir}/book.xlsx"]]


def big_model(nodes: int, *, steps: int = 12, edges=None, settings=None,
              scenario=None) -> Callable[[Path], None]:
    """A star of ``nodes`` nodes (or the given edges), scenario "act", objective "goal"."""
    def make(folder: Path) -> None:
        ids = ["lever", "out"] + [f"n{i}" for i in range(nodes - 2)]
        links = edges(ids) if edges else [Edge("lever", i, 0.3) for i in ids[1:]]
        model = Model.from_elements(
            settings=settings or Settings(steps=steps),
            nodes=[Node(i, i.upper(), kind="restriction" if i == "lever" else "factor")
                   for i in ids], edges=links,
            scenarios=[scenario(ids, links) if scenario else
                       Scenario("act", "Act", interventions=(Intervention("lever"),))],
            objectives=[Objective("goal", "Goal", "out", "increase")])
        (folder / "model.wtm").write_text(dumps(model), encoding="utf-8")
    return make


def files(**contents) -> Callable[[Path], None]:
    def make(folder: Path) -> None:
        save(base(), folder / "model.wtm")
        for name, data in contents.items():
            path = folder / name.replace("__", ".")
            if data == "FIFO":
                os.mkfifo(path)
            elif data == "DIR":
                path.mkdir()
            elif data.startswith("LINK:"):
                path.symlink_to(folder / data[5:])
            else:
                path.write_bytes(data.encode("utf-8"))
    return make


def matrix_csv(size: int) -> Callable[[Path], None]:
    def make(folder: Path) -> None:
        names = [f"c{i}" for i in range(size)]
        with open(folder / "matrix.csv", "w", encoding="utf-8") as handle:
            handle.write("," + ",".join(names) + "\n")
            for i, name in enumerate(names):
                handle.write(name + "," + ",".join("0.1" if j != i else "0"
                                                   for j in range(size)) + "\n")
    return make


def raw_files(**contents: bytes) -> Callable[[Path], None]:
    """The base model and files of the given bytes (``name__ext`` for ``name.ext``)."""
    def make(folder: Path) -> None:
        save(base(), folder / "model.wtm")
        for name, data in contents.items():
            (folder / name.replace("__", ".")).write_bytes(data)
    return make


def workbook(**sheets) -> Callable[[Path], None]:
    """The base model and book.xlsx with the given sheets (lists of rows); a sheet name
    ending in ``_twice`` is renamed in the archive to the name before it, making two
    sheets of one name (which openpyxl would not write)."""
    def make(folder: Path) -> None:
        import io
        import zipfile

        from workbooks import workbook_bytes

        save(base(), folder / "model.wtm")
        data = workbook_bytes(sheets)
        twice = [t for t in sheets if t.endswith("_twice")]
        if twice:
            out = io.BytesIO()
            with zipfile.ZipFile(io.BytesIO(data)) as source, \
                    zipfile.ZipFile(out, "w") as target:
                for info in source.infolist():
                    part = source.read(info.filename)
                    if info.filename == "xl/workbook.xml":
                        for name in twice:
                            part = part.replace(f'name="{name}"'.encode(),
                                                f'name="{name[:-6].upper()}"'.encode())
                    target.writestr(info.filename, part)
            data = out.getvalue()
        (folder / "book.xlsx").write_bytes(data)
    return make


IMPORT_BOOK = [["import", "{dir}/book.xlsx", "-o", "{dir}/out.wtm"]]
EDGES = [["Source", "Target", "Weight"], ["a", "b", 0.5]]
GRAPHML = ('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="w" for="edge" '
           'attr.name="weight" attr.type="{kind}"/><graph edgedefault="directed">{body}'
           "</graph></graphml>")

posix = sys.platform != "win32"
#: Folders whose names add up past any system's longest path (4,096 bytes on Linux).
TOO_LONG = "/".join(["d" * 200] * 25) + "/"

CASES = [
    # -- text that is not valid Unicode, numbers that overflow a double ------------------
    Case("lone surrogate in a label", raw_text('"Middle"', '"Mid \\ud83d"')),
    Case("lone surrogate in a key", raw_text('"title"', '"ti\\udc00tle"')),
    Case("surrogate pair escape (valid)", raw_text('"Middle"', '"Rocket \\ud83d\\ude80"')),
    Case("400-digit integer weight", raw_text('"weight": 0.5', '"weight": ' + "1" * 400)),
    Case("5000-digit integer version", raw_text('"version": 7', '"version": ' + "9" * 5000)),
    Case("1e999 weight", raw_text('"weight": 0.5', '"weight": 1e999')),
    Case("NaN initial", raw_text('"kind": "restriction"', '"kind": "restriction", '
                                                            '"initial": NaN')),
    Case("nesting 100,000 deep", raw_text('"Middle"', "[" * 100_000 + "]" * 100_000)),
    Case("cp1252 byte in the model", lambda f: (f / "model.wtm").write_bytes(
        dumps(base()).replace("Middle", "Caf\u00e9").encode("cp1252"))),
    # -- text that would drive the terminal ----------------------------------------------
    Case("ANSI/OSC escapes in the title", write_model(base(title="T" + ESCAPES))),
    Case("escapes and bidi in a label", write_model(base(label="M" + ESCAPES))),
    Case("escapes in group and description",
         write_model(base(group="G" + ESCAPES, description="D" + ESCAPES))),
    Case("escapes in the time unit", write_model(base(settings=Settings(
        steps=12, time_unit="m\x1b[2J\x07")))),
    Case("escapes in argument values", write_model(base()), [
        ["explain", "{model}", "-s", "act\x1b[2J", "-n", "out\u202e"],
        ["run", "{model}", "-s", "\x1b]0;t\x07"],
        ["sensitivity", "{model}", "-s", "act", "-o", "\x1b[31mgoal"],
        ["structure", "{model}", "--actor", "lever", "--outcome", "\x9b2J"]]),
    # -- participants ---------------------------------------------------------------------
    Case("participant rating with a NaN weight", with_voices(text=('"weight": 0.4', '"weight": NaN')),
         PARTICIPANT_COMMANDS),
    Case("participant with infinite credibility", with_voices(
        credibility=2.0, text=('"credibility": 2.0', '"credibility": 1e999')),
         PARTICIPANT_COMMANDS),
    Case("participant with negative credibility", with_voices(
        credibility=2.0, text=('"credibility": 2.0', '"credibility": -4')),
         PARTICIPANT_COMMANDS),
    Case("rating of an edge between missing nodes", with_voices(
        text=('"source": "lever"', '"source": "nowhere"')), PARTICIPANT_COMMANDS),
    Case("two participants of one id", with_voices(text=('"id": "v1"', '"id": "v0"')),
         PARTICIPANT_COMMANDS),
    Case("participants named alike, with escapes", with_voices(3, label="Same" + ESCAPES),
         PARTICIPANT_COMMANDS),
    Case("participants of zero credibility", with_voices(3, credibility=0.0),
         PARTICIPANT_COMMANDS),
    Case("participant with no ratings", with_voices(text=(
        '"ratings": [', '"ratings": [], "x_ratings": [')), PARTICIPANT_COMMANDS),
    Case("2,000 participants", with_voices(2_000), PARTICIPANT_COMMANDS, big=True),
    # -- arguments --------------------------------------------------------------------------
    Case("bad numbers on the command line", write_model(base()), [
        ["run", "{model}", "--seed", "-1"], ["run", "{model}", "--samples", "2000000"],
        ["run", "{model}", "--steps", "0"], ["run", "{model}", "--seed", "9" * 5000],
        ["run", "{model}", "--top", "1_0"], ["structure", "{model}", "--pivots", "1"],
        ["loops", "{model}", "--max-length", "-5"], ["explain", "{model}", "-s", "act",
                                                     "-n", "out", "--top", "9" * 400]]),
    Case("titles a model cannot hold", files(**{"m__csv": ",a,b\na,0,1\nb,0,0\n"}), [
        ["import", "{dir}/m.csv", "-o", "{dir}/a.wtm", "--title", " "],
        ["import", "{dir}/m.csv", "-o", "{dir}/b.wtm", "--title", "T" * 400]]),
    # -- imports that could build a wrong model, or fail without a place ------------------
    Case("a second edge sheet beside Edges", workbook(
        Edges=EDGES, Links=[["Source", "Target", "Weight"], ["b", "a", -0.5]]), IMPORT_BOOK),
    Case("two sheets of one name", workbook(Edges=EDGES, edges_twice=EDGES), IMPORT_BOOK),
    Case("labels that differ only by case", workbook(
        Nodes=[["ID", "Label"], ["t1", "Tax"], ["t2", "TAX"], ["j", "Jobs"]],
        Edges=[["Source", "Target"], ["tax", "Jobs"]]), IMPORT_BOOK),
    Case("a formula in a Tags cell", workbook(
        Nodes=[["ID", "Label", "Tags"], ["a", "A", "=B1|C1"]]), IMPORT_BOOK),
    Case("numbers in Python's syntax only", raw_files(
        e__csv=b"Source,Target,Weight,Delay\na,b,0.2_5,1_0\n"),
         [["import", "{dir}/e.csv", "-o", "{dir}/out.wtm"]]),
    Case("a Windows-1252 byte in a UTF-8 CSV", raw_files(
        e__csv="Source,Target\nCaf\u00e9,B\n".encode() + b"Na\xefve,B\n"),
         [["import", "{dir}/e.csv", "-o", "{dir}/out.wtm"]]),
    Case("a UTF-16 CSV", raw_files(e__csv="Source\tTarget\nCaf\u00e9\tB\n".encode("utf-16")),
         [["import", "{dir}/e.csv", "-o", "{dir}/out.wtm"]]),
    Case("text encodings and line ends no spreadsheet writes", raw_files(
        utf32__csv="Source,Target,Weight\na,b,0.5\n".encode("utf-32"),
        twice__csv=b"\xef\xbb\xbf\xef\xbb\xbfSource,Target,Weight\na,b,0.5\n",
        mixed__csv=b"Source,Target,Weight\r\na,b,0.5\nb,c,0.3\rc,d,0.2\r\n",
        nul__csv=b"Source,Target,Weight\na\x00,b,0.5\n"), [
        ["import", "{dir}/" + name, "-o", "{dir}/out.wtm", "--force"]
        for name in ("utf32.csv", "twice.csv", "mixed.csv", "nul.csv")]),
    Case("numbers spelled as no spreadsheet spells them", raw_files(
        wide__csv="Source,Target,Weight\n\uff41,b,\uff10\uff0e\uff15\nb,c,\uff0d\uff10\uff0e\uff13\n"
                  .encode("utf-8"),
        arabic__csv="Source,Target,Weight\na,b,\u0660\u066b\u0665\n".encode("utf-8"),
        huge__csv=b"Source,Target,Weight\na,b,1e308\nb,c,0.5\nc,a,1.7976931348623157e309\n",
        typed__graphml=GRAPHML.format(kind="int", body='<node id="a"/><node id="b"/><edge '
                                      'source="a" target="b"><data key="w">1_0</data></edge>'
                                      ).encode()), [
        ["import", "{dir}/" + name, "-o", "{dir}/out.wtm", "--force"]
        for name in ("wide.csv", "arabic.csv", "huge.csv", "typed.graphml")]),
    Case("XML reaching outside, JSON and XML nested deep", raw_files(
        outside__graphml=b'<?xml version="1.0"?><!DOCTYPE g [<!ENTITY x SYSTEM '
                         b'"file:///etc/passwd">]><graphml xmlns="http://graphml.graphdrawing'
                         b'.org/xmlns"><graph><node id="&x;"/></graph></graphml>',
        outside__gexf=b'<?xml version="1.0"?><!DOCTYPE g SYSTEM "http://example.invalid/g.dtd">'
                      b'<gexf version="1.3"><graph><nodes><node id="a"/></nodes></graph></gexf>',
        deep__mmp=b'{"concepts": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        deep__json=b'{"elements": [' + b'{"a":' * 50_000 + b"1" + b"}" * 50_000 + b"]}",
        deep__graphml=b'<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph>'
                      + b"<x>" * 100_000 + b"</x>" * 100_000 + b"</graph></graphml>",
        cytoscape__json=b'[{"data": {"id": "a"}}, {"data": {"source": "a", "target": "a"}}]'), [
        ["import", "{dir}/" + name, "-o", "{dir}/out.wtm", "--force"]
        for name in ("outside.graphml", "outside.gexf", "deep.mmp", "deep.json",
                     "deep.graphml", "cytoscape.json")]),
    Case("an encrypted workbook", raw_files(book__xlsx=b"\xd0\xcf\x11\xe0" + b"\x00" * 512
                                            + "EncryptedPackage".encode("utf-16-le")),
         IMPORT_BOOK),
    Case("a cut-off emoji and a 5,000-digit number in Mental Modeler", raw_files(
        m__mmp=b'{"concepts": [{"id": "1", "name": "R \\ud83d", "x": ' + b"9" * 5000
        + b"}]}"), [["import", "{dir}/m.mmp", "-o", "{dir}/out.wtm"]]),
    Case("GraphML nodes without ids and 5,000-digit longs", raw_files(
        a__graphml=GRAPHML.format(kind="double", body='<node id="a"/><node/>').encode(),
        b__graphml=GRAPHML.format(kind="long", body='<node id="a"/><node id="b"/><edge '
                                  'source="a" target="b"><data key="w">' + "7" * 5000
                                  + "</data></edge>").encode()),
         [["import", "{dir}/a.graphml", "-o", "{dir}/a.wtm"],
          ["import", "{dir}/b.graphml", "-o", "{dir}/b.wtm"]]),
    Case("control characters into workbooks and charts", write_model(base(
        label="M\x01\x0b", settings=Settings(steps=12, time_unit="m\x0b"))),
         [["run", "{model}", "--out", "{dir}/r.xlsx"],
          ["export", "{model}", "-o", "{dir}/book.xlsx"]]),
    # -- output paths ---------------------------------------------------------------------
    Case("export onto its own input", files(), [
        ["export", "{model}", "-o", "{model}", "--format", "workbook"],
        ["export", "{model}", "-o", "{model}", "--format", "graphml"]]),
    Case("outputs that replace user files", files(**{"book__xlsx": "user book",
                                                     "r__csv": "user table"}), [
        ["export", "{model}", "-o", "{dir}/book.xlsx"],
        ["run", "{model}", "--out", "{dir}/r.csv"]]),
    Case("output through a symbolic link", files(**{"real__csv": "old",
                                                    "link__csv": "LINK:real.csv"}), [
        ["run", "{model}", "--out", "{dir}/link.csv"]]),
    Case("a model written through a link named .wtm to a CSV", files(**{
        "real__csv": "user table", "lnk__wtm": "LINK:real.csv"}), [
        ["import", "{model}", "-o", "{dir}/lnk.wtm", "--force"]]),
    Case("output names longer than the system allows", files(), [
        [*line[:-1], line[-1].replace("{dir}/", "{dir}/" + TOO_LONG)] for line in [
            ["export", "{model}", "-o", "{dir}/book.xlsx"],
            ["export", "{model}", "-o", "{dir}/map.graphml"],
            ["export", "{model}", "-o", "{dir}/matrix.csv"],
            ["export", "{model}", "-o", "{dir}/tables"],
            ["import", "{model}", "-o", "{dir}/copy.wtm"],
            ["aggregate", "{model}", "-o", "{dir}/agg.wtm"],
            ["run", "{model}", "--out", "{dir}/r.csv"],
            ["structure", "{model}", "--out", "{dir}/s.csv"],
            ["sensitivity", "{model}", "-s", "act", "-o", "goal", "--out", "{dir}/t.csv"],
            ["explore", "{model}", "--futures", "20", "--out", "{dir}/e.csv"]]]),
    Case("an extension alone as the output name", files(), [
        ["export", "{model}", "-o", "{dir}/.xlsx"], ["run", "{model}", "--out", "{dir}/.csv"],
        ["import", "{model}", "-o", "{dir}/.wtm"]]),
    Case("an output named for another format than --format asks", files(), [  # wrote GraphML
        ["export", "{model}", "-o", "{dir}/map.xlsx", "--format", "graphml"],   # into an .xlsx
        ["export", "{model}", "-o", "{dir}/book.graphml", "--format", "workbook"],
        ["export", "{model}", "-o", "{dir}/weights.xlsx", "--format", "matrix"]]),
    Case("output onto a folder", files(out__csv="DIR"), [
        ["run", "{model}", "--out", "{dir}/out.csv"],
        ["export", "{model}", "-o", "{dir}/out.csv"]]),
] + ([
    Case("output onto devices and FIFOs", files(pipe__csv="FIFO"), [
        ["run", "{model}", "--out", "{dir}/pipe.csv"],
        ["structure", "{model}", "--out", "/dev/full"],
        ["export", "{model}", "-o", "/dev/null", "--format", "graphml"]]),
    Case("inputs that are devices and FIFOs", files(pipe__csv="FIFO"), [
        ["check", "/dev/zero"], ["run", "{dir}/pipe.csv"],
        ["import", "/dev/zero", "-o", "{dir}/z.wtm"],
        ["import", "{dir}/pipe.csv", "-o", "{dir}/p.wtm"]]),
] if posix else []) + [
    # -- small inputs that ask for huge work -----------------------------------------------
    Case("10,000 steps x 30,000 nodes", big_model(30_000, steps=10_000), big=True,
         commands=[["run", "{model}"], ["check", "{model}"]]),
    Case("delays of 10,000 steps", big_model(300, edges=lambda ids: [
        Edge("lever", i, 0.3, delay=10_000) for i in ids[1:]]), big=True),
    Case("200,000 pulse interventions", big_model(50, steps=500, scenario=lambda ids, _: Scenario(
        "act", "Act", interventions=tuple(Intervention(ids[1 + i % 49], "pulse", 0.5, i % 500)
                                          for i in range(200_000)))), big=True,
         commands=[["run", "{model}"], ["explain", "{model}", "-s", "act", "-n", "out"]]),
    Case("100,000 edge-weight overrides", big_model(
        1_002, edges=lambda ids: [Edge(a, b, 0.1) for a in ids[:101] for b in ids[1:]
                                  if a != b][:100_000],
        scenario=lambda ids, links: Scenario("act", "Act", overrides=tuple(
            WeightOverride(e.source, e.target, -0.1) for e in links))), big=True,
         commands=[["check", "{model}"], ["run", "{model}"]]),
    Case("1,000,000 repeated convergence nodes", big_model(10, settings=Settings(
        steps=24, stop_early=True, convergence_nodes=("out",) * 1_000_000)), big=True,
         commands=[["run", "{model}"], ["run", "{model}", "--samples", "200"]]),
    Case("tornado of 20,000 edges", big_model(20_002), big=True,
         commands=[["sensitivity", "{model}", "-s", "act", "-o", "goal"]]),
    Case("Monte Carlo past the memory limit", big_model(3_000, steps=1_000), big=True,
         commands=[["run", "{model}", "--samples", "100000"]]),
    Case("1,999 x 1,999 matrix imported", matrix_csv(1_999), big=True,
         commands=[["import", "{dir}/matrix.csv", "-o", "{dir}/m.wtm"]]),
]


def command_lines(case: Case, folder: Path) -> list[list[str]]:
    """The case's command lines with its file names filled in."""
    return [[part.replace("{model}", str(folder / "model.wtm")).replace("{dir}", str(folder))
             for part in line] for line in case.commands]


def judge(code: int, out: str, err: str, argv: list[str]) -> str | None:
    """What is wrong with one command's outcome (None: a clean accept or refusal)."""
    text = out + err
    if code not in (0, 1, 2):
        return f"exit code {code}"
    if "Traceback" in text:
        return "traceback"
    if "unexpected error" in text:
        return "unexpected error: " + err.strip().splitlines()[-1][:200]
    for raw in ("\x1b", "\x07", "\u202e", "\u2066", "\r", "\x9b"):
        if raw in text:
            return f"raw {raw!r} printed"
    if any(line.startswith("All checks passed") for line in text.splitlines()):
        return "a faked line of output"
    if code == 1 and not err.startswith("windtunnel"):
        return "a refusal that does not name the command"
    if code == 0:
        return malformed_output(argv)
    return None


def malformed_output(argv: list[str]) -> str | None:
    """What is wrong with a workbook or GraphML file the command wrote (None: every XML
    part of it is well-formed, so Excel and openpyxl open it)."""
    import xml.etree.ElementTree as ET
    import zipfile

    for flag, path in zip(argv, argv[1:]):
        if flag not in ("-o", "--out") or not path.endswith((".xlsx", ".graphml")):
            continue
        try:
            if path.endswith(".graphml"):
                ET.parse(path)
                continue
            with zipfile.ZipFile(path) as archive:
                for name in archive.namelist():
                    if name.endswith((".xml", ".rels")):
                        ET.fromstring(archive.read(name))
        except (ET.ParseError, zipfile.BadZipFile, OSError) as exc:
            return f"exit 0 but {path} is malformed ({exc})"
    return None
