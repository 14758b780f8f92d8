"""The bundled corpus: its labels are exact, and the parse reads every file's kind and own date."""

from pathlib import Path

import pytest

from linter.config import Settings
from linter.engine import run
from linter.evaluate import parse_accuracy
from linter.labels import load_labels, verify
from linter.rules import load_rules

ROOT = Path(__file__).resolve().parent.parent
SETS = {"corpus": ROOT / "corpus", "wild": ROOT / "tests/fixtures/wild"}


def _labels(name):
    path = SETS[name] / "labels.yaml"
    if not path.exists():
        pytest.skip(f"{path} not built")
    return load_labels(path)


def _checked(name, request) -> dict:
    """The documents of a set as `camket check` read and parsed them, by labelled path: the
    corpus's from the session's run (read once for every test of it), none for another set."""
    if name != "corpus":
        return {}
    report, _ = request.getfixturevalue("corpus_run")
    root = SETS[name].resolve()
    return {Path(d.path).resolve().relative_to(root).as_posix(): d for d in report.documents}


@pytest.mark.parametrize("name", sorted(SETS))
def test_every_labelled_line_is_the_intended_text(name, request):
    checked = _checked(name, request)
    assert verify(_labels(name), lambda path: getattr(checked.get(path), "lines", None)) == []


def test_corpus_shape():
    labels = _labels("corpus")
    kinds = [f.kind for f in labels.files]
    assert kinds.count("plan") >= 4 and kinds.count("commitment") >= 24
    docx = [f for f in labels.files if f.path.endswith(".docx")]
    assert len(docx) * 3 >= len(labels.files)
    assert labels.copies and labels.plan_copies and labels.date_errors


def test_real_layouts_are_labelled_on_the_physical_lines_camket_reads():
    """The printed PDFs (hard-wrapped by the printer) and the .odt files: labelled, every label
    on its line, and some PDF labels on a line that a wrap cut mid-sentence."""
    from linter.labels import Labels
    from linter.read import read
    from linter.sources import Source

    labels = _labels("corpus")
    layouts = [f for f in labels.files if f.path.endswith((".pdf", ".odt"))]
    assert {Path(f.path).suffix for f in layouts if f.vague and f.specific} == {".pdf", ".odt"}
    # with the commitments their reports are checked against, in whatever format
    reviewed = {f.review.commitment for f in layouts if f.review and f.review.commitment}
    checked = [f for f in labels.files if f in layouts or f.path in reviewed]
    assert verify(Labels(labels.root, checked)) == []
    cut = 0
    for entry in (f for f in layouts if f.path.endswith(".pdf")):
        lines, fmt, _ = read(Source(labels.root / entry.path, entry.path, ""))
        assert fmt == "pdf"
        for labelled in (*entry.vague, *entry.specific):
            text = lines[labelled.line - 1].text.rstrip()
            cut += not text.endswith((".", ";", ":"))
    assert cut >= 10


@pytest.mark.parametrize(("name", "required"), [("corpus", 1.0), ("wild", 0.98)])
def test_kind_and_own_date_accuracy(name, required, request):
    labels = _labels(name)
    if name == "corpus":  # the corpus as `camket check corpus/` checks it, once a session
        report, _ = request.getfixturevalue("corpus_run")
    else:
        report = run([labels.root], load_rules(), Settings())
    for accuracy in parse_accuracy(report, labels):
        assert accuracy.correct >= required * accuracy.total, accuracy.misses


@pytest.mark.parametrize("name", sorted(SETS))
def test_own_date_is_read_from_the_labelled_line(name, request):
    from linter.document import Document
    from linter.parse import parse
    from linter.read import read
    from linter.read.normalize import match_key
    from linter.sources import Source

    labels = _labels(name)
    checked = _checked(name, request)
    wrong = []
    for entry in labels.files:
        if entry.path in checked:
            own = checked[entry.path].outline.own_date
        else:
            lines, fmt, encoding = read(Source(labels.root / entry.path, entry.path, "u"))
            own = parse(Document(entry.path, "u", fmt, lines, encoding)).own_date
        if entry.date_written and (
            own is None or match_key(entry.date_written) not in match_key(own.written)
        ):
            wrong.append(f"{entry.path}: {own and own.written!r} ≠ {entry.date_written!r}")
    assert wrong == []
