"""Cache entries: pickle as camket wrote them before linter.codec, against linter.codec (not a test).

Usage: python benchmarks/bench_codec.py [PATH ...] [--repeat 5]

Analyses every document under PATH (default: the bundled corpus, with its camket.yaml) once,
then, in this one process and round by round so that a noisy machine slows both alike, times
the old pickles (OldPacked below: the packing Document pickled with before, kept here to
compare with) and linter.codec's entries: encoding, decoding, and unpacking the lines of every
decoded document (a run does that only for the documents whose lines it reads). Each figure is
the best of --repeat rounds, in CPU time per document, with the collector off as in timeit.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import pickle
import statistics
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from linter import codec
from linter.config import Settings, find_config, load_config
from linter.document import CellRef, Document, Line, NormalizedText, _cut
from linter.engine import Analysis, document_job
from linter.rules import load_rules
from linter.sources import discover

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@dataclass(frozen=True)
class OldPacked:
    """document._Packed as it was when the cache held pickles: the texts as UTF-8 bytes, the
    position maps as tuples by line."""

    numbers: tuple[int, ...]
    texts: bytes
    lengths: tuple[int, ...]
    cleans: bytes
    clean_lengths: tuple[int, ...]
    maps: dict[int, tuple[Sequence[int], Sequence[int]]]
    cells: dict[int, CellRef]
    bold: frozenset[int]

    @classmethod
    def of(cls, lines: Sequence[Line]) -> OldPacked:
        changed = {i: line.norm.text for i, line in enumerate(lines) if line.norm.text != line.text}
        return cls(
            numbers=tuple(line.number for line in lines),
            texts="".join(line.text for line in lines).encode("utf-8", "surrogatepass"),
            lengths=tuple(len(line.text) for line in lines),
            cleans="".join(changed.values()).encode("utf-8", "surrogatepass"),
            clean_lengths=tuple(len(changed[i]) if i in changed else -1 for i in range(len(lines))),
            maps={
                i: (line.norm.starts, line.norm.ends)
                for i, line in enumerate(lines)
                if not isinstance(line.norm.starts, range)
            },
            cells={i: line.cell for i, line in enumerate(lines) if line.cell is not None},
            bold=frozenset(i for i, line in enumerate(lines) if line.bold),
        )

    def lines(self) -> list[Line]:
        texts = _cut(self.texts.decode("utf-8", "surrogatepass"), self.lengths)
        cleans = iter(_cut(self.cleans.decode("utf-8", "surrogatepass"), self.clean_lengths))
        lines = []
        for index, (number, text) in enumerate(zip(self.numbers, texts, strict=True)):
            clean = text if self.clean_lengths[index] < 0 else next(cleans)
            starts, ends = self.maps.get(index) or (range(len(text)), range(1, len(text) + 1))
            norm = NormalizedText(clean, starts, ends, len(text))
            lines.append(Line(number, text, norm, self.cells.get(index), index in self.bold))
        return lines


def _old_state(document: Document) -> dict[str, object]:
    state = dict(document.__dict__)
    state["_packed_lines"] = OldPacked.of(state.pop("lines"))  # Document unpacks it on use
    return state


@contextlib.contextmanager
def old_pickling() -> Iterator[None]:
    """Documents pickle as they did before linter.codec."""
    current = Document.__getstate__
    Document.__getstate__ = _old_state  # type: ignore[method-assign]
    try:
        yield
    finally:
        Document.__getstate__ = current  # type: ignore[method-assign]


def old_dumps(analysis: Analysis) -> bytes:
    with old_pickling():
        return pickle.dumps(analysis, protocol=pickle.HIGHEST_PROTOCOL)


def analyses(paths: list[Path]) -> list[Analysis]:
    config = find_config(paths)
    settings = load_config(config) if config else Settings()
    job = document_job(load_rules(settings.rule_dirs), settings)
    return [job.analyse(source) for source in discover(paths, settings.exclude)]


def unpack_lines(analysis: Analysis) -> None:
    if analysis.document is not None:
        analysis.document.lines  # noqa: B018 (unpacks them)


def timed(function: Callable[[Any], Any], items: list[Any]) -> float:
    """CPU seconds per item of one pass, the collector off."""
    gc.disable()
    try:
        start = time.process_time()
        for item in items:
            function(item)
        return (time.process_time() - start) / len(items)
    finally:
        gc.enable()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("paths", nargs="*", type=Path, default=[CORPUS])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    made = analyses(args.paths)
    pickles = [old_dumps(a) for a in made]
    entries = [codec.encode(a) for a in made]
    assert all(codec.decode(e) == a for e, a in zip(entries, made, strict=True))
    assert all(pickle.loads(p) == a for p, a in zip(pickles, made, strict=True))
    rounds: dict[str, list[float]] = {}
    for _ in range(args.repeat):
        for name, dump, load, data in (
            ("pickle", old_dumps, pickle.loads, pickles),
            ("codec", codec.encode, codec.decode, entries),
        ):
            rounds.setdefault(f"{name} encode", []).append(timed(dump, made))
            rounds.setdefault(f"{name} decode", []).append(timed(load, data))
            loaded = [load(d) for d in data]
            rounds.setdefault(f"{name} lines", []).append(timed(unpack_lines, loaded))
    print(f"{len(made)} analyses; CPU time per document, best of {args.repeat} rounds:")
    for name, data in (("pickle", pickles), ("codec", entries)):
        figures = "  ".join(
            f"{step} {min(rounds[f'{name} {step}']) * 1e6:4.0f} µs"
            for step in ("encode", "decode", "lines")
        )
        sizes = [len(entry) for entry in data]
        print(
            f"  {name:6}  {figures}  entries: mean {statistics.mean(sizes) / 1024:.1f} KiB, "
            f"largest {max(sizes) / 1024:.1f} KiB, all {sum(sizes) / 2**20:.2f} MiB"
        )


if __name__ == "__main__":
    main()
