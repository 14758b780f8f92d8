"""The check of one upload: `python -m linter.serve.job --out DIR -- ENTRY…`, run by the server
in a child process whose working folder is the upload's folder.

Run there, it is `camket check --no-context ENTRY…` run by hand in that folder: the paths of
the report are relative to the upload, each folder is a unit as on the user's disk, a
.camket-ignore.yaml is found beside its documents, and a camket.yaml is looked for from the
entries upwards — but never above the upload's folder, and one whose paths (rules, form,
units) lead out of it is refused. No cache is written. It writes report.json, report.html,
report.xlsx, people.json (and annotated.zip when annotated_zip gives one) into --out, and
tells the server on stdout, one JSON object a line, how far it is:

    {"event": "progress", "done": 3, "total": 20}
    {"event": "stage", "stage": "compare"}      (then "render")
    {"event": "done", "files": 20, "findings": 31}
    {"event": "refused", "status": 400, "code": "check.config", "message": "…"}
    {"event": "failed", "code": "check.failed", "message": "…"}
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import signal
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from linter.serve.messages import LANGS, say

if TYPE_CHECKING:
    from linter.config import Settings
    from linter.engine import Report
    from linter.report import Context
    from linter.rules import Rule

CONFIG_NAME = "camket.yaml"
PATH_KEYS = ("rules", "form")  # camket.yaml keys whose values are paths from its folder


class Stop(Exception):
    """The check cannot run on this upload: a message for the user (HTTP 400)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def tell(event: str, **values: object) -> None:
    print(json.dumps({"event": event, **values}, ensure_ascii=False), flush=True)


def _die_with_server() -> None:
    """On Linux, end with the server however it ends (kill -9 included)."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


# ------------------------------------------------------------------ configuration


def find_config(paths: Iterable[Path], root: Path) -> Path | None:
    """The nearest camket.yaml above the first entry that has one, up to the upload's folder
    and no further (as linter.config.find_config, bounded); relative to the upload."""
    for path in paths:
        folder = path if path.is_dir() else path.parent
        while True:
            candidate = folder / CONFIG_NAME
            if candidate.is_file() and not candidate.is_symlink():
                return candidate
            if folder == Path("."):
                break
            folder = folder.parent
    return None


def _inside(path: Path, root: Path) -> bool:
    return Path(os.path.realpath(path)).is_relative_to(root)


def _declared_paths(data: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(key, path) of every path a camket.yaml names, as written."""
    for key in PATH_KEYS:
        values = data.get(key)
        for value in values if isinstance(values, list) else [values]:
            if isinstance(value, str):
                yield key, value
    units = data.get("units")
    if isinstance(units, dict):
        for folder, spec in units.items():
            yield "units", str(folder)
            if isinstance(spec, dict):
                for key in ("plan", "parent"):
                    if isinstance(spec.get(key), str):
                        yield f"units.{key}", spec[key]


def check_config_paths(config: Path, root: Path, lang: str) -> None:
    """Refuse a camket.yaml that names a rule folder, form or unit outside the upload, before
    anything it names is opened. A file that is not YAML is left to load_config to report."""
    import yaml

    from linter.yamlfile import SAFE_LOADER

    try:
        data = yaml.load(config.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except (yaml.YAMLError, UnicodeDecodeError, RecursionError, OSError):
        return
    if not isinstance(data, dict):
        return
    for key, value in _declared_paths(data):
        if not _inside(config.parent / value, root):
            raise Stop(
                "check.config_outside", say("check.config_outside", lang, path=value, entry=key)
            )


def configure(
    paths: list[Path], config: Path | None, root: Path, lang: str | None, say_lang: str
) -> tuple[Settings, list[Rule]]:
    """Settings and rules as `camket check` makes them (camket.yaml, then --lang)."""
    from linter.config import Settings, load_config
    from linter.rules import load_rules, with_options
    from linter.yamlfile import FileError

    config = config or find_config(paths, root)
    try:
        if config is not None:
            check_config_paths(config, root, say_lang)
            settings = load_config(config)
        else:
            settings = Settings()
        if lang:
            settings = replace(settings, lang=lang)
        rules = load_rules(settings.rule_dirs)
        rules = with_options(rules, settings.rule_options, settings.source, settings.lines)
    except FileError as error:
        raise Stop("check.config", say("check.config", say_lang, error=error)) from None
    return settings, rules


# ------------------------------------------------------------------ the check


@contextlib.contextmanager
def _rare_collections() -> Iterator[None]:
    """As `camket check`: a batch's many small objects form no cycles, so the collector is
    asked less often (see linter.cli)."""
    gc.freeze()
    gc.set_threshold(100_000, 50, 1000)
    yield


def check(paths: list[Path], settings: Settings, rules: list[Rule], say_lang: str) -> Report:
    from linter.engine import run, selected
    from linter.sources import discover

    for selector in (*settings.select, *settings.ignore):
        if not any(selected(rule, [selector]) for rule in rules):
            raise Stop("check.rule", say("check.rule", say_lang, code=selector))
    sources = discover(paths, settings.exclude, context=False)
    if not sources:
        raise Stop("check.no_files", say("check.no_files", say_lang))
    last = {"done": -1}

    def progress(done: int, total: int) -> None:
        if done != last["done"]:
            last["done"] = done
            tell("progress", done=done, total=total)
            if done == total:
                tell("stage", stage="compare")

    with _rare_collections():
        return run(paths, rules, settings, progress=progress, sources=sources)


def people(report: Report, context: Context) -> dict[str, dict[str, str | None]]:
    """Each file's writer (the name the HTML report gives it), role and unit: the page's
    filter by person."""
    from linter.report.digest import digest

    units = context.settings.units if context.settings else ()
    return {
        row.entry.path: {"name": row.name, "role": row.role, "unit": row.entry.unit}
        for row in digest(report, context.rules, units).files
    }


def write_outputs(
    report: Report, context: Context, out: Path, root: Path, paths: list[Path]
) -> None:
    from linter.report import Format, render
    from linter.serve.annotated import annotated_zip

    tell("stage", stage="render")
    for fmt, name in ((Format.JSON, "report.json"), (Format.HTML, "report.html")):
        (out / name).write_text(str(render(report, fmt, context)), encoding="utf-8")
    xlsx = render(report, Format.XLSX, context)
    (out / "report.xlsx").write_bytes(xlsx if isinstance(xlsx, bytes) else xlsx.encode())
    (out / "people.json").write_text(
        json.dumps(people(report, context), ensure_ascii=False), encoding="utf-8"
    )
    annotated = annotated_zip(root, paths, report, context)
    if annotated is not None:
        (out / "annotated.zip").write_bytes(annotated)


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m linter.serve.job")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--lang", choices=LANGS, help="the report's language (as check --lang)")
    parser.add_argument("--say", choices=LANGS, default="vi", help="the language of refusals")
    parser.add_argument("--config", type=Path)
    parser.add_argument("entries", nargs="*")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> NoReturn:
    _die_with_server()
    arguments = _arguments(argv)
    root = Path.cwd().resolve()
    paths = [Path(entry) for entry in arguments.entries]
    try:
        from linter.report import Context

        settings, rules = configure(paths, arguments.config, root, arguments.lang, arguments.say)
        settings = replace(settings, jobs=0, cache_dir=None)
        report = check(paths, settings, rules, arguments.say)
        context = Context(settings.lang, rules, settings)
        write_outputs(report, context, arguments.out, root, paths)
    except Stop as stop:
        tell("refused", status=400, code=stop.code, message=stop.message)
        sys.exit(2)
    except MemoryError:
        tell("failed", code="check.memory", message=say("check.memory", arguments.say))
        sys.exit(3)
    except Exception as error:
        if os.environ.get("CAMKET_DEBUG") == "1":
            import traceback

            traceback.print_exc()
        detail = type(error).__name__
        tell(
            "failed", code="check.failed", message=say("check.failed", arguments.say, detail=detail)
        )
        sys.exit(3)
    tell("done", files=len(report.files), findings=len(report.findings))
    sys.exit(0)


if __name__ == "__main__":
    main()
