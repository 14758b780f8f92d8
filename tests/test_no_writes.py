"""camket never writes to its inputs: after a full check of a copy of the corpus, in every output
format, every file's bytes and modification time are unchanged and no file was added."""

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


def test_a_full_check_leaves_every_input_byte_and_mtime_unchanged(tmp_path):
    inputs = tmp_path / "ho-so"
    shutil.copytree(CORPUS, inputs)
    before = snapshot(inputs)
    assert len(before) > 100
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
