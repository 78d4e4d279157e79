"""Phrases the model tags as dates that name no time, on invented market sentences."""

import pytest

import dateline


def _times(body, published="2008-10-10"):
    (article,) = dateline.extract(f"Markets in Oslo\n\n{body}\n", published=published)
    return [(t.text, t.value.value) for t in article.times]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a half of a session is a part of a day's dealings, no half year
        ("The bourse in Oslo slid in the second half of the session.", []),
        ("Miners led the gains in the first half of trading.", []),
        (
            "Oil stocks rallied in the second half of trading on Thursday.",
            [("Thursday", "2008-10-09")],
        ),
        # a half of a year, said or left out, is still one
        (
            "Freight volumes fell in the second half of the year, data showed.",
            [("the second half of the year", "2008-H2")],
        ),
    ],
)
def test_a_half_of_a_market_session_is_no_half_year(body, expected):
    assert _times(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "The brewer's last annual loss came in the 1990s.",
        "The next annual meeting of the shipping group is in Bergen.",
        "Its first annual profit surprised the bourse.",
    ],
)
def test_which_one_of_a_yearly_run_is_no_date(body):
    assert all(not t.startswith(("last", "next", "first")) for t, _ in _times(body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an ordinal that qualifies the noun after it counts that thing
        (
            "Timber exports fell 3% in September, the 12th monthly drop.",
            [("September", "2008-09")],
        ),
        ("The krone slipped in June, the 12th weekly loss.", [("June", "2008-06")]),
        # an ordinal alone, or with its month, is still a day
        ("The ferry strike began on the 12th.", [("the 12th", "2008-09-12")]),
        ("Shipping talks resume on the 14th of October.", [("the 14th of October", "2008-10-14")]),
    ],
)
def test_an_ordinal_of_the_thing_after_it_is_no_day(body, expected):
    assert _times(body) == expected
