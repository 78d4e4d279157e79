"""Performers the text shows performing are civilians, even when the model took them for a body."""

import pytest

from actor_names import codes_by_name_end as _coded


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The thriller, also starring Corvane Media Holt and the Quartz Brothers, took $12m.",
            "Quartz Brothers",
        ),
        (
            "The thriller, also starring Corvane Media Holt and the Quartz Brothers, took $12m.",
            "Corvane Media Holt",
        ),
    ],
)
def test_a_name_a_film_is_starring_is_a_performer_not_a_firm(text, name):
    assert {sector for _, sector in _coded(text, name)} == {"CVL"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Harrow Fenwick Ltd said sales rose by 4% in the year to March.", "Harrow Fenwick Ltd"),
        (
            "The thriller, also starring the Quartz Brothers, was made by Tessaly Group.",
            "Tessaly Group",
        ),
        ("Shares in Corvane Media performed strongly after the results.", "Corvane Media"),
    ],
)
def test_a_firm_that_does_not_perform_stays_a_firm(text, name):
    assert {sector for _, sector in _coded(text, name)} == {"BUS"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Stars like Joe Kettle and Pam Rudd were also at the premiere.", "Pam Rudd"),
        ("A campaign against stars such as Dumi Ranks and Volta has been waged.", "Volta"),
        ("A campaign against stars such as Dumi Ranks and Volta has been waged.", "Dumi Ranks"),
    ],
)
def test_a_name_given_as_one_of_the_stars_is_a_performer_not_a_firm(text, name):
    assert {sector for _, sector in _coded(text, name)} == {"CVL"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Market stars such as Volta Holdings rose 5% on Monday.", "Volta Holdings"),
        ("Firms such as Corvane Media said sales rose.", "Corvane Media"),
    ],
)
def test_a_firm_given_as_an_example_stays_a_firm(text, name):
    assert {sector for _, sector in _coded(text, name)} == {"BUS"}


def test_a_name_after_a_performers_noun_is_a_performer_where_the_model_calls_it_a_body():
    # The model parses "rapper" as the verb's object and tags "Lenzy" a body
    # only where it owns the concert and the music.
    text = (
        "Church ministers are trying to prevent rapper Lenzy performing in Ohio, saying"
        " they do not want his lyrics heard.\n"
        "More than 20 ministers urged music fans to boycott Lenzy's concert at the university.\n"
        '"Many others have found Lenzy\'s music entertaining," the promoter said.'
    )
    assert {sector for _, sector in _coded(text, "Lenzy")} == {"CVL"}


def test_a_firm_called_a_star_of_the_market_stays_a_firm():
    text = "Shares in market star Corvane Media rose 5% on Monday."
    assert {sector for _, sector in _coded(text, "Corvane Media")} == {"BUS"}
