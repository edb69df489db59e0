"""Templates filled in as a reader of each script would write them."""

from __future__ import annotations

import pytest

from windtunnel.app.wording import filled


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
    assert filled(template, **values) == written
