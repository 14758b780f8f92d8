"""The cache's entries (linter.codec): every analysis comes back whole, and whatever bytes sit in
the cache folder, damaged, foreign, forged or a pickle, they are a miss and never a crash or code
run: the file is analysed again and its entry written anew."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import pickle
import random
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import CORPUS, small_unit, spread
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from linter import cache as cache_module
from linter import codec
from linter.cache import SUFFIX, AnalysisCache
from linter.cli import main
from linter.codec import CodecError, decode, encode
from linter.config import Settings, find_config, load_config
from linter.document import CellRef, Document, make_line
from linter.engine import Analysis, FileEntry, document_job, run
from linter.findings import SEVERITIES, Finding, Related
from linter.rules import load_rules
from linter.sources import Source, discover


@pytest.fixture(scope="module")
def job():
    config = find_config([CORPUS])
    return document_job(load_rules(), load_config(config) if config else Settings())


@pytest.fixture(scope="module")
def corpus_analyses(job):
    """The analyses of a spread of the corpus (one file in four, every format)."""
    sources = list(discover([CORPUS], ()))
    picked = set(spread([source.path for source in sources], 4))
    return [job.analyse(source) for source in sources if source.path in picked]


def _rich(analysis: Analysis) -> bool:
    """A .docx commitment with findings, citations, cells, bold lines and position maps."""
    document = analysis.document
    return (
        analysis.entry.path.endswith(".docx")
        and bool(analysis.findings)
        and document.outline.kind == "commitment"
        and bool(document.outline.citations and document.prints)
        and bool(document.outline.sections[0].items)
        and any(line.cell for line in document.lines)
        and any(line.bold for line in document.lines)
        and document.packed_lines().mapped
    )


@pytest.fixture(scope="module")
def entry(job):
    """The entry of the first corpus .docx commitment that has all `_rich` asks for."""
    docx = (source for source in discover([CORPUS], ()) if source.path.suffix == ".docx")
    return encode(next(analysis for analysis in map(job.analyse, docx) if _rich(analysis)))


def differences(original: object, copy: object, where: str = "analysis") -> list[str]:
    """Where two values differ, field by field through the dataclasses (lines included)."""
    if dataclasses.is_dataclass(original) and not isinstance(original, type):
        if type(copy) is not type(original):
            return [f"{where}: {type(copy).__name__}, not {type(original).__name__}"]
        return [
            difference
            for field in dataclasses.fields(original)
            for difference in differences(
                getattr(original, field.name), getattr(copy, field.name), f"{where}.{field.name}"
            )
        ]
    if isinstance(original, (list, tuple)) and type(copy) is type(original):
        if len(copy) != len(original):
            return [f"{where}: {len(copy)} items, not {len(original)}"]
        return [
            d
            for i, pair in enumerate(zip(original, copy, strict=True))
            for d in differences(*pair, f"{where}[{i}]")
        ]
    same = type(copy) is type(original) and copy == original
    return [] if same else [f"{where}: {copy!r:.80} instead of {original!r:.80}"]


def forged(tree: object) -> bytes:
    """An entry as a third party could write one: any payload under a valid digest."""
    payload = json.dumps(tree, ensure_ascii=False).encode("utf-8", "surrogatepass")
    return codec.MAGIC + bytes((codec.VERSION,)) + hashlib.sha256(payload).digest() + payload


def tree_of(data: bytes) -> list:
    return json.loads(data[codec._HEADER_SIZE :])


# Round trips


def test_every_corpus_analysis_comes_back_equal_field_by_field(corpus_analyses):
    documents = [a.document for a in corpus_analyses if a.document is not None]
    assert len(corpus_analyses) >= 100 and len(documents) == len(corpus_analyses)
    # the corpus has what the packing carries besides text: cells, bold lines, position maps
    assert any(line.cell for d in documents for line in d.lines)
    assert any(line.bold for d in documents for line in d.lines)
    assert any(not isinstance(line.norm.starts, range) for d in documents for line in d.lines)
    assert {"cp1258", "utf-16"} <= {d.encoding for d in documents}
    for analysis in corpus_analyses:
        copy = decode(encode(analysis))
        assert differences(analysis, copy) == [], analysis.entry.path
        assert copy == analysis
        assert copy.document.prints == analysis.document.prints
        assert copy.findings == analysis.findings
    assert sum(bool(analysis.findings) for analysis in corpus_analyses) > 50


def test_lines_stay_packed_until_used(corpus_analyses):
    analysis = corpus_analyses[0]
    copy = decode(encode(analysis))
    assert "lines" not in vars(copy.document)
    assert copy.document.outline == analysis.document.outline  # what the batch stage reads
    assert "lines" not in vars(copy.document)
    assert copy.document.lines == analysis.document.lines
    assert "lines" in vars(copy.document)
    middle = decode(encode(analysis))
    again = decode(encode(middle))
    assert "lines" not in vars(middle.document)  # encoded from its packed lines as they were
    assert again == analysis


def test_an_unreadable_file_and_a_finding_with_related_files_come_back(job, tmp_path):
    broken = tmp_path / "cam-ket-hong.docx"
    broken.write_bytes(b"PK\x03\x04 not really a Word file")
    unreadable = job.analyse(Source(broken, broken.name, "chi-bo"))
    assert unreadable.document is None and unreadable.entry.error
    assert decode(encode(unreadable)) == unreadable
    finding = dataclasses.replace(
        unreadable.findings[0],
        suggestion=None,
        related=(Related("chi-bo/cam-ket-a.txt", 4, 6), Related("chi-bo/ke-hoach.txt")),
    )
    linked = Analysis(
        FileEntry("a.txt", "chi-bo", "commitment", None, "03-KH/CB"), None, (finding,)
    )
    assert differences(linked, decode(encode(linked))) == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.text(max_size=40), st.booleans(), st.booleans(), st.integers(0, 70_000)),
        max_size=8,
    )
)
@example([("\ud800 nửa cặp thay thế", False, False, 0), ("ho\u0300a\u00a0  bình", True, True, 3)])
@example([("\t" + "x" * 300 + "  y", False, False, 0)])  # positions past a byte's reach
def test_any_lines_come_back(rows) -> None:
    lines = [
        make_line(number, text, CellRef(number, row, 1) if in_cell else None, bold)
        for number, (text, in_cell, bold, row) in enumerate(rows, start=1)
    ]
    document = Document("a.txt", "chi-bo", "txt", lines, "utf-8")
    entry = FileEntry("a.txt", "chi-bo", None, None, None)
    copy = decode(encode(Analysis(entry, document, ())))
    assert copy.document.lines == lines


# Damaged and foreign bytes


def test_a_flipped_bit_anywhere_is_a_clean_miss(entry, tmp_path):
    cache = AnalysisCache(tmp_path, "v")
    key = cache.key(b"x", "a.txt", "u")
    positions = [*range(0, codec._HEADER_SIZE), *range(0, len(entry), 97), len(entry) - 1]
    for position in positions:
        for bit in (0, 7):
            damaged = bytearray(entry)
            damaged[position] ^= 1 << bit
            with pytest.raises(CodecError):
                decode(bytes(damaged))
            cache.put_encoded(key, bytes(damaged))
            assert cache.get(key) is None
    cache.put_encoded(key, entry)
    assert cache.get(key) == decode(entry)


def test_truncations_empty_and_random_bytes_are_misses(entry):
    rng = random.Random(2025)
    cuts = [0, 1, 4, 5, codec._HEADER_SIZE - 1, codec._HEADER_SIZE, len(entry) // 2, len(entry) - 1]
    samples = [entry[:cut] for cut in cuts]
    samples += [rng.randbytes(size) for size in (1, 40, 4096, len(entry))]
    samples += [codec.MAGIC + bytes((codec.VERSION,)) + rng.randbytes(size) for size in (10, 4096)]
    samples += [entry + b"\x00", b"\x80\x05" + entry]  # a byte added at either end
    for data in samples:
        with pytest.raises(CodecError):
            decode(data)


def test_another_version_or_magic_is_a_miss(entry):
    with pytest.raises(CodecError, match="version"):
        decode(entry[:4] + bytes((codec.VERSION + 1,)) + entry[5:])
    with pytest.raises(CodecError):
        decode(b"JUNK" + entry[4:])


def _set(path: tuple, value):
    """A change to an entry's parsed payload: the item at `path` set to `value`."""

    def change(tree):
        node = tree
        for step in path[:-1]:
            node = node[step]
        node[path[-1]] = value(node[path[-1]]) if callable(value) else value

    return change


def _numbers(packed: str) -> list[int]:
    return list(codec._decode_array(packed))


def _array(numbers: list[int]) -> str:
    return codec._encode_array(numbers)


# Paths into the payload: [entry, document, findings]; a document is [path, unit, format,
# lines, encoding, outline, prints, syllable_lines, syllables]; findings are columns (rule, category,
# severity, path, line, column, …); packed lines are [numbers, texts, lengths, cleans,
# clean_lengths, mapped, starts, ends, cells, bold].
LINES = (1, 3)
FORGERIES = {
    "a number where the lines are": _set(LINES, 5),
    "a string where the document is": _set((1,), "tài liệu"),
    "a string where a line number is": _set((2, 4, 0), "3"),
    "true where a line number is": _set((2, 4, 0), True),
    "a float where a column is": _set((2, 5, 0), 1.0),
    "a negative line number": _set((2, 4, 0), -1),
    "a number too large": _set((2, 4, 0), 2**70),
    "a severity no one knows": _set((2, 2, 0), "fatal"),
    "a category no one knows": _set((2, 1, 0), "khác"),
    "an impossible date": _set((1, 5, 3, 2), "2025-02-30"),
    "a date that is a number": _set((1, 5, 3, 2), 20250220),
    "a field too many": _set((0,), lambda entry: [*entry, "thêm"]),
    "a field too few": _set((0,), lambda entry: entry[:-1]),
    "a findings column cut short": _set((2, 4), lambda column: column[:-1]),
    "line texts longer than their lengths": _set((*LINES, 1), lambda text: text + "x"),
    "lengths that do not add up": _set(
        (*LINES, 2), lambda lengths: [*lengths[:-1], lengths[-1] + 1]
    ),
    "a line number that is a string": _set((*LINES, 0, 0), "1"),
    "one length too many": _set((*LINES, 2), lambda lengths: [*lengths, 0]),
    "a clean length below -1": _set((*LINES, 4, 0), -2),
    "a map for a line that is not there": _set((*LINES, 5), lambda mapped: [*mapped, 10_000]),
    "a map step too many": _set((*LINES, 6), lambda steps: _array([*_numbers(steps), 1])),
    "map steps that are not base64": _set((*LINES, 6), "b!!!!"),
    "map steps of an unknown type": _set((*LINES, 6), lambda steps: "d" + steps[1:]),
    "a cell for a line that is not there": _set((*LINES, 8), [[10_000, [0, 0, 0]]]),
    "a cell that is not a cell": _set((*LINES, 8), [[0, [0, 0]]]),
    "a bold line that is not there": _set((*LINES, 9), [10_000]),
    "fingerprints without positions": _set((1, 6), lambda prints: prints[:1]),
    "fingerprints of unequal length": _set((1, 6, 1), lambda at: _array(_numbers(at)[:-1])),
    "a negative fingerprint": _set((1, 6), ["b/w==", "bAA=="]),
    "syllable lines of unequal length": _set((1, 7, 1), lambda lines: lines[:-1]),
    "syllables that are a list": _set((1, 8), lambda text: text.split(" ")),
    "an outline that is an object": _set((1, 5), {"kind": "commitment"}),
    "sections that are a string": _set((1, 5, 6), "mục"),
    "items columns of unequal length": _set((1, 5, 6, 5, 1, 0), lambda c: [*c, 1]),
}


@pytest.mark.parametrize("name", FORGERIES)
def test_a_forged_entry_with_a_valid_digest_is_a_miss(entry, tmp_path, name):
    tree = tree_of(entry)
    assert decode(forged(tree)) == decode(entry)  # the forgery alone makes it fail
    FORGERIES[name](tree)
    with pytest.raises(CodecError):
        decode(forged(tree))
    cache = AnalysisCache(tmp_path, "v")
    cache.put_encoded("ab" * 32, forged(tree))
    assert cache.get("ab" * 32) is None


@pytest.mark.parametrize(
    "payload",
    [
        b"[" * 100_000 + b"]" * 100_000,  # deeper than any parser's stack
        b'{"entry": null}',
        b"null",
        b'"chu\xe1\xbb\x97i"',
        b"[NaN, Infinity, -Infinity]",
        b"\xff\xfe not UTF-8",
        b"[" + b"9" * 5000 + b"]",  # more digits than Python turns into a number
        b"",
    ],
)
def test_a_forged_payload_that_is_not_an_analysis_is_a_miss(payload):
    data = codec.MAGIC + bytes((codec.VERSION,)) + hashlib.sha256(payload).digest() + payload
    with pytest.raises(CodecError):
        decode(data)


def _json_values():
    leaves = st.one_of(
        st.none(), st.booleans(), st.integers(-3, 2**64), st.floats(), st.text(max_size=5)
    )
    return st.recursive(leaves, lambda inner: st.lists(inner, max_size=4), max_leaves=12)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.randoms(use_true_random=False), _json_values())
def test_any_node_replaced_by_any_value_decodes_whole_or_raises_codec_error(entry, rng, value):
    """Only CodecError escapes, and what decodes is whole: its lines unpack, its findings sort."""
    tree = tree_of(entry)
    node, path = tree, []
    while isinstance(node, list) and node and rng.random() < 0.8:
        index = rng.randrange(len(node))
        parent, node = node, node[index]
        path.append(index)
    if not path:
        tree = value
    else:
        parent[path[-1]] = value
    try:
        analysis = decode(forged(tree))
    except CodecError:
        return
    if analysis.document is not None:
        assert all(isinstance(line.text, str) for line in analysis.document.lines)
    assert sorted(analysis.findings, key=Finding.sort_key) is not None
    assert all(SEVERITIES.index(finding.severity) >= 0 for finding in analysis.findings)


# Whole runs over a bad cache folder


class Marker:
    """Unpickling this opens (so creates) a file: what a planted pickle could do."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __reduce__(self):
        return (open, (str(self.path), "w"))


def report_of(report):
    return [f.as_dict() for f in report.findings], [e.as_dict() for e in report.files]


def test_a_planted_pickle_is_never_unpickled(tmp_path):
    unit = small_unit(tmp_path)
    cache = tmp_path / "cache"
    rules, chosen = load_rules(), Settings(cache_dir=cache)
    cold = run([unit], rules, chosen)
    # the payload works: unpickled, it makes its file
    probe = tmp_path / "probe"
    pickle.loads(pickle.dumps(Marker(probe))).close()
    assert probe.exists()
    marker = tmp_path / "da-chay-ma"
    entries = sorted(cache.rglob(f"*{SUFFIX}"))
    assert len(entries) == 3
    for path in entries:
        path.write_bytes(pickle.dumps(Marker(marker)))
    warm = run([unit], rules, chosen)
    assert not marker.exists()
    assert report_of(warm) == report_of(cold) and any(f.rule == "CK101" for f in warm.findings)
    # each was analysed again and its entry written anew
    assert all(decode(path.read_bytes()).entry.path.endswith(".txt") for path in entries)


@pytest.mark.skipif(os.name != "posix", reason="named pipes and /dev/zero")
def test_a_pipe_or_an_endless_file_under_an_entry_name_is_a_miss(tmp_path):
    """Opening a planted pipe would wait for a writer forever; /dev/zero never ends."""
    unit = small_unit(tmp_path)
    cache = tmp_path / "cache"
    rules, chosen = load_rules(), Settings(cache_dir=cache)
    cold = run([unit], rules, chosen)
    pipe, endless, _ = sorted(cache.rglob(f"*{SUFFIX}"))
    pipe.unlink()
    os.mkfifo(pipe)
    endless.unlink()
    endless.symlink_to("/dev/zero")
    done = []
    worker = threading.Thread(target=lambda: done.append(run([unit], rules, chosen)), daemon=True)
    worker.start()
    worker.join(120)
    assert done, "the run hung on the cache folder"
    assert report_of(done[0]) == report_of(cold)
    assert pipe.is_file() and not endless.is_symlink() and decode(endless.read_bytes())


def test_an_entry_past_the_size_limit_is_not_read(entry, tmp_path, monkeypatch):
    cache = AnalysisCache(tmp_path, "v")
    cache.put_encoded("cd" * 32, entry)
    monkeypatch.setattr(cache_module, "ENTRY_LIMIT", len(entry) - 1)
    assert cache.get("cd" * 32) is None
    monkeypatch.setattr(cache_module, "ENTRY_LIMIT", len(entry))
    assert cache.get("cd" * 32) == decode(entry)


def damaged_ways(data: bytes, index: int) -> bytes:
    rng = random.Random(index)
    flipped = bytearray(data)
    flipped[rng.randrange(len(data))] ^= 0x10
    forged_types = tree_of(data)
    forged_types[2] = [["CK101"]] if forged_types[2] else 7
    ways = [
        bytes(flipped),
        data[: len(data) // 3],
        b"",
        rng.randbytes(len(data)),
        pickle.dumps(Marker(Path("/nonexistent/camket-marker"))),
        forged(forged_types),
        forged(["chỉ", "là", "chữ"]),
    ]
    return ways[index % len(ways)]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_check_over_a_wholly_damaged_cache_reports_as_a_cold_one(jobs, tmp_path, monkeypatch):
    folder = CORPUS / "dang-uy-xa-binh-an"
    cache = tmp_path / "cache"
    monkeypatch.setenv("CAMKET_CACHE_DIR", str(cache))
    command = ["check", "--format", "json", "--jobs", jobs, str(folder)]
    cold = CliRunner().invoke(main, command)
    assert cold.exit_code == 1, cold.output
    entries = sorted(cache.rglob(f"*{SUFFIX}"))
    assert len(entries) >= 8
    for index, path in enumerate(entries):
        path.write_bytes(damaged_ways(path.read_bytes(), index))
    damaged = CliRunner().invoke(main, command)
    assert damaged.exit_code == 1, damaged.output
    assert damaged.output == cold.output
    assert json.loads(damaged.output)["findings"]
    warm = CliRunner().invoke(main, command)  # the entries were written anew, and are used
    assert warm.output == cold.output
    assert all(decode(path.read_bytes()) for path in entries)
