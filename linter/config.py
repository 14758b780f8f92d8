"""Settings: defaults, then `camket.yaml` (found upward from the checked paths), then the CLI."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from linter.batch import DeclaredUnit
from linter.files import is_file
from linter.findings import SEVERITIES
from linter.rules import LANGS
from linter.yamlfile import PATH_SHOWN, FileError, LoadedYaml, load, shown

CONFIG_NAME = "camket.yaml"


@dataclass(frozen=True)
class Settings:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str = "warning"
    lang: str = "vi"
    rule_dirs: tuple[Path, ...] = ()
    exclude: tuple[str, ...] = ()
    # A unit's own list of parts (same shape as rules/data/template.yaml).
    template: dict[str, Any] | None = None
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)  # rule id -> options
    across_units: bool = False  # compare documents of different units for copies (an audit)
    # The unit's own blank form(s) (`form:`): their text never makes two members copies, and
    # the files themselves are not checked as documents.
    form_paths: tuple[Path, ...] = ()
    form_lines: tuple[str, ...] = ()
    # Units declared explicitly (`units:`): folder -> its plan and its superior unit's folder.
    units: tuple[DeclaredUnit, ...] = ()
    # A unit's own titles for the headings of its members' reports (`review_headings:`, the
    # shape of rules/data/review_headings.yaml), and reports linked to commitments by hand
    # (`reviews:` report -> commitment, absolute paths) where names do not link them.
    review_headings: dict[str, Any] | None = None
    reviews: tuple[tuple[Path, Path], ...] = ()
    jobs: int = 1  # processes for the per-document stage; 0: one per core
    cache_dir: Path | None = None  # per-document analyses kept between runs; None: no cache
    archive: Path | None = None  # --archive: earlier years to compare the batch with
    timeout: float = 60.0  # seconds one file may take (then reported and skipped); 0: no limit
    source: Path | None = None
    lines: dict[tuple[Any, ...], int] = field(default_factory=dict)  # key path -> line in source


def find_config(paths: Iterable[Path]) -> Path | None:
    """The nearest camket.yaml above the first checked path that has one."""
    for path in paths:
        folder = path.resolve() if path.is_dir() else path.resolve().parent
        for candidate in (folder, *folder.parents):
            if is_file(candidate / CONFIG_NAME):
                return candidate / CONFIG_NAME
    return None


def _string_list(loaded: LoadedYaml, key: str) -> tuple[str, ...]:
    value = loaded.data[key]
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",")]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise loaded.error(f"“{key}” phải là danh sách chuỗi", key)
    return tuple(v for v in value if v)


def _choice(loaded: LoadedYaml, key: str, choices: tuple[str, ...]) -> str:
    value = loaded.data[key]
    if value not in choices:
        raise loaded.error(
            f"“{key}” không hợp lệ: “{shown(value)}” (chọn một trong: {', '.join(choices)})", key
        )
    return str(value)


_MAX_PART = 99  # "Phần 12" is read as a part number of one or two digits


def _template(loaded: LoadedYaml) -> dict[str, Any]:
    value = loaded.data["template"]
    parts = value.get("parts") if isinstance(value, dict) else None
    if not isinstance(parts, list) or not parts or set(value) - {"name", "parts"}:
        raise loaded.error("“template” cần danh sách “parts” (part, name, titles)", "template")
    for index, part in enumerate(parts):
        number = part.get("part") if isinstance(part, dict) else None
        ok = (
            type(number) is int
            and 1 <= number <= _MAX_PART
            and isinstance(part.get("name", ""), str)
            and isinstance(part.get("titles"), list)
            and part["titles"]
        )
        if not ok or set(part) - {"part", "name", "titles"}:
            raise loaded.error(
                f"mỗi phần cần “part” (số từ 1 đến {_MAX_PART}), “name” (chữ) và “titles”"
                " (danh sách tên phần)",
                "template",
                "parts",
                index,
            )
        for position, title in enumerate(part["titles"]):
            # A title without a word would match at every word of every heading.
            if not isinstance(title, str) or not re.search(r"[^\W_]", title):
                raise loaded.error(
                    f"tên phần “{shown(title)}” không hợp lệ: cần ít nhất một chữ",
                    "template",
                    "parts",
                    index,
                    "titles",
                    position,
                )
        part.setdefault("name", f"Phần {number}")
    return value


def load_config(path: Path) -> Settings:
    loaded = load(path)
    data = loaded.data or {}
    if not isinstance(data, dict):
        raise FileError(path, 1, "tệp cấu hình phải là một bảng khóa: giá trị")
    known = {
        "select",
        "ignore",
        "fail_on",
        "lang",
        "rules",
        "exclude",
        "template",
        "options",
        "form",
        "units",
        "review_headings",
        "reviews",
    }
    for key in data:
        if key not in known:
            raise loaded.error(
                f"khóa không hợp lệ “{key}” (các khóa hợp lệ: {', '.join(sorted(known))})", key
            )
    settings = Settings(source=path, lines=loaded.lines)
    if "select" in data:
        settings = replace(settings, select=_string_list(loaded, "select"))
    if "ignore" in data:
        settings = replace(settings, ignore=_string_list(loaded, "ignore"))
    if "fail_on" in data:
        settings = replace(settings, fail_on=_choice(loaded, "fail_on", SEVERITIES))
    if "lang" in data:
        settings = replace(settings, lang=_choice(loaded, "lang", LANGS))
    if "exclude" in data:
        settings = replace(settings, exclude=_string_list(loaded, "exclude"))
    if "rules" in data:
        folders = tuple(path.parent / folder for folder in _string_list(loaded, "rules"))
        for index, folder in enumerate(folders):
            if not _exists(folder, folder=True):
                where = shown(folder, PATH_SHOWN)
                raise loaded.error(f"không tìm thấy thư mục luật “{where}”", "rules", index)
        settings = replace(settings, rule_dirs=folders)
    if "template" in data:
        settings = replace(settings, template=_template(loaded))
    if "options" in data:
        settings = replace(settings, rule_options=_rule_options(loaded))
    if "units" in data:
        settings = replace(settings, units=_units(loaded, path.parent))
    if "review_headings" in data:
        settings = replace(settings, review_headings=_review_headings(loaded))
    if "reviews" in data:
        settings = replace(settings, reviews=_reviews(loaded, path.parent))
    if "form" in data:
        paths = tuple(path.parent / name for name in _string_list(loaded, "form"))
        settings = replace(settings, form_paths=paths, form_lines=_form_lines(loaded, paths))
    return settings


def _units(loaded: LoadedYaml, base: Path) -> tuple[DeclaredUnit, ...]:
    """`units: {chi-bo-a: {plan: chi-bo-a/ke-hoach.docx, parent: dang-uy-xa}}`, paths relative
    to camket.yaml; a named plan must exist."""
    value = loaded.data["units"]
    if not isinstance(value, dict):
        raise loaded.error(
            "“units” có dạng {thư-mục: {plan: tệp, parent: thư-mục-cấp-trên}}", "units"
        )
    declared = []
    for folder, spec in value.items():
        spec = spec or {}
        if not isinstance(spec, dict) or set(spec) - {"plan", "parent"}:
            raise loaded.error("mỗi đơn vị chỉ có “plan” và “parent”", "units", folder)
        names = [str(folder), *spec.values()]
        if not all(isinstance(v, str) and "\0" not in v for v in names):
            raise loaded.error("“plan” và “parent” là đường dẫn", "units", folder)
        plan = (base / spec["plan"]).resolve() if "plan" in spec else None
        if plan is not None and not _exists(plan):
            raise loaded.error(
                f"không thấy tệp kế hoạch “{shown(spec['plan'], PATH_SHOWN)}”",
                "units",
                folder,
                "plan",
            )
        parent = (base / spec["parent"]).resolve() if "parent" in spec else None
        declared.append(DeclaredUnit((base / str(folder)).resolve(), plan, parent))
    return tuple(declared)


def _review_headings(loaded: LoadedYaml) -> dict[str, Any]:
    from linter.trace.headings import problem

    value = loaded.data["review_headings"]
    found = problem(value)
    if found:
        raise loaded.error(found, "review_headings")
    return value


def _reviews(loaded: LoadedYaml, base: Path) -> tuple[tuple[Path, Path], ...]:
    """`reviews: {chi-bo-a/kiem-diem-an.docx: chi-bo-a/cam-ket-an.docx}`, paths relative to
    camket.yaml; both files must exist."""
    value = loaded.data["reviews"]
    if not isinstance(value, dict):
        raise loaded.error("“reviews” có dạng {tệp báo cáo: tệp bản cam kết}", "reviews")
    pairs = []
    for report, commitment in value.items():
        if not all(isinstance(v, str) and v and "\0" not in v for v in (report, commitment)):
            raise loaded.error("“reviews”: mỗi mục là hai đường dẫn", "reviews", report)
        for name in (report, commitment):
            if not _exists(base / name):
                raise loaded.error(f"không thấy tệp “{shown(name, PATH_SHOWN)}”", "reviews", report)
        pairs.append(((base / report).resolve(), (base / commitment).resolve()))
    return tuple(pairs)


def _exists(path: Path, folder: bool = False) -> bool:
    """Path.is_file() and is_dir() raise on a name too long for the system."""
    try:
        return path.is_dir() if folder else path.is_file()
    except OSError:
        return False


_READ_PROBLEMS = {
    "CK001": "tệp rỗng",
    "CK004": "định dạng không đọc được (dùng .txt, .docx, .odt, .pdf hoặc .md)",
    "CK006": "không mở được tệp",
}


def _form_lines(loaded: LoadedYaml, paths: tuple[Path, ...]) -> tuple[str, ...]:
    """The text of each blank form, line by line (.txt, .docx or .md, as documents are read)."""
    from linter.read import read
    from linter.read.error import ReadError
    from linter.sources import Source

    lines: list[str] = []
    for path in paths:
        try:
            read_lines, _, _ = read(Source(path, path.as_posix(), ""))
        except (ReadError, OSError, ValueError) as error:  # ValueError: a NUL in the name
            detail = getattr(error, "detail", "") or _READ_PROBLEMS.get(
                getattr(error, "code", ""), str(error)
            )
            raise loaded.error(
                f"không đọc được mẫu “{shown(path, PATH_SHOWN)}”: {detail}", "form"
            ) from error
        lines.extend(line.clean for line in read_lines if line.clean)
    return tuple(lines)


def _rule_options(loaded: LoadedYaml) -> dict[str, dict[str, Any]]:
    value = loaded.data["options"]
    if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
        raise loaded.error("“options” có dạng {CK302: {min_concrete: 3}}", "options")
    return {str(code): options for code, options in value.items()}
