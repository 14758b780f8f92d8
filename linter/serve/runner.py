"""Run the check of one upload in its own process (linter.serve.job) and relay its progress.

A process of its own, not a thread of the server: it works inside the upload's folder (its
working folder, so the report's paths are the upload's own and nothing outside is looked at),
the event loop stays free (/api/health answers while a batch runs), its memory goes back to the
system when it ends, and a request that ends early — the client left, the server stops — ends
it at once: it leads its own process group, which is killed with its workers."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

import anyio

import linter
from linter.serve.messages import say
from linter.serve.upload import Workspace

STDERR_KEPT = 64 * 1024  # the end of the child's error output kept for the server's log
Listener = Callable[[dict[str, object]], Awaitable[None]]


@dataclass
class Outcome:
    """How a check ended: `status` 200 with the reports in the workspace's output folder, else
    an HTTP status and the message for the user."""

    status: int
    code: str | None = None
    message: str | None = None
    log: str = ""  # the child's error output, when it failed

    @property
    def ok(self) -> bool:
        return self.status == 200

    def error(self) -> dict[str, object]:
        return {"error": {"code": self.code, "message": self.message}}


@dataclass
class Running:
    """The checks under way, so that a server stopping can end them."""

    processes: set[asyncio.subprocess.Process] = field(default_factory=set)

    def stop_all(self) -> None:
        for process in list(self.processes):
            _kill(process)


def _kill(process: asyncio.subprocess.Process) -> None:
    """Kill the check and its workers (its process group; on Windows, the check alone)."""
    if process.returncode is None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            if hasattr(os, "killpg"):
                os.killpg(process.pid, signal.SIGKILL)
            else:
                process.kill()


def _environment(workspace: Workspace) -> dict[str, str]:
    """The server's environment, with this camket first on the module path (the child runs in
    the upload's folder, where a relative PYTHONPATH would lead elsewhere) and the request's
    folder as its temporary folder: the run's store (linter.store) goes with the request, even
    when the child is killed."""
    package_parent = str(Path(linter.__file__).resolve().parent.parent)
    inherited = os.environ.get("PYTHONPATH")
    path = package_parent if not inherited else f"{package_parent}{os.pathsep}{inherited}"
    return {**os.environ, "PYTHONPATH": path, "TMPDIR": str(workspace.folder)}


def command(
    workspace: Workspace, entries: list[str], config: str | None, lang: str | None, say_lang: str
) -> list[str]:
    arguments = [sys.executable, "-m", "linter.serve.job", "--out", str(workspace.out)]
    arguments += ["--say", say_lang]
    if lang:
        arguments += ["--lang", lang]
    if config:
        arguments += ["--config", config]
    return [*arguments, "--", *entries]


async def _tail(stream: asyncio.StreamReader) -> str:
    kept = b""
    while chunk := await stream.read(65536):
        kept = (kept + chunk)[-STDERR_KEPT:]
    return kept.decode("utf-8", "replace")


async def run_check(
    workspace: Workspace,
    entries: list[str],
    config: str | None,
    lang: str | None,
    say_lang: str,
    running: Running,
    listener: Listener | None = None,
) -> Outcome:
    """Check the upload; `listener` hears each progress event. Cancelled (the client left),
    the child and its workers are killed before the cancellation goes on."""
    process = await asyncio.create_subprocess_exec(
        *command(workspace, entries, config, lang, say_lang),
        cwd=workspace.root,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=_environment(workspace),
        start_new_session=True,
    )
    running.processes.add(process)
    try:
        assert process.stdout is not None and process.stderr is not None
        log = asyncio.ensure_future(_tail(process.stderr))
        final: dict[str, object] = {}
        async for line in process.stdout:
            try:
                event = json.loads(line)
            except ValueError:
                continue
            if event.get("event") in ("progress", "stage"):
                if listener is not None:
                    await listener(event)
            else:
                final = event
        code = await process.wait()
        return _outcome(final, code, await log, say_lang)
    finally:
        _kill(process)
        with anyio.CancelScope(shield=True):  # the child gone before its folder is deleted
            await process.wait()
        running.processes.discard(process)


def _outcome(final: dict[str, object], code: int, log: str, say_lang: str) -> Outcome:
    kind = final.get("event")
    if kind == "done" and code == 0:
        return Outcome(200)
    if kind == "refused":
        return Outcome(
            int(str(final.get("status", 400))), str(final["code"]), str(final["message"])
        )
    if kind == "failed":
        return Outcome(500, str(final["code"]), str(final["message"]), log)
    if code == -getattr(signal, "SIGKILL", 9):  # most often the kernel's out-of-memory killer
        return Outcome(500, "check.memory", say("check.memory", say_lang), log)
    detail = f"exit {code}"
    return Outcome(500, "check.failed", say("check.failed", say_lang, detail=detail), log)
