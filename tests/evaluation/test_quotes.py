"""The quote scorer: span overlap at three levels, by kind, speakers, and the shared contains."""

from pathlib import Path

import pytest

from dateline.evaluation.gold import GoldArticle, GoldFile, GoldQuote
from dateline.evaluation.quotes import score
from dateline.records import Actor, Article, Quote, Source

# The article's text is the whole input file, so offsets agree.
TEXT = (
    '"We will keep the port open to all ships," Lindqvist said.\n'
    "\n"
    "Aydin said the blockade would end by Friday at the latest.\n"
)
ACTORS = (
    Actor("A1", "Anna Lindqvist", "person", mentions=((43, 52),)),
    Actor("A2", "Kemal Aydin", "person", mentions=((60, 65),)),
)
DIRECT = GoldQuote(1, 41, "direct", "Lindqvist", "said")
INDIRECT = GoldQuote(71, 117, "indirect", "Aydin|envoy", "said")


def _quote(number, span, kind, speaker):
    return Quote(f"Q{number}", TEXT[span[0] : span[1]], span, kind, speaker=speaker)


def _scores(tmp_path: Path, quotes, golds=(DIRECT, INDIRECT), listed=()):
    source = tmp_path / "input.txt"
    source.write_text(TEXT, encoding="utf-8")
    gold = GoldFile(
        paths=(),
        split="dev",
        input=source,
        articles=(GoldArticle(quote_spans=tuple(golds)),),
        raw_articles=({"quotes": list(listed)},),
    )
    article = Article(
        id="a",
        source=Source(str(source), 0, len(TEXT)),
        text=TEXT.rstrip("\n"),
        actors=ACTORS,
        quotes=tuple(quotes),
    )
    return {s.metric: s.value for s in score([(gold, [article])], "dev")}


def test_quotes_that_cover_the_gold_score_at_every_level(tmp_path):
    scores = _scores(
        tmp_path, [_quote(1, (1, 41), "direct", "A1"), _quote(2, (71, 117), "indirect", "A2")]
    )
    assert scores["f1_0.3"] == scores["f1_0.8"] == scores["f1_exact"] == 1.0
    assert scores["direct_f1_0.8"] == scores["indirect_f1_0.8"] == 1.0
    assert scores["speaker"] == 1.0


def test_a_quote_cut_short_is_found_at_0_3_but_not_at_0_8(tmp_path):
    half = _quote(1, (71, 93), "indirect", "A2")  # "the blockade would end"
    scores = _scores(tmp_path, [half], golds=(INDIRECT,))
    assert scores["r_0.3"] == 1.0
    assert scores["r_0.8"] == scores["r_exact"] == 0.0


def test_punctuation_and_spaces_do_not_make_a_span_inexact(tmp_path):
    with_comma = _quote(1, (1, 41), "direct", "A1")
    without_comma = GoldQuote(1, 40, "direct", "Lindqvist", "said")
    scores = _scores(tmp_path, [with_comma], golds=(without_comma,))
    assert scores["f1_exact"] == 1.0


def test_an_extra_quote_costs_precision_of_its_kind(tmp_path):
    extra = _quote(3, (60, 70), "partial", "A2")  # "Aydin said"
    scores = _scores(tmp_path, [_quote(1, (1, 41), "direct", "A1"), extra], golds=(DIRECT,))
    assert scores["p_0.3"] == 0.5
    assert scores["direct_p_0.3"] == 1.0
    assert scores["partial_p_0.3"] == 0.0


@pytest.mark.parametrize(("speaker", "right"), [("A2", 1.0), ("A1", 0.0), (None, 0.0)])
def test_a_speaker_is_right_when_a_gold_alternative_names_it(tmp_path, speaker, right):
    scores = _scores(tmp_path, [_quote(1, (71, 117), "indirect", speaker)], golds=(INDIRECT,))
    assert scores["speaker"] == right


def test_the_shared_gold_quotes_are_found_by_the_words_they_contain(tmp_path):
    listed = [
        {"contains": "keep the port open", "speaker": "Lindqvist"},
        {"contains": "never said", "speaker": "Aydin"},
    ]
    scores = _scores(tmp_path, [_quote(1, (1, 41), "direct", "A2")], golds=(), listed=listed)
    assert scores["contains_r"] == 0.5
    assert scores["contains_speaker"] == 0.0
