"""Where a wire dateline ends, on openings we wrote."""

import pytest

from dateline.stages._spans import dateline_end, dateline_place


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("HOMS, Syria, March 4, 2024 (Meridian Wire) - Shelling resumed.", True),
        ("BAGHDAD, 12 May 2024 - Talks resumed.", True),
        ("TALLINN, Estonia (Baltic Wire) - Estonia expelled a diplomat.", True),
        ("TALLINN (Baltic Wire) - Estonia expelled a diplomat.", True),
        ("RIGA/VILNIUS, May 3 (Baltic Wire) - Both expelled a diplomat.", True),
        ("NATO - the alliance said it would meet.", False),
        ("US - UK talks ended without a deal.", False),
    ],
)
def test_a_dateline_opens_with_a_town_in_capitals_and_a_date_or_an_agency(text, dateline):
    end = dateline_end(text)
    assert bool(end) == dateline
    if dateline:
        assert text[end - 2 : end] == "- "


def test_a_dateline_names_its_town_and_the_country_after_it():
    match = dateline_place("TALLINN, Estonia (Baltic Wire) - Estonia expelled a diplomat.")
    assert match is not None
    assert match.group(1, 2) == ("TALLINN", "Estonia")


def test_a_dateline_of_two_towns_names_the_first():
    match = dateline_place("RIGA/VILNIUS, May 3 (Baltic Wire) - Both expelled a diplomat.")
    assert match is not None
    assert match.group(1, 2) == ("RIGA", None)
