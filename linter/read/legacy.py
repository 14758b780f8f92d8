"""Text typed in the legacy Vietnamese encodings TCVN3 (ABC) and VNI, turned into Unicode.

Old Word files set Vietnamese in 8-bit fonts (.VnTime for TCVN3, VNI-Times for VNI): the file
stores the Windows-1252 characters of the legacy bytes, so it reads as Latin garbage
("Hoµn thµnh", "Hoaøn thaønh"). In a .docx the run's font tells the encoding; a .txt has no
fonts, so `detect` decides from the text itself. The tables are data: rules/data/legacy.yaml.

Convert before normalising: normalisation drops U+00AD, which is TCVN3's "ư", and composes the
combining marks a Windows-1258 reading produces for some legacy bytes.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from linter import resources

ENCODINGS = ("tcvn3", "vni")
# As users know them (the {encoding} of rule CK010's message); "tcvn3-vn1" is a .txt saved in
# TCVN3's other byte layout, VN1, read by linter/read/vn1.py.
NAMES = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI Windows", "tcvn3-vn1": "TCVN3 (VN1)"}

# Detection thresholds, over the words that hold a non-ASCII character.
MIN_WORDS = 8  # fewer legacy-looking words than this: too little to tell
MIN_VALID_AFTER = 0.8  # share of those words that are Vietnamese syllables once converted
MIN_GAIN = 0.5  # rise of that share brought by the conversion
MAX_WORDS = 5000  # words examined: a legacy file is legacy from its first page
# A run in a legacy font is left as it is when more than this share of its non-ASCII letters
# are not legacy codes (Unicode typed in a .VnTime font).
MAX_UNMAPPED = 0.2

_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng
_STOP_TONES = "\u0301\u0323"  # the only tones a syllable ending in c, ch, p, t can carry
# A word is anything between spaces and punctuation. Only ASCII punctuation and the
# Windows-1252 quotes, dashes and bullet separate words: «, ·, §, ¸ and the like are letters in
# TCVN3.
_SEPARATORS = r"\s!-/:-@\[-`{-~\u201c\u201d\u2018\u2019\u2013\u2014\u2026\u2022"
# A word holding a character beyond ASCII, from its first letter (the look-behind keeps a long
# ASCII run from being tried at every position).
_MARKED_WORD = re.compile(
    rf"(?<![^{_SEPARATORS}])[^{_SEPARATORS}]*[^\x00-\x7f{_SEPARATORS}][^{_SEPARATORS}]*"
)


def _cp1258_fold(legacy_chars: Iterable[str]) -> dict[int, str]:
    """Windows-1258 reading → Windows-1252 reading of the same byte, for the bytes that are
    legacy codes.

    A legacy .txt read as Windows-1258 shows byte 0xD0 as "Đ", not "Ð", and 0xEC as a
    combining acute, not "ì"; the tables are written for the Windows-1252 characters. Bytes
    the table does not use are not folded, so a stray "đ" (0xF0) is left alone.
    """
    wanted = set(legacy_chars)
    fold: dict[int, str] = {}
    for byte in range(0x80, 0x100):
        try:
            cp1258 = bytes([byte]).decode("cp1258")
            cp1252 = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            continue
        if cp1258 != cp1252 and cp1252 in wanted:
            fold[ord(cp1258)] = cp1252
    return fold


# Characters a single-byte Windows font can hold: Latin-1 plus Windows-1252's 0x80–0x9F.
_CP1252_EXTRA = frozenset(
    bytes([b]).decode("cp1252")
    for b in range(0x80, 0xA0)
    if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
)


@dataclass(frozen=True)
class _Table:
    """One encoding's mapping, ready to apply."""

    single: dict[int, str]  # one legacy character → Unicode, for str.translate
    pattern: re.Pattern[str] | None  # every key, longest first, when some span two characters
    mapping: dict[str, str]
    first_chars: frozenset[str]  # a text with none of these has nothing to convert
    fold: dict[int, str]  # Windows-1258 readings of legacy codes → Windows-1252 ones

    def apply(self, text: str) -> str:
        if self.pattern is None:
            return text.translate(self.single)
        return self.pattern.sub(lambda match: self.mapping[match[0]], text)

    def unmapped(self, text: str) -> str:
        """`text` without its legacy codes: what the conversion leaves as it is."""
        if self.pattern is None:
            return text.translate(dict.fromkeys(self.single))
        return self.pattern.sub("", text)


@functools.cache
def _table(encoding: str) -> _Table:
    if encoding not in ENCODINGS:
        raise ValueError(f"unknown legacy encoding {encoding!r} (one of {', '.join(ENCODINGS)})")
    mapping: dict[str, str] = resources.data("legacy")[encoding]
    pattern = None
    if any(len(key) > 1 for key in mapping):
        keys = sorted(mapping, key=len, reverse=True)
        pattern = re.compile("|".join(map(re.escape, keys)))
    single = {ord(key): value for key, value in mapping.items() if len(key) == 1}
    fold = _cp1258_fold("".join(mapping))
    return _Table(single, pattern, mapping, frozenset(key[0] for key in mapping), fold)


def _upper(text: str) -> str:
    """Upper case, keeping the length (a character whose capital is longer, like ß, stays)."""
    upper = text.upper()
    if len(upper) == len(text):
        return upper
    return "".join(c.upper() if len(c.upper()) == 1 else c for c in text)


def convert(text: str, encoding: str, upper: bool = False) -> str:
    """Legacy text ("tcvn3" or "vni") in Unicode NFC; `upper` for TCVN3 "H" fonts (.VnTimeH),
    which draw capitals at the lowercase codes."""
    table = _table(encoding)
    folded = text.translate(table.fold)
    converted = folded if table.first_chars.isdisjoint(folded) else table.apply(folded)
    if upper:
        converted = _upper(converted)
    return unicodedata.normalize("NFC", converted)


def font_encoding(font_name: str | None) -> tuple[str, bool] | None:
    """The legacy encoding of a font and whether it is an all-capitals "H" font, or None.

    TCVN3/ABC fonts are named ".Vn…" (.VnTime, .VnArial, .VnCentury Schoolbook, …) and their
    capital companions end in "H" (.VnTimeH, .VnArialH); VNI fonts are "VNI-…" (VNI-Times,
    VNI-Helve, VNI-Aptima, …) and have no separate capital fonts.
    """
    if not font_name:
        return None
    name = font_name.strip().lower()
    if name.startswith(".vn") and len(name) > 3:
        return "tcvn3", name.endswith("h")
    if name.startswith(("vni-", "vni ", "vni_")) and len(name) > 4:
        return "vni", False
    return None


@functools.cache
def _syllable_pattern() -> re.Pattern[str]:
    legacy = resources.data("legacy")
    onsets = sorted(legacy["onsets"], key=len, reverse=True)
    rhymes = sorted(
        (r for group in legacy["rhymes"].values() for r in group), key=len, reverse=True
    )
    return re.compile(f"(?:{'|'.join(onsets)})?(?P<rhyme>{'|'.join(rhymes)})")


@functools.lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    """A well-formed Vietnamese syllable: onset, a known rhyme, at most one tone, and sắc or
    nặng on a rhyme that ends in a stop consonant ("tốt" yes; "tèt", "hoaøn", "t«t" no)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [c for c in decomposed if c in _TONE_MARKS]
    if len(tones) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
    match = _syllable_pattern().fullmatch(base)
    if match is None:
        return False
    if match["rhyme"].endswith(("c", "ch", "p", "t")):
        return bool(tones) and tones[0] in _STOP_TONES
    return True


@dataclass(frozen=True)
class _Score:
    words: int  # words holding a non-ASCII character
    valid_before: int  # of those, Vietnamese syllables as they are
    valid_after: int  # and once converted

    def clearly_legacy(self) -> bool:
        if self.words < MIN_WORDS:
            return False
        gain = (self.valid_after - self.valid_before) / self.words
        return self.valid_after >= MIN_VALID_AFTER * self.words and gain >= MIN_GAIN


def _score(words: Counter[str], encoding: str, upper: bool = False) -> _Score:
    total = before = after = 0
    for word, count in words.items():
        total += count
        before += count * is_syllable(word)
        after += count * is_syllable(convert(word, encoding, upper))
    return _Score(total, before, after)


def _marked_words(text: str, limit: int = MAX_WORDS) -> Counter[str]:
    """The words holding a non-ASCII character (the only ones a conversion can change)."""
    return Counter(itertools.islice(_MARKED_WORD.findall(text), limit))


def _mostly_syllables(words: Counter[str], threshold: float) -> bool:
    """More than `threshold` of the words (counted with their counts) are syllables as they
    are. Stops as soon as that is so: most files are Unicode Vietnamese, and the first half of
    their words settles it."""
    valid = 0
    for word, count in words.items():
        if is_syllable(word):
            valid += count
            if valid > threshold:
                return True
    return False


def detect(text: str) -> str | None:
    """The legacy encoding ("tcvn3", "vni") when converting clearly turns `text` into
    Vietnamese; None for Unicode Vietnamese, English, mixed text or too little to tell.

    Counts the words with a non-ASCII character that are well-formed Vietnamese syllables,
    as they are and once converted. Legacy text is mostly malformed as it is ("Hoµn", "toát")
    and well formed once converted; Unicode Vietnamese is well formed already, and English or
    mixed text does not gain enough.
    """
    if text.isascii():
        return None
    words = _marked_words(text)
    total = sum(words.values())
    if total < MIN_WORDS:
        return None
    if _mostly_syllables(words, (1 - MIN_GAIN) * total):
        return None  # Vietnamese already: no conversion could gain MIN_GAIN
    best: tuple[int, str] | None = None
    for encoding in ENCODINGS:
        score = _score(words, encoding)
        if score.clearly_legacy() and (best is None or score.valid_after > best[0]):
            best = (score.valid_after, encoding)
    return best[1] if best else None


# --- .docx and .odt: each run converted by its font ----------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FontKind = tuple[str, bool]  # (encoding, all-capitals "H" font), from font_encoding
_Run = tuple[str, _FontKind | None]
_THEME = "+theme"  # a theme font (w:hAnsiTheme, w:asciiTheme): never a legacy one
_ON = ("1", "true", "on")  # w:default values that make a style its type's default


def _rfonts_name(rpr: Any) -> str | None:
    """The font an rPr element sets for text beyond ASCII (hAnsi), else for ASCII (ascii).

    The legacy characters are all above U+007F, so Word draws them with the hAnsi font; the
    ascii font only decides when hAnsi is not set. A theme attribute overrides both.
    """
    if rpr is None:
        return None
    fonts = rpr.find(f"{_W}rFonts")
    if fonts is None:
        return None
    if fonts.get(f"{_W}hAnsiTheme") is not None or fonts.get(f"{_W}asciiTheme") is not None:
        return _THEME
    return fonts.get(f"{_W}hAnsi") or fonts.get(f"{_W}ascii")


class StyleFonts:
    """Fonts set by the styles of one document (the root of its styles part, or None when it
    has none): a style's own, through its basedOn chain, and the document default
    (docDefaults). Each style is resolved once, also as a link of another's chain, so a crafted
    chain of thousands of styles costs no more than reading them. Holds no element of the
    tree, only each style's own font and basedOn, and remembers only styles the part has (not
    every id a document names): one may serve every document of a batch that shares the styles
    part (linter.read.docx)."""

    def __init__(self, styles: Any | None) -> None:
        found = () if styles is None else styles.iterfind(f"{_W}style")
        # style id → (its own font, the style it is based on); the last of an id counts
        self._by_id: dict[str | None, tuple[str | None, str | None]] = {}
        default_paragraph: dict[str | None, bool] = {}  # in the same order
        for style in found:
            style_id = style.get(f"{_W}styleId")
            self._by_id[style_id] = (
                _rfonts_name(style.find(f"{_W}rPr")),
                _val(style, f"{_W}basedOn"),
            )
            default_paragraph[style_id] = (
                style.get(f"{_W}type") == "paragraph" and style.get(f"{_W}default") in _ON
            )
        self._cache: dict[str, str | None] = {}
        default = None if styles is None else styles.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
        self.document_default = _rfonts_name(default)
        self.default_paragraph_style = next(
            (style_id for style_id, is_default in default_paragraph.items() if is_default), None
        )

    def font(self, style_id: str | None) -> str | None:
        walked: list[str] = []
        seen: set[str] = set()
        found: str | None = None
        while style_id is not None:
            if style_id in self._cache:
                found = self._cache[style_id]
                break
            if style_id in seen or style_id not in self._by_id:  # a basedOn cycle, no style
                break
            walked.append(style_id)
            seen.add(style_id)
            found, style_id = self._by_id[style_id]
            if found:
                break
        for walked_id in walked:
            self._cache[walked_id] = found
        return found


def _val(element: Any, path: str) -> str | None:
    found = element.find(path)
    return found.get(f"{_W}val") if found is not None else None


def _run_font(run: Any, paragraph_style: str | None, fonts: StyleFonts) -> str | None:
    """The font of a run: its own rFonts, its character style, the paragraph style, the
    document default, in Word's order of precedence."""
    rpr = run.find(f"{_W}rPr")
    name = _rfonts_name(rpr)
    if name:
        return name
    character_style = _val(rpr, f"{_W}rStyle") if rpr is not None else None
    return fonts.font(character_style) or fonts.font(paragraph_style) or fonts.document_default


def _single_byte(text: str) -> bool:
    """Every character could come from a single-byte Windows font."""
    return all(ord(c) < 0x100 or c in _CP1252_EXTRA for c in text)


def _non_ascii_letters(text: str) -> int:
    return sum(1 for c in text if not c.isascii() and c.isalpha())


def _worth_converting(text: str, encoding: str, upper: bool) -> bool:
    """Text in a legacy font that really is legacy.

    Old templates often keep .VnTime as the font of text later typed in Unicode. Such text
    holds letters no single-byte font has ("đ", "ạ"), or Latin-1 letters the legacy table does
    not use ("à" in "là"; MAX_UNMAPPED), or reads worse once converted ("giáo" → "giỏo").
    """
    if not _single_byte(text):
        return False
    table = _table(encoding)
    folded = text.translate(table.fold)
    letters = _non_ascii_letters(folded)
    if _non_ascii_letters(table.unmapped(folded)) > MAX_UNMAPPED * letters:
        return False
    words = _marked_words(text)
    score = _score(words, encoding, upper)
    return score.valid_after >= score.valid_before


def _paragraph_runs(
    paragraph: Any, runs: Iterable[tuple[Any, str]], fonts: StyleFonts
) -> list[_Run]:
    """Each run's text with its legacy encoding, or None (a run without properties has the
    paragraph's font, worked out once)."""
    paragraph_style = _val(paragraph, f"{_W}pPr/{_W}pStyle")
    if paragraph_style is None:
        paragraph_style = fonts.default_paragraph_style
    inherited = font_encoding(fonts.font(paragraph_style) or fonts.document_default)
    return [
        (
            text,
            inherited
            if run.find(f"{_W}rPr") is None
            else font_encoding(_run_font(run, paragraph_style, fonts)),
        )
        for run, text in runs
    ]


def _group_text(runs: Iterable[_Run], key: _FontKind) -> str:
    """The text of the runs in one legacy font kind; a run of another font becomes a space."""
    return "".join(text if encoding == key else " " for text, encoding in runs)


def _merged(runs: Iterable[_Run]) -> list[_Run]:
    """Neighbouring runs in the same font kind joined: Word splits runs anywhere (spelling,
    revision marks), also between a VNI letter and its mark byte ("a" | "ø"). Joined once per
    group: a paragraph of a hundred thousand one-letter runs stays linear."""
    return [
        ("".join(text for text, _ in group), key)
        for key, group in itertools.groupby(runs, key=lambda run: run[1])
    ]


def _converted(merged: list[_Run]) -> tuple[str, str | None]:
    """The runs' text, those in a legacy font converted when worth it, and the encoding used."""
    keys = {key for _, key in merged if key is not None}
    if not keys:
        return "".join(text for text, _ in merged), None
    accepted = {key for key in keys if _worth_converting(_group_text(merged, key), *key)}
    parts: list[str] = []
    used: str | None = None
    for text, key in merged:
        if key is not None and key in accepted:
            converted = convert(text, *key)
            if used is None and converted != text:
                used = key[0]
            text = converted
        parts.append(text)
    return "".join(parts), used


def docx_paragraph_text(
    paragraph: Any, runs: Iterable[tuple[Any, str]], fonts: StyleFonts
) -> tuple[str, str | None]:
    """The text of a Word paragraph (its w:p element) with each run in a legacy font
    converted, and the legacy encoding used (the first one, if runs mix them), or None when
    nothing was converted.

    `runs` are the paragraph's w:r elements with their text, in reading order, as the reader
    took them; a paragraph without legacy fonts gives exactly their text joined.
    """
    return _converted(_merged(_paragraph_runs(paragraph, runs, fonts)))


def font_runs_text(runs: Iterable[tuple[str, str | None]]) -> tuple[str, str | None]:
    """The text of a paragraph given as runs of (text, font name), as an OpenDocument reader
    resolves them from its styles: each run in a legacy font converted, as for Word, and the
    legacy encoding used, or None."""
    return _converted(_merged((text, font_encoding(font)) for text, font in runs))
