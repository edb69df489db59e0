"""Print the io benchmark figures, each beside a floor measured in the same run (not part of
the test suite).

    .venv/bin/python tests/benchmarks/bench_io.py [--runs 5] [--imports-only] [--instructions]

Imports of a 10,000-edge Edges table (800 nodes named by label, no positions: the nodes
are created from the edges and placed by the auto-layout, as a table from another tool
is), each run alternating with its floor so that a busy machine slows both:

- CSV: the whole import (``import_model``) against ``pandas.read_csv`` of the same file.
  Target: within 3x. Printed beside it, without a target: the plainest Python read of the
  file into edges (``csv.reader`` and one ``Edge(...)`` per row, no check), against pandas
  and against the import, which shows what building Python objects alone costs.
- xlsx: the whole import against the archive read: the same workbook's sheets read the
  fastest plain way, whichever of two is faster in the run: ``zipfile`` + the sheet's and
  the shared strings' XML parsed with ``xml.etree.ElementTree.iterparse`` into rows of
  values (no limits, no types, no checks), or openpyxl's ``read_only`` workbook with
  ``values_only`` rows. Target: within 1.5x.

- .wtm model files of the same 10,000 edges (the form opened most often): ``load`` against
  ``json.loads`` of the file's bytes, and ``dumps`` (what a save and an autosave write)
  against ``json.dumps`` of the same data with the same indentation. No target: both
  must check or order what the plain calls do not (every value is checked on loading).

The ratio is median over median (and min over min); the load is the machine's load
average at the end. ``--instructions`` counts instead, under ``valgrind --tool=callgrind``
(steady while others use the machine, where seconds are not), the instructions of one
CSV import, of ``pandas.read_csv`` and of the plainest read of the same file, each in a
process of its own after one warm-up run; of the import of the same file named
``policy_map.csv`` (a name that does not say it holds edges, as a user's file's rarely
does); and of opening the same model saved as .wtm (``load``) and of ``json.loads`` of
its bytes; and of the xlsx import of the same edges and of the zipfile + ElementTree read
of that workbook (its floor). Also printed (without a floor): the results workbook for
300 nodes x 8 scenarios x 60 steps with Monte Carlo percentiles (target <= 5 s).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from xml.etree import ElementTree

sys.path.insert(0, str(Path(__file__).parent))

from bench_io_models import big_model, edges_sheet  # noqa: E402

from windtunnel.io import import_model  # noqa: E402

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def pandas_floor(path: Path):
    import pandas as pd

    return pd.read_csv(path)


def plain_python_reference(path: Path) -> list:
    """The plainest Python read of the same file into the model's edges: ``csv.reader``,
    ``float``/``int`` and one ``Edge(...)`` per row, with no check, no node and no note.
    Not a target: it shows how much of the ratio to pandas any import into Python objects
    pays before it checks anything."""
    import csv

    from windtunnel.model import Edge

    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))[1:]
    return [Edge(a, b, float(w), int(d), c, None, None, r) for a, b, w, d, c, r in rows]


def etree_floor(path: Path) -> list[list]:
    """The sheets' rows of values by zipfile and ElementTree alone: the plainest read."""
    rows: list[list] = []
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        strings = []
        if "xl/sharedStrings.xml" in names:
            strings = ["".join(t.text or "" for t in si.iter(f"{_MAIN}t"))
                       for si in ElementTree.fromstring(archive.read("xl/sharedStrings.xml"))]
        for part in sorted(n for n in names if n.startswith("xl/worksheets/sheet")):
            with archive.open(part) as handle:
                for _event, element in ElementTree.iterparse(handle):
                    if element.tag != f"{_MAIN}row":
                        continue
                    values = []
                    for cell in element:
                        kind = cell.get("t")
                        if kind == "inlineStr":
                            values.append("".join(t.text or "" for t in cell.iter(f"{_MAIN}t")))
                            continue
                        value = cell.findtext(f"{_MAIN}v")
                        values.append(strings[int(value)] if kind == "s" and value else value)
                    rows.append(values)
                    element.clear()
    return rows


def openpyxl_floor(path: Path) -> list[list]:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    rows = [list(row) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)]
    book.close()
    return rows


def timed(func) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def figures(runs: int, pairs: dict[str, callable]) -> dict[str, list[float]]:
    """Seconds of each callable, ``runs`` times, interleaved (after one warm-up each)."""
    for func in pairs.values():
        func()
    out: dict[str, list[float]] = {name: [] for name in pairs}
    for _ in range(runs):
        for name, func in pairs.items():
            out[name].append(timed(func))
    return out


def line(name: str, values: list[float], floor: list[float] | None = None,
         target: str = "") -> str:
    med = statistics.median
    text = f"  {name:44} {min(values):.3f} / {med(values):.3f} s"
    if floor is not None:
        text += (f"   ratio {med(values) / med(floor):.1f}x (min {min(values) / min(floor):.1f}x)"
                 f"   target {target}")
    return text


def imports(runs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        csv_path = edges_sheet(Path(folder) / "edges.csv", edges=10_000)
        xlsx_path = edges_sheet(Path(folder) / "edges.xlsx", edges=10_000)
        assert len(import_model(csv_path).model.edges) == 10_000
        assert len(import_model(xlsx_path).model.edges) == 10_000
        assert len(etree_floor(xlsx_path)) == len(openpyxl_floor(xlsx_path)) == 10_001
        found = figures(runs, {
            "csv": lambda: import_model(csv_path),
            "pandas": lambda: pandas_floor(csv_path),
            "plain": lambda: plain_python_reference(csv_path),
            "xlsx": lambda: import_model(xlsx_path),
            "etree": lambda: etree_floor(xlsx_path),
            "openpyxl": lambda: openpyxl_floor(xlsx_path),
        })
    archive = min(("etree", "openpyxl"), key=lambda name: statistics.median(found[name]))
    print(f"imports, 10,000 edges; {runs} runs; min / median")
    print(line("floor: pandas.read_csv", found["pandas"]))
    print(line("CSV import (import_model)", found["csv"], found["pandas"], "3x"))
    print(line("reference: csv.reader + Edge() per row", found["plain"], found["pandas"],
               "none"))
    print(line("CSV import vs that reference", found["csv"], found["plain"], "none"))
    print(line("floor candidate: zipfile + ElementTree", found["etree"]))
    print(line("floor candidate: openpyxl read_only values", found["openpyxl"]))
    print(line(f"xlsx import (import_model) vs {archive}", found["xlsx"], found[archive],
               "1.5x"))


def load_model_file(path: Path):
    from windtunnel.model import load

    return load(path)


def json_floor(path: Path):
    import json

    return json.loads(path.read_bytes())


#: What ``--instructions`` counts, by name: the CSV import, its floor and the reference;
#: the import of the same file under another name than edges.csv (as most users' files
#: are named: it is first looked at as a possible matrix); the opening of the same model
#: saved as .wtm and its floor; the xlsx import and its floor.
_COUNTED = {"csv": lambda path: import_model(path), "pandas": pandas_floor,
            "plain": plain_python_reference, "named": lambda path: import_model(path),
            "wtm": load_model_file, "json": json_floor,
            "xlsx": lambda path: import_model(path), "etree": etree_floor}


def count_one(name: str, path: Path) -> None:
    """Run ``name`` once to warm up, then once inside ``functools.reduce``: callgrind
    started with ``--toggle-collect`` on that C function counts that run alone."""
    from functools import reduce

    run = _COUNTED[name]
    run(path)
    reduce(lambda _a, _b: run(path), [0, 0])


def instructions() -> None:
    """Print the instructions of one run of each of :data:`_COUNTED` on the 10,000-edge
    file, and the ratios to pandas (the hash seed fixed, so that runs compare)."""
    import re
    import subprocess

    from windtunnel.model import save

    counts = {}
    with tempfile.TemporaryDirectory() as folder:
        csv_path = edges_sheet(Path(folder) / "edges.csv", edges=10_000)
        wtm_path = Path(folder) / "edges.wtm"
        save(import_model(csv_path).model, wtm_path)
        named_path = Path(folder) / "policy_map.csv"      # named as a user's file is
        named_path.write_bytes(csv_path.read_bytes())
        xlsx_path = edges_sheet(Path(folder) / "edges.xlsx", edges=10_000)
        for name in _COUNTED:
            path = {"wtm": wtm_path, "json": wtm_path, "named": named_path,
                    "xlsx": xlsx_path, "etree": xlsx_path}.get(name, csv_path)
            done = subprocess.run(
                ["valgrind", "--tool=callgrind", "--collect-atstart=no",
                 "--toggle-collect=*functools_reduce*", "--callgrind-out-file=/dev/null",
                 sys.executable, __file__, "--count-one", name, str(path)],
                capture_output=True, text=True, check=True,
                env=os.environ | {"PYTHONHASHSEED": "0"})
            counts[name] = int(re.search(r"Collected : (\d+)", done.stderr)[1])
    print("instructions of one run, 10,000 edges (callgrind)")
    for name, label, floor in (("pandas", "floor: pandas.read_csv", None),
                               ("csv", "CSV import (import_model)", "pandas"),
                               ("named", "the same, the file named policy_map.csv", "pandas"),
                               ("plain", "reference: csv.reader + Edge() per row", "pandas"),
                               ("json", "floor: json.loads of the .wtm file", None),
                               ("wtm", "open the .wtm (load)", "json"),
                               ("etree", "floor: zipfile + ElementTree of the .xlsx", None),
                               ("xlsx", "xlsx import (import_model)", "etree")):
        ratio = "" if floor is None else f"   ratio {counts[name] / counts[floor]:.1f}x"
        print(f"  {label:44} {counts[name] / 1e6:7.0f} M{ratio}")


def model_files(runs: int) -> None:
    import json

    from windtunnel.model import dumps, load, save
    from windtunnel.model.fileformat import model_to_dict

    with tempfile.TemporaryDirectory() as folder:
        model = import_model(edges_sheet(Path(folder) / "edges.csv", edges=10_000)).model
        path = Path(folder) / "edges.wtm"
        save(model, path)
        size = path.stat().st_size / 2**20
        data = model_to_dict(model)
        assert load(path) == model
        found = figures(runs, {
            "load": lambda: load(path),
            "json.loads": lambda: json.loads(path.read_bytes()),
            "dumps": lambda: dumps(model),
            "json.dumps": lambda: json.dumps(data, indent=2, ensure_ascii=False),
        })
    print(f".wtm model file, 10,000 edges ({size:.1f} MiB); {runs} runs")
    print(line("floor: json.loads of the file", found["json.loads"]))
    print(line("open (load)", found["load"], found["json.loads"], "none"))
    print(line("floor: json.dumps, indented", found["json.dumps"]))
    print(line("save text (dumps)", found["dumps"], found["json.dumps"], "none"))


def results_workbook() -> None:
    from windtunnel.engine import analyse, run
    from windtunnel.io import results_workbook_bytes

    model = big_model(nodes=300, scenarios=8, steps=60)
    results = run(model, samples=200)
    analysis = analyse(model, results)
    values = [timed(lambda: results_workbook_bytes(results, model, analysis=analysis))
              for _ in range(3)]
    print(line("results workbook 300 x 8 x 60 (target <= 5 s)", values))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--imports-only", action="store_true")
    parser.add_argument("--instructions", action="store_true",
                        help="count instructions under callgrind instead of timing")
    parser.add_argument("--count-one", nargs=2, metavar=("NAME", "PATH"),
                        help=argparse.SUPPRESS)        # the process --instructions counts
    args = parser.parse_args(argv)
    if args.count_one:
        count_one(args.count_one[0], Path(args.count_one[1]))
        return 0
    if args.instructions:
        instructions()
        return 0
    imports(args.runs)
    model_files(args.runs)
    if not args.imports_only:
        results_workbook()
    print("load " + " ".join(f"{x:.2f}" for x in os.getloadavg())
          + f" on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
