"""The `camket` command line. Heavy modules are imported inside the commands that need them."""

from __future__ import annotations

import contextlib
import errno
import gc
import io
import os
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from linter import __version__
from linter.command import CamketGroup, lang_option, requested_language, run_options
from linter.files import (
    guard_standard_streams,
    open_output,
    real_path,
    stream_closed,
    write_all,
)
from linter.i18n import asked_language, language, t
from linter.report import BINARY_FORMATS, Format

if TYPE_CHECKING:
    from linter.config import Settings
    from linter.engine import Analysis, Report, Stages
    from linter.report import Context
    from linter.rules import Rule
    from linter.sources import Skipped, Source

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
# Ctrl-C, a cancelled CI job, a closed terminal: each stops camket the same way.
STOP_SIGNALS = ("SIGINT", "SIGTERM", "SIGHUP")
STOP_GRACE = 5.0  # seconds a stop may take to clean up before the process ends at once
# The HTML report shows every document and holds them all while it is made: past this many
# files it would be too large for a browser (and for memory); other formats have no limit.
HTML_FILE_LIMIT = 3000


def _fail(message: str) -> NoReturn:
    click.echo(message, err=True)
    sys.exit(EXIT_USAGE)


LANG_OPTION = lang_option()


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def _say(message: str) -> None:
    """A message on stderr that cannot itself fail (stderr may be a closed pipe too)."""
    with contextlib.suppress(OSError, ValueError):
        click.echo(message, err=True)


def _silence_stdout() -> None:
    """After a broken pipe, send stdout to /dev/null: Python would otherwise try to flush what
    is still buffered at exit and print "Exception ignored … BrokenPipeError" (the recipe of
    Python's documentation on SIGPIPE)."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)


class _Stop:
    """Ctrl-C, SIGTERM and SIGHUP stop camket as a KeyboardInterrupt in the main thread, so
    `finally` blocks run, worker pools are shut down by their owners and the exit code is 130.
    A stop that has not ended the process after STOP_GRACE seconds (a pool whose worker was
    killed mid-task can wait for ever) ends it at once; a second signal changes nothing.

    Forked workers inherit the handler. There Ctrl-C (which a terminal sends to every process
    of the job) is left to this process, which stops the pool: a worker interrupted inside the
    pool's queues leaves its locks held. SIGTERM and SIGHUP do in a worker what they would
    without camket, so the pool can still terminate a worker."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.owner = os.getpid()
        self.requested = False

    def __call__(self, number: int, _frame: object) -> None:
        if os.getpid() != self.owner:
            if number != signal.SIGINT:
                signal.signal(number, signal.SIG_DFL)
                os.kill(os.getpid(), number)
            return
        if self.requested:
            return
        self.requested = True
        deadline = threading.Timer(STOP_GRACE, self._end_now)
        deadline.daemon = True
        deadline.start()
        raise KeyboardInterrupt

    def _end_now(self) -> None:
        with contextlib.suppress(OSError):
            os.write(2, (t("error.interrupted", self.lang) + "\n").encode())
        os._exit(EXIT_INTERRUPTED)

    @contextlib.contextmanager
    def installed(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield  # signal handlers can only be set from the main thread
            return
        previous = {}
        for name in STOP_SIGNALS:
            number = getattr(signal, name, None)
            if number is not None:
                previous[number] = signal.signal(number, self)
        try:
            yield
        finally:
            for number, handler in previous.items():
                signal.signal(number, handler if handler is not None else signal.SIG_DFL)


class _Camket(CamketGroup):
    """The `camket` group: whatever goes wrong in a command ends with the exit code of DESIGN.md
    and a message, never a traceback: 2 for the environment (a full disk, a closed pipe), 3 for
    a bug in camket, 130 when stopped (Ctrl-C, a stop signal, a prompt abandoned), even while
    the command line is parsed. Click's usage errors (2) and sys.exit pass through."""

    lang = "vi"
    stop: _Stop | None = None

    def main(self, args: Sequence[str] | None = None, *rest: object, **extra: object) -> object:
        self.lang = requested_language(sys.argv[1:] if args is None else list(args)) or "vi"
        self.stop = _Stop(self.lang)
        guard_standard_streams()
        with self.stop.installed():
            return super().main(args, *rest, **extra)  # type: ignore[arg-type]

    def make_context(self, *args: Any, **extra: Any) -> click.Context:
        try:
            return super().make_context(*args, **extra)
        except (KeyboardInterrupt, click.exceptions.Abort):
            self._stopped()

    def _stopped(self) -> NoReturn:
        _say(t("error.interrupted", self.lang))
        sys.exit(EXIT_INTERRUPTED)

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException):
            raise
        except (KeyboardInterrupt, click.exceptions.Abort):
            self._stopped()
        except BrokenPipeError:
            _silence_stdout()
            reason = t("output.reason.closed_pipe", self.lang)
            _say(t("output.failed", self.lang, target=t("output.stdout", self.lang), reason=reason))
            sys.exit(EXIT_USAGE)
        except MemoryError:
            _say(t("error.memory", self.lang))
            sys.exit(EXIT_USAGE)
        except OSError as error:
            _say(t("error.environment", self.lang, error=_printable(str(error))))
            sys.exit(EXIT_USAGE)
        except Exception as error:
            if self.stop is not None and self.stop.requested:  # e.g. a pool whose workers were
                _say(t("error.interrupted", self.lang))  # stopped with it: a stop, not a bug
                sys.exit(EXIT_INTERRUPTED)
            kind = type(error).__name__
            _say(t("error.internal", self.lang, kind=kind, error=_printable(str(error))))
            if os.environ.get("CAMKET_DEBUG") == "1":
                with contextlib.suppress(OSError, ValueError):
                    traceback.print_exc()
            sys.exit(EXIT_INTERNAL)


def _printable(text: str, limit: int = 300) -> str:
    from linter.report.printable import printable

    return printable(text if len(text) <= limit else text[: limit - 1] + "…")


@click.group(cls=_Camket, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="camket", message="%(prog)s %(version)s")
def main() -> None:
    """camket: kiểm tra bản cam kết tu dưỡng, rèn luyện, phấn đấu của đảng viên và kế hoạch của chi bộ.

    Phát hiện cam kết chung chung, đoạn sao chép giữa các bản cam kết và ngày tháng sai thứ tự.
    """


def _configure(
    paths: tuple[Path, ...], config: Path | None, **overrides: object
) -> tuple[Settings, list[Rule]]:
    """Settings (camket.yaml found upward, then the CLI's overrides) and the rules they give:
    built-in and user rules, with the unit's option overrides. Raises FileError."""
    from linter.config import Settings, find_config, load_config
    from linter.rules import load_rules, with_options

    config = config or find_config(paths)
    settings = load_config(config) if config else Settings()
    changes = {key: value for key, value in overrides.items() if value}
    settings = replace(settings, **changes)  # type: ignore[arg-type]
    rules = load_rules(settings.rule_dirs)
    return settings, with_options(rules, settings.rule_options, settings.source, settings.lines)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice([f.value for f in Format]),
    default="text",
    show_default=True,
    help="Định dạng kết quả.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Ghi kết quả vào tệp thay vì màn hình.",
)
@run_options("config", "select", "ignore", "fail_on")
@LANG_OPTION
@run_options("across_units")
@click.option(
    "--baseline",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Báo cáo JSON lần trước: chỉ báo các phát hiện mới so với nó.",
)
@click.option(
    "--color/--no-color",
    default=None,
    help="Tô màu kết quả văn bản (mặc định: khi in ra màn hình và biến NO_COLOR chưa đặt).",
)
@run_options("jobs", "no_cache", "no_context", "timeout")
@click.option(
    "--archive",
    "archive_path",
    type=click.Path(path_type=Path),
    help="Tệp lưu trữ các năm trước (camket archive add): báo bản cam kết, kế hoạch lặp lại "
    "bản của năm trước.",
)
@click.option(
    "--dask",
    "dask_address",
    metavar="ĐỊA_CHỈ",
    help="Chạy trên cụm Dask: địa chỉ bộ lập lịch (tcp://máy:8786), hoặc local / local:N (cụm N "
    "máy trạm trên máy này). Các máy trạm tự đọc tệp: đường dẫn phải như nhau trên mọi máy. "
    'Cần cài thêm: pip install "camket[dask]".',
)
@click.option("--statistics", is_flag=True, help="Chỉ in số phát hiện theo từng luật.")
@click.option(
    "--summary-only",
    is_flag=True,
    help="Với --format html: chỉ in trang tóm tắt của từng đơn vị, không in toàn văn các văn bản.",
)
@click.option(
    "-q",
    "--quiet",
    is_flag=True,
    help="Chỉ in các phát hiện: không tóm tắt, không thanh tiến độ, không báo nơi đã ghi báo cáo.",
)
def check(
    paths: tuple[Path, ...],
    fmt: str,
    output: Path | None,
    config: Path | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str | None,
    lang: str | None,
    across_units: bool,
    baseline: Path | None,
    color: bool | None,
    jobs: int,
    no_cache: bool,
    no_context: bool,
    timeout: float,
    archive_path: Path | None,
    dask_address: str | None,
    statistics: bool,
    summary_only: bool,
    quiet: bool,
) -> None:
    """Kiểm tra các tệp .txt, .docx, .odt, .pdf (và .md khi nêu tên) trong ĐƯỜNG_DẪN.

    Mã thoát: 0 không có phát hiện từ mức --fail-on trở lên; 1 có; 2 lỗi cách dùng, cấu hình, luật
    hoặc không ghi được kết quả; 3 lỗi nội bộ của camket; 130 bị dừng (Ctrl-C).
    """
    from linter.distributed import ClusterError
    from linter.engine import selected
    from linter.report import Context
    from linter.sources import discover
    from linter.suppress import load_baseline
    from linter.yamlfile import FileError

    try:
        settings, rules = _configure(
            paths,
            config,
            select=_split(select),
            ignore=_split(ignore),
            fail_on=fail_on,
            lang=lang or asked_language(),
        )
    except FileError as error:
        _fail(t("error.file", lang or language(), error=error))
    from linter.cache import default_folder

    settings = replace(
        settings,
        across_units=across_units or settings.across_units,
        jobs=jobs,
        timeout=timeout,
        cache_dir=None if no_cache else default_folder(),
    )
    lang = settings.lang
    if archive_path is not None:
        settings = replace(settings, archive=_readable_archive(archive_path, lang))
    if dask_address is not None:
        from linter.distributed import usable

        try:  # refused before a long discovery: a bad address, no Dask installed
            usable(dask_address, lang)
        except ClusterError as error:
            _fail(str(error))
    chosen = Format(fmt)
    for selector in (*settings.select, *settings.ignore):
        if not any(selected(rule, [selector]) for rule in rules):
            _no_rule(selector, rules, lang)
    if summary_only and chosen != Format.HTML:
        _fail(t("error.summary_only", lang, format=fmt))
    if chosen in BINARY_FORMATS and not output and sys.stdout.isatty():
        _fail(t("error.binary_to_terminal", lang, format=fmt))
    skipped: list[Skipped] = []
    sources = discover(paths, settings.exclude, context=not no_context, skipped=skipped)
    if not sources:
        from linter.report.text_report import skipped_summary

        found = t("error.no_files", lang, paths=_printable(", ".join(map(str, paths))))
        _fail("\n".join([found, *skipped_summary(skipped, lang)]))
    if output and any(real_path(output) == real_path(source.path) for source in sources):
        _fail(t("error.output_is_input", lang, path=output))
    reported = sum(not source.context for source in sources)
    if chosen == Format.HTML and reported > HTML_FILE_LIMIT:  # refused before a long run
        _fail(t("error.html_too_large", lang, files=reported, limit=HTML_FILE_LIMIT))
    with _rare_collections(), contextlib.ExitStack() as cluster:
        try:
            known = load_baseline(baseline) if baseline else None  # refused before a long run
            stages = cluster.enter_context(_on_dask(dask_address, lang)) if dask_address else None
            report = _run_with_progress(
                paths, rules, settings, sources, show_progress=not quiet, stages=stages
            )
            cluster.callback(report.close)  # the run's store, removed however this ends
            report.skipped = skipped
            report.baseline = known
        except FileError as error:
            _fail(t("error.file", lang, error=error))
        except ClusterError as error:
            _fail(str(error))
        colour = _colour_wanted(color, output)
        context = Context(lang, rules, settings, colour, statistics, quiet, summary_only)
        _emit(report, chosen, context, output)
        failed = report.failed(settings.fail_on)  # counted while the report was written
    if output and not quiet:
        _say(t("output.written", lang, path=_printable(str(output))))
    if statistics and chosen != Format.TEXT:
        from linter.report.text_report import statistics as rule_statistics

        click.echo("\n".join(rule_statistics(report, context)), err=True)
    sys.exit(EXIT_FINDINGS if failed else EXIT_OK)


def _on_dask(address: str, lang: str) -> contextlib.AbstractContextManager[Stages]:
    """The run's stages on the Dask cluster --dask names (linter.distributed)."""
    from linter.distributed import dask_stages

    return dask_stages(address, lang)


def _readable_archive(path: Path, lang: str) -> Path:
    """The archive of `check --archive`, refused before a long run when it cannot be read."""
    from linter.archive.schema import ArchiveError, open_archive

    try:
        open_archive(path, lang).close()
    except ArchiveError as error:
        _fail(str(error))
    return path


def _colour_wanted(flag: bool | None, output: Path | None) -> bool:
    """--color/--no-color win; else colour only on a terminal, and never with NO_COLOR set
    (https://no-color.org)."""
    if flag is not None:
        return flag
    if output is not None or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def _emit(report: Report, chosen: Format, context: Context, output: Path | None) -> None:
    """Write the report, as it is read from the run, to the file (see files.open_output) or to
    stdout. Where it cannot go (a missing folder, a full disk, a closed stdout, a reader gone)
    is an error, exit 2."""
    from linter.report import write

    lang = context.lang
    try:
        if output:
            with open_output(output) as raw:
                if chosen in BINARY_FORMATS:
                    write(report, chosen, context, raw)
                else:
                    # A CSV file opened in Excel needs the byte-order mark to be read as UTF-8.
                    encoding = "utf-8-sig" if chosen == Format.CSV else "utf-8"
                    text = io.TextIOWrapper(raw, encoding, newline="", write_through=True)  # type: ignore[arg-type]
                    write(report, chosen, context, text)
                    text.flush()
                    text.detach()
        else:
            write(report, chosen, context, _Stdout(context.color))
    except OSError as error:
        if error.errno == errno.EPIPE and not output:
            _silence_stdout()
        target = str(output) if output else t("output.stdout", lang)
        _fail(
            t("output.failed", lang, target=_printable(target), reason=_reason(error, output, lang))
        )


class _Stdout:
    """The report's way to stdout, one piece at a time: to a terminal through click (colours,
    Windows consoles); to a pipe or a file straight to the descriptor, every byte (a buffered
    write cut short by a reader that left, `| head`, would be dropped without an error)."""

    def __init__(self, colour: bool) -> None:
        self.colour = colour
        stream = sys.stdout
        if stream is None or stream_closed(1):
            raise OSError(errno.EBADF, os.strerror(errno.EBADF))
        self.stream = stream
        try:
            self.fd = None if stream.isatty() else stream.fileno()
        except (OSError, ValueError):  # no descriptor: a test runner's buffer
            self.fd = None
        if self.fd is not None:
            stream.flush()

    def write(self, piece: str | bytes) -> int:
        if self.fd is None:
            click.echo(piece, nl=False, color=self.colour)
            return len(piece)
        if isinstance(piece, str):
            text = piece if self.colour else click.unstyle(piece)  # as click.echo off a terminal
            piece = text.encode(self.stream.encoding or "utf-8", self.stream.errors or "strict")
        write_all(self.fd, piece)
        return len(piece)


_REASONS = {
    errno.EACCES: "output.reason.denied",
    errno.EPERM: "output.reason.denied",
    errno.EROFS: "output.reason.read_only",
    errno.ENOSPC: "output.reason.full",
    getattr(errno, "EDQUOT", errno.ENOSPC): "output.reason.full",
    errno.EISDIR: "output.reason.folder",
    errno.ENOTDIR: "output.reason.not_folder",
    errno.ENXIO: "output.reason.no_reader",
    errno.EPIPE: "output.reason.closed_pipe",
    errno.EBADF: "output.reason.closed",
}


def _reason(error: OSError, output: Path | None, lang: str) -> str:
    """Why a report could not be written, in the user's words rather than the OS's."""
    if error.errno == errno.ENOENT and output is not None:
        folder = output.parent
        key = "output.reason.cannot_create" if folder.is_dir() else "output.reason.missing_folder"
        return t(key, lang, folder=_printable(str(folder)))
    if error.errno in _REASONS:
        return t(_REASONS[error.errno], lang)
    return t("output.reason.other", lang, error=_printable(error.strerror or str(error)))


PROGRESS_DELAY = 0.5  # seconds before the bar appears: a short run stays quiet


class _DelayedProgress:
    """A progress bar on stderr that appears only once the run has lasted a moment."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.started = time.monotonic()
        self.bar: click._termui_impl.ProgressBar[int] | None = None

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            if time.monotonic() - self.started < PROGRESS_DELAY:
                return
            self.bar = click.progressbar(length=total, label=self.label, file=sys.stderr)
        self.bar.update(done - self.bar.pos)

    def finish(self) -> None:
        if self.bar is not None:
            self.bar.update(self.bar.length - self.bar.pos)
            self.bar.render_finish()


@contextlib.contextmanager
def _rare_collections() -> Iterator[None]:
    """A batch is hundreds of thousands of small objects that form no cycles; at its default
    thresholds the cyclic collector rescans them again and again as they pile up (a quarter
    of a run over a warm cache). Inside, what was loaded before is set aside (forked workers
    then share it untouched) and collections come a hundred times less often."""
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(100_000, 50, 1000)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def _run_with_progress(
    paths: tuple[Path, ...],
    rules: list[Rule],
    settings: Settings,
    sources: list[Source],
    show_progress: bool,
    each: Callable[[Source, Analysis], None] | None = None,
    stages: Stages | None = None,
) -> Report:
    """Run the checks, with a progress bar on stderr when it is a terminal."""
    from linter.engine import run

    if not show_progress or not sys.stderr.isatty():
        return run(paths, rules, settings, sources=sources, each=each, stages=stages)
    progress = _DelayedProgress(t("progress", settings.lang))
    try:
        return run(
            paths, rules, settings, progress=progress, sources=sources, each=each, stages=stages
        )
    finally:
        progress.finish()


@main.command()
@click.argument("document", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--rule", "code", required=True, help="Mã luật của phát hiện cần bỏ qua (ví dụ CK101)."
)
@click.option(
    "--line", "line", type=int, required=True, help="Dòng (đoạn văn với .docx) của phát hiện."
)
@click.option("--reason", required=True, help="Lý do bỏ qua (bắt buộc, để chi ủy đọc lại sau).")
@LANG_OPTION
def suppress(document: Path, code: str, line: int, reason: str, lang: str | None) -> None:
    """Bỏ qua một phát hiện: ghi vào .camket-ignore.yaml bên cạnh tệp (tệp gốc không bị sửa)."""
    lang = lang or language()
    from linter.engine import run
    from linter.suppress import SIDECAR, add_entry
    from linter.yamlfile import FileError

    if not reason.strip():
        _fail(t("suppress.reason_needed", lang))
    try:
        settings, rules = _configure((document,), None)
        findings = [
            f
            for f in run((document,), rules, settings).findings
            if f.rule == code and f.line <= line <= f.end_line
        ]
        if not findings:
            _fail(t("suppress.no_finding", lang, code=code, line=line, path=document))
        sidecar = document.parent / SIDECAR
        for finding in findings:
            add_entry(sidecar, document, finding, reason.strip())
    except FileError as error:
        _fail(t("error.file", lang, error=error))
    click.echo(t("suppress.written", lang, count=len(findings), path=sidecar))


@main.group()
def rules() -> None:
    """Xem và thử các luật."""


def _no_rule(selector: str, rules: list[Rule], lang: str) -> NoReturn:
    """A code, name or category no rule has (exit 2), with the nearest one if any is near."""
    import difflib

    known = {key.casefold(): key for rule in rules for key in (rule.id, rule.name, rule.category)}
    wanted = selector.casefold()

    def likeness(key: str) -> tuple[float, int]:
        # ties (CK1O1: CK101 or CK110?) go to the key with more letters in the same places
        same_places = sum(a == b for a, b in zip(wanted, key, strict=False))
        return difflib.SequenceMatcher(None, wanted, key).ratio(), same_places

    # a selector far longer than every code, name and category is near none (and comparing
    # a pasted page with each of them would take seconds)
    longest = max((len(key) for key in known), default=0)
    near = known if len(wanted) <= 2 * longest else {}
    nearest = max(near, key=likeness, default=None)
    message = t("rules.none", lang, code=selector)
    if nearest is not None and likeness(nearest)[0] >= 0.6:
        message += " " + t("rules.did_you_mean", lang, code=known[nearest])
    _fail(message)


def _all_rules(folders: tuple[Path, ...] = ()) -> list[Rule]:
    from linter.rules import load_rules
    from linter.yamlfile import FileError

    try:
        return load_rules(folders)
    except FileError as error:
        _fail(t("error.file", language(), error=error))


@rules.command("list")
@LANG_OPTION
def rules_list(lang: str | None) -> None:
    """Liệt kê các luật: mã, loại, mức, tên."""
    lang = lang or language()
    for rule in _all_rules():
        description = rule.description.get(lang) or rule.description.get("vi", "")
        click.echo(
            f"{rule.id}  {rule.category:<11} {rule.severity:<8} {rule.name:<32} {description}"
        )


@rules.command("show")
@click.argument("code")
@LANG_OPTION
def rules_show(code: str, lang: str | None) -> None:
    """Giải thích một luật: mô tả, thông báo, gợi ý và ví dụ."""
    lang = lang or language()
    from linter.engine import selected

    matches = [rule for rule in _all_rules() if selected(rule, [code])]
    if not matches:
        _no_rule(code, _all_rules(), lang)
    for rule in matches:
        click.echo(
            f"{rule.id} · {rule.name} · {rule.category} · {rule.severity} · kind: {rule.kind}"
        )
        if rule.description.get(lang) or rule.description.get("vi"):
            click.echo(rule.description.get(lang) or rule.description["vi"])
        click.echo(f"{t('show.message', lang)}: {rule.text(lang)}")
        for role, texts in rule.suggestion.items():
            click.echo(f"{t('suggestion', lang)} ({role}): {texts.get(lang) or texts['vi']}")
        for pattern in rule.patterns:
            click.echo(f"{t('show.pattern', lang)}: {pattern}")
        for expected in ("bad", "good"):
            for sentence in rule.examples.get(expected, ()):
                click.echo(f"{t(f'show.{expected}', lang)}: {sentence}")
        click.echo("")


@rules.command("test")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@LANG_OPTION
def rules_test(folder: Path, lang: str | None) -> None:
    """Chạy các ví dụ (bad/good) của các luật trong THƯ_MỤC."""
    lang = lang or language()
    from linter.examples import run_examples
    from linter.resources import rules_dir

    folder = folder.resolve()
    extra = () if folder == rules_dir().resolve() else (folder,)
    failures = total = 0
    for rule in _all_rules(extra):
        if Path(rule.source).parent.resolve() != folder:
            continue
        for result in run_examples(rule):
            total += 1
            if not result.ok:
                failures += 1
                verdict = t(f"test.failed_{result.expected}", lang)
                click.echo(f"{result.rule} {result.expected}: {verdict}: {result.sentence}")
    click.echo(t("test.total", lang, passed=total - failures, failed=failures))
    sys.exit(EXIT_FINDINGS if failures else EXIT_OK)


@main.command()
@click.argument("corpus", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--labels",
    "labels_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Tệp nhãn (mặc định: KHO/labels.yaml); KHO có thể là một thư mục con của kho.",
)
@click.option(
    "--config",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Tệp cấu hình (mặc định: camket.yaml gần nhất phía trên thư mục được kiểm tra).",
)
@click.option(
    "--details/--no-details",
    default=True,
    show_default=True,
    help="Liệt kê từng dòng bỏ sót và phát hiện nhầm.",
)
def evaluate(corpus: Path, labels_path: Path | None, config: Path | None, details: bool) -> None:
    """Đo precision/recall theo loại so với nhãn (camket-labels/1), kèm các dòng bỏ sót, phát hiện nhầm.

    Dòng “không phrase” đo riêng mô hình đánh giá tính cụ thể (tắt các luật loại phrase); dòng
    “chỉ phrase” đo riêng các luật cụm từ — phần còn lại là những câu chung chung mà không luật
    cụm từ nào gọi tên.
    """
    from linter import evaluate as scoring
    from linter.engine import Report, recheck, run
    from linter.labels import load_labels
    from linter.yamlfile import FileError

    try:
        labels = scoring.restrict(load_labels(labels_path or corpus / "labels.yaml"), corpus)
        settings, rules = _configure((corpus,), config)
    except FileError as error:
        _fail(t("error.file", language(), error=error))
    with _rare_collections():
        report = run((corpus,), rules, settings)
    report.findings, report.documents  # noqa: B018 (all in memory: the store is removed)
    report.close()
    scores, accuracies = scoring.evaluate(report, labels, rules)
    # Phrase rules run first and nothing silences them, so their findings in the full run are
    # what they find alone; without them the model reports more, so that needs a re-check.
    phrase_ids = {rule.id for rule in rules if rule.kind == "phrase"}
    only_phrase = Report(
        files=report.files,
        findings=[f for f in report.findings if f.rule in phrase_ids],
        documents=report.documents,
        parents=report.parents,
    )
    without_phrase = recheck(
        report, [rule for rule in rules if rule.id not in phrase_ids], settings
    )
    scores.insert(1, scoring.score_vague(without_phrase, labels, "vague-no-phrase"))
    scores.insert(2, scoring.score_vague(only_phrase, labels, "vague-phrase-only"))
    pairs = scoring.pair_rules(rules)
    pan = scoring.pan_duplicates(report, labels, pairs)
    bands = scoring.similarity_bands(report, labels, pairs)
    click.echo(scoring.render(scores, accuracies, details, pan, bands), nl=False)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "-o",
    "--output-dir",
    "out_dir",
    required=True,
    metavar="OUT_DIR",
    type=click.Path(path_type=Path),
    help="Thư mục ghi các bản có ghi chú (phải nằm ngoài các thư mục đầu vào).",
)
@run_options("config", "select", "ignore", "fail_on")
@LANG_OPTION
@run_options("across_units", "jobs", "no_cache", "no_context", "timeout")
@click.option("-q", "--quiet", is_flag=True, help="Không hiện thanh tiến độ.")
def annotate(
    paths: tuple[Path, ...],
    out_dir: Path,
    config: Path | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str | None,
    lang: str | None,
    across_units: bool,
    jobs: int,
    no_cache: bool,
    no_context: bool,
    timeout: float,
    quiet: bool,
) -> None:
    """Kiểm tra ĐƯỜNG_DẪN như camket check và ghi vào THƯ_MỤC_GHI bản sao .docx của từng tệp có phát
    hiện, mỗi phát hiện là một ghi chú (comment) của Word. Tệp gốc không bị sửa.

    Tệp .docx giữ tên; tệp .odt, .txt được chuyển thành .docx mang thêm đuôi (a.txt →
    a.txt.docx). Mã thoát như camket check.
    """
    from linter.annotate import OutDirRefused, annotate_to_folder, out_dir_problem, summary_lines
    from linter.cache import default_folder
    from linter.engine import selected
    from linter.files import display_path
    from linter.sources import discover
    from linter.yamlfile import FileError

    try:
        settings, rules = _configure(
            paths, config, select=_split(select), ignore=_split(ignore), fail_on=fail_on, lang=lang
        )
    except FileError as error:
        _fail(t("error.file", lang or "vi", error=error))
    settings = replace(
        settings,
        across_units=across_units or settings.across_units,
        jobs=jobs,
        timeout=timeout,
        cache_dir=None if no_cache else default_folder(),
    )
    lang = settings.lang
    for selector in (*settings.select, *settings.ignore):
        if not any(selected(rule, [selector]) for rule in rules):
            _fail(t("rules.none", lang, code=selector))
    problem = out_dir_problem(out_dir, paths, lang)
    if problem is not None:
        _fail(problem)
    sources = discover(paths, settings.exclude, context=not no_context)
    if not sources:
        _fail(t("error.no_files", lang, paths=", ".join(map(str, paths))))
    with _rare_collections():
        try:
            report = _run_with_progress(paths, rules, settings, sources, show_progress=not quiet)
        except FileError as error:
            _fail(t("error.file", lang, error=error))
        try:
            summary = annotate_to_folder(report, paths, out_dir, sources, lang)
        except OutDirRefused as error:
            _fail(str(error))
    click.echo("\n".join(summary_lines(summary, display_path(out_dir), lang)))
    if summary.write_failed:
        sys.exit(EXIT_USAGE)
    sys.exit(EXIT_FINDINGS if report.failed(settings.fail_on) else EXIT_OK)


def _add_commands() -> None:
    """The commands kept in their own subpackages (only their click side loads here)."""
    from linter.archive.commands import archive
    from linter.serve.command import serve

    main.add_command(archive)
    main.add_command(serve)


_add_commands()


if __name__ == "__main__":
    main()
