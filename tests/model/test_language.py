"""The product's language choice and its message catalogue hook (Qt-free)."""

import pytest

from windtunnel import language


@pytest.fixture(autouse=True)
def original_language():
    yield
    language.install_catalogue(None)
    language.set_current(language.ORIGINAL)


def test_choosing_a_language_tells_subscribers_once():
    heard = []
    language.changed.connect(heard.append)
    try:
        language.set_current("ja")
        language.set_current("ja")
        assert language.current() == "ja"
        assert heard == ["ja"]
    finally:
        language.changed.disconnect(heard.append)


def test_an_unknown_language_is_refused_by_name_and_changes_nothing():
    with pytest.raises(ValueError, match="klingon"):
        language.set_current("klingon")
    assert language.current() == "en"


def test_qt_catalogues_use_underscores():
    assert language.qt_suffix("zh-HK") == "zh_HK"
    assert language.qt_suffix("ja") == "ja"


def test_marked_messages_come_from_the_installed_catalogue_or_stay_as_written():
    assert language.translate("io", "Row {row}") == "Row {row}"
    language.install_catalogue(lambda context, text: {"Row {row}": "第 {row} 行"}.get(text, ""))
    assert language.translate("io", "Row {row}") == "第 {row} 行"
    assert language.translate("io", "Sheet") == "Sheet"


def test_the_language_module_never_imports_qt():
    import subprocess
    import sys

    code = "import sys, windtunnel.language; print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_table_per_language_is_built_once_and_again_after_a_switch_or_a_new_catalogue():
    from windtunnel.io.words import statistic_name, word, yes_no

    asked = []

    def lookup(context, text):
        asked.append(text)
        return f"{language.current()}:{text}"

    language.install_catalogue(lookup)
    assert word("yes") == "en:yes" and yes_no(False) == "en:no"
    assert statistic_name("density") == "en:density"
    assert word("actor") == "en:actor"          # a choice, from the model's own table
    once = len(asked)
    assert word("converged") == "en:converged" and word("no such word") == "no such word"
    assert len(asked) == once, "the second look-up translates nothing again"
    language.set_current("ja")
    assert word("yes") == "ja:yes" and statistic_name("density") == "ja:density"
    assert word("limit cycle") == "ja:limit cycle"
    language.set_current("ja")
    asked.clear()
    assert word("yes") == "ja:yes" and not asked, "the same language keeps the table"
    language.install_catalogue(lambda context, text: {"yes": "はい"}.get(text, ""))
    assert word("yes") == "はい" and word("no") == "no"
    language.install_catalogue(None)
    assert word("yes") == "yes"


@pytest.mark.parametrize("template, values, written", [
    # two Chinese or Japanese words: the template's space goes
    ("{node} \u3092\u4e0b\u3052\u308b", {"node": "\u8f38\u51fa\u7ba1\u7406"},
     "\u8f38\u51fa\u7ba1\u7406\u3092\u4e0b\u3052\u308b"),
    ("\u4f7f {node} \u81f3\u5c11", {"node": "\u6ee5\u7528\u98ce\u9669"},
     "\u4f7f\u6ee5\u7528\u98ce\u9669\u81f3\u5c11"),
    ("\u300c {node} \u300d", {"node": "\u8f38\u51fa\u7ba1\u7406"},
     "\u300c\u8f38\u51fa\u7ba1\u7406\u300d"),
    ("{a} {b}", {"a": "\u6f22", "b": "\u5b57"}, "\u6f22\u5b57"),
    # beside a Latin name or a figure the space stays
    ("{node} \u3092 {threshold} \u4ee5\u4e0a", {"node": "Misuse risk", "threshold": 0.1},
     "Misuse risk \u3092 0.1 \u4ee5\u4e0a"),
    ("\u4f7f {node} \u81f3\u5c11", {"node": "AI labs"}, "\u4f7f AI labs \u81f3\u5c11"),
    ("{a} {b}", {"a": "\u6f22", "b": "x"}, "\u6f22 x"),
    # a space the template does not put beside a name, and English, as written
    ("\u8b66\u544a \u30c6\u30ad\u30b9\u30c8 {n}", {"n": 3}, "\u8b66\u544a \u30c6\u30ad\u30b9\u30c8 3"),
    ("{objective}  (increase {node} by {threshold:g})",
     {"objective": "Curb", "node": "Risk", "threshold": 0.10}, "Curb  (increase Risk by 0.1)"),
])
def test_filled_drops_only_spaces_between_two_chinese_or_japanese_words(template, values,
                                                                       written):
    assert language.filled(template, **values) == written


@pytest.mark.parametrize("template, values, written", [
    # rich text: the tags around a name are looked through, and kept
    ("\u4e3a\u4ec0\u4e48 <b>{node}</b> \u5728 <b>{scenario}</b> \u4e2d",
     {"node": "\u6ee5\u7528", "scenario": "\u7981\u4ee4"},
     "\u4e3a\u4ec0\u4e48<b>\u6ee5\u7528</b>\u5728<b>\u7981\u4ee4</b>\u4e2d"),
    ("<b>{node}</b> \u304c <b>{step} {unit}\u76ee</b>",
     {"node": "\u60aa\u7528", "step": 3, "unit": "\u304b\u6708"},
     "<b>\u60aa\u7528</b>\u304c <b>3 \u304b\u6708\u76ee</b>"),
    # beside a Latin name the spaces stay
    ("\u4e3a\u4ec0\u4e48 <b>{node}</b> \u5728", {"node": "Misuse risk"},
     "\u4e3a\u4ec0\u4e48 <b>Misuse risk</b> \u5728"),
])
def test_filled_looks_through_the_tags_of_rich_text(template, values, written):
    assert language.filled(template, markup=True, **values) == written
    assert language.filled(template, **values) == template.format(**values)   # plain text
