"""Document text and file names made safe to print on a terminal or in a CI log.

A document (or a file name) can hold control characters: ESC sequences that clear the screen,
hide text or make a hyperlink, the one-byte CSI \\x9b, BEL, backspaces and carriage returns that
write over what was printed. Reports for people show them instead of sending them: a C0 control
as its Unicode picture ("␛", one column, so a caret line below stays aligned), DEL as "␡", a C1
control or a bidirectional override as its escaped code ("\\x9b", "\\u202e"). A tab becomes a
space. camket's own colour codes are added after this, around text already made safe.
"""

from __future__ import annotations

import re

# C0 and DEL, C1, and the bidirectional embeddings, overrides and isolates, which reorder what
# a terminal shows.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_UNSAFE_BUT_LINES = re.compile("[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_PICTURES = 0x2400  # U+2400 "␀" … U+241F "␟": the Control Pictures block
_DEL_PICTURE = "\u2421"  # "␡"


def _shown(match: re.Match[str]) -> str:
    code = ord(match[0])
    if code == 0x09:
        return " "
    if code < 0x20:
        return chr(_PICTURES + code)
    if code == 0x7F:
        return _DEL_PICTURE
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str, line_breaks: bool = False) -> str:
    """`text` with every control character shown, not sent: a line break too, unless
    `line_breaks` keeps CR and LF for a format that encodes them (GitHub's "%0A")."""
    return (_UNSAFE_BUT_LINES if line_breaks else _UNSAFE).sub(_shown, text)


# What json.dumps(ensure_ascii=False) leaves as it is but a terminal acts on (C1 controls, DEL)
# or reads as a line break or a change of direction. JSON's own syntax is ASCII, so these can
# only stand inside strings, where "\u009b" is the same value.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def json_escaped(document: str) -> str:
    """Serialised JSON with the characters above written as \\u escapes: the parsed value is
    unchanged, and `cat report.json` cannot drive the terminal."""
    return _JSON_UNSAFE.sub(lambda match: f"\\u{ord(match[0]):04x}", document)
