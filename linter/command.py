"""The click classes every camket command is made of, so a command added later speaks the
user's language without doing anything: the language of a run is read from the command line
(`--lang`, wherever it stands) or CAMKET_LANG before click parses anything; click's own
messages go through linter.i18n's table (click marks them for gettext); help texts, usage
placeholders and the parameters named in errors are shown in that language."""

from __future__ import annotations

import copy
import gettext
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from linter.i18n import (
    click_gettext,
    click_ngettext,
    language,
    speaking,
    t,
    translate,
    translate_help,
)

LANGUAGES = ("vi", "en")
LANG_ENV = "CAMKET_LANG"
# Click's modules that call gettext, each bound to the names `_` and `ngettext` at import.
CLICK_MODULES = (
    "click.core",
    "click.decorators",
    "click.exceptions",
    "click.formatting",
    "click.parser",
    "click.shell_completion",
    "click.termui",
    "click.types",
    "click.utils",
    "click._termui_impl",
)


def requested_language(args: Sequence[str]) -> str | None:
    """The language asked for: the last `--lang X` / `--lang=X` of the command line, else
    CAMKET_LANG, else None. Read before parsing, so a usage error that comes before `--lang`
    on the line is already in that language. A value that is not a language is left to the
    option's own check (or, for CAMKET_LANG, to CamketGroup's)."""
    asked = None
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(args):
            asked = args[index + 1]
        elif arg.startswith("--lang="):
            asked = arg.partition("=")[2]
    if asked in LANGUAGES:
        return asked
    from_env = os.environ.get(LANG_ENV, "").strip()
    return from_env if from_env in LANGUAGES else None


LANG_HELP = "Ngôn ngữ thông báo: vi hoặc en (mặc định: vi, hoặc theo biến môi trường CAMKET_LANG)."


def lang_option(**settings: Any) -> Any:
    """The --lang option of a command. Its value is the one requested_language read already
    (`linter.i18n.language()` gives it everywhere); the option lists it in the help and
    refuses a value that is not a language."""
    return click.option("--lang", **_lang_settings(**settings))


def _lang_settings(**settings: Any) -> dict[str, Any]:
    return {"type": click.Choice(LANGUAGES), "default": None, "help": LANG_HELP, **settings}


def _install_click_gettext() -> None:
    """Point click's gettext names at camket's table (once). Outside a camket run they give
    click's English unchanged, so another click program in the same process is not affected."""
    for name in CLICK_MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:  # a module a click version does not have
            continue
        if getattr(module, "_", None) is gettext.gettext:
            module._ = click_gettext  # type: ignore[attr-defined]
        if getattr(module, "ngettext", None) is gettext.ngettext:
            module.ngettext = click_ngettext  # type: ignore[attr-defined]


_install_click_gettext()


def _in_language(param: click.Parameter, ctx: click.Context, lang: str) -> click.Parameter:
    """A copy of the parameter as the user sees it in `lang`: its help text translated, and
    its placeholder (PATHS..., FILE, TEXT) too unless it has a value list."""
    shown = copy.copy(param)
    help_text = getattr(param, "help", None)
    if help_text:
        shown.help = translate_help(help_text, lang)  # type: ignore[attr-defined]
    if not getattr(param, "is_flag", False) and not getattr(param, "count", False):
        metavar = param.make_metavar(ctx)
        if translate(metavar, lang) != metavar:
            shown.metavar = translate(metavar, lang)
    return shown


def _short(text: str, limit: int) -> str:
    """The first paragraph of a help text as the one line of a command list: whole if it
    fits, else its first sentence if that fits, else cut at a word with "..."."""
    first = text.partition("\n\n")[0]
    if len(first) <= limit:
        return first
    end = first.find(". ")
    if 0 < end < limit:
        return first[: end + 1]
    return first[: limit - 3].rsplit(" ", 1)[0] + "..."


class CamketCommand(click.Command):
    """A command whose help, usage line and error hints are in the run's language."""

    def get_params(self, ctx: click.Context) -> list[click.Parameter]:
        lang = language()
        shown: dict[tuple[str, int], click.Parameter] = self.__dict__.setdefault("_shown", {})
        params = []
        for param in self._with_lang(super().get_params(ctx), ctx):
            key = (lang, id(param))
            if key not in shown:
                shown[key] = _in_language(param, ctx, lang)
            params.append(shown[key])
        return params

    def _with_lang(
        self, params: list[click.Parameter], ctx: click.Context
    ) -> list[click.Parameter]:
        """Every command takes --lang (its value was read before parsing): one that does not
        declare it gets it, before --help."""
        if any(param.name == "lang" for param in params):
            return params
        if "_lang" not in self.__dict__:
            self._lang = click.Option(["--lang"], **_lang_settings(expose_value=False))
        help_option = self.get_help_option(ctx)
        at = len(params) - (bool(params) and params[-1] is help_option)
        return [*params[:at], self._lang, *params[at:]]

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        lang = language()
        return [translate(piece, lang) for piece in super().collect_usage_pieces(ctx)]

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        text = translate_help(self.help or "", language()).partition("\f")[0]
        if text:
            formatter.write_paragraph()
            with formatter.indentation():
                formatter.write_text(text)

    def get_short_help_str(self, limit: int = 45) -> str:
        return _short(translate_help(self.short_help or self.help or "", language()), limit)


class CamketGroup(click.Group, CamketCommand):
    """A group of camket commands: its commands and subgroups are camket's classes, and a run
    started from it speaks the language asked for (see requested_language)."""

    command_class = CamketCommand
    group_class: Any = None  # set below: subgroups are CamketGroups

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        lang = language()  # click.Group adds its COMMAND placeholder after the parameters'
        return [translate(piece, lang) for piece in super().collect_usage_pieces(ctx)]

    def main(self, args: Sequence[str] | None = None, *rest: Any, **extra: Any) -> Any:
        given = sys.argv[1:] if args is None else list(args)
        with speaking(requested_language(given)):
            return super().main(args, *rest, **extra)

    def make_context(self, *args: Any, **extra: Any) -> click.Context:
        value = os.environ.get(LANG_ENV)
        if value is not None and value.strip() and value.strip() not in LANGUAGES:
            raise click.UsageError(t("error.lang_env", language(), value=value))
        return super().make_context(*args, **extra)


CamketGroup.group_class = CamketGroup


# The options of a run that `check`, `annotate` and `archive add` share, defined once so their
# help and limits cannot drift apart.
RUN_OPTIONS: dict[str, Callable[[Any], Any]] = {
    "config": click.option(
        "--config",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="Tệp cấu hình (mặc định: camket.yaml gần nhất phía trên thư mục được kiểm tra).",
    ),
    "select": click.option(
        "--select",
        multiple=True,
        help="Chỉ chạy các luật này (mã, tên hoặc loại; cách nhau bằng dấu phẩy).",
    ),
    "ignore": click.option(
        "--ignore", multiple=True, help="Bỏ qua các luật này (mã, tên hoặc loại)."
    ),
    "fail_on": click.option(
        "--fail-on",
        type=click.Choice(["error", "warning", "info"]),
        default=None,
        help="Mức nghiêm trọng từ đó trả mã thoát 1 (mặc định: warning).",
    ),
    "across_units": click.option(
        "--across-units",
        is_flag=True,
        help="So sánh sao chép giữa mọi đơn vị (mặc định: chỉ trong từng chi bộ).",
    ),
    "jobs": click.option(
        "-j",
        "--jobs",
        type=click.IntRange(min=0),
        default=0,
        show_default=True,
        help="Số tiến trình đọc và kiểm tra từng tệp song song (0: bằng số nhân CPU).",
    ),
    "no_cache": click.option(
        "--no-cache",
        is_flag=True,
        help="Không dùng bộ nhớ đệm kết quả từng tệp (mặc định ở ~/.cache/camket, xóa lúc nào "
        "cũng được).",
    ),
    "no_context": click.option(
        "--no-context",
        is_flag=True,
        help="Khi kiểm tra riêng từng tệp: không đọc các văn bản cùng thư mục và thư mục cấp trên "
        "để đối chiếu (ngày, sao chép).",
    ),
    "timeout": click.option(
        "--timeout",
        type=click.FloatRange(min=0),
        default=60,
        show_default=True,
        help="Số giây tối đa cho một tệp; quá thì bỏ qua tệp đó và báo lại (0: không giới hạn).",
    ),
}


def run_options(*names: str) -> Callable[[Any], Any]:
    """The shared options `names` (keys of RUN_OPTIONS), listed in that order."""

    def apply(function: Any) -> Any:
        for name in reversed(names):
            function = RUN_OPTIONS[name](function)
        return function

    return apply
