"""Text files saved in the VN1 layout of TCVN 5712:1993 (TCVN3), found from their bytes and read.

TCVN3 has two byte layouts. .VnTime fonts use VN3: lowercase letters and seven capitals, the
toned capitals coming from a separate capital font; `legacy` converts it. VN1 (iconv's
"TCVN5712-1") also has the toned capitals, some at control-code positions (0x01–0x17) and in
0x80–0x9F, where Windows-1258 has controls, quotes and dashes. A .txt in VN1 is not valid UTF-8,
may hold bytes Windows-1258 does not define, and is full of control characters when it has many
capitals: read as before, it is refused as binary or misread.

A file is read as VN1 only when the bytes that only VN1 reads as letters (`_distinctive`) sit in
words that VN1 reads as Vietnamese syllables and the Windows-1258 and TCVN3 (VN3) readings do
not, in a text whose other words read as Vietnamese too. The byte table is data
(rules/data/vn1.yaml, written from iconv by scripts/build_vn1_table.py).
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from linter import resources
from linter.read import legacy

ENCODING = "tcvn3-vn1"  # as read_text returns it; legacy.NAMES names it for CK010

# A word is a run of letters; a letter is an ASCII letter or a byte VN1 reads as a letter or
# a tone mark. Any other byte (space, digit, punctuation, a remaining control) separates words.
_ASCII_LETTERS = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_WORD = re.compile(rb"[^ ]+")  # once every byte that is no letter is a space (`_separate`)


@functools.cache
def _table() -> dict[int, str]:
    """Byte → character, for the bytes VN1 reads as something else than their Latin-1 one."""
    return {int(byte): char for byte, char in resources.data("vn1")["vn1"].items()}


@functools.cache
def _separate() -> bytes:
    """A bytes.translate table turning every byte that is no letter into a space."""
    letters = _ASCII_LETTERS | {byte for byte, char in _table().items() if _is_letter(char)}
    return bytes(byte if byte in letters else 0x20 for byte in range(256))


def _is_letter(char: str) -> bool:
    return char.isalpha() or unicodedata.combining(char) > 0


@functools.cache
def _distinctive() -> frozenset[int]:
    """The bytes only VN1 reads as letters: the VN3 bytes of .VnTime text are read alike by
    both layouts, these are controls, punctuation or other letters elsewhere."""
    vn3 = {key.encode("cp1252")[0] for key in resources.data("legacy")["tcvn3"]}
    return frozenset(byte for byte, char in _table().items() if _is_letter(char)) - vn3


@functools.cache
def _not_distinctive() -> bytes:
    return bytes(byte for byte in range(256) if byte not in _distinctive())


def decode(data: bytes) -> str:
    """VN1 bytes in Unicode NFC: each byte through the table, a tone byte composed with the
    letter before it as iconv does."""
    return unicodedata.normalize("NFC", data.decode("latin-1").translate(_table()))


def _otherwise_syllable(word: bytes) -> bool:
    """The word is a Vietnamese syllable read as Windows-1258 or as TCVN3 (VN3) text."""
    as_cp1258 = unicodedata.normalize("NFC", word.decode("cp1258", errors="replace"))
    as_vn3 = legacy.convert(word.decode("cp1252", errors="replace"), "tcvn3")
    return legacy.is_syllable(as_cp1258) or legacy.is_syllable(as_vn3)


@dataclass
class _Evidence:
    words: int = 0  # words with a byte beyond ASCII letters
    valid: int = 0  # of those, Vietnamese syllables read as VN1
    distinctive: int = 0  # words of two letters or more holding a distinctive byte
    distinctive_valid: int = 0  # of those, syllables read as VN1
    distinctive_valid_otherwise: int = 0  # and read as Windows-1258 or VN3

    def add(self, word: bytes, count: int) -> None:
        text = decode(word)
        valid = legacy.is_syllable(text)
        self.words += count
        self.valid += count * valid
        # A lone byte is no evidence: in VN3 text 0x95 and 0x96 are a bullet and a dash. One
        # at a control code's place is ("Ý kiến": Ý is 0x16), as no text writes controls.
        lone_control = len(word) == 1 and word[0] < 0x20
        if (len(text) > 1 or lone_control) and not _distinctive().isdisjoint(word):
            self.distinctive += count
            self.distinctive_valid += count * valid
            self.distinctive_valid_otherwise += count * _otherwise_syllable(word)

    def clearly_vn1(self) -> bool:
        share = legacy.MIN_VALID_AFTER
        return (
            self.words >= legacy.MIN_WORDS
            and self.valid >= share * self.words
            and self.distinctive > 0
            and self.distinctive_valid >= share * self.distinctive
            and self.distinctive_valid > self.distinctive_valid_otherwise
        )


def detect(data: bytes) -> bool:
    """The bytes are Vietnamese text in the VN1 layout (see the module's docstring)."""
    if not data.translate(None, _not_distinctive()):
        return False  # no byte that only VN1 reads as a letter
    found = _WORD.finditer(data.translate(_separate()))
    words = (word for match in found if not (word := match[0]).isalpha())
    evidence = _Evidence()
    for word, count in Counter(itertools.islice(words, legacy.MAX_WORDS)).items():
        evidence.add(word, count)
    return evidence.clearly_vn1()
