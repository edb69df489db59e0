"""The interface in Simplified Chinese, Traditional Chinese (Hong Kong) and Japanese.

- every text of the main window (with the bundled model and the analysis attached, as the
  app starts) is translated in each language: no English left but the model's own text and
  the allowed words of ``texts.ALLOWED``;
- every entry of the interface's .ts sources is finished, and the sources hold every
  string the code marks (lupdate finds nothing new);
- every translation keeps its placeholders, so ``.format()`` never fails in a language;
- each glossary term is translated the same way everywhere;
- the language is the system's until one is chosen, and the choice is remembered: the next
  start speaks it.
"""

from __future__ import annotations

import csv
import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from windtunnel import language
from windtunnel.errors import Problem
from windtunnel.app.main import start
from windtunnel.app.preferences import Preferences
from windtunnel.app.translations import apply_language, system_language
from windtunnel.paths import bundled_model, bundled_models

from .texts import english_words, model_texts, shown_texts

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
TRANSLATED = ("zh-CN", "zh-HK", "ja")
#: The window walks find strings that are not marked for translation or are looked up under
#: another context: defects of the code, the same in every language. One language walks the
#: main window in the default run; CI walks all three, and the participants' docks too (each
#: walk builds a window on the bundled model).
WALKED = [pytest.param("zh-CN", marks=pytest.mark.slow),
          pytest.param("zh-HK", marks=pytest.mark.slow), "ja"]
SUFFIX = {"zh-CN": "zh_CN", "zh-HK": "zh_HK", "ja": "ja"}
PLACEHOLDER = re.compile(r"\{\w*\}|%L?n")
PROBLEM = Problem("label", "is empty")
VOICES = "ai-export-controls-2026-voices.wtm"
NEAR_MATCHES = [ROOT / "tests" / "data" / "real" / f"mm_compare_{name}.mmp"
                for name in ("project_Reference_Model", "project_3")]


def _build_script(name: str):
    """A script of build/ loaded under a name of its own: ``translations`` on sys.path
    would shadow (or be shadowed by) the tests/translations package."""
    spec = importlib.util.spec_from_file_location(f"build_{name}", ROOT / "build" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


catalogue_tool = _build_script("translations")


@pytest.fixture
def english_afterwards(qapp):
    """The test may switch the app's language; the next test finds English again."""
    yield
    apply_language("en")


def _start(tmp_path, preferences, path=None):
    return start(str(path) if path else None, preferences=preferences,
                 recovery_root=tmp_path / "recovery", open_default=path is not None,
                 ask=lambda parent, sessions: False)


def _close(workspace) -> None:
    for window in list(workspace.windows):
        window.ask_save_changes = lambda: "discard"
        window.close()
    QApplication.processEvents()


def _core_texts(window) -> list[str]:
    """What the Qt-free layers wrote into the window (run verdicts, trust reasons): they
    come with the core's own catalogue, not the interface's."""
    session = window.extensions["analysis"].controller.session
    results = session.results
    texts = [results.baseline_verdict] + [r.verdict for r in results.scenarios]
    trust = session.trust_of()
    if trust is not None:
        model = session.model
        texts += [trust.headline, trust.reason(lambda n: model.node(n).label)]
    return [str(t) for t in texts if t]


@pytest.mark.parametrize("tag", WALKED)
def test_the_main_window_shows_no_english(tag, tmp_path, preferences, qtbot,
                                          english_afterwards):
    preferences.language = tag
    workspace = _start(tmp_path, preferences, bundled_model())
    try:
        window = workspace.windows[0]
        window.resize(1366, 768)
        qtbot.waitExposed(window)
        session = window.extensions["analysis"].controller.session
        qtbot.waitUntil(lambda: session.results is not None, timeout=20000)
        QApplication.processEvents()
        assert language.current() == tag
        allowed = _allowed(window)
        english = _english_left(shown_texts(window), allowed)
        assert not english, "\n".join(f"{where}: {text!r} -> {words}"
                                      for text, (where, words) in english.items())
        assert window.actions.languages[tag].isChecked()
        allowed.append(str(PROBLEM))     # the core's message: the core's own catalogue
        for dialog in _dialogs(window):
            left = {text: english_words(text, allowed) for _, text in shown_texts(dialog)}
            left = {t: w for t, w in left.items() if w}
            assert not left, f"{type(dialog).__name__}: " + "\n".join(
                f"{t!r} -> {w}" for t, w in left.items())
            dialog.deleteLater()
    finally:
        _close(workspace)


def _dialogs(window) -> list:
    """The dialogs a user opens from the window: engine settings, preferences, a source,
    a problem, and the help window."""
    from windtunnel.app.analysis import SettingsDialog
    from windtunnel.app.dialogs import PreferencesDialog, ProblemDialog
    from windtunnel.app.help import HelpWindow
    from windtunnel.app.source_dialog import SourceDialog
    from windtunnel.errors import ModelError

    model = window.document.model
    return [SettingsDialog(model.settings, window, model=model),
            PreferencesDialog(window.workspace.preferences, window),
            SourceDialog(None, window), SourceDialog(model.sources[0], window),
            ProblemDialog(window.tr("That edit is not possible"),
                          ModelError(PROBLEM), window),
            HelpWindow()]


def _allowed(window) -> list[str]:
    """What may stay in English in ``window``: the model's own text, the core's run
    verdicts, the bundled models' names (File > Examples) and what the user typed in the
    find box (the status bar says how many nodes match it)."""
    return model_texts(window.document.model) + _core_texts(window) + [
        p.stem.replace("-", " ").capitalize() for p in bundled_models()] + [
        window.find_box.text()]


def _english_left(texts, allowed) -> dict:
    """{text: (where, its English words)} of the (where, text) pairs that have any."""
    english = {}
    for where, text in texts:
        if where.startswith("action") and text in ("Export...", "Export"):
            continue    # pyqtgraph's own chart export dialog, outside our catalogue
        words = english_words(text, allowed)
        if words:
            english.setdefault(text, (where, words))
    return english


@pytest.mark.slow
@pytest.mark.parametrize("tag", WALKED)
def test_the_participants_docks_show_no_english(tag, tmp_path, preferences, qtbot,
                                                english_afterwards):
    """The bundled model of participants: the Participants dock with a rated edge selected
    (every rating, the rating box), Participants' Results with its chart, scorecard and heat
    map filled, and the review of near matches an import of participants' maps opens."""
    from windtunnel.app.analysis.controller import refreshes_pending
    from windtunnel.app.participants_import import NearMatchReview
    from windtunnel.io.participant_files import read_map
    from windtunnel.io.participants import combine_maps

    preferences.language = tag
    workspace = _start(tmp_path, preferences, bundled_model(VOICES))
    try:
        window = workspace.windows[0]
        window.resize(1366, 768)
        qtbot.waitExposed(window)
        model = window.document.model
        assert model.participants
        window.scene.select(edges=[("restricted-access", "misuse-risk")])
        results = window.extensions["participants"].results
        qtbot.waitUntil(lambda: results.voices is not None
                        and results.voices_for == results._wanted(), timeout=20000)
        qtbot.waitUntil(lambda: not refreshes_pending(), timeout=5000)
        QApplication.processEvents()
        english = _english_left(shown_texts(window), _allowed(window))
        assert not english, "\n".join(f"{where}: {text!r} -> {words}"
                                      for text, (where, words) in english.items())
        maps = [(path.stem, read_map(str(path))) for path in NEAR_MATCHES]
        proposals = combine_maps(maps).proposals
        assert proposals
        dialog = NearMatchReview(proposals, window)
        labels = [t for p in proposals for t in (p.label, p.concept_label)]
        left = _english_left(shown_texts(dialog), labels + [stem for stem, _ in maps])
        assert not left, left
        dialog.deleteLater()
    finally:
        _close(workspace)


def _messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] \
                if message.get("numerus") == "yes" else [translation.text or ""]
            yield context.findtext("name"), message.findtext("source"), forms


@pytest.mark.parametrize("tag", TRANSLATED)
def test_every_entry_is_finished(tag):
    ts = FOLDER / f"windtunnel_{SUFFIX[tag]}.ts"
    left = catalogue_tool.unfinished(ts)
    assert not left, (f"{len(left)} unfinished in {ts.name} (run `python build/dev.py "
                      f"translations`, then translate them): {left[:10]}")


def test_the_english_plural_forms_are_finished():
    assert not catalogue_tool.unfinished(FOLDER / "windtunnel_en.ts")


@pytest.mark.parametrize("tag", TRANSLATED)
def test_every_translation_keeps_its_placeholders(tag):
    for context, source, forms in _messages(FOLDER / f"windtunnel_{SUFFIX[tag]}.ts"):
        for form in forms:
            assert set(PLACEHOLDER.findall(form)) == set(PLACEHOLDER.findall(source)), \
                (context, source, form)


@pytest.mark.parametrize("tag", TRANSLATED)
def test_a_sentence_added_to_another_starts_without_a_space(tag):
    """English adds a sentence after a space (" Move the time slider..."); Chinese and
    Japanese write none after a full stop (。), so the translation starts at once."""
    for prefix in ("windtunnel", "core"):
        for context, source, forms in _messages(FOLDER / f"{prefix}_{SUFFIX[tag]}.ts"):
            if re.match(r" [A-Z]", source):
                assert not any(form.startswith(" ") for form in forms), (context, source)


def test_the_sources_hold_every_marked_string_and_no_other(tmp_path):
    """lupdate run on the code finds no string that the .ts sources lack, and every string
    the sources hold: a text that reaches Qt's translate() through a helper lupdate cannot
    read would be dropped, with its translations, by the next catalogue update."""
    lupdate = catalogue_tool.tool("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, "-extensions", "py", "-locations", "none",
                    str(ROOT / "desktop" / "windtunnel" / "app"), "-ts", str(fresh)],
                   check=True, capture_output=True)
    marked = {(c, s) for c, s, _ in _messages(fresh)}
    kept = {(c, s) for c, s, _ in _messages(FOLDER / "windtunnel_ja.ts")}
    assert marked, "lupdate found no string: its Python parser no longer reads our calls"
    missing = marked - kept
    assert not missing, (f"{len(missing)} strings are not in the .ts sources yet: run "
                         f"`python build/dev.py translations`: {sorted(missing)[:10]}")
    unseen = kept - marked
    assert not unseen, (f"{len(unseen)} strings of the .ts sources are not marked where "
                        f"lupdate can read them: {sorted(unseen)[:10]}")


def _glossary(tag: str) -> list[dict]:
    with open(FOLDER / f"glossary_{SUFFIX[tag]}.tsv", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


@pytest.mark.parametrize("tag", TRANSLATED)
def test_every_glossary_term_is_translated_the_same_way(tag):
    terms = _glossary(tag)
    assert {"node", "edge", "lever", "scenario", "objective", "source", "baseline",
            "Monte Carlo", "participant"} <= {t["english"] for t in terms}
    drifted = []
    for context, source, forms in _messages(FOLDER / f"windtunnel_{SUFFIX[tag]}.ts"):
        words = re.sub(r"\{\w*\}|<[^>]+>|&(?=\w)", " ", source)     # placeholders, markup
        for term in terms:
            if term["other meaning in"] and term["other meaning in"] in source:
                continue
            if re.search(rf"\b{re.escape(term['english'])}s?\b", words, re.IGNORECASE):
                drifted += [(term["english"], source, form) for form in forms
                            if term["translation"] not in form]
    assert not drifted, "\n".join(f"{t!r} in {s!r}: {f!r}" for t, s, f in drifted)


def test_each_glossary_has_a_note_for_the_contested_terms():
    for tag in TRANSLATED:
        notes = {t["english"]: t["note"] for t in _glossary(tag)}
        for contested in ("map", "scenario", "actor", "Monte Carlo", "workshop",
                          "sensitivity"):
            assert notes[contested], (tag, contested)


@pytest.mark.parametrize(("name", "expected"), [
    ("zh_CN", "zh-CN"), ("zh_SG", "zh-CN"), ("zh_HK", "zh-HK"), ("zh_TW", "zh-HK"),
    ("zh_MO", "zh-HK"), ("zh_Hant_CN", "zh-HK"), ("ja_JP", "ja"), ("en_GB", "en"),
    ("de_DE", "en"), ("ko_KR", "en"),
])
def test_the_system_language_picks_ours(name, expected):
    assert system_language(QLocale(name)) == expected


def test_the_choice_is_remembered_and_the_next_start_speaks_it(tmp_path, qtbot,
                                                                english_afterwards):
    settings = str(tmp_path / "settings.ini")
    preferences = Preferences(QSettings(settings, QSettings.IniFormat))
    assert preferences.language is None                   # never chosen: the system's
    workspace = _start(tmp_path, preferences)
    window = workspace.windows[0]
    assert window.menus.file.title() == "&File"
    window.actions.languages["ja"].trigger()
    assert language.current() == "ja"
    window = workspace.windows[0]                          # rebuilt in Japanese
    assert window.menus.file.title() == "ファイル(&F)"
    assert [t for t, a in window.actions.languages.items() if a.isChecked()] == ["ja"]
    QLocale().toString(1234.5, "f", 1)
    assert QLocale().name() == "ja_JP"                     # numbers and dates follow
    _close(workspace)

    again = Preferences(QSettings(settings, QSettings.IniFormat))   # a new start
    assert again.language == "ja"
    workspace = _start(tmp_path, again)
    try:
        window = workspace.windows[0]
        assert window.menus.file.title() == "ファイル(&F)"
        assert window.inspector_dock.windowTitle() == "インスペクタ"
        assert window.inspector_dock.objectName() == "dock-inspector"   # layouts survive
        assert window.actions.languages["ja"].isChecked()
    finally:
        _close(workspace)


def test_a_damaged_language_preference_falls_back_to_the_system(tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    settings.setValue("appearance/language", "klingon")
    assert Preferences(settings).language is None
    with pytest.raises(ValueError):
        Preferences(settings).language = "klingon"


def test_every_catalogue_of_the_language_is_installed(tmp_path, english_afterwards,
                                                      monkeypatch, qapp):
    """Another layer's catalogue (the core's messages) is loaded beside the interface's
    (english_afterwards comes before monkeypatch, so English is installed again from the
    real translations folder, not from this test's)."""
    folder = tmp_path / "translations"
    folder.mkdir()
    source = folder / "core_ja.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ja">'
        "<context><name>engine</name><message><source>converged</source>"
        "<translation>収束</translation></message></context></TS>", encoding="utf-8")
    subprocess.run([catalogue_tool.tool("pyside6-lrelease"), "-silent", str(source), "-qm",
                    str(folder / "core_ja.qm")], check=True)
    shutil.copy(FOLDER / "windtunnel_ja.qm", folder)
    monkeypatch.setattr("windtunnel.app.translations.translations_folder", lambda: folder)
    installed = apply_language("ja")
    assert [p.name for p in installed] == ["core_ja.qm", "windtunnel_ja.qm"]
    assert language.translate("engine", "converged") == "収束"
    assert QApplication.translate("actions", "&File") == "ファイル(&F)"


@pytest.mark.parametrize("tag, names", [("zh-CN", ("节点与边表格", "已忽略列")),
                                        ("ja", ("ノードとエッジの表", "を無視しました"))])
def test_an_imports_notes_name_its_format_and_what_was_left_out_in_the_language(
        tag, names, tmp_path, preferences, qtbot, monkeypatch, english_afterwards):
    """The import notes' title names the format the table was read as, and the note on a
    column the import left out is in the language too."""
    from windtunnel.app.mainwindow import MainWindow

    table = tmp_path / "edges.csv"
    table.write_text("From,To,Weight,Colour\nRain,Flood,0.8,blue\n", encoding="utf-8")
    shown = []
    monkeypatch.setattr(MainWindow, "show_notes",
                        lambda self, title, notes: shown.append((title, list(map(str, notes)))))
    preferences.language = tag
    workspace = _start(tmp_path, preferences, bundled_model())
    try:
        assert workspace.windows[0].open_file(str(table))
        qtbot.waitUntil(lambda: bool(shown), timeout=10000)
        (title, notes), = shown
        assert names[0] in title and "tables" not in title
        note, = [n for n in notes if "Colour" in n]
        assert names[1] in note and "ignored" not in note
    finally:
        _close(workspace)


@pytest.mark.parametrize("tag, reason", [("zh-CN", "此处应有一个值"), ("zh-HK", "此處應有一個值"),
                                         ("ja", "ここには値が必要です")])
def test_a_broken_model_file_says_why_in_the_language(tag, reason, tmp_path, qapp,
                                                      english_afterwards):
    """The JSON decoder's reason for refusing a file is part of the message, not English
    inside it."""
    from windtunnel.errors import LoadError
    from windtunnel.model import load

    broken = tmp_path / "broken.wtm"
    broken.write_bytes(b"PK\x03\x04 not a model")
    apply_language(tag)
    with pytest.raises(LoadError) as caught:
        load(broken)
    assert reason in str(caught.value) and "Expecting" not in str(caught.value)


@pytest.mark.parametrize("tag", TRANSLATED)
def test_qts_own_file_dialog_speaks_the_language(tag, qapp, english_afterwards):
    """The file dialog Qt draws itself (Linux without a desktop theme) labels its folder
    and file-type boxes in the language, though Qt's catalogues lack those two texts."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    apply_language(tag)
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.DontUseNativeDialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    dialog.deleteLater()
    assert len(texts) == 3 and not any(english_words(text, []) for text in texts), texts


@pytest.mark.parametrize("tag, cancel, folder", [("zh-CN", "取消", "文件夹"),
                                                 ("zh-HK", "取消", "資料夾"),
                                                 ("ja", "キャンセル", "フォルダー")])
def test_qts_own_buttons_and_file_types_follow_the_language_there_and_back(
        tag, cancel, folder, tmp_path, qapp, english_afterwards):
    """A standard Cancel button (Qt's catalogue) and the file dialog's word for a folder
    (the app's, where Qt's lacks it) speak the language once it is set, and English again
    once English is."""
    from PySide6.QtCore import QFileInfo
    from PySide6.QtWidgets import QDialogButtonBox, QFileIconProvider

    def shown() -> tuple[str, str]:
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        text = buttons.button(QDialogButtonBox.Cancel).text().replace("&", "")
        buttons.deleteLater()
        return text, QFileIconProvider().type(QFileInfo(str(tmp_path)))

    apply_language(tag)
    assert shown() == (cancel, folder)
    apply_language("en")
    assert shown() == ("Cancel", "Folder")


@pytest.mark.parametrize("tag, ordinal, backwards", [
    ("zh-CN", r"第 \d+ 月", r"月 \d"), ("zh-HK", r"第 \d+ 月", r"月 \d"),
    ("ja", r"\d+ か月目", r"か月 \d")])
def test_a_levers_timing_counts_the_steps_in_the_languages_order(tag, ordinal, backwards,
                                                                 qapp, english_afterwards):
    """Month 3 is 第 3 月 in Chinese and 3 か月目 in Japanese, never 月 3 or か月 3: the
    levers' timings (the scenarios' tooltips, the brief) and the charts' hover text."""
    from windtunnel.model import load, translated
    from windtunnel.session import describe_levers

    apply_language(tag)
    model = load(bundled_model())
    unit = translated(model, "time_unit")
    texts = [describe_levers(model, scenario, unit) for scenario in model.scenarios]
    texts.append(QApplication.translate("Brief", "Change from baseline at {unit} {step}")
                 .format(unit=unit, step=3))
    timed = [text for text in texts if re.search(ordinal, text)]
    assert len(timed) >= 2 and not any(re.search(backwards, text) for text in texts), texts


@pytest.mark.parametrize("tag, unit", [("zh-CN", "月"), ("ja", "か月")])
def test_a_model_whose_author_named_no_time_unit_counts_in_the_languages_word(
        tag, unit, qapp, english_afterwards):
    """A new or imported model has the default unit, month, which no author wrote: it is
    shown in the interface's word (24/24 か月目, not 24/24 month目); a unit the author
    wrote stays as written, and the file keeps the default."""
    from windtunnel.model import Model, Settings, translated

    apply_language(tag)
    model = Model()
    assert translated(model, "time_unit") == unit
    assert translated(Model(settings=Settings(time_unit="week")), "time_unit") == "week"
    assert model.settings.time_unit == "month"


def test_every_format_an_import_names_has_a_shown_name(english_afterwards):
    """The import notes' title names the format by a word of the language or a tool's
    name, never by the importer's own id (an InCognitive workbook's title read
    'incognitive')."""
    from windtunnel.io import IMPORT_FORMATS
    from windtunnel.io.importing import format_name

    apply_language("ja")
    for fmt in (*IMPORT_FORMATS, "incognitive"):
        assert format_name(fmt) != fmt, fmt
