"""Running dateline over gold inputs for a score."""

from dateline.evaluation.gold import GoldFile
from dateline.evaluation.runs import extract_gold
from dateline.options import Options


def test_a_scored_run_never_skips_an_article_for_taking_long(tmp_path):
    # A user's limit is wall-clock time: on a busy machine it would drop slow
    # articles from a scored run, and the figures would follow the load.
    story = tmp_path / "story.txt"
    story.write_text(
        "Port Strike Ends\n\nDockers in Gdansk ended their strike on Friday, the union said.\n",
        encoding="utf-8",
    )
    gold = GoldFile(paths=(), split="dev", input=story, articles=())
    hurried = Options(max_article_seconds=1e-9)

    ((_, articles),) = extract_gold([gold], hurried, lambda _: "2005-03-04")

    assert len(articles) == 1
    assert "Gdansk" in articles[0].text
