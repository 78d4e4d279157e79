"""The demo's summary lines of one article."""

from dateline.demo.summary import describe
from dateline.records import Article, DateValue, Event, Source, TimeMention


def test_a_duration_is_told_as_how_long_it_lasts_and_a_date_as_its_date():
    text = "The dockers' strike lasted three months and ended on 4 March 2031."
    article = Article(
        id="a1",
        source=Source("strike.txt", 0, len(text)),
        text=text,
        times=(
            TimeMention(span=(27, 39), text="three months", duration="P3M"),
            TimeMention(
                span=(53, 65),
                text="4 March 2031",
                value=DateValue("2031-03-04", "day", "text", "4 March 2031"),
            ),
        ),
    )
    lines = describe(article)
    assert "three months → lasts P3M" in lines
    assert "4 March 2031 → 2031-03-04 (day, from text)" in lines


def test_an_event_that_did_not_happen_says_so():
    text = "The opposition demanded that the minister resign. She did not resign."
    article = Article(
        id="a1",
        source=Source("resign.txt", 0, len(text)),
        text=text,
        events=(
            Event(id="E1", type="REQUEST", trigger="demanded", span=(0, 50)),
            Event(id="E2", type="RETREAT", trigger="resign", span=(0, 50), hypothetical=True),
            Event(id="E3", type="RETREAT", trigger="resign", span=(51, 71), negated=True),
        ),
    )
    lines = " ".join(describe(article).split())
    assert "REQUEST “demanded”;" in lines
    assert "RETREAT “resign” (hypothetical)" in lines
    assert "RETREAT “resign” (negated)" in lines
