"""The messages of the Qt-free core and the command line in Chinese and Japanese: the
.ts sources are current and finished, their placeholders match, and the command line
speaks the chosen language (``--language`` or the environment), locations included."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from windtunnel import language
from windtunnel.cli import main
from windtunnel.model import load
from windtunnel.cli.language import environment_language, split_language_option

from .conftest import ROOT, build_module

TRANSLATIONS = ROOT / "resources" / "translations"
CORE_TS = sorted(TRANSLATIONS.glob("core_*.ts"))
PACKAGE = ROOT / "desktop" / "windtunnel"
BROKEN = ('{"format": "windtunnel-model", "version": 2,\n'
          ' "nodes": [{"id": "a", "label": 5}], "bogus": 1}')


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every live message of a .ts file."""
    root = ET.parse(ts).getroot()
    return [(ctx.findtext("name"), m.findtext("source"), m.find("translation"))
            for ctx in root.iter("context") for m in ctx.iter("message")
            if m.find("translation").get("type") not in ("vanished", "obsolete")]


def fields(text: str) -> set[str]:
    """The str.format fields and printf conversions a message uses."""
    braces = {m.group(1) for m in re.finditer(r"(?<!\{)\{(\w+)[^{}]*\}", text)}
    printf = set(re.findall(r"%(?:\(\w+\))?[sdr]", text))
    return braces | printf


def test_there_is_a_core_catalogue_per_language():
    assert [p.name for p in CORE_TS] == ["core_ja.ts", "core_zh_CN.ts", "core_zh_HK.ts"]


@pytest.mark.parametrize("ts", CORE_TS, ids=lambda p: p.stem)
def test_every_core_message_is_translated_with_its_placeholders(ts):
    found = messages(ts)
    assert len(found) > 400
    for context, source, translation in found:
        assert translation.get("type") is None and translation.text, (context, source)
        assert fields(translation.text) <= fields(source), (context, source, translation.text)
        if "{" not in source:        # a plain message: nothing of the source's may be lost
            assert fields(translation.text) == fields(source), (context, source)
        assert not re.search(r"\b(the|is|not|and|of)\b", translation.text), \
            f"left in English: {context}: {translation.text}"


def test_the_ts_sources_hold_every_marked_message(tmp_path):
    """lupdate run on the sources now finds exactly the messages the .ts files hold."""
    catalogues = build_module("translations")
    fresh = tmp_path / "core_ja.ts"
    sources = [str(PACKAGE / part) for part in catalogues.CORE_SOURCES]
    subprocess.run([catalogues.tool("pyside6-lupdate"), "-extensions", "py", "-locations",
                    "none", *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = {(c, s) for c, s, _ in messages(fresh)}
    held = {(c, s) for c, s, _ in messages(TRANSLATIONS / "core_ja.ts")}
    assert wanted - held == set(), "run: python3 build/dev.py translations"
    assert held - wanted == set()


def _translate_calls():
    for path in [PACKAGE / "errors.py", PACKAGE / "language.py",
                 *[p for part in ("model", "engine", "io", "session", "cli")
                   for p in (PACKAGE / part).rglob("*.py")]]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and (getattr(node.func, "id", None) == "translate"
                                               or getattr(node.func, "attr", None) == "translate"):
                yield path, node


def test_marked_messages_are_literals_formatted_after_translation():
    """lupdate reads literals only; an f-string would be looked up after formatting and
    never be found."""
    calls = list(_translate_calls())
    assert len(calls) > 400
    for path, call in calls:
        if path.name == "language.py":
            continue                      # the definition's own docstring examples
        assert len(call.args) == 2 and all(isinstance(a, ast.Constant)
                                           and isinstance(a.value, str) for a in call.args), \
            f"{path.name}:{call.lineno}"


@pytest.mark.parametrize("value, tag", [
    ("ja_JP.UTF-8", "ja"), ("zh_CN.UTF-8", "zh-CN"), ("zh_SG", "zh-CN"), ("zh_HK.Big5", "zh-HK"),
    ("zh_TW.UTF-8", "zh-HK"), ("zh_Hant_MO", "zh-HK"), ("zh", "zh-CN"), ("de_DE.UTF-8", "en"),
    ("C", "en"), ("POSIX", "en"), ("C.UTF-8", "en")])
def test_the_environment_names_the_language(value, tag):
    assert environment_language({"LANG": value}) == tag


def test_lc_all_comes_before_lc_messages_before_lang():
    assert environment_language({"LANG": "ja_JP", "LC_MESSAGES": "zh_HK",
                                 "LC_ALL": "zh_CN"}) == "zh-CN"
    assert environment_language({"LANG": "ja_JP", "LC_MESSAGES": "zh_HK"}) == "zh-HK"
    assert environment_language({"LANG": "ja_JP", "LC_ALL": ""}) == "ja"
    assert environment_language({}) == "en"


def test_language_option_is_split_before_the_command():
    assert split_language_option(["--language", "ja", "check", "m"]) == ("ja", ["check", "m"])
    assert split_language_option(["--language=zh-HK", "run"]) == ("zh-HK", ["run"])
    assert split_language_option(["check", "--language", "ja"]) == \
        (None, ["check", "--language", "ja"])


@pytest.mark.parametrize("given, tag", [
    ("zh_CN", "zh-CN"), ("zh-cn", "zh-CN"), ("ZH-CN", "zh-CN"), ("zh_SG", "zh-CN"),
    ("zh_HK", "zh-HK"), ("zh-hk", "zh-HK"), ("zh_TW", "zh-HK"), ("zh_Hant", "zh-HK"),
    ("ja_JP.UTF-8", "ja"), ("JA", "ja"), ("en_GB", "en"), ("zh-HK", "zh-HK")])
def test_the_language_option_takes_the_locale_names_of_its_languages(given, tag, capsys):
    """``--language zh_CN`` (as LANG writes it) was refused: only the four tags were."""
    assert split_language_option(["--language", given, "check"]) == (tag, ["check"])
    assert main(["--language", given, "check", "--help"]) == 0
    assert main(["export", "--help"]) == 0 and capsys.readouterr()
    from windtunnel.cli import build_parser
    args = build_parser("export").parse_args(["export", "m.wtm", "-o", "m.xlsx",
                                              "--language", given])
    assert args.model_language == tag


@pytest.mark.parametrize("argv", [["--language", "fr", "check", "m.wtm"], ["--language"],
                                  ["--language", "de_DE", "check", "m.wtm"]])
def test_an_unknown_or_missing_language_is_a_usage_error(argv, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("windtunnel: ") and ("--language" in err or "fr" in err)


EXPECTED = {
    "ja": ["2 件の問題", "bogus: 既知のキーではありません",
           "nodes[0].label: 5 はテキストではありません"],
    "zh-CN": ["2 个问题", "bogus：不是已知的键", "nodes[0].label：5 不是文本"],
    "zh-HK": ["2 個問題", "bogus：不是已知的鍵", "nodes[0].label：5 不是文字"],
    "en": ["2 problems", "bogus: is not a known key", "nodes[0].label: 5 is not text"],
}


@pytest.mark.parametrize("tag", list(EXPECTED))
def test_check_names_the_problems_in_the_chosen_language(tag, tmp_path, capsys,
                                                        catalogues_installed):
    path = tmp_path / "broken.wtm"
    path.write_text(BROKEN, encoding="utf-8")
    assert main(["--language", tag, "check", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"windtunnel check: {path}: ")
    for line in EXPECTED[tag]:
        assert line in err
    assert language.current() == "en"          # main() leaves the process as it found it


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX FIFOs")
@pytest.mark.parametrize("tag, expected", [("ja", "FIFO（名前付きパイプ）であり"),
                                           ("zh-CN", "是FIFO（命名管道），不是可读取的文件"),
                                           ("zh-HK", "是FIFO（具名管道），不是可讀取的檔案")])
def test_what_a_file_is_when_it_is_no_file_is_said_in_the_chosen_language(
        tag, expected, tmp_path, capsys, catalogues_installed):
    import os

    os.mkfifo(tmp_path / "pipe.csv")
    assert main(["--language", tag, "import", str(tmp_path / "pipe.csv"), "-o",
                 str(tmp_path / "out.wtm")]) == 1
    err = capsys.readouterr().err
    assert expected in err and "named pipe" not in err


@pytest.mark.parametrize("locale, where", [("ja_JP.UTF-8", "2 行目、12 列目: 有効な JSON ではありません"),
                                           ("zh_CN.UTF-8", "第 2 行，第 12 列：不是有效的 JSON"),
                                           ("zh_HK.UTF-8", "第 2 行，第 12 欄：不是有效的 JSON")])
def test_the_environment_language_is_the_default_and_locations_stay(
        locale, where, tmp_path, capsys, catalogues_installed, monkeypatch):
    monkeypatch.setenv("LC_ALL", locale)
    path = tmp_path / "bad.wtm"
    path.write_text('{"format": "windtunnel-model", "version": 2,\n "nodes": [}',
                    encoding="utf-8")
    assert main(["check", str(path)]) == 1
    assert where in capsys.readouterr().err


def test_a_spreadsheet_import_names_sheet_row_and_column_in_japanese(tmp_path, capsys,
                                                                     catalogues_installed):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Edges"
    book.active.append(["Source", "Target", "Weight"])
    book.active.append(["a", "b", "strong"])
    path = tmp_path / "edges.xlsx"
    book.save(path)
    assert main(["--language", "ja", "import", str(path), "-o", str(tmp_path / "m.wtm")]) == 1
    err = capsys.readouterr().err
    assert "シート Edges、2 行目、列 Weight" in err, err
    assert not (tmp_path / "m.wtm").exists()


def test_help_and_summary_are_translated(tmp_path, capsys, catalogues_installed):
    assert main(["--language", "zh-CN", "check", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("用法：windtunnel check")
    assert "校验模型文件，输出摘要和警告" in out and "选项" in out
    model = sorted((ROOT / "scenarios").glob("*.wtm"))[0]
    assert main(["--language", "ja", "check", str(model)]) == 0
    out = capsys.readouterr().out
    assert "有効な Windtunnel モデルです" in out and "ノード：" in out


def test_a_missing_catalogue_says_so_and_speaks_english(tmp_path, capsys, monkeypatch):
    from windtunnel.cli import language as cli_language

    monkeypatch.setattr(cli_language, "catalogue_folder", lambda: tmp_path)
    path = tmp_path / "broken.wtm"
    path.write_text(BROKEN, encoding="utf-8")
    assert main(["--language", "ja", "check", str(path)]) == 1
    err = capsys.readouterr().err
    assert "no catalogue for ja" in err and "is not a known key" in err


def test_english_and_version_never_load_qt():
    code = ("import sys; from windtunnel.cli import main; main(['--version']); "
            "main(['--language', 'en', 'check', '--help']); print('PySide6' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={"LC_ALL": "C.UTF-8", "PATH": ""}, check=True)
    assert done.stdout.strip().endswith("False")


@pytest.mark.parametrize("tag, expected", [
    ("ja", "{conditions}である未来では、禁止は 91% でリスクを達成できません"
           "（全未来の 15%、その未達の 62%）"),
    ("zh-CN", "在 {conditions}的未来中，禁止有 91% 未达到リスク（占全部未来的 15%，占其未达情形的 62%）"),
    ("zh-HK", "在 {conditions}的未來中，禁止有 91% 未達到リスク（佔全部未來的 15%，佔其未達情形的 62%）")])
def test_a_box_is_said_in_the_chosen_language(tag, expected, catalogues_installed):
    """The Explore tab's, the command line's and the Boxes sheet's sentences: the whole
    sentence and its conditions come from the catalogue, the figures and names filled in,
    with no space between a name and the Chinese or Japanese words beside it ("禁止 は",
    "未达到 リスク" read as no writer of those languages writes); the conditions here end
    in the catalogue's Chinese or Japanese words, so nothing stands between them and "的"
    or "である"."""
    from windtunnel.cli import language as cli_language
    from windtunnel.engine.discovery import Discovery, boxes_frame, sentence
    from windtunnel.engine.prim import SENTENCE_CONDITIONS, Box, Restriction

    many = tuple(Restriction(f"w{i}", 0.4, None) for i in range(SENTENCE_CONDITIONS + 1))
    box = Box((Restriction("a → b", 0.4, 0.7), Restriction("mode", None, 1),
               *many[2:]), 0.62, 0.91, 0.15, 9, 10)
    found = Discovery("ban", "禁止", "risk", "リスク", 0.3, (box,), {"mode": ("x", "y", "z")})
    english = sentence(found, box)
    assert english.startswith("禁止 misses リスク in 91% of futures where a → b between 0.40 "
                              "and 0.70 and mode is x or y and w2 ≥ 0.40")
    assert english.endswith("and 1 more condition (15% of all futures, 62% of its misses)")
    cli_language.install(tag)
    try:
        said = sentence(found, box)
        conditions = box.conditions(found.categories)
        assert said == expected.format(conditions=conditions)
        assert "0.40" in conditions and "0.70" in conditions and "x" in conditions
        assert not re.search(r"\b(and|or|between|is|more|conditions?)\b", conditions), conditions
        assert boxes_frame([found]).loc[0, "sentence"] == said
        assert not re.search(r"\b(every|future|misses|fails)\b",
                             Discovery("ban", "禁止", None, None, 0.0, ()).summary())
    finally:
        cli_language.install("en")


def test_a_node_table_s_notes_are_said_in_japanese(tmp_path, capsys, catalogues_installed):
    """The Nodes sheet's notes (a repeated id, another tool's node type, a name matched
    without case) were English in every language."""
    nodes = tmp_path / "nodes.csv"
    nodes.write_text("ID,Label,Type\nt,Tax,policy\nt,Tax,policy\nd,Demand,gizmo\n"
                     "3.0,Three,\nGeorge Keith,George,\n", encoding="utf-8")
    edges = tmp_path / "edges.csv"
    edges.write_text("From,To,Weight\nTAX,Demand,0.5\n3,Demand,0.2\nGeorge Keith,d,0.1\n",
                     encoding="utf-8")
    assert main(["--language", "ja", "import", str(edges), "--nodes", str(nodes), "-o",
                 str(tmp_path / "m.wtm")]) == 0
    out = capsys.readouterr().out
    assert "上の行の ID とラベルを繰り返す 1 行を飛ばしました（3 行目）" in out, out
    assert "ノードの種類 'gizmo' は Windtunnel の種類にありません" in out, out
    assert "'TAX' を 'Tax' として" in out, out
    assert "エッジにある 1 個の名前が、同じ整数を別の書き方で書いたノード id に対応しました" in out, out
    assert "ノード id 1 個が有効な id ではありませんでした（'George Keith'）" in out, out


def test_a_workbook_s_scenario_and_settings_messages_are_said_in_japanese(
        tmp_path, capsys, catalogues_installed):
    """The Scenarios sheets' and the Model sheet's messages, and the note of sources made
    from cited ids, were English in every language."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Edges"
    book.active.append(["From", "To", "Weight", "Sources"])
    book.active.append(["a", "b", 0.5, "report"])
    book.create_sheet("Model").append(["Field", "Value"])
    book["Model"].append(["colour", "blue"])
    path = tmp_path / "model.xlsx"
    book.save(path)
    assert main(["--language", "ja", "import", str(path), "-o", str(tmp_path / "m.wtm")]) == 0
    out = capsys.readouterr().out
    assert "Sources シートがないため、引用された id から出典を 1 件作りました（report）" in out, out
    assert "'colour' は設定ではないため、無視しました" in out, out
    book.create_sheet("Scenarios").append(["ID", "Label"])
    book["Scenarios"].append(["s", "S"])
    book["Scenarios"].append(["s", "Again"])
    book.create_sheet("Overrides").append(["Scenario", "From", "To", "Weight"])
    book["Overrides"].append(["s", "a", "b", None])
    book["Overrides"].append(["nowhere", "a", "b", 0.2])
    book.save(path)
    assert main(["--language", "ja", "import", str(path), "-o", str(tmp_path / "n.wtm")]) == 1
    err = capsys.readouterr().err
    assert "2 つ目のシナリオ 's'（1 つ目は 2 行目）" in err, err
    assert "列 Weight: 空です" in err, err
    assert "'nowhere' は Scenarios シートのシナリオではありません" in err, err


@pytest.mark.parametrize("ts", CORE_TS, ids=lambda p: p.stem)
def test_the_renamed_ids_note_is_catalogued_with_the_nodes_sheet_s_messages(ts):
    """The note is the Nodes sheet's (GraphML's reader says it too): translators find it
    among the sheet's messages, where its code is, not among GraphML's."""
    assert {context for context, source, _translation in messages(ts)
            if source.startswith("{count} node id{s} not valid in Windtunnel")} == {
        "nodes_sheet"}


def test_a_csv_whose_code_page_cannot_be_told_is_refused_in_japanese(tmp_path, capsys,
                                                                    catalogues_installed):
    """The refusal names the code pages in Japanese and Excel's menu as Japanese Excel
    names it; a file told to be Shift_JIS says so in Japanese."""
    edges = tmp_path / "edges.csv"
    edges.write_bytes("From,To\r\n上限,x\r\n".encode("gbk"))
    assert main(["--language", "ja", "import", str(edges), "-o", str(tmp_path / "m.wtm")]) == 1
    err = capsys.readouterr().err
    assert "GBK（簡体字中国語の Windows）、Shift_JIS（日本語の Windows）の可能性" in err, err
    assert "［ファイル］>［名前を付けて保存］から「CSV UTF-8 (コンマ区切り)」" in err, err
    edges.write_bytes("From,To\r\n需要,供給\r\n".encode("cp932"))
    assert main(["--language", "ja", "import", str(edges), "-o", str(tmp_path / "m.wtm")]) == 0
    out = capsys.readouterr().out
    assert "UTF-8 ではないため Shift_JIS（日本語の Windows）として読み込みました" in out, out


@pytest.mark.parametrize("tag, head, choices", [
    ("ja", "edges.csv（ノードとエッジの表）からインポートしました", "選択："),
    ("zh-CN", "从 edges.csv（节点与边表格）导入", "选择："),
    ("zh-HK", "從 edges.csv（節點與邊表格）匯入", "選擇：")])
def test_the_import_note_kept_in_the_model_is_in_the_chosen_language(
        tag, head, choices, tmp_path, catalogues_installed):
    """The note an import writes into the model's description (where the model came from,
    what changed, the choices) was English in every language, its notes translated inside;
    it is that language's text of the description (the original stays the file's)."""
    edges = tmp_path / "edges.csv"
    edges.write_text("From,To,Weight\nTax,Demand,3\nDemand,Jobs,1.5\n", encoding="utf-8")
    out = tmp_path / "m.wtm"
    assert main(["--language", tag, "import", str(edges), "-o", str(out)]) == 0
    model = load(out)
    description = model.translations.get(tag, "description")
    assert model.description == ""
    assert description.startswith(head), description
    assert choices in description and "Choices" not in description
    assert "Imported from" not in description and "nothing was changed" not in description


def test_a_misspelt_command_is_told_in_the_chosen_language(tmp_path, capsys,
                                                          catalogues_installed):
    assert main(["--language", "ja", "chek", str(tmp_path / "m.wtm")]) == 2
    assert capsys.readouterr().err == ("windtunnel: 不明なコマンド 'chek' です。"
                                       "'check' のことですか？\n")


def test_a_translations_sheet_s_problems_are_said_in_japanese(tmp_path, capsys,
                                                             catalogues_installed):
    """The Translations sheet's messages and those of the translations' own checks were
    English in every language."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Edges"
    book.active.append(["From", "To", "Weight"])
    book.active.append(["a", "b", 0.5])
    sheet = book.create_sheet("Translations")
    sheet.append(["Kind", "ID", "From", "To", "Field", "Language", "Text"])
    sheet.append(["node", "ghost", None, None, "label", "ja", "幽霊"])
    sheet.append(["node", "a", None, None, "label", "zh_HK", "甲"])
    sheet.append(["node", "b", None, None, "label", "ja", " "])
    path = tmp_path / "model.xlsx"
    book.save(path)
    assert main(["--language", "ja", "import", str(path), "-o", str(tmp_path / "m.wtm")]) == 1
    err = capsys.readouterr().err
    assert "モデルにノード 'ghost' はありません" in err, err
    assert "'zh_HK' はファイルで書く形の言語タグではありません：'zh-HK' と書いてください" in err, err
    assert "空です（原文を表示するには、その言語を省いてください）" in err, err


def test_participant_sheets_left_out_are_said_in_japanese(tmp_path, capsys, catalogues_installed):
    """The part of the note saying whether the sheets were kept as participants stayed
    English in every language."""
    path = ROOT / "tests/data/real/pyfcm_AllParticipants_Adjacency_Matrix_Example.xlsx"
    assert main(["--language", "ja", "import", str(path), "--participants", "aggregate",
                 "-o", str(tmp_path / "m.wtm")]) == 0
    out = capsys.readouterr().out
    assert "シートは参加者として残していません（--participants keep でインポートしてください）" in out, out
    assert "not kept" not in out
