"""Duplicate stage at scale, on synthetic documents with planted copies (text already read).

    python benchmarks/bench_duplicates.py --docs 1000 --shape uniform --rate 0.15
    python benchmarks/bench_duplicates.py --docs 1000 --shape clustered --rate 0.25 --exhaustive 500

One planted group per 20 documents (see synthetic.py): a passage of ~150 syllables lent to
another document, a whole document copied, or a chain A → B → C. Every document is compared
with every other (as with --across-units). Prints wall time (fingerprints, candidate pairs,
verified passages), the circulating-passage pass (documents in units of 10, the way
`camket check` sees folders), peak memory of this process, recall per planted kind, the pairs
found that were not planted, and PAN's measures at syllable granularity. --exhaustive N also times
rapidfuzz's `process.cdist` (whole-document Indel ratio, one core) on the first N documents,
projects it quadratically to --docs, and reports how many planted pairs in that sample a
whole-document score separates from every unplanted pair.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import KINDS, SHAPES, Planted, flat, line_numbers, synthetic, with_implied

from linter.align import Passage, passages, shared_seeds
from linter.checks.duplicate import COMMON_FLOOR, COMMON_SHARE
from linter.circulating import circulating
from linter.fingerprint import Tokens, fingerprints
from linter.pan import Link, Span, pan_score

UNIT_SIZE = 10


def detect(tokens: list[Tokens]) -> tuple[dict[tuple[int, int], list[Passage]], dict[str, float]]:
    timings = {}
    started = time.perf_counter()
    prints = [fingerprints(t.syllables, t.lines) for t in tokens]
    timings["fingerprints"] = time.perf_counter() - started
    started = time.perf_counter()
    limit = max(COMMON_FLOOR, int(COMMON_SHARE * len(tokens)))
    seeds = shared_seeds(prints, None, set(), limit)
    timings["candidates"] = time.perf_counter() - started
    started = time.perf_counter()
    found = {}
    for (i, j), pair_seeds in seeds.items():
        shared = passages(tokens[i], tokens[j], pair_seeds)
        if shared:
            found[(i, j)] = shared
    timings["verify"] = time.perf_counter() - started
    timings["candidate_pairs"] = len(seeds)
    started = time.perf_counter()
    units = [str(i // UNIT_SIZE) for i in range(len(tokens))]
    timings["circulating_passages"] = len(circulating(prints, units))
    timings["circulating"] = time.perf_counter() - started
    return found, timings


def recall_by_kind(planted: list[Planted], found: dict) -> dict[str, tuple[int, int]]:
    result = {}
    for kind in KINDS:
        mine = [p for p in planted if p.kind == kind]
        hits = sum(1 for p in mine if (min(p.source, p.copy), max(p.source, p.copy)) in found)
        result[kind] = (hits, len(mine))
    return result


def expected_pairs(planted: list[Planted]) -> set[tuple[int, int]]:
    return {(min(p.source, p.copy), max(p.source, p.copy)) for p in with_implied(planted)}


def pan(planted: list[Planted], found: dict[tuple[int, int], list[Passage]]):
    cases = [
        Link(
            Span(str(p.source), p.source_start, p.source_end),
            Span(str(p.copy), p.copy_start, p.copy_end),
        )
        for p in with_implied(planted)
    ]
    detections = [
        Link(Span(str(i), x.a_start, x.a_end), Span(str(j), x.b_start, x.b_end))
        for (i, j), shared in found.items()
        for x in shared
    ]
    return pan_score(cases, detections)


def exhaustive(docs: list[tuple[str, ...]], planted: list[Planted], sample: int, total: int) -> str:
    from rapidfuzz import fuzz, process

    alphabet: dict[str, str] = {}
    texts = [
        "".join(alphabet.setdefault(w, chr(0x4E00 + len(alphabet))) for w in d)
        for d in docs[:sample]
    ]
    started = time.perf_counter()
    scores = process.cdist(texts, texts, scorer=fuzz.ratio, workers=1)
    elapsed = time.perf_counter() - started
    inside = {
        (min(p.source, p.copy), max(p.source, p.copy)): p.kind
        for p in planted
        if p.source < sample and p.copy < sample
    }
    chains = expected_pairs([p for p in planted if p.source < sample and p.copy < sample])
    unplanted = max(
        scores[i][j] for i in range(sample) for j in range(i + 1, sample) if (i, j) not in chains
    )
    separated = {kind: 0 for kind in KINDS}
    counted = {kind: 0 for kind in KINDS}
    for (i, j), kind in inside.items():
        counted[kind] += 1
        separated[kind] += scores[i][j] > unplanted
    projected = elapsed * (total / sample) ** 2
    by_kind = ", ".join(f"{k} {separated[k]}/{counted[k]}" for k in KINDS)
    return (
        f"exhaustive cdist on {sample} docs: {elapsed:.1f} s; projected to {total}: "
        f"{projected:.0f} s; planted pairs scoring above every unplanted pair: {by_kind} "
        f"(highest unplanted score {unplanted:.0f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--shape", choices=SHAPES, default="uniform")
    parser.add_argument("--rate", type=float, default=0.10, help="share of syllables edited")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--exhaustive", type=int, default=0, metavar="N")
    args = parser.parse_args()
    documents, planted = synthetic(args.docs, args.shape, args.rate, args.seed)
    docs = [flat(d) for d in documents]
    tokens = [Tokens(str(i), d, line_numbers(documents[i])) for i, d in enumerate(docs)]
    started = time.perf_counter()
    found, timings = detect(tokens)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    recalls = recall_by_kind(planted, found)
    others = set(found) - expected_pairs(planted)
    score = pan(planted, found)
    print(
        f"{args.docs} docs, {args.shape} edits {args.rate:.0%}: {elapsed:.2f} s "
        f"(fingerprints {timings['fingerprints']:.2f}, candidates {timings['candidates']:.2f}, "
        f"verify {timings['verify']:.2f}; {timings['candidate_pairs']} candidate pairs), "
        f"circulating {timings['circulating']:.2f} s ({timings['circulating_passages']} "
        f"passages), peak {peak:.0f} MB"
    )
    print(
        "recall: "
        + ", ".join(f"{k} {h}/{n}" for k, (h, n) in recalls.items())
        + f"; unplanted pairs found: {len(others)}"
    )
    print(
        f"PAN (syllables): precision {score.precision:.3f}, recall {score.recall:.3f}, "
        f"granularity {score.granularity:.3f}, plagdet {score.plagdet:.3f}"
    )
    if args.exhaustive:
        print(exhaustive(docs, planted, min(args.exhaustive, args.docs), args.docs))


if __name__ == "__main__":
    main()
