"""The check kinds. A rule's `kind` names one of these; a new kind is one module plus one line here.

Kinds run in the order listed: phrase rules first, so a more general kind can skip what they found.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from linter.batch import BatchOptions
from linter.checks import date_order, duplicate, phrase, review, specificity, structure
from linter.document import Document
from linter.findings import Hit
from linter.rules import Rule
from linter.yamlfile import LoadedYaml


def _no_validation(rule: Rule, loaded: LoadedYaml) -> None:
    return None


@dataclass(frozen=True)
class Kind:
    name: str
    # Raise loaded.error(...) for a rule this kind cannot run (its options are checked first,
    # by option_problem, for every kind).
    validate: Callable[[Rule, LoadedYaml], None]
    # Per-document check of all the rules of this kind: yields (rule, hit). `flagged` holds the
    # (line, start) of items earlier kinds already reported as vague, so an item is reported
    # once. None for kinds the engine reports itself (unreadable input).
    check: (
        Callable[[Document, Sequence[Rule], set[tuple[int, int]]], Iterator[tuple[Rule, Hit]]]
        | None
    )
    needs_examples: bool = True
    # Batch check over all the documents of a run (copies): yields (rule, document, hit).
    batch: (
        Callable[
            [Sequence[Document], Sequence[Rule], BatchOptions], Iterator[tuple[Rule, Document, Hit]]
        ]
        | None
    ) = None
    # What is wrong with a rule's options (also when camket.yaml overrides them), or None.
    option_problem: Callable[[dict], str | None] = lambda options: None
    # Whether a rule fires on one of its examples, for a kind whose examples are not a
    # sentence in a commitment (a batch kind's own small specification); None: the default.
    example: Callable[[Rule, str], bool] | None = None


KINDS: dict[str, Kind] = {
    "phrase": Kind("phrase", phrase.validate, phrase.check, option_problem=phrase.option_problem),
    "specificity": Kind(
        "specificity",
        specificity.validate,
        specificity.check,
        option_problem=specificity.option_problem,
    ),
    "structure": Kind(
        "structure", _no_validation, structure.check, option_problem=structure.option_problem
    ),
    "duplicate": Kind(
        "duplicate",
        _no_validation,
        None,
        needs_examples=False,  # judged across documents: tested on units of files, not sentences
        option_problem=duplicate.option_problem,
        batch=duplicate.check_batch,
    ),
    "date": Kind(
        "date",
        _no_validation,
        date_order.check,
        needs_examples=False,  # judged on a document's header and across documents
        option_problem=date_order.option_problem,
        batch=date_order.check_batch,
    ),
    "review": Kind(
        "review",
        _no_validation,
        None,
        option_problem=review.option_problem,
        batch=review.check_batch,
        example=review.run_example,
    ),
    "input": Kind("input", _no_validation, None, needs_examples=False),
}


def _archive_kind() -> Kind:
    from linter.archive import compare

    return Kind(
        "archive",
        _no_validation,
        None,
        needs_examples=False,  # judged against an archive of earlier years
        option_problem=compare.option_problem,
        batch=compare.check_batch,
    )


KINDS["archive"] = _archive_kind()
