"""Analyses as bytes, for the cache and from worker processes: plain data, checked before use.

An entry is a header (MAGIC, VERSION and the payload's SHA-256 digest) and the payload: UTF-8
JSON in which a dataclass instance is the list of its fields' values in declaration order, a
date its ISO form, a dict a list of [key, value] pairs, a document's lines their packed form
(document.PackedLines). Instances of a dataclass in a list or tuple go by column (one list per
field), so that a column of numbers or strings is checked in a few C calls; long runs of
numbers (a document's fingerprints and position maps) go as base64 of an array's bytes, which JSON
reads at once rather than number by number.

JSON cannot name a class or a function, and decoding builds only the dataclasses reachable from
Analysis, checking every value against its field's type hint (and the values other code looks
up, like a severity, against what they may be). So whatever an entry holds (damaged bytes,
another version, a payload made by hand under a valid digest: the digest is no secret),
`decode` raises CodecError and nothing else, and what it returns has no value of a wrong type
to fail later in the run. The digest makes a damaged entry a clean miss before any parsing.

The codecs are made from the dataclasses' fields and type hints, so a field added later is
carried too; one of a type they do not know fails at import, never silently.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import functools
import hashlib
import json
import operator
import sys
import types
import typing
from array import array
from collections import deque
from collections.abc import Callable, Sequence
from itertools import chain, islice, repeat
from typing import Any, NoReturn

from linter.document import Document, PackedLines
from linter.engine import Analysis
from linter.findings import CATEGORIES, SEVERITIES, Finding
from linter.fingerprint import LineIndex

MAGIC = b"CKAN"  # camket analysis
VERSION = 2  # one byte: bump when the payload's layout changes
_DIGEST_SIZE = 32  # SHA-256: three times BLAKE2b's speed where the CPU has SHA instructions
_HEADER_SIZE = len(MAGIC) + 1 + _DIGEST_SIZE
_INT_MAX = 2**63 - 1  # every number in an analysis is a count, position, line, year or hash


class CodecError(ValueError):
    """Bytes that are not an analysis this camket encoded: damaged, foreign or forged."""


@dataclasses.dataclass(frozen=True)
class _Codec:
    """How one type goes to JSON and back: one value, or a column of them (one field of many
    instances, decoded at once)."""

    encode: Callable[[Any], Any]
    decode: Callable[[Any], Any]  # parsed JSON -> value, or CodecError
    encode_column: Callable[[list[Any]], Any]
    decode_column: Callable[[Any], list[Any]]
    plain: bool  # a str, int or bool: decoding checks the value and returns it as it is


def _make_codec(
    encode: Callable[[Any], Any],
    decode: Callable[[Any], Any],
    encode_column: Callable[[list[Any]], Any] | None = None,
    decode_column: Callable[[Any], list[Any]] | None = None,
    plain: bool = False,
) -> _Codec:
    """A codec whose column, unless given, is the JSON list of its values one by one."""
    return _Codec(
        encode,
        decode,
        encode_column or (lambda values: [encode(value) for value in values]),
        decode_column or (lambda data: [decode(value) for value in _list(data)]),
        plain,
    )


def _fail(expected: str, value: object) -> NoReturn:
    raise CodecError(f"{expected} expected, not {type(value).__name__}")


def _identity(value: Any) -> Any:
    return value


def _list(value: Any) -> list[Any]:
    if type(value) is not list:
        _fail("a list", value)
    return value


def _decode_str(value: Any) -> str:
    if type(value) is not str:
        _fail("a string", value)
    return value


def _decode_int(value: Any) -> int:
    if type(value) is not int or not 0 <= value <= _INT_MAX:
        _fail("a number from 0", value)
    return value


def _decode_bool(value: Any) -> bool:
    if type(value) is not bool:
        _fail("true or false", value)
    return value


def _decode_date(value: Any) -> dt.date:
    if type(value) is not str:
        _fail("a date", value)
    try:
        return dt.date.fromisoformat(value)
    except ValueError as error:
        raise CodecError(f"not a date: {value[:20]!r}") from error


def _all_of(kind: type) -> Callable[[Any], list[Any]]:
    """A column check: a list of values of exactly this type."""
    kinds = {kind}

    def check(values: Any) -> list[Any]:
        found = set(map(type, _list(values)))
        if not found <= kinds:
            names = ", ".join(sorted(k.__name__ for k in found))
            raise CodecError(f"{kind.__name__} values expected, not {names}")
        return values

    return check


_INT_KIND = {int}  # not bool: type(True) is bool


def _ints(values: Any, low: int = 0) -> list[int]:
    """A list of numbers from `low`, checked at C speed."""
    kinds = set(map(type, _list(values)))
    if not kinds <= _INT_KIND:
        raise CodecError(f"numbers expected, not {', '.join(sorted(k.__name__ for k in kinds))}")
    if values and (min(values) < low or max(values) > _INT_MAX):
        raise CodecError("a number out of range")
    return values


_NONE = type(None)
_PRESENT = functools.partial(operator.is_not, None)
_PLAIN = {
    str: _make_codec(_identity, _decode_str, _identity, _all_of(str), plain=True),
    int: _make_codec(_identity, _decode_int, _identity, _ints, plain=True),
    bool: _make_codec(_identity, _decode_bool, _identity, _all_of(bool), plain=True),
    dt.date: _make_codec(dt.date.isoformat, _decode_date),
}


def _choice(allowed: Sequence[str]) -> _Codec:
    """A string that other code looks up: one of `allowed`."""
    choices = set(allowed)

    def decode(value: Any) -> str:
        return decode_column([value])[0]

    def decode_column(values: Any) -> list[Any]:
        if not set(map(type, _list(values))) <= {str} or not set(values) <= choices:
            raise CodecError(f"one of {', '.join(allowed)} expected")
        return values

    return _make_codec(_identity, decode, _identity, decode_column, plain=True)


def _optional(inner: _Codec) -> _Codec:
    def encode(value: Any) -> Any:
        return None if value is None else inner.encode(value)

    def decode(value: Any) -> Any:
        return None if value is None else inner.decode(value)

    def check_column(values: Any) -> list[Any]:
        inner.decode_column([*filter(_PRESENT, _list(values))])
        return values

    if not inner.plain:
        return _make_codec(encode, decode)
    return _make_codec(_identity, decode, _identity, check_column, plain=True)


def _sequence(item: _Codec, make: type) -> _Codec:
    """list[X], tuple[X, ...], frozenset[X] of anything but dataclasses: a JSON list."""
    if make is frozenset and not item.plain:
        raise TypeError("linter.codec carries sets of numbers or strings only")

    def encode(value: Any) -> list[Any]:
        return [item.encode(element) for element in value]

    def decode(value: Any) -> Any:
        return make(item.decode_column(value))

    def decode_column(values: Any) -> list[Any]:
        """Lists of plain values: their items checked together, as one list."""
        if not set(map(type, _list(values))) <= {list}:
            raise CodecError("lists expected")
        item.decode_column(list(chain.from_iterable(values)))
        return list(map(make, values))

    if not item.plain:
        return _make_codec(encode, decode)
    return _make_codec(sorted if make is frozenset else _identity, decode, None, decode_column)


def _fixed(items: tuple[_Codec, ...]) -> _Codec:
    """tuple[X, Y]: a JSON list of that length."""

    def encode(value: Any) -> list[Any]:
        return [codec.encode(element) for codec, element in zip(items, value, strict=True)]

    def decode(value: Any) -> tuple[Any, ...]:
        if type(value) is not list or len(value) != len(items):
            _fail(f"a list of {len(items)}", value)
        return tuple(codec.decode(element) for codec, element in zip(items, value, strict=False))

    return _make_codec(encode, decode)


def _mapping(key: _Codec, value: _Codec) -> _Codec:
    """dict[K, V]: a JSON list of [key, value] pairs (JSON keys are strings only)."""
    pairs = _sequence(_fixed((key, value)), list)
    return _make_codec(
        lambda mapping: pairs.encode(mapping.items()), lambda data: dict(pairs.decode(data))
    )


_TYPECODES = "bhiq"  # signed numbers of 1, 2, 4 and 8 bytes


def _encode_array(numbers: Sequence[int]) -> str:
    """Many numbers as one string: the typecode of the narrowest array that holds them all,
    then their little-endian bytes in base64."""
    for code in _TYPECODES:
        try:
            packed = array(code, numbers)
            break
        except OverflowError:
            continue
    else:
        raise ValueError("a number too large for linter.codec")
    if sys.byteorder == "big":
        packed.byteswap()
    return code + base64.b64encode(packed).decode("ascii")


def _decode_array(value: Any, low: int | None = None) -> array[int]:
    if type(value) is not str or value[:1] not in tuple(_TYPECODES):
        _fail("packed numbers", value)
    try:
        packed = array(value[0], base64.b64decode(value[1:], validate=True))
    except ValueError as error:  # not base64 (binascii.Error), or a length not a multiple
        raise CodecError("damaged packed numbers") from error
    if sys.byteorder == "big":
        packed.byteswap()
    if low is not None and packed and min(packed) < low:
        raise CodecError("a number out of range")
    return packed


# A document's position maps (PackedLines.starts, .ends): kept as arrays, so that no number is
# made until its lines are unpacked. Any value is harmless: a map's positions only ever slice
# their line, where one out of it slices short.
_ARRAY = _make_codec(_encode_array, _decode_array)


def _encode_pairs(pairs: Sequence[tuple[int, int]]) -> list[str]:
    return [_encode_array([first for first, _ in pairs]), _encode_array([s for _, s in pairs])]


def _decode_pairs(value: Any) -> list[tuple[int, int]]:
    if type(value) is not list or len(value) != 2:
        _fail("two packed lists", value)
    firsts, seconds = _decode_array(value[0], low=0), _decode_array(value[1], low=0)
    if len(firsts) != len(seconds):
        raise CodecError("pairs of numbers expected")
    return list(zip(firsts, seconds, strict=False))


# A document's fingerprints, (hash, position) pairs: the hashes, then the positions.
_PAIRS = _make_codec(_encode_pairs, _decode_pairs)


def _codec(hint: Any) -> _Codec:
    """The codec of a type hint (made once per dataclass and field)."""
    if hint in _PLAIN:
        return _PLAIN[hint]
    if dataclasses.is_dataclass(hint):
        return _record(hint)
    if hint == list[tuple[int, int]]:
        return _PAIRS
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union) and len(args) == 2 and _NONE in args:
        return _optional(_codec(args[0] if args[1] is _NONE else args[1]))
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _many(args[0], tuple)
    if origin is tuple and args:
        return _fixed(tuple(_codec(arg) for arg in args))
    if origin in (list, frozenset) and len(args) == 1:
        return _many(args[0], origin)
    if origin is dict:
        return _mapping(_codec(args[0]), _codec(args[1]))
    raise TypeError(f"linter.codec cannot carry {hint!r}")


def _many(hint: Any, make: type) -> _Codec:
    if dataclasses.is_dataclass(hint):
        return _records(hint, make)
    return _sequence(_codec(hint), make)


@dataclasses.dataclass(frozen=True)
class _Layout:
    """How a dataclass is carried: its fields' names and codecs, how each is read, how an
    instance is made from its fields' values by name, what it must satisfy as a whole."""

    names: tuple[str, ...]
    codecs: tuple[_Codec, ...]
    readers: tuple[Callable[[Any], Any], ...]
    build: Callable[[dict[str, Any]], Any]
    agrees: Callable[[Any], bool] | None

    def checked(self, instance: Any) -> Any:
        if self.agrees is not None and not self.agrees(instance):
            raise CodecError(f"{type(instance).__name__}: parts that do not agree")
        return instance


def _build(cls: type) -> Callable[[dict[str, Any]], Any]:
    """Make an instance from its fields' values as unpickling does, without __init__ (a frozen
    dataclass's __init__ sets each field through object.__setattr__, the slow part)."""
    if hasattr(cls, "__post_init__"):
        raise TypeError(
            f"linter.codec makes {cls.__name__} without __init__: not its __post_init__"
        )

    def build(values: dict[str, Any]) -> Any:
        instance = cls.__new__(cls)
        instance.__dict__.update(values)
        return instance

    return build


@functools.cache
def _layout(cls: type) -> _Layout:
    hints = typing.get_type_hints(cls, localns=_HINT_NAMES)
    hints |= {name: hint for (owner, name), hint in _HINTS.items() if owner is cls}
    names = tuple(field.name for field in dataclasses.fields(cls))
    return _Layout(
        names,
        tuple(_FIELDS.get((cls, name)) or _codec(hints[name]) for name in names),
        tuple(_READERS.get((cls, name)) or operator.attrgetter(name) for name in names),
        _BUILDERS.get(cls) or _build(cls),
        _AGREES.get(cls),
    )


@functools.cache
def _record(cls: type) -> _Codec:
    """A dataclass instance: the JSON list of its fields' values, in their order."""
    layout = _layout(cls)
    fields = list(zip(layout.codecs, layout.readers, strict=True))
    size = len(fields)

    def encode(instance: Any) -> list[Any]:
        return [codec.encode(read(instance)) for codec, read in fields]

    def decode(value: Any) -> Any:
        if type(value) is not list or len(value) != size:
            _fail(f"{cls.__name__} as a list of {size}", value)
        values = [codec.decode(field) for codec, field in zip(layout.codecs, value, strict=False)]
        return layout.checked(layout.build(dict(zip(layout.names, values, strict=False))))

    return _make_codec(encode, decode)


def _records(cls: type, make: type) -> _Codec:
    """Instances of a dataclass by column: [] for none, else one column per field. A column of
    such sequences (a document's sections' items, its findings' related files) is the number
    in each and one block of all their instances: [counts, columns]."""
    layout = _layout(cls)
    fields = list(zip(layout.codecs, layout.readers, strict=True))
    names = layout.names

    def encode(instances: Sequence[Any]) -> list[Any]:
        if not instances:
            return []
        return [codec.encode_column([read(i) for i in instances]) for codec, read in fields]

    def instances_of(block: Any) -> list[Any]:
        if not _list(block):
            return []
        if len(block) != len(fields):
            raise CodecError(f"{len(fields)} columns of {cls.__name__} expected")
        columns = [
            codec.decode_column(data) for codec, data in zip(layout.codecs, block, strict=False)
        ]
        if len(set(map(len, columns))) != 1 or not columns[0]:
            raise CodecError(f"columns of {cls.__name__} of one length expected")
        rows = map(dict, map(zip, repeat(names), zip(*columns, strict=False)))
        if cls in _BUILDERS:
            instances = [layout.build(row) for row in rows]
        else:  # as _build does, in C calls only: a new instance, then its __dict__ set
            instances = list(map(cls.__new__, repeat(cls, len(columns[0]))))
            deque(map(object.__setattr__, instances, repeat("__dict__"), rows), maxlen=0)
        if layout.agrees is not None:
            instances = [layout.checked(instance) for instance in instances]
        return instances

    def encode_column(sequences: list[Sequence[Any]]) -> list[Any]:
        return [[len(s) for s in sequences], encode([i for s in sequences for i in s])]

    def decode_column(data: Any) -> list[Any]:
        if type(data) is not list or len(data) != 2:
            _fail(f"[counts, columns] of {cls.__name__}", data)
        counts, instances = _ints(data[0]), instances_of(data[1])
        if sum(counts) != len(instances):
            raise CodecError(f"counts of {cls.__name__} that do not add up")
        rest = iter(instances)
        return [make(islice(rest, count)) for count in counts]

    return _make_codec(
        encode, lambda block: make(instances_of(block)), encode_column, decode_column
    )


def _packed_lines_agree(packed: PackedLines) -> bool:
    """The packed lines unpack (later, on first use, where nothing would catch a failure)."""
    count = len(packed.numbers)
    lengths, clean_lengths = packed.lengths, packed.clean_lengths
    if len(lengths) != count or len(clean_lengths) != count or sum(lengths) != len(packed.texts):
        return False
    if sum(length for length in clean_lengths if length >= 0) != len(packed.cleans):
        return False
    if any(
        index >= count for index in (*packed.mapped, *packed.cells, *packed.bold, *packed.margins)
    ):
        return False
    mapped = sum(clean_lengths[i] if clean_lengths[i] >= 0 else lengths[i] for i in packed.mapped)
    return len(packed.starts) == len(packed.ends) == mapped


# Fields carried otherwise than their type hint says.
_FIELDS: dict[tuple[type, str], _Codec] = {
    (Finding, "severity"): _choice(SEVERITIES),  # Report.failed looks it up
    (Finding, "category"): _choice(CATEGORIES),  # reports look up its name
    (PackedLines, "clean_lengths"): _make_codec(
        _identity, lambda value: tuple(_ints(value, low=-1))
    ),
    (PackedLines, "starts"): _ARRAY,
    (PackedLines, "ends"): _ARRAY,
}
# Hints that are not a field's own: a document's lines are carried packed.
_HINTS: dict[tuple[type, str], Any] = {(Document, "lines"): PackedLines}
# How a field is read to be encoded, when not as an attribute: a document's lines are read
# packed, and lines never unpacked are not unpacked to be packed again.
_READERS: dict[tuple[type, str], Callable[[Any], Any]] = {
    (Document, "lines"): Document.packed_lines,
}
_BUILDERS: dict[type, Callable[[dict[str, Any]], Any]] = {Document: Document.with_packed_lines}
# What a whole instance must satisfy besides its fields' types.
_AGREES: dict[type, Callable[[Any], bool]] = {
    PackedLines: _packed_lines_agree,
    LineIndex: lambda index: len(index.starts) == len(index.lines),
}
# Names the dataclasses' hints use that their modules import for type checking only.
_HINT_NAMES = {"LineIndex": LineIndex}

_ANALYSIS = _record(Analysis)


def _digest(payload: bytes) -> bytes:
    return hashlib.sha256(payload).digest()


def encode(analysis: Analysis) -> bytes:
    """The entry of an analysis: header and JSON payload."""
    text = json.dumps(
        _ANALYSIS.encode(analysis),
        ensure_ascii=False,
        check_circular=False,
        allow_nan=False,
        separators=(",", ":"),
    )
    payload = text.encode("utf-8", "surrogatepass")  # a line may hold a lone surrogate
    return MAGIC + bytes((VERSION,)) + _digest(payload) + payload


def decode(data: bytes) -> Analysis:
    """The analysis an entry holds; CodecError for anything else, whatever the bytes."""
    if len(data) < _HEADER_SIZE or not data.startswith(MAGIC):
        raise CodecError("not a camket analysis")
    if data[len(MAGIC)] != VERSION:
        raise CodecError(f"format version {data[len(MAGIC)]}, not {VERSION}")
    payload = data[_HEADER_SIZE:]
    if _digest(payload) != data[len(MAGIC) + 1 : _HEADER_SIZE]:
        raise CodecError("damaged: the digest does not match")
    try:
        tree = json.loads(payload.decode("utf-8", "surrogatepass"))
    except (ValueError, RecursionError) as error:  # UnicodeDecodeError is a ValueError
        raise CodecError(f"not JSON: {error}") from error
    return _ANALYSIS.decode(tree)
