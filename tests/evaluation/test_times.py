"""Time values written against no publication day, and the scorer of our BBC time gold."""

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.evaluation import anchored, times
from dateline.evaluation.gold import GoldError, load_gold
from dateline.options import Options

WEDNESDAY = dt.date(2005, 3, 16)


@pytest.mark.parametrize(
    ("form", "value"),
    [
        ("2005-01-27", "2005-01-27"),
        ("2004-Q4", "2004-Q4"),
        ("2004-H2", "2004-H2"),
        ("2004-WI", "2004-WI"),
        ("FY2005", "FY2005"),
        ("FY2005-Q3", "FY2005-Q3"),
        ("198", "198"),
        ("past:--01-27", "2005-01-27"),
        ("past:--03-20", "2004-03-20"),
        ("future:--03-14", "2006-03-14"),
        ("future:--05", "2005-05"),
        ("past:--11", "2004-11"),
        ("past:TUE", "2005-03-15"),
        ("past:WED", "2005-03-16"),
        ("future:WED", "2005-03-23"),
        ("future:FRI", "2005-03-18"),
        ("-1D", "2005-03-15"),
        ("+0W", "2005-W11"),
        ("-1W", "2005-W10"),
        ("-1WE", "2005-W10-WE"),
        ("+0WE", "2005-W11-WE"),
        ("2005-W10-WE", "2005-W10-WE"),
        ("-3M", "2004-12"),
        ("+1M", "2005-04"),
        ("-1Y", "2004"),
        ("+0Q", "2005-Q1"),
        ("-1Q", "2004-Q4"),
        ("PRESENT_REF", "PRESENT_REF"),
        ("PAST_REF", "PAST_REF"),
        ("FUTURE_REF", "FUTURE_REF"),
    ],
)
def test_each_form_resolves_against_the_publication_day(form, value):
    assert anchored.is_value(form)
    assert anchored.resolve(form, WEDNESDAY) == value


@pytest.mark.parametrize(
    "form",
    [
        "last week",
        "past:--13",
        "2005-3-1",
        "+1X",
        "2005-WE",
        "past:Tuesday",
        "NOW_REF",
        "present_ref",
        "2004-H3",
        "2004-AU",
        "FY05",
    ],
)
def test_other_forms_are_refused(form):
    assert not anchored.is_value(form)
    with pytest.raises(ValueError, match="not a time value form"):
        anchored.resolve(form, WEDNESDAY)


@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
    st.sampled_from(["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]),
)
def test_a_past_weekday_is_within_the_week_before_and_a_future_one_within_the_week_after(
    day, weekday
):
    before = dt.date.fromisoformat(anchored.resolve(f"past:{weekday}", day))
    after = dt.date.fromisoformat(anchored.resolve(f"future:{weekday}", day))
    assert 0 <= (day - before).days < 7
    assert 0 < (after - day).days <= 7
    assert before.strftime("%a").upper() == weekday == after.strftime("%a").upper()


STORY = (
    "Envoys Meet in Riga\n\n"
    "Latvian and Estonian envoys met in Riga on Tuesday, two years after their last talks.\n\n"
    "They will meet again on 14 April, officials said, and every month after that.\n\n"
    "Both sides now want a treaty.\n"
)


def _gold(folder, entries, section="politics"):
    corpus = folder / f"corpora/bbc-2005/{section}"
    corpus.mkdir(parents=True)
    (corpus / "riga.txt").write_text(STORY, encoding="utf-8")
    (folder / "gold/dev").mkdir(parents=True, exist_ok=True)
    gold = {"input": f"corpora/bbc-2005/{section}/riga.txt", "articles": [{"times": entries}]}
    (folder / f"gold/dev/riga-{section}-times.json").write_text(json.dumps(gold), encoding="utf-8")


def _entry(text, kind, value):
    start = STORY.index(text)
    return {"span": [start, start + len(text)], "text": text, "type": kind, "value": value}


def test_the_gold_times_score_detection_and_values(tmp_path):
    _gold(
        tmp_path,
        [
            _entry("Tuesday", "DATE", "past:TUE"),
            _entry("two years", "DURATION", None),
            _entry("14 April", "DATE", "future:--04-14"),
            _entry("every month", "SET", None),
            _entry("now", "DATE", "PRESENT_REF"),
        ],
    )
    files = load_gold([tmp_path / "gold"], tmp_path, split="dev")
    scores = {s.metric: s.value for s in times.score_gold(files, "dev", Options())}
    assert scores["detect_r_relaxed"] == 1.0
    assert scores["value_accuracy"] == 1.0
    assert scores["value_f1"] == 1.0


def test_business_articles_are_scored_as_a_row_of_their_own(tmp_path):
    _gold(tmp_path, [_entry("Tuesday", "DATE", "past:TUE")])
    _gold(tmp_path, [_entry("Tuesday", "DATE", "future:TUE")], section="business")
    files = load_gold([tmp_path / "gold"], tmp_path, split="dev")
    scores = {(s.split, s.metric): s for s in times.score_gold(files, "dev", Options())}
    assert scores["dev", "value_accuracy"].value == 1.0
    assert scores["dev", "value_accuracy"].count == 1
    assert scores["dev:business", "value_accuracy"].value == 0.0
    assert scores["dev:business", "detect_r_relaxed"].value == 1.0


def test_without_business_gold_there_is_no_business_row(tmp_path):
    _gold(tmp_path, [_entry("Tuesday", "DATE", "past:TUE")])
    files = load_gold([tmp_path / "gold"], tmp_path, split="dev")
    assert {s.split for s in times.score_gold(files, "dev", Options())} == {"dev"}


def test_a_wrong_gold_value_costs_value_but_not_detection(tmp_path):
    _gold(
        tmp_path,
        [_entry("Tuesday", "DATE", "future:TUE"), _entry("14 April", "DATE", "future:--04-14")],
    )
    files = load_gold([tmp_path / "gold"], tmp_path, split="dev")
    scores = {s.metric: s.value for s in times.score_gold(files, "dev", Options())}
    assert scores["detect_r_relaxed"] == 1.0
    assert scores["value_accuracy"] == 0.5


def test_a_gold_time_with_a_bad_value_is_named(tmp_path):
    _gold(tmp_path, [_entry("Tuesday", "DATE", "next Tuesday")])
    with pytest.raises(GoldError, match=r"riga-politics-times\.json"):
        load_gold([tmp_path / "gold"], tmp_path, split="dev")


def test_a_vague_date_is_valued_right_with_its_timeml_reference(tmp_path):
    _gold(tmp_path, [_entry("Tuesday", "DATE", "past:TUE"), _entry("now", "DATE", "PRESENT_REF")])
    files = load_gold([tmp_path / "gold"], tmp_path, split="dev")
    scores = {s.metric: s.value for s in times.score_gold(files, "dev", Options())}
    assert scores["value_accuracy"] == 1.0


def test_a_gold_date_of_no_value_is_found_but_never_valued_right(tmp_path):
    _gold(tmp_path, [_entry("Tuesday", "DATE", "past:TUE"), _entry("now", "DATE", None)])
    files = load_gold([tmp_path / "gold"], tmp_path, split="dev")
    scores = {s.metric: s.value for s in times.score_gold(files, "dev", Options())}
    assert scores["detect_r_relaxed"] == 1.0
    assert scores["value_accuracy"] == 0.5


def _meantime(folder, words, timexes):
    """A MEANTIME-like article of one sentence; ``timexes`` are (first, last, type, value)."""
    tokens = "".join(
        f'<token number="{i}" sentence="0" t_id="{i + 1}">{word}</token>'
        for i, word in enumerate(words)
    )
    marks = "".join(
        f'<TIMEX3 m_id="{50 + n}" functionInDocument="NONE" type="{kind}" value="{value}">'
        + "".join(f'<token_anchor t_id="{t + 1}"/>' for t in range(first, last))
        + "</TIMEX3>"
        for n, (first, last, kind, value) in enumerate(timexes)
    )
    (folder / "corpus_airbus").mkdir()
    (folder / "corpus_airbus" / "1_story.xml").write_text(
        f'<Document doc_name="1_story">{tokens}<Markables>{marks}</Markables></Document>',
        encoding="utf-8",
    )


def test_a_meantime_reference_value_is_compared_whole(tmp_path):
    sentence = "The airline now flies to Lima , and began flights on April 5 , 2011 ."
    words = sentence.split(" ")
    timexes = [(2, 3, "DATE", "PRESENT_REF"), (11, 15, "TIME", "2011-04-05T09:00")]
    _meantime(tmp_path, words, timexes)
    scored = times.score(tmp_path, "dev:meantime", "dev")
    scores = {s.metric: s.value for s in scored if s.split == "dev:meantime"}
    assert scores["detect_r_relaxed"] == 1.0
    assert scores["value_accuracy"] == 1.0


def test_a_meantime_headline_read_as_the_title_is_out_of_scope(tmp_path):
    headline = ["Airline", "begins", "flights", "to", "Lima", "on", "Monday"]
    body = [
        "The",
        "airline",
        "began",
        "flights",
        "to",
        "Lima",
        "on",
        "April",
        "5",
        ",",
        "2011",
        ".",
    ]
    tokens = "".join(
        f'<token number="{i}" sentence="{0 if i < len(headline) else 2}" t_id="{i + 1}">{w}</token>'
        for i, w in enumerate(headline + body)
    )
    marks = (
        '<TIMEX3 m_id="50" functionInDocument="NONE" type="DATE" value="2011-04-04">'
        f'<token_anchor t_id="{len(headline)}"/></TIMEX3>'
        '<TIMEX3 m_id="51" functionInDocument="NONE" type="DATE" value="2011-04-05">'
        + "".join(f'<token_anchor t_id="{len(headline) + t}"/>' for t in range(8, 12))
        + "</TIMEX3>"
    )
    (tmp_path / "corpus_airbus").mkdir()
    (tmp_path / "corpus_airbus" / "1_story.xml").write_text(
        f'<Document doc_name="1_story">{tokens}<Markables>{marks}</Markables></Document>',
        encoding="utf-8",
    )
    scored = times.score(tmp_path, "dev:meantime", "dev")
    scores = {s.metric: (s.value, s.count) for s in scored if s.split == "dev:meantime"}
    assert scores["detect_r_relaxed"] == (1.0, 1)  # the body's date; "Monday" is in the title


def test_meantime_durations_are_scored_by_their_iso_value_in_a_row_of_their_own(tmp_path):
    sentence = "The strike at the port lasted three months and ended on April 5 , 2011 ."
    words = sentence.split(" ")
    timexes = [(6, 8, "DURATION", "P3M"), (11, 15, "DATE", "2011-04-05")]
    _meantime(tmp_path, words, timexes)
    scores = {
        (s.split, s.metric): (s.value, s.count)
        for s in times.score(tmp_path, "dev:meantime", "dev")
    }
    assert scores["dev:meantime", "detect_r_relaxed"] == (1.0, 1)  # the date alone
    assert scores["dev:meantime", "value_f1"] == (1.0, 1)
    assert scores["dev:meantime:durations", "detect_r_relaxed"] == (1.0, 1)
    assert scores["dev:meantime:durations", "value_accuracy"] == (1.0, 1)


def test_a_meantime_duration_with_another_value_is_found_but_not_valued_right(tmp_path):
    sentence = "The strike at the port lasted three months ."
    words = sentence.split(" ")
    _meantime(tmp_path, words, [(6, 8, "DURATION", "P4M")])
    scores = {(s.split, s.metric): s.value for s in times.score(tmp_path, "dev:meantime", "dev")}
    assert scores["dev:meantime:durations", "detect_r_relaxed"] == 1.0
    assert scores["dev:meantime:durations", "value_accuracy"] == 0.0


def test_a_duration_no_gold_names_is_a_false_output_of_the_durations_row_only(tmp_path):
    sentence = "The new tanker can sail for 40 hours and enters service on May 2 , 2011 ."
    words = sentence.split(" ")
    _meantime(tmp_path, words, [(11, 15, "DATE", "2011-05-02")])
    scores = {
        (s.split, s.metric): (s.value, s.count)
        for s in times.score(tmp_path, "dev:meantime", "dev")
    }
    assert scores["dev:meantime", "detect_p_relaxed"] == (1.0, 1)  # the date alone
    assert scores["dev:meantime:durations", "detect_p_relaxed"] == (0.0, 1)  # "40 hours"


def test_a_duration_over_a_gold_date_is_found_and_valued_wrong(tmp_path):
    sentence = "The new tanker sailed for 40 hours ."
    words = sentence.split(" ")
    _meantime(tmp_path, words, [(5, 7, "DATE", "2011-05-02")])
    scores = {(s.split, s.metric): s.value for s in times.score(tmp_path, "dev:meantime", "dev")}
    assert scores["dev:meantime", "detect_r_relaxed"] == 1.0
    assert scores["dev:meantime", "value_accuracy"] == 0.0


def test_a_duration_the_bbc_gold_does_not_list_is_no_false_date(tmp_path):
    _gold(
        tmp_path,
        [
            _entry("Tuesday", "DATE", "past:TUE"),
            _entry("14 April", "DATE", "future:--04-14"),
            _entry("every month", "SET", None),
            _entry("now", "DATE", "PRESENT_REF"),
        ],
    )
    files = load_gold([tmp_path / "gold"], tmp_path, split="dev")
    scores = {s.metric: s for s in times.score_gold(files, "dev", Options())}
    assert scores["detect_p_relaxed"].count == 3  # "two years" is no date
    assert scores["detect_p_relaxed"].value == 1.0


def test_a_set_of_its_own_is_one_row_whatever_its_sections(tmp_path):
    _gold(tmp_path, [_entry("Tuesday", "DATE", "past:TUE")], section="business")
    _gold(tmp_path, [_entry("14 April", "DATE", "future:--04-14")])
    for path in (tmp_path / "gold/dev").glob("*.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        path.write_text(json.dumps({**gold, "set": "blind"}), encoding="utf-8")
    files = load_gold([tmp_path / "gold"], tmp_path, split="dev")
    scores = {(s.split, s.metric): s for s in times.score_set(files, "dev:blind", Options())}
    assert {split for split, _ in scores} == {"dev:blind"}
    assert scores["dev:blind", "detect_r_relaxed"].count == 2


def test_a_set_that_lists_no_times_has_no_times_row():
    assert times.score_set([], "dev:blind", Options()) == []


@pytest.mark.parametrize("form", ["P3M", "P18M", "P1Y", "PXY", "P2Q", "P1W", "P3D", "PT5M", "P2DE"])
def test_timex3_durations_are_duration_forms(form):
    assert anchored.is_duration(form)


@pytest.mark.parametrize("form", ["2005", "-1Y", "3M", "P", "PT3Y", "P3", "two years"])
def test_dates_and_words_are_no_duration_forms(form):
    assert not anchored.is_duration(form)


def test_a_gold_duration_valued_as_a_date_is_named(tmp_path):
    _gold(tmp_path, [_entry("two years", "DURATION", "-2Y")])
    with pytest.raises(GoldError, match=r"riga-politics-times\.json"):
        load_gold([tmp_path / "gold"], tmp_path, split="dev")


def _blind(tmp_path, entries):
    _gold(tmp_path, entries, section="business")
    path = tmp_path / "gold/dev/riga-business-times.json"
    gold = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**gold, "set": "blind"}), encoding="utf-8")
    files = load_gold([tmp_path / "gold"], tmp_path, split="dev")
    return {(s.split, s.metric): s for s in times.score_set(files, "dev:blind", Options())}


def test_a_set_that_values_its_durations_has_a_durations_row(tmp_path):
    scores = _blind(
        tmp_path,
        [_entry("Tuesday", "DATE", "past:TUE"), _entry("two years", "DURATION", "P2Y")],
    )
    assert scores["dev:blind:durations", "value_f1"].value == 1.0
    assert scores["dev:blind:durations", "value_f1"].count == 1
    assert scores["dev:blind", "detect_r_relaxed"].count == 1


def test_a_duration_of_another_length_is_found_but_valued_wrong(tmp_path):
    scores = _blind(tmp_path, [_entry("two years", "DURATION", "P3Y")])
    assert scores["dev:blind:durations", "detect_r_relaxed"].value == 1.0
    assert scores["dev:blind:durations", "value_accuracy"].value == 0.0


def test_a_set_whose_durations_are_null_has_no_durations_row(tmp_path):
    scores = _blind(tmp_path, [_entry("two years", "DURATION", None)])
    assert not any(split.endswith(":durations") for split, _ in scores)
