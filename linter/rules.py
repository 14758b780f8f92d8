"""Rule files: one YAML file per rule, validated on load (unknown keys fail, with file and line)."""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from linter import resources
from linter.findings import CATEGORIES, SEVERITIES
from linter.yamlfile import PATH_SHOWN, FileError, LoadedYaml, load, shown

LANGS = ("vi", "en")
DOCUMENT_KINDS = ("commitment", "plan", "report", "other")
_ID = re.compile(r"^[A-Z]{1,5}\d{2,4}$")
_NAME = re.compile(r"^[a-z0-9]+(?:[.\-][a-z0-9]+)*$")
_SCOPE = re.compile(r"^(document|section-[1-9]|unplaced)$")

KEYS = frozenset(
    {
        "id",
        "name",
        "kind",
        "category",
        "severity",
        "scope",
        "applies_to",
        "description",
        "message",
        "suggestion",
        "patterns",
        "exceptions",
        "unless",
        "examples",
        "options",
    }
)
REQUIRED = ("id", "name", "kind", "category", "severity", "message")


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    kind: str
    category: str
    severity: str
    message: dict[str, str]
    scope: tuple[str, ...] = ("document",)
    applies_to: tuple[str, ...] = ("commitment",)
    description: dict[str, str] = field(default_factory=dict)
    suggestion: dict[str, dict[str, str]] = field(default_factory=dict)  # role -> lang -> text
    patterns: tuple[str, ...] = ()
    exceptions: tuple[str, ...] = ()
    unless: str | None = None
    examples: dict[str, tuple[str, ...]] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)
    source: str = ""

    def parts(self) -> set[int] | None:
        """Template parts in scope, or None for the whole document; `unplaced` is the body of
        a commitment whose parts could not be told apart (part 0)."""
        if "document" in self.scope:
            return None
        return {0 if s == "unplaced" else int(s.split("-")[1]) for s in self.scope}

    def text(self, lang: str) -> str:
        return self.message.get(lang) or self.message["vi"]

    def suggestion_for(self, role: str | None, lang: str) -> str | None:
        chosen = self.suggestion.get(role or "default") or self.suggestion.get("default")
        if not chosen:
            return None
        return chosen.get(lang) or chosen.get("vi")


def _strings(loaded: LoadedYaml, value: Any, *keys: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise loaded.error(f"“{keys[-1]}” phải là một danh sách chuỗi không rỗng", *keys)
    return tuple(value)


def template_problem(text: str) -> str | None:
    """What makes a message or suggestion unsafe to fill with str.format_map, or None.

    Only named fields are allowed ("{match}", "{count}"): "{0}" or "{}" fail on every finding,
    "{match.__class__}" reaches into objects, "{match:999999999}" pads to gigabytes.
    """
    try:
        fields = [
            (name, spec, conversion)
            for _, name, spec, conversion in string.Formatter().parse(text)
            if name is not None
        ]
    except ValueError:
        return "dấu “{” hoặc “}” lẻ (muốn in dấu ngoặc nhọn thì viết “{{” hoặc “}}”)"
    for name, spec, conversion in fields:
        if not name.isidentifier() or spec or conversion:
            bang, colon = f"!{conversion}" if conversion else "", f":{spec}" if spec else ""
            field = f"{{{name}{bang}{colon}}}"
            return f"chỗ điền “{shown(field)}” không hợp lệ: chỉ dùng dạng {{tên}}, ví dụ {{match}}"
    return None


def _texts(
    loaded: LoadedYaml, value: Any, *keys: Any, required_vi: bool = True, template: bool = False
) -> dict[str, str]:
    """`{vi: …, en: …}` (or one string, Vietnamese); `template`: filled with format_map."""
    key = keys[0]
    if isinstance(value, str):
        value = {"vi": value}
    if not isinstance(value, dict):
        raise loaded.error(f"“{key}” phải có dạng {{vi: …, en: …}}", *keys)
    unknown = set(value) - set(LANGS)
    if unknown:
        raise loaded.error(
            f"ngôn ngữ không hỗ trợ trong “{key}”: {shown(', '.join(map(str, unknown)))}", *keys
        )
    if required_vi and not isinstance(value.get("vi"), str):
        raise loaded.error(f"“{key}” thiếu nội dung tiếng Việt (vi)", *keys)
    for lang, text in value.items():
        if not isinstance(text, str):
            raise loaded.error(f"“{key}” ({lang}) phải là một chuỗi", *keys, lang)
        problem = template_problem(text) if template else None
        if problem:
            raise loaded.error(f"“{key}” ({lang}): {problem}", *keys, lang)
    return dict(value)


def _choice(loaded: LoadedYaml, data: dict[str, Any], key: str, choices: Iterable[str]) -> str:
    value = data[key]
    if value not in choices:
        raise loaded.error(
            f"“{key}” không hợp lệ: “{shown(value)}” (chọn một trong: {', '.join(choices)})", key
        )
    return str(value)


def _suggestion(loaded: LoadedYaml, value: Any) -> dict[str, dict[str, str]]:
    if not isinstance(value, dict):
        raise loaded.error(
            "“suggestion” phải là bảng theo vai trò (default, teacher, …)", "suggestion"
        )
    roles = {"default", *resources.data("roles")["roles"]}
    for role in value:
        if role not in roles:
            known = ", ".join(sorted(roles))
            raise loaded.error(
                f"vai trò “{shown(role)}” không có (các vai trò: {known})", "suggestion", role
            )
    return {
        str(role): _texts(loaded, text, "suggestion", role, template=True)
        for role, text in value.items()
    }


def _examples(loaded: LoadedYaml, value: Any) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict) or set(value) - {"bad", "good"}:
        raise loaded.error("“examples” chỉ gồm “bad” và “good”", "examples")
    return {key: _strings(loaded, v, "examples", key) for key, v in value.items()}


def rule_from_yaml(loaded: LoadedYaml, kinds: Iterable[str]) -> Rule:
    data = loaded.data
    if not isinstance(data, dict):
        raise loaded.error("tệp luật phải là một bảng khóa: giá trị")
    for key in data:
        if key not in KEYS:
            raise loaded.error(
                f"khóa không hợp lệ “{key}” (các khóa hợp lệ: {', '.join(sorted(KEYS))})", key
            )
    for key in REQUIRED:
        if key not in data:
            raise loaded.error(f"thiếu khóa bắt buộc “{key}”")
    if not isinstance(data["id"], str) or not _ID.match(data["id"]):
        raise loaded.error(f"mã luật “{shown(data['id'])}” không hợp lệ (dạng CK101)", "id")
    if not isinstance(data["name"], str) or not _NAME.match(data["name"]):
        raise loaded.error(
            f"tên luật “{shown(data['name'])}” không hợp lệ (dạng vague.hoan-thanh-tot)", "name"
        )
    scope = _strings(loaded, data.get("scope", ["document"]), "scope")
    for entry in scope:
        if not _SCOPE.match(entry):
            raise loaded.error(
                f"phạm vi “{shown(entry)}” không hợp lệ"
                " (document, section-1 … section-9 hoặc unplaced)",
                "scope",
            )
    applies_to = _strings(loaded, data.get("applies_to", ["commitment"]), "applies_to")
    for entry in applies_to:
        if entry not in DOCUMENT_KINDS:
            raise loaded.error(f"loại văn bản “{shown(entry)}” không hợp lệ", "applies_to")
    unless = data.get("unless")
    if unless not in (None, "concrete"):
        raise loaded.error(
            f"“unless” không hợp lệ: “{shown(unless)}” (chỉ hỗ trợ: concrete)", "unless"
        )
    options = data.get("options", {})
    if not isinstance(options, dict):
        raise loaded.error("“options” phải là một bảng khóa: giá trị", "options")
    return Rule(
        id=data["id"],
        name=data["name"],
        kind=_choice(loaded, data, "kind", tuple(kinds)),
        category=_choice(loaded, data, "category", CATEGORIES),
        severity=_choice(loaded, data, "severity", SEVERITIES),
        message=_texts(loaded, data["message"], "message", template=True),
        scope=scope,
        applies_to=applies_to,
        description=_texts(loaded, data.get("description", {"vi": ""}), "description"),
        suggestion=_suggestion(loaded, data.get("suggestion", {})),
        patterns=_strings(loaded, data["patterns"], "patterns") if "patterns" in data else (),
        exceptions=_strings(loaded, data["exceptions"], "exceptions")
        if "exceptions" in data
        else (),
        unless=unless,
        examples=_examples(loaded, data.get("examples", {})),
        options=options,
        source=str(loaded.path),
    )


def rule_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.yaml") if not p.name.startswith("."))


def _rule_files_of(folder: Path) -> list[Path]:
    try:
        if folder.is_dir():
            return rule_files(folder)
    except (OSError, ValueError) as error:  # unreadable; a name too long, or holding a NUL
        raise FileError(shown(folder, PATH_SHOWN), None, "không đọc được thư mục luật") from error
    raise FileError(shown(folder, PATH_SHOWN), None, "không tìm thấy thư mục luật")


def load_rules(folders: Iterable[Path] = ()) -> list[Rule]:
    """Built-in rules plus those of the given folders; each rule compiled by its kind."""
    from linter.checks import KINDS

    rules: dict[str, Rule] = {}
    names: dict[str, str] = {}
    for folder in [resources.rules_dir(), *folders]:
        for path in _rule_files_of(folder):
            loaded = load(path)
            rule = rule_from_yaml(loaded, KINDS)
            if rule.id in rules or rule.name in names:
                other = rules.get(rule.id) or rules[names[rule.name]]
                raise loaded.error(f"mã hoặc tên luật trùng với {other.source}", "id")
            problem = KINDS[rule.kind].option_problem(rule.options)
            if problem:
                raise loaded.error(problem, "options")
            KINDS[rule.kind].validate(rule, loaded)
            rules[rule.id] = rule
            names[rule.name] = rule.id
    return sorted(rules.values(), key=lambda r: r.id)


def with_options(
    rules: list[Rule],
    overrides: dict[str, dict[str, Any]],
    source: Path | None,
    lines: dict[tuple[Any, ...], int],
) -> list[Rule]:
    """Rules with a unit's option overrides (camket.yaml `options:`), checked by each rule's kind."""
    from linter.checks import KINDS

    by_id = {rule.id: rule for rule in rules}
    for code, options in overrides.items():
        line = lines.get(("options", code))
        rule = by_id.get(code)
        if rule is None:
            raise FileError(source or "camket.yaml", line, f"options: không có luật “{code}”")
        merged = {**rule.options, **options}
        problem = KINDS[rule.kind].option_problem(merged)
        if problem:
            raise FileError(source or "camket.yaml", line, f"options của {code}: {problem}")
        by_id[code] = replace(rule, options=merged)
    return [by_id[rule.id] for rule in rules]


def check_option_problem(
    options: dict, checks: Sequence[str], extra: Sequence[str] = ()
) -> str | None:
    """What is wrong with the options of a kind whose rules each name one `check` (and may
    take the `extra` keys), or None; the kind checks its extra keys' values itself."""
    allowed = ("check", *extra)
    unknown = set(options) - set(allowed)
    if unknown:
        names = ", ".join(sorted(map(str, unknown)))
        return f"tùy chọn không hợp lệ: {names} (có: {', '.join(allowed)})"
    if options.get("check") not in checks:
        return f"“check” phải là một trong: {', '.join(checks)}"
    return None
