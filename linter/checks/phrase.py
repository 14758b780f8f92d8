"""The `phrase` kind: vague phrases written as small patterns over normalised syllables.

Pattern language: words; `[chức trách]` optional; `(tốt|xuất sắc)` alternatives; `…` a gap of
up to 3 words, `{0,5}` a gap of up to 5 (at most 20). Case and tone placement do not matter.
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
from linter.normalize import fold, match_key
from linter.rules import Rule
from linter.yamlfile import LoadedYaml

# Spaces and punctuation inside a sentence; also the word boundary. "…" ends a sentence too,
# but a character beyond Latin-1 in a class makes `re` build a 64K table for every one of them
# (a pattern set compiled four times slower): the text searched has it as \x1e (_searchable).
_SEP = r"[^\w.!?\x1e]+"
_LEADING_SEP = re.compile(rf"^{_SEP}")
_TOKENS = re.compile(r"\[|\]|\(|\)|\||…|\.\.\.|\{\d+,\d+\}|[^\s\[\]()|…{}]+")
_MAX_GAP = 20  # words a `{a,b}` gap may span
_MAX_DEPTH = 10  # groups inside groups; real patterns nest one deep


class PatternError(ValueError):
    pass


@dataclass(frozen=True)
class _Parsed:
    """A pattern's tokens up to a closer, as a regex source."""

    source: str
    position: int  # where it stopped
    needs_word: bool  # a sequence that needs no word would match anywhere
    # Sets of words of which every match holds one: a word outside brackets is a set of one;
    # a group "(a|b)" whose alternatives each hold such a set gives the union of theirs.
    required: tuple[frozenset[str], ...]


def _sequence(tokens: list[str], position: int, closers: str, depth: int = 0) -> _Parsed:
    if depth > _MAX_DEPTH:
        raise PatternError("quá nhiều nhóm lồng nhau")
    parts: list[str] = []
    needs_word = False
    required: list[frozenset[str]] = []
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
            group = f"(?:{'|'.join(a.source for a in alternatives)})"
            parts.append(group + "?" if token == "[" else group)
            if token == "(":
                needs_word = needs_word or all(a.needs_word for a in alternatives)
                telling = [_most_telling(a.required) for a in alternatives]
                if all(words is not None for words in telling):
                    required.append(frozenset().union(*telling))  # type: ignore[arg-type]
        elif token in ("…", "...") or token.startswith("{"):
            low, high = (0, 3) if not token.startswith("{") else map(int, token[1:-1].split(","))
            if not low <= high <= _MAX_GAP:
                raise PatternError(f"“{token}”: cần {{a,b}} với a ≤ b ≤ {_MAX_GAP}")
            parts.append(rf"(?:{_SEP}\w+){{{low},{high}}}")
            needs_word = needs_word or low > 0
        elif token in "])|":
            raise PatternError(f"“{token}” không đúng chỗ")
        else:
            parts.append(_SEP + re.escape(match_key(token)))
            needs_word = True
            required.append(frozenset({match_key(token)}))
        position += 1
    if not parts and closers != "|]":
        raise PatternError("nhóm rỗng")
    return _Parsed("".join(parts), position, needs_word, tuple(required))


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
    return parsed


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


def option_problem(options: dict) -> str | None:
    return f"luật loại phrase không có tùy chọn ({', '.join(options)})" if options else None


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
        anchors, prefilter = _anchors(patterns), _matcher(patterns)
        for item in _targets(document, parts):
            key = fold(item.text)  # item text is already normalised
            if anchors is not None and not any(anchor in key for anchor in anchors):
                continue
            if not prefilter.search(_searchable(key)):
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
