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
