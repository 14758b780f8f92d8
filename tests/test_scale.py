"""A batch checked in bounded memory (issue 18, part 1): the run keeps a brief of each document
and puts the rest in its store on disk; the batch stage and every report read the store one file
at a time; the store's folder is gone when the run ends, fails or is stopped.

The batch here is real: a commune of the corpus (copies inside cells, a passage circulating in
three of them, plans above and below) copied into several communes of one district, with a
member's ignore entry and a stale one."""

from __future__ import annotations

import dataclasses
import gc
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from conftest import CORPUS, ROOT

from linter import engine
from linter.brief import Brief
from linter.cli import main
from linter.config import Settings, find_config, load_config
from linter.document import Document
from linter.engine import Report, check_batch, document_job, run
from linter.findings import Finding
from linter.report import Context, Format, render
from linter.rules import load_rules
from linter.sources import discover
from linter.store import PREFIX, RUNS_FOLDER, RunStore
from linter.suppress import apply as apply_suppressions
from linter.suppress import load_sidecar, sidecars_for, text_hash

COMMUNE = CORPUS / "dang-uy-xa-vinh-xuan"
COMMUNES = 3


@pytest.fixture(scope="module")
def district(tmp_path_factory) -> Path:
    """Three copies of the commune under one district folder; in the first, an ignore entry
    for one of a member's findings and an entry that matches nothing."""
    root = tmp_path_factory.mktemp("district") / "huyen-thu"
    for number in range(COMMUNES):
        shutil.copytree(COMMUNE, root / f"xa-{number}")
    cell = root / "xa-0" / "chi-bo-ap-xuan-thoi"
    member = sorted(cell.glob("cam-ket-*.txt"))[0]
    settings, rules = _settings(root)
    with run([member], rules, settings) as alone:
        finding = alone.findings[0]
    entries = [
        {
            "path": member.name,
            "rule": finding.rule,
            "text": text_hash(finding.excerpt),
            "reason": "đã xem",
        },
        {"path": member.name, "rule": "CK101", "text": "0000000000", "reason": "cũ"},
    ]
    sidecar = {"schema": "camket-ignore/1", "ignore": entries}
    (cell / ".camket-ignore.yaml").write_text(json.dumps(sidecar, ensure_ascii=False), "utf-8")
    return root


def _settings(root: Path) -> tuple[Settings, list]:
    config = find_config([root])
    settings = load_config(config) if config else Settings()
    return dataclasses.replace(settings, jobs=2, cache_dir=None), load_rules(settings.rule_dirs)


_EVERY = 10


def _live(kind: type) -> int:
    return sum(1 for item in gc.get_objects() if isinstance(item, kind))


def test_the_batch_stage_and_the_reports_hold_one_document_at_a_time(district, monkeypatch):
    """After the per-document stage no document is held: the batch stage has their briefs,
    and a report loads one file's document at a time. (Before, every document was.)"""
    settings, rules = _settings(district)
    seen: dict[str, int] = {}
    batch = engine.run_batch
    documents, briefs = _live(Document), _live(Brief)  # other tests' reports may hold some

    def counted(found, *args, **kwargs):
        seen["documents"] = _live(Document) - documents
        seen["briefs"] = _live(Brief) - briefs
        return batch(found, *args, **kwargs)

    monkeypatch.setattr(engine, "run_batch", counted)
    with run([district], rules, settings) as report:
        parsed = len(report.briefs)
        assert parsed == len(report.files) >= 80
        assert seen == {"documents": 0, "briefs": parsed}
        most = 0
        for index, group in enumerate(report.by_file()):
            group.document()
            # a scan of the whole heap each time is slow: counted after the first files, then
            # every few; documents held would pile up and be seen at the next count
            if index < 3 or index % _EVERY == 0:
                most = max(most, _live(Document) - documents)
        most = max(most, _live(Document) - documents)  # the last file's
        assert 1 <= most <= 2  # the file's document, and the one its batch findings were made on
        assert report.tally().findings > 0


def _in_memory(root: Path, settings: Settings, rules: list) -> Report:
    """The report as made before the store: every analysis and document held, the batch
    stage on documents, the ignore entries applied to the whole list, then sorted."""
    sources = discover([root], settings.exclude)
    job = document_job(rules, settings)
    analyses = [job.analyse(source) for source in sources]
    documents = [
        a.document for s, a in zip(sources, analyses, strict=True) if a.document and not s.context
    ]
    findings = [
        f for s, a in zip(sources, analyses, strict=True) if not s.context for f in a.findings
    ]
    parents = engine.unit_parents(sources)
    by_id = {rule.id: rule for rule in rules}
    findings += check_batch(documents, list(job.active), settings, by_id, parents)
    files = [a.entry for s, a in zip(sources, analyses, strict=True) if not s.context]
    entries = [e for sidecar in sidecars_for(e.path for e in files) for e in load_sidecar(sidecar)]
    kept, unused = apply_suppressions(findings, entries)
    for entry in unused:
        values = {"rule": entry.rule, "path": entry.path, "reason": entry.reason}
        kept.append(
            engine.file_finding(
                by_id["CK008"], entry.sidecar.as_posix(), entry.line or 1, values, "vi"
            )
        )
    kept.sort(key=Finding.sort_key)
    return Report(
        files=files,
        findings=kept,
        documents=documents,
        parents=parents,
        suppressed=len(findings) - len(kept) + len(unused),
    )


FORMATS = ("json", "sarif", "text", "csv", "github")


def test_a_report_read_from_the_store_is_the_report_made_in_memory(district):
    """Every streamed format, from one run (each run of the district takes seconds)."""
    settings, rules = _settings(district)
    context = Context("vi", rules, settings)
    with run([district], rules, settings) as stored:
        streamed = {fmt: render(stored, Format(fmt), context) for fmt in FORMATS}
    held = _in_memory(district, settings, rules)
    for fmt in FORMATS:
        assert streamed[fmt] == render(held, Format(fmt), context), fmt
    found = json.loads(streamed["json"])["findings"]
    assert {"CK401", "CK405", "CK008"} <= {f["rule"] for f in found}


def test_the_copies_are_those_the_batch_stage_finds_on_documents_in_memory(district):
    settings, rules = _settings(district)
    active = [rule for rule in rules if rule.kind in ("duplicate", "date", "review")]
    with run([district], rules, settings) as report:
        batch = [f for f in report.findings if f.rule in {rule.id for rule in active}]
        documents = report.documents
    alone = check_batch(documents, active, settings, parents=report.parents)
    assert batch == sorted(alone, key=Finding.sort_key)
    assert {f.category for f in batch} >= {"duplicate", "date-order"}


def test_units_found_ahead_are_bounded_and_the_rest_found_by_the_batch_stage(district, monkeypatch):
    """With room for four documents, most units cannot be held until their last file: they
    are left to the batch stage, which finds the same copies from the store."""
    settings, rules = _settings(district)
    with run([district], rules, settings) as report:
        expected = [f for f in report.findings if f.category == "duplicate"]
    held: list[int] = []
    analysed = engine.UnitsAhead.analysed

    def watched(self, *args):
        analysed(self, *args)
        held.append(self.holding)

    monkeypatch.setattr(engine, "AHEAD_HELD_LIMIT", 4)
    monkeypatch.setattr(engine.UnitsAhead, "analysed", watched)
    with run([district], rules, settings) as report:
        assert [f for f in report.findings if f.category == "duplicate"] == expected
    assert held and max(held) <= 4


def test_a_unit_of_more_files_than_the_limit_is_never_held(district, monkeypatch):
    monkeypatch.setattr(engine, "AHEAD_UNIT_LIMIT", 3)
    sources = discover([district], ())
    ahead = engine.UnitsAhead(sources, ())
    sizes = {unit: sum(s.unit == unit for s in sources) for unit in {s.unit for s in sources}}
    assert ahead.left == {unit for unit, size in sizes.items() if size > 3} != set()


def test_the_stage_reads_no_file_far_ahead_of_what_it_hands_on(district, monkeypatch, tmp_path):
    """A warm cache gives every analysis without work: they are handed on a few at a time,
    not read all before the first is."""
    from linter import parallel

    settings, rules = _settings(district)
    settings = dataclasses.replace(settings, cache_dir=tmp_path / "cache")
    sources = discover([district], settings.exclude)
    job = document_job(rules, settings)
    list(parallel.analyses(sources, job, 2, settings.cache_dir))  # the cache filled
    loaded = []
    load = parallel.load_bytes
    monkeypatch.setattr(parallel, "load_bytes", lambda path: loaded.append(path) or load(path))
    ahead = []
    for count, _ in enumerate(parallel.analyses(sources, job, 2, settings.cache_dir), start=1):
        ahead.append(len(loaded) - count)
    assert len(loaded) == len(sources) > parallel.READY_HELD * 2
    assert max(ahead) <= parallel.READY_HELD


# --- the store's folder ----------------------------------------------------------------------


def _environment(tmp: Path) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(tmp)}
    env.pop("CAMKET_DEBUG", None)
    return env


def _stores(tmp: Path) -> list[Path]:
    return sorted(tmp.rglob(f"{PREFIX}*"))


def _camket(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "linter.cli", *args]
    return subprocess.run(command, env=env, capture_output=True, timeout=600)


def test_the_store_is_removed_after_a_run_with_or_without_a_cache(district, tmp_path):
    env = _environment(tmp_path)
    cache = tmp_path / "cache"
    done = _camket(
        "check",
        "-q",
        "--format",
        "json",
        str(district),
        env={**env, "CAMKET_CACHE_DIR": str(cache)},
    )
    assert done.returncode == 1, done.stderr.decode()
    assert json.loads(done.stdout)["summary"]["files"] >= 80
    assert (cache / RUNS_FOLDER).is_dir() and not _stores(tmp_path)
    done = _camket("check", "-q", "--no-cache", "--format", "csv", str(district), env=env)
    assert done.returncode == 1 and not _stores(tmp_path)


def test_the_store_is_removed_when_the_report_cannot_be_written(district, tmp_path):
    env = _environment(tmp_path)
    out = tmp_path / "khong-co" / "bao-cao.json"
    done = _camket(
        "check", "--no-cache", "--format", "json", "-o", str(out), str(district), env=env
    )
    assert done.returncode == 2 and "bao-cao.json" in done.stderr.decode()
    assert not _stores(tmp_path)


def test_the_store_is_removed_when_the_run_is_stopped(district, tmp_path):
    env = _environment(tmp_path)
    command = [
        sys.executable,
        "-m",
        "linter.cli",
        "check",
        "--no-cache",
        "--jobs",
        "1",
        str(district),
    ]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        records = None
        while time.monotonic() < deadline and process.poll() is None:
            stores = _stores(tmp_path)
            records = stores[0] / "records" if stores else None
            if records is not None and records.is_file() and records.stat().st_size > 0:
                break
            time.sleep(0.02)
        assert records is not None and process.poll() is None, (
            "the run ended before its store was seen"
        )
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 130, stderr.decode()
    assert not _stores(tmp_path)


def test_a_store_left_by_a_process_killed_outright_is_removed_by_the_next_run(tmp_path):
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    left = tmp_path / f"{PREFIX}{int(finished.stdout)}-abcdefgh"  # its process is gone
    left.mkdir()
    (left / "records").write_bytes(b"\0" * 100)
    running = tmp_path / f"{PREFIX}{os.getppid()}-abcdefgh"  # its process runs (this one's)
    running.mkdir()
    (running / "records").write_bytes(b"\0" * 100)
    store = RunStore(tmp_path)
    assert store.folder.is_dir() and store.folder.name.startswith(f"{PREFIX}{os.getpid()}-")
    store.close()
    assert not left.exists() and (running / "records").is_file()
    assert not store.folder.exists()


# --- the formats a large batch needs -------------------------------------------------------


def test_html_of_more_files_than_a_browser_opens_is_refused_before_the_run(district, monkeypatch):
    from linter import cli

    monkeypatch.setattr(cli, "HTML_FILE_LIMIT", 10)
    result = CliRunner().invoke(main, ["check", "--no-cache", "--format", "html", str(district)])
    assert result.exit_code == 2
    assert "Báo cáo HTML cho" in result.output and "--format xlsx, csv hoặc json" in result.output
    assert "tối đa 10 tệp" in result.output


def test_xlsx_findings_past_a_sheets_last_row_go_on_to_another_sheet(district, monkeypatch):
    from linter.report import xlsx_report

    settings, rules = _settings(district)
    monkeypatch.setattr(xlsx_report, "ROW_LIMIT", 101)  # a hundred findings a sheet
    with run([district / "xa-0"], rules, settings) as report:
        data = render(report, Format.XLSX, Context("vi", rules, settings))
        findings = report.findings
    book = openpyxl.load_workbook(io.BytesIO(data))
    sheets = [name for name in book.sheetnames if name.startswith("Phát hiện")]
    assert len(sheets) == -(-len(findings) // 100) >= 2
    assert sheets[1] == "Phát hiện (2)"
    rows = [row for name in sheets for row in book[name].iter_rows(min_row=2, values_only=True)]
    assert [(r[0], r[2], r[6]) for r in rows] == [(f.path, f.line, f.rule) for f in findings]
