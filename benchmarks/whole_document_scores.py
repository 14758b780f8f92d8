"""Why whole-document scores do not find copied passages, measured on the bundled corpus.

    python benchmarks/whole_document_scores.py

Scores every pair of commitments in the same unit with rapidfuzz's whole-document Indel ratio
(`process.cdist` on syllable-coded texts, as an exhaustive comparison would) and prints, for the
labelled copies, how many score above every unlabelled pair of the same unit: the share a
whole-document threshold could report without a single false pair.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from rapidfuzz import fuzz, process

from linter.config import Settings
from linter.engine import run
from linter.fingerprint import tokens
from linter.labels import load_labels
from linter.rules import load_rules

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def main() -> None:
    labels = load_labels(CORPUS / "labels.yaml")
    copies = {frozenset((c["a"], c["b"])) for c in labels.copies}
    report = run([CORPUS], load_rules(), Settings(select=("duplicate",)))
    members = [d for d in report.documents if d.outline.kind == "commitment"]
    paths = [Path(d.path).resolve().relative_to(CORPUS).as_posix() for d in members]
    alphabet: dict[str, str] = {}
    texts = [
        "".join(alphabet.setdefault(s, chr(0x4E00 + len(alphabet))) for s in tokens(d).syllables)
        for d in members
    ]
    scores = process.cdist(texts, texts, scorer=fuzz.ratio)
    copied, unlabelled = [], []
    for i, j in itertools.combinations(range(len(members)), 2):
        if members[i].unit != members[j].unit:
            continue
        pair = frozenset((paths[i], paths[j]))
        (copied if pair in copies else unlabelled).append(float(scores[i][j]))
    ceiling = max(unlabelled)
    above = sum(1 for score in copied if score > ceiling)
    print(
        f"{len(members)} commitments; labelled copies score {min(copied):.0f}–{max(copied):.0f}, "
        f"unlabelled pairs of a unit up to {ceiling:.0f}: {above}/{len(copied)} copies lie above "
        "every unlabelled pair"
    )


if __name__ == "__main__":
    main()
