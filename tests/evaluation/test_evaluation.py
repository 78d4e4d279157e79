"""The scorer, on a small shared folder built in the test (never on ../shared)."""

import json
import subprocess
import sys

import pytest

from dateline import evaluation
from dateline.errors import ConfigError
from dateline.evaluation.gold import GoldError, load_gold
from dateline.evaluation.scores import Score, load_floors, shortfalls
from dateline.evaluation.segmentation import score_corpus

DUMP = (
    "Ministers Meet in Riga\n\n"
    "Delegates pose before the talks in Riga on Monday. (Press Office)\n"
    "Delegates pose before the talks in Riga on Monday. (Press Office)\n"
    "TT\n\n"
    "Ministers Meet in Riga\n\n"
    "Ministers from the Baltic states met in Riga on Monday.\n\n"
    'They agreed to "keep talking", the chair said.\n'
)
CLEAN = "Strike Ends at Port\n\nThe strike ended on Friday.\n\nWork resumed at dawn.\n"


@pytest.fixture
def shared(tmp_path):
    (tmp_path / "samples").mkdir()
    (tmp_path / "samples/dump.txt").write_text(DUMP, encoding="utf-8")
    corpus = tmp_path / "corpora/bbc-2005/politics"
    corpus.mkdir(parents=True)
    (corpus / "one.txt").write_text(CLEAN, encoding="utf-8")
    for split in ("dev", "test"):
        (tmp_path / "gold" / split).mkdir(parents=True)
    by_lines = {
        "input": "samples/dump.txt",
        "articles": [{"title_line": 1, "body_lines": [9, 11], "caption_lines": [3]}],
    }
    verbatim = {
        "input": "corpora/bbc-2005/politics/one.txt",
        "articles": [
            {
                "title": "Strike Ends at Port",
                "body_starts": "The strike ended",
                "body_ends": "Work resumed at dawn",
                "captions": [],
                "caption_credit": None,
            }
        ],
    }
    (tmp_path / "gold/dev/dump.json").write_text(json.dumps(by_lines))
    (tmp_path / "gold/test/one.json").write_text(json.dumps(verbatim))
    return tmp_path


def test_gold_given_by_line_numbers_reads_the_input(shared):
    (gold,) = load_gold([shared / "gold"], shared, split="dev")
    (article,) = gold.articles
    article = article.segment
    assert article.title == "Ministers Meet in Riga"
    assert article.body_ends == 'They agreed to "keep talking", the chair said.'
    assert article.captions == ("Delegates pose before the talks in Riga on Monday.",)
    assert article.caption_credits == ("Press Office",)


def test_a_broken_gold_file_is_named(shared):
    (shared / "gold/dev/broken.json").write_text("{")
    with pytest.raises(GoldError, match=r"broken\.json: cannot be read as gold"):
        load_gold([shared / "gold"], shared)


def test_evaluate_scores_gold_splits_and_corpora(shared):
    scores = {(s.split, s.metric): s for s in evaluation.evaluate(shared)}
    assert scores[("dev", "articles_exact")].value == 1.0
    assert scores[("test", "articles_exact")].value == 1.0
    assert scores[("corpus:bbc-2005", "files_exact")] == Score(
        "segmentation", "corpus:bbc-2005", "files_exact", 1.0, 1
    )


def test_a_wrong_segmentation_scores_below_one(shared):
    wrong = json.loads((shared / "gold/test/one.json").read_text())
    wrong["articles"][0]["body_starts"] = "Work resumed"
    (shared / "gold/test/one.json").write_text(json.dumps(wrong))
    scores = {(s.split, s.metric): s.value for s in evaluation.evaluate(shared, split="test")}
    assert scores[("test", "body_start")] == 0.0
    assert scores[("test", "articles_exact")] == 0.0
    assert ("dev", "articles_exact") not in scores


def test_a_stray_full_stop_line_is_no_body_line_lost(tmp_path):
    # A scrape may leave a "." alone on the last line; the reader drops it.
    path = tmp_path / "stray.txt"
    path.write_text(CLEAN.rstrip("\n") + "\n\n.\n", encoding="utf-8")
    (score,) = score_corpus([path], "scrape")
    assert score.value == 1.0


def test_evaluate_needs_the_shared_folder(tmp_path):
    with pytest.raises(ConfigError, match="no such folder"):
        evaluation.evaluate(tmp_path / "absent")


def test_floors_catch_low_and_missing_scores(tmp_path):
    path = tmp_path / "floors.toml"
    path.write_text(
        "epsilon = 0.01\n[quotes.dev]\nf1 = 0.8\nrecall = 0.5\n[actors.test]\nf1 = 0.7\n"
    )
    floors, epsilon = load_floors(path)
    assert epsilon == 0.01
    scores = [Score("quotes", "dev", "f1", 0.795, 10), Score("quotes", "dev", "recall", 0.4, 10)]
    missed = shortfalls(scores, floors, epsilon)
    assert [(m.score.stage, m.score.metric, m.score.value) for m in missed] == [
        ("actors", "f1", 0.0),
        ("quotes", "recall", 0.4),
    ]


def test_unreadable_floors_are_a_config_error(tmp_path):
    path = tmp_path / "floors.toml"
    path.write_text("[quotes.dev\n")
    with pytest.raises(ConfigError, match="cannot read floors"):
        load_floors(path)


def test_the_command_prints_a_table_and_holds_the_floors(shared, tmp_path):
    floors = tmp_path / "floors.toml"
    floors.write_text("[segmentation.dev]\narticles_exact = 1.0\nmissing_metric = 0.5\n")
    result = subprocess.run(  # noqa: S603 - our own command
        [
            sys.executable,
            "-m",
            "dateline",
            "evaluate",
            "--shared",
            str(shared),
            "--floors",
            str(floors),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "articles_exact" in result.stdout
    assert result.stderr.strip() == (
        "dateline: below floor: segmentation dev missing_metric = 0.000 < 0.500"
    )


def test_the_shipped_floors_file_is_valid():
    floors, epsilon = load_floors(
        __import__("pathlib").Path(__file__).parents[2] / "evaluation/floors.toml"
    )
    assert floors
    assert 0 <= epsilon < 0.05


PROTEST = (
    "Fishermen Angry at Quotas\n\n"
    "Norway accused Iceland of breaking the fishing agreement on Tuesday.\n"
)


ACCUSAL = {"id": "n-accuses-i", "types": ["ACCUSE"], "source": "NOR", "target": "ISL"}


def _add_event_gold(shared, name, subset=None):
    (shared / f"corpora/bbc-2005/politics/{name}.txt").write_text(PROTEST, encoding="utf-8")
    gold = {
        "input": f"corpora/bbc-2005/politics/{name}.txt",
        "articles": [{"events": [ACCUSAL]}],
    }
    if subset is not None:
        gold["set"] = subset
    (shared / f"gold/dev/{name}.json").write_text(json.dumps(gold))


def test_a_set_of_its_own_is_read_from_its_gold_file(shared):
    _add_event_gold(shared, "quotas", subset="extra")
    sets = {g.input.name: g.subset for g in load_gold([shared / "gold"], shared, split="dev")}
    assert sets == {"dump.txt": None, "quotas.txt": "extra"}


@pytest.mark.parametrize("subset", ["Extra", "dev extra", 3, ""])
def test_a_set_must_be_a_lowercase_name(shared, subset):
    _add_event_gold(shared, "quotas", subset=subset)
    with pytest.raises(GoldError, match=r"quotas\.json: cannot be read as gold"):
        load_gold([shared / "gold"], shared)


def test_files_about_one_input_cannot_put_it_in_two_sets(shared, tmp_path):
    _add_event_gold(shared, "quotas", subset="extra")
    ours = tmp_path / "ours"
    (ours / "dev").mkdir(parents=True)
    other = {"input": "corpora/bbc-2005/politics/quotas.txt", "set": "more", "articles": [{}]}
    (ours / "dev/quotas.json").write_text(json.dumps(other))
    with pytest.raises(GoldError, match="is in set 'more'"):
        load_gold([shared / "gold", ours], shared)
    other["set"] = None
    (ours / "dev/quotas.json").write_text(json.dumps(other))
    (joined,) = [g for g in load_gold([shared / "gold", ours], shared) if g.subset]
    assert joined.subset == "extra"


def test_a_set_is_scored_as_its_own_row_and_left_out_of_the_split(shared):
    _add_event_gold(shared, "quotas")
    _add_event_gold(shared, "talks", subset="extra")
    scores = {(s.stage, s.split, s.metric): s for s in evaluation.evaluate(shared, split="dev")}
    assert scores[("events", "dev", "recall")].count == 1
    assert scores[("events", "dev:extra", "recall")].count == 1
    assert scores[("events", "dev:extra", "recall")].value == 1.0
    assert scores[("segmentation", "dev", "files_count")].count == 1
    assert not any(
        split == "dev:extra" for stage, split, _ in scores if stage not in ("events", "actors")
    )


def test_a_set_scores_the_coding_of_its_key_actors_but_not_unmarked_mentions(shared):
    _add_event_gold(shared, "talks", subset="extra")
    path = shared / "gold/dev/talks.json"
    gold = json.loads(path.read_text())
    gold["articles"][0]["actors"] = [
        {"name": "Norway", "country": "NOR", "sector": "GOV", "org": None, "aliases": []},
        {"name": "Iceland", "country": "ISL", "sector": "GOV", "org": None, "aliases": []},
    ]
    path.write_text(json.dumps(gold))
    scores = {(s.stage, s.split, s.metric): s for s in evaluation.evaluate(shared, split="dev")}
    assert scores[("actors", "dev:extra", "country")].count == 2
    assert scores[("actors", "dev:extra", "country")].value == 1.0
    assert ("actors", "dev:extra", "mention_f1") not in scores
    assert ("actors", "dev:extra", "bcubed_f1") not in scores


def test_a_set_that_lists_only_times_has_a_times_row_and_no_others(shared):
    text = "Pound Slips\n\nThe pound slipped on Friday after the figures.\n"
    (shared / "corpora/bbc-2005/politics/pound.txt").write_text(text, encoding="utf-8")
    start = text.index("Friday")
    friday = {"span": [start, start + 6], "text": "Friday", "type": "DATE", "value": "past:FRI"}
    gold = {
        "input": "corpora/bbc-2005/politics/pound.txt",
        "set": "blind",
        "articles": [{"times": [friday]}],
    }
    (shared / "gold/dev/pound-times.json").write_text(json.dumps(gold))
    scores = {(s.stage, s.split, s.metric): s for s in evaluation.evaluate(shared, split="dev")}
    assert scores[("times", "dev:blind", "detect_r_relaxed")].count == 1
    assert {stage for stage, split, _ in scores if split == "dev:blind"} == {"times"}
