"""The check kinds. A rule's `kind` names one of these; a new kind is one module plus one line here."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from linter.checks import phrase
from linter.document import Document
from linter.findings import Hit
from linter.rules import Rule
from linter.yamlfile import LoadedYaml


def _no_validation(rule: Rule, loaded: LoadedYaml) -> None:
    return None


@dataclass(frozen=True)
class Kind:
    name: str
    # Raise loaded.error(...) for a rule this kind cannot run.
    validate: Callable[[Rule, LoadedYaml], None]
    # Per-document check; None for kinds the engine reports itself (unreadable input).
    check: Callable[[Document, Rule], Iterator[Hit]] | None
    needs_examples: bool = True


KINDS: dict[str, Kind] = {
    "phrase": Kind("phrase", phrase.validate, phrase.check),
    "input": Kind("input", _no_validation, None, needs_examples=False),
}
