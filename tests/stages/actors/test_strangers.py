"""How the actors stage codes people and bodies no dictionary knows, from the text alone.

Sentences we wrote, one behaviour each: what counts on unseen news is how
the general rules read a stranger's title, apposition and affiliation.
"""

import pytest

import dateline


def _actors(body):
    (article,) = dateline.extract(f"Report\n\n{body}\n", published="2024-03-10")
    return article


def _coded(article, name):
    actor = next(a for a in article.actors if a.name == name)
    return actor.country, actor.sector


@pytest.mark.parametrize(
    ("body", "name", "coding"),
    [
        # The noun of an apposition may stand several words after the comma.
        ("Mr Pryor, a senior judge, said the detention was unlawful.", "Pryor", (None, "JUD")),
        ("Dan Pryor, a Republican Senator, said he was pleased.", "Dan Pryor", (None, "LEG")),
        # So may a dash open it.
        ("Lord Pryor - a senior law lord - said the rules were wrong.", "Pryor", ("GBR", "JUD")),
        # The body an envoy is sent to is not whom he acts for.
        (
            "Dan Pryor, Ruritania's envoy to the United Nations in Geneva, said talks went well.",
            "Dan Pryor",
            (None, "GOV"),
        ),
    ],
)
def test_an_apposition_says_who_a_stranger_is(body, name, coding):
    assert _coded(_actors(body), name) == coding


def test_the_officers_of_a_firm_are_titles_of_their_own():
    article = _actors("Dan Pryor, Korvex's chief operating officer, met the buyers on Friday.")
    actor = next(a for a in article.actors if a.name == "Dan Pryor")
    assert actor.title == "Korvex's chief operating officer"


def test_a_body_a_name_follows_with_the_is_not_whom_the_person_speaks_for():
    # "told the BBC" ends a noun phrase; the name opens the clause reported.
    article = _actors("Party sources told the BBC Dan Pryor had always backed the plan.")
    assert _coded(article, "Dan Pryor")[1] == "CVL"


def test_a_party_the_model_runs_into_a_name_is_no_part_of_it():
    article = _actors("Tory Ken Harlow said the plan was flawed.")
    assert _coded(article, "Ken Harlow") == ("GBR", "PTY")


@pytest.mark.parametrize(
    ("body", "name", "coding"),
    [
        # A leader placed in a country, of no party, leads its government.
        (
            "The summit will hear an address from Iraqi interim leader Omar Saleh.",
            "Omar Saleh",
            ("IRQ", "GOV"),
        ),
        # A leader no country places leads the body just named.
        (
            (
                "The Liberal Democrats must fight to be heard. "
                "But leader Dan Pryor believes he has a distinct plan."
            ),
            "Dan Pryor",
            ("GBR", "PTY"),
        ),
    ],
)
def test_a_leader_leads_what_the_text_places_him_in(body, name, coding):
    assert _coded(_actors(body), name) == coding
