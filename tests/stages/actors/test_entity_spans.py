"""Entity spans repaired: a body's name the model split at its country (invented text)."""

import pytest

from actor_names import actors_by_name, mention_texts, mentions_tagged


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The United States Anti-Doping Agency said on Monday it would appeal the ruling.",
            "United States Anti-Doping Agency",
            "USA",
        ),
        (
            "Ferrone appeared before the US District Court in Boston on Tuesday.",
            "US District Court",
            "USA",
        ),
    ],
)
def test_a_body_whose_name_opens_with_its_country_is_one_name(text, name, country):
    article, actors = actors_by_name(f"Report\n\n{text}\n")
    assert mention_texts(article, actors[name]) == [name]
    assert actors[name].country == country


def test_a_firm_placed_by_its_demonym_keeps_its_own_name():
    # The model tags "German" and "Siemens" apart: a firm's name is its own.
    article, actors = actors_by_name(
        "Report\n\nAnalysts said German Siemens would bid. Siemens declined to comment.\n"
    )
    assert mention_texts(article, actors["Siemens"]) == ["Siemens", "Siemens"]


def test_a_persons_name_the_model_runs_into_the_date_before_it_is_a_person():
    # The model reads "January - Tom Farrow" as one date.
    article, actors = actors_by_name(
        "Report\n\nIt is not known whether the two men freed in January - Tom Farrow and "
        "Moazzam Begg - have had letters.\n"
    )
    assert mention_texts(article, actors["Tom Farrow"]) == ["Tom Farrow"]


def _mentions_with_entity(label, text, words):
    """The mentions found, as words and label, when the model tags ``words`` ``label``."""
    return [(m.text, m.label) for m in mentions_tagged(label, text, words)]


def test_a_full_name_the_model_takes_for_a_peoples_name_is_a_persons():
    text = "Police said one of the leaders was a Russian, Pavel Orlovsky."
    assert ("Pavel Orlovsky", "PERSON") in _mentions_with_entity("NORP", text, "Pavel Orlovsky")


def test_a_people_s_name_of_a_given_name_and_a_demonym_stays_a_people_s():
    text = "Voters backed the Christian Democrats on Sunday."
    found = _mentions_with_entity("NORP", text, "Christian Democrats")
    assert not any(label == "PERSON" for _, label in found)


@pytest.mark.parametrize(
    "body",
    [
        "Doctors warned that Tuberculosis cases rose by a fifth.",
        "Nurses screened every child for TB before the start of term.",
        "The charity funds work on Multiple Sclerosis and asthma.",
        "Nearly half the class passed GCSE maths at the second try.",
    ],
)
def test_an_illness_or_an_exam_the_model_calls_a_body_is_no_actor(body):
    _, actors = actors_by_name(f"Report\n\n{body}\n")
    named = {name.casefold() for name in actors}
    assert named.isdisjoint({"tuberculosis", "tb", "multiple sclerosis", "gcse"})


def test_a_time_zone_after_a_clock_time_is_no_actor():
    _, actors = actors_by_name("Report\n\nThe programme will be shown at 2100 GMT on Sunday.\n")
    assert "GMT" not in actors


def test_a_faith_the_model_calls_a_body_is_no_actor():
    _, actors = actors_by_name("Report\n\nCritics say the film gives a narrow view of Islam.\n")
    assert "Islam" not in actors
    assert "Critics" in actors


@pytest.mark.parametrize(
    ("text", "cleric"),
    [
        (
            "The Anglican Bishop of Leeds, Rt Rev James Hale, criticised the council.",
            "James Hale",
        ),
        (
            (
                "The Roman Catholic Archbishop of Dundee, the Most Reverend Daniel Frost, "
                "told the BBC that the church wanted calm."
            ),
            "Daniel Frost",
        ),
    ],
)
def test_a_clerics_title_the_model_calls_a_body_is_the_holders_title(text, cleric):
    # The model tags "The Anglican Bishop" a body; no church is named by its bishop.
    _, actors = actors_by_name(f"Church appeal\n\n{text}\n")
    assert [a.sector for a in actors.values() if a.sector == "BUS"] == []
    assert actors[cleric].sector == "REL"
    assert len([a for a in actors.values() if a.sector == "REL"]) == 1


@pytest.mark.parametrize("firm", ["General Electric", "General Mills", "General Dynamics"])
def test_a_known_firm_whose_name_opens_on_a_rank_is_the_firm_not_a_general(firm):
    _, actors = actors_by_name(f"Results\n\n{firm} said profits rose by a fifth in the spring.\n")
    assert (actors[firm].kind, actors[firm].sector) == ("organization", "BUS")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            (
                "The numbers were released on Monday. Colleges Scotland, which represents"
                " college principals, said the rise in applications was small."
            ),
            "Colleges Scotland",
        ),
        (
            (
                "The numbers were released on Monday. Universities Scotland said the fees gap"
                " was not the cause."
            ),
            "Universities Scotland",
        ),
    ],
)
def test_a_body_named_for_a_nation_within_a_state_is_the_body_not_the_nation(text, name):
    # "Energy UK" ends in a country's name; a body of a sector in Scotland
    # or Wales ends in the nation's, which the model tags as a place alone.
    article, actors = actors_by_name(f"Report\n\n{text}\n")
    assert mention_texts(article, actors[name]) == [name]
