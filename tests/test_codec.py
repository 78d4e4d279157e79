import dataclasses
import json
import types
import typing

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline import codec
from dateline.errors import RecordError
from dateline.records import RECORD_TYPES, Article, DateValue, Source, Span


def strategy_for(hint: object) -> st.SearchStrategy[object]:
    """Values of any type the records use, built from their type hints."""
    origin = typing.get_origin(hint)
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        hints = typing.get_type_hints(hint)
        fields = {f.name: strategy_for(hints[f.name]) for f in dataclasses.fields(hint)}
        return st.builds(hint, **fields)
    if origin in (types.UnionType, typing.Union):
        return st.one_of(*(strategy_for(arg) for arg in typing.get_args(hint)))
    if origin is typing.Literal:
        return st.sampled_from(typing.get_args(hint))
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return st.lists(strategy_for(args[0]), max_size=3).map(tuple)
        return st.tuples(*(strategy_for(arg) for arg in args))
    simple = {
        type(None): st.none(),
        bool: st.booleans(),
        int: st.integers(),
        float: st.floats(allow_nan=False, allow_infinity=False),
        str: st.text(max_size=20),
    }
    return simple[hint]  # type: ignore[index]


@pytest.mark.parametrize("record_type", RECORD_TYPES, ids=lambda t: t.__name__)
def test_every_record_survives_a_json_round_trip(record_type):
    @given(strategy_for(record_type))
    def round_trip(record):
        assert codec.from_json(record_type, codec.to_json(record)) == record

    round_trip()


def test_json_is_one_line_of_plain_data_with_lists_for_tuples():
    article = Article(id="x", source=Source("a.txt", 0, 5), text="Hi.\nThere “quoted”.")
    line = codec.to_json(article)
    assert "\n" not in line
    data = json.loads(line)
    assert data["actors"] == []
    assert data["published"] == {"value": None, "precision": "none", "basis": "none", "text": None}
    assert "“quoted”" in line  # not ASCII-escaped


def test_decoding_names_the_field_that_does_not_fit():
    bad = {"value": "2024", "precision": "millennium", "basis": "given", "text": None}
    with pytest.raises(RecordError, match=r"DateValue\.precision: 'millennium' is not one of"):
        codec.from_dict(DateValue, bad)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"path": "a", "raw_start": "0", "raw_end": 1}, r"raw_start: expected int"),
        ({"path": "a", "raw_start": True, "raw_end": 1}, r"raw_start: expected int"),
        ({"path": "a", "raw_start": 0}, r"missing"),
        ({"path": "a", "raw_start": 0, "raw_end": 1, "colour": "red"}, r"unknown field"),
        (["a", 0, 1], r"expected an object"),
    ],
)
def test_decoding_refuses_data_of_the_wrong_shape(data, message):
    with pytest.raises(RecordError, match=message):
        codec.from_dict(Source, data)


def test_a_span_must_have_two_ends():
    with pytest.raises(RecordError, match="expected 2 items"):
        codec._build(Span, [1, 2, 3], "span")


def test_not_json_is_a_record_error():
    with pytest.raises(RecordError, match="not JSON"):
        codec.from_json(Source, "{nope")
