"""Where a wire dateline ends, on openings we wrote."""

import pytest

import dateline
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


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("COLOMBO — Sri Lanka's navy arrested 22 fishermen.", "COLOMBO"),
        ("ADDIS ABABA - Ethiopia accused Eritrea of arming rebels.", "ADDIS ABABA"),
        ("UPDATE - The ministry corrected its figures.", None),
        ("UN - Talks ended without a deal.", None),
    ],
)
def test_a_town_in_capitals_and_a_dash_alone_is_a_dateline(text, town):
    match = dateline_place(text)
    assert (match.group(1) if match else None) == town


def test_a_dateline_of_a_town_alone_frees_the_first_sentence_for_its_subject():
    (article,) = dateline.extract(
        "Navy holds trawlers\n\nCOLOMBO — Sri Lanka's navy arrested 22 Indian fishermen and "
        "seized three trawlers off the northern coast on Saturday.\n",
        published="2025-03-10",
    )
    names = {a.id: a.name for a in article.actors}
    arrests = [e for e in article.events if e.mode == "arrest"]
    assert [names[i] for e in arrests for i in e.actor] == ["navy"]
