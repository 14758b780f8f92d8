"""The writer's role (teacher, health, police, …) and concrete examples that fit it.

The role comes from the position line and the cell's name (rules/data/roles.yaml, `position`);
failing that, from the words of the commitment's items (`content`, at least two hits). Parts
that ask the same of everyone (ethics, discipline) have examples of their own
(rules/data/part_examples.yaml).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from linter import resources
from linter.alternation import alternation
from linter.read.normalize import fold, match_key

MIN_CONTENT_HITS = 2
_WORD_CHARACTER = re.compile(r"\w")


@functools.cache
def _patterns(field: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    roles: dict[str, dict[str, list[str]]] = resources.data("roles")["roles"]
    compiled = []
    for role, words in roles.items():
        alternatives = alternation(match_key(w) for w in words[field])
        compiled.append((role, re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")))
    return tuple(compiled)


def role_from_position(*texts: str | None) -> str | None:
    for text in texts:
        if not text:
            continue
        key = match_key(text)
        for role, pattern in _patterns("position"):
            if pattern.search(key):
                return role
    return None


@functools.cache
def _content_scans() -> tuple[re.Pattern[str], ...]:
    """Each role's content pattern, in the order of `_patterns("content")`, without the look-behind
    that starts it: sre then skips to a first letter of a word at once instead of trying every
    position (see _count)."""
    roles: dict[str, dict[str, list[str]]] = resources.data("roles")["roles"]
    return tuple(
        re.compile(rf"(?:{alternation(match_key(w) for w in words['content'])})(?!\w)")
        for words in roles.values()
    )


def _count(key: str, pattern: re.Pattern[str], scan: re.Pattern[str]) -> int:
    """len(pattern.findall(key)), `scan` being `pattern` less its leading look-behind: the two
    find the same matches when none of scan's follows a word character (then, from any
    position, the first match of either is the other's), else the pattern itself counts."""
    count = 0
    for match in scan.finditer(key):
        start = match.start()
        if start and _WORD_CHARACTER.match(key, start - 1):
            return len(pattern.findall(key))
        count += 1
    return count


def role_from_content(texts: Iterable[str]) -> str | None:
    """The role the items' wording points to; `texts` are normalised already (Line.clean)."""
    key = fold(" ".join(texts))
    counts = [
        (_count(key, pattern, scan), role)
        for (role, pattern), scan in zip(_patterns("content"), _content_scans(), strict=True)
    ]
    hits, role = max(counts, default=(0, None))
    return role if hits >= MIN_CONTENT_HITS else None


def role_example(role: str | None, lang: str, seed: int = 0) -> str:
    """A concrete commitment written for this role (the default ones when it is unknown)."""
    examples: dict[str, list[dict[str, str]]] = resources.data("role_examples")
    chosen = examples.get(role or "default") or examples["default"]
    example = chosen[seed % len(chosen)]
    return example.get(lang) or example["vi"]


@functools.cache
def _part_examples() -> dict[str, list[dict[str, str]]]:
    return {str(part): entries for part, entries in resources.data("part_examples").items()}


def part_example(part: int | None, role: str | None, lang: str, seed: int = 0) -> str:
    """A concrete commitment for this template part (`None` or 0: outside the template's
    parts); for a part whose examples depend on the writer's role (the duties), the role's."""
    examples = _part_examples()
    chosen = examples.get(str(part) if part else "default")
    if chosen is None:
        return role_example(role, lang, seed)
    example = chosen[seed % len(chosen)]
    return example.get(lang) or example["vi"]
