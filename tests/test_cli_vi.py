"""The command line speaks Vietnamese (English with --lang en or CAMKET_LANG=en): usage errors,
help pages and prompts, with nothing of click's English left in Vietnamese, for every command,
including one added later. The real CLI runs (CliRunner, or a process where signals matter)."""

from __future__ import annotations

import ast
import json
import re
import string
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from linter.cli import main
from linter.i18n import CLICK_VI, HELP_EN, translate_help

# What click prints in English when a message is not translated.
CLICK_ENGLISH = re.compile(
    r"Usage:|Options:|Commands:|Error:|Try '|for help|Invalid value|No such|Missing|"
    r"Did you mean|is not|does not exist|Show this message|Show the version|default:|"
    r"\[OPTIONS\]|COMMAND|\bTEXT\b|\bFILE\b|\bINTEGER\b|\bPATH\b|\bPATHS\b|Aborted"
)
VIETNAMESE = re.compile("[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]")


def run(*args: str, **options: object) -> click.testing.Result:
    return CliRunner().invoke(main, list(args), **options)


def usage_error(result: click.testing.Result) -> str:
    """The message of a usage error: exit 2, on stderr, nothing on stdout, no traceback."""
    assert result.exit_code == 2, result.output
    assert result.stdout == "" and "Traceback" not in result.stderr
    return result.stderr


@pytest.mark.parametrize(
    ("args", "vietnamese", "english"),
    [
        (
            ["check", "--fromat", "json", "{unit}"],
            "Lỗi: Không có tùy chọn '--fromat'. Bạn có muốn dùng '--format'?",
            "Error: No such option '--fromat'. Did you mean '--format'?",
        ),
        (["check"], "Lỗi: Thiếu tham số 'ĐƯỜNG_DẪN...'.", "Error: Missing argument 'PATHS...'."),
        (
            ["check", "--format", "word", "{unit}"],
            "Lỗi: Giá trị không hợp lệ cho '--format': 'word' không có trong các lựa chọn "
            "'text', 'json', 'sarif', 'github', 'html', 'csv', 'xlsx'.",
            "Error: Invalid value for '--format': 'word' is not one of 'text', 'json',",
        ),
        (
            ["check", "{unit}/khong-co.docx"],
            "Không tìm thấy '{unit}/khong-co.docx': đường dẫn không tồn tại.",
            "Path '{unit}/khong-co.docx' does not exist.",
        ),
        (
            ["check", "--jobs", "hai", "{unit}"],
            "Lỗi: Giá trị không hợp lệ cho '-j' / '--jobs': 'hai' không phải là một số hợp lệ.",
            "Error: Invalid value for '-j' / '--jobs': 'hai' is not a valid integer range.",
        ),
        (
            ["check", "--jobs", "-1", "{unit}"],
            "'-j' / '--jobs': -1 nằm ngoài khoảng cho phép (x>=0).",
            "-1 is not in the range x>=0.",
        ),
        (
            ["check", "--output"],
            "Lỗi: Tùy chọn '--output' cần một giá trị đi kèm.",
            "Error: Option '--output' requires an argument.",
        ),
        (
            ["chek", "{unit}"],
            "Lỗi: Không có lệnh 'chek'. Bạn có muốn dùng 'check'?",
            "Error: No such command 'chek'. Did you mean 'check'?",
        ),
        (["rules", "show"], "Lỗi: Thiếu tham số 'MÃ'.", "Error: Missing argument 'CODE'."),
        (
            ["rules", "show", "CK101", "CK102"],
            "Lỗi: Thừa tham số không dùng đến: CK102.",
            "Error: Got unexpected extra argument (CK102)",
        ),
    ],
    ids=[
        "unknown-option",
        "missing-argument",
        "bad-choice",
        "missing-path",
        "bad-integer",
        "out-of-range",
        "option-without-value",
        "unknown-command",
        "missing-code",
        "extra-argument",
    ],
)
def test_usage_errors_are_vietnamese_and_english_on_request(
    unit: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], vietnamese: str, english: str
):
    args = [arg.format(unit=unit) for arg in args]
    said = usage_error(run(*args))
    assert vietnamese.format(unit=unit) in said
    assert not CLICK_ENGLISH.search(said), said
    # --lang after the error (click stops at the error and never reads it); before the
    # command when the last option waits for its value
    english_args = ["--lang", "en", *args] if args[-1] == "--output" else [*args, "--lang", "en"]
    english_said = usage_error(run(*english_args))
    assert english.format(unit=unit) in english_said and not VIETNAMESE.search(english_said)
    if "Usage: " in english_said:  # not for an option without its value: click gives no usage
        assert "Cách dùng: " in said and "--help' để xem hướng dẫn." in said
    monkeypatch.setenv("CAMKET_LANG", "en")
    assert english.format(unit=unit) in usage_error(run(*args))


def test_lang_anywhere_and_the_environment(unit: Path, monkeypatch: pytest.MonkeyPatch):
    assert "Error: No such option" in usage_error(run("--lang=en", "check", "-x", str(unit)))
    english = run("--lang", "en", "check", str(unit))  # the group's --lang reaches the report
    assert english.exit_code == 1 and "Vague commitment" in english.stdout
    monkeypatch.setenv("CAMKET_LANG", "en")
    assert "Vague commitment" in run("check", str(unit)).stdout
    assert "Cam kết chung chung" in run("check", "--lang", "vi", str(unit)).stdout
    monkeypatch.setenv("CAMKET_LANG", "fr")
    said = usage_error(run("check", str(unit)))
    assert said == "Lỗi: Biến môi trường CAMKET_LANG=fr không hợp lệ: chỉ dùng vi hoặc en.\n"


def _commands(
    group: click.Group = main, path: tuple[str, ...] = ()
) -> list[tuple[tuple[str, ...], click.Command]]:
    found: list[tuple[tuple[str, ...], click.Command]] = [(path, group)]
    for name, command in sorted(group.commands.items()):
        if isinstance(command, click.Group):
            found += _commands(command, (*path, name))
        else:
            found.append(((*path, name), command))
    return found


COMMANDS = _commands()


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_every_help_page_is_vietnamese_and_english_on_request(path, command):
    page = run(*path, "--help")
    assert page.exit_code == 0, page.output
    assert page.stdout.startswith("Cách dùng: ")
    assert "\nTùy chọn:\n" in page.stdout and "Hiện hướng dẫn này rồi thoát." in page.stdout
    assert not CLICK_ENGLISH.search(page.stdout), CLICK_ENGLISH.search(page.stdout)
    if isinstance(command, click.Group):
        assert "[TÙY_CHỌN] LỆNH [THAM_SỐ]..." in page.stdout and "\nLệnh:\n" in page.stdout
    english = run(*path, "--help", "--lang", "en")
    assert english.exit_code == 0 and english.stdout.startswith("Usage: ")
    assert "Options:" in english.stdout and "Show this message and exit." in english.stdout
    flat = " ".join(english.stdout.split())
    texts = [command.help] + [getattr(p, "help", None) for p in command.params]
    for text in filter(None, texts):
        assert translate_help(text, "en") != translate_help(text, "vi"), f"no English for {text!r}"
        first = translate_help(text, "en").split("\n\n")[0]
        assert first in flat, first
        assert " ".join(translate_help(text, "vi").split()) not in flat


def test_every_option_and_command_has_help():
    """A parameter without help would show a bare line in both languages."""
    for path, command in COMMANDS:
        assert command.help, path
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, (path, param.name)


def test_the_english_table_holds_no_stale_entry():
    """Every English help text translates a help text some command still has."""
    helps = {
        translate_help(text, "vi")
        for _, command in COMMANDS
        for text in [command.help] + [getattr(p, "help", None) for p in command.params]
        if text
    }
    stale = [text for text in HELP_EN if translate_help(text, "vi") not in helps]
    assert stale == []


def _click_messages() -> set[str]:
    """Every message id click marks for gettext (`_("…")`, `ngettext("…", "…", n)`)."""
    found = set()
    for module in sorted(Path(click.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("_", "ngettext"):
                found |= {
                    arg.value
                    for arg in node.args
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                }
    return found


# Raised only at a programmer's mistake (a TypeError while commands are declared): never shown
# to a user of camket.
PROGRAMMER_ERRORS = {
    "Name '{name}' defined twice",
    "Boolean option {decl!r} cannot use the same flag for true/false.",
    "Could not determine name for option with declarations {decls!r}",
    "No options defined but a name was passed ({name}). Did you mean to declare an argument "
    "instead? Did you mean to pass '--{name}'?",
    "Arguments take exactly one parameter declaration, got {length}: {decls}.",
    "Unknown color {colour!r}",
    "Unknown standard stream '{name}'",
    "Choice({choices})",
}


def test_every_message_click_can_show_has_a_vietnamese_translation():
    """Fails when an upgrade of click brings a message the table does not hold."""
    missing = sorted(_click_messages() - set(CLICK_VI) - PROGRAMMER_ERRORS)
    assert missing == []


def _fields(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


@pytest.mark.parametrize("message", sorted(CLICK_VI))
def test_a_translation_uses_only_the_fields_click_fills(message):
    """Click formats the translation with the fields of its own message: a field it does not
    fill would turn a usage error into a KeyError."""
    assert _fields(CLICK_VI[message]) <= _fields(message) | {""}
    assert VIETNAMESE.search(CLICK_VI[message]) or message.isupper() or "[" in message


def test_a_command_added_later_speaks_vietnamese_too(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    """The machinery is the group's: a command another part of camket adds (a prompt, a path
    option, a number) gets Vietnamese help, errors and prompts without doing anything."""

    monkeypatch.setitem(main.commands, "demo", None)  # the test's command is removed after it

    @main.command("demo")
    @click.option("--out", type=click.Path(exists=True, file_okay=False), help="Thư mục ghi.")
    @click.option("--port", type=int, default=8765, show_default=True, help="Cổng.")
    def demo(out: str | None, port: int) -> None:
        """Một lệnh thử."""
        secret = click.prompt("Mật khẩu", hide_input=True, confirmation_prompt=True)
        click.echo(f"{out} {port} {len(secret)}")

    page = run("demo", "--help").stdout
    assert "Cách dùng: main demo [TÙY_CHỌN]" in page
    assert "--out THƯ_MỤC" in page and "--port SỐ_NGUYÊN" in page
    assert "[mặc định: 8765]" in page and not CLICK_ENGLISH.search(page)
    missing = usage_error(run("demo", "--out", str(tmp_path / "khong-co")))
    assert "Không tìm thấy" in missing and not CLICK_ENGLISH.search(missing)
    mismatch = run("demo", "--out", str(tmp_path), input="abc\nabd\nabc\nabc\n")
    assert mismatch.exit_code == 0 and mismatch.stdout.endswith(f"{tmp_path} 8765 3\n")
    assert "Nhập lại để xác nhận" in mismatch.output
    assert "Lỗi: hai lần nhập không khớp nhau." in mismatch.output
    stopped = run("demo", input="")  # the input ends at the prompt, as Ctrl-D does
    assert stopped.exit_code == 130 and "Đã dừng theo yêu cầu" in stopped.stderr
    assert "Aborted" not in stopped.output and "Traceback" not in stopped.output


def test_click_outside_camket_keeps_its_english():
    """Another click program in the same process is not translated."""

    @click.command()
    @click.argument("name")
    def other(name: str) -> None:
        """Other."""

    result = CliRunner().invoke(other, [])
    assert result.exit_code == 2 and "Error: Missing argument 'NAME'." in result.output


def test_rules_show_takes_a_code_in_any_case():
    upper, lower = run("rules", "show", "CK101"), run("rules", "show", "ck101")
    assert lower.exit_code == 0 and lower.stdout == upper.stdout
    assert lower.stdout.startswith("CK101 · vague.hoan-thanh-tot")


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["check", "--select", "CK1O1"], "Không có luật nào khớp “CK1O1”. Bạn có muốn dùng CK101?"),
        (["check", "--select", "vauge"], "Không có luật nào khớp “vauge”. Bạn có muốn dùng vague?"),
        (
            ["check", "--ignore", "CK101,duplicte"],
            "Không có luật nào khớp “duplicte”. Bạn có muốn dùng duplicate?",
        ),
        (
            ["check", "--select", "vague.hoan-thanh-tôt"],
            "Không có luật nào khớp “vague.hoan-thanh-tôt”. Bạn có muốn dùng vague.hoan-thanh-tot?",
        ),
        (["check", "--select", "xyz"], "Không có luật nào khớp “xyz”."),
        (["rules", "show", "CK2O6"], "Không có luật nào khớp “CK2O6”. Bạn có muốn dùng CK206?"),
    ],
)
def test_a_misspelt_rule_is_exit_2_with_the_nearest(unit: Path, args: list[str], said: str):
    result = run(*args, str(unit)) if args[0] == "check" else run(*args)
    assert usage_error(result) == said + "\n"
    english = (
        run(*args, "--lang", "en", str(unit)) if args[0] == "check" else run(*args, "--lang", "en")
    )
    assert "No rule matches" in usage_error(english)


def test_a_selector_in_any_case_selects_the_same_rules(unit: Path):
    findings = [
        sorted(
            f["rule"]
            for f in json.loads(run("check", "--format", "json", *s, str(unit)).stdout)["findings"]
        )
        for s in (
            ["--select", "CK101"],
            ["--select", "ck101"],
            ["--select", "VAGUE"],
            ["--select", "vague"],
        )
    ]
    assert findings[0] == findings[1] == ["CK101"] and findings[2] == findings[3] != []


def test_a_written_report_says_where_it_went(unit: Path, tmp_path: Path):
    target = tmp_path / "bao-cao.html"
    result = run("check", "--format", "html", "-o", str(target), str(unit))
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == f"Đã ghi báo cáo vào {target}\n" and target.is_file()
    english = run("check", "--lang", "en", "-o", str(target), str(unit))
    assert english.stderr == f"Wrote the report to {target}\n"
    quiet = run("check", "--quiet", "-o", str(target), str(unit))
    assert quiet.exit_code == 1 and quiet.output == ""


def test_a_report_into_a_missing_folder_is_exit_2(unit: Path, tmp_path: Path):
    target = tmp_path / "chua-co" / "bao-cao.json"
    result = run("check", "--format", "json", "-o", str(target), str(unit))
    assert result.exit_code == 2 and not target.parent.exists()
    assert f"thư mục {target.parent} không tồn tại" in result.stderr
    assert "Đã ghi" not in result.stderr and "Traceback" not in result.output
