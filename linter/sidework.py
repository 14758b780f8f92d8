"""Work the run hands its worker processes besides the files' analyses.

Tracing a member's report against its commitment (linter.trace.ahead) is most of what reports
add to a run. Done in this process, it makes this process the slowest of the run: it traces
while the workers analyse, on a machine whose cores the workers already fill. Handed to the
workers between two files, it is spread over every core like the analyses are.

A task is a module-level function (pickled by name) and the bytes it is applied to; what it
gives back comes to `done` in this process, or None when it failed, took too long or its
worker died. A task nobody finished is its owner's to do again: the queue is `open` only while
two workers or more take its tasks, and what is left in it when they stop is never done.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

OK = b"S"  # a worker's answer to a side task starts with this byte when the work was done
FAILED = b"F"  # … and is this byte alone when it raised


@dataclass(frozen=True, slots=True)
class SideCall:
    """What a worker is sent: the function and its argument."""

    work: Callable[[bytes], bytes]
    data: bytes


@dataclass(frozen=True, slots=True)
class SideTask:
    """A call and where its answer goes in this process."""

    call: SideCall
    done: Callable[[bytes | None], None]


def answer(call: SideCall) -> bytes:
    """A worker's answer to `call`: its result after OK, or FAILED if it raised (the owner
    then does the work itself and meets the fault there)."""
    try:
        return OK + call.work(call.data)
    except Exception:
        return FAILED


def finish(task: SideTask, reply: bytes | None) -> None:
    """Hand a worker's reply (None: no reply, the worker died or was stopped) to the task."""
    task.done(reply[len(OK) :] if reply is not None and reply.startswith(OK) else None)


class SideWork:
    """The run's queue of side tasks, taken by idle workers before their next file."""

    def __init__(self) -> None:
        self.queue: deque[SideTask] = deque()
        self.open = False  # set by the pool while two workers or more take tasks

    def give(self, call: SideCall, done: Callable[[bytes | None], None]) -> None:
        self.queue.append(SideTask(call, done))

    def next(self) -> SideTask | None:
        return self.queue.popleft() if self.queue else None
