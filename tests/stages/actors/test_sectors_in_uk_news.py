"""Sectors of groups and bodies as British politics and business news names them (invented text)."""

import pytest

import dateline
from actor_names import coding, mention_texts, mentions_of, report


def test_experts_in_the_city_speak_for_its_banks_and_brokers():
    article = report("City experts say the chancellor's sums leave a gap of about £8bn.")
    assert coding(article, "City experts")[::2] == ("group", "BUS")


def test_experts_elsewhere_keep_no_sector_of_their_own():
    article = report("Legal experts say the chancellor's plan would face a challenge.")
    assert coding(article, "Legal experts")[2] is None


def test_social_workers_are_the_councils_care_staff_not_a_union():
    article = report("Under the plans, social workers would no longer decide how carers are paid.")
    assert coding(article, "social workers")[::2] == ("group", "GOV")


def test_a_body_described_as_a_movement_of_a_faith_is_religious():
    article = report(
        "The minister was asked about her ties to the Catholic movement Verbum Lucis. "
        "Opponents call Verbum Lucis closed and secretive; its followers dismiss that."
    )
    assert coding(article, "Verbum Lucis")[2] == "REL"


def test_the_authorities_of_a_named_body_are_that_body_not_the_government():
    article = report(
        "With polling day close, the House of Commons authorities have told MPs to empty "
        "their offices by the end of the month."
    )
    assert coding(article, "House of Commons") == ("organization", "GBR", "LEG")
    assert mentions_of(article, "House of Commons") == ["House of Commons authorities"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The prime minister's office says ghost workers were found on the state payroll.",
            "prime minister's office",
        ),
        ("The mayor's office has denied that the contract was rigged.", "mayor's office"),
    ],
)
def test_an_office_holders_office_written_small_that_acts_is_a_body_of_state(body, name):
    assert coding(report(body), name)[::2] == ("organization", "GOV")


def test_an_office_holders_office_that_is_only_a_room_is_no_actor():
    article = report("Aides met in the president's office on Monday to draft the speech.")
    assert "president's office" not in {a.name for a in article.actors}


def test_a_town_with_a_point_of_the_compass_is_a_seat_not_a_body():
    article = report(
        "Labour holds Bristol South and Dundee East, but the Tories hope to take Bolton North."
    )
    names = {a.name for a in article.actors}
    assert names.isdisjoint({"Bristol South", "Dundee East", "Bolton North"})


def test_the_person_a_seat_owns_is_its_member():
    article = report(
        "The first question to the prime minister came from Leeds West's Anna Pryor, who "
        "asked about school funding."
    )
    assert coding(article, "Anna Pryor")[2] == "LEG"


def test_a_centre_at_a_university_is_scholarship_whatever_its_subject():
    article = report(
        "Moira Dunlop, director of the Local Government Finance Centre at Kent University, "
        "said the rises were slowing."
    )
    assert coding(article, "Local Government Finance Centre")[2] == "EDU"
    assert coding(article, "Moira Dunlop")[2] == "EDU"


def test_a_performer_speaks_as_a_private_person_not_for_a_panel_or_cause_he_founded():
    article = report(
        "The new commission on African debt counts singer Rob Calder among its members. "
        "Rob Calder, the Live Relief founder, promised bold ideas."
    )
    assert coding(article, "Rob Calder")[::2] == ("person", "CVL")


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The Parliamentary Group on Racing will report on track safety in May.",
            "Parliamentary Group on Racing",
        ),
        ("The All-Party Group on Rail said fares were too high.", "All-Party Group on Rail"),
    ],
)
def test_a_group_of_members_of_parliament_is_of_the_legislature(body, name):
    assert coding(report(body), name)[2] == "LEG"


@pytest.mark.parametrize(
    ("body", "name", "sector"),
    [
        ("Most town-dwellers oppose the new road, though villagers are split.", "dwellers", "CVL"),
        ("Licence fee payers will not get the refund, the corporation said.", "payers", "CVL"),
        (
            "First-time buyers could not afford a flat in most towns, the survey said.",
            "buyers",
            "CVL",
        ),
        (
            "Under the scheme, councils sign deals with developers to keep a stake.",
            "developers",
            "BUS",
        ),
        (
            "Brokers must tell clients what they earn, the watchdog said on Friday.",
            "Brokers",
            "BUS",
        ),
        ("Traders at the Swiss bank face a fraud inquiry in Milan.", "Traders", "BUS"),
        ("The Greens would scrap 40 quangos by next spring, their leader said.", "quangos", "GOV"),
    ],
)
def test_people_of_a_trade_or_a_policy_are_groups_with_their_sector(body, name, sector):
    article = report(body)
    groups = [a for a in article.actors if any(name in m for m in mention_texts(article, a))]
    assert [(a.kind, a.sector) for a in groups] == [("group", sector)]


def test_the_other_party_to_a_deal_is_an_actor():
    article = report("Ministers want a deal with employers on apprenticeships.")
    assert coding(article, "employers")[::2] == ("group", "BUS")


def test_the_words_a_hyphen_joins_to_a_group_stay_in_its_name():
    article = report("The party wants to help first-time buyers, who cannot afford a flat.")
    assert coding(article, "first-time buyers")[::2] == ("group", "CVL")


def test_a_group_is_named_without_the_quantifier_before_it():
    article = report("Most town-dwellers oppose the new road, the poll found.")
    assert coding(article, "town-dwellers")[::2] == ("group", "CVL")


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "She taught at Castlemead Comprehensive in Cardiff for ten years.",
            "Castlemead Comprehensive",
        ),
        (
            "He later took a doctorate from the Kelvin Institute of Technology.",
            "Kelvin Institute of Technology",
        ),
    ],
)
def test_a_comprehensive_and_an_institute_of_technology_are_places_of_learning(body, name):
    assert coding(report(body), name)[2] == "EDU"


@pytest.mark.parametrize(
    "body",
    [
        "Kelso Children's Hospital professor Anna Fry said the waiting lists were too long.",
        "Kelso Children's Hospital professor of surgery, Anna Fry, was chosen by ministers.",
    ],
)
def test_a_role_held_at_a_body_named_before_it_is_of_that_bodys_sector(body):
    assert coding(report(body), "Anna Fry")[2] == "HLH"


def test_a_name_or_a_verb_before_a_hyphen_stays_out_of_a_groups_name():
    article = report(
        "Iran-backed militias attacked the base. Guards should have searched all "
        "would-be visitors equally."
    )
    names = {a.name for a in article.actors}
    assert "Iran" in names
    assert not any(name.startswith(("-", "would")) for name in names)


def test_a_body_described_as_a_group_of_mps_is_of_the_legislature():
    text = (
        "Report\n\nThe Hale Forum, a group of MPs, said on Monday that the plan was wrong. "
        "The Elders, a group of retired judges, agreed.\n"
    )
    (article,) = dateline.extract(text)
    sectors = {a.name: a.sector for a in article.actors}
    assert sectors["Hale Forum"] == "LEG"
    assert sectors["Elders"] == "NGO"


def test_a_party_s_speaker_is_the_party_s_not_the_chamber_s():
    # A "speaker" with a body named before it is that body's; alone it is the chamber's chair.
    article = report("A Green Party speaker told the rally that the bypass was a mistake.")
    speaker = next(a for a in article.actors if a.title and "speaker" in a.title)
    assert speaker.sector == "PTY"
    article = report("Speaker Alan Hadley ruled the question out of order in the Commons.")
    assert coding(article, "Alan Hadley")[2] == "LEG"


@pytest.mark.parametrize("group", ["Trinity Mirror", "BSkyB", "Johnston Press"])
def test_a_group_that_prints_papers_or_runs_channels_is_a_media_actor(group):
    article = report(f"{group} said advertising revenue had fallen by a tenth since March.")
    assert coding(article, group)[1:] == ("GBR", "MED")


@pytest.mark.parametrize("group", ["Rebel Labour MPs", "Rebel backbenchers"])
def test_rebel_members_are_still_legislators(group):
    """A "rebel MP" defies his own side in parliament: a legislator, no armed rebel."""
    article = report(f"{group} accused ministers of ignoring their concerns over the bill.")
    assert coding(article, group)[2] == "LEG"


def test_rebel_soldiers_are_an_armed_group():
    article = report("Rebel soldiers seized the airport outside the capital on Sunday.")
    assert coding(article, "Rebel soldiers")[2] == "REB"
