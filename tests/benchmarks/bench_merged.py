"""Print what a sheet's merged ranges cost an import, beside a floor measured in the same
run (not part of the test suite).

    .venv/bin/python tests/benchmarks/bench_merged.py [--runs 5]

An Edges workbook of 10,000 rows whose Weight cells are blank (each blank cell is looked up
among the merged ranges, to say whether a merge emptied it), read three ways, each run
alternating with the others so that a busy machine slows all alike:

- floor: the same workbook without a merged range;
- 2,000 merged ranges (the most a sheet keeps) in the Rationale column, two rows each, as
  people merge a note shared by neighbouring rows;
- 2,000 merged ranges, each over the same two columns of its two rows (Confidence and
  Rationale), so that every range spans more than one column.

Target: each within 1.2x of the floor (a lookup that scanned every range for each blank
cell made both 3 to 4 times the floor). On a busy machine the minimum is the steadier
figure; callgrind's instruction counts of one import of each book
(``valgrind --tool=callgrind``) are steadier still.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

import openpyxl

sys.path.insert(0, str(Path(__file__).parent))

from bench_io import figures, line  # noqa: E402

from windtunnel.io import import_model  # noqa: E402

EDGES = 10_000
MERGES = 2_000


def blank_weights_book(path: Path, merged_columns: str | None) -> Path:
    """An Edges sheet of :data:`EDGES` rows with blank weights and :data:`MERGES` merged
    ranges over ``merged_columns`` (``"F"`` or ``"E:F"``) of rows 2-3, 4-5, ..., or none."""
    rng = random.Random(5)
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < EDGES:
        a, b = rng.randrange(800), rng.randrange(800)
        if a != b:
            pairs.add((a, b))
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Edges"
    sheet.append(["From", "To", "Weight", "Delay", "Confidence", "Rationale"])
    for a, b in sorted(pairs):
        sheet.append([f"Node {a}", f"Node {b}", None, 0, "medium", f"Evidence for {a}"])
    if merged_columns:
        first, _, last = merged_columns.partition(":")
        for k in range(MERGES):
            row = 2 + 2 * k
            sheet.merge_cells(f"{first}{row}:{last or first}{row + 1}")
    book.save(path)
    return path


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args(argv).runs
    with tempfile.TemporaryDirectory() as folder:
        books = {name: blank_weights_book(Path(folder) / f"{name}.xlsx", columns)
                 for name, columns in (("plain", None), ("column", "F"), ("block", "E:F"))}
        for path in books.values():
            assert len(import_model(path).model.edges) == EDGES
        found = figures(runs, {name: (lambda path=path: import_model(path))
                               for name, path in books.items()})
    print(f"imports of {EDGES:,} edges with blank weights; {runs} runs; min / median")
    print(line("floor: no merged range", found["plain"]))
    print(line(f"{MERGES:,} merged ranges in one column", found["column"], found["plain"],
               "1.2x"))
    print(line(f"{MERGES:,} merged ranges over two columns", found["block"], found["plain"],
               "1.2x"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
