"""CSV files Excel saved in a Chinese or Japanese Windows code page: read when the code
page can be told beyond doubt, with a note saying which; refused, naming the code pages it
may be and the way round, when it cannot."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import assume, given, settings, strategies as st

from windtunnel.errors import LoadError
from windtunnel.io import import_model
from windtunnel.io.codepages import Reading, code_page, code_page_name
from windtunnel.io.csv import parse_csv

BUNDLED = Path(__file__).resolve().parents[2] / "scenarios" / "ai-export-controls-2026.wtm"

#: Each language's code page as Excel saves "CSV" on a Windows set to it, with its name.
CODE_PAGES = {"zh-CN": ("gb18030", "GBK (Simplified Chinese Windows)"),
              "zh-HK": ("cp950", "Big5 (Traditional Chinese Windows)"),
              "ja": ("cp932", "Shift_JIS (Japanese Windows)")}


def _bundled_edges(language: str) -> list[tuple[str, str]]:
    """The bundled model's edges as pairs of labels in ``language``."""
    model = json.loads(BUNDLED.read_text(encoding="utf-8"))
    labels = {n["id"]: n["translations"][language]["label"] for n in model["nodes"]}
    return [(labels[e["source"]], labels[e["target"]]) for e in model["edges"]]


def _edges_csv(pairs) -> str:
    return "From,To,Weight\r\n" + "".join(f"{a},{b},0.5\r\n" for a, b in pairs)


@pytest.mark.parametrize("language", CODE_PAGES)
def test_the_bundled_models_labels_saved_in_their_windows_code_page_import_as_written(
        language, tmp_path):
    """The bundled map's edges with their Chinese or Japanese labels, saved as Excel
    saves "CSV" on a Windows set to that language, import with every label as written
    and a note naming the code page (they were refused before)."""
    codec, name = CODE_PAGES[language]
    pairs = _bundled_edges(language)
    path = tmp_path / "edges.csv"
    path.write_bytes(_edges_csv(pairs).encode(codec))
    imported = import_model(path)
    labels = {n.id: n.label for n in imported.model.nodes}
    assert [(labels[e.source], labels[e.target]) for e in imported.model.edges] == pairs
    assert str(imported.notes[0]) == (f"edges.csv: not UTF-8: read as {name}, the one code "
                                      "page its text reads plausibly in")
    assert f"read as {name}" in imported.model.description


def test_a_nodes_file_read_in_a_code_page_gets_its_own_note(tmp_path):
    """An edges CSV and a nodes CSV, each in Shift_JIS: both are noted by name."""
    edges, nodes = tmp_path / "edges.csv", tmp_path / "nodes.csv"
    edges.write_bytes("From,To\r\n需要,供給\r\n".encode("cp932"))
    nodes.write_bytes("Label,Description\r\n需要,国内の需要\r\n供給,海外からの供給\r\n"
                      .encode("cp932"))
    imported = import_model(edges, nodes=nodes)
    assert {n.label: n.description for n in imported.model.nodes} == {
        "需要": "国内の需要", "供給": "海外からの供給"}
    noted = [str(n) for n in imported.notes if "read as" in n.message]
    assert noted == [f"{file}: not UTF-8: read as Shift_JIS (Japanese Windows), the one "
                     "code page its text reads plausibly in" for file in ("edges.csv",
                                                                         "nodes.csv")]


def test_half_width_katakana_read_as_shift_jis(tmp_path):
    """Shift_JIS's one-byte kana (ｱｸﾀｰ), as old Japanese systems write labels: read as
    Shift_JIS (before, such a file was read as Windows-1252: "±¸À°")."""
    path = tmp_path / "edges.csv"
    path.write_bytes("From,To\r\nｱｸﾀｰ,ｼﾅﾘｵ\r\nﾚﾊﾞｰ,ｽｺｱ\r\n".encode("cp932"))
    imported = import_model(path)
    assert sorted(n.label for n in imported.model.nodes) == ["ｱｸﾀｰ", "ｼﾅﾘｵ", "ｽｺｱ", "ﾚﾊﾞｰ"]
    assert "read as Shift_JIS (Japanese Windows)" in str(imported.notes[0])


def test_hong_kong_supplementary_characters_read_as_big5_hkscs(tmp_path):
    """Big5 as Hong Kong writes it carries HKSCS's characters (𨋢 "lift", U+282E2;
    Cantonese 嘅, 咗), which Big5 (cp950) refuses: such a file was refused; it is read as
    Big5-HKSCS, with a note naming it."""
    path = tmp_path / "edges.csv"
    text = ("From,To,Weight\r\n政府嘅出口管制,人工智能實驗室,-0.5\r\n"
            "𨋢維修,安全研究,0.4\r\n安全研究,已經做咗嘅評估,0.3\r\n")
    path.write_bytes(text.encode("big5hkscs"))
    imported = import_model(path)
    assert sorted(n.label for n in imported.model.nodes) == sorted(
        ["政府嘅出口管制", "人工智能實驗室", "𨋢維修", "安全研究", "已經做咗嘅評估"])
    assert str(imported.notes[0]) == (
        "edges.csv: not UTF-8: read as Big5-HKSCS (Traditional Chinese Windows with Hong "
        "Kong's supplementary characters), the one code page its text reads plausibly in")


def test_big5_hkscs_is_weighed_only_for_hong_kongs_own_characters():
    """GBK's frequent characters at codes Big5 lacks (C6A1-C8FE) decode as Big5-HKSCS too:
    such a file is GBK's, as before; plain Big5 stays cp950."""
    gbk = "Label\r\n海外官方渠道访问\r\n".encode("gb18030")
    assert code_page(gbk) == Reading("gb18030", gbk.decode("gb18030"))
    gbk.decode("big5hkscs")                   # it does decode, read as nonsense
    big5 = "Label\r\n人工智能實驗室\r\n".encode("cp950")
    assert code_page(big5).codec == "cp950"


@pytest.mark.parametrize(("text", "codec", "named"), [
    # 上限 in GBK is also four half-width kana in Shift_JIS (ﾉﾏﾏﾞ)
    ("From,To\r\n上限,x\r\n", "gb18030", "GBK (Simplified Chinese Windows) or Shift_JIS "
                                         "(Japanese Windows)"),
    # Ä before a letter reads as a frequent Big5 character
    ("From,To\r\nÄnderung,Åland\r\n", "cp1252", "Big5 (Traditional Chinese Windows) or "
                                                 "Windows-1252 (Western European Windows)"),
])
def test_a_file_whose_code_page_cannot_be_told_is_refused_naming_the_candidates(
        text, codec, named, tmp_path):
    path = tmp_path / "edges.csv"
    path.write_bytes(text.encode(codec))
    with pytest.raises(LoadError) as caught:
        import_model(path)
    assert str(caught.value) == (
        f"edges.csv: line 2, byte 1: the file is not UTF-8 text, and whether it is {named} "
        "cannot be told for sure (a wrong guess would garble every label): in Excel, save "
        "it with File > Save As, as \"CSV UTF-8 (Comma delimited)\", and import it again")


def test_a_code_page_file_that_is_valid_utf8_too_is_refused(tmp_path):
    """ﾂｰ and ﾘｰ in Shift_JIS are the bytes of "°" and "ذ" in UTF-8, 一 in GBK those of
    "һ": read as UTF-8 they were garbled without a word; such a file is refused, naming
    the code pages; UTF-8 text with such characters among others is read."""
    path = tmp_path / "edges.csv"
    path.write_bytes("From,To\r\nﾂｰ,ﾘｰ\r\n".encode("cp932"))
    with pytest.raises(LoadError, match=r"edges.csv: row 2, column From: '°' \(U\+00B0\), the "
                                        r"first character outside ASCII: the file reads as "
                                        r"UTF-8 text and as Shift_JIS \(Japanese Windows\) "
                                        r"alike"):
        import_model(path)
    path.write_bytes("From,To\r\n一,x\r\n".encode("gbk"))         # "һ" in UTF-8
    with pytest.raises(LoadError, match=r"reads as UTF-8 text and as GBK \(Simplified "
                                        r"Chinese Windows\) or Shift_JIS"):
        import_model(path)
    path.write_bytes("From,To\r\n°C,ذرة\r\nCafé,x\r\n".encode("utf-8"))
    assert sorted(n.label for n in import_model(path).model.nodes) == [
        "Café", "x", "°C", "ذرة"]


#: Short files as people write them, each in its own encoding, with the labels they hold.
SHORT_FILES = [
    ("utf-8", "From,To,Weight\r\nDemand,½ of capacity,0.5\r\n", ["Demand", "½ of capacity"]),
    ("utf-8", "Label\r\nα coefficient\r\n", ["α coefficient"]),
    ("utf-8", "Label\r\ncafé\r\n", ["café"]),
    ("utf-8", "From,To\r\nналог,ввоз\r\n", ["налог", "ввоз"]),
    ("utf-8", "From,To\r\nسعر,خبز\r\n", ["سعر", "خبز"]),
    ("utf-8", "From,To\r\nקשר,רשת\r\n", ["קשר", "רשת"]),
    ("utf-8", "From,To\r\nHeat,20°C\r\n±5%,Tax\r\n", ["Heat", "20°C", "±5%", "Tax"]),
    ("utf-8", "From,To\r\nΣ,Ω\r\n", ["Σ", "Ω"]),      # GBK's 危 and 惟 too, but alone
    ("utf-8-sig", "From,To\r\n°,ﾂｰ\r\n", ["°", "ﾂｰ"]),
    ("gb18030", "From,To\r\n需求,供给\r\n", ["需求", "供给"]),
    ("cp950", "From,To\r\n出口管制,人工智能實驗室\r\n", ["出口管制", "人工智能實驗室"]),
    ("cp932", "From,To\r\n需要,供給\r\n", ["需要", "供給"]),
    ("cp932", "From,To\r\nｱｸﾀｰ,ｼﾅﾘｵ\r\nﾚﾊﾞｰ,ｽｺｱ\r\n", ["ｱｸﾀｰ", "ｼﾅﾘｵ", "ﾚﾊﾞｰ", "ｽｺｱ"]),
    ("cp1252", "From,To\r\nCafé,Größe\r\n", ["Café", "Größe"]),
]


@pytest.mark.parametrize(("codec", "text", "labels"), SHORT_FILES)
def test_short_files_in_each_encoding_read_as_written(codec, text, labels):
    """A UTF-8 file whose few characters outside ASCII are a sign or letters beside
    English words (½ of capacity, α coefficient) or words of Cyrillic, Hebrew or Arabic
    was refused as maybe GBK, Big5 or Shift_JIS: its bytes are half-width katakana
    there too, but its UTF-8 reading is plain text, and it is read as UTF-8; short
    files in the code pages are read as before."""
    table = parse_csv(text.encode(codec))
    assert sorted({cell for row in table.rows for cell in row[:2]}) == sorted(labels)
    assert table.code_page == ("" if codec.startswith(("utf", "cp1252")) else codec)


@pytest.mark.parametrize("data", [
    "Label\r\n°\r\n".encode(),                # a lone sign in its cell: ﾂｰ in Shift_JIS
    "Label\r\nﾎｼ\r\n".encode("cp932"),         # "star", or μ in UTF-8
    "Label\r\nﾐｽﾐｰ\r\n".encode("cp932"),       # or на: a two-letter word
    "Label\r\nﾏｲﾅｽ\r\n".encode("cp932"),       # or ϲŽ: letters of two alphabets
])
def test_what_is_as_plausible_in_shift_jis_as_in_utf8_stays_refused(data):
    with pytest.raises(LoadError, match="reads as UTF-8 text and as .*Shift_JIS"):
        parse_csv(data)


def test_western_text_is_still_read_as_windows_1252(tmp_path):
    """ß, °, « and » are half-width kana bytes in Shift_JIS: a Western file keeps being
    read as Windows-1252, with no note."""
    path = tmp_path / "edges.csv"
    path.write_bytes("From,To\r\nStraße,Größe\r\n« Café »,20°C\r\n".encode("cp1252"))
    imported = import_model(path)
    assert sorted(n.label for n in imported.model.nodes) == ["20°C", "Größe", "Straße",
                                                             "« Café »"]
    assert not any("read as" in n.message for n in imported.notes)


# -- properties ------------------------------------------------------------------------------

def _letters(codec: str, first: int, last: int, trails=range(0x40, 0xFF)) -> list[str]:
    """The letters whose two bytes in ``codec`` lie from ``first`` to ``last``, with a
    trail byte among ``trails``."""
    out = []
    for code in range(first, last + 1):
        try:
            char = code.to_bytes(2).decode(codec) if code % 256 in trails else ""
        except UnicodeDecodeError:
            continue
        if len(char) == 1 and unicodedata.category(char) == "Lo":
            out.append(char)
    return out


#: Each code page's frequent characters (GB2312's first level, Big5's frequent ones, JIS's
#: first level with the kana), as labels typed in that language are mostly made of.
ALPHABETS = {"gb18030": _letters("gb18030", 0xB0A1, 0xD7F9, range(0xA1, 0xFF)),
             "cp950": _letters("cp950", 0xA440, 0xC67E),
             "cp932": _letters("cp932", 0x829F, 0x8396) + _letters("cp932", 0x889F, 0x9872)}

HALF_WIDTH_KANA = [chr(c) for c in range(0xFF71, 0xFF9E)]


def _labels(alphabet):
    return st.lists(st.text(alphabet, min_size=1, max_size=8), min_size=2, max_size=30)


def _valid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _assert_never_misread(labels: list[str], codec: str) -> None:
    """Read, a file of ``labels`` in ``codec`` gives back those labels; else it is refused
    naming ``codec`` among the candidates: never read in another code page. Bytes that
    are also valid UTF-8 (a few short labels can be: GBK's 一谩 is UTF-8's һá) are UTF-8
    to every reader, so such draws are not asked about."""
    data = ("Label\r\n" + "\r\n".join(labels) + "\r\n").encode(codec)
    assume(not _valid_utf8(data))
    try:
        table = parse_csv(data)
    except LoadError as exc:
        assert code_page_name(codec) in str(exc)
    else:
        assert [row[0] for row in table.rows] == labels and table.code_page == codec


@pytest.mark.parametrize("codec", ALPHABETS)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_random_labels_round_trip_or_are_refused_never_misread(codec, data):
    _assert_never_misread(data.draw(_labels(ALPHABETS[codec])), codec)


#: Characters HKSCS adds to Big5: written Cantonese's, and 𨋢 ("lift").
HONG_KONG = "嘅咗嘢啲哋喺嚟𨋢"


@settings(max_examples=150, deadline=None)
@given(labels=st.tuples(_labels(ALPHABETS["cp950"] + list(HONG_KONG)),
                        st.text(HONG_KONG, min_size=1, max_size=3))
       .map(lambda drawn: [*drawn[0], drawn[1]]))
def test_random_hong_kong_labels_round_trip_or_are_refused(labels):
    """Labels of Big5's frequent characters and Hong Kong's own, one at least: read as
    Big5-HKSCS, or refused naming it."""
    _assert_never_misread(labels, "big5hkscs")


@settings(max_examples=150, deadline=None)
@given(labels=st.lists(st.text(HALF_WIDTH_KANA + ["ﾞ", "ﾟ", "ｰ"], min_size=1, max_size=8)
                       .filter(lambda word: word[0] in HALF_WIDTH_KANA and len(word) >= 2),
                       min_size=2, max_size=30))
def test_random_half_width_katakana_labels_round_trip_or_are_refused(labels):
    _assert_never_misread(labels, "cp932")


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_ten_or_more_of_the_bundled_labels_are_told_right_or_refused(data):
    """Ten edges or more of the bundled model's labels are never read in another code
    page. Most are told (measured: 497 to 500 of 500 such GBK files, all Big5 and
    Shift_JIS ones); the few left undecided, such as ten rows repeating two edges, are
    refused naming the candidates, which a property test cannot tell from a bug in
    telling, so that rate is measured, not asserted (the whole bundled map is told: see
    the import test above)."""
    language = data.draw(st.sampled_from(sorted(CODE_PAGES)))
    edges = data.draw(st.lists(st.sampled_from(_bundled_edges(language)), min_size=10,
                               max_size=40))
    codec = CODE_PAGES[language][0]
    told = code_page(_edges_csv(edges).encode(codec))
    assert not isinstance(told, Reading) or told.codec == codec


def test_a_byte_order_mark_written_twice_is_no_part_of_the_first_header(tmp_path):
    """A UTF-8 file given its mark twice (a tool adding one to text that had one): the
    second mark was read into the first header, ``\\ufeffFrom``, and the edge table was
    refused for having no From column it plainly shows."""
    path = tmp_path / "twice.csv"
    path.write_bytes(b"\xef\xbb\xbf\xef\xbb\xbfFrom,To,Weight\nTax,Trade,0.5\n")
    model = import_model(path).model
    assert [(e.source, e.target, e.weight) for e in model.edges] == [("tax", "trade", 0.5)]


def test_utf32_with_its_mark_is_read_and_broken_utf32_is_named_so(tmp_path):
    """A text editor's "UTF-32" was refused as holding NUL bytes, "not a text file"."""
    path = tmp_path / "edges.csv"
    path.write_bytes("Source,Target,Weight\nCaf\u00e9,\u7a0e\u6536,0.5\n".encode("utf-32"))
    model = import_model(path).model
    assert sorted(n.label for n in model.nodes) == ["Caf\u00e9", "\u7a0e\u6536"]
    path.write_bytes(b"\xff\xfe\x00\x00a\x00\x00")
    with pytest.raises(LoadError, match="edges.csv: line 1, byte 5: the file starts as UTF-32 "
                                        "text but is not valid UTF-32"):
        import_model(path)


def test_a_mark_in_the_middle_is_named_by_its_line_past_a_label_s_own_line_separator(
        tmp_path):
    """A label holding U+2028 (a line separator, which the CSV reader keeps in its cell)
    before a joined file's mark: the note named the line after the mark's."""
    path = tmp_path / "joined.csv"
    path.write_bytes("From,To,Weight\r\nTax\u2028rate,Trade,0.5\r\n\ufeffTrade,Jobs,0.3\r\n"
                     .encode())
    imported = import_model(path)
    (note,) = [str(n) for n in imported.notes if "U+FEFF" in str(n)]
    assert note.endswith("taken out of line 3")
    assert len(imported.model.edges) == 2


def test_chinese_words_in_gbk_that_are_valid_utf8_too_are_refused_not_garbled(tmp_path):
    """小学, 医院 and 学习 saved by a Chinese Windows (GBK) are also valid UTF-8 ("Сѧ",
    "ҽԺ", "ѧϰ"), as no half-width katakana are: the file was read as UTF-8 without a
    word, every label garbled; it is refused, naming GBK, as a katakana file is."""
    path = tmp_path / "edges.csv"
    path.write_bytes("From,To,Weight\r\n小学,医院,0.5\r\n学习,小学,0.3\r\n".encode("gbk"))
    with pytest.raises(LoadError, match=r"edges.csv: row 2, column From: 'С' \(U\+0421\), "
                                        r"the first character outside ASCII: the file reads "
                                        r"as UTF-8 text and as GBK \(Simplified Chinese "
                                        r"Windows\) alike"):
        import_model(path)


@pytest.mark.parametrize(("text", "share"), [
    ("ｱｲｳ", 1.0), ("ｱｲ,ｳｴ", 1.0), ("ｱｲｳ人", 0.25), ("aｱｲ", 0.0), ("ｱｲ1", 0.0),
    ("｡ｱｲ", 0.0), ("ｱｲ｡", 0.0), ("ｱ", 0.0), ("ﾞｱｲ", 0.0), ("ｱﾞｲ ｳ", 0.75), ("人口", 1.0)])
def test_a_shift_jis_reading_counts_whole_words_of_half_width_kana_alone(text, share):
    """The words of half-width katakana counted as common (found in one pass, no longer
    run by run): two or more, starting with a kana, with nothing outside ASCII, no Latin
    letter and no digit beside them; a kanji counts by its own code."""
    from windtunnel.io.codepages import _common_share, _shift_jis_common

    assert _common_share(text, "cp932", _shift_jis_common) == pytest.approx(share)


@pytest.mark.parametrize(("text", "place"), [
    ("Source,Target,Weight\nTax,Demand,0.5\n\u00bd,B,0.2\n", "row 3, column Source: '½' (U+00BD)"),
    ("Source;Target\nTax;\u00bd\n", "row 2, column Target: '½' (U+00BD)"),
    ("\u00bd,Target\nTax,Demand\n", "row 1, column 1: '½' (U+00BD)"),
    ("Source,Target,,W\nTax,Demand,\u00ad\u00bd,0.5\n", "row 2, column 3: U+00AD")])
def test_a_file_in_doubt_names_its_first_character_outside_ascii_and_its_place(
        tmp_path, text, place):
    """"½" in UTF-8 is valid GBK, Big5 and Shift_JIS too: the refusal said which code pages,
    not which character, so the user could not find it; it names the first one (an
    invisible one by its code) and its row and column (counted where the header has no
    name, or it is in the header)."""
    path = tmp_path / "edges.csv"
    path.write_bytes(text.encode("utf-8"))
    with pytest.raises(LoadError) as refused:
        import_model(path)
    assert str(refused.value).startswith(f"edges.csv: {place}, the first character outside "
                                         "ASCII: the file reads as UTF-8 text and as ")
