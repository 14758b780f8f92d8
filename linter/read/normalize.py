"""Normalise Vietnamese text for matching while remembering where every character came from.

Real files mix NFD and NFC, old ("hoà, thuỷ") and new ("hòa, thủy") tone placement,
non-breaking and repeated spaces. Matching runs on one canonical form; findings are reported
on the original text, so every normalised character keeps the span of original code points
it came from.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

# Characters treated as a plain space; runs of them collapse to one.
_SPACES = frozenset(
    "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000 "
)
# Invisible characters dropped outright (zero-width space/joiners, stray BOM, soft hyphen).
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
_DROP_INVISIBLE = dict.fromkeys(map(ord, _INVISIBLE))
# Dash variants folded to ASCII hyphen-minus (same length, so positions are unaffected).
_DASH_CHARS = "\u2010\u2011\u2012\u2013\u2014\u2212"
_DASHES = str.maketrans(dict.fromkeys(_DASH_CHARS, "-"))

_TONE_MARKS = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # huyền, sắc, hỏi, ngã, nặng

# Old-style placement puts the tone on the second vowel of an open syllable ending in
# oa / oe / uy ("hoà", "khoẻ", "thuỷ"); the canonical form puts it on the first ("hòa",
# "khỏe", "thủy"). "qu" is a consonant, so "quý" is already canonical.
_WORD = re.compile(r"[^\W\d_]+")
_OLD_TONE_PAIRS = ("oa", "oe", "uy")


def _canonical_word(match: re.Match[str]) -> str:
    word = match[0]
    if len(word) < 2 or word[-2].lower() not in "ou":
        return word
    following = match.string[match.end() : match.end() + 1]
    if following and unicodedata.combining(following):
        return word  # a letter with two tones ("OÀ" + U+0300): leave it
    if word[-2].lower() == "u" and word[-3:-2].lower() == "q":
        return word
    first, last = word[-2], unicodedata.normalize("NFD", word[-1])
    base, marks = last[0], last[1:]
    if marks not in _TONE_MARKS or (first.lower() + base.lower()) not in _OLD_TONE_PAIRS:
        return word
    return word[:-2] + unicodedata.normalize("NFC", first + marks) + base


# Cheap pre-check (most lines have none): an o/u and a toned a/e/y that end a word as _WORD
# sees it, so not followed by a letter ("hoà2" ends a word too).
_TONED_AEY = "àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ"  # a, e, y with one tone mark, composed
_MAYBE_OLD_TONE = re.compile(rf"[oOuU][{_TONED_AEY}](?![^\W\d_])")
# The words (as _WORD finds them: whole runs of letters) that end so: the only ones
# _canonical_word can change. "của" is one, and is in most lines; its neighbours are not.
_MAYBE_OLD_TONE_WORD = re.compile(rf"(?<![^\W\d_])[^\W\d_]*[oOuU][{_TONED_AEY}](?![^\W\d_])")


def canonical_tones(text: str) -> str:
    """Rewrite old-style tone placement to the canonical one; length is preserved."""
    if not _MAYBE_OLD_TONE.search(text):
        return text
    return _MAYBE_OLD_TONE_WORD.sub(_canonical_word, text)


@dataclass(frozen=True)
class NormalizedText:
    """A normalised string plus, for each of its characters, the original span it came from."""

    text: str
    # starts[i]: index in the original of the code point behind text[i]; ends[i]: just past it
    # (a composed character may cover two). A plain line maps to itself: ranges, which cost
    # nothing however long the line (a batch holds every line of every document).
    starts: Sequence[int]
    ends: Sequence[int]
    original_length: int

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalised slice [start, end) to a slice of the original string."""
        if not self.text:
            return 0, 0
        start = min(max(start, 0), len(self.text) - 1)
        end = min(max(end, start + 1), len(self.text))
        return self.starts[start], self.ends[end - 1]


def _clusters(text: str) -> list[tuple[int, int]]:
    """Spans of base characters with their trailing combining marks and invisible characters
    (dropped when the span is composed, so a mark behind one still joins its base)."""
    spans: list[tuple[int, int]] = []
    for index, char in enumerate(text):
        if spans and (unicodedata.combining(char) or char in _INVISIBLE):
            spans[-1] = (spans[-1][0], index + 1)
        else:
            spans.append((index, index + 1))
    return spans


# Whitespace other than a plain space, a run of spaces, or an invisible character.
_NOT_PLAIN = re.compile(r"[^\S ]|  |[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_DASH = re.compile(f"[{_DASH_CHARS}]")


def _plainly_spaced(line: str) -> bool:
    """Single plain spaces, none at either end, nothing invisible."""
    return line[0] != " " and line[-1] != " " and not _NOT_PLAIN.search(line)


# Latin letters, their combining marks and general punctuation: composing such text never joins
# two clusters, so a cluster that composes to one character maps one to one.
_LATIN_ONLY = re.compile(r"[\x00-\u024f\u0300-\u036f\u1e00-\u1eff\u2000-\u206f]*")


def _plain_dashes(text: str) -> str:
    return text.translate(_DASHES) if _DASH.search(text) else text


def normalize(line: str) -> NormalizedText:
    """NFC, canonical tone placement, one space for any run of spaces, trimmed; case kept."""
    if line and _plainly_spaced(line):
        if unicodedata.is_normalized("NFC", line):  # most lines: only tones and dashes change
            text = canonical_tones(_plain_dashes(line))
            if text == line:
                text = line  # one string, not two equal ones
            return NormalizedText(text, range(len(line)), range(1, len(line) + 1), len(line))
        composed = _composed_latin(line)
        if composed is not None:
            return composed
    elif line and _RESPACEABLE.fullmatch(line) and unicodedata.is_normalized("NFC", line):
        return _respaced(line)  # tabs, a run of spaces, a space at an end: common, and plain
    return _normalized_by_cluster(line)


def _composed_latin(line: str) -> NormalizedText | None:
    """A plainly spaced Latin line typed decomposed (NFD, as on a Mac) where every letter with
    its marks composes to one character: the map is each letter's position. None otherwise."""
    if not _LATIN_ONLY.fullmatch(line):
        return None
    composed = unicodedata.normalize("NFC", line)
    starts = [index for index, char in enumerate(line) if not unicodedata.combining(char)]
    if len(starts) != len(composed) or starts[0] != 0:
        return None
    ends = (*starts[1:], len(line))
    return NormalizedText(canonical_tones(_plain_dashes(composed)), tuple(starts), ends, len(line))


# A line _normalized_by_cluster would take one character at a time, each its own cluster and
# its own NFC form (once the line is NFC): Latin and general punctuation, no combining mark, no
# invisible character. Only its spaces change (tabs, runs, ends): _respaced does it in runs.
_RESPACEABLE = re.compile(
    r"[\x00-\xac\xae-\u024f\u1e00-\u1eff\u2000-\u200a\u200e-\u205f\u2061-\u206f]*"
)
_SPACE_RUN = re.compile(f"[{re.escape(''.join(sorted(_SPACES)))}]+")


def _respaced(line: str) -> NormalizedText:
    """What _normalized_by_cluster makes of a _RESPACEABLE NFC line, a run of spaces at a time:
    each run one space (at its first character), none at either end."""
    pieces: list[str] = []
    starts: list[int] = []
    position = 0
    for run in _SPACE_RUN.finditer(line):
        if run.start() > position:
            pieces.append(line[position : run.start()])
            starts.extend(range(position, run.start()))
        if starts:  # not before the first character kept
            pieces.append(" ")
            starts.append(run.start())
        position = run.end()
    if position < len(line):
        pieces.append(line[position:])
        starts.extend(range(position, len(line)))
    elif pieces and pieces[-1] == " ":
        pieces.pop()
        starts.pop()
    text = canonical_tones(_plain_dashes("".join(pieces)))
    return NormalizedText(text, tuple(starts), tuple(s + 1 for s in starts), len(line))


def _normalized_by_cluster(line: str) -> NormalizedText:
    """The general case, one cluster (a letter and the marks after it) at a time."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for begin, end in _clusters(line):
        composed = unicodedata.normalize("NFC", line[begin:end].translate(_DROP_INVISIBLE))
        for char in composed:
            if char in _SPACES:
                if not chars or chars[-1] == " ":
                    continue
                char = " "
            chars.append(char)
            starts.append(begin)
            ends.append(end)
    while chars and chars[-1] == " ":
        chars.pop()
        starts.pop()
        ends.pop()
    text = canonical_tones(_plain_dashes("".join(chars)))
    return NormalizedText(text, tuple(starts), tuple(ends), len(line))


def fold(text: str) -> str:
    """Lower-case for matching, keeping the length (a character whose lower form is longer stays)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def unaccented(text: str) -> str:
    """The text without its Vietnamese marks ("Báo cáo 6 tháng" -> "Bao cao 6 thang"), as an
    e-mail's subject is often typed."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return bare.replace("đ", "d").replace("Đ", "D")


def match_key(text: str) -> str:
    """The canonical form used to compare phrases: normalised and folded."""
    return fold(normalize(text).text)


def mostly_upper(text: str) -> bool:
    """Written in capitals (titles, headings): at least 80% of at least 3 letters are upper case."""
    letters = "".join(filter(str.isalpha, text))
    return len(letters) >= 3 and sum(map(str.isupper, letters)) >= 0.8 * len(letters)


_BRACKETED = re.compile(r"\([^()]*\)")


def without_brackets(text: str) -> str:
    """The text with what its round brackets hold left out ("Nhiệm vụ tổ trưởng chuyền 6 (42
    công nhân)", "… PHỤ TRÁCH (14 HỘ TỔ 3)"): a post's size or a charge's, no target of its own."""
    return _BRACKETED.sub(" ", text)
