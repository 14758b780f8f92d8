"""`camket archive add|list|remove`: the command line of the archive."""

from __future__ import annotations

import json
import sqlite3
import sys
from collections import Counter
from dataclasses import asdict, replace
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from linter.archive.messages import say
from linter.command import CamketGroup, lang_option, run_options

if TYPE_CHECKING:
    from linter.archive.record import Added
    from linter.config import Settings
    from linter.engine import Analysis, Report
    from linter.rules import Rule
    from linter.sources import Source

ARCHIVE_PATH = click.Path(path_type=Path)  # a folder or a device: refused in Vietnamese


def _fail(message: str) -> NoReturn:
    click.echo(message, err=True)
    sys.exit(2)


@click.group(cls=CamketGroup)
def archive() -> None:
    """Lưu các bản cam kết, kế hoạch đã kiểm tra theo từng năm vào một tệp SQLite, để các lần
    kiểm tra sau đối chiếu với năm trước (camket check --archive TỆP)."""


def _years(years: tuple[int | None, ...], lang: str) -> str:
    counted = Counter(years)
    return ", ".join(
        f"{count} × {year if year is not None else say('year_unknown', lang)}"
        for year, count in sorted(counted.items(), key=lambda kv: (kv[0] is None, kv[0] or 0))
    )


def _record(
    connection: sqlite3.Connection,
    paths: tuple[Path, ...],
    rules: list[Rule],
    settings: Settings,
    sources: list[Source],
    quiet: bool,
) -> tuple[Report, Added]:
    """Check the batch and record it: documents as they are analysed, then the findings, in
    one transaction."""
    from linter.archive.record import Recorder
    from linter.cli import _rare_collections, _run_with_progress

    recorder = Recorder(connection, [str(path) for path in paths])
    try:

        def record(source: Source, analysis: Analysis) -> None:
            if analysis.document is not None and not source.context:
                recorder.document(analysis.document, Path(source.path).resolve())

        with _rare_collections():
            report = _run_with_progress(
                paths, rules, settings, sources, show_progress=not quiet, each=record
            )
        recorder.findings(f for group in report.by_file() for f in group.findings)
        return report, recorder.commit()
    except BaseException:
        recorder.abandon()
        raise


@archive.command("add")
@click.argument("archive_path", metavar="ARCHIVE", type=ARCHIVE_PATH)
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@run_options("config")
@lang_option()
@run_options("jobs", "no_cache")
@click.option("-q", "--quiet", is_flag=True, help="Không in tóm tắt và thanh tiến độ.")
def add(
    archive_path: Path,
    paths: tuple[Path, ...],
    config: Path | None,
    lang: str | None,
    jobs: int,
    no_cache: bool,
    quiet: bool,
) -> None:
    """Kiểm tra ĐƯỜNG_DẪN rồi lưu từng văn bản (đơn vị, người viết, loại, năm, ngày, nội dung, dấu
    vân tay, phát hiện) vào tệp lưu trữ TỆP_LƯU_TRỮ (tạo mới nếu chưa có). Cả lượt được ghi trong
    một giao dịch: bị dừng giữa chừng thì tệp lưu trữ vẫn như cũ. Một tệp đã lưu cho cùng năm
    được thay bằng bản mới."""
    from linter.archive.schema import ArchiveError, open_archive
    from linter.cache import default_folder
    from linter.cli import _configure
    from linter.sources import discover
    from linter.yamlfile import FileError

    try:
        settings, rules = _configure(paths, config, lang=lang)
    except FileError as error:
        from linter.i18n import t

        _fail(t("error.file", lang or "vi", error=error))
    settings = replace(settings, jobs=jobs, cache_dir=None if no_cache else default_folder())
    lang = settings.lang
    try:
        connection = open_archive(archive_path, lang, create=True)
    except ArchiveError as error:
        _fail(str(error))
    try:
        sources = discover(paths, settings.exclude, context=False)
        report, added = _record(connection, paths, rules, settings, sources, quiet)
    except sqlite3.OperationalError as error:
        _fail(
            say("busy" if "locked" in str(error) else "io", lang, path=archive_path, detail=error)
        )
    except (sqlite3.Error, OSError) as error:
        _fail(say("io", lang, path=archive_path, detail=error))
    finally:
        connection.close()
    if not quiet:
        replaced = say("replaced", lang, count=added.replaced) if added.replaced else ""
        click.echo(
            say(
                "added",
                lang,
                documents=added.documents,
                years=_years(added.years, lang),
                path=archive_path,
                replaced=replaced,
            ),
            err=True,
        )
        unreadable = len(report.files) - len(report.briefs)
        if unreadable:
            click.echo(say("unreadable_skipped", lang, count=unreadable), err=True)
        no_year = sum(1 for year in added.years if year is None)
        if no_year:
            click.echo(say("no_year", lang, count=no_year), err=True)


@archive.command("list")
@click.argument("archive_path", metavar="ARCHIVE", type=ARCHIVE_PATH)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    help="Định dạng danh sách: bảng chữ (text) hoặc JSON.",
)
@click.option(
    "--lang",
    type=click.Choice(["vi", "en"]),
    default="vi",
    help="Ngôn ngữ thông báo: vi hoặc en (mặc định: vi, hoặc theo biến môi trường CAMKET_LANG).",
)
def list_years(archive_path: Path, fmt: str, lang: str) -> None:
    """Liệt kê theo năm và đơn vị: số bản cam kết, số bản có mục chung chung, có sao chép, sai
    ngày, số kế hoạch."""
    from linter.archive.history import by_unit_and_year
    from linter.archive.schema import ArchiveError, open_archive

    try:
        connection = open_archive(archive_path, lang)
        try:
            rows = by_unit_and_year(connection)
        finally:
            connection.close()
    except ArchiveError as error:
        _fail(str(error))
    if fmt == "json":
        click.echo(json.dumps([asdict(row) for row in rows], ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo(say("empty", lang, path=archive_path))
        return
    click.echo(say("list_header", lang))
    for row in rows:
        year = row.year if row.year is not None else say("year_unknown", lang)
        click.echo(
            f"{year} | {row.unit} | {row.commitments} | {row.vague} | {row.copies} | "
            f"{row.date_errors} | {row.plans}"
        )


@archive.command("remove")
@click.argument("archive_path", metavar="ARCHIVE", type=ARCHIVE_PATH)
@click.option("--year", type=int, required=True, help="Năm cần xóa khỏi tệp lưu trữ.")
@click.option(
    "--lang",
    type=click.Choice(["vi", "en"]),
    default="vi",
    help="Ngôn ngữ thông báo: vi hoặc en (mặc định: vi, hoặc theo biến môi trường CAMKET_LANG).",
)
def remove(archive_path: Path, year: int, lang: str) -> None:
    """Xóa mọi văn bản của một năm khỏi tệp lưu trữ."""
    from linter.archive.record import remove_year
    from linter.archive.schema import ArchiveError, open_archive

    if not archive_path.exists():
        _fail(say("missing", lang, path=archive_path))
    try:
        connection = open_archive(archive_path, lang, create=True)
        try:
            removed = remove_year(connection, year)
        finally:
            connection.close()
    except ArchiveError as error:
        _fail(str(error))
    click.echo(say("removed", lang, documents=removed, year=year, path=archive_path), err=True)
