"""The per-document stage in parallel gives the same report as in one process; the cache gives
the same report again, notices a changed file or rule, and survives damaged entries."""

from dataclasses import replace

from click.testing import CliRunner
from conftest import CORPUS, small_unit

from linter.cache import SUFFIX
from linter.cli import main
from linter.config import Settings
from linter.engine import run
from linter.rules import load_rules

ENTRIES = f"*{SUFFIX}"


def as_lists(report):
    return (
        [f.as_dict() for f in report.findings],
        [e.as_dict() for e in report.files],
        [d.path for d in report.documents],
    )


# three communes checked together: copies inside cells, plans above and below, reports traced
COMMUNES = ("dang-uy-xa-tan-phuoc", "dang-uy-xa-vinh-xuan", "dang-uy-phuong-kim-duong")


def test_two_jobs_give_the_same_report_as_one(corpus_run):
    _, context = corpus_run
    assert context.settings.jobs == 1
    folders = [CORPUS / name for name in COMMUNES]
    serial = run(folders, list(context.rules), context.settings)
    parallel = run(folders, list(context.rules), replace(context.settings, jobs=2))
    assert len(serial.files) > 150 and any(f.category == "review" for f in serial.findings)
    assert as_lists(parallel) == as_lists(serial)


def test_a_warm_cache_gives_the_same_report_and_notices_changes(tmp_path):
    unit = small_unit(tmp_path)
    cache = tmp_path / "cache"
    settings = Settings(cache_dir=cache)
    rules = load_rules()
    cold = run([unit], rules, settings)
    entries = list(cache.rglob(ENTRIES))
    assert len(entries) == 3
    warm = run([unit], rules, settings)
    assert as_lists(warm) == as_lists(cold)
    assert sorted(cache.rglob(ENTRIES)) == sorted(entries)  # nothing analysed again
    # an edited file is analysed again
    edited = unit / "cam-ket-1.txt"
    edited.write_text(
        edited.read_text(encoding="utf-8").replace("- Hoàn thành tốt nhiệm vụ được giao.\n", ""),
        encoding="utf-8",
    )
    after_edit = run([unit], rules, settings)
    assert [
        f.rule for f in after_edit.findings if f.path == str(edited) and f.rule == "CK101"
    ] == []
    assert any(f.rule == "CK101" for f in after_edit.findings if f.path != str(edited))
    # another choice of rules is another analysis
    ignored = run([unit], rules, replace(settings, ignore=("CK101",)))
    assert not any(f.rule == "CK101" for f in ignored.findings)
    assert len(list(cache.rglob(ENTRIES))) > len(entries) + 1


def test_damaged_cache_entries_are_analysed_again(tmp_path):
    unit = small_unit(tmp_path)
    cache = tmp_path / "cache"
    settings = Settings(cache_dir=cache)
    cold = run([unit], load_rules(), settings)
    for entry in cache.rglob(ENTRIES):
        entry.write_bytes(b"not an analysis")
    assert as_lists(run([unit], load_rules(), settings)) == as_lists(cold)


def test_cli_cache_folder_and_no_cache(tmp_path, monkeypatch):
    unit = small_unit(tmp_path)
    cache = tmp_path / "bo-nho-dem"
    monkeypatch.setenv("CAMKET_CACHE_DIR", str(cache))
    runner = CliRunner()
    first = runner.invoke(main, ["check", "--format", "json", "--no-cache", str(unit)])
    assert first.exit_code == 1 and not cache.exists()
    second = runner.invoke(main, ["check", "--format", "json", str(unit)])
    assert second.output == first.output and len(list(cache.rglob(ENTRIES))) == 3
    third = runner.invoke(main, ["check", "--format", "json", "--jobs", "2", str(unit)])
    assert third.output == first.output


def test_workers_write_the_cache_and_a_warm_parallel_run_reads_it(tmp_path):
    folder = CORPUS / "dang-uy-xa-binh-an"
    rules = load_rules()
    alone = run([folder], rules, Settings(jobs=1))
    cache = tmp_path / "cache"
    cold = run([folder], rules, Settings(jobs=2, cache_dir=cache))
    entries = sorted(cache.rglob(ENTRIES))
    assert len(entries) == len(alone.files) >= 8  # enough files for the workers to start
    warm = run([folder], rules, Settings(jobs=2, cache_dir=cache))
    assert as_lists(cold) == as_lists(alone) == as_lists(warm)
    assert sorted(cache.rglob(ENTRIES)) == entries


def test_a_check_leaves_the_collector_as_it_found_it(tmp_path):
    import gc

    before = gc.get_threshold(), gc.get_freeze_count(), gc.isenabled()
    result = CliRunner().invoke(main, ["check", "--no-cache", str(small_unit(tmp_path))])
    assert result.exit_code == 1
    assert (gc.get_threshold(), gc.get_freeze_count(), gc.isenabled()) == before


def test_a_worker_has_its_next_file_before_its_result_is_decoded(tmp_path):
    """While this process decodes one file's analysis, the worker that sent it is already at the
    next file: the pool gives it the next task before handing the result on."""
    from linter.engine import document_job
    from linter.parallel import _Pool, _prepared
    from linter.sources import discover

    unit = small_unit(tmp_path)
    job = document_job(load_rules(), Settings())
    tasks = list(_prepared(discover([unit], ()), job, None))
    assert [task.index for task in tasks] == [0, 1, 2]
    pool = _Pool(1, job, None, timeout=60)
    try:
        results = pool.run(iter(tasks))
        first, data = next(results)
        assert first.index == 0 and isinstance(data, bytes)
        (worker,) = pool.workers
        assert worker.task is not None and worker.task.index == 1
        assert [task.index for task, _ in results] == [1, 2]
    finally:
        pool.close()


def test_warming_builds_the_vague_judgements_tables_once_for_workers_and_batch_stage():
    """Before workers are forked the vague judgement's tables are built (the workers judge
    commitments with them, the batch stage members' results): judging builds none again."""
    import json
    import subprocess
    import sys

    code = (
        "import json\n"
        "from linter import concrete\n"
        "from linter.config import Settings\n"
        "from linter.engine import document_job\n"
        "from linter.rules import load_rules\n"
        "tables = {name: f for name, f in vars(concrete).items()\n"
        "          if hasattr(f, 'cache_parameters') and f.cache_parameters()['maxsize'] is None}\n"
        "document_job(load_rules(), Settings()).warm()\n"
        "built = {name: f.cache_info().currsize for name, f in tables.items()}\n"
        "verdicts = [concrete.judge(t).concrete for t in (\n"
        "    'Phụ đạo 6 em học sinh yếu môn Toán lớp 8B, mỗi tuần 2 buổi',\n"
        "    'Đã thực hiện tốt việc học tập nâng cao trình độ',\n"
        "    'Cài đặt VNeID cho 40 hộ ấp Bình Thạnh trước ngày 30/6')]\n"
        "pledges = [concrete.is_pledge('Tuyệt đối trung thành với Đảng'),\n"
        "           concrete.is_prohibition('Không nhận quà của phụ huynh học sinh')]\n"
        "misses = {name: f.cache_info().misses for name, f in tables.items()}\n"
        "print(json.dumps([built, misses, verdicts, pledges]))"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    built, misses, verdicts, pledges = json.loads(found.stdout)
    assert len(built) >= 7 and set(built.values()) == {1}
    assert misses == built  # each built once, by warm(), and never again
    assert verdicts == [True, False, True] and pledges == [True, True]


def test_workers_share_what_they_segment_and_analyse_as_one_process_does(tmp_path, monkeypatch):
    """Two workers over two cells holding the same commitments (a cell of the corpus, twice):
    what one segments is told to the other, and every file's analysis is the one this process
    makes of it alone."""
    import pickle
    import shutil

    from linter.engine import document_job
    from linter.parallel import _Pool, _prepared
    from linter.sources import discover

    cell = CORPUS / "dang-uy-xa-bai-gieng" / "chi-bo-ap-bai-nha"
    for copy in ("chi-bo-1", "chi-bo-2"):
        (tmp_path / copy).mkdir()
        for source in sorted(cell.glob("cam-ket-*.txt")):
            shutil.copy(source, tmp_path / copy / source.name)
    job = document_job(load_rules(), Settings())
    tasks = list(_prepared(discover([tmp_path], ()), job, None))
    assert len(tasks) == 2 * len(list(cell.glob("cam-ket-*.txt"))) >= 6
    told: list[bytes] = []
    tell_others = _Pool._tell_others

    def noted(pool, teller, message):
        told.append(message)
        tell_others(pool, teller, message)

    monkeypatch.setattr(_Pool, "_tell_others", noted)
    # the workers start with this process's caches: empty them, as at the start of a run
    from linter import concrete, segment
    from linter.checks import phrase

    for cached in (
        concrete.judge,
        concrete._words,
        phrase._word_edges,
        segment.words,
        segment.tagged,
    ):
        cached.cache_clear()
    pool = _Pool(2, job, None, timeout=60)
    try:
        made = {task.index: pickle.loads(data) for task, data in pool.run(iter(tasks))}
    finally:
        pool.close()
    assert len(told) >= 2  # each worker told the other what it segmented
    for task in tasks:
        alone = job.analyse(task.source, task.data)
        assert pickle.loads(made[task.index].findings) == alone.findings


def test_the_batch_stage_takes_what_the_workers_judged(tmp_path):
    """A worker judges each commitment's items (the vague checks); it hands its verdicts on, so
    the batch stage, tracing the members' reports against those items, judges none of them
    again (only results), and the report is the one made in one process."""
    import json
    import subprocess
    import sys

    cell = CORPUS / "dang-uy-xa-tan-phuoc" / "chi-bo-tram-y-te"
    code = (
        "import json\n"
        "from dataclasses import replace\n"
        "from pathlib import Path\n"
        "from linter import concrete\n"
        "from linter.config import Settings\n"
        "from linter.engine import run\n"
        "from linter.rules import load_rules\n"
        "from linter.trace.review import committed_items\n"
        "judged = []\n"
        "inner = concrete._judged\n"
        "concrete._judged = lambda text: judged.append(text) or inner(text)\n"
        f"cell, rules = Path({str(cell)!r}), load_rules()\n"
        "workers = run([cell], rules, Settings(jobs=1))\n"
        "told = dict(concrete._told.verdicts)\n"
        "items = {item.text for brief in workers.briefs\n"
        "         if (d := brief.document()).outline.kind == 'commitment'\n"
        "         for item in committed_items(d)}\n"
        "here = set(judged)\n"
        "alone = run([cell], rules, Settings(jobs=1, timeout=0))\n"
        "same = [f.as_dict() for f in workers.findings] == [f.as_dict() for f in alone.findings]\n"
        "print(json.dumps({'told': len(told), 'items': len(items), 'items_told': len(items & set(told)),\n"
        "    'items_here': len(items & here), 'here': len(here),\n"
        "    'faithful': all(inner(text) == verdict for text, verdict in told.items()),\n"
        "    'review': sum(f.category == 'review' for f in workers.findings), 'same': same}))"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    out = json.loads(found.stdout)
    assert out["items_told"] > out["items"] / 2  # most items are judged by the vague checks
    assert out["items_here"] == 0  # and none is judged again to trace the reports
    assert out["faithful"] and out["same"] and out["review"] > 0
