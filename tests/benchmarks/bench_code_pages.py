"""Print what the check of a UTF-8 file whose bytes look like Shift_JIS's half-width
katakana costs a CSV read, beside a floor measured in the same run (not part of the test
suite).

    .venv/bin/python tests/benchmarks/bench_code_pages.py [--runs 5] [--rows 80000]

A file without a byte-order mark whose every byte outside ASCII is A1-DF (two-byte UTF-8
characters such as Cyrillic's а-п or "°", which Shift_JIS reads as half-width katakana)
is valid UTF-8 and Shift_JIS alike, so the reader weighs both readings
(:func:`windtunnel.io.codepages.utf8_in_doubt`). Read three ways, each run alternating
with the others so that a busy machine slows all alike:

- floor: the same rows with each label's characters three-byte UTF-8 (CJK), which no
  code page is weighed for;
- the kana-like file, read by ``read_csv``;
- the kana-like file's check alone (``utf8_in_doubt``);
- the check of a file of Russian-looking words made of а-п (kana-like bytes too, but
  plausible UTF-8 text, read as UTF-8 after every distinct word was weighed).

Target: the kana-like read within 2x of the floor. Each distinct character was counted
with a Counter, each run of kana weighed in Python, and each distinct word's alphabet
tried one regular expression at a time: about 2 s for the 1.2 MiB file of 80,000 rows,
and 2.7 s for 3 MiB of such words.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_io import figures, line  # noqa: E402

from windtunnel.io.codepages import utf8_in_doubt  # noqa: E402
from windtunnel.io.csv import read_csv  # noqa: E402


def labels_file(path: Path, rows: int, kana_like: bool) -> Path:
    """An edges CSV of ``rows`` rows of two random labels of one to four characters: each
    two bytes in UTF-8 from A1-DF (``kana_like``), or three (CJK) otherwise."""
    rng = random.Random(1)

    def label() -> str:
        if kana_like:
            return "".join(bytes([rng.randint(0xC2, 0xDF), rng.randint(0xA1, 0xBF)])
                           .decode("utf-8") for _ in range(rng.randint(1, 4)))
        return "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(rng.randint(1, 4)))

    lines = ["From,To,Weight"] + [f"{label()},{label()},0.5" for _ in range(rows)]
    path.write_bytes("\n".join(lines).encode("utf-8"))
    return path


def words_file(path: Path, rows: int) -> Path:
    """An edges CSV of ``rows`` rows of random words of а-п (each letter D0 B0-BF in
    UTF-8): plausible Cyrillic text whose every byte outside ASCII is A1-DF."""
    rng = random.Random(3)

    def word() -> str:
        return "".join(rng.choice("абвгдежзийклмноп") for _ in range(rng.randint(3, 8)))

    lines = ["From,To,Weight"] + [f"{word()} {word()},{word()},0.5" for _ in range(rows)]
    path.write_bytes("\n".join(lines).encode("utf-8"))
    return path


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rows", type=int, default=80_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        kana = labels_file(Path(folder) / "kana.csv", args.rows, kana_like=True)
        cjk = labels_file(Path(folder) / "cjk.csv", args.rows, kana_like=False)
        data = kana.read_bytes()
        words = words_file(Path(folder) / "words.csv", args.rows).read_bytes()
        assert utf8_in_doubt(data) == utf8_in_doubt(words) == ()    # UTF-8, as before
        found = figures(args.runs, {"floor": lambda: read_csv(cjk),
                                    "kana": lambda: read_csv(kana),
                                    "check": lambda: utf8_in_doubt(data),
                                    "words": lambda: utf8_in_doubt(words)})
    print(f"CSV files of {args.rows:,} rows ({len(data) / 2**20:.1f} MiB kana-like); "
          f"{args.runs} runs; min / median")
    print(line("floor: read_csv, CJK labels (no check)", found["floor"]))
    print(line("read_csv, kana-like labels", found["kana"], found["floor"], "2x"))
    print(line("utf8_in_doubt alone", found["check"], found["floor"]))
    print(line(f"utf8_in_doubt, {len(words) / 2**20:.1f} MiB of а-п words", found["words"],
               found["floor"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
