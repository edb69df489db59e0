"""Every command's report on the bundled models in Chinese and Japanese: headings, table
heads, verdict words, notes and the engine's sentences leave nothing in English but the
model's own text in the chosen language, ids, numbers and a short list of names. The same
check run on the English reports finds their words, so it can tell the two apart."""

from __future__ import annotations

import re

import pytest

from windtunnel.cli import language as cli_language
from windtunnel.cli import main
from windtunnel.model import load
from windtunnel.paths import bundled_model

from .english import english, model_words

#: Names a report writes in every language besides english.NAMES: the commands it points
#: to, method and tool names, a metavar and the import formats' ids (--format's choices).
CLI_NAMES = {"loops", "structure", "check", "compare", "aggregate", "sensitivity", "export",
             "Jaccard", "Mental", "Modeler", "fcmconfr", "FILE", "workbook"}

MODEL = bundled_model()
VOICES = MODEL.with_name(MODEL.stem + "-voices.wtm")

#: name -> the arguments after ``--language TAG`` (``{in}``: the folder of ``map.xlsx``,
#: ``map.graphml`` and ``copy.wtm``, made from the bundled model; ``{out}``: the test's).
COMMANDS = {
    "check": ["check", str(MODEL), "--steepness"],
    "check participants": ["check", str(VOICES)],
    "run": ["run", str(MODEL), "--samples", "8", "--bounds", "--top", "4"],
    "run participants": ["run", str(VOICES), "--participants", "-s", "accountability"],
    "loops": ["loops", str(MODEL), "--top", "5", "--over-time", "-s", "accountability"],
    "structure": ["structure", str(MODEL), "--top", "5", "--actor", "export-controls",
                  "--outcome", "misuse-risk"],
    "sensitivity": ["sensitivity", str(MODEL), "-s", "accountability", "-o", "limit-misuse",
                    "--top", "4"],
    "export": ["export", str(MODEL), "-o", "{out}/out.xlsx"],
    "import": ["import", "{in}/map.xlsx", "-o", "{out}/imported.wtm"],
    "compare": ["compare", str(MODEL), "{in}/map.graphml"],
    "compare participants": ["compare", str(VOICES)],
    "aggregate": ["aggregate", str(MODEL), "{in}/copy.wtm", "-o", "{out}/combined.wtm"],
}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """The inputs the commands read besides the bundled models, written in English."""
    folder = tmp_path_factory.mktemp("inputs")
    for name in ("map.xlsx", "map.graphml"):
        assert main(["--language", "en", "export", str(MODEL), "-o", str(folder / name)]) == 0
    (folder / "copy.wtm").write_bytes(MODEL.read_bytes())
    return folder


@pytest.fixture
def files(inputs, tmp_path):
    """The folders of the inputs and of this test's outputs."""
    return inputs, tmp_path


def _report(tag: str, command: str, folders, capsys) -> str:
    """What ``command`` prints in ``tag`` (stdout and stderr), without the file paths."""
    capsys.readouterr()
    argv = [a.replace("{in}", str(folders[0])).replace("{out}", str(folders[1]))
            for a in COMMANDS[command]]
    assert main(["--language", tag, *argv]) == 0
    captured = capsys.readouterr()
    text = captured.out + captured.err
    text = re.sub(r"[A-Za-z0-9_/\-.]+\.(?:wtm|xlsx|graphml)\b", "", text)     # file names
    return re.sub(r"[A-Za-z]+…", "", text)        # a label clipped mid-word


def _english_lines(tag: str, text: str) -> list[str]:
    """The lines of ``text`` with English words that are neither names nor the models'
    text in ``tag`` (their translations, or the original where they have none)."""
    cli_language.install(tag)
    try:
        allowed = model_words(load(MODEL)) | model_words(load(VOICES)) | CLI_NAMES
    finally:
        cli_language.install("en")
    return [line for line in text.splitlines() if english(line, allowed)]


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("tag", ["ja", "zh-CN", "zh-HK"])
def test_every_report_speaks_the_chosen_language(tag, command, files, capsys,
                                                 catalogues_installed):
    text = _report(tag, command, files, capsys)
    assert text.strip()
    assert _english_lines(tag, text) == []


#: export says only "wrote FILE", and the bundled model's description has "wrote" in it
@pytest.mark.parametrize("command", [name for name in COMMANDS if name != "export"])
def test_the_english_reports_are_what_the_check_finds(command, files, capsys,
                                                      catalogues_installed):
    assert _english_lines("en", _report("en", command, files, capsys))


def test_check_shows_the_models_title_and_scenarios_in_the_chosen_language(
        files, capsys, catalogues_installed):
    from windtunnel.model import translated

    model = load(MODEL)
    text = _report("ja", "check", files, capsys)
    cli_language.install("ja")
    try:
        title, scenario = translated(model, "title"), translated(model.scenarios[1])
    finally:
        cli_language.install("en")
    assert title != model.title and scenario != model.scenarios[1].label
    assert title in text and scenario in text
    assert model.title not in text


@pytest.mark.parametrize("tag", ["ja", "zh-CN", "zh-HK"])
def test_the_engines_refusal_keeps_its_place_in_the_chosen_language(tag, capsys,
                                                                    catalogues_installed):
    """Sampling participants' maps of a model without participants: exit 1, one line that
    names the setting and the file, nothing else in English."""
    assert main(["--language", tag, "run", str(MODEL), "--samples", "4",
                 "--sample", "participants"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    line = captured.err.replace(str(MODEL), "").strip()
    assert line.startswith("windtunnel run:") and "sample" in line and "\n" not in line
    assert english(line.removeprefix("windtunnel run:"), {"sample"}) == []
