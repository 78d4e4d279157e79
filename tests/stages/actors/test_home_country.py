"""The article's home country: the one unplaced bodies and people fall back on."""

import dateline


def _coded(title, text):
    (article,) = dateline.extract(f"{title}\n\n{text}\n", published="2005-03-01")
    return {a.name: (a.country, a.sector) for a in article.actors}


def test_a_foreign_firm_named_often_does_not_outvote_the_state_the_story_is_about():
    coded = _coded(
        "Web portals told to filter news",
        "The Indonesian communications ministry has told web portals to take down reports "
        "critical of the government. Microsoft said its portal would follow the order. "
        "The ministry said the rules would cover blogs as well. Microsoft said it had already "
        "taken down some reports, and Microsoft added that it would publish a list of them. "
        "Indonesian police said they would visit internet cafes. The local portal Kabarnet "
        "said it would refuse.",
    )
    assert coded["Microsoft"][0] == "USA"
    assert coded["Kabarnet"][0] == "IDN"


def test_a_private_person_s_nationality_does_not_place_the_story():
    """A director's nationality is his own: the other entrants, whom the text does not
    place, are not from Hong Kong because he is."""
    coded = _coded(
        "Festival entries close",
        "Hong Kong director Lam Wai-keung has a film in the competition this year. "
        "Tom Harlow and Jenna Vale also entered, and the jury will pick a winner in March.",
    )
    assert coded["Lam Wai-keung"][0] == "HKG"
    assert coded["Tom Harlow"][0] is None
    assert coded["Jenna Vale"][0] is None


def test_an_office_the_dictionary_knows_the_named_person_holds_places_the_story():
    """ "Foreign Secretary Jack Straw" names no country, but the office is Britain's: the
    story is British, and "the government" a British opposition leader attacks is London's,
    not that of the one foreign minister the text places."""
    coded = _coded(
        "Straw presses Tehran",
        "Foreign Secretary Jack Straw pressed Iran to keep its freeze on enrichment. "
        "Israel's foreign minister, Silvan Shalom, said Tehran could not be trusted. "
        "Opposition leader Michael Howard attacked the government's handling of the row.",
    )
    assert coded["government"] == ("GBR", "GOV")


def test_a_counterpart_s_country_is_not_the_story_s():
    """ "His Syrian counterpart" is the match of someone from elsewhere: the minister who
    met him is no Syrian, and nothing else in the story places him."""
    coded = _coded(
        "Ministers discuss border",
        "The foreign minister met his Syrian counterpart on Monday to discuss the border.",
    )
    assert coded["Syrian counterpart"][0] == "SYR"
    assert coded["foreign minister"][0] is None


def test_a_counterpart_leaves_the_home_to_what_places_the_story():
    coded = _coded(
        "Defence talks in Warsaw",
        "Polish officials said the defence minister would host his French counterpart in "
        "Warsaw. The defence ministry said the talks would cover training.",
    )
    assert coded["French counterpart"][0] == "FRA"
    assert coded["defence minister"][0] == "POL"
