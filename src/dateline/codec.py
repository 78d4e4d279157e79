"""JSON for every record, in one place.

``to_dict`` turns a record into plain JSON data (tuples become lists);
``from_dict`` checks that data against the record's type hints and builds the
record back, so that ``from_json(type(x), to_json(x)) == x`` for every record.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import types
import typing
from typing import Any, TypeVar

from dateline.errors import RecordError

R = TypeVar("R")

JSONValue = Any
"""Plain JSON data: dict, list, str, int, float, bool or None."""


def to_dict(record: object) -> dict[str, JSONValue]:
    """Return ``record`` as a JSON-ready dict, fields in declaration order."""
    if not dataclasses.is_dataclass(record) or isinstance(record, type):
        raise TypeError(f"not a record: {record!r}")
    return _record_dict(record)


def to_json(record: object) -> str:
    """Return ``record`` as one line of JSON (UTF-8 text, not ASCII-escaped)."""
    return json.dumps(to_dict(record), ensure_ascii=False, allow_nan=False)


def from_dict(cls: type[R], data: JSONValue) -> R:
    """Build a ``cls`` record from JSON data, checking every field's type.

    Raises:
        RecordError: the data does not fit the record, naming the field.
    """
    return typing.cast("R", _build(cls, data, cls.__name__))


def from_json(cls: type[R], text: str) -> R:
    """Parse one JSON document into a ``cls`` record.

    Raises:
        RecordError: the text is not JSON or does not fit the record.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecordError(f"{cls.__name__}: not JSON ({exc.msg} at {exc.pos})") from exc
    return from_dict(cls, data)


# Every stored and printed article passes through here: plain values are
# answered first, and each record type's field names are looked up once.
_SCALARS = (str, int, float, bool, type(None))


def _record_dict(record: object) -> dict[str, JSONValue]:
    return {name: _plain(getattr(record, name)) for name in _field_names(type(record))}


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def _plain(value: object) -> JSONValue:
    if isinstance(value, _SCALARS):
        return value
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _record_dict(value)
    return value


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _build(hint: Any, data: JSONValue, where: str) -> object:  # noqa: ANN401, C901, PLR0911
    origin = typing.get_origin(hint)
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return _build_record(hint, data, where)
    if origin in (types.UnionType, typing.Union):
        options = typing.get_args(hint)
        if data is None and type(None) in options:
            return None
        (inner,) = [option for option in options if option is not type(None)]
        return _build(inner, data, where)
    if origin is typing.Literal:
        if data not in typing.get_args(hint):
            allowed = ", ".join(repr(a) for a in typing.get_args(hint))
            raise RecordError(f"{where}: {data!r} is not one of {allowed}")
        return data
    if origin is tuple:
        return _build_tuple(typing.get_args(hint), data, where)
    if hint is float:
        if isinstance(data, int | float) and not isinstance(data, bool):
            return float(data)
        raise RecordError(f"{where}: expected a number, got {data!r}")
    if hint in (str, int, bool):
        # bool is a subclass of int; a true/false where a count belongs is an error.
        if isinstance(data, hint) and (hint is bool or not isinstance(data, bool)):
            return data
        raise RecordError(f"{where}: expected {hint.__name__}, got {data!r}")
    raise TypeError(f"{where}: the codec does not know the type {hint!r}")


def _build_record(cls: type, data: JSONValue, where: str) -> object:
    if not isinstance(data, dict):
        raise RecordError(f"{where}: expected an object, got {type(data).__name__}")
    hints = _hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - names)
    if unknown:
        raise RecordError(f"{where}: unknown field(s) {', '.join(unknown)}")
    values = {name: _build(hints[name], value, f"{where}.{name}") for name, value in data.items()}
    try:
        return cls(**values)
    except TypeError as exc:  # a required field is missing
        raise RecordError(f"{where}: {exc}") from exc


def _build_tuple(args: tuple[Any, ...], data: JSONValue, where: str) -> tuple[object, ...]:
    if not isinstance(data, list):
        raise RecordError(f"{where}: expected a list, got {type(data).__name__}")
    if len(args) == 2 and args[1] is Ellipsis:
        return tuple(_build(args[0], item, f"{where}[{i}]") for i, item in enumerate(data))
    if len(args) != len(data):
        raise RecordError(f"{where}: expected {len(args)} items, got {len(data)}")
    return tuple(
        _build(arg, item, f"{where}[{i}]")
        for i, (arg, item) in enumerate(zip(args, data, strict=True))
    )
