"""Hong Kong Chinese calls a table's column 欄: there, as in Taiwan and in their Excel, 列
reads as a row. The help pages and the catalogues in Hong Kong Chinese must never use 列 for
a column (the mainland's word), while its other words with 列 (列表 a list, 列出 to list,
排列 to arrange, 狀態列 the status bar, ...) stay."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from windtunnel.paths import resource_path

#: 列 where it can only mean a column (and is no part of 序列, 系列, 陣列, 排列 or 並列): a
#: column heading, name or width; "rows and columns"; "column N"; "one column per ...";
#: by, each, that or its column, a table's column (表格列); a column named in Latin letters or
#: code (``Weight 列``, ``列 Weight``, ``2,000 列``); "columns = targets".
COLUMN = re.compile(
    r"(?<![序系陣排並])列(?:標題|名|寬|\s?[A-Za-z`])"
    r"|[行欄]\s*[和與、]\s*列|列\s*[和與、]\s*行"
    r"|第\s*[\d一二三四五六七八九十]+\s*列"
    r"|每[^，。；：\n]{0,8}一列"
    r"|[按各該此其兩分格]列(?![表出舉為印])"
    r"|[A-Za-z0-9`*/]\s?列(?![表出舉為印])"
    r"|列\s*(?:[=→]|為(?:起點|終點))")

HELP = resource_path("help", "zh-HK")
CATALOGUES = [resource_path("translations", f"{name}_zh_HK.ts") for name in ("windtunnel", "core")]


def _columns(text: str) -> list[str]:
    """Each use of 列 for a column in ``text``, with a few characters either side."""
    return [text[max(m.start() - 8, 0):m.end() + 8] for m in COLUMN.finditer(text)]


@pytest.mark.parametrize("text", [
    "點擊列標題排序", "每個情景一列", "工作表、行和列的消息", "第 14 行，列 Weight", "Weight 列給出強度",
    "按列整體讀取", "**行 = 起點，列 = 終點**", "縱貫第一列", "2,000 列或", "`relationship` 列是類別",
    "按與表格列相同的規則讀取", "按離槓桿的因果距離分列", "沒有 Type 列，也沒有列出兩次的邊"])
def test_a_column_written_as_the_mainland_does_is_found(text):
    assert _columns(text)


@pytest.mark.parametrize("text", [
    "按類型和分組列出每個節點", "證據列表", "狀態列説明", "命令列選項", "排列 > 對齊", "Sobol' 序列",
    "其餘的列出其包含的路徑", "禁令網誌把三者一併列為最先被拒之門外的人", "拒絕下列情況", "按檔案所列",
    "每個欄位一個陣列", "主工具列", "每個情景一欄", "行和欄", "JSON 列表", "`convergence_nodes` 列表", "座標軸標題和序列名稱",
    "Sobol' 序列（`sobol`）"])
def test_the_other_words_with_the_character_are_left_alone(text):
    assert _columns(text) == []


@pytest.mark.parametrize("page", sorted(HELP.glob("*.md")), ids=lambda p: p.name)
def test_hong_kong_help_writes_a_column_as_in_hong_kong(page):
    assert _columns(page.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: p.name)
def test_hong_kong_catalogues_write_a_column_as_in_hong_kong(catalogue):
    texts = [element.text or "" for element in ET.parse(catalogue).iter("translation")]
    assert [found for text in texts for found in _columns(text)] == []
