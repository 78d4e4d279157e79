"""False events found on the unseen dev:extra19 sample of tech and business news.

Each case is a class of event the stage coded where none was told, written
again in sentences of our own: deaths in a disaster the parse hung on its
place, a visit to a website, people accepted as security for a loan, a
means put forward in a hope, and what a body named in passing stands for.
"""

from event_sides import real_events as _events
from event_sides import told_events


def test_deaths_in_a_blaze_the_parse_hangs_on_its_place_are_no_attack():
    # The relative clause hangs on "nightclub"; what killed was the blaze there.
    found = _events(
        "Rules on opening hours were brought in during 2010 after a blaze at a nightclub "
        "that killed 40 people."
    )
    assert not [e for e in found if e[0] == "ASSAULT"]


def test_deaths_in_an_attack_on_a_place_are_still_an_attack():
    # An attack, not a hazard, holds the place the clause hangs on.
    found = told_events(
        "Rebel fighters carried out a raid on a border village that killed 12 civilians."
    )
    assert [e for e in found if e.type == "ASSAULT" and e.trigger == "killed"]


def test_a_visit_to_a_website_consults_no_one():
    found = _events("About 5,000 people visited the charity's website on Monday.")
    assert not [e for e in found if e[0] == "CONSULT"]


def test_a_visit_to_a_web_site_in_two_words_consults_no_one():
    found = _events("Over a million readers visited the newspaper's web site last month.")
    assert not [e for e in found if e[0] == "CONSULT"]


def test_a_visit_to_a_firm_still_consults_it():
    found = _events("The Chinese premier visited Germany's Siemens on Monday.")
    assert ("CONSULT", ("Chinese premier",), ("Siemens",)) in found


def test_people_accepted_as_security_for_a_loan_are_no_agreement():
    found = _events(
        "Hundreds of farm workers were accepted as security for loans by three banks in the 1850s."
    )
    assert not [e for e in found if e[0] == "AGREE"]


def test_an_offer_accepted_as_fair_is_still_an_agreement():
    assert ("AGREE", ("Shell",), ("BP",)) in _events("Shell accepted the offer from BP as fair.")


def test_suing_put_forward_as_a_means_in_a_hope_is_not_told_as_done():
    found = told_events(
        "The music industry hopes that suing the people who share files will stop piracy."
    )
    assert not [e for e in found if e.type == "ACCUSE" and e.real]


def test_what_a_body_named_in_passing_stands_for_is_no_deed():
    # The clause after the name sketches the body, as it always is.
    found = _events(
        "Dan Hale, founder of Civic Voices, which supports community radio, said the tool "
        "was a bad idea."
    )
    assert not [e for e in found if e[0] == "SUPPORT"]
    found = _events("Civic Voices, which backs community radio, said the rules were unfair.")
    assert not [e for e in found if e[0] == "SUPPORT"]


def test_backing_a_body_once_gave_after_its_name_is_still_a_deed():
    found = _events(
        "The Green Party, which backed the bill last year, said it had changed its mind."
    )
    assert ("SUPPORT", ("Green Party",), ()) in found
