"""Document symbols and citations: "Kế hoạch số 62-KH/TU, ngày 29/10/2021 của Ban Thường vụ …".

Party bodies put the type before the slash ("62-KH/TU"), other bodies after it
("154/KH-TLĐ"); spacing varies ("05 - CT/TW"). The issuer code after the slash gives the level
of the cited document even when that document is not in the batch.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from linter import resources
from linter.dates import DateStatus, find_dates
from linter.document import Citation

_CODE = r"[A-ZĐ][A-Za-zĐđ]{0,9}"
_PARTY = rf"(?P<pnum>\d{{1,4}})\s*-\s*(?P<ptype>{_CODE})\s*/\s*(?P<pissuer>{_CODE})"
_STATE = rf"(?P<snum>\d{{1,4}})\s*/\s*(?P<stype>{_CODE})\s*-\s*(?P<sissuer>{_CODE})"
SYMBOL = re.compile(rf"(?<![\w/\-])(?:{_PARTY}|{_STATE})(?![\w/])")


@dataclass(frozen=True)
class Symbol:
    number: str
    type: str
    issuer: str
    party: bool  # "62-KH/TU" (True) or "154/KH-TLĐ" (False)

    def __str__(self) -> str:
        if self.party:
            return f"{self.number}-{self.type}/{self.issuer}"
        return f"{self.number}/{self.type}-{self.issuer}"


def canonical_type(code: str) -> str:
    aliases: dict[str, str] = resources.data("doctypes")["aliases"]
    return aliases.get(code, code)


def symbol_of(match: re.Match[str]) -> Symbol:
    if match["pnum"]:
        return Symbol(
            str(int(match["pnum"])).zfill(2), canonical_type(match["ptype"]), match["pissuer"], True
        )
    return Symbol(str(int(match["snum"])), canonical_type(match["stype"]), match["sissuer"], False)


def canonical_symbol(text: str) -> str | None:
    """A symbol as written ("37-QĐi/TW", "5 - CT/TW") in the form citations and document
    numbers are kept in ("37-QĐ/TW", "05-CT/TW"), so equal symbols compare equal."""
    match = SYMBOL.fullmatch(text.strip())
    return str(symbol_of(match)) if match else None


def level_of(issuer_code: str | None) -> str | None:
    if issuer_code is None:
        return None
    issuers: dict[str, dict[str, str]] = resources.data("issuers")["issuers"]
    entry = issuers.get(issuer_code)
    return entry["level"] if entry else None


@functools.cache
def _type_words() -> tuple[re.Pattern[str], dict[str, str]]:
    types: dict[str, list[str]] = resources.data("doctypes")["types"]
    by_word = {word: code for code, words in types.items() for word in words}
    alternatives = "|".join(sorted(map(re.escape, by_word), key=len, reverse=True))
    return re.compile(rf"(?<!\w)({alternatives})\s*(?:số\s*(?::\s*)?)?", re.IGNORECASE), by_word


_BARE_NUMBER = re.compile(r"(?P<num>\d{1,4})(?![\d/\-\w])")
_DIGIT = re.compile(r"\d")
# Matched at a position of the whole line (never on a copy of the rest of it: a long line has
# many citations). No two quantifiers side by side can take the same spaces.
_ISSUER = re.compile(
    r"\s*(?:,\s*)?của\s+(?P<issuer>[^,;:()“”\"]{3,90}?)(?=\s+(?:về|v/v)\b|[,;:()“”\"]|\.\s|\.?$)"
)
_DATE_GAP = re.compile(r"^\s*(?:,\s*)?(?:ban hành\s+)?(?:ngày\s*)?$", re.IGNORECASE)


def _date_after(text: str, position: int) -> tuple[dt.date | None, int]:
    """The date written right after a symbol (", ngày 29/10/2021"), and where it ends."""
    for mention in find_dates(text[position : position + 60]):
        if not _DATE_GAP.match(text[position : position + mention.start]):
            break
        value = mention.value if mention.status is DateStatus.OK else None
        return value, position + mention.end
    return None, position


def _citation(
    text: str, line: int, start: int, end: int, symbol: Symbol | None, type_: str, number: str
) -> Citation:
    """A citation whose symbol or number ends at `end`; its date and issuer follow it."""
    date, after = _date_after(text, end)
    issuer = _ISSUER.match(text, after)
    return Citation(
        line=line,
        start=start,
        end=max(after, end),
        type=type_,
        number=number,
        symbol=str(symbol) if symbol else None,
        issuer_code=symbol.issuer if symbol else None,
        issuer=issuer["issuer"].strip() if issuer else None,
        level=level_of(symbol.issuer) if symbol else None,
        date=date,
    )


class _Covered:
    """Spans of a line, for "is this position inside one": a bisection, not a scan of them all
    (a long line holds thousands of citations)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        self.reach = list(itertools.accumulate((end for _, end in ordered), max))

    def contains(self, position: int) -> bool:
        index = bisect.bisect_right(self.starts, position) - 1
        return index >= 0 and self.reach[index] > position


def find_citations(text: str, line: int) -> list[Citation]:
    """Citations in one line of normalised text: full symbols, then "Chỉ thị số 05" forms."""
    if not _DIGIT.search(text):
        return []  # both forms carry a number (most lines have none)
    pattern, by_word = _type_words()
    citations: list[Citation] = []
    for match in SYMBOL.finditer(text):
        symbol = symbol_of(match)
        citations.append(
            _citation(text, line, match.start(), match.end(), symbol, symbol.type, symbol.number)
        )
    covered = _Covered((c.start, c.end) for c in citations)
    for word in pattern.finditer(text):
        number = _BARE_NUMBER.match(text, word.end())
        if not number or covered.contains(number.start()):
            continue
        type_ = by_word[word.group(1).lower()]
        padded = str(int(number["num"])).zfill(2)
        citations.append(_citation(text, line, word.start(), number.end(), None, type_, padded))
    return sorted(citations, key=lambda c: c.start)
