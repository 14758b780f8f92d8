"""camket never writes to its inputs: after a full check of a copy of a corpus unit that holds
every kind of input file (Word, OpenDocument, PDF, text in several encodings; commitments, plans
and members' reports), in every output format, every file's bytes and modification time are
unchanged and no file was added."""

import hashlib
import shutil

from click.testing import CliRunner
from conftest import CORPUS

from linter.cli import main


def snapshot(root):
    return {
        path.relative_to(root).as_posix(): (
            hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir",
            path.stat().st_mtime_ns,
        )
        for path in sorted(root.rglob("*"))
    }


# A unit with every kind of input the corpus holds (the whole corpus took a minute a format).
UNIT = "dang-uy-xa-bai-gieng"


def test_a_full_check_leaves_every_input_byte_and_mtime_unchanged(tmp_path):
    inputs = tmp_path / "ho-so"
    shutil.copytree(CORPUS / UNIT, inputs)
    before = snapshot(inputs)
    assert {name.rsplit(".", 1)[-1] for name in before if before[name][0] != "dir"} == {
        "docx",
        "odt",
        "pdf",
        "txt",
    }
    assert len(before) > 50
    outputs = tmp_path / "ket-qua"
    outputs.mkdir()
    runner = CliRunner()
    for fmt in ("text", "json", "sarif", "html", "csv", "xlsx"):
        target = outputs / f"bao-cao.{fmt}"
        result = runner.invoke(main, ["check", "--format", fmt, "-o", str(target), str(inputs)])
        assert result.exit_code == 1, result.output
        assert target.stat().st_size > 1000
    assert snapshot(inputs) == before
    assert sorted(p.name for p in outputs.iterdir()) == sorted(
        f"bao-cao.{fmt}" for fmt in ("text", "json", "sarif", "html", "csv", "xlsx")
    )  # the atomic writes left no temporary file behind
