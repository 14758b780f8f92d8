"""YAML files whose errors name the file and line: rule files, camket.yaml, ignore files, labels.

Some of them lie in checked folders (`.camket-ignore.yaml`), where anyone may drop one: a file
is refused, with its line, rather than left to run out of memory or recursion. YAML aliases
(`&a`, `*a`) let a few lines stand for a billion values or for a value that contains itself,
so what a file may build is bounded (MAX_REPEATS, MAX_DEPTH).
"""

from __future__ import annotations

import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml


class FileError(Exception):
    """A user-supplied file (rule, config, labels) that is malformed; shown, never a traceback."""

    def __init__(self, path: Path | str, line: int | None, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}" if line else f"{path}: {message}")
        self.path = str(path)
        self.line = line
        self.message = message


PATH_SHOWN = 1000  # a path is quoted whole unless it is absurd


def shown(value: object, limit: int = 60) -> str:
    """A value as an error message quotes it: a 200,000-character one cut short."""
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class LoadedYaml:
    path: Path
    data: Any
    lines: dict[tuple[Any, ...], int]  # key path -> 1-based line of that value

    def line(self, *keys: Any) -> int | None:
        """Line of the deepest known key on the path."""
        for depth in range(len(keys), -1, -1):
            if keys[:depth] in self.lines:
                return self.lines[keys[:depth]]
        return None

    def error(self, message: str, *keys: Any) -> FileError:
        return FileError(self.path, self.line(*keys), message)


# Values built a second time through an alias: a real file has none or a handful; a "billion
# laughs" file (&a [*b, *b, …] nine deep) asks for 9**9 and took minutes, then all memory.
MAX_REPEATS = 100_000
# Lists and tables inside each other: real files nest five deep; libyaml stops at 1,000, and
# building that deep would exhaust Python's recursion.
MAX_DEPTH = 100


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


@dataclass
class _Builder:
    """Builds Python values from composed nodes, recording the line of every key and entry."""

    lines: dict[tuple[Any, ...], int] = field(default_factory=dict)
    built: set[yaml.Node] = field(default_factory=set)  # nodes (by identity) built once already
    building: set[yaml.Node] = field(default_factory=set)  # the current node and its parents
    repeats: int = 0
    scalars: yaml.SafeLoader = field(default_factory=lambda: yaml.SafeLoader(""))

    def build(self, node: yaml.Node, key_path: tuple[Any, ...]) -> Any:
        self._enter(node, len(key_path))
        self.lines[key_path] = _line(node)
        try:
            if isinstance(node, yaml.MappingNode):
                return self._mapping(node, key_path)
            if isinstance(node, yaml.SequenceNode):
                return [self.build(child, (*key_path, i)) for i, child in enumerate(node.value)]
            return self._scalar(node)
        finally:
            self.building.discard(node)

    def _enter(self, node: yaml.Node, depth: int) -> None:
        if node in self.building:
            raise FileError(
                "", _line(node), "bí danh YAML (alias) lồng nhau vô hạn: giá trị này chứa chính nó"
            )
        if depth > MAX_DEPTH:
            raise FileError("", _line(node), f"dữ liệu lồng nhau quá sâu (hơn {MAX_DEPTH} tầng)")
        if node in self.built:
            self.repeats += 1
            if self.repeats > MAX_REPEATS:
                raise FileError(
                    "",
                    _line(node),
                    f"bí danh YAML (alias) lồng nhau quá nhiều: các bí danh dựng ra hơn "
                    f"{MAX_REPEATS:,} giá trị".replace(",", "."),
                )
        self.built.add(node)
        self.building.add(node)

    def _mapping(self, node: yaml.MappingNode, key_path: tuple[Any, ...]) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise FileError("", _line(key_node), "khóa phải là một giá trị đơn (chữ hoặc số)")
            key = self._scalar(key_node)
            if key in result:
                raise FileError("", _line(key_node), f"khóa “{key}” bị lặp")
            result[key] = self.build(value_node, (*key_path, key))
            self.lines[(*key_path, key)] = _line(key_node)
        return result

    def _scalar(self, node: yaml.Node) -> Any:
        try:
            return self.scalars.construct_object(node, deep=True)
        except (ValueError, OverflowError) as error:  # "2024-13-45", an int of 5,000 digits
            raise FileError(
                "", _line(node), f"giá trị không hợp lệ: “{shown(node.value)}”"
            ) from error


# libyaml's loader when PyYAML was built with it: ten times faster, the same marks (lines).
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load(path: Path) -> LoadedYaml:
    """Parse a YAML file, recording the line of every key and list entry."""
    text = _read(path)
    try:
        node = yaml.compose(text, Loader=SAFE_LOADER)
    except yaml.YAMLError as error:
        raise _yaml_error(path, error) from error
    except RecursionError as error:  # the pure-Python composer, without libyaml's depth limit
        raise FileError(path, None, "dữ liệu lồng nhau quá sâu") from error
    builder = _Builder()
    try:
        data = builder.build(node, ()) if node is not None else None
    except FileError as error:
        raise FileError(path, error.line, error.message) from error
    except yaml.YAMLError as error:  # a tag safe YAML does not build: "!!python/object:…"
        raise _yaml_error(path, error) from error
    finally:
        builder.scalars.dispose()
    return LoadedYaml(path, data, builder.lines)


def _read(path: Path) -> str:
    """The file's text; a FIFO or a device named like a YAML file is refused, not read forever."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise FileError(path, None, "không phải tệp thông thường")
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise FileError(path, None, f"không đọc được tệp ({error})") from error


def _yaml_error(path: Path, error: yaml.YAMLError) -> FileError:
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or str(error)
    return FileError(path, mark.line + 1 if mark else None, f"YAML không hợp lệ: {problem}")
