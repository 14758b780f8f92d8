"""Run a rule's own examples: every `bad` must fire, no `good` may fire.

An example sentence is placed where the rule looks: inside the first template part in its
scope of a minimal commitment, or as a line of one for a whole-document rule. An example of
several lines is a whole document (structure rules judge whole documents).
"""

from __future__ import annotations

from dataclasses import dataclass

from linter.checks import KINDS
from linter.document import Document, make_line
from linter.parse import parse
from linter.rules import Rule
from linter.sections import UNPLACED, template_parts

_TITLES = {p.number: p.name for p in template_parts()}


def example_document(rule: Rule, sentence: str) -> Document:
    """A document holding the example: the example itself when it has several lines."""
    if "\n" in sentence.strip():
        return _document(sentence.strip().split("\n"))
    texts = ["BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2025", "Họ và tên: Nguyễn Văn An"]
    parts = sorted((rule.parts() or {3}) - {UNPLACED})
    if not parts:  # a rule for commitments whose parts cannot be told apart
        return _document([*texts, "Tôi xin cam kết:", f"- {sentence}"])
    for number in sorted({1, 2, 3, 4, 5, 6}):
        texts.append(f"{number}. Về {_TITLES[number].lower()}")
        if number == parts[0]:
            texts.append(f"- {sentence}")
    return _document(texts)


def _document(texts: list[str]) -> Document:
    lines = [make_line(n, text) for n, text in enumerate(texts, start=1)]
    document = Document("<example>", "<example>", "txt", lines)
    document.outline = parse(document)
    return document


@dataclass(frozen=True)
class ExampleResult:
    rule: str
    expected: str  # "bad" or "good"
    sentence: str
    fired: bool

    @property
    def ok(self) -> bool:
        return self.fired == (self.expected == "bad")


def run_examples(rule: Rule) -> list[ExampleResult]:
    kind = KINDS[rule.kind]
    check = kind.check
    if check is None and kind.example is None:
        return []
    results = []
    for expected in ("bad", "good"):
        for sentence in rule.examples.get(expected, ()):
            if kind.example is not None:  # the kind builds the documents its examples describe
                fired = kind.example(rule, sentence)
            else:
                document = example_document(rule, sentence)
                fired = any(True for _ in check(document, [rule], set()))  # type: ignore[misc]
            results.append(ExampleResult(rule.id, expected, sentence, fired))
    return results
