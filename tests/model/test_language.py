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
