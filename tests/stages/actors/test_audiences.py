"""Activists a politician addresses are his party's grassroots, on sentences we wrote."""

from actor_names import coding, report


def test_activists_a_minister_tells_something_are_his_party_s():
    """ "Mr Hale told activists": a minister speaks to his party's grassroots (PTY), as
    "Labour activists" are, though no party is named beside them."""
    article = report(
        "Home Secretary Tom Hale told activists in Leeds that the election would be close."
    )
    assert coding(article, "activists") == ("group", "GBR", "PTY")


def test_activists_a_party_leader_is_expected_to_tell_are_his_party_s():
    """The speaker may be the subject of the verb above: "is expected to tell activists"."""
    article = report(
        "Tory leader Tom Hale is expected to tell activists in Dover on Friday that the "
        "asylum system is chaotic."
    )
    assert coding(article, "activists") == ("group", "GBR", "PTY")


def test_an_appeal_to_activists_is_made_to_the_speaker_s_party():
    """ "He made a personal appeal to activists": the noun of addressing, and its maker."""
    article = report(
        "Tory leader Tom Hale spoke in Brighton. "
        "He made a personal appeal to activists to go out and win the election."
    )
    assert coding(article, "activists")[2] == "PTY"


def test_an_appeal_after_a_preposition_is_still_the_speaker_s():
    """ "He finished with an appeal to party activists": past "with" to the verb's subject."""
    article = report(
        "Tory leader Tom Hale spoke in Brighton. "
        "He finished with an appeal to party activists to knock on doors until polling day."
    )
    assert coding(article, "party activists")[2] == "PTY"


def test_activists_no_politician_addresses_stay_private_people():
    """Activists campaigning against a firm's plans are no party's: the role's own code."""
    article = report(
        "The seed firm met fierce opposition from activists and growers, who were campaigning "
        "against its plans."
    )
    assert coding(article, "activists")[2] == "CVL"
