import pytest

import dateline


def _values(body, published="2005-03-16"):
    (article,) = dateline.extract(f"Figures in Oslo\n\n{body}\n", published=published)
    return [(t.text, t.value.value) for t in article.times]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # Each end alone is nearest the publication day: July ahead, September behind.
        (
            "The economy grew just 0.2% between July and September, the agency said.",
            [("July", "2004-07"), ("September", "2004-09")],
        ),
        (
            "Prices rose between March and May, the survey found.",
            [("March", "2004-03"), ("May", "2004-05")],
        ),
        (
            "Retail sales rose from March to May 2004.",
            [("March", "2004-03"), ("May 2004", "2004-05")],
        ),
        (
            "The fund bought its shares between 12 December and 10 January 2005.",
            [("12 December", "2004-12-12"), ("10 January 2005", "2005-01-10")],
        ),
    ],
)
def test_the_ends_of_a_range_share_a_year_and_run_forward(sentence, values):
    assert _values(sentence) == values


def test_the_end_of_a_range_to_come_moves_ahead():
    assert _values("The new rules will apply between November and February.") == [
        ("November", "2005-11"),
        ("February", "2006-02"),
    ]


def test_an_opener_the_model_left_on_a_range_end_is_no_part_of_it():
    assert _values("The sale will run between 28 March and 2 April.") == [
        ("28 March", "2005-03-28"),
        ("2 April", "2005-04-02"),
    ]


def test_a_clock_time_starting_a_range_is_on_the_day_of_its_end():
    assert _values("The service will be shown from 0930 to 1015 GMT on Friday.") == [
        ("0930", "2005-03-18"),
        ("1015 GMT", "2005-03-18"),
        ("Friday", "2005-03-18"),
    ]


def test_a_word_joined_by_hyphens_is_no_range():
    assert _values("The fund is up 12% year-to-date.") == [("year-to-date", None)]


def test_a_range_of_years_told_whole_lends_its_length_to_its_start():
    text = (
        "Harbour Freight Ltd will take its cranes from 2031 to 2034, and its barges between "
        "2036 and 2037. It posted results for 2029 and 2030 on Monday."
    )
    (article,) = dateline.extract(text, published="2031-01-16")
    durations = [(t.text, t.duration) for t in article.times if t.text.isdigit()]
    assert durations == [
        ("2031", "P3Y"),
        ("2034", None),
        ("2036", "P1Y"),
        ("2037", None),
        ("2029", None),  # a list, not a range
        ("2030", None),
    ]
    assert all(t.value.value == t.text for t in article.times if t.text.isdigit())
