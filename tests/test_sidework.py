"""Work handed to the workers besides the files' analyses (linter.sidework): done between two
files while two workers or more run; a task that raises, or whose worker dies, comes back as
None to its owner, and the files' analyses go on."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import TEXT

from linter.config import Settings
from linter.engine import document_job
from linter.parallel import analyses
from linter.rules import load_rules
from linter.sidework import SideCall, SideWork
from linter.sources import discover

pytestmark = pytest.mark.skipif(os.name != "posix", reason="forked workers")


def shout(data: bytes) -> bytes:
    return data.upper() + f" {os.getpid()}".encode()


def fail(data: bytes) -> bytes:
    raise ValueError(data.decode())


def die(data: bytes) -> bytes:
    os._exit(3)


@pytest.fixture
def cell(tmp_path: Path) -> Path:
    folder = tmp_path / "chi-bo-khu-pho-2"
    folder.mkdir()
    for name in ("a", "b", "c", "d", "e"):
        (folder / f"cam-ket-{name}.txt").write_text(TEXT, encoding="utf-8")
    return folder


def _run(folder: Path, side: SideWork, jobs: int, calls: list[SideCall]) -> tuple[dict, int]:
    """The side calls given before the run starts, each answer by its call's data; and how
    many files were analysed."""
    answers: dict[bytes, bytes | None] = {}
    for call in calls:
        side.give(call, lambda answer, key=call.data: answers.__setitem__(key, answer))
    sources = discover([folder], ())
    job = document_job(load_rules(), Settings())
    made = list(analyses(sources, job, jobs, None, side=side))
    return answers, len(made)


def test_side_tasks_are_done_by_the_workers_and_failures_come_back_as_none(cell):
    side = SideWork()
    calls = [SideCall(shout, b"chi bo"), SideCall(fail, b"loi"), SideCall(die, b"chet")]
    calls.append(SideCall(shout, b"dang vien"))
    answers, analysed = _run(cell, side, 2, calls)
    assert analysed == 5  # every file analysed, a worker dead on a side task replaced
    assert answers[b"loi"] is None and answers[b"chet"] is None
    for data in (b"chi bo", b"dang vien"):
        text, pid = answers[data].rsplit(b" ", 1)  # type: ignore[union-attr]
        assert text == data.upper() and int(pid) != os.getpid()
    assert not side.open and not side.queue


def test_with_one_worker_the_queue_stays_closed_and_untouched(cell):
    side = SideWork()
    answers, analysed = _run(cell, side, 1, [SideCall(shout, b"mot")])
    assert analysed == 5 and answers == {} and len(side.queue) == 1 and not side.open
