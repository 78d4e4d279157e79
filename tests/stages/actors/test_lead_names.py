"""How a lead's description joins the person the story names next, on sentences we wrote."""

import pytest

from actor_names import coding, mention_texts, mentions_of, report


@pytest.mark.parametrize(
    "lead",
    [
        "The Dutch health minister at the centre of the Maria Lopez vaccine row says he will stay.",
        "The Dutch health minister who sacked Maria Lopez says he will stay.",
    ],
)
def test_a_person_named_inside_the_description_is_not_its_holder(lead):
    article = report(lead + "  Pieter Janssen claims the doctor ignored the rules.")
    assert coding(article, "Pieter Janssen")[1:] == ("NLD", "GOV")
    assert "Dutch health minister" in mentions_of(article, "Pieter Janssen")
    assert coding(article, "Maria Lopez")[2] == "CVL"


def test_a_body_the_lead_brings_in_by_its_kind_alone_is_the_body_named_next():
    article = report(
        "The state pension has been called unfair by a leading retirement think-tank.\n\n"
        "The Pensions Study Institute (PSI) said the rules were far too complex."
    )
    assert "think-tank" in mentions_of(article, "Pensions Study Institute")


def test_the_owner_in_a_lead_body_s_own_words_is_not_the_body_it_describes():
    article = report(
        "A European Parliament committee has called for a redraft of the EU's new rules "
        "on fishing quotas.\n\nThe Legal Affairs Committee said the Commission should "
        "submit the law again."
    )
    assert mentions_of(article, "Legal Affairs Committee") == [
        "European Parliament committee",
        "Legal Affairs Committee",
    ]


def test_a_bare_kind_after_the_is_not_the_body_named_next():
    article = report(
        "The think-tank has called the state pension unfair.\n\n"
        "The Pensions Study Institute (PSI) said the rules were far too complex."
    )
    assert "think-tank" not in mentions_of(article, "Pensions Study Institute")


def test_a_body_named_only_before_a_committee_s_name_is_not_the_committee_the_lead_meant():
    article = report(
        "A national agency is needed to train more engineers, a committee of MPs has "
        "said.\n\nThere was a crisis in the hiring of statisticians, the Commons science and "
        "technology committee added."
    )
    (actor,) = [
        a
        for a in article.actors
        if "Commons science and technology committee" in mention_texts(article, a)
    ]
    assert "committee" in mention_texts(article, actor)


def test_a_body_first_named_before_its_chief_s_name_is_the_body_the_lead_meant():
    article = report(
        "Schools must teach more about politics - or democracy will suffer, says the education "
        "watchdog.\n\nSmall rural schools came in for praise from Ofsted chief, Sarah Lyle, in "
        "her report."
    )
    assert "education watchdog" in mentions_of(article, "Ofsted")


@pytest.mark.parametrize("role", ["Queen", "baroness"])
def test_a_lead_role_of_a_woman_is_not_the_man_named_next(role):
    """A role whose word tells a gender, as its honorific does, keeps to it.

    "The Queen will not attend ... Mr Dawes said": the man named next is
    not the one the lead described.
    """
    article = report(
        f"The {role} will not attend the opening of the new bridge on Friday.\n\n"
        "Mr Dawes, who chairs the bridge trust, said he was sorry."
    )
    assert role not in mentions_of(article, "Dawes")


def test_a_lead_s_banker_is_the_firm_s_chairman_named_next():
    article = report(
        "Norway has asked a Canadian banker to run its central bank.\n\n"
        "Martin Kell, deputy chairman of the investment group Halvorsen, has agreed to take "
        "the post. His nomination by Prime Minister Kari Lunde came as a surprise."
    )
    assert "Canadian banker" in mentions_of(article, "Martin Kell")
    assert coding(article, "Martin Kell")[1:] == ("CAN", "BUS")


@pytest.mark.parametrize(
    "named",
    [
        # A voice speaks for the one described; a minister holds an office of state.
        "A spokesman for the bank, Martin Kell, said the post was vacant.",
        "Foreign Minister Martin Kell said the post was vacant.",
    ],
)
def test_a_lead_s_banker_is_not_a_voice_or_a_minister_named_next(named):
    article = report(f"Norway has asked a Canadian banker to run its central bank.\n\n{named}")
    assert "Canadian banker" not in mentions_of(article, "Martin Kell")


def test_a_lead_s_tycoon_is_not_a_party_s_officer_named_next():
    article = report(
        "Culture Minister Lord Hartwell has handed £3m to the Labour Party ahead of the poll.\n\n"
        "The gift from the tycoon follows earlier ones worth £8m. David Hartwell said he was "
        'glad to help. General Secretary Matt Cole called it "a generous boost".'
    )
    assert "tycoon" not in mentions_of(article, "Matt Cole")
