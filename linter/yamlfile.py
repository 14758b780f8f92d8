"""YAML files whose errors name the file and line: rule files and camket.yaml."""

from __future__ import annotations

from dataclasses import dataclass
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


def _construct(
    node: yaml.Node, key_path: tuple[Any, ...], lines: dict[tuple[Any, ...], int]
) -> Any:
    lines[key_path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        result = {}
        for key_node, value_node in node.value:
            key = _scalar(key_node)
            if key in result:
                raise FileError("", key_node.start_mark.line + 1, f"khóa “{key}” bị lặp")
            result[key] = _construct(value_node, (*key_path, key), lines)
            lines[(*key_path, key)] = key_node.start_mark.line + 1
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_construct(child, (*key_path, i), lines) for i, child in enumerate(node.value)]
    return _scalar(node)


# libyaml's loader when PyYAML was built with it: ten times faster, the same marks (lines).
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _scalar(node: yaml.Node) -> Any:
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_object(node, deep=True)
    finally:
        loader.dispose()


def load(path: Path) -> LoadedYaml:
    """Parse a YAML file, recording the line of every key and list entry."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise FileError(path, None, f"không đọc được tệp ({error})") from error
    try:
        node = yaml.compose(text, Loader=SAFE_LOADER)
    except yaml.YAMLError as error:
        raise _yaml_error(path, error) from error
    lines: dict[tuple[Any, ...], int] = {}
    try:
        data = _construct(node, (), lines) if node is not None else None
    except FileError as error:
        raise FileError(path, error.line, error.message) from error
    except yaml.YAMLError as error:  # a tag safe YAML does not build: "!!python/object:…"
        raise _yaml_error(path, error) from error
    return LoadedYaml(path, data, lines)


def _yaml_error(path: Path, error: yaml.YAMLError) -> FileError:
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or str(error)
    return FileError(path, mark.line + 1 if mark else None, f"YAML không hợp lệ: {problem}")
