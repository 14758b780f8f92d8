"""The `phrase` kind: vague phrases written as small patterns over normalised syllables.

Pattern language: words; `[chức trách]` optional; `(tốt|xuất sắc)` alternatives; `…` a gap of
up to 3 words, `{0,5}` a gap of up to 5 (at most 20). Case and tone placement do not matter.

Patterns become Python regexes, which backtrack: every gap, optional part and group multiplies
the ways a pattern can be tried at one place, so a run of them took minutes on a long line. Gaps
next to each other are merged into one, and a pattern whose worst case from one place exceeds
MAX_WORK steps is refused when its rule is loaded.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from linter import segment
from linter.concrete import is_concrete
from linter.document import Document, Item
from linter.findings import Hit
from linter.read.normalize import fold, match_key
from linter.rules import Rule
from linter.yamlfile import LoadedYaml

# Spaces and punctuation inside a sentence; also the word boundary. "…" ends a sentence too,
# but a character beyond Latin-1 in a class makes `re` build a 64K table for every one of them
# (a pattern set compiled four times slower): the text searched has it as \x1e (_searchable).
_SEP = r"[^\w.!?\x1e]+"
_LEADING_SEP = re.compile(rf"^{_SEP}")
_TOKENS = re.compile(r"\[|\]|\(|\)|\||…|\.\.\.|\{\d+,\d+\}|[^\s\[\]()|…{}]+")
_WORD = re.compile(r"\w+")
_MAX_GAP = 20  # words a `{a,b}` gap may span (adjacent gaps together, too)
_MAX_DEPTH = 10  # groups inside groups; real patterns nest one deep
# Steps a pattern may take from one place in the worst case (_Piece.work): what its regex's
# backtracking costs per start. The built-in patterns need at most a few dozen; at this limit
# a 2,000-word line that matches every word of the pattern is searched in well under a second,
# while "a {0,9} x {0,9} x {0,9} …" followed by 34 words (about 36,000 steps) took 4 s on it,
# and twelve "…" in a row took 151 s on an 80-word line.
MAX_WORK = 3000


class PatternError(ValueError):
    pass


@dataclass(frozen=True)
class _Piece:
    """Part of a pattern's regex, with what backtracking over it costs from one place."""

    source: str
    paths: int  # ways it can match there: a gap {a,b} has b-a+1, a word one
    work: int  # steps taken to try them all

    def then(self, other: _Piece) -> _Piece:
        """This piece followed by `other`: tried once for each way this one matched."""
        return _Piece(
            self.source + other.source,
            _capped(self.paths * other.paths),
            _capped(self.work + self.paths * other.work),
        )


def _capped(count: int) -> int:
    """Counts stop just above the limit: a long hostile pattern's product of choices would
    otherwise grow to numbers of thousands of digits."""
    return min(count, MAX_WORK + 1)


_EMPTY = _Piece("", 1, 0)


@dataclass(frozen=True)
class _Gap:
    low: int
    high: int

    def piece(self) -> _Piece:
        # Greedy: up to `high` words are taken, then given back one by one down to `low`.
        source = rf"(?:{_SEP}\w+){{{self.low},{self.high}}}"
        return _Piece(source, self.high - self.low + 1, self.high + 1)


def _gap(token: str, before: _Gap | None) -> _Gap:
    """`…` (up to 3 words) or `{a,b}`, merged with a gap just before it: "… …" is {0,6},
    7 choices rather than 16 pairs."""
    bounds = ["0", "3"] if not token.startswith("{") else token[1:-1].split(",")
    # int() of 5,000 digits raises a ValueError of its own: refuse long numbers first.
    low, high = (int(bound) if len(bound) <= 3 else _MAX_GAP + 1 for bound in bounds)
    if not low <= high <= _MAX_GAP:
        raise PatternError(f"“{token}”: cần {{a,b}} với a ≤ b ≤ {_MAX_GAP}")
    if before is None:
        return _Gap(low, high)
    if before.high + high > _MAX_GAP:
        raise PatternError(f"các khoảng “…”, {{a,b}} liền nhau cộng lại quá {_MAX_GAP} từ")
    return _Gap(before.low + low, before.high + high)


@dataclass(frozen=True)
class _Parsed:
    """A pattern's tokens up to a closer, as a regex source."""

    piece: _Piece
    position: int  # where it stopped
    needs_word: bool  # a sequence that needs no word would match anywhere
    # Sets of words of which every match holds one: a word outside brackets is a set of one;
    # a group "(a|b)" whose alternatives each hold such a set gives the union of theirs.
    required: tuple[frozenset[str], ...]
    # The runs of word characters a sequence of plain words matches; None when it has gaps
    # or groups.
    literal: tuple[str, ...] | None

    @property
    def source(self) -> str:
        return self.piece.source


def _group(alternatives: list[_Parsed], optional: bool) -> _Piece:
    """`(a|b)` or `[a|b]`. Every alternative is tried, but alternatives of plain words count
    as ways only as many as can match one text together: "(tốt|xuất sắc)" one, "(tốt|tốt và
    xuất sắc)" two (the words of one begin the other)."""
    literal = [a.literal for a in alternatives if a.literal is not None]
    together = max(
        (sum(1 for other in literal if longer[: len(other)] == other) for longer in literal),
        default=0,
    )
    paths = together + sum(a.piece.paths for a in alternatives if a.literal is None) + optional
    work = 1 + sum(a.piece.work for a in alternatives)
    source = f"(?:{'|'.join(a.source for a in alternatives)})" + ("?" if optional else "")
    return _Piece(source, _capped(paths), _capped(work))


def _sequence(tokens: list[str], position: int, closers: str, depth: int = 0) -> _Parsed:
    if depth > _MAX_DEPTH:
        raise PatternError("quá nhiều nhóm lồng nhau")
    pieces: list[_Piece | _Gap] = []
    needs_word = False
    required: list[frozenset[str]] = []
    literal: list[str] | None = []
    while position < len(tokens) and tokens[position] not in closers:
        token = tokens[position]
        if token in "[(":
            closer = "]" if token == "[" else ")"
            alternatives: list[_Parsed] = []
            while True:
                inner = _sequence(tokens, position + 1, "|" + closer, depth + 1)
                alternatives.append(inner)
                position = inner.position
                if position >= len(tokens):
                    raise PatternError(f"thiếu “{closer}”")
                if tokens[position] == closer:
                    break
            if token == "[" and all(a.source == "" for a in alternatives):
                position += 1  # "[,]": punctuation is already absorbed by the separator
                continue
            pieces.append(_group(alternatives, optional=token == "["))
            literal = None
            if token == "(":
                needs_word = needs_word or all(a.needs_word for a in alternatives)
                telling = [_most_telling(a.required) for a in alternatives]
                if all(words is not None for words in telling):
                    required.append(frozenset().union(*telling))  # type: ignore[arg-type]
        elif token in ("…", "...") or token.startswith("{"):
            before = pieces.pop() if pieces and isinstance(pieces[-1], _Gap) else None
            gap = _gap(token, before)
            pieces.append(gap)
            needs_word = needs_word or gap.low > 0
            literal = None
        elif token in "])|":
            raise PatternError(f"“{token}” không đúng chỗ")
        else:
            word = match_key(token)
            pieces.append(_Piece(_SEP + re.escape(word), 1, 1))
            needs_word = True
            required.append(frozenset({word}))
            if literal is not None:
                literal.extend(_WORD.findall(word))
        position += 1
    if not pieces and closers != "|]":
        raise PatternError("nhóm rỗng")
    whole = functools.reduce(
        _Piece.then, (p.piece() if isinstance(p, _Gap) else p for p in pieces), _EMPTY
    )
    words = tuple(literal) if literal is not None else None
    return _Parsed(whole, position, needs_word, tuple(required), words)


@functools.lru_cache(maxsize=4096)
def _parsed(pattern: str) -> _Parsed:
    """A whole pattern, parsed once for its rule's validation, matcher and anchor words."""
    tokens = [token.strip(",;:") for token in _TOKENS.findall(pattern)]
    tokens = [token for token in tokens if token]
    parsed = _sequence(tokens, 0, "")
    if parsed.position != len(tokens):
        raise PatternError(f"“{tokens[parsed.position]}” không đúng chỗ")
    if not parsed.needs_word:
        raise PatternError("mẫu không có từ bắt buộc nào")  # "[tốt]", "…": would match anything
    if parsed.piece.work > MAX_WORK:
        raise PatternError(
            f"mẫu quá phức tạp: thử khớp tại một chỗ có thể tốn hơn {MAX_WORK} bước, vì các"
            " khoảng “…”, {a,b}, phần tùy chọn [ ] và nhóm ( | ) nhân số cách khớp lên nhau;"
            " hãy bớt hoặc thu hẹp chúng"
        )
    return parsed


def pattern_work(pattern: str) -> int:
    """Steps the pattern's regex may take from one place in the worst case (at most MAX_WORK)."""
    return _parsed(pattern).piece.work


def compile_pattern(pattern: str) -> str:
    """Regex source for one pattern; it matches text prefixed with a space."""
    return _parsed(pattern).source


def _most_telling(sets: Sequence[frozenset[str]]) -> frozenset[str] | None:
    """The set likeliest to rule a text out: long words (rare ones), then few of them."""
    return max(sets, key=lambda words: (min(map(len, words)), -len(words)), default=None)


@functools.cache
def _anchors(patterns: tuple[str, ...]) -> frozenset[str] | None:
    """Words of which a text must hold one for any of the patterns to match (a substring test
    is far cheaper than searching with the patterns); None when some pattern needs none."""
    anchors: set[str] = set()
    for pattern in patterns:
        words = _most_telling(_parsed(pattern).required)
        if words is None:
            return None
        anchors |= words
    return frozenset(anchors)


@functools.cache
def _matcher(patterns: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(f"(?:{compile_pattern(p)})" for p in patterns)
    return re.compile(rf"(?:{alternatives})(?!\w)")


Gate = tuple[frozenset[str] | None, re.Pattern[str]]


@functools.cache
def _gates(patterns: tuple[str, ...]) -> tuple[Gate, ...]:
    """Each pattern's regex with the words of which every match of it holds one (None: no such
    words). A text matches _matcher(patterns) when it matches one of these regexes, and it can
    match one only if it holds one of its words: the patterns a text cannot match are not
    searched at all (a third of the time of searching all of them at once, on the generated
    batch's items)."""
    return tuple(
        (_most_telling(_parsed(p).required), re.compile(rf"(?:{compile_pattern(p)})(?!\w)"))
        for p in patterns
    )


def _may_match(gates: tuple[Gate, ...], key: str) -> bool:
    """Whether a folded text matches any of the patterns (_matcher's search, pattern by pattern)."""
    searchable = _searchable(key)
    return any(
        regex.search(searchable)
        for words, regex in gates
        if words is None or any(word in key for word in words)
    )


def option_problem(options: dict) -> str | None:
    return (
        f"luật loại phrase không có tùy chọn ({', '.join(map(str, options))})" if options else None
    )


def validate(rule: Rule, loaded: LoadedYaml) -> None:
    if not rule.patterns:
        raise loaded.error("luật loại phrase cần “patterns”")
    for key, patterns in (("patterns", rule.patterns), ("exceptions", rule.exceptions)):
        for index, pattern in enumerate(patterns):
            try:
                compile_pattern(pattern)
            except PatternError as error:
                raise loaded.error(f"mẫu “{pattern}” không hợp lệ: {error}", key, index) from error


def _searchable(text: str) -> str:
    """The text as the patterns' regexes read it: a space first, "…" as \x1e (see _SEP)."""
    return " " + text.replace("…", "\x1e")


def find(patterns: tuple[str, ...], text: str) -> Iterator[tuple[int, int]]:
    """Spans of pattern matches in `text` (a folded, normalised string)."""
    for match in _matcher(patterns).finditer(_searchable(text)):
        start = match.start() + len(match[0]) - len(_LEADING_SEP.sub("", match[0], count=1))
        if start < match.end():  # not a run of separators only (pattern "-")
            yield start - 1, match.end() - 1


@functools.lru_cache(maxsize=4096)
def _word_edges(text: str) -> frozenset[int]:
    """Offsets where a word (as underthesea segments it) starts or ends: "tốt nghiệp" is one word."""
    edges, cursor = {0, len(text)}, 0
    for word in segment.words(text):  # only for items a pattern matched
        found = text.find(word, cursor)
        if found < 0:
            return frozenset(range(len(text) + 1))  # cannot align: do not veto
        edges.update((found, found + len(word)))
        cursor = found + len(word)
    return frozenset(edges)


def on_word_edges(text: str, start: int, end: int) -> bool:
    """A match must not cut a compound word: "tốt" is not in "tốt nghiệp"."""
    edges = _word_edges(text)
    return start in edges and end in edges


def _first_match(rule: Rule, item: Item, key: str) -> tuple[int, int] | None:
    for start, end in find(rule.patterns, key):
        if on_word_edges(item.text, start, end):
            return start, end
    return None


def _targets(document: Document, parts: frozenset[int] | None) -> Iterator[Item]:
    """Items of the parts in scope, or every non-empty line for a whole-document rule."""
    if parts is None:
        for line in document.lines:
            if line.clean:
                yield Item(line.number, 0, line.number, len(line.clean), line.clean, None)
        return
    yield from (item for item in document.outline.items if item.in_parts(parts))


def _scopes(rules: Sequence[Rule]) -> dict[frozenset[int] | None, list[Rule]]:
    scopes: dict[frozenset[int] | None, list[Rule]] = {}
    for rule in rules:
        parts = rule.parts()
        scopes.setdefault(frozenset(parts) if parts is not None else None, []).append(rule)
    return scopes


def check(
    document: Document, rules: Sequence[Rule], flagged: set[tuple[int, int]]
) -> Iterator[tuple[Rule, Hit]]:
    """One hit per item and rule, spanning the whole item.

    All patterns of the rules sharing a scope form one matcher, so an item costs one search at
    most; most cost none, holding none of the words the patterns need.
    """
    for parts, scoped in _scopes(rules).items():
        patterns = tuple(p for rule in scoped for p in rule.patterns)
        anchors, gates = _anchors(patterns), _gates(patterns)
        for item in _targets(document, parts):
            key = fold(item.text)  # item text is already normalised
            if anchors is not None and not any(anchor in key for anchor in anchors):
                continue
            if not _may_match(gates, key):
                continue
            for rule in scoped:
                match = _first_match(rule, item, key)
                if match is None or (rule.exceptions and next(find(rule.exceptions, key), None)):
                    continue
                if rule.unless == "concrete" and is_concrete(document.outline.bullet_text(item)):
                    continue
                yield (
                    rule,
                    Hit(
                        item.line,
                        item.start,
                        item.end_line,
                        item.end,
                        {"match": item.text[match[0] : match[1]]},
                    ),
                )
