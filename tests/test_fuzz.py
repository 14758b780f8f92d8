"""Property tests (hypothesis): no input makes the text layers raise, and their contracts hold.

Covers normalisation, date finding, citation parsing, the phrase pattern compiler and the
readers. Inputs are arbitrary unicode or bytes, plus strategies that write Vietnamese-looking
text, dates and citations the way real files do. A failure hypothesis once found is kept as an
explicit `@example`.
"""

from __future__ import annotations

import datetime as dt
import io
import pickle
import re
import unicodedata
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from linter.checks.phrase import PatternError, _anchors, compile_pattern, find
from linter.citations import canonical_symbol, canonical_type, find_citations
from linter.dates import DateStatus, find_dates, find_month_dates
from linter.document import CellRef, Document, make_line
from linter.read import read
from linter.read.error import ReadError
from linter.read.normalize import (
    _INVISIBLE,
    _SPACES,
    _normalized_by_cluster,
    canonical_tones,
    fold,
    match_key,
    normalize,
)
from linter.read.text import decode
from linter.sources import Source

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
REAL_DOCX = sorted(CORPUS.rglob("*.docx"))[0]

FAST = settings(max_examples=300, deadline=None)
SLOW = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# --- Vietnamese-looking text ---------------------------------------------------------------

_ONSETS = ("", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng")
_ONSETS += ("ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x")
_NUCLEI = ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oă", "oe", "uy")
_NUCLEI += ("uê", "ia", "iê", "yê", "ua", "uô", "ưa", "ươ", "ai", "ao", "au", "ây", "oi", "ui")
_CODAS = ("", "", "", "c", "ch", "m", "n", "ng", "nh", "p", "t")
_TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
_WORDS = ("hoà", "hòa", "thuỷ", "thủy", "khoẻ", "khỏe", "quý", "Uỷ", "ỦY", "HOÀ", "Nghị quyết")
_GAPS = (" ", " ", "  ", "\u00a0", "\t", "\u2003", "\u202f", ", ", ". ", ": ", " - ", "–", "/")
_INVISIBLES = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")
_LONE_MARKS = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323", "\u0302", "\u0306", "\u031b")


@st.composite
def syllables(draw: st.DrawFn) -> str:
    """A syllable with its tone on any vowel (old or new placement), NFC, NFD or mixed."""
    if draw(st.integers(0, 9)) == 0:
        word = draw(st.sampled_from(_WORDS))
    else:
        onset, nucleus = draw(st.sampled_from(_ONSETS)), draw(st.sampled_from(_NUCLEI))
        word, tone = onset + nucleus + draw(st.sampled_from(_CODAS)), draw(st.sampled_from(_TONES))
        if tone:
            at = len(onset) + draw(st.integers(0, len(nucleus) - 1))
            word = word[: at + 1] + tone + word[at + 1 :]
    form = draw(st.sampled_from(("NFC", "NFD", "mixed")))
    word = unicodedata.normalize(form, word) if form != "mixed" else word
    case = draw(st.sampled_from((str, str, str.upper, str.capitalize)))
    return case(word)


vietnamese = st.lists(
    st.one_of(
        syllables(),
        syllables(),
        st.sampled_from(_GAPS),
        st.sampled_from(_INVISIBLES),
        st.sampled_from(_LONE_MARKS),
        st.integers(0, 2030).map(str),
    ),
    max_size=30,
).map("".join)

any_text = st.one_of(st.text(), vietnamese)

# --- normalize.py --------------------------------------------------------------------------


@FAST
@given(any_text)
@example("a\u200b\u0301")  # a mark behind a dropped invisible only composed on a second pass
@example("OÀ\u0300")  # moving the tone off "À" let the extra mark compose on a second pass
@example("\u200bhoà")  # a leading invisible took the fast path and was kept
def test_normalize_is_idempotent_and_maps_back(line: str) -> None:
    norm = normalize(line)
    assert normalize(norm.text).text == norm.text
    assert not set(norm.text) & (_INVISIBLE | _SPACES - {" "})
    assert "  " not in norm.text and norm.text == norm.text.strip(" ")
    assert norm.original_length == len(line)
    assert len(norm.starts) == len(norm.ends) == len(norm.text)
    for i in range(len(norm.text)):
        assert 0 <= norm.starts[i] < norm.ends[i] <= len(line)
        if i:
            assert norm.starts[i - 1] <= norm.starts[i] and norm.ends[i - 1] <= norm.ends[i]
    for start in range(len(norm.text) + 1):
        for end in range(start, len(norm.text) + 1):
            begin, finish = norm.original_span(start, end)
            assert 0 <= begin <= finish <= len(line)


def _as_lists(norm):
    return norm.text, list(norm.starts), list(norm.ends), norm.original_length


@FAST
@given(st.one_of(any_text, vietnamese.map(lambda text: unicodedata.normalize("NFD", text))))
@example("q\u0301 ho\u0300a")  # a mark no Latin letter composes with: two characters
@example("\u0301a")  # a mark first
@example("\u1100\u1161 a\u0301")  # Hangul jamo compose with each other
def test_decomposed_text_normalises_as_cluster_by_cluster(line: str) -> None:
    """The shortcut for decomposed Latin lines (normalize._composed_latin) changes nothing."""
    assume(not unicodedata.is_normalized("NFC", line))  # NFC lines map to themselves instead
    assert _as_lists(normalize(line)) == _as_lists(_normalized_by_cluster(line))


@FAST
@given(st.lists(st.tuples(any_text, st.booleans(), st.booleans()), max_size=8))
@example([("\ud800 lone surrogate", False, False), ("ho\u0300a", True, True), ("", False, True)])
def test_a_document_pickles_and_unpickles_to_the_same_lines(rows) -> None:
    """A pickled document keeps its lines packed (document.PackedLines) and unpacks them alike."""
    lines = [
        make_line(number, text, CellRef(0, number, 1) if in_cell else None, bold)
        for number, (text, in_cell, bold) in enumerate(rows, start=1)
    ]
    document = Document("a.txt", "chi-bo", "txt", lines)
    copy = pickle.loads(pickle.dumps(document))
    assert copy.lines == lines
    assert pickle.loads(pickle.dumps(copy)) == document


@FAST
@given(any_text)
def test_fold_keeps_length_and_tones_are_idempotent(text: str) -> None:
    assert len(fold(text)) == len(text)
    once = canonical_tones(text)
    assert len(once) == len(text)
    assert canonical_tones(once) == once


@FAST
@given(vietnamese)
@example("hoàhoà0 hoà")  # "hoà0" was rewritten only when another word needed it
@example("hoà\u200bhoà")  # the property's own word boundary was wrong here, not normalize
def test_old_and_new_tone_placement_and_nfd_share_one_key(text: str) -> None:
    # A whole word: invisibles are dropped, so "hoà\u200bhoà" is one word; "hoà" with another
    # tone mark after it is no old/new pair.
    invisible = "".join(_INVISIBLE)
    start, end = rf"(?<![\w{invisible}])", rf"(?![\w\u0300-\u036f{invisible}])"
    old_style = re.sub(rf"{start}h[oò]a{end}", "hoà", unicodedata.normalize("NFC", text))
    new_style = re.sub(rf"{start}hoà{end}", "hòa", old_style)
    assert match_key(old_style) == match_key(new_style)
    assert match_key(unicodedata.normalize("NFD", text)) == match_key(text)


# --- dates.py ------------------------------------------------------------------------------


def _check_mentions(text: str) -> None:
    for mention in find_dates(text):
        assert 0 <= mention.start < mention.end <= len(text)
        if mention.status is DateStatus.OK:
            assert isinstance(mention.value, dt.date)
        else:
            assert mention.status in (DateStatus.BLANK, DateStatus.IMPOSSIBLE)
            assert mention.value is None
    for mention in find_month_dates(text):
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.status is DateStatus.PARTIAL and mention.value is None


@FAST
@given(any_text)
def test_date_finders_never_raise_and_stay_in_the_line(text: str) -> None:
    _check_mentions(text)
    _check_mentions(normalize(text).text)


def _written(day: int, month: int, year: int, style: str, pad: bool, space: str) -> str:
    d, m = (f"{day:02d}", f"{month:02d}") if pad else (str(day), str(month))
    if style == "verbal":
        return f"ngày{space}{d}{space}tháng{space}{m}{space}năm{space}{year:04d}"
    return f"{d}{space}{style}{space}{m}{space}{style}{space}{year:04d}"


words = st.lists(syllables(), max_size=4).map(
    lambda ws: " ".join(unicodedata.normalize("NFC", w) for w in ws)
)
date_styles = st.sampled_from(("verbal", "/", "-", "."))


@FAST
@given(
    st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)),
    date_styles,
    st.booleans(),
    st.sampled_from(("", " ", "  ")),
    words,
    st.sampled_from((" ", ", ", " (", ": ", " ngày ")),
    st.sampled_from(("", ".", ",", ")", " ")),
    words,
)
@example(dt.date(99, 1, 1), "verbal", False, " ", "", " ", "", "")  # "năm 0099" was read as 2099
def test_written_dates_are_found_with_their_value(
    date: dt.date, style: str, pad: bool, space: str, before: str, lead: str, trail: str, after: str
) -> None:
    if style == "verbal" and not space:
        space = " "
    written = _written(date.day, date.month, date.year, style, pad, space)
    prefix = before + lead if before else ""
    line = f"{prefix}{written}{trail}{' ' + after if after else ''}"
    for text in (line, normalize(line).text):
        start = text.find(normalize(written).text if text != line else written)
        found = [m for m in find_dates(text) if m.start <= start < m.end]
        assert [(m.status, m.value) for m in found] == [(DateStatus.OK, date)]


@FAST
@given(st.integers(0, 99), st.integers(0, 99), st.integers(0, 9999), date_styles, st.booleans())
@example(30, 2, 2024, "/", False)
@example(1, 1, 0, "verbal", False)  # "năm 0000" was read as 2000-01-01
def test_only_real_dates_get_a_value(
    day: int, month: int, year: int, style: str, pad: bool
) -> None:
    written = _written(day, month, year, style, pad, " ")
    try:
        real: dt.date | None = dt.date(year, month, day)
    except ValueError:
        real = None
    found = find_dates(f"Chợ Mới, {written}")
    assert [(m.status, m.value) for m in found] == [
        (DateStatus.OK, real) if real else (DateStatus.IMPOSSIBLE, None)
    ]


# --- citations.py --------------------------------------------------------------------------

_TYPE_WORDS = {"KH": "Kế hoạch", "CT": "Chỉ thị", "KL": "Kết luận", "NQ": "Nghị quyết"}
_TYPE_WORDS |= {"HD": "Hướng dẫn", "QĐ": "Quyết định", "QĐi": "Quy định", "CTr": "Chương trình"}
_ISSUER_CODES = ("TW", "TU", "HU", "ĐU", "CB", "TLĐ", "BTGTW", "UBND")


@FAST
@given(any_text)
def test_citation_parser_never_raises_and_keeps_canonical_symbols(text: str) -> None:
    for line in (text, normalize(text).text):
        for citation in find_citations(line, 1):
            assert 0 <= citation.start < citation.end <= len(line)
            assert citation.date is None or isinstance(citation.date, dt.date)
            if citation.symbol is not None:
                assert canonical_symbol(citation.symbol) == citation.symbol


@FAST
@given(
    st.integers(1, 9999),
    st.sampled_from(sorted(_TYPE_WORDS)),
    st.sampled_from(_ISSUER_CODES),
    st.booleans(),
    st.sampled_from(("-", " - ", "- ", " -")),
    st.sampled_from(("/", " / ")),
    st.dates(dt.date(1945, 1, 1), dt.date(2099, 12, 31)),
    date_styles,
    st.sampled_from((", ngày ", " ngày ", ", ", ", ban hành ngày ", "  ngày\u00a0")),
    st.sampled_from((" của Ban Thường vụ Tỉnh ủy", ", của Ban Thường vụ Tỉnh ủy về việc x", "")),
    words,
)
def test_written_citations_are_parsed(
    number: int,
    type_: str,
    issuer: str,
    party: bool,
    dash: str,
    slash: str,
    date: dt.date,
    style: str,
    gap: str,
    tail: str,
    before: str,
) -> None:
    if party:
        symbol = f"{number}{dash}{type_}{slash}{issuer}"
    else:
        symbol = f"{number}{slash}{type_}{dash}{issuer}"
    written = _written(date.day, date.month, date.year, style, False, "")
    if style == "verbal":
        written, gap = (
            _written(date.day, date.month, date.year, style, False, " "),
            gap.replace("ngày", ""),
        )
    line = f"{before + ' ' if before else ''}{_TYPE_WORDS[type_]} số {symbol}{gap}{written}{tail}"
    text = normalize(line).text
    citations = [c for c in find_citations(text, 7) if c.symbol]
    assert len(citations) == 1
    citation = citations[0]
    expected_number = str(number).zfill(2) if party else str(number)
    assert (citation.number, citation.type, citation.issuer_code, citation.date) == (
        expected_number,
        canonical_type(type_),
        issuer,
        date,
    )
    assert citation.line == 7
    assert citation.issuer == ("Ban Thường vụ Tỉnh ủy" if tail else None)


# --- the phrase pattern compiler -----------------------------------------------------------

_PATTERN_TOKENS = ("[", "]", "(", ")", "|", "…", "...", "{0,5}", "{2,1}", "{0,9999999999}", ",")
pattern_strings = st.lists(
    st.one_of(st.sampled_from(_PATTERN_TOKENS), syllables(), st.sampled_from((" ", ""))),
    max_size=20,
).map("".join)


def _compiles(pattern: str) -> bool:
    """Compile one pattern: the only error allowed is PatternError, with a message; a pattern
    accepted needs a word, so its regex never matches the empty string."""
    try:
        source = compile_pattern(pattern)
    except PatternError as error:
        assert isinstance(error, ValueError) and str(error)
        return False
    assert re.match(source, "") is None
    return True


@FAST
@given(st.one_of(st.text(), pattern_strings), any_text)
@example("{1,0}", "")  # was re.error: min repeat greater than max repeat
@example("{0,4300000000}", "")  # was OverflowError: the repetition number is too large
@example("{0,0}", "a")  # matched the empty string: span (-1, -1)
@example("[tốt]", "a b")  # only optional words: matched the empty string everywhere
@example("-", "a - b")  # separators only: an empty span
@example("[" * 600 + "a" + "]" * 600, "a")  # was RecursionError (found by reading the code)
def test_patterns_compile_or_fail_cleanly_and_never_raise_on_text(pattern: str, text: str) -> None:
    if not _compiles(pattern):
        return
    key = match_key(text)
    for start, end in find((pattern,), key):
        assert 0 <= start < end <= len(key)


@FAST
@given(pattern_strings, st.lists(st.one_of(st.integers(0, 30), syllables()), max_size=14))
@example("hoàn thành (tốt|xuất sắc) [mọi] nhiệm vụ", [0, 1, 3, 4, 7, 8])
@example("(tích cực|không ngừng) học tập", ["luôn", 2, 3, 4, 5])
def test_a_text_a_pattern_matches_holds_one_of_its_anchors(pattern: str, picks: list) -> None:
    """The phrase check skips a text holding none of the patterns' anchor words: never one they
    match. Texts are made mostly of the pattern's own words (integers pick them), so that
    matches happen."""
    if not _compiles(pattern):
        return
    own = re.findall(r"[^\W\d_]+", pattern) or ["a"]
    words = [own[pick % len(own)] if isinstance(pick, int) else pick for pick in picks]
    key = match_key(" ".join(words))
    if next(find((pattern,), key), None) is not None:
        anchors = _anchors((pattern,))
        assert anchors is None or any(anchor in key for anchor in anchors)


# --- sources.py (readers) ------------------------------------------------------------------


def _read_only_read_error(path: Path) -> None:
    try:
        lines, fmt, _ = read(Source(path, path.name, "unit"))
    except ReadError:
        return
    assert lines and fmt in ("txt", "md", "docx")


@FAST
@given(st.binary(max_size=2000))
def test_decode_raises_only_read_error(data: bytes) -> None:
    try:
        text, encoding = decode(data)
    except ReadError:
        return
    assert isinstance(text, str) and encoding


@SLOW
@given(st.binary(max_size=3000), st.sampled_from((".txt", ".md", ".docx")))
def test_readers_raise_only_read_error_on_arbitrary_bytes(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    path = tmp_path_factory.mktemp("bytes") / f"fuzz{suffix}"
    path.write_bytes(data)
    _read_only_read_error(path)


_REAL_BYTES = REAL_DOCX.read_bytes()
with zipfile.ZipFile(REAL_DOCX) as _archive:
    _REAL_MEMBERS = {name: _archive.read(name) for name in _archive.namelist()}
_XML_SNIPPETS = (b"", b"<x/>", b"<?xml version='1.0'?>", b"not xml", b"<a><b></a>")
payloads = st.one_of(
    st.binary(max_size=200),
    st.sampled_from(_XML_SNIPPETS),
    st.sampled_from(list(_REAL_MEMBERS.values())),
)


member_names = st.text(
    st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), min_size=1, max_size=20
)


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


# Inputs that once made an exception other than ReadError escape `read` (python-docx's reader).
_CENTRAL = _REAL_BYTES.find(b"PK\x01\x02")  # the first entry of the central directory


@SLOW
@given(
    st.dictionaries(
        st.one_of(st.sampled_from(sorted(_REAL_MEMBERS)), member_names),
        payloads,
        max_size=5,
    )
)
@example({"[Content_Types].xml": b"<A/>", "word/document.xml": b""})
def test_reader_raises_only_read_error_on_random_zips(
    tmp_path_factory: pytest.TempPathFactory, members: dict[str, bytes]
) -> None:
    path = tmp_path_factory.mktemp("zip") / "fuzz.docx"
    path.write_bytes(_zip(members))
    _read_only_read_error(path)


@SLOW
@given(
    st.dictionaries(
        st.sampled_from(sorted(_REAL_MEMBERS)), st.one_of(st.none(), payloads), max_size=3
    )
)
@example({"[Content_Types].xml": b"<A/>"})
@example({"_rels/.rels": b"<A/>"})
def test_reader_raises_only_read_error_on_altered_docx(
    tmp_path_factory: pytest.TempPathFactory, changes: dict[str, bytes | None]
) -> None:
    """A real .docx with some members dropped (None) or replaced."""
    members = {name: changes.get(name, data) for name, data in _REAL_MEMBERS.items()}
    path = tmp_path_factory.mktemp("altered") / "fuzz.docx"
    path.write_bytes(_zip({name: data for name, data in members.items() if data is not None}))
    _read_only_read_error(path)


# Offsets anywhere, or inside a local or central zip header, where a change does most harm.
_HEADERS = [m.start() for m in re.finditer(rb"PK\x01\x02|PK\x03\x04", _REAL_BYTES)]
offsets = st.one_of(
    st.integers(0, len(_REAL_BYTES) - 1),
    st.builds(
        lambda at, delta: min(at + delta, len(_REAL_BYTES) - 1),
        st.sampled_from(_HEADERS),
        st.integers(0, 46),
    ),
)


@SLOW
@given(
    st.one_of(st.just(len(_REAL_BYTES)), st.integers(0, len(_REAL_BYTES))),
    st.lists(st.tuples(offsets, st.integers(0, 255)), max_size=3),
)
@example(len(_REAL_BYTES), [(_CENTRAL + 10, 99)])
@example(len(_REAL_BYTES), [(_CENTRAL + 8, 1)])
def test_reader_raises_only_read_error_on_damaged_docx(
    tmp_path_factory: pytest.TempPathFactory, keep: int, changes: list[tuple[int, int]]
) -> None:
    """A real .docx cut short after `keep` bytes, with a few bytes set to other values."""
    damaged = bytearray(_REAL_BYTES[:keep])
    for at, value in changes:
        if at < len(damaged):
            damaged[at] = value
    path = tmp_path_factory.mktemp("damaged") / "fuzz.docx"
    path.write_bytes(bytes(damaged))
    _read_only_read_error(path)
