"""Synthetic units with planted copies, shared by the duplicate benchmarks.

A document is a list of sentences of syllables drawn at random from the corpus's vocabulary with
the corpus's frequencies (so, as in real commitments, any two documents share many words and
score 30–40% on a whole-document similarity, yet share no long run by chance). Copies are planted in three
shapes — a passage lent to another document, a whole document copied, a chain A → B → C where C
copies B's copy — and edited in one of two ways:

- `uniform`: each syllable replaced with probability `rate` (the worst case for fingerprints:
  only the untouched runs between edits survive);
- `clustered`: the way people edit — a name, a class, a figure or a phrase of 1–4 syllables
  swapped, words inserted or dropped, and sentences reordered, until `rate` of the syllables
  are touched.

Each planted copy records the syllable spans it covers on both sides, so recall, and PAN's
character measures at syllable granularity, can be computed against what the detector found.
"""

from __future__ import annotations

import itertools
import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from linter.fingerprint import text_syllables

SOURCE = Path(__file__).resolve().parent.parent / "corpus"
SHAPES = ("uniform", "clustered")
KINDS = ("passage", "whole", "chain")
DOCUMENT_SYLLABLES = 400
PASSAGE_SENTENCES = 10  # about 150 syllables
PLANT_EVERY = 20  # one planted group per 20 documents

Sentence = list[str]


@dataclass(frozen=True)
class Planted:
    """Document `copy` holds syllables [copy_start, copy_end) copied from `source`'s
    [source_start, source_end)."""

    kind: str
    source: int
    copy: int
    source_start: int
    source_end: int
    copy_start: int
    copy_end: int


class Vocabulary:
    """The corpus's syllables, drawn with their frequencies."""

    def __init__(self) -> None:
        counts: Counter[str] = Counter()
        for path in sorted(SOURCE.rglob("*.txt"))[:40]:
            text = path.read_text(encoding="utf-8", errors="ignore").lower()
            counts.update(w for w in text_syllables(text) if w.isalpha() and len(w) > 1)
        self.words = sorted(counts)
        self.weights = list(itertools.accumulate(counts[w] for w in self.words))

    def draw(self, rng: random.Random, count: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self.weights, k=count)

    def one(self, rng: random.Random) -> str:
        return self.draw(rng, 1)[0]


def _sentence(rng: random.Random, vocab: Vocabulary) -> Sentence:
    return vocab.draw(rng, rng.randint(10, 20))


def _document(rng: random.Random, vocab: Vocabulary) -> list[Sentence]:
    sentences: list[Sentence] = []
    while sum(map(len, sentences)) < DOCUMENT_SYLLABLES:
        sentences.append(_sentence(rng, vocab))
    return sentences


def uniform_edit(
    rng: random.Random, sentences: list[Sentence], rate: float, vocab: Vocabulary
) -> list[Sentence]:
    return [[w if rng.random() >= rate else vocab.one(rng) for w in s] for s in sentences]


def clustered_edit(
    rng: random.Random, sentences: list[Sentence], rate: float, vocab: Vocabulary
) -> list[Sentence]:
    """Swap, insert or drop runs of 1–4 syllables until `rate` of them changed, then reorder
    a few sentences."""
    edited = [list(s) for s in sentences]
    budget = rate * sum(map(len, edited))
    while budget > 0:
        sentence = rng.choice(edited)
        size = min(rng.randint(1, 4), len(sentence) - 1)
        start = rng.randrange(len(sentence) - size + 1)
        operation = rng.random()
        if operation < 0.6:
            sentence[start : start + size] = vocab.draw(rng, size)
        elif operation < 0.8:
            sentence[start:start] = vocab.draw(rng, size)
        else:
            del sentence[start : start + size]
        budget -= size
    for _ in range(max(1, len(edited) // 4)):
        i = rng.randrange(len(edited))
        j = min(len(edited) - 1, i + rng.randint(1, 3))
        edited[i], edited[j] = edited[j], edited[i]
    return edited


def _offset(sentences: list[Sentence], index: int) -> int:
    return sum(len(s) for s in sentences[:index])


def _lend(
    rng: random.Random,
    docs: list[list[Sentence]],
    source: int,
    copy: int,
    kind: str,
    edit,
) -> Planted:
    """Copy a passage of `source` (or all of it) into `copy`, edited."""
    lender = docs[source]
    if kind == "whole":
        first, last = 0, len(lender)
        docs[copy] = edit(lender)
        where = 0
    else:
        first = rng.randrange(0, len(lender) - PASSAGE_SENTENCES)
        last = first + PASSAGE_SENTENCES
        where = rng.randrange(1, len(docs[copy]) - PASSAGE_SENTENCES)
        docs[copy][where : where + PASSAGE_SENTENCES] = edit(lender[first:last])
    copied = docs[copy][where : where + (last - first)]
    start = _offset(docs[copy], where)
    return Planted(
        kind,
        source,
        copy,
        _offset(lender, first),
        _offset(lender, last),
        start,
        start + sum(map(len, copied)),
    )


def synthetic(
    count: int, shape: str, rate: float, seed: int = 1
) -> tuple[list[list[Sentence]], list[Planted]]:
    """`count` documents; every PLANT_EVERY documents one planted group, kinds in turn."""
    rng = random.Random(seed)
    vocab = Vocabulary()
    docs = [_document(rng, vocab) for _ in range(count)]
    editor = uniform_edit if shape == "uniform" else clustered_edit

    def edit(sentences: list[Sentence]) -> list[Sentence]:
        return editor(rng, sentences, rate, vocab)

    planted: list[Planted] = []
    for group, first in enumerate(range(0, count - 2, PLANT_EVERY)):
        kind = KINDS[group % len(KINDS)]
        if kind == "chain":
            planted.append(_lend(rng, docs, first, first + 1, "chain", edit))
            # C copies what B copied: the same sentences, edited once more
            b = planted[-1]
            lent = _sentences_between(docs[first + 1], b.copy_start, b.copy_end)
            where = rng.randrange(1, len(docs[first + 2]) - len(lent))
            docs[first + 2][where : where + len(lent)] = edit(lent)
            start = _offset(docs[first + 2], where)
            size = sum(len(s) for s in docs[first + 2][where : where + len(lent)])
            planted.append(
                Planted(
                    "chain", first + 1, first + 2, b.copy_start, b.copy_end, start, start + size
                )
            )
        else:
            planted.append(_lend(rng, docs, first, first + 1, kind, edit))
    return docs, planted


def _sentences_between(sentences: list[Sentence], start: int, end: int) -> list[Sentence]:
    found, offset = [], 0
    for sentence in sentences:
        if start <= offset < end:
            found.append(sentence)
        offset += len(sentence)
    return found


def with_implied(planted: list[Planted]) -> list[Planted]:
    """Planted copies, and A–C of each chain: C holds A's text too, copied twice."""
    chains = [p for p in planted if p.kind == "chain"]
    implied = [
        Planted("implied", a.source, b.copy, a.source_start, a.source_end, b.copy_start, b.copy_end)
        for a, b in zip(chains[::2], chains[1::2], strict=False)
    ]
    return planted + implied


def flat(document: list[Sentence]) -> tuple[str, ...]:
    return tuple(w for sentence in document for w in sentence)


def line_numbers(document: list[Sentence]) -> tuple[int, ...]:
    """One line per sentence, as in a commitment's list of items."""
    return tuple(n for n, sentence in enumerate(document, 1) for _ in sentence)
