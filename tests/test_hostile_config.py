"""Hostile files camket loads besides documents: camket.yaml, rule files, .camket-ignore.yaml,
labels and baselines. Whatever they hold, the run ends in a clear Vietnamese message naming the
file and line (exit 2), quickly, never in a traceback, a hang or all the memory."""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result
from conftest import TEXT, document_from_text

from linter.checks.phrase import MAX_WORK, PatternError, compile_pattern, find, pattern_work
from linter.cli import main
from linter.document import make_line
from linter.read.normalize import match_key
from linter.roles import role_example
from linter.rules import KEYS
from linter.sections import match_heading, template_parts
from linter.suppress import SIDECAR

VAGUE_LINE = 8  # TEXT's one vague line: "- Hoàn thành tốt nhiệm vụ được giao."


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """A hang becomes a failure: SIGALRM interrupts the test after `seconds`."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def camket(*args: str) -> Result:
    with deadline(60):
        return CliRunner().invoke(main, list(args))


def assert_refused(result: Result, path: Path, line: int | None, *words: str) -> None:
    """Exit 2 through camket's own message (no exception escaped), naming the file (and line)."""
    assert isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    where = f"{path}:{line}: " if line else f"{path}"
    assert result.output.startswith(f"Lỗi: {where}"), result.output[:500]
    for word in words:
        assert word in result.output, result.output[:500]


def checked(result: Result, path: Path) -> bool:
    """The run went through and the JSON report lists `path` as read and checked."""
    assert result.exit_code in (0, 1), result.output[:500]
    files = json.loads(result.output)["files"]
    return [(f["path"], f["error"]) for f in files] == [(str(path), None)]


def vague_lines(result: Result, path: Path) -> list[int]:
    """Lines of `path` the JSON report flags with CK101."""
    report = json.loads(result.output)
    return [
        f["line"] for f in report["findings"] if f["rule"] == "CK101" and f["path"] == str(path)
    ]


@pytest.fixture
def batch(tmp_path: Path) -> tuple[Path, Path]:
    """Two unit folders holding one commitment (TEXT) each."""
    folders = []
    for name in ("chi-bo-a", "chi-bo-b"):
        folder = tmp_path / "dang-uy" / name
        folder.mkdir(parents=True)
        (folder / "cam-ket.txt").write_text(TEXT, encoding="utf-8")
        folders.append(folder)
    return folders[0], folders[1]


RULE = {
    "id": "XM901",
    "name": "vague.nang-cao-trach-nhiem",
    "kind": "phrase",
    "category": "vague",
    "severity": "warning",
    "message": {"vi": "Chung chung: “{match}”.", "en": "Vague: “{match}”."},
    "patterns": ["nêu cao tinh thần trách nhiệm"],
    "examples": {
        "bad": ["Luôn nêu cao tinh thần trách nhiệm."],
        "good": ["Dạy đủ 19 tiết mỗi tuần, có 2 sáng kiến cấp huyện."],
    },
}


def user_rule(tmp_path: Path, text: str) -> tuple[Path, Path]:
    """camket.yaml naming a user rule folder with one rule file: (config, rule file)."""
    (tmp_path / "luat").mkdir(exist_ok=True)
    rule = tmp_path / "luat" / "XM901.yaml"
    rule.write_text(text, encoding="utf-8")
    config = tmp_path / "camket.yaml"
    config.write_text("rules: [luat]\n", encoding="utf-8")
    return config, rule


def dump(data: object) -> str:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml: a 200,000-character value
    return yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=1_000_000)


# --- 1. YAML aliases: a billion values, or a value holding itself -----------------------------

LAUGHS = (
    'a0: &a0 ["cam kết", "cam kết", "cam kết", "cam kết", "cam kết", "cam kết", "cam kết"]\n'
    + "".join(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]\n" for i in range(1, 10))
)
BOMBS = {
    # 9**9 lists from ten lines: with six levels the old loader took 28 s; nine, hours and memory
    "billion laughs": (LAUGHS, 1, "bí danh YAML (alias) lồng nhau quá nhiều"),
    # a list holding itself: RecursionError
    "self in a list": ("a: 1\nb: &b [1, *b]\n", 2, "bí danh YAML (alias) lồng nhau vô hạn"),
    "self in a table": ("a: 1\nb: &b\n  c: *b\n", 2, "bí danh YAML (alias) lồng nhau vô hạn"),
    # no alias, just deep: 900 lists (libyaml allows 1,000), past Python's recursion limit
    "deep nesting": ("a: 1\nb: " + "[" * 900 + "]" * 900 + "\n", 2, "lồng nhau quá sâu"),
}


def _in_config(tmp_path: Path, bomb: str, batch: tuple[Path, Path]) -> tuple[Path, list[str]]:
    config = tmp_path / "camket.yaml"
    config.write_text(bomb, encoding="utf-8")
    return config, ["check", "--config", str(config), str(batch[0])]


def _in_rule(tmp_path: Path, bomb: str, batch: tuple[Path, Path]) -> tuple[Path, list[str]]:
    config, rule = user_rule(tmp_path, bomb)
    return rule, ["check", "--config", str(config), str(batch[0])]


def _in_ignore_file(tmp_path: Path, bomb: str, batch: tuple[Path, Path]) -> tuple[Path, list[str]]:
    sidecar = batch[1] / SIDECAR  # dropped in one unit of the batch
    sidecar.write_text(bomb, encoding="utf-8")
    return sidecar, ["check", str(batch[0].parent)]


def _in_labels(tmp_path: Path, bomb: str, batch: tuple[Path, Path]) -> tuple[Path, list[str]]:
    labels = tmp_path / "dang-uy" / "labels.yaml"
    labels.write_text(bomb, encoding="utf-8")
    return labels, ["evaluate", str(labels.parent)]


PLACES: dict[str, Callable[[Path, str, tuple[Path, Path]], tuple[Path, list[str]]]] = {
    "camket.yaml": _in_config,
    "rule file": _in_rule,
    ".camket-ignore.yaml in a checked folder": _in_ignore_file,
    "labels": _in_labels,
}


@pytest.mark.parametrize("bomb", BOMBS)
@pytest.mark.parametrize("place", PLACES)
def test_yaml_that_would_build_without_end_is_refused_quickly(tmp_path, batch, place, bomb):
    text, line, message = BOMBS[bomb]
    path, args = PLACES[place](tmp_path, text, batch)
    started = time.monotonic()
    result = camket(*args)
    assert_refused(result, path, line, message)
    assert time.monotonic() - started < 10  # was minutes (and all memory) or a RecursionError


def test_suppress_refuses_to_rewrite_an_ignore_file_that_holds_an_alias_bomb(batch):
    sidecar = batch[0] / SIDECAR
    sidecar.write_text(LAUGHS, encoding="utf-8")
    before = sidecar.read_bytes()
    document, reason = str(batch[0] / "cam-ket.txt"), "Đã bổ sung chỉ tiêu ở phụ lục."
    result = camket("suppress", document, "--rule", "CK101", "--line", "8", "--reason", reason)
    assert_refused(result, sidecar, 1, "bí danh YAML")
    assert sidecar.read_bytes() == before


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("lang: vi\nfail_on: 2024-13-45\n", 2, "giá trị không hợp lệ: “2024-13-45”"),  # ValueError
        ("fail_on: " + "9" * 5000 + "\n", 1, "giá trị không hợp lệ"),  # int() refuses the digits
        ("lang: vi\n? [select, ignore]\n: CK101\n", 2, "khóa phải là một giá trị đơn"),
        ("lang: vi\nfail_on: !!python/name:os.system ''\n", 2, "YAML không hợp lệ"),
    ],
    ids=["impossible date", "5,000-digit number", "list as a key", "python tag"],
)
def test_yaml_values_python_cannot_build_are_refused_with_their_line(
    tmp_path, batch, text, line, words
):
    config = tmp_path / "camket.yaml"
    config.write_text(text, encoding="utf-8")
    assert_refused(camket("check", "--config", str(config), str(batch[0])), config, line, words)


def test_an_ignore_file_that_is_not_a_regular_file_is_passed_over(batch):
    """A FIFO would be read forever, a folder cannot be: neither stops the batch."""
    os.mkfifo(batch[0] / SIDECAR)
    (batch[1] / SIDECAR).mkdir()
    result = camket("check", "--format", "json", str(batch[0].parent))
    assert result.exit_code == 1, result.output
    for folder in batch:
        assert vague_lines(result, folder / "cam-ket.txt") == [VAGUE_LINE]


def test_an_ignore_entry_naming_a_path_with_a_nul_is_refused(batch):
    sidecar = batch[0] / SIDECAR
    sidecar.write_text(
        "schema: camket-ignore/1\nignore:\n"
        '  - {path: "cam-ket\\0.txt", rule: CK101, text: "0000000000", reason: cũ}\n',
        encoding="utf-8",
    )
    assert_refused(camket("check", str(batch[0])), sidecar, 3, "NUL")


def test_the_text_of_an_ignore_entry_is_never_a_format_string(batch):
    reason = "{0} {match.__class__} {reason:99999999}"
    (batch[0] / SIDECAR).write_text(
        dump(
            {
                "schema": "camket-ignore/1",
                "ignore": [
                    {"path": "cam-ket.txt", "rule": "CK101", "text": "0000000000", "reason": reason}
                ],
            }
        ),
        encoding="utf-8",
    )
    result = camket("check", "--format", "json", str(batch[0]))
    unused = [f for f in json.loads(result.output)["findings"] if f["rule"] == "CK008"]
    assert [f["message"] for f in unused] == [
        f"Mục bỏ qua không còn dùng: CK101 trên “cam-ket.txt” ({reason})."
    ]


@pytest.mark.parametrize(
    ("labels", "line"),
    [
        ("schema: camket-labels/1\nfiles: 5\n", 2),
        ("schema: camket-labels/1\ncopies: 5\n", 2),
        ("schema: camket-labels/1\ncopies:\n  - {a: chi-bo-a/cam-ket.txt, b: 7}\n", 3),
        ("schema: camket-labels/1\ndate_errors: [chi-bo-a/cam-ket.txt]\n", 2),
        ("schema: camket-labels/1\nfiles:\n  - path: a.txt\n    date: {written: [5]}\n", 4),
        ("schema: camket-labels/1\nfiles:\n  - path: a.txt\n    vague_lines: [{line: x}]\n", 4),
    ],
    ids=["files", "copies", "copy path", "date error", "written date", "labelled line"],
)
def test_labels_of_the_wrong_shape_are_refused_with_their_line(batch, labels, line):
    path = batch[0].parent / "labels.yaml"
    path.write_text(labels, encoding="utf-8")
    assert_refused(camket("evaluate", str(batch[0].parent)), path, line)


# --- 2. Baselines ---------------------------------------------------------------------------

FINDING = {"path": "cam-ket.txt", "rule": "CK101", "excerpt": "Hoàn thành tốt nhiệm vụ được giao"}
BASELINES = {
    "100,000-deep array": "[" * 100_000 + "]" * 100_000,
    "100,000-deep object": '{"findings": ' * 100_000 + "[]" + "}" * 100_000,
    "findings not a list": json.dumps({"findings": {"0": FINDING}}),
    "a finding not an object": json.dumps({"findings": [FINDING, "CK101"]}),
    "excerpt not a string": json.dumps({"findings": [{**FINDING, "excerpt": 7}]}),
    "path null": json.dumps({"findings": [{**FINDING, "path": None}]}),
    "a list, not a report": json.dumps([FINDING]),
    "a 5,000-digit number": '{"findings": [], "n": ' + "7" * 5000 + "}",
    "not UTF-8": '{"findings": ["Ho\xe0n th\xe0nh"]}',
}


@pytest.mark.parametrize("content", BASELINES)
def test_a_baseline_of_the_wrong_shape_is_a_clear_usage_error(tmp_path, batch, content):
    baseline = tmp_path / "baseline.json"
    encoding = "latin-1" if content == "not UTF-8" else "utf-8"
    baseline.write_text(BASELINES[content], encoding=encoding)
    result = camket("check", "--baseline", str(baseline), str(batch[0]))
    assert_refused(result, baseline, None, "baseline")


def test_a_baseline_that_is_not_json_names_its_line(tmp_path, batch):
    baseline = tmp_path / "baseline.json"
    baseline.write_text('{\n  "findings": [\n    {"path": "cam-ket.txt",,}\n  ]\n}\n')
    result = camket("check", "--baseline", str(baseline), str(batch[0]))
    assert_refused(result, baseline, 3, "JSON không hợp lệ")


def test_a_baseline_that_is_a_fifo_is_refused_not_read_forever(tmp_path, batch):
    baseline = tmp_path / "baseline.json"
    os.mkfifo(baseline)
    assert_refused(camket("check", "--baseline", str(baseline), str(batch[0])), baseline, None)


# --- 3. Phrase patterns that backtrack for minutes ------------------------------------------

BACKTRACKING = [
    # ten "…" in a row: the 30 words between split every way (11 s on an 80-word line; 12, 151 s)
    "nêu cao " + "… " * 10 + "trách nhiệm",
    "nêu cao {0,20} {0,20} {0,20} trách nhiệm",
    # gaps separated by a word that the text repeats: 10**4 ways at every "tốt"
    "tốt {0,9} tốt {0,9} tốt {0,9} tốt {0,9} nhiệm vụ",
    # gaps inside optional groups
    "hoàn thành [… tốt] [… tốt] [… tốt] [… tốt] [… tốt] nhiệm vụ",
    # 1,000 ways (accepted alone), each then walking a tail of 30 words
    "tốt {0,9} tốt {0,9} tốt {0,9} " + "tốt " * 30 + "nhiệm vụ",
]


@pytest.mark.parametrize("pattern", BACKTRACKING)
def test_a_pattern_that_would_backtrack_for_minutes_is_refused_at_load(tmp_path, batch, pattern):
    rule = {**RULE, "patterns": ["nêu cao tinh thần trách nhiệm", pattern]}
    config, path = user_rule(tmp_path, dump(rule))
    line = dump(rule).splitlines().index(f"- {pattern}") + 1
    result = camket("check", "--config", str(config), str(batch[0]))
    assert_refused(result, path, line, f"mẫu “{pattern}” không hợp lệ")


def test_adjacent_gaps_are_one_gap():
    assert compile_pattern("nêu cao … … trách nhiệm") == compile_pattern(
        "nêu cao {0,6} trách nhiệm"
    )
    key = match_key("Luôn nêu cao hơn nữa tinh thần trách nhiệm trước tập thể.")
    spans = [key[a:b] for a, b in find(("nêu cao … … trách nhiệm",), key)]
    assert spans == ["nêu cao hơn nữa tinh thần trách nhiệm"]
    with pytest.raises(PatternError, match="liền nhau cộng lại quá 20 từ"):
        compile_pattern("nêu cao {0,20} … trách nhiệm")


# The most work a pattern may still ask for, in each way of asking: gaps, optional parts, groups.
TEN_WAYS = "(tốt|tốt|tốt|tốt|tốt|tốt|tốt|tốt|tốt|tốt)"  # each alternative matches "tốt"
WORST_ACCEPTED = [
    "tốt {0,9} tốt {0,9} tốt {0,7} nhiệm vụ",
    "tốt {0,20} tốt {0,20} tốt nhiệm vụ",
    "tốt " + "[tốt] " * 9 + "nhiệm vụ",
    f"tốt {TEN_WAYS} {TEN_WAYS} (tốt|tốt|tốt|tốt|tốt|tốt|tốt|tốt) nhiệm vụ",
    "tốt " + "[… tốt] " * 4 + "nhiệm vụ",
]


@pytest.mark.parametrize("pattern", WORST_ACCEPTED)
@pytest.mark.parametrize("words", [80, 2000])
def test_the_worst_patterns_accepted_search_a_long_line_fast(pattern, words):
    assert 0.5 * MAX_WORK < pattern_work(pattern) <= MAX_WORK
    line = " ".join(["tốt"] * words)  # every word matches, "nhiệm vụ" never comes: worst case
    started = time.monotonic()
    with deadline(30):
        assert list(find((pattern,), line)) == []
    assert time.monotonic() - started < 2


# --- 4. Message templates -------------------------------------------------------------------

TEMPLATES = {
    "{0}": "chỗ điền “{0}”",  # every matching document became "not checked"
    "{}": "chỗ điền “{}”",
    "{match:999999999}": "chỗ điền “{match:999999999}”",  # a gigabyte of padding
    "{match.__class__}": "chỗ điền “{match.__class__}”",  # reaches into objects
    "{match[0]}": "chỗ điền “{match[0]}”",
    "{match!r}": "chỗ điền “{match!r}”",
    "{match": "dấu “{” hoặc “}” lẻ",
    "match}": "dấu “{” hoặc “}” lẻ",
}
WHERE = {
    "message vi": ("message", "vi"),
    "message en": ("message", "en"),
    "suggestion": ("suggestion", "default", "vi"),
}


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("template", TEMPLATES)
def test_a_message_or_suggestion_that_is_not_a_plain_template_is_refused(
    tmp_path, batch, template, where
):
    rule = json.loads(json.dumps(RULE))
    rule["suggestion"] = {"default": {"vi": "Nêu việc cụ thể: {example}", "en": "Be specific."}}
    *parents, last = WHERE[where]
    entry = rule
    for key in parents:
        entry = entry[key]
    entry[last] = f"Chung chung: “{template}”."
    config, path = user_rule(tmp_path, dump(rule))
    written = f"Chung chung: “{template}”."
    line = next(n for n, text in enumerate(dump(rule).splitlines(), 1) if written in text)
    result = camket("check", "--config", str(config), str(batch[0]))
    assert_refused(result, path, line, TEMPLATES[template])


def test_named_fields_escaped_braces_and_the_example_still_work(tmp_path, batch):
    rule = {
        **RULE,
        "patterns": ["hoàn thành tốt nhiệm vụ"],
        "message": {"vi": "Chung chung {{mẫu}}: “{match}”.", "en": "Vague: “{match}”."},
        "suggestion": {"default": {"vi": "Ví dụ: {example}", "en": "For example: {example}"}},
        "examples": {"bad": ["Hoàn thành tốt nhiệm vụ."], "good": ["Dạy đủ 19 tiết mỗi tuần."]},
    }
    config, _ = user_rule(tmp_path, dump(rule))
    result = camket("check", "--format", "json", "--config", str(config), str(batch[0]))
    [finding] = [f for f in json.loads(result.output)["findings"] if f["rule"] == "XM901"]
    assert finding["message"] == "Chung chung {mẫu}: “Hoàn thành tốt nhiệm vụ”."
    role = document_from_text(TEXT).outline.header.role_key
    assert finding["suggestion"] == "Ví dụ: " + role_example(role, "vi", seed=VAGUE_LINE)


# --- 5. Wrong types in camket.yaml and rule files -------------------------------------------

WRONG = {
    "int": 7,
    "float": 2.5,
    "list": [1, "a"],
    "dict": {"a": 1},
    "null": None,
    "bool": True,
    "huge string": "x" * 200_000,
    "nested list": [[["CK101"]]],
}


def _part(**fields: object) -> dict[str, object]:
    return {"template": {"parts": [{"part": 1, "titles": ["tư tưởng"], **fields}]}}


CONFIG_SLOTS: dict[str, Callable[[object], dict[str, object]]] = {
    **{
        key: (lambda value, key=key: {key: value})
        for key in (
            *("select", "ignore", "fail_on", "lang", "rules"),
            *("exclude", "template", "options", "form", "units"),
        )
    },
    "template parts": lambda value: {"template": {"parts": value}},
    "template part": lambda value: {"template": {"parts": [value]}},
    "template part number": lambda value: _part(part=value),
    "template part name": lambda value: _part(name=value),
    "template part titles": lambda value: _part(titles=value),
    "template part title": lambda value: _part(titles=[value]),
    "unit": lambda value: {"units": {"chi-bo-a": value}},
    "unit plan": lambda value: {"units": {"chi-bo-a": {"plan": value}}},
    "unit parent": lambda value: {"units": {"chi-bo-a": {"parent": value}}},
    "rule options": lambda value: {"options": {"CK302": value}},
    "unknown option": lambda value: {"options": {"CK302": {value if value is None else 7: 1}}},
    "phrase option": lambda value: {"options": {"CK101": {"mode": value}}},
    **{
        f"{code} {key}": (lambda value, code=code, key=key: {"options": {code: {key: value}}})
        for code, keys in (
            ("CK302", ("check", "part", "min_concrete")),  # structure
            ("CK204", ("mode", "tolerate")),  # specificity
            ("CK401", ("check",)),  # duplicate
            ("CK505", ("check", "earliest", "latest")),  # date
        )
        for key in keys
    },
}
# Right types after all: a pattern that excludes nothing, a part numbered 7, a unit with no
# plan or parent, the default window of a date rule.
CONFIG_VALID = {
    ("exclude", "huge string"),
    ("template part number", "int"),
    ("template part name", "huge string"),
    ("template part title", "huge string"),
    ("unit", "null"),
    ("unit parent", "huge string"),
    ("CK302 part", "int"),
    ("CK302 min_concrete", "int"),
    ("CK505 earliest", "null"),
    ("CK505 latest", "null"),
}


@pytest.mark.parametrize("value", WRONG)
@pytest.mark.parametrize("slot", CONFIG_SLOTS)
def test_a_config_value_of_the_wrong_type_is_a_clear_error(tmp_path, batch, slot, value):
    config = tmp_path / "camket.yaml"
    config.write_text(dump(CONFIG_SLOTS[slot](WRONG[value])), encoding="utf-8")
    result = camket("check", "-j", "1", "--format", "json", "--config", str(config), str(batch[0]))
    if (slot, value) in CONFIG_VALID:
        assert checked(result, batch[0] / "cam-ket.txt")
    elif slot in ("select", "ignore") and value == "huge string":  # a code no rule has
        assert isinstance(result.exception, SystemExit) and result.exit_code == 2
        assert result.output.startswith("Không có luật nào khớp “xxxxx")
    else:
        assert_refused(result, config, None)
        assert re.match(rf"Lỗi: {re.escape(str(config))}:\d+: ", result.output), result.output


RULE_SLOTS: dict[str, Callable[[object], dict[str, object]]] = {
    **{key: (lambda value, key=key: {**RULE, key: value}) for key in sorted(KEYS)},
    "message vi": lambda value: {**RULE, "message": {"vi": value}},
    "message en": lambda value: {**RULE, "message": {**RULE["message"], "en": value}},  # type: ignore[dict-item]
    "description en": lambda value: {**RULE, "description": {"vi": "Mô tả.", "en": value}},
    "suggestion role": lambda value: {**RULE, "suggestion": {"default": value}},
    "suggestion vi": lambda value: {**RULE, "suggestion": {"default": {"vi": value}}},
    "bad examples": lambda value: {**RULE, "examples": {"bad": value}},
    "pattern": lambda value: {**RULE, "patterns": [value]},
}
# A huge string is a fine message, pattern or name; `unless: null` is no `unless`.
RULE_VALID = {
    *((slot, "huge string") for slot in ("description", "message", "name", "patterns")),
    *((slot, "huge string") for slot in ("exceptions", "message vi", "message en")),
    *((slot, "huge string") for slot in ("description en", "suggestion role", "suggestion vi")),
    ("bad examples", "huge string"),
    ("pattern", "huge string"),
    ("unless", "null"),
}


@pytest.mark.parametrize("value", WRONG)
@pytest.mark.parametrize("slot", RULE_SLOTS)
def test_a_rule_value_of_the_wrong_type_is_a_clear_error(tmp_path, batch, slot, value):
    config, path = user_rule(tmp_path, dump(RULE_SLOTS[slot](WRONG[value])))
    result = camket("check", "-j", "1", "--format", "json", "--config", str(config), str(batch[0]))
    if (slot, value) in RULE_VALID:
        assert checked(result, batch[0] / "cam-ket.txt")
        assert vague_lines(result, batch[0] / "cam-ket.txt") == [VAGUE_LINE]
    else:
        assert_refused(result, path, None)
        assert re.match(rf"Lỗi: {re.escape(str(path))}:\d+: ", result.output), result.output


# --- 6. Template part titles with no word ---------------------------------------------------


@pytest.mark.parametrize("title", ["", "   ", "...", "-–,;", "_"])
def test_a_part_title_without_a_word_is_refused_at_load(tmp_path, batch, title):
    config = tmp_path / "camket.yaml"
    config.write_text(
        "template:\n  parts:\n  - part: 1\n    name: Tư tưởng\n    titles:\n"
        f"    - tư tưởng\n    - {json.dumps(title, ensure_ascii=False)}\n",
        encoding="utf-8",
    )
    result = camket("check", "--config", str(config), str(batch[0]))
    assert_refused(result, config, 7, "tên phần", "cần ít nhất một chữ")


def test_the_heading_matcher_cannot_loop_on_an_empty_title():
    """Titles reach the matcher only through validation; a title of no word would still
    match at every word without moving on (it looped for ever)."""
    parts = template_parts(
        {"parts": [{"part": 1, "name": "Tư tưởng", "titles": ["", "tư tưởng chính trị"]}]}
    )
    with deadline(5):
        heading = match_heading(make_line(3, "1. Về tư tưởng chính trị"), parts)
        assert heading is not None and heading.part == 1
        assert match_heading(make_line(4, "2. Về phẩm chất đạo đức, lối sống"), parts) is None
