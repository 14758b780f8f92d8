"""Duplicate stage at scale, on synthetic syllable texts with planted copied passages.

    python benchmarks/bench_duplicates.py --docs 1000 --edit 0.10

Every 20th document lends a 150-syllable passage to the next one, with a share of its syllables
replaced uniformly at random; the rest are independent texts drawn from one vocabulary. Reports
wall time of fingerprinting, candidate search and passage verification, peak memory, and recall
of the planted pairs. Reading and parsing are not included (see bench_check.py).
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from pathlib import Path

from linter.align import passages, shared_seeds
from linter.fingerprint import Tokens, fingerprints, text_syllables

SOURCE = Path(__file__).resolve().parent.parent / "corpus"


def vocabulary() -> list[str]:
    words: set[str] = set()
    for path in sorted(SOURCE.rglob("*.txt"))[:20]:
        words.update(text_syllables(path.read_text(encoding="utf-8", errors="ignore").lower()))
    return sorted(w for w in words if w.isalpha())


def synthetic(count: int, edit: float, seed: int) -> tuple[list[tuple[str, ...]], list[int]]:
    rng = random.Random(seed)
    vocab = vocabulary()
    docs = [tuple(rng.choice(vocab) for _ in range(400)) for _ in range(count)]
    planted = list(range(0, count - 1, 20))
    for i in planted:
        copy = tuple(w if rng.random() >= edit else rng.choice(vocab) for w in docs[i][100:250])
        docs[i + 1] = docs[i + 1][:50] + copy + docs[i + 1][200:]
    return docs, planted


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--edit", type=float, default=0.10, help="share of syllables replaced")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    docs, planted = synthetic(args.docs, args.edit, args.seed)
    started = time.perf_counter()
    tokens = [Tokens(str(i), d, tuple(range(len(d)))) for i, d in enumerate(docs)]
    prints = [fingerprints(d) for d in docs]
    seeds = shared_seeds(prints, None, set(), max(20, args.docs // 100))
    found = {pair for pair, s in seeds.items() if passages(tokens[pair[0]], tokens[pair[1]], s)}
    elapsed = time.perf_counter() - started
    recalled = sum(1 for i in planted if (i, i + 1) in found)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{args.docs} docs, edit {args.edit:.0%}: {elapsed:.1f} s, peak {peak:.0f} MB, "
        f"planted pairs {recalled}/{len(planted)} found, other pairs {len(found) - recalled}"
    )


if __name__ == "__main__":
    main()
