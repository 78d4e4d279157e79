"""Per-article limits: a long article is cut with a warning, a slow one is skipped, none stalls."""

import threading
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline import limits, nlp, pipeline
from dateline.errors import ConfigError
from dateline.ingest.articles import new_article
from dateline.options import Options
from dateline.records import Analysis, Article, Notice, Rejection, Source
from dateline.stages import Stage

PARAGRAPH = (
    "Fishermen in the port of Tema said on Tuesday that patrol boats had turned them back. "
    "The harbour master denied it."
)


def _article(text: str, name: str = "wire.txt") -> Article:
    return new_article(text=text, source=Source(name, 0, len(text)), title="Boats Turned Back")


def _stage(name: str, run) -> Stage:
    return Stage(name, run, requires=frozenset({"parse"}))


def test_a_text_above_the_character_limit_is_cut_at_a_paragraph_end_with_a_warning():
    article = _article("\n\n".join([PARAGRAPH] * 40))
    cut, notice = limits.cap_characters(article, 1_000)
    assert len(cut.text) <= 1_000
    assert article.text.startswith(cut.text)
    assert cut.text.endswith("denied it.")
    assert cut.id == article.id  # the article is still the one stored before
    assert isinstance(notice, Notice)
    assert notice.code == "truncated"
    assert notice.message.startswith("wire.txt: article 'Boats Turned Back': the text is 4,")
    assert "--max-article-chars" in cut.warnings[-1]


def test_a_text_within_the_limit_is_left_alone():
    article = _article(PARAGRAPH)
    assert limits.cap_characters(article, len(PARAGRAPH)) == (article, None)


@settings(max_examples=200, deadline=None)
@given(text=st.text(min_size=1, max_size=400), limit=st.integers(1, 300))
def test_a_cut_text_is_a_prefix_of_the_text_within_the_limit(text, limit):
    cut, notice = limits.cap_characters(_article(text), limit)
    assert len(cut.text) <= limit
    assert text.startswith(cut.text)
    assert (notice is None) == (len(text) <= limit)


def test_a_text_above_the_sentence_limit_is_cut_parse_and_all():
    text = " ".join(f"Patrol boat {n} turned back the fishermen." for n in range(1, 13))
    (parse,) = nlp.parse([text])
    assert len(parse.sentences) > 5
    cut, kept, notice = limits.cap_sentences(_article(text), parse, 5)
    assert len(kept.sentences) == 5
    assert cut.text.endswith("Patrol boat 5 turned back the fishermen.")
    assert all(token.end <= len(cut.text) for token in kept.tokens)
    assert all(entity.end <= len(cut.text) for entity in kept.entities)
    assert all(token.head < len(kept.tokens) for token in kept.tokens)
    assert notice is not None
    assert "12 sentences, above the limit of 5" in notice.message


def test_long_articles_are_analysed_within_the_limits_after_a_notice():
    items = [_article("\n\n".join([PARAGRAPH] * 30))]
    options = Options(max_article_chars=2_000, max_article_sentences=8, check_language=False)
    outcomes = list(pipeline.run(items, options=options))
    assert [type(o).__name__ for o in outcomes] == ["Notice", "Notice", "Article"]
    (article,) = [o for o in outcomes if isinstance(o, Article)]
    assert len(article.text) <= 2_000
    assert len(article.warnings) == 2
    for actor in article.actors:
        assert all(0 <= start < end <= len(article.text) for start, end in actor.mentions)


def _busy(seconds: float) -> None:
    """Work the processor for ``seconds`` of this thread's time: the limit counts no waiting."""
    ends = time.thread_time() + seconds
    while time.thread_time() < ends:
        pass


def _stalls_on(word: str):
    def run(analysis: Analysis) -> Analysis:
        if word in analysis.article.text:
            _busy(60)  # far past the limit: only the timer ends it
        return analysis

    return run


def test_an_article_that_stalls_a_stage_is_skipped_and_the_batch_goes_on():
    items = [_article(f"{PARAGRAPH} {word}", f"{word}.txt") for word in ("calm", "STALL", "quiet")]
    options = Options(max_article_seconds=0.5, check_language=False)
    stages = (_stage("stalls", _stalls_on("STALL")),)
    outcomes = list(pipeline.run(items, options=options, stages=stages))
    assert [type(o).__name__ for o in outcomes] == ["Article", "Rejection", "Article"]
    rejection = outcomes[1]
    assert (rejection.stage, rejection.code, rejection.path) == (
        "analysis",
        "too_slow",
        "STALL.txt",
    )
    assert rejection.message == (
        "STALL.txt: article 'Boats Turned Back': analysis ran past the limit of 0.5 s "
        "(--max-article-seconds); skipped"
    )


def test_outside_the_main_thread_the_deadline_is_checked_between_stages():
    def slow(analysis: Analysis) -> Analysis:
        _busy(0.3)
        return analysis

    ran: list[str] = []

    def after(analysis: Analysis) -> Analysis:
        ran.append(analysis.article.source.path)
        return analysis

    stages = (_stage("slow", slow), _stage("after", after))
    options = Options(max_article_seconds=0.1, check_language=False)
    outcomes: list = []
    worker = threading.Thread(
        target=lambda: outcomes.extend(
            pipeline.run([_article(PARAGRAPH)], options=options, stages=stages)
        )
    )
    worker.start()
    worker.join()
    assert [o.code for o in outcomes if isinstance(o, Rejection)] == ["too_slow"]
    assert ran == []


def test_time_spent_waiting_is_not_held_against_an_article():
    # On a busy machine an article waits for the processor; only its own
    # work counts, so a loaded machine keeps what a quiet one keeps.
    def waits(analysis: Analysis) -> Analysis:
        time.sleep(0.5)
        return analysis

    options = Options(max_article_seconds=0.2, check_language=False)
    stages = (_stage("waits", waits), _stage("waits again", waits))
    outcomes = list(pipeline.run([_article(PARAGRAPH)], options=options, stages=stages))
    assert [type(o).__name__ for o in outcomes] == ["Article"]


def test_a_timer_set_by_someone_else_is_left_alone():
    with limits.time_limit(100) as outer, limits.time_limit(0.01) as inner:
        # The inner limit could not set its own timer; it still keeps its deadline.
        _busy(0.05)
        with pytest.raises(limits.TimeLimitExceededError):
            inner.check()
    outer.check()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("max_article_chars", 0, "give 1 to 1,000,000"),
        ("max_article_chars", 2_000_000, "the longest text the parser takes"),
        ("max_article_sentences", 0, "must be 1 or more"),
        ("max_article_seconds", 0.0, "must be above 0"),
    ],
)
def test_a_limit_out_of_range_is_a_config_error(field, value, message):
    with pytest.raises(ConfigError, match=message):
        list(pipeline.run([], options=Options(**{field: value})))
